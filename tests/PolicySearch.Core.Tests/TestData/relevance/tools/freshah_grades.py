# Hand judgments of the fresh-ah held-out queries (tools/freshah_queries.py) over the content paragraphs of
# ../devset/fresh-ah/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 65 content paragraphs of part AH was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Carrillo's "she said" in d6009, the League's letter voice in d6001, or the first-person voice of
# the Springfield mayor's op-ed in d6005 and of the DeKalb police column in d6000, whose lines never name their author).
GRADES = {
    # Springfield mayor police ICE sweeps: the mayor's op-ed (d6005) and the letter against him (d6004); Evanston's
    # mayor on the same point elsewhere 1.
    "ahk1": "d6005-0:3 d6005-3:3 d6004-4:3 d6005-1:2 d6005-2:2 d6005-4:2 d6004-5:2 d6004-6:2 d6004-7:1 d6006-6:1",
    # Bloomington Welcoming Cities ordinance vote: WGLT's 2021 vote and WZND's vigil 2-3; Normal's ordinance 2; the vigil's
    # other lines 1.
    "ahk2": "d6009-10:3 d6009-11:3 d6009-12:3 d6009-15:3 d6009-16:3 d6009-19:3 d6008-6:3 d6008-7:3 d6008-8:3"
            " d6009-13:2 d6009-14:2 d6009-17:2 d6009-18:2 d6003-1:2 d6003-2:2 d6003-4:2"
            " d6008-9:1 d6008-10:1 d6008-11:1 d6008-12:1 d6008-13:1 d6008-14:1 d6008-15:1 d6008-16:1 d6003-3:1 d6003-5:1",
    # Corrections ICE transfers released felons: the Southern Illinois legislators' op-ed.
    "ahk3": "d6007-0:3 d6007-1:3 d6007-2:3 d6007-3:3 d6007-4:2",
    # Kankakee jail federal detention contract bill: Parkhurst's HB 4136; county jails' past transfers to ICE 1.
    "ahk4": "d6002-1:3 d6002-2:3 d6002-3:2 d6007-1:1",
    # "primary immigration enforcement": the exact phrase 3 (d6000-0); police not assisting ICE enforcement, and the
    # 287(g) agreements to perform enforcement duties, 1.
    "ahp1": "d6000-0:3 d6000-6:1 d6005-0:1 d6006-6:1",
    # "Welcoming Cities": the exact phrase 3; the same ordinance unnamed, or Normal's "Welcoming Ordinance", 2; the
    # ordinance in passing and Chicago's and Evanston's "Welcoming City Ordinance" 1.
    "ahp2": "d6008-6:3 d6008-8:3 d6009-10:3 d6009-13:3 d6009-16:3 d6009-18:3 d6008-7:2 d6009-11:2 d6009-12:2 d6009-15:2"
            " d6003-1:2 d6009-14:1 d6009-19:1 d6006-7:1 d6003-2:1 d6003-4:1",
    # "ICE sweeps": the exact phrase 3 (d6005-0); police not working with or assisting ICE enforcement 2; the raids
    # themselves 1.
    "ahp3": "d6005-0:3 d6004-4:2 d6005-1:2 d6006-6:2 d6006-2:1 d6006-4:1",
    # "foster trust": the exact phrase 3 (d6001-1); "foster cooperation", "help build Trust", "reduce fear" 2; victims
    # coming forward, separation from ICE 1.
    "ahp4": "d6001-1:3 d6001-4:2 d6002-6:2 d6000-4:2 d6001-2:1 d6009-15:1",
    # why limiting police cooperation with ICE builds trust with immigrants.
    "ahc1": "d6001-1:3 d6001-2:3 d6001-4:3 d6000-4:2 d6002-6:2 d6001-0:1 d6001-5:1 d6000-5:1 d6009-15:1 d6009-18:1"
            " d6006-5:1 d6006-7:1 d6005-0:1",
    # released immigrant prisoners endangering public safety: the legislators' op-ed; the letter's crime warning 2; the
    # answers to the charge and "keep us safe" 1.
    "ahc2": "d6007-0:3 d6007-3:3 d6007-1:2 d6007-2:2 d6007-4:2 d6004-5:2 d6005-4:1 d6002-2:1 d6002-6:1",
    # local officials pledging police will not help ICE raids: DeKalb, Springfield, Evanston.
    "ahc3": "d6000-0:3 d6005-0:3 d6006-6:3 d6004-4:2 d6005-3:2 d6005-1:1 d6005-2:1 d6005-4:1 d6006-7:1 d6006-8:1"
            " d6008-8:1 d6009-15:1 d6003-2:1",
    # whether a welcoming ordinance changes anything in practice: the Normal blog post; Carrillo against a watered-down
    # version 2; the rest 1.
    "ahc4": "d6003-1:3 d6003-2:3 d6003-3:2 d6003-4:2 d6009-17:2 d6009-15:1 d6009-16:1 d6000-0:1 d6008-8:1 d6006-7:1"
            " d6002-6:1 d6002-7:1",
    # Langfelder Springfield police ICE: his op-ed's voice (named only in its URL, graded on its words) and the letter
    # reporting his statements.
    "ahs1": "d6005-0:3 d6004-4:3 d6005-1:2 d6005-2:2 d6005-3:2 d6005-4:2 d6004-5:2 d6004-6:2 d6004-7:1",
    # Lindsay Parkhurst TRUST Act jails: her bill and her words 3; the bill without her name 2; the reader comment 1.
    "ahs2": "d6002-1:3 d6002-2:3 d6002-3:2 d6002-6:1",
    # Jenn Carrillo welcoming ordinance ICE: her proposal and words 3; her background 2; the vote around her 1.
    "ahs3": "d6009-12:3 d6009-15:3 d6009-16:3 d6009-17:3 d6009-13:2 d6009-10:1 d6009-11:1 d6009-18:1 d6009-19:1",
    # League of Women Voters TRUST Act: the League's opening 3; the letter's reasons (its voice, not named) 2; the
    # bill's sponsors 1.
    "ahs4": "d6001-0:3 d6001-1:2 d6001-2:2 d6001-4:2 d6001-5:2 d6001-3:1",
}

# Not content: headlines, subheads, bylines, signature, site and player chrome, comment headers, credits and captions.
# The judge of this set also annotated part AH, so this hand list is the same call as the gold's title and boilerplate
# rows (29: 6 title, 23 boilerplate; SOURCES-ah.md), and build_relevance.py checks that it matches
# ../devset/fresh-ah/gold-fresh-ah.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d6002": [0, 4, 5],                           # headline, "1 comment :", comment author line
    "d6003": [0],                                 # byline
    "d6004": [0, 1, 2, 3, 8, 9],                  # headline, byline label, paper name, two comment links, signature
    "d6006": [0, 1],                              # headline, byline
    "d6008": [0, 1, 2, 3, 4, 5],                  # station name, three player lines, headline, date line
    "d6009": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20],  # copyright, tagline, four player lines, series label, headline,
                                                  # image credit and caption, subhead
}
