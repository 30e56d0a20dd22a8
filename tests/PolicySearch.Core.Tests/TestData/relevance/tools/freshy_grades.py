# Hand judgments of the fresh-y held-out queries (tools/freshy_queries.py) over the content paragraphs of
# ../devset/fresh-y/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 66 content paragraphs of part Y was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Pritzker's quoted words after "is quoted as saying the following:" in d2510, or the village's
# own statement in d2509, whose lines never name their speaker).
GRADES = {
    # sanctuary referendum Chicago City Council quorum: the Nadig report on the November 2023 special meeting.
    "yk1": "d2506-1:3 d2506-2:3 d2506-6:3 d2506-3:2 d2506-4:2 d2506-5:2",
    # Indiana attorney general ICE detainers sheriff: Rokita and Lake County; an Illinois sheriff's detainer case 1.
    "yk2": "d2501-1:3 d2501-2:3 d2501-3:3 d2501-5:3 d2501-4:2 d2505-5:1",
    # Melrose Park Trust Code ordinance: the vote and the reactions 2-3; the state Act and WBEZ's explanation 1.
    "yk3": "d2508-3:3 d2508-7:3 d2508-8:3 d2508-9:2 d2508-10:2 d2508-4:1 d2508-5:1 d2508-6:1",
    # Atlanta resolution ICE detainers police: the resolution 3; Hall's and Reed's words and the vote 2; the rest 1.
    "yk4": "d2504-3:3 d2504-8:3 d2504-5:2 d2504-6:2 d2504-7:2 d2504-11:2 d2504-9:1 d2504-10:1",
    # "call 911": the exact phrase 3 (Riverside, River Forest); how residents should respond without it 1.
    "yp1": "d2507-1:3 d2509-2:3 d2507-6:1",
    # "sanctuary status": the exact phrase 3; "sanctuary city status", "sanctuary state", "sanctuary jurisdiction" 2;
    # sanctuary policies or the ban on them in passing 1.
    "yp2": "d2510-4:3 d2510-7:3 d2501-3:2 d2503-0:2 d2506-1:2 d2501-4:1 d2506-6:1 d2511-2:1 d2511-4:1",
    # "court-ordered warrant": the exact phrase 3 (d2505-5); a judge's criminal warrant 2; other warrants 1.
    "yp3": "d2505-5:3 d2508-6:2 d2500-3:1 d2502-7:1 d2504-8:1 d2505-1:1 d2508-5:1",
    # "law-abiding": the exact phrase 3 (the Roanoke Star op-ed); criminals released or deported without it 1.
    "yp4": "d2503-3:3 d2503-4:3 d2501-3:1 d2511-2:1 d2511-9:1",
    # state officials forcing local sheriffs to honor ICE holds: Rokita; Bryant's call to prison staff.
    "yc1": "d2501-1:3 d2501-2:3 d2501-5:3 d2505-2:3 d2501-3:2 d2501-4:2 d2505-3:2 d2505-1:1 d2505-5:1",
    # do sanctuary policies release dangerous criminals.
    "yc2": "d2501-3:3 d2511-2:3 d2511-5:3 d2511-9:3 d2511-10:2 d2503-3:1 d2503-4:1 d2511-4:1 d2511-7:1",
    # what residents should do when they see ICE agents: Riverside, River Forest and Skokie guidance.
    "yc3": "d2502-9:3 d2507-1:3 d2507-5:3 d2507-6:3 d2509-2:3 d2509-3:3 d2502-8:2 d2509-1:2 d2502-7:1 d2507-2:1"
           " d2507-4:1 d2509-0:1",
    # suburbs passing their own welcoming ordinances: Melrose Park, Skokie; River Forest's resolution named 2; Atlanta
    # (a city, a resolution) 1.
    "yc4": "d2502-7:3 d2508-3:3 d2502-8:2 d2508-7:2 d2508-8:2 d2508-9:2 d2509-1:2 d2504-3:1 d2504-8:1 d2508-10:1",
    # Todd Rokita sanctuary jurisdiction: his words and actions 3; the law he enforces, without his name 2.
    "ys1": "d2501-1:3 d2501-2:3 d2501-3:3 d2501-5:3 d2501-4:2",
    # Terri Bryant ICE prison: her post and her promise 3; the prison directive she answers 1.
    "ys2": "d2505-2:3 d2505-3:3 d2505-1:1",
    # Kasim Reed Atlanta police ICE: his police quote 3; his DACA remark 2; the resolution and the referral to his office 1.
    "ys3": "d2504-11:3 d2504-10:2 d2504-3:1 d2504-8:1 d2504-9:1",
    # Anthony Napolitano sanctuary referendum: his two statements 3; the referendum meeting without him 1.
    "ys4": "d2506-3:3 d2506-6:3 d2506-1:1 d2506-2:1",
}

# Not content: headlines, page titles, subheads, bylines, date lines, captions, credits, widgets and site chrome. The
# judge of this set also annotated part Y, so this hand list is the same call as the gold's title and boilerplate rows
# (27: 12 title, 15 boilerplate; SOURCES-y.md), and build_relevance.py checks that it matches
# ../devset/fresh-y/gold-fresh-y.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d2500": [0, 1],                              # headline, share widget
    "d2501": [0],                                 # headline
    "d2502": [0, 1, 2, 3, 4, 5, 6],               # tracker label, site name, date line, headline, image name, two credits
    "d2504": [0, 1, 2, 4],                        # headline, photo caption, photo credit, "Like us on Facebook"
    "d2505": [0],                                 # headline
    "d2506": [0],                                 # byline
    "d2507": [0],                                 # photo caption and credit
    "d2508": [0, 1, 2],                           # headline, date and byline, photo caption
    "d2510": [0, 1],                              # post title, salutation
    "d2511": [0, 1, 3, 6, 8],                     # page title, headline, three subheads
}
