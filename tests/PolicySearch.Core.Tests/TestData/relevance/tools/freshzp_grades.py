# Hand judgments of the fresh-zp held-out queries (tools/freshzp_queries.py) over the content paragraphs of
# ../devset/fresh-zp/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 67 content paragraphs of part ZP was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Ferris after "he said", or Biss after "the message reads").
GRADES = {
    # sanctuary city referendum Chicago ballot: FOX 32's meeting preview, CBS's and Breitbart's reports of the vote.
    "zpk1": "d4203-1:3 d4203-2:3 d4203-6:3 d4204-2:3 d4204-3:3 d4204-4:3 d4205-3:3 d4205-4:3 d4205-5:3 d4203-0:2"
            " d4204-5:2 d4204-6:2 d4204-7:2 d4205-8:2 d4205-9:2 d4205-10:2 d4205-11:2 d4203-3:1 d4203-4:1 d4203-5:1"
            " d4204-8:1 d4205-6:1 d4205-7:1",
    # Way Forward Act ICE detention contracts: the Lake McHenry Scanner report.
    "zpk2": "d4202-0:3 d4202-1:3 d4202-2:3 d4202-3:3 d4202-4:3 d4202-5:2 d4202-6:2 d4202-7:2 d4202-8:2 d4202-9:1"
            " d4202-10:1 d4202-11:1",
    # Woodford County non-sanctuary resolution.
    "zpk3": "d4206-3:3 d4206-4:3 d4206-6:3 d4206-5:2 d4206-7:2 d4206-8:1 d4206-9:1",
    # Evanston ICE not welcome Welcoming City.
    "zpk4": "d4208-0:3 d4208-4:3 d4208-5:3 d4208-1:2 d4208-2:2 d4208-8:2 d4208-3:1 d4208-6:1 d4208-7:1",
    # "sanctuary state bill": the exact phrase 3 (d4201-4; d4200's headline is not content); "sanctuary state act" or
    # "sanctuary state" 2; the dispute without the words 1.
    "zpp1": "d4201-4:3 d4200-4:2 d4201-2:2 d4200-5:1 d4201-0:1 d4201-5:1",
    # "non-sanctuary": the exact word 3; "the resolution", "the proposal" 1-2.
    "zpp2": "d4206-3:3 d4206-6:3 d4206-4:2 d4206-5:1 d4206-7:1 d4206-8:1",
    # "sanctuary city ordinance": the exact phrase 3 (d4204-7); "Sanctuary City" ordinance in quotes, the Welcoming
    # City Ordinance, "this ordinance" 2; the ordinance in passing 1.
    "zpp3": "d4204-7:3 d4203-3:2 d4203-4:2 d4204-8:2 d4205-6:2 d4205-7:1 d4208-4:1",
    # "build trust": the exact phrase 3; trust between residents and police without it 2.
    "zpp4": "d4207-7:3 d4207-8:2 d4207-6:1",
    # letting voters decide whether a city stays a sanctuary.
    "zpc1": "d4203-2:3 d4204-2:3 d4204-3:3 d4204-5:3 d4204-6:3 d4205-3:3 d4205-5:3 d4205-9:3 d4203-0:2 d4203-1:2"
            " d4203-6:2 d4204-4:2 d4205-4:2 d4205-8:2 d4205-11:2 d4204-7:1 d4204-8:1 d4205-10:1",
    # county jails paid to hold immigration detainees.
    "zpc2": "d4202-4:3 d4202-6:3 d4202-8:3 d4202-9:3 d4202-0:2 d4202-2:2 d4202-3:2 d4202-7:2 d4202-10:2 d4202-11:2"
            " d4202-1:1 d4202-5:1",
    # cost of caring for migrants used against sanctuary status (and the rebuttals).
    "zpc3": "d4205-9:3 d4204-6:2 d4204-7:2 d4204-8:2 d4205-7:2 d4206-8:2 d4206-7:1 d4206-9:1",
    # TRUST Act called a sanctuary law in disguise.
    "zpc4": "d4200-4:3 d4200-5:3 d4201-4:3 d4201-2:2 d4201-5:2 d4200-6:1 d4201-0:1 d4201-6:1",
    # Brandon Johnson congressional hearing sanctuary.
    "zps1": "d4207-6:3 d4207-7:3 d4207-8:3 d4207-12:3 d4207-11:1 d4204-4:1 d4205-3:1",
    # Anthony Beale referendum sanctuary city.
    "zps2": "d4204-5:3 d4204-6:3 d4204-4:2 d4205-11:2",
    # Daniel Biss ICE Evanston.
    "zps3": "d4208-0:3 d4208-5:3 d4208-8:3 d4208-1:2 d4208-2:2 d4208-6:2 d4208-4:1 d4208-7:1",
    # David McSweeney SB 31 repeal.
    "zps4": "d4201-4:3 d4201-3:2 d4201-5:1",
}

# Not content: headlines, deks, bylines, credits, captions, site chrome, newsletter prompts. The judge of this set also
# annotated part ZP, so this hand list is the same call as the gold's title and boilerplate rows (20: 8 title, 12
# boilerplate; SOURCES-zp.md), and build_relevance.py checks that it matches ../devset/fresh-zp/gold-fresh-zp.jsonl.
# Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d4200": [0, 1, 2, 3],                        # headline, photo credit, author line, "Font Size:"
    "d4204": [0, 1],                              # headline, video title
    "d4205": [0, 1, 2],                           # headline, photo caption, photo credit
    "d4206": [0, 1, 2],                           # headline, byline, photo caption
    "d4207": [0, 1, 2, 3, 4, 5, 9, 10],           # skip link, headline, dek, photo credit and caption, dek repeat, two newsletter prompts
}
