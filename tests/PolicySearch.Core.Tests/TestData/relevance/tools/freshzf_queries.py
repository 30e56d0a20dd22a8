# The fresh-zf held-out queries: (id, query as a researcher types it, class, information need).
# Over the 8 articles of ../devset/fresh-zf/articles/ (part ZF, measured only, never used for any tuning). Written after
# reading all 8 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzf_grades.py). Another held-out set
# beside the fresh, fresh-g and fresh-m to fresh-zd ones. Nothing is ever tuned on them: they are measured only. No
# query string repeats one of another set (checked against every relevance/*-queries.tsv before writing; the phrase
# "sanctuary cities" was dropped for that reason).
QUERIES = [
    ("zfk1", "Milwaukee sheriff ICE detainer policy", "keyword", "The Milwaukee County Sheriff's Office's 2018 decision to stop holding people on ICE detainers, and what led to it."),
    ("zfk2", "Iowa sanctuary cities ban state funding", "keyword", "Iowa's 2018 law denying state funds to jurisdictions that do not cooperate with federal immigration authorities, and the case made against it."),
    ("zfk3", "DuPage County resolution ICE", "keyword", "The DuPage County Board's October 2025 resolution on ICE enforcement and county property, what it says and who backed it."),
    ("zfk4", "Abbott migrant buses sanctuary city Lightfoot", "keyword", "Texas Gov. Greg Abbott's busing of migrants to sanctuary cities such as Chicago in 2022 and Mayor Lightfoot's response."),
    ("zfp1", "\"inmigrantes ilegales\"", "phrase", "Exact phrase: inmigrantes ilegales (Spanish), in coverage of the suit against Illinois' and Chicago's sanctuary laws."),
    ("zfp2", "\"lacked standing\"", "phrase", "Exact phrase: lacked standing, on court findings that plaintiffs in a sanctuary-law case had no standing to sue."),
    ("zfp3", "\"fair path to citizenship\"", "phrase", "Exact phrase: fair path to citizenship, the name of the DuPage County resolution."),
    ("zfp4", "\"detainer request\"", "phrase", "Exact phrase: detainer request(s), on ICE requests that local jails hold someone."),
    ("zfc1", "states punishing cities that limit police cooperation with ICE", "concept", "Laws, suits and threats by state or federal governments to penalize, defund or sue local or state jurisdictions for limiting police cooperation with ICE."),
    ("zfc2", "holding people for ICE without a judge's warrant is unconstitutional", "concept", "The argument that jails holding people on ICE detainers without a judicial warrant violate the Fourth Amendment and expose themselves to liability."),
    ("zfc3", "sanctuary city hypocrisy when migrants actually arrive", "concept", "Charges that sanctuary cities and their mayors failed to live up to their welcome once migrants were bused to them."),
    ("zfc4", "county leaders refusing to help federal immigration raids", "concept", "County and city officials, sheriffs or boards declaring that they will not assist ICE enforcement operations or let their property be used for them."),
    ("zfs1", "Pam Bondi Illinois Chicago lawsuit", "speaker", "What Attorney General Pam Bondi said about the Justice Department's suit against Illinois' and Chicago's sanctuary laws."),
    ("zfs2", "Deborah Conroy DuPage immigration", "speaker", "What DuPage County Board Chair Deborah Conroy said about the county's immigration resolution."),
    ("zfs3", "Lori Lightfoot sanctuary migrants Texas", "speaker", "What Chicago Mayor Lori Lightfoot said about Chicago as a sanctuary for migrants bused from Texas."),
    ("zfs4", "Johnston ruling sheriffs TRUST Act standing", "speaker", "What the federal judge (Johnston, J.) held and reasoned in dismissing the four sheriffs' suit against the Illinois TRUST Act for lack of standing."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
