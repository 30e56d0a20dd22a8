# The fresh-zl held-out queries: (id, query as a researcher types it, class, information need).
# Over the 8 articles of ../devset/fresh-zl/articles/ (part ZL, measured only, never used for any tuning). Written after
# reading all 8 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzl_grades.py). A held-out set beside
# the fresh, fresh-g and fresh-m to fresh-zk ones. Nothing is ever tuned on them: they are measured only. No query string
# repeats one of another set (checked against every relevance/*-queries.tsv before writing; "mass deportation" and two
# near-repeats were replaced).
QUERIES = [
    ("zlk1", "SIUC petition DACA TRUST Act campus", "keyword", "The petition asking Southern Illinois University Carbondale to protect DACA and undocumented students and to refuse to assist immigration enforcement as the TRUST Act allows."),
    ("zlk2", "ICE free zones city property Elgin", "keyword", "Elgin's proposed ordinance barring use of City-owned property for civil immigration enforcement (\"ICE free zones\") and the council meeting that discussed it."),
    ("zlk3", "KIFTA Keep Illinois Families Together Act", "keyword", "The Keep Illinois Families Together Act (2019), which made it harder for ICE to detain families in Illinois, and who campaigned for it."),
    ("zlk4", "Stephenson County crash ICE detainer", "keyword", "The August 2025 fatal crash near Freeport involving an undocumented driver with an ICE detainer, and the criticism of Illinois sanctuary law that followed."),
    ("zlp1", "\"revolving door\"", "phrase", "Exact phrase: revolving door, as a charge that sanctuary laws let dangerous offenders back onto the streets."),
    ("zlp2", "\"safe campus\"", "phrase", "Exact phrase: safe campus, in demands that a university protect undocumented students from immigration enforcement."),
    ("zlp3", "\"No Sanctuary for Criminals Act\"", "phrase", "Exact phrase: No Sanctuary for Criminals Act, the 2017 House bill to coerce sanctuary jurisdictions, and the reaction to it."),
    ("zlp4", "\"DACA recipients\"", "phrase", "Exact phrase: DACA recipients, in Illinois debates over protecting them (campus, city hiring) amid immigration enforcement."),
    ("zlc1", "faith groups backing laws that keep families from ICE detention", "concept", "Congregations and religious leaders who campaigned for or praise state laws limiting ICE detention and cooperation with ICE."),
    ("zlc2", "college students demanding protection from deportation", "concept", "Students and campus communities asking their college to shield undocumented classmates from immigration enforcement, or reacting to ICE arrests of students."),
    ("zlc3", "federal agents can still arrest without local police help", "concept", "Explanations that Illinois sanctuary laws keep local police out of immigration enforcement but do not stop federal agents from making arrests on their own."),
    ("zlc4", "members of Congress defending sanctuary cities against Republican bills", "concept", "U.S. representatives who defend sanctuary cities or welcoming ordinances against Republican legislation or repeal efforts."),
    ("zls1", "Chesney Freeport crash sanctuary policies", "speaker", "What state Sen. Andrew Chesney said about the Freeport crash, the ICE detainer and Illinois' TRUST Act and sanctuary policies."),
    ("zls2", "Mike Quigley sanctuary cities statement", "speaker", "What U.S. Rep. Mike Quigley said or did to defend sanctuary cities against the 2017 Republican bill and Trump's executive order."),
    ("zls3", "Chuy Garcia Welcoming City Ordinance vote", "speaker", "What U.S. Rep. Jesús \"Chuy\" García said about the Chicago City Council vote on the Welcoming City Ordinance, and his own record on county cooperation with ICE."),
    ("zls4", "Malachy Stanger ICE arrest ECC", "speaker", "What Elgin Community College student Malachy Stanger said about the ICE arrest of his friend and Elgin's proposed measure."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
