# Hand judgments of the fresh-zn held-out queries (tools/freshzn_queries.py) over the content paragraphs of
# ../devset/fresh-zn/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words, including a close form in a neighbouring language such as "polícia
# local" or "ciudades santuario"); 1 = marginal (the topic in passing, a fragment, the person named without a
# statement); 0 = not relevant. A paragraph in another language is graded on its meaning, like an English one.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 30 content paragraphs of part ZN was read against every query, article by article, and every paragraph graded
# 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Johnson's quote in d4005-7 after the order of d4005-6).
GRADES = {
    # Johnson executive order ICE schools parks libraries: the October 2025 order in two pages; the August order 2.
    "znk1": "d4005-4:3 d4005-6:3 d4005-7:3 d4010-5:3 d4010-9:3 d4001-0:2 d4010-10:2 d4008-0:1 d4009-0:1 d4010-12:1",
    # Welcoming City Ordinance carve-outs mayoral candidates: the 2019 advocacy post.
    "znk2": "d4002-2:3 d4002-1:2 d4004-3:1",
    # Jenkins dismissal sanctuary lawsuit Illinois: the Daily Might report; the suit's filing 1.
    "znk3": "d4003-1:3 d4003-2:3 d4003-3:3 d4003-4:1 d4004-2:1 d4004-4:1 d4007-0:1",
    # TRUST Act amendment felony ICE cooperation: Bryant's proposal; the TRUST Act as a target of the suit 1.
    "znk4": "d4006-1:3 d4004-3:1",
    # "ciudad santuario": the exact phrase 3; the plural "ciudades santuario" 2; Spanish or French neighbours 1.
    "znp1": "d4010-5:3 d4003-1:2 d4003-4:2 d4003-2:1 d4007-0:1 d4008-0:1 d4010-10:1 d4010-12:1",
    # "Sanctuary-City-Politik": the exact phrase 3; "diese Richtlinien" for the same policies 2.
    "znp2": "d4004-2:3 d4004-5:3 d4004-3:2 d4004-4:2",
    # "Insurrection Act": the exact phrase 3; the blocked Guard deployment 1.
    "znp3": "d4000-7:3 d4000-6:1",
    # "polizia locale": the exact phrase 3; "polícia local", "police municipale" 2.
    "znp4": "d4009-0:3 d4001-0:2 d4008-0:2",
    # mayor orders city police not to help federal immigration raids.
    "znc1": "d4001-0:3 d4008-0:3 d4009-0:3 d4005-4:2 d4005-6:2 d4005-7:2 d4010-5:2 d4010-9:2 d4002-1:1 d4004-5:1"
            " d4010-10:1",
    # judge rules federal government cannot force Illinois to cooperate with deportations.
    "znc2": "d4003-1:3 d4003-2:3 d4003-3:2 d4000-6:1 d4003-4:1",
    # state officials threaten to prosecute federal immigration agents: Pritzker in d4000 and DHS's answer.
    "znc3": "d4000-1:3 d4000-2:3 d4000-3:2 d4000-0:1",
    # lawmakers want local police to hand felony suspects to ICE: Bryant; the carve-outs' felony exceptions 1.
    "znc4": "d4006-1:3 d4002-1:1",
    # Brandon Johnson police will not cooperate with ICE: his words 3; his order as an action, or his neighbouring words 2.
    "zns1": "d4001-0:3 d4008-0:3 d4009-0:3 d4004-5:2 d4005-6:2 d4005-7:2 d4010-5:2 d4010-10:2 d4005-4:1",
    # JB Pritzker response to ICE in Chicago.
    "zns2": "d4000-1:3 d4000-2:3 d4000-0:2 d4000-3:2 d4000-4:2 d4004-5:2 d4006-1:1",
    # Terri Bryant TRUST Act.
    "zns3": "d4006-1:3",
    # White House reaction Chicago mayor ICE order: "sick" 3; "A Casa Branca respondeu" 2.
    "zns4": "d4005-4:3 d4001-0:2 d4005-6:1",
}

# Not content: headlines, subheads, deks, bylines, a reading-time label, a counter, a caption, an inserted box and its
# link, a language link. The judge of this set also annotated part ZN, so this hand list is the same call as the gold's
# title and boilerplate rows (21: 12 title, 9 boilerplate; SOURCES-zn.md), and build_relevance.py checks that it matches
# ../devset/fresh-zn/gold-fresh-zn.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d4002": [0, 3],                              # headline, Spanish-version link
    "d4003": [0],                                 # headline
    "d4004": [0, 1],                              # headline, editor line
    "d4005": [0, 1, 2, 3, 5, 8],                  # page title, byline, reading time, story heading, two subheads
    "d4006": [0],                                 # item title with its English gloss
    "d4010": [0, 1, 2, 3, 4, 6, 7, 8, 11],        # counter, headline, dek, byline, caption, box label, box link, two subheads
}
