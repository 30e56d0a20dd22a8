# The fresh-ze held-out queries: (id, query as a researcher types it, class, information need).
# Over the 8 articles of ../devset/fresh-ze/articles/ (part ZE, measured only, never used for any tuning). Written after
# reading all 8 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshze_grades.py). A held-out set beside the
# fresh, fresh-g and fresh-m to fresh-zd ones. Nothing is ever tuned on them: they are measured only. No query string
# repeats one of another set (checked against every relevance/*-queries.tsv before writing).
QUERIES = [
    ("zek1", "Measure 105 Oregon sanctuary law vote", "keyword", "Oregon's 2018 Measure 105 to repeal the state's 1987 sanctuary law: what it would do, the campaigns for and against, and the vote that kept the law."),
    ("zek2", "Way Forward Act trust police immigrants", "keyword", "Illinois' 2021 Way Forward Act limiting police work with ICE, and the argument that it builds trust between immigrants and police."),
    ("zek3", "TRUST Act local government compliance home rule", "keyword", "What the Illinois TRUST Act requires of local governments and their police, how they should comply, and its relation to home rule and federal policy."),
    ("zek4", "Operation Midway Blitz Chicago sanctuary", "keyword", "The 2025 federal enforcement operation in Chicago and how the city's and state's sanctuary protections respond to it."),
    ("zep1", "\"un-American\"", "phrase", "Exact phrase: un-American, as said of sanctuary cities."),
    ("zep2", "\"Know Your Rights\"", "phrase", "Exact phrase: Know Your Rights, the immigrant-rights trainings and their role in resisting ICE in Chicago."),
    ("zep3", "\"sanctuary state law\"", "phrase", "Exact phrase: sanctuary state law, a state statute limiting police help with immigration enforcement."),
    ("zep4", "\"law enforcement agency\"", "phrase", "Exact phrase: law enforcement agency, in what sanctuary laws let or forbid an agency to do on immigration."),
    ("zec1", "voters deciding whether to keep a sanctuary law", "concept", "A ballot vote on repealing or keeping a law that limits police cooperation with immigration enforcement, the arguments put to voters and the result."),
    ("zec2", "why some cities refuse to cooperate with ICE", "concept", "The reasons given for limiting local cooperation with ICE: trust and crime reporting, morals, resources, racial profiling, legal risk."),
    ("zec3", "legal advice to towns on complying with state limits on immigration enforcement", "concept", "Guidance written for local governments or police on what a state sanctuary law requires of them and what risks it carries."),
    ("zec4", "federal immigration officials attacking Chicago for resisting ICE", "concept", "Federal immigration officials (ICE leaders, the border czar) criticising or threatening Chicago for its sanctuary policies or its resistance to ICE."),
    ("zes1", "Tom Homan sanctuary cities Chicago", "speaker", "What Tom Homan (acting ICE director, later border czar) said about sanctuary cities and about Chicago."),
    ("zes2", "Knute Buehler Measure 105", "speaker", "What Oregon state Rep. Knute Buehler said in support of Measure 105."),
    ("zes3", "Joel Iboa Causa", "speaker", "What Joel Iboa of the immigrant rights group Causa said against Measure 105."),
    ("zes4", "Pritzker ICE pause Halloween", "speaker", "What Illinois Gov. JB Pritzker said or asked of ICE during the Chicago operation (the Halloween pause)."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
