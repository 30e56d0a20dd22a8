# Hand judgments of the fresh-m held-out queries (tools/freshm_queries.py) over the content paragraphs of
# ../devset/fresh-m/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Graded from each paragraph's own text (its neighbours only to resolve a pronoun), from a list of the pooled paragraphs
# sorted by article and index, without the ranks; paragraphs outside the pools that reading the articles showed to
# answer a need were added (noted "read" below).
GRADES = {
    # 287(g) program.
    "mk1": "d1304-7:3 d1304-8:3 d1308-2:2 d1304-9:1 d1311-2:1 d1312-3:1 d1312-4:1",
    # Supremacy Clause.
    "mk2": "d1314-5:3 d1314-0:2 d1302-10:2 d1302-12:1 d1306-3:1",
    # IDOC.
    "mk3": "d1306-2:3 d1307-2:3 d1307-4:3 d1307-3:2 d1306-3:1 d1314-6:1",
    # TRUST Act repeal. read: d1309-3 (the repeal release's argument), d1310-2 (the 2025 federal suit against the
    # state's sanctuary laws), d1307-3 (the letter writer's ground for the sheriffs' suit).
    "mk4": "d1306-1:3 d1306-2:3 d1306-3:3 d1307-0:3 d1307-1:3 d1309-1:3 d1309-2:3 d1309-3:2 d1310-2:1 d1307-3:1",
    # "sanctuary law". read: d1311-2 (Washington's law by its name, without the words).
    "mp1": "d1302-5:3 d1302-8:3 d1302-9:3 d1310-2:3 d1310-5:3 d1310-6:3 d1310-7:3 d1309-2:2 d1301-11:1 d1303-2:1"
           " d1303-3:1 d1303-5:1 d1309-1:1 d1309-3:1 d1311-2:2",
    # "illegal aliens". read: d1314-6 ("criminal non-citizens" released despite detainers).
    "mp2": "d1306-1:3 d1307-2:3 d1307-3:3 d1306-2:2 d1307-4:2 d1307-0:1 d1302-7:1 d1309-2:1 d1310-2:1 d1310-5:1"
           " d1310-6:1 d1312-5:1 d1314-6:1",
    # "federal immigration authorities". read: d1302-10, d1302-11, d1311-7 (local cooperation in other words).
    "mp3": "d1302-7:3 d1303-3:3 d1306-2:3 d1309-2:3 d1306-3:2 d1301-11:2 d1304-7:2 d1311-2:2 d1311-3:2 d1312-3:2"
           " d1307-4:1 d1308-2:1 d1312-5:1 d1313-5:1 d1313-6:1 d1314-1:1 d1302-10:1 d1302-11:1 d1311-7:1",
    # "City property".
    "mp4": "d1313-3:3 d1313-5:3 d1313-6:3 d1313-4:2 d1313-7:2",
    # counties that defy state sanctuary laws. read: d1302-7, d1302-11 (Orange County's workaround and its reason),
    # d1307-0 (the letter's praise for the suing sheriffs),
    # d1312-1, d1312-2 (the BGA's response to the Illinois sheriffs).
    "mc1": "d1302-5:3 d1311-3:3 d1311-4:3 d1312-3:3 d1312-4:3 d1312-5:3 d1312-6:3 d1302-6:2 d1302-8:2 d1302-9:2"
           " d1302-10:2 d1311-5:2 d1311-6:2 d1311-7:2 d1311-2:1 d1306-1:1 d1306-3:1 d1307-0:1 d1307-1:1"
           " d1302-7:2 d1302-11:2 d1312-1:2 d1312-2:2",
    # police chiefs backing limits on immigration enforcement. read: d1301-11 (the chiefs' letter, continued).
    "mc2": "d1300-3:3 d1301-3:3 d1301-10:3 d1301-12:3 d1304-7:3 d1304-8:3 d1304-9:3 d1300-4:1 d1301-11:2",
    # keeping ICE away from courthouses, schools and hospitals. read: d1314-0, d1314-5 (the law signed, DHS's reply).
    "mc3": "d1314-1:3 d1314-2:3 d1313-4:3 d1314-3:2 d1314-4:2 d1313-3:2 d1313-6:2 d1313-5:1 d1313-7:1 d1314-0:1"
           " d1314-5:1",
    # what illegal immigration costs taxpayers.
    "mc4": "d1309-2:3 d1309-3:3 d1309-4:3 d1301-10:2 d1301-12:2 d1309-1:1",
    # Bourne Trust Act lawsuit.
    "ms1": "d1306-2:3 d1306-3:3 d1306-1:2 d1307-0:1 d1307-1:1",
    # McFadden ICE.
    "ms2": "d1304-8:3 d1304-9:3 d1304-7:1",
    # Nick Brown Adams County sheriff.
    "ms3": "d1311-3:3 d1311-4:3 d1311-2:1 d1311-5:1 d1311-6:1 d1311-7:1",
    # DHS Pritzker courthouse law.
    "ms4": "d1314-5:3 d1314-0:2 d1314-6:2 d1314-1:1 d1314-2:1 d1314-3:1 d1314-4:1",
}

# Not content, by reading the articles (the analysis gold, ../devset/fresh-m/gold-fresh-m.jsonl, was not read):
# headlines, deks and pull quotes above the body, bylines, captions and photo credits, letter headers, release labels,
# taglines, related links, subheads and page chrome. Judged paragraphs must not be among them (build_relevance.py
# checks). 41 paragraphs; ../devset/SOURCES-m.md gives 40 title and boilerplate rows (20 + 20) for this part, so one
# call here differs from its annotator's (which one was not looked up). No judged paragraph depends on it.
NOT_CONTENT = {
    "d1300": [0, 1],                    # headline, pull quote signed "-Governor Bruce Rauner" above the dateline
    "d1301": [0, 1, 2, 4, 5, 6, 7, 8, 9],  # sign-up prompt, headline, byline, letter heading, date, address (3), salutation
    "d1302": [0, 1, 2, 3, 4],           # headline, dek, caption, caption with credit, date line
    "d1303": [0, 1],                    # headline twice
    "d1304": [0, 1, 2, 3, 4, 5],        # headline, caption, caption with credit, site tagline, dek, republication note
    "d1305": [0, 1, 2, 3, 6],           # headline, caption, headline repeated, pull-quote dek, attribution line of #5
    "d1306": [0],                       # headline
    "d1309": [0],                       # headline
    "d1310": [0, 1, 3, 4],              # headline, dek, "(RELATED: ...)" link, subhead
    "d1311": [0, 1],                    # headline, dek
    "d1312": [0],                       # distribution line
    "d1313": [0, 1, 2],                 # headline, "Published on", "FOR IMMEDIATE RELEASE:"
}
