# Hand judgments of the fresh held-out queries (tools/fresh_queries.py) over the content paragraphs of
# ../devset/fresh/articles/. Ids are "d<article number>-<paragraph index>"; unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person says the thing; phrase queries: the exact
# phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point, the
# phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named without a
# statement); 0 = not relevant.
# Graded from each paragraph's own text (its neighbours only to resolve a pronoun), from a list of the pooled paragraphs
# sorted by article and index, without the ranks; paragraphs outside the pools that reading the articles showed to
# answer a need were added (noted "read" below).
GRADES = {
    # Way Forward Act. read: d301-4..10 (its provisions; Keicher's and Windhorst's objections), d302-1, d302-5, d303-5, d303-7.
    "fk1": "d300-17:2 d301-0:3 d301-1:2 d302-0:3 d302-2:3 d302-3:3 d302-4:2 d303-6:3"
           " d301-4:3 d301-5:2 d301-6:2 d301-7:2 d301-8:2 d301-9:2 d301-10:2 d302-1:3 d302-5:1 d303-5:2 d303-7:1",
    # Byrne JAG. read: d304-1, d304-2, d304-4, d304-6, d305-2, d305-3, d305-7, d306-1, d306-5.
    "fk2": "d304-0:3 d304-3:3 d304-5:2 d305-1:3 d305-4:2 d305-6:2 d305-8:1 d305-9:2 d305-11:3 d306-2:3 d306-3:3"
           " d306-4:2 d304-1:2 d304-2:1 d304-4:2 d304-6:2 d305-2:1 d305-3:1 d305-7:1 d306-1:2 d306-5:2",
    # ICE detainers. read: d317-0, d317-3.
    "fk3": "d300-17:3 d306-3:1 d309-1:2 d316-0:2 d317-1:3 d317-2:3 d317-4:3 d318-1:2 d318-3:3 d318-4:3"
           " d317-0:1 d317-3:2",
    # Tenth Amendment. read: d308-6.
    "fk4": "d307-3:3 d307-4:1 d307-5:3 d307-6:3 d307-7:1 d308-4:1 d308-5:1 d308-7:1 d308-8:1 d308-6:1",
    "fp1": "d304-2:3 d305-3:3 d304-0:1 d304-1:2 d305-1:1 d305-2:1 d305-4:2",
    "fp2": "d313-1:2 d313-2:2 d313-3:3 d314-4:3 d314-5:3 d314-6:3 d314-7:3 d315-5:3 d315-8:3",
    "fp3": "d300-17:3 d308-6:3 d310-6:3 d300-14:1 d310-5:2 d312-5:1 d312-6:1 d313-2:2",
    "fp4": "d304-6:3 d312-5:3 d302-2:1 d313-5:1 d306-1:2 d306-5:1 d312-6:1",
    # sheriffs who want to work with ICE. read: d318-2 (the sheriffs' suit, continued).
    "fc1": "d300-14:3 d300-15:3 d300-16:3 d300-17:2 d318-0:3 d318-1:3 d318-3:2 d318-4:1 d318-2:2",
    "fc2": "d307-3:3 d307-4:2 d307-5:3 d307-6:3 d307-7:3 d308-4:3 d308-5:2 d308-6:2 d308-7:3 d308-8:3 d311-6:1",
    # criminals released instead of handed over to ICE. read: d317-3.
    "fc3": "d316-0:3 d316-2:2 d317-0:3 d317-1:2 d317-2:3 d317-4:3 d301-7:2 d301-8:2 d304-2:2 d305-4:2 d306-3:2"
           " d318-3:1 d318-4:1 d300-17:1 d309-1:1 d318-1:1 d317-3:2",
    "fc4": "d301-2:3 d301-3:3 d302-2:3 d302-3:2 d302-1:2 d301-1:1 d301-8:1 d305-9:1 d311-0:1 d313-5:1",
    "fs1": "d304-0:2 d304-1:3 d304-2:3 d305-3:3 d305-4:3 d305-1:2 d305-2:2 d306-3:2 d304-3:1 d304-5:1 d304-6:1"
           " d305-6:1 d305-11:1 d306-1:1 d306-2:1",
    "fs2": "d312-1:3 d312-3:3 d312-5:3 d315-6:3 d312-4:1 d312-2:1 d313-6:1 d315-7:1",
    # Homan Brandon Johnson. read: d311-2 (his speech in Chicago, "He").
    "fs3": "d311-4:3 d311-5:3 d311-6:3 d311-3:2 d311-7:1 d311-2:2",
    # Pritzker private detention ban. read: d313-4 (his words, "The Illinois Democrat").
    "fs4": "d313-5:3 d313-4:3 d315-8:3 d313-1:2 d313-2:2 d314-4:2 d315-5:2 d314-6:2 d314-5:1 d314-7:1 d313-3:1"
           " d301-0:1 d303-6:1",
}
