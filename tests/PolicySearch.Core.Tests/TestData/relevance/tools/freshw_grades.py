# Hand judgments of the fresh-w held-out queries (tools/freshw_queries.py) over the content paragraphs of
# ../devset/fresh-w/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 56 content paragraphs of part W was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Redington's quote after "he said", or Johnson's quote after "Mayor Brandon Johnson said:").
# Phrase queries are matched case-insensitively ("Trust Act" counts as "TRUST Act").
GRADES = {
    # Joliet immigration meeting police: the one Joliet paragraph.
    "wk1": "d2300-1:3",
    # 287(g) opt out sheriff cost: Gonzalez's opt-out and its cost; the 287(g) background 1.
    "wk2": "d2303-2:3 d2303-1:2 d2303-0:1",
    # Operation Midway Blitz sanctuary laws.
    "wk3": "d2310-0:3 d2310-3:3 d2310-6:3 d2310-1:2 d2310-4:2 d2310-7:2 d2310-8:1 d2309-1:1",
    # St. Charles ICE city property.
    "wk4": "d2311-2:3 d2311-4:3 d2311-6:3 d2311-5:2 d2311-7:2 d2311-8:2 d2311-10:1",
    # "TRUST Act": the exact phrase on the Act 3; "the Act" without the name 2.
    "wp1": "d2301-4:3 d2301-5:3 d2302-1:3 d2302-4:3 d2306-6:3 d2306-8:3 d2307-7:3 d2307-8:3 d2307-9:3 d2307-11:3"
           " d2307-12:3 d2302-3:2",
    # "immigration laws": the exact plural 3; the singular "immigration law" 2; "immigration rules" 1.
    "wp2": "d2305-2:3 d2305-3:3 d2300-1:2 d2302-3:1",
    # "sanctuary spaces": the exact phrase 3; the Sanctuary Movement and faith resistance 1.
    "wp3": "d2308-1:3 d2308-2:3 d2308-0:1 d2308-3:1",
    # "judicial warrants": the exact phrase 3; "need a warrant", "comply with a warrant" 2.
    "wp4": "d2311-4:3 d2301-5:2 d2302-3:2",
    # police standing by while ICE makes an arrest: Bettendorf; Harris County's promise to comply 2; refusals to help 1.
    "wc1": "d2305-7:3 d2305-10:3 d2305-11:3 d2305-8:2 d2305-9:2 d2303-2:2 d2305-0:1 d2305-5:1 d2300-1:1 d2309-3:1"
           " d2311-4:1",
    # is the TRUST Act really a sanctuary law.
    "wc2": "d2306-8:3 d2301-5:3 d2307-7:2 d2307-8:2 d2307-12:2 d2302-1:2 d2302-4:2 d2302-3:1 d2301-4:1 d2307-9:1"
           " d2307-11:1 d2306-6:1",
    # repealing the TRUST Act because of migrant costs.
    "wc3": "d2307-7:3 d2307-8:3 d2307-9:3 d2307-11:3 d2307-12:2 d2307-10:1",
    # local officials condemning the ICE crackdown on Illinois: Pritzker and Johnson in 2025; a pastor, residents and
    # Joliet in 2017 1.
    "wc4": "d2310-1:3 d2310-4:3 d2309-3:3 d2309-2:2 d2310-0:1 d2310-8:1 d2308-0:1 d2311-4:1 d2300-1:1",
    # Phil Redington ICE: all his lines, the quote after "he said" included.
    "ws1": "d2305-7:3 d2305-8:3 d2305-9:3 d2305-10:3 d2305-11:3",
    # Blaine Wilhour TRUST Act repeal.
    "ws2": "d2307-7:3 d2307-8:3 d2307-9:2 d2307-11:1 d2307-12:1",
    # O'Dekirk Joliet sanctuary city (the text spells it with a curly apostrophe, "O’Dekirk").
    "ws3": "d2300-1:3",
    # Ed Gonzalez 287(g) Harris County: his stated reasons 3; the opt-out reported as an action 2.
    "ws4": "d2303-2:3 d2303-1:2",
}

# Not content: headlines, subheads, bylines, date lines, site names, contact and subscribe lines, captions, labels. The
# judge of this set also annotated part W, so this hand list is the same call as the gold's title and boilerplate rows
# (36: 15 title, 21 boilerplate; SOURCES-w.md), and build_relevance.py checks that it matches
# ../devset/fresh-w/gold-fresh-w.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d2300": [0, 2],                              # headline, related-links label
    "d2301": [0, 1, 2, 3, 6],                     # firm name, tagline, blog name, headline, review link
    "d2302": [0, 2, 5],                           # headline, two subheads
    "d2304": [0, 1, 2],                           # headline, byline, date line
    "d2306": [0, 1, 2, 3, 4, 5, 7],               # language bar, two contact labels, phone, headline, date line, subhead
    "d2307": [0, 1, 2, 3, 4, 5, 6],               # tracker label, site name, site date, headline, image text, two captions
    "d2309": [0],                                 # editor's note
    "d2310": [2, 5, 9, 10],                       # four subheads
    "d2311": [0, 1, 3, 9],                        # masthead blurb, subscribe line, list heading, subhead
}
