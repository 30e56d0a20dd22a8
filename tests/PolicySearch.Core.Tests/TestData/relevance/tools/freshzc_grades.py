# Hand judgments of the fresh-zc held-out queries (tools/freshzc_queries.py) over the content paragraphs of
# ../devset/fresh-zc/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 32 content paragraphs of part ZC was read against every query (512 pairs), article by article, and every paragraph
# graded 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an
# obvious continuation, such as Trump after "He shared" in d2903 #4, or the tweet transcript of d2903 #9-#10).
GRADES = {
    # grant conditions advance notice jail access: the 2017 conditions (d2901 #2) and the fight over them.
    "zck1": "d2901-2:3 d2901-0:2 d2901-1:2 d2902-2:1 d2904-0:1 d2904-1:1",
    # CPD gang database settlement: the Catalan-Ramirez release; the ordinance's gang carve-out 1.
    "zck2": "d2906-8:3 d2906-10:3 d2906-9:2 d2901-1:1",
    # Trump troops Chicago Truth Social: the 2025 troop talk and posts; Homan's Guard remarks 2; the rest of the piece 1.
    "zck3": "d2903-1:3 d2903-3:3 d2903-4:3 d2903-2:2 d2903-5:2 d2903-7:2 d2903-0:1 d2903-9:1 d2903-10:1 d2903-12:1",
    # Illinois detention centers close Way Forward Act: only Law360's opening.
    "zck4": "d2907-0:3",
    # "riddled with exceptions": the exact phrase 3; the ordinance's listed carve-outs without it 1.
    "zcp1": "d2908-4:3 d2901-1:1",
    # "problem areas": the exact phrase 3; sanctuary cities named as enforcement targets without it 2; more enforcement 1.
    "zcp2": "d2903-7:3 d2903-0:2 d2903-10:2 d2903-5:1 d2903-8:1",
    # "look the other way": the exact phrase 3; neighbouring claims about what police may not do 1.
    "zcp3": "d2900-6:3 d2900-4:1 d2900-5:1 d2901-0:1",
    # "quarterly report": the exact phrase, on CPD's compliance reports.
    "zcp4": "d2905-1:3",
    # sanctuary cities accused of harboring criminals.
    "zcc1": "d2900-2:3 d2904-1:3 d2900-5:2 d2908-3:2 d2900-1:1 d2900-3:1 d2900-6:1 d2903-7:1",
    # left critics calling sanctuary policies too weak: Lumpen 3; the gang-database release's loophole 2.
    "zcc2": "d2908-4:3 d2906-8:2 d2901-1:1 d2906-9:1 d2908-2:1 d2908-3:1",
    # federal funding threats against sanctuary jurisdictions.
    "zcc3": "d2901-0:3 d2901-1:3 d2902-2:3 d2904-0:3 d2901-2:2 d2904-1:2",
    # police sharing information with immigration agents.
    "zcc4": "d2906-8:3 d2901-2:3 d2901-1:2 d2904-1:2 d2906-9:2 d2905-1:1 d2906-10:1",
    # Tom Homan expect action Chicago: his two "expect action" lines 3; his other remarks 2; the interview frame 1.
    "zcs1": "d2903-0:3 d2903-10:3 d2903-5:2 d2903-7:2 d2903-8:1 d2903-9:1",
    # Rahm Emanuel Chicago remain welcoming: only End Time Headlines (Lumpen's Emanuel paragraph was cut by the excerpt).
    "zcs2": "d2904-0:3",
    # Jeff Sessions criminals roam free: his argument 3; his statement referred to, or his name in a case caption 1.
    "zcs3": "d2904-1:3 d2904-0:1 d2901-1:1",
    # Pritzker Johnson oppose expanded enforcement: their "voiced opposition" 3; Pritzker named for signing a law 1.
    "zcs4": "d2903-2:3 d2907-0:1",
}

# Not content: headlines, subheads, bylines, signatures, citation fields, a promo line and a tweet attribution. The
# judge of this set also annotated part ZC, so this hand list is the same call as the gold's title and boilerplate rows
# (19: 6 title, 13 boilerplate; SOURCES-zc.md), and build_relevance.py checks that it matches
# ../devset/fresh-zc/gold-fresh-zc.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d2900": [0, 7, 8],                           # headline, signature, signature's place line
    "d2902": [0, 1, 4],                           # byline, two section headings
    "d2903": [6, 11],                             # promo line, tweet attribution
    "d2905": [0],                                 # page heading
    "d2906": [0, 1, 2, 3, 4, 5, 6, 7],            # "Citation", headline, six citation-field lines
    "d2908": [0, 1],                              # headline, byline
}
