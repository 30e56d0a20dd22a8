# Hand judgments of the fresh-zr held-out queries (tools/freshzr_queries.py) over the content paragraphs of
# ../devset/fresh-zr/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 55 content paragraphs of part ZR was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Glenberg's statement after its lead-in in d4400, or "They" = ICE in d4409).
GRADES = {
    # DOJ letters TRUST Act compliance grant money: the ACLU of Illinois statement; the letter writer's "not in
    # conflict with the U.S. Department of Justice" 2; Urbana's federal-funds risk 1.
    "zrk1": "d4400-0:3 d4400-2:3 d4400-3:3 d4400-4:2 d4405-6:2 d4400-1:1 d4407-4:1",
    # 287(g) agreements Texas counties.
    "zrk2": "d4403-4:3 d4403-3:2",
    # Welcoming City Ordinance amendment Lopez Tabares: the FOX 32 report; the 2023 repeal push in the ICIRR remarks 1.
    "zrk3": "d4404-3:3 d4404-1:2 d4404-4:2 d4404-5:2 d4404-8:2 d4404-9:2 d4404-11:2 d4404-6:1 d4406-4:1 d4406-5:1",
    # Urbana sanctuary city federal funds: the WILL story; ICE seen in Urbana (Daily Illini) 1.
    "zrk4": "d4407-4:3 d4407-5:2 d4402-0:1",
    # "does not make Illinois a sanctuary state": the exact phrase 3; the letter's contrast with sanctuary states 2;
    # the opposite claim ("made Illinois a “sanctuary state”") and the letter's neighbouring points 1.
    "zrp1": "d4405-3:3 d4405-4:2 d4405-6:1 d4405-9:1 d4408-1:1",
    # "sanctuary city status": the exact phrase 3; "status as a ”sanctuary city.”", "sanctuary status" 2; a city
    # declaring or being a sanctuary city 1.
    "zrp2": "d4404-5:3 d4404-1:2 d4406-4:2 d4404-11:1 d4407-4:1 d4409-0:1",
    # "federal money": the exact phrase 3; "grant money", "federal funds", "federal funding" 2.
    "zrp3": "d4400-2:3 d4400-0:2 d4405-6:2 d4407-4:2",
    # "dangerous policies": the exact phrase 3; sanctuary policies "creating a dangerous culture" 2; "a dangerous
    # practice" (hampering local law enforcement) 1.
    "zrp4": "d4409-5:3 d4409-4:2 d4405-5:1",
    # immigrant advocates thanking Rauner for agreeing to sign.
    "zrc1": "d4401-3:3 d4401-5:3 d4401-2:2",
    # federal officials blaming sanctuary policies for releasing dangerous criminals: ICE and Wong in d4409; the DOJ's
    # compliance threat 1.
    "zrc2": "d4409-4:3 d4409-5:3 d4409-0:1 d4409-1:1 d4409-3:1 d4400-0:1",
    # sanctuary protections unrelated to migrant shelter costs: the ICIRR remarks; the petition's cost claim 1.
    "zrc3": "d4406-4:3 d4406-5:3 d4406-3:2 d4408-1:1",
    # laws that make immigrants less afraid of local police.
    "zrc4": "d4405-7:3 d4401-5:2 d4406-5:2 d4400-4:1 d4401-4:1 d4402-4:1 d4405-2:1 d4405-5:1 d4407-5:1",
    # Rebecca Glenberg ACLU TRUST Act: her statement 3; the lead-in naming her 2.
    "zrs1": "d4400-2:3 d4400-3:3 d4400-4:3 d4400-1:2",
    # Frank Chapman Welcoming City.
    "zrs2": "d4404-5:3 d4404-6:3",
    # Ricardo Wong ICE Chicago: his quote 3; the lead-in to it (ICE, "They") 1.
    "zrs3": "d4409-5:3 d4409-4:1",
    # Andy Kang Advancing Justice TRUST Act.
    "zrs4": "d4401-3:3",
}

# Not content: headlines, deks, subheads, site chrome, captions, prompts. The judge of this set also annotated part ZR,
# so this hand list is the same call as the gold's title and boilerplate rows (20: 12 title, 8 boilerplate;
# SOURCES-zr.md), and build_relevance.py checks that it matches ../devset/fresh-zr/gold-fresh-zr.jsonl. Judged
# paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d4400": [],                                  # a statement page: every line is content
    "d4401": [0, 1],                              # headline, dek
    "d4402": [5, 8],                              # newsletter prompt, subhead
    "d4403": [0, 1, 2],                           # skip link, site brand, headline
    "d4404": [0, 2, 7, 10],                       # headline, three subheads
    "d4405": [0],                                 # headline
    "d4406": [0, 1],                              # page anchor, title
    "d4407": [0, 1, 2, 3],                        # section label, headline, caption, caption with credit
    "d4408": [0, 3],                              # headline, petition prompt
    "d4409": [],                                  # no headline in the stored text
}
