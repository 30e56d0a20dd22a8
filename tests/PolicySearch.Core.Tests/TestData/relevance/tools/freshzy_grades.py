# Hand judgments of the fresh-zy held-out queries (tools/freshzy_queries.py) over the content paragraphs of
# ../devset/fresh-zy/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 52 content paragraphs of part ZY was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation).
GRADES = {
    # non-sanctuary county resolution migrants: the Bureau and Woodford votes.
    "zyk1": "d5102-3:3 d5102-5:3 d5103-11:3 d5103-12:3 d5102-4:2 d5102-6:2 d5103-13:2 d5103-14:2 d5102-7:1"
            " d5102-8:1 d5103-15:1",
    # ICE county property executive order: Preckwinkle's order 3; Johnson's city order 2.
    "zyk2": "d5100-5:3 d5100-6:3 d5100-7:2 d5100-8:2 d5100-3:1",
    # Senate Bill 1313 TRUST Act repeal.
    "zyk3": "d5105-4:3 d5105-7:3 d5105-6:2 d5105-8:2 d5105-5:1 d5105-9:1",
    # Chicago sanctuary status referendum aldermen: the referendum resolution; the alders' WCO amendment 1.
    "zyk4": "d5101-2:3 d5101-4:3 d5101-7:3 d5101-1:2 d5101-5:2 d5101-6:2 d5101-3:1 d5106-3:1 d5106-5:1",
    # "nonsanctuary resolution": the exact phrase 3; "nonsanctuary county", "non-sanctuary" resolution 2.
    "zyp1": "d5102-5:3 d5102-6:3 d5102-7:3 d5102-8:3 d5102-3:2 d5103-11:2 d5103-12:1",
    # "Operation Midway Blitz": the exact words (quotation marks aside) 3; the operation without its name 2.
    "zyp2": "d5100-3:3 d5100-4:3 d5104-0:3 d5104-3:3 d5104-1:2 d5104-2:2 d5104-4:2 d5100-5:1",
    # "warrantless conduct": one exact match.
    "zyp3": "d5106-8:3",
    # "limited resources": one exact match; "no resources to house" 2.
    "zyp4": "d5102-3:3 d5103-14:2 d5102-5:1",
    # rural counties refusing migrants bused from Chicago.
    "zyc1": "d5102-4:3 d5103-12:3 d5103-13:3 d5103-14:3 d5102-3:2 d5102-5:2 d5103-11:2 d5103-15:1",
    # sheriffs wanting to help ICE despite state law: Downey.
    "zyc2": "d5107-8:3 d5107-6:2 d5107-7:2 d5105-4:1 d5105-6:1 d5107-3:1 d5107-5:1 d5107-9:1",
    # local governments keeping federal agents off public property.
    "zyc3": "d5100-5:3 d5100-6:3 d5100-7:3 d5100-8:3 d5100-3:1",
    # cost to residents of being a sanctuary city; the legal cost of weakening the ordinance 1.
    "zyc4": "d5101-4:3 d5101-5:3 d5105-6:3 d5102-3:2 d5102-5:2 d5101-1:1 d5103-14:1 d5106-9:1",
    # Anthony Napolitano referendum sanctuary.
    "zys1": "d5101-4:3 d5101-5:3 d5101-7:3 d5101-2:2",
    # Mike Downey Kankakee ICE detainees.
    "zys2": "d5107-6:3 d5107-8:3 d5107-7:2",
    # Zachary Ferris Woodford County.
    "zys3": "d5103-13:3 d5103-14:3 d5103-11:1 d5103-12:1",
    # Courtney Hostetler Free Speech For People: her quote 3; the group's filing and letter 2; the release voice 1.
    "zys4": "d5104-2:3 d5104-0:2 d5104-1:2 d5104-3:1",
}

# Not content: headlines, deks, labels, captions, credits, player and share widgets, date and source lines. The judge of
# this set also annotated part ZY, so this hand list is the same call as the gold's title and boilerplate rows (25: 8
# title, 17 boilerplate; SOURCES-zy.md), and build_relevance.py checks that it matches
# ../devset/fresh-zy/gold-fresh-zy.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d5100": [0, 1, 2],                           # field label, document type, resolution title
    "d5101": [0],                                 # photo caption and credit
    "d5102": [0, 1, 2],                           # headline, dek, photo caption
    "d5103": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],  # copyright, tagline, four player labels, headline, caption, two credits, caption
    "d5104": [],                                  # none: the release opens with its text
    "d5105": [0, 1, 2, 3],                        # logo, headline twice, source and date
    "d5106": [0, 1],                              # document heading, language tab label
    "d5107": [2],                                 # station promotion
}
