# Hand judgments of the fresh-zm held-out queries (tools/freshzm_queries.py) over the content paragraphs of
# ../devset/fresh-zm/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 47 content paragraphs of part ZM was read against every query (752 pairs), article by article, and every
# paragraph graded 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve an
# obvious continuation, such as Lightfoot's quote after "In her own words:", or "the report" in d3904 #2).
GRADES = {
    # 287(g) Wisconsin sheriffs: the Milwaukee Independent's ACLU-report story and the 8th District Dems post (whose
    # lines name the counties but not the state: 2 at most).
    "zmk1": "d3904-1:3 d3904-3:3 d3904-6:3 d3904-0:2 d3904-2:2 d3904-4:2 d3904-5:2 d3905-0:2 d3905-3:2 d3905-4:1"
            " d3905-8:1 d3905-10:1 d3905-13:1",
    # ICE police database access Chicago: Lightfoot's ban; the 2025 order on police not collaborating 2.
    "zmk2": "d3900-1:3 d3900-3:3 d3903-1:2 d3900-2:1",
    # sanctuary campus warrants federal funding: the Maroon editorial; NEIU's warrant answers 1.
    "zmk3": "d3906-3:3 d3906-1:2 d3906-2:2 d3906-4:2 d3906-5:2 d3906-0:1 d3901-4:1 d3901-5:1",
    # sanctuary governors Oversight hearing.
    "zmk4": "d3902-2:3 d3902-8:3 d3902-10:3 d3902-3:2 d3902-4:2 d3902-5:2 d3902-6:2 d3902-9:2 d3902-11:1",
    # "warrant service officer": the exact phrase 3 (any case); the model's duties without it 1.
    "zmp1": "d3905-3:3 d3904-5:3 d3905-5:1 d3905-6:1",
    # "sanctuary church": the exact phrase 3; "sanctuary congregation", "sanctuary movement" 2; the shelter story 1.
    "zmp2": "d3907-6:3 d3907-2:2 d3907-7:2 d3907-3:1 d3907-4:1 d3907-5:1",
    # "taxpayer dollars": the exact phrase 3; "taxpayer funds", "burden on taxpayers" 2; "for taxpayers" 1.
    "zmp3": "d3905-10:3 d3902-9:2 d3905-1:1",
    # "judicial warrant": "judicial warrants" 3; a warrant "signed by a judge" 2; "without judicial oversight", "without a
    # warrant", arrest warrants 1.
    "zmp4": "d3906-1:3 d3906-2:2 d3904-5:1 d3901-4:1 d3906-5:1",
    # local jails handing immigrants over to ICE.
    "zmc1": "d3904-0:3 d3904-2:3 d3905-6:3 d3904-1:2 d3904-4:2 d3904-5:2 d3904-6:2 d3905-0:2 d3905-3:2 d3905-5:2"
            " d3904-3:1 d3905-4:1 d3905-7:1 d3905-8:1 d3905-13:1",
    # cost of immigration enforcement to local budgets.
    "zmc2": "d3905-10:3 d3902-9:2 d3906-3:2 d3906-4:2 d3905-1:1 d3904-6:1",
    # places immigration agents cannot enter without a warrant.
    "zmc3": "d3901-4:3 d3901-5:3 d3906-2:3 d3906-3:2 d3907-7:2 d3901-6:1 d3906-5:1 d3907-2:1",
    # city refuses to help ICE during raids.
    "zmc4": "d3900-1:3 d3900-3:3 d3903-1:3 d3900-2:1 d3903-2:1",
    # Lori Lightfoot ICE databases.
    "zms1": "d3900-1:3 d3900-3:3 d3900-2:1",
    # John Curran Pritzker testify: his criticism 3; "criticize the hearing" 2; Pritzker's invitation without Curran 1.
    "zms2": "d3902-9:3 d3902-6:2 d3902-4:1",
    # ACLU of Wisconsin report 287(g): the report's findings 3; the author's lines around it 1.
    "zms3": "d3904-1:3 d3904-2:3 d3904-6:3 d3904-3:1 d3904-4:1 d3904-5:1",
    # Mark Knutson sanctuary church.
    "zms4": "d3907-2:3 d3907-6:3 d3907-5:2 d3907-3:1 d3907-4:1",
}

# Not content: headlines, deks, subheads, bylines, labels, credits, counters. The judge of this set also annotated part
# ZM, so this hand list is the same call as the gold's title and boilerplate rows (19: 13 title, 6 boilerplate;
# SOURCES-zm.md), and build_relevance.py checks that it matches ../devset/fresh-zm/gold-fresh-zm.jsonl. Judged
# paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d3900": [0, 4, 5],                           # headline, view counter, comment prompt
    "d3901": [0, 1, 2, 3, 7],                     # image alt, title, source note, two FAQ questions
    "d3902": [0, 1, 7, 12, 13],                   # dek, box label, subhead, tweet credit, subhead
    "d3903": [0],                                 # headline
    "d3905": [2, 9, 11],                          # three subheads
    "d3907": [0, 1],                              # headline, byline
}
