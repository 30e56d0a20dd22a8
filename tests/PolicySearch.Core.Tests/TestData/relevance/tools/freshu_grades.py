# Hand judgments of the fresh-u held-out queries (tools/freshu_queries.py) over the content paragraphs of
# ../devset/fresh-u/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 52 content paragraphs of part U was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as "They cited" in d2106 #7 for Yoes and Southwood).
GRADES = {
    # 287(g) jail enforcement model: the Wisconsin letter against Marathon County's agreement.
    "uk1": "d2107-2:3 d2107-3:3 d2107-5:2 d2107-6:2 d2107-7:2 d2107-4:1 d2107-8:1 d2107-9:1",
    # ICE detainers released Illinois inmates: Prime Chronicle's ICE numbers and the 2020 IDOC releases in Metro East Sun.
    "uk2": "d2102-0:3 d2108-4:3 d2108-9:3 d2108-10:3 d2102-1:2 d2102-3:2 d2102-4:2 d2108-2:2 d2108-5:2 d2108-6:2"
           " d2102-5:1 d2108-7:1",
    # FOP Chicago police ICE agents protesters.
    "uk3": "d2106-3:3 d2106-4:3 d2106-5:3 d2106-6:2 d2106-7:2 d2106-9:2 d2106-8:1",
    # Elgin resolution ICE.
    "uk4": "d2105-9:3 d2105-10:3 d2105-8:2 d2105-11:2 d2105-12:2",
    # "report crimes": the phrase (or "reporting crimes") on the trust argument 3; the meaning without it 2; nearby 1.
    "up1": "d2101-2:3 d2104-10:3 d2105-10:3 d2107-7:2 d2107-8:2 d2101-3:1 d2103-1:1 d2104-11:1 d2105-11:1",
    # "federal immigration laws": the exact phrase 3; "federal immigration policies", "enforce immigration law" 2.
    "up2": "d2102-1:3 d2103-0:3 d2101-2:2 d2103-1:2 d2104-5:1 d2105-8:1",
    # "ICE detainers": the exact phrase 3; "active detainers", "honor detainers", requests to detain 2; nearby 1.
    "up3": "d2108-2:3 d2108-5:3 d2108-9:3 d2101-2:2 d2103-1:2 d2108-4:2 d2108-6:2 d2108-10:2 d2102-0:1",
    # "ICE agents": the exact phrase (d2106 #4 "(ICE) agents" included) 3; other officers 1.
    "up4": "d2106-3:3 d2106-4:3 d2106-5:3 d2106-8:3 d2106-6:1 d2106-9:1 d2108-10:1",
    # does refusing to help ICE make communities safer: both sides of the safety argument.
    "uc1": "d2101-3:3 d2104-10:3 d2105-10:3 d2107-3:3 d2107-8:3 d2101-2:2 d2102-1:2 d2102-3:2 d2103-1:2 d2104-11:2"
           " d2107-7:2 d2108-2:2 d2108-10:2 d2101-4:1 d2102-5:1 d2105-12:1 d2106-7:1 d2108-7:1",
    # criminal immigrants let out of jail instead of handed to ICE.
    "uc2": "d2102-0:3 d2108-2:3 d2108-4:3 d2108-9:3 d2108-10:3 d2102-1:2 d2102-3:2 d2102-4:2 d2102-5:2 d2108-5:2"
           " d2108-6:2 d2104-8:1 d2108-7:1",
    # what a city sanctuary ordinance does and does not do: the 40th Ward explainer; general definitions 2.
    "uc3": "d2104-3:3 d2104-4:3 d2104-5:3 d2104-7:3 d2104-8:3 d2101-2:2 d2103-1:2 d2104-0:2 d2104-2:2 d2105-9:1"
           " d2105-10:1 d2106-7:1",
    # costs to counties of partnering with ICE: the letter's cost and lawsuit paragraphs; funding at stake 1.
    "uc4": "d2107-3:3 d2107-5:3 d2107-6:3 d2103-0:1 d2107-2:1 d2107-4:1 d2107-9:1",
    # Amy Elik TRUST Act.
    "us1": "d2102-1:3 d2102-3:3 d2102-2:2 d2102-0:1 d2102-6:1",
    # Patrick Yoes ICE agents Chicago police: his quote and "Yoes ... said" 3; the presidents unnamed, "They" 2.
    "us2": "d2106-5:3 d2106-6:3 d2106-4:2 d2106-7:2 d2106-3:1 d2106-8:1",
    # Chris Southwood Trust Act: "They cited the Illinois Trust Act" (Yoes and Southwood) 3; Southwood on the order 2.
    "us3": "d2106-7:3 d2106-6:2 d2106-9:2 d2106-4:1",
    # Jordan Abudayyeh ICE pause.
    "us4": "d2102-4:3 d2102-0:1",
}

# Not content: headlines, subheads, labels, widgets, bylines, date lines, captions, link and salutation lines. The judge
# of this set also annotated part U, so this hand list is the same call as the gold's title and boilerplate rows (26:
# 14 title, 12 boilerplate; SOURCES-u.md), and build_relevance.py checks that it matches
# ../devset/fresh-u/gold-fresh-u.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d2100": [0, 3, 4],                           # headline, link pointer, subhead
    "d2101": [0, 1],                              # headline, "from Wikipedia:" lead-in
    "d2104": [1, 6, 9],                           # three question headings
    "d2105": [0, 1, 2, 3, 4, 5, 6, 7],            # weather widget, headline, byline, date, comments, read time, views, headline repeat
    "d2106": [0, 1, 2],                           # date line, headline, label
    "d2107": [0, 1],                              # subject line, salutation
    "d2108": [0, 1, 3, 8, 11],                    # headline, caption, box heading, two subheads
}
