# Hand judgments of the fresh-zf held-out queries (tools/freshzf_queries.py) over the content paragraphs of
# ../devset/fresh-zf/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 43 content paragraphs of part ZF was read against every query, article by article (688 pairs), and every
# paragraph graded 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a
# pronoun or an obvious continuation, such as Bondi's quote after "declaró:" in d3205, the judge of d3202 named only in
# its "Holding — Johnston, J." label, or the transcript lines of d3204 that run on from one line to the next).
GRADES = {
    # Milwaukee sheriff ICE detainer policy: the sheriff's new policy 3; the ACLU letter and the detainer argument 2;
    # other sheriffs' holds for ICE 1.
    "zfk1": "d3201-1:3 d3201-2:2 d3201-3:2 d3200-2:1 d3202-3:1",
    # Iowa sanctuary cities ban state funding: the Storm Lake editorial on the bill.
    "zfk2": "d3200-1:3 d3200-2:2",
    # DuPage County resolution ICE.
    "zfk3": "d3207-0:3 d3207-5:3 d3207-1:2 d3207-3:2 d3207-4:2 d3207-6:2 d3207-7:2",
    # Abbott migrant buses sanctuary city Lightfoot.
    "zfk4": "d3203-1:3 d3203-2:3 d3203-3:3 d3203-5:3 d3203-4:2",
    # "inmigrantes ilegales": the exact phrase 3; "inmigrantes sin estatus legal" 1.
    "zfp1": "d3205-3:3 d3205-6:3 d3205-4:1",
    # "lacked standing": the exact phrase 3; "did not demonstrate sufficient standing", "failed to establish an injury
    # in fact ... necessary for standing" 2; standing mentioned otherwise 1.
    "zfp2": "d3202-5:3 d3202-12:3 d3202-7:2 d3202-16:2 d3202-8:1 d3202-10:1 d3202-17:1",
    # "fair path to citizenship": the exact phrase 3 (the subhead that repeats it is not content); the resolution
    # without the name 1.
    "zfp3": "d3207-0:3 d3207-1:1 d3207-6:1",
    # "detainer request": the phrase (or its plural) on topic 3; "detainers are ... a request", ICE asking for a
    # "hold" 2; holding people for ICE without the words 1.
    "zfp4": "d3201-1:3 d3202-3:3 d3201-3:2 d3200-2:2 d3201-2:1",
    # states punishing cities that limit police cooperation with ICE: Iowa's funding bill; the federal suit and the
    # vow of more suits; Bondi; the suit in the BGA podcast.
    "zfc1": "d3200-1:3 d3205-3:3 d3205-4:3 d3200-2:2 d3205-5:2 d3205-6:2 d3204-3:2 d3204-4:2 d3205-8:1",
    # holding people for ICE without a judge's warrant is unconstitutional.
    "zfc2": "d3201-2:3 d3201-3:3 d3201-1:2",
    # sanctuary city hypocrisy when migrants actually arrive.
    "zfc3": "d3203-1:3 d3203-4:3 d3203-3:2 d3203-5:2 d3203-2:1",
    # county leaders refusing to help federal immigration raids: DuPage on record against ICE activity 3; Milwaukee's
    # sheriff refusing detainers, the governor and mayor telling employees not to cooperate, Conroy, the resolution's
    # lede 2; the resolution's background lines 1.
    "zfc4": "d3207-5:3 d3201-1:2 d3204-5:2 d3207-0:2 d3207-4:2 d3207-1:1 d3207-3:1 d3207-7:1",
    # Pam Bondi Illinois Chicago lawsuit: her words 3; the suit and the DOJ's plans without her 1.
    "zfs1": "d3205-5:3 d3205-6:3 d3205-3:1 d3205-4:1 d3204-3:1 d3204-4:1",
    # Deborah Conroy DuPage immigration.
    "zfs2": "d3207-4:3 d3207-3:2 d3207-1:1",
    # Lori Lightfoot sanctuary migrants Texas: her statement 3; her busing of migrants on 2; Abbott's side 1.
    "zfs3": "d3203-4:3 d3203-1:2 d3203-2:1 d3203-5:1",
    # Johnston ruling sheriffs TRUST Act standing: the court's findings 3; the dismissal itself 2; the case's other
    # summary lines 1.
    "zfs4": "d3202-7:3 d3202-12:3 d3202-16:3 d3202-17:3 d3202-8:2 d3202-3:1 d3202-4:1 d3202-5:1 d3202-6:1 d3202-10:1"
            " d3202-14:1",
}

# Not content: headlines, deks, subheads, captions. The judge of this set also annotated part ZF, so this hand list is
# the same call as the gold's title and boilerplate rows (18: 17 title, 1 boilerplate; SOURCES-zf.md), and
# build_relevance.py checks that it matches ../devset/fresh-zf/gold-fresh-zf.jsonl. Judged paragraphs must not be among
# them (build_relevance.py checks).
NOT_CONTENT = {
    "d3200": [0],                                 # headline
    "d3201": [0],                                 # headline
    "d3202": [0, 1, 2, 9, 11, 13, 15],            # case title, court line, five section labels
    "d3203": [0],                                 # headline
    "d3205": [0, 1, 2, 7],                        # headline, dek, photo caption, subhead
    "d3206": [0, 1],                              # headline, dek
    "d3207": [2, 8],                              # two subheads
}
