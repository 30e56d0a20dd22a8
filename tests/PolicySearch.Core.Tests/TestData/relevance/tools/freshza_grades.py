# Hand judgments of the fresh-za held-out queries (tools/freshza_queries.py) over the content paragraphs of
# ../devset/fresh-za/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 39 content paragraphs of part ZA was read against every query (624 pairs), article by article, and every
# paragraph graded 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a
# pronoun or an obvious continuation, such as the lead-in of d2701 #9, whose person is named in #10).
GRADES = {
    # Carbondale safe and welcoming community resolution: what it says, the vote, its initiator and its one opponent.
    "zak1": "d2701-5:3 d2701-7:3 d2701-10:3 d2701-11:3 d2701-3:2 d2701-6:2 d2701-8:2 d2701-9:2 d2701-4:1",
    # Kane County property civil immigration enforcement.
    "zak2": "d2709-4:3 d2709-5:3 d2709-6:3 d2709-7:2",
    # gang database ICE sanctuary loophole: the suit's claim 3; the rest of the Catalan-Ramirez story 1.
    "zak3": "d2705-4:3 d2705-1:1 d2705-2:1 d2705-3:1",
    # asylum seekers bused from Texas sanctuary city.
    "zak4": "d2707-2:3 d2707-3:3 d2708-2:3 d2707-0:2 d2707-4:2",
    # "economic development": one exact match (d2700 #7); "most prosperous cities" 1.
    "zap1": "d2700-7:3 d2700-5:1",
    # "gang database": one exact match in content (the headline's is not content).
    "zap2": "d2705-4:3",
    # "county property": the exact phrase 3; "county-owned parking lots ... and garages" 2.
    "zap3": "d2709-6:3 d2709-7:3 d2709-4:2",
    # "asylum seekers": the exact phrase 3; "busloads of illegal immigrants" 2; "non-citizens", the shelter money 1.
    "zap4": "d2707-0:3 d2707-2:3 d2708-2:2 d2707-3:1 d2707-4:1",
    # do sanctuary cities help local economies.
    "zac1": "d2700-7:3 d2700-5:2 d2708-2:2 d2702-3:1 d2707-4:1",
    # small city council votes to stay out of immigration enforcement: Carbondale's council and Kane County's board.
    "zac2": "d2701-5:3 d2701-7:3 d2709-4:3 d2701-3:2 d2701-6:2 d2701-11:2 d2702-2:2 d2709-6:2 d2701-8:1 d2701-10:1"
            " d2709-5:1 d2709-7:1",
    # what counts as a sanctuary city: Empires and Mangers' definitions 3; the origin and meanings elsewhere 1-2.
    "zac3": "d2702-7:3 d2702-8:3 d2702-9:3 d2702-10:3 d2701-5:2 d2704-1:2 d2706-0:2 d2700-8:1 d2702-2:1 d2702-3:1"
            " d2705-4:1 d2707-0:1",
    # Texas busing migrants to embarrass sanctuary cities.
    "zac4": "d2707-2:3 d2707-3:3 d2707-0:1 d2707-4:1 d2708-2:1",
    # Jess Jobe Carbondale resolution: his quote 3; the lead-in that describes him 2.
    "zas1": "d2701-10:3 d2701-9:2",
    # Celene Adame ICE: her sign and her words 3; named as the partner 1.
    "zas2": "d2705-1:3 d2705-3:3 d2705-2:1",
    # Immigrant Legal Resource Center sanctuary count.
    "zas3": "d2700-8:3",
    # Catalan-Ramirez lawsuit Welcoming City ordinance: the suit's claim 3; his case without the suit 1.
    "zas4": "d2705-4:3 d2705-1:1 d2705-2:1",
}

# Not content: headlines, subheads, bylines, datelines, date lines, credits, captions, separators, labels, the
# reblogged title and comment-form chrome. The judge of this set also annotated part ZA, so this hand list is the same
# call as the gold's title and boilerplate rows (32: 9 title, 23 boilerplate; SOURCES-za.md), and build_relevance.py
# checks that it matches ../devset/fresh-za/gold-fresh-za.jsonl. Judged paragraphs must not be among them
# (build_relevance.py checks).
NOT_CONTENT = {
    "d2700": [0, 1, 2, 3, 4],                     # section label, headline, image credit, caption, byline
    "d2701": [0, 1, 2],                           # byline, image credit, dateline
    "d2702": [0, 1, 5, 6],                        # date line, headline, separator, subhead
    "d2703": [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],  # headline, reblogged title, nine comment-form lines
    "d2704": [0],                                 # opening heading
    "d2705": [0],                                 # headline
    "d2706": [],                                  # one content paragraph, nothing else
    "d2707": [1],                                 # subhead
    "d2708": [0, 1],                              # date line, headline
    "d2709": [0, 1, 2, 3],                        # caption, caption repeat, headline, byline and timestamp
}
