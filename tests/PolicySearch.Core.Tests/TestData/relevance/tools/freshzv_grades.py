# Hand judgments of the fresh-zv held-out queries (tools/freshzv_queries.py) over the content paragraphs of
# ../devset/fresh-zv/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 51 content paragraphs of part ZV was read against every query, article by article (816 pairs), and every
# paragraph graded 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun
# or an obvious continuation, such as Ives's statement after its lead-in, or "The sheriff says" in d4807).
GRADES = {
    # IDOC ICE transfer policy sheriffs: the 2020 IDOC change, in WGN and WLDS; Devane's released-prisoners claim 1.
    "zvk1": "d4807-0:3 d4807-1:3 d4807-4:3 d4807-6:3 d4808-0:3 d4808-1:3 d4807-2:2 d4807-3:2 d4807-5:2 d4807-7:2"
            " d4807-8:2 d4807-9:2 d4808-2:2 d4807-10:1 d4804-3:1",
    # McHenry County jail ICE contract: the committee resolution and blog, the Huntley story; the counties' suit 1-2.
    "zvk2": "d4803-3:3 d4803-4:3 d4806-1:3 d4806-2:3 d4803-1:2 d4803-8:2 d4803-9:2 d4803-11:2 d4806-3:2 d4806-7:2"
            " d4805-1:2 d4803-5:1 d4803-12:1 d4806-4:1 d4806-6:1 d4805-2:1 d4805-3:1 d4805-4:1",
    # sanctuary campus protest.
    "zvk3": "d4800-2:3 d4800-6:3 d4800-3:2 d4800-4:2 d4800-5:2",
    # Byrne JAG injunction Seventh Circuit: the release's account of the ruling (the grant unnamed) and Emanuel on it.
    "zvk4": "d4802-5:3 d4802-6:2",
    # "less safe": the exact phrase 3; "at risk", "more dangerous" without it 2; dangerous inmates, "Dangerous" 1.
    "zvp1": "d4801-9:3 d4807-0:3 d4801-7:2 d4807-2:2 d4807-8:2 d4804-3:1 d4807-5:1",
    # "undocumented students": the exact phrase 3; the privacy of its students 1.
    "zvp2": "d4800-5:3 d4800-6:3 d4800-2:1",
    # "federal lawsuit": the exact phrase 3; a lawsuit in federal (U.S. District) court without it 2; the suit in passing 1.
    "zvp3": "d4806-7:3 d4804-0:2 d4805-1:2 d4805-3:2 d4804-1:1 d4804-2:1 d4805-4:1",
    # "Department of Corrections": the exact phrase 3; state custody, state correctional facility, Pontiac 2.
    "zvp4": "d4808-0:3 d4807-1:2 d4807-6:2 d4808-1:2 d4807-4:1 d4808-2:1",
    # felons released into communities instead of turned over to immigration agents.
    "zvc1": "d4804-3:3 d4807-6:3 d4807-7:3 d4808-1:3 d4807-0:2 d4807-1:2 d4807-2:2 d4807-5:2 d4807-9:2 d4808-0:2"
            " d4808-2:2 d4807-4:1 d4807-8:1",
    # legal challenges by sheriffs and counties to state limits on helping ICE.
    "zvc2": "d4804-0:3 d4804-1:3 d4804-2:3 d4805-1:3 d4805-3:3 d4805-4:3 d4806-7:3 d4804-3:2 d4805-2:1 d4806-6:1",
    # Republicans attacking Rauner or Pritzker over sanctuary state policy.
    "zvc3": "d4801-9:3 d4807-0:3 d4807-8:3 d4801-6:2 d4801-8:2 d4805-4:2 d4807-5:2 d4807-9:2 d4801-7:1 d4807-10:1"
            " d4808-0:1",
    # city won't trade its immigrant-protection values for federal police grant money; a campus's worry for its funding 1.
    "zvc4": "d4802-5:3 d4802-6:3 d4800-3:1",
    # Mike Downey Kankakee sheriff ICE: his statements 3; his office's release and the Kankakee jail 1.
    "zvs1": "d4805-4:3 d4807-2:3 d4807-3:3 d4807-4:3 d4807-6:3 d4807-7:3 d4805-5:1 d4808-1:1",
    # Jeanne Ives Trust Act: her statement 3; its lead-in and her campaign release's own line 2; Homan quoted by it 1.
    "zvs2": "d4801-9:3 d4801-6:2 d4801-8:2 d4801-7:1",
    # Ed Yohnka ACLU sheriffs lawsuit: Yohnka 3; the ACLU as itself 2; Devane's reply 1.
    "zvs3": "d4804-1:3 d4804-0:2 d4804-2:1",
    # Kait McIntyre sanctuary campus: her quote and her address to the Board 3; the protest without her 1.
    "zvs4": "d4800-5:3 d4800-6:3 d4800-2:1",
}

# Not content: headlines, page title, menu and subscription lines, date lines, labels, the quoted resolution's title,
# date and signature lines, newsletter prompts. The judge of this set also annotated part ZV, so this hand list is the
# same call as the gold's title and boilerplate rows (21: 9 title, 12 boilerplate; SOURCES-zv.md), and
# build_relevance.py checks that it matches ../devset/fresh-zv/gold-fresh-zv.jsonl. Judged paragraphs must not be
# among them (build_relevance.py checks).
NOT_CONTENT = {
    "d4800": [0, 1, 7],                           # headline, date line, newsletter prompt
    "d4801": [0, 1, 2, 3, 4, 5],                  # page title, menu, subscribe line, headline, date line, source label
    "d4802": [0, 1, 2, 3, 4],                     # two issuer labels, date line, headline, dek
    "d4803": [0, 2, 6, 7],                        # headline, resolution title, resolution date and signature lines
    "d4805": [0, 6],                              # headline, newsletter prompt
    "d4806": [0],                                 # headline
}
