# The fresh-zv held-out queries: (id, query as a researcher types it, class, information need).
# Over the 9 articles of ../devset/fresh-zv/articles/ (part ZV, measured only, never used for any tuning). Written after
# reading all 9 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzv_grades.py). A held-out set beside
# the fresh, fresh-g and fresh-m to fresh-zu ones. Nothing is ever tuned on them: they are measured only. No query
# string repeats one of another set (checked against every relevance/*-queries.tsv before writing; "Way Forward Act",
# "sanctuary state", "welcoming city", "ICE contract", "community policing", "ICE detainees", "immigration status",
# "illegal aliens" and "Trust Act" as quoted phrases were taken, so other phrases were chosen).
QUERIES = [
    ("zvk1", "IDOC ICE transfer policy sheriffs", "keyword", "The 2020 change by which the Illinois Department of Corrections stopped handing released non-citizen felons to ICE (via Kankakee County), and the sheriffs' and lawmakers' objections to it."),
    ("zvk2", "McHenry County jail ICE contract", "keyword", "McHenry County's contract to hold ICE detainees in its jail: the votes on ending it, the county's lawsuit to keep it, and what people said about it."),
    ("zvk3", "sanctuary campus protest", "keyword", "Protests and petitions asking a university (the University of Illinois) to declare itself a sanctuary campus, and the university's refusal."),
    ("zvk4", "Byrne JAG injunction Seventh Circuit", "keyword", "The Seventh Circuit's 2018 affirmation of the nationwide injunction against the Justice Department's immigration conditions on Byrne JAG public-safety grants, and Chicago's reaction."),
    ("zvp1", "\"less safe\"", "phrase", "Exact phrase: less safe, in claims that sanctuary policies or limits on ICE cooperation make communities less safe."),
    ("zvp2", "\"undocumented students\"", "phrase", "Exact phrase: undocumented students, on protecting them from immigration enforcement on campus."),
    ("zvp3", "\"federal lawsuit\"", "phrase", "Exact phrase: federal lawsuit, on suits filed in federal court over Illinois laws limiting cooperation with ICE."),
    ("zvp4", "\"Department of Corrections\"", "phrase", "Exact phrase: Department of Corrections, on the Illinois Department of Corrections' policy on handing released inmates to ICE."),
    ("zvc1", "felons released into communities instead of turned over to immigration agents", "concept", "The argument that state limits on ICE cooperation release dangerous non-citizen inmates into communities instead of transferring them to federal custody."),
    ("zvc2", "legal challenges by sheriffs and counties to state limits on helping ICE", "concept", "Lawsuits by Illinois sheriffs or counties against the TRUST Act or the Way Forward Act, what they argue and how they fared."),
    ("zvc3", "Republicans attacking Rauner or Pritzker over sanctuary state policy", "concept", "Republican politicians blaming Illinois governors for making Illinois a sanctuary state or for state policies that limit cooperation with ICE."),
    ("zvc4", "city won't trade its immigrant-protection values for federal police grant money", "concept", "A city's refusal to give up its welcoming or sanctuary policy to receive federal law-enforcement grants, and court wins backing it."),
    ("zvs1", "Mike Downey Kankakee sheriff ICE", "speaker", "What Kankakee County Sheriff Mike Downey said about ICE transfers, the IDOC policy change and the Way Forward Act ruling."),
    ("zvs2", "Jeanne Ives Trust Act", "speaker", "What state Rep. and governor candidate Jeanne Ives said about the TRUST Act and sanctuary policies."),
    ("zvs3", "Ed Yohnka ACLU sheriffs lawsuit", "speaker", "What ACLU of Illinois spokesperson Ed Yohnka (or the ACLU) said about the sheriffs' lawsuit against the Trust Act."),
    ("zvs4", "Kait McIntyre sanctuary campus", "speaker", "What organizer Kait McIntyre (and the protesters with her) said in demanding that the University of Illinois become a sanctuary campus."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
