# Hand judgments of the fresh-zs held-out queries (tools/freshzs_queries.py) over the content paragraphs of
# ../devset/fresh-zs/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 52 content paragraphs of part ZS was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Cobb after "he said", Comer after "he said", or Kendoll, named in the caption before her quote).
# d4503 (WILL, the Urbana sanctuary-city story) was removed as a duplicate of part ZR's d4407, and its judgments with it.
GRADES = {
    # ICE detention center Winnebago County jail: the Rockford Register Star article throughout.
    "zsk1": "d4501-0:3 d4501-1:3 d4501-2:3 d4501-3:3 d4501-4:3 d4501-5:3 d4501-6:2",
    # Oregon Measure 105 sanctuary repeal: the Statesman Journal post-mortem.
    "zsk2": "d4505-4:3 d4505-5:3 d4505-6:3 d4505-12:3 d4505-13:3 d4505-15:3 d4505-7:2 d4505-8:2 d4505-10:2 d4505-11:2",
    # Byrne JAG nationwide injunction: the Prison Legal News report; funding threats elsewhere 1.
    "zsk3": "d4504-4:3 d4504-6:2 d4504-5:1 d4506-9:1",
    # Wisconsin sheriffs 287(g) ACLU report: Urban Milwaukee.
    "zsk4": "d4507-1:3 d4507-2:3 d4507-3:3 d4507-4:2 d4507-5:2 d4507-6:1",
    # "fully compliant": the exact phrase twice (NBC Chicago).
    "zsp1": "d4506-5:3 d4506-6:3",
    # "valid warrant": the exact phrase once; "When there's no warrant" 2.
    "zsp2": "d4502-4:3 d4502-5:2",
    # "anti-profiling law": the exact phrase once; "Oregonians United Against Profiling" 1.
    "zsp3": "d4505-5:3 d4505-15:1",
    # "reporting crime": the exact phrase once (McNamara); "feel comfortable calling police officers" 2; neighbours 1.
    "zsp4": "d4501-4:3 d4506-6:2 d4501-3:1 d4502-7:1 d4504-5:1",
    # city leaders opposing jail beds rented to ICE: McNamara; the sheriff's side 1-2.
    "zsc1": "d4501-0:3 d4501-1:3 d4501-3:3 d4501-4:3 d4501-2:2 d4501-5:2 d4501-6:1",
    # police who do not ask about immigration status: Cobb; the Rockford sheriff's deputies; Chicago's ordinance.
    "zsc2": "d4502-4:3 d4502-10:3 d4502-5:2 d4502-6:2 d4501-2:2 d4504-5:2 d4502-0:1 d4502-2:1 d4502-3:1 d4506-6:1",
    # sanctuary status making poverty and crime worse for citizens: the ZeroHedge commentary; Kendoll and Comer 2.
    "zsc3": "d4500-6:3 d4500-7:3 d4500-8:3 d4500-12:3 d4500-5:2 d4500-9:2 d4500-10:2 d4505-10:2 d4506-4:2",
    # Republicans in Congress accusing governors of shielding criminal immigrants: Comer and the governor's answer.
    "zsc4": "d4506-3:3 d4506-4:3 d4506-1:2 d4506-5:2 d4506-6:2 d4506-9:2 d4506-0:1 d4506-7:1",
    # Tom McNamara detention center.
    "zss1": "d4501-0:3 d4501-1:3 d4501-3:3 d4501-4:3",
    # Anthony Cobb immigration warrant: his statements on warrants, DHS and status 3; on ICE visits and advice 1-2.
    "zss2": "d4502-4:3 d4502-5:3 d4502-6:3 d4502-10:3 d4502-0:2 d4502-2:2 d4502-3:2 d4502-9:2 d4502-1:1 d4502-7:1"
            " d4502-8:1",
    # James Comer governors sanctuary.
    "zss3": "d4506-3:3 d4506-4:3 d4506-1:2 d4506-5:1",
    # Cynthia Kendoll Measure 105: her quote (named in the caption before it); named without a statement 2; OFIR 1.
    "zss4": "d4505-10:3 d4505-8:2 d4505-7:1",
}

# Not content: headlines, subheads, bylines, date lines, captions, labels, promos, notices. The judge of this set also
# annotated part ZS, so this hand list is the same call as the gold's title and boilerplate rows (19: 4 title, 15
# boilerplate; SOURCES-zs.md), and build_relevance.py checks that it matches ../devset/fresh-zs/gold-fresh-zs.jsonl.
# Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d4500": [0, 1, 2, 3, 4, 11],                 # headline, author photo, byline, date line, author credit, subhead
    "d4501": [],
    "d4502": [],
    "d4504": [0, 1, 2, 3],                        # skip link, paywall notice, headline, byline
    "d4505": [0, 1, 2, 3, 9, 14],                 # headline, byline name and outlet, two captions, related headline
    "d4506": [2, 8],                              # streaming promo, section label
    "d4507": [0],                                 # newsletter promo
}
