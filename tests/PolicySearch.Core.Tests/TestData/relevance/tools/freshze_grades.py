# Hand judgments of the fresh-ze held-out queries (tools/freshze_queries.py) over the content paragraphs of
# ../devset/fresh-ze/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 39 content paragraphs of part ZE was read against every query (624 pairs), article by article, and every
# paragraph graded 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun
# or an obvious continuation, such as Buehler's and Iboa's statements after "offered the following statement ...:" in
# d3103, or Homan's quote closed by "he whined" in d3106).
GRADES = {
    # Measure 105 Oregon sanctuary law vote: Countable's explainer and JPR's result story.
    "zek1": "d3103-5:3 d3104-14:3 d3104-15:3 d3103-6:2 d3103-8:2 d3103-9:2 d3103-10:2 d3103-11:2 d3103-12:2"
            " d3103-13:2 d3103-14:2 d3104-16:2 d3104-18:2 d3104-17:1 d3104-19:1",
    # Way Forward Act trust police immigrants: Kameli Law; the trust argument elsewhere 1.
    "zek2": "d3105-1:3 d3105-3:3 d3105-2:2 d3100-4:1 d3103-9:1",
    # TRUST Act local government compliance home rule: the Holland & Knight alert.
    "zek3": "d3101-4:3 d3101-5:3 d3101-7:3 d3101-6:2 d3105-1:1",
    # Operation Midway Blitz Chicago sanctuary: Just Security; Homan on Chicago before the operation 1.
    "zek4": "d3107-2:3 d3107-3:3 d3107-4:3 d3107-5:3 d3106-1:1 d3106-2:1",
    # "un-American": the exact phrase, of sanctuary cities.
    "zep1": "d3102-2:3 d3102-3:3",
    # "Know Your Rights": the exact phrase.
    "zep2": "d3106-2:3 d3106-3:3",
    # "sanctuary state law": the exact phrase 3; "sanctuary law", "sanctuary jurisdiction bill" 2; "this law" 1.
    "zep3": "d3103-5:3 d3103-8:3 d3101-7:2 d3103-9:2 d3104-14:2 d3104-18:2 d3103-13:1 d3104-15:1 d3105-1:1",
    # "law enforcement agency": the exact phrase on what an agency may do 3; "local law enforcement" and the like 2.
    "zep4": "d3100-3:3 d3103-6:3 d3104-19:3 d3100-2:2 d3103-8:2 d3105-1:2 d3101-4:1 d3104-18:1",
    # voters deciding whether to keep a sanctuary law.
    "zec1": "d3103-8:3 d3103-9:3 d3104-14:3 d3104-15:3 d3103-5:2 d3103-10:2 d3103-11:2 d3103-12:2 d3103-13:2"
            " d3103-14:2 d3104-16:2 d3103-6:1 d3104-17:1 d3104-18:1 d3104-19:1",
    # why some cities refuse to cooperate with ICE.
    "zec2": "d3100-4:3 d3105-2:3 d3103-9:2 d3103-13:2 d3104-19:2 d3105-1:2 d3107-5:2 d3100-2:1 d3106-3:1 d3107-4:1",
    # legal advice to towns on complying with state limits on immigration enforcement.
    "zec3": "d3101-5:3 d3101-6:3 d3101-4:2 d3101-7:2 d3107-5:1",
    # federal immigration officials attacking Chicago for resisting ICE.
    "zec4": "d3102-5:3 d3106-1:3 d3106-2:3 d3107-2:3 d3102-2:2 d3102-3:2 d3102-4:2 d3107-3:2 d3100-3:1",
    # Tom Homan sanctuary cities Chicago.
    "zes1": "d3102-2:3 d3102-3:3 d3102-4:3 d3102-5:3 d3106-1:3 d3106-2:3",
    # Knute Buehler Measure 105.
    "zes2": "d3103-10:3 d3103-11:3",
    # Joel Iboa Causa.
    "zes3": "d3103-12:3 d3103-13:3",
    # Pritzker ICE pause Halloween: his call in Just Security; named without a statement in Kameli Law 1.
    "zes4": "d3107-4:3 d3105-1:1 d3105-3:1",
}

# Not content: headlines, subheads, bylines, credits, captions, labels, station and page chrome. The judge of this set
# also annotated part ZE, so this hand list is the same call as the gold's title and boilerplate rows (33: 9 title,
# 24 boilerplate; SOURCES-ze.md), and build_relevance.py checks that it matches ../devset/fresh-ze/gold-fresh-ze.jsonl.
# Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d3101": [0, 1, 2, 3],                        # headline, two author lines, "HIGHLIGHTS:"
    "d3102": [0, 1, 6, 7, 8, 9],                  # headline twice, source line, tags, category label, index link
    "d3103": [0, 1, 2, 3, 4, 7],                  # two app promos, headline, byline, two subheads
    "d3104": list(range(14)),                     # station chrome (10 lines), headline, two captions, photo credit
    "d3105": [0],                                 # byline
    "d3107": [0, 1],                              # photo caption, headline
}
