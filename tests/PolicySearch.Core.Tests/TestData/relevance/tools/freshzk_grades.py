# Hand judgments of the fresh-zk held-out queries (tools/freshzk_queries.py) over the content paragraphs of
# ../devset/fresh-zk/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 54 content paragraphs of part ZK was read against every query (864 pairs), article by article, and every
# paragraph graded 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun
# or an obvious continuation, such as Rasmussen after "he said", Homan after "He also took a swipe", or Wong, named in
# d3701 #4, as the "professor" of #2).
GRADES = {
    # 287(g) task force model North Carolina: WHQR's explainer (the excerpt itself never names the state).
    "zkk1": "d3700-0:3 d3700-3:3 d3700-4:3 d3700-7:3 d3700-8:3 d3700-1:2 d3700-2:2 d3700-5:2 d3700-9:1 d3707-5:1",
    # sanctuary counties crime economy study: Wong's study in the Union-Tribune.
    "zkk2": "d3701-2:3 d3701-4:3 d3701-7:3 d3701-3:2 d3701-5:2 d3701-6:2 d3701-8:2 d3701-1:1",
    # Dwight immigration detention center annexation.
    "zkk3": "d3703-1:3 d3703-2:3 d3703-3:2 d3703-4:2",
    # Bloomington Normal welcoming ordinance council: the Pantagraph (Bloomington) and WGLT (Normal).
    "zkk4": "d3705-0:3 d3705-4:3 d3705-6:3 d3705-7:3 d3706-7:3 d3705-2:2 d3705-3:2 d3705-5:2 d3705-8:2 d3706-8:2"
            " d3706-11:2 d3706-12:2 d3706-16:2 d3706-17:2 d3705-1:1 d3706-13:1 d3706-15:1",
    # "welcoming-city ordinance": the exact phrase 3 (three Pantagraph lines); "the proposed ordinance", "Welcoming
    # Community ordinance" 2; "this ordinance" or the ordinance praised in passing 1.
    "zkp1": "d3705-0:3 d3705-2:3 d3705-3:3 d3705-4:2 d3705-6:2 d3705-7:2 d3706-7:2 d3705-8:1 d3706-11:1",
    # "sanctuary counties": the exact phrase 3 (d3701 #4 has it inside "non-sanctuary counties", on topic, so 3 too);
    # a county's sanctuary status without the phrase 2; neighbouring wording 1.
    "zkp2": "d3701-2:3 d3701-4:3 d3701-7:3 d3704-5:2 d3701-1:1 d3701-5:1 d3701-8:1 d3704-2:1",
    # "immigration detainers": the exact phrase 3 (d3707 #5 only); honouring detention requests without it 2; the
    # limits in general 1.
    "zkp3": "d3707-5:3 d3704-3:2 d3704-5:2 d3707-4:1 d3707-7:1",
    # "city council": the exact phrase 3 (in d3705 #3 only inside "city councilmen", so 2); "the council", "Town
    # Council" 2; council business in passing, a village board 1.
    "zkp4": "d3705-0:3 d3705-2:3 d3705-1:2 d3705-3:2 d3705-4:2 d3706-7:2 d3703-3:1 d3705-5:1 d3705-6:1 d3705-7:1"
            " d3705-8:1 d3706-8:1 d3706-13:1",
    # sheriffs explaining whether they will help ICE: Caruana (Winnebago) and Hain's office (Kane).
    "zkc1": "d3704-2:3 d3704-3:3 d3704-4:3 d3707-3:3 d3707-8:3 d3704-5:2 d3707-4:2 d3707-5:2 d3700-0:1 d3700-3:1"
            " d3707-7:1",
    # city council shelves or passes protections for undocumented residents: Bloomington shelves, Normal passes.
    "zkc2": "d3705-0:3 d3705-4:3 d3705-6:3 d3705-7:3 d3706-7:3 d3705-2:2 d3705-3:2 d3705-8:2 d3706-8:2 d3706-11:2"
            " d3706-12:2 d3706-13:2 d3706-16:2 d3706-17:2 d3704-5:1 d3705-5:1 d3706-15:1",
    # border czar threatens to prosecute a mayor who shields immigrants: Homan in Chicago.
    "zkc3": "d3702-2:3 d3702-0:2 d3702-1:2 d3702-4:2 d3702-3:1",
    # deputizing local officers to enforce immigration law: 287(g) above all.
    "zkc4": "d3700-0:3 d3700-7:3 d3700-8:3 d3700-1:2 d3700-2:2 d3700-3:2 d3700-4:2 d3707-5:2 d3700-5:1 d3700-9:1"
            " d3701-4:1 d3704-2:1 d3706-17:1",
    # Tom Homan Chicago mayor prosecute.
    "zks1": "d3702-1:3 d3702-2:3 d3702-4:3 d3702-0:2 d3702-3:2",
    # Tom Wong sanctuary study: his statements and findings 3; his method or the study's timing 2.
    "zks2": "d3701-2:3 d3701-4:3 d3701-5:3 d3701-7:3 d3701-8:3 d3701-3:2 d3701-6:2",
    # Gary Caruana Winnebago sheriff immigration.
    "zks3": "d3704-2:3 d3704-3:3 d3704-4:3 d3704-5:1",
    # Ron Hain Kane County ICE memo: Hain's memo and his office's statement 3; the guidance he reminded of 1.
    "zks4": "d3707-3:3 d3707-8:3 d3707-4:1 d3707-5:1",
}

# Not content: headlines, deks, subheads, bylines, credits, captions, player and promo lines. The judge of this set also
# annotated part ZK, so this hand list is the same call as the gold's title and boilerplate rows (18: 6 title, 12
# boilerplate; SOURCES-zk.md), and build_relevance.py checks that it matches ../devset/fresh-zk/gold-fresh-zk.jsonl.
# Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d3700": [6],                                   # subhead
    "d3701": [0],                                   # headline
    "d3703": [0],                                   # byline
    "d3706": [0, 1, 2, 3, 4, 5, 6, 9, 10, 14],      # copyright, tagline, four player lines, headline, credit, caption, subhead
    "d3707": [0, 1, 2, 6, 9],                       # section label, headline, dek, two promo lines
}
