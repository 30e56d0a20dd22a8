# Hand judgments of the fresh-z held-out queries (tools/freshz_queries.py) over the content paragraphs of
# ../devset/fresh-z/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 53 content paragraphs of part Z was read against every query (848 pairs), article by article, and every paragraph
# graded 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an
# obvious continuation, such as Pritzker's CBS quote after its lead-in, d2608 #8).
GRADES = {
    # SIU sanctuary campus petition: the whole of d2600 but the DACA context and the no-response line.
    "zk1": "d2600-0:3 d2600-1:3 d2600-3:3 d2600-2:2 d2600-4:2 d2600-5:1",
    # San Juan County sanctuary list ICE holds.
    "zk2": "d2602-3:3 d2602-4:3 d2602-5:3 d2602-2:2 d2602-6:2 d2602-7:1 d2602-8:1",
    # Chicago sanctuary city referendum Beale.
    "zk3": "d2604-5:3 d2604-6:3 d2604-4:1",
    # Naval Station Great Lakes ICE base.
    "zk4": "d2608-5:3 d2609-1:3 d2608-4:1",
    # "federal overreach": the exact phrase 3 (d2609 #1 only); "expand federal power", "threatens ... local
    # sovereignty", "against federal intervention" 2; troops invading or occupying 1.
    "zp1": "d2609-1:3 d2608-1:2 d2608-5:2 d2609-0:2 d2608-8:1 d2609-2:1",
    # "sanctuary jurisdiction": the phrase 3 (d2603 #2 writes “sanctuary” jurisdiction, counted as the phrase);
    # "sanctuary community" 2; the federal list and the ICE-hold policy without it 1.
    "zp2": "d2602-4:3 d2602-6:3 d2603-2:3 d2602-3:2 d2602-2:1 d2602-5:1",
    # "National Guard": the exact phrase in content 3 (d2607 #3; the d2606 caption is not content); troops sent to
    # Chicago 2; forces or the military in passing 1.
    "zp3": "d2607-3:3 d2608-2:2 d2608-8:2 d2609-2:2 d2610-8:2 d2608-4:1 d2608-9:1",
    # "federal grants": the exact phrase 3; "federal and state grants", "federal funding", "federal funds" 2.
    "zp4": "d2602-6:3 d2601-2:2 d2602-2:2 d2602-7:2 d2602-8:2 d2601-3:1",
    # cost of housing migrants in sanctuary cities.
    "zc1": "d2605-2:3 d2605-3:3 d2604-2:2 d2604-4:2 d2604-6:2 d2601-3:1 d2604-3:1",
    # county could lose federal grants over sanctuary status.
    "zc2": "d2602-2:3 d2602-6:3 d2601-2:2 d2602-7:2 d2602-8:2 d2601-3:1 d2602-3:1",
    # governor resisting troops sent to Chicago for immigration enforcement.
    "zc3": "d2608-1:3 d2608-8:3 d2610-8:3 d2608-7:2 d2608-9:2 d2608-10:2 d2609-1:2 d2607-3:1 d2607-6:1 d2609-0:1"
           " d2609-2:1",
    # students asking their university to shield undocumented immigrants.
    "zc4": "d2600-0:3 d2600-2:3 d2600-3:3 d2600-1:2 d2600-4:2 d2600-5:1",
    # Tom Homan National Guard sanctuary cities: his quote only.
    "zs1": "d2607-3:3",
    # Pritzker troops invasion Chicago: his words 3; the lead-in, his other complaints and his opposition reported 2;
    # Pritzker named in criticism of him 1.
    "zs2": "d2608-1:3 d2608-8:3 d2610-8:3 d2608-7:2 d2608-9:2 d2608-10:2 d2609-1:2 d2606-1:1 d2607-1:1 d2607-4:1"
           " d2607-6:1 d2609-0:1",
    # Bill Watson sanctuary community list.
    "zs3": "d2602-3:3 d2602-4:1 d2602-6:1",
    # Dick Durbin Midway Blitz: his dismissal 3; the lead-in to the leaders' opposition 2; the operation without him 1.
    "zs4": "d2610-7:3 d2610-6:2 d2610-2:1 d2610-4:1 d2610-8:1",
}

# Not content: headlines, deks, subheads, captions, credits, labels, the copyright line. The judge of this set also
# annotated part Z, so this hand list is the same call as the gold's title and boilerplate rows (18: 12 title, 6
# boilerplate; SOURCES-z.md), and build_relevance.py checks that it matches ../devset/fresh-z/gold-fresh-z.jsonl.
# Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d2601": [0, 1],                              # headline, second title line
    "d2602": [0, 1],                              # photo caption, headline
    "d2603": [0],                                 # headline
    "d2604": [0, 1, 7],                           # headline, photo credit, copyright line
    "d2606": [0],                                 # photo caption
    "d2607": [0],                                 # pagination label
    "d2608": [0, 3, 6, 11],                       # sponsor label, three subheads
    "d2610": [0, 1, 3, 5],                        # headline, second title line, two subheads
}
