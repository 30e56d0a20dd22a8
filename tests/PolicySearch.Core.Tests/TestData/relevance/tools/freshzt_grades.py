# Hand judgments of the fresh-zt held-out queries (tools/freshzt_queries.py) over the content paragraphs of
# ../devset/fresh-zt/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 54 content paragraphs of part ZT was read against every query, article by article, and every paragraph graded
# 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Pritzker's continued quotes in d4603 or "He also said" in d4605).
GRADES = {
    # welcoming city ordinance council debate: Rockford's committee and Peoria's push; Anthony's resolution in passing.
    "ztk1": "d4606-0:3 d4606-2:3 d4606-3:3 d4605-6:3 d4605-12:3 d4606-1:2 d4606-4:2 d4606-6:2 d4606-7:2 d4606-8:2"
            " d4606-9:2 d4605-5:2 d4605-8:2 d4605-9:2 d4605-10:2 d4605-11:2 d4605-13:2 d4605-4:1 d4605-7:1 d4606-5:1"
            " d4600-1:1",
    # ICE detention contract county jail vote: the McHenry County vote; the detention ban in passing.
    "ztk2": "d4607-0:3 d4607-1:3 d4607-7:3 d4607-2:2 d4607-3:2 d4607-4:2 d4607-5:2 d4607-6:2 d4607-8:2 d4607-9:2"
            " d4607-10:2 d4603-2:1",
    # private detention center ban Dwight.
    "ztk3": "d4603-2:3 d4603-4:3 d4603-6:3 d4603-3:2 d4603-5:1 d4603-7:1 d4603-10:1 d4603-13:1",
    # TRUST Act repeal Ives.
    "ztk4": "d4608-1:3 d4608-2:3 d4608-3:3",
    # "ICE contract": the exact phrase 3 (d4607-9 "its ICE contract", d4607-10 "the ICE contract"); the contract
    # without the phrase 2; background on it 1.
    "ztp1": "d4607-9:3 d4607-10:3 d4607-0:2 d4607-1:2 d4607-3:2 d4607-7:2 d4607-4:1 d4607-5:1 d4607-6:1 d4607-8:1",
    # "withhold federal funds": the exact phrase 3; "withholding federal funds", "lose federal funding" 2.
    "ztp2": "d4602-4:3 d4602-2:2 d4604-2:2",
    # "enforce immigration law": the exact phrase 3 (O'Shea); police not acting as immigration officers or ICE 2;
    # neighbouring wording 1.
    "ztp3": "d4606-9:3 d4600-1:2 d4603-10:2 d4603-11:2 d4606-8:2 d4601-4:1 d4602-4:1 d4607-9:1 d4608-2:1",
    # "call the police": the exact phrase 3 (Walraven); "report crime" 2; witnesses coming forward 1.
    "ztp4": "d4605-13:3 d4600-1:2 d4601-4:1 d4603-12:1 d4606-1:1",
    # police stay out of immigration enforcement to keep immigrant trust.
    "ztc1": "d4600-1:3 d4601-4:3 d4601-5:3 d4603-12:3 d4605-13:3 d4603-11:2 d4606-1:2 d4603-3:1 d4605-8:1 d4606-9:1",
    # federal threats to cut funding for sanctuary cities.
    "ztc2": "d4602-2:3 d4602-3:3 d4604-2:3 d4602-4:2 d4603-3:1",
    # county officials defending cooperation with ICE: Buehler 3; Ives's repeal 2; the vote itself 2; a letter writer
    # and the aldermen's cool reception 1.
    "ztc3": "d4607-7:3 d4607-8:3 d4607-9:3 d4607-0:2 d4607-1:2 d4608-1:2 d4608-2:2 d4608-3:2 d4602-4:1 d4606-0:1",
    # sanctuary policies do not shield criminals.
    "ztc4": "d4601-4:3 d4601-5:3 d4605-11:3 d4605-8:2 d4606-6:2 d4606-5:1 d4606-7:1",
    # Pritzker firewall Trump immigrant communities: his words 3; the signing reported 1-2.
    "zts1": "d4603-3:3 d4603-4:3 d4603-11:3 d4603-12:3 d4603-10:2 d4603-2:1 d4603-5:1 d4603-7:1 d4603-8:1 d4603-9:1"
            " d4603-13:1",
    # Anthony Walraven Change Peoria welcoming ordinance.
    "zts2": "d4605-8:3 d4605-9:3 d4605-11:3 d4605-13:3 d4605-5:2 d4605-10:2 d4605-7:1 d4605-12:1",
    # Michael Buehler ICE contract.
    "zts3": "d4607-7:3 d4607-8:3 d4607-9:3",
    # Tom McNamara welcoming city Rockford: his words 3; named as the proposer 1.
    "zts4": "d4606-2:3 d4606-3:3 d4606-0:1",
}

# Not content: headlines, page titles, bylines, datelines, salutations, link and comment lines, platform chrome. The
# judge of this set also annotated part ZT, so this hand list is the same call as the gold's title and boilerplate
# rows (19: 9 title, 10 boilerplate; SOURCES-zt.md), and build_relevance.py checks that it matches
# ../devset/fresh-zt/gold-fresh-zt.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d4600": [0, 2, 3],                           # headline, resolution link, comments-closed line
    "d4601": [0, 1, 2],                           # headline, nameless byline, salutation
    "d4602": [0, 1],                              # letters-page title, the letter's headline
    "d4603": [0, 1],                              # headline, byline
    "d4604": [0, 1],                              # headline, byline
    "d4605": [0, 1, 2, 3, 14, 15],                # page title, headline, timestamp labels, dateline, Facebook prompt, platform credit
    "d4606": [],                                  # none: the stored text opens with the body
    "d4607": [],                                  # none: the stored text opens with the body
    "d4608": [0],                                 # headline
}
