# Hand judgments of the fresh-zy held-out queries (tools/freshzy_queries.py) over the content paragraphs of
# ../devset/fresh-zy/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 72 content paragraphs of part ZY was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation: d5106's paragraphs are single wrapped lines of the page, so a wrapped line of Muffler's quote is graded
# as part of his quote, and a line holding half of a phrase gets at most 2).
GRADES = {
    # non-sanctuary county resolution migrants: Bureau and Woodford votes 3; Grundy and the dozen counties 2-3.
    "zyk1": "d5102-3:3 d5102-5:3 d5103-11:3 d5103-12:3 d5106-19:3 d5102-4:2 d5102-6:2 d5103-13:2 d5103-14:2"
            " d5106-18:2 d5106-20:2 d5106-21:2 d5106-28:2 d5106-29:2 d5102-7:1 d5102-8:1 d5103-15:1 d5106-16:1"
            " d5106-23:1 d5106-26:1 d5106-30:1",
    # ICE county property executive order: Preckwinkle's order 3; Johnson's city order 2.
    "zyk2": "d5100-5:3 d5100-6:3 d5100-7:2 d5100-8:2 d5100-3:1",
    # Senate Bill 1313 TRUST Act repeal.
    "zyk3": "d5105-4:3 d5105-7:3 d5105-6:2 d5105-8:2 d5105-5:1 d5105-9:1 d5106-16:1",
    # Chicago sanctuary status referendum aldermen.
    "zyk4": "d5101-2:3 d5101-4:3 d5101-7:3 d5101-1:2 d5101-5:2 d5101-6:2 d5101-3:1 d5106-30:1",
    # "nonsanctuary resolution": the exact phrase 3; "nonsanctuary county", "non-sanctuary" resolutions 2.
    "zyp1": "d5102-5:3 d5102-6:3 d5102-7:3 d5102-8:3 d5102-3:2 d5103-11:2 d5106-19:2 d5103-12:1 d5106-21:1"
            " d5106-29:1",
    # "Operation Midway Blitz": the exact words (quotation marks aside) 3; the operation without its name 2.
    "zyp2": "d5100-3:3 d5100-4:3 d5104-0:3 d5104-3:3 d5104-1:2 d5104-2:2 d5104-4:2 d5100-5:1",
    # "Trump way".
    "zyp3": "d5106-24:3 d5106-23:2 d5106-25:1",
    # "mass deportations": the exact phrase 3; the phrase split over two wrapped lines 2 and 1.
    "zyp4": "d5106-22:3 d5106-5:2 d5106-6:1 d5107-4:1",
    # rural counties refusing migrants bused from Chicago.
    "zyc1": "d5102-4:3 d5103-12:3 d5103-13:3 d5103-14:3 d5102-3:2 d5102-5:2 d5103-11:2 d5106-19:2 d5106-20:2"
            " d5106-26:2 d5106-27:2 d5103-15:1 d5106-18:1 d5106-23:1",
    # sheriffs wanting to help ICE despite state law: Downey.
    "zyc2": "d5107-8:3 d5107-6:2 d5107-7:2 d5105-4:1 d5105-6:1 d5107-3:1 d5107-5:1 d5107-9:1",
    # local governments keeping federal agents off public property.
    "zyc3": "d5100-5:3 d5100-6:3 d5100-7:3 d5100-8:3 d5100-3:1",
    # cost to residents of being a sanctuary city.
    "zyc4": "d5101-4:3 d5101-5:3 d5105-6:3 d5102-3:2 d5102-5:2 d5106-26:2 d5101-1:1 d5103-14:1 d5106-27:1",
    # Anthony Napolitano referendum sanctuary.
    "zys1": "d5101-4:3 d5101-5:3 d5101-7:3 d5101-2:2",
    # Mike Downey Kankakee ICE detainees.
    "zys2": "d5107-6:3 d5107-8:3 d5107-7:2",
    # Zachary Ferris Woodford County.
    "zys3": "d5103-13:3 d5103-14:3 d5103-11:1 d5103-12:1",
    # Drew Muffler Grundy County: his quote over five wrapped lines and his account of the ordinance's origin.
    "zys4": "d5106-23:3 d5106-24:3 d5106-25:3 d5106-26:3 d5106-27:3 d5106-29:3 d5106-28:2 d5106-30:2 d5106-31:1"
            " d5106-32:1",
}

# Not content: headlines, deks, labels, captions, credits, player and share widgets, date and source lines. The judge of
# this set also annotated part ZY, so this hand list is the same call as the gold's title and boilerplate rows (28: 9
# title, 19 boilerplate; SOURCES-zy.md), and build_relevance.py checks that it matches
# ../devset/fresh-zy/gold-fresh-zy.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d5100": [0, 1, 2],                           # field label, document type, resolution title
    "d5101": [0],                                 # photo caption and credit
    "d5102": [0, 1, 2],                           # headline, dek, photo caption
    "d5103": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],  # copyright, tagline, four player labels, headline, caption, two credits, caption
    "d5104": [],                                  # none: the release opens with its text
    "d5105": [0, 1, 2, 3],                        # logo, headline twice, source and date
    "d5106": [0, 1, 2, 3, 4],                     # headline over two lines, share prompt, date line, byline
    "d5107": [2],                                 # station promotion
}
