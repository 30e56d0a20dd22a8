# The fresh-zu held-out queries: (id, query as a researcher types it, class, information need).
# Over the 8 articles of ../devset/fresh-zu/articles/ (part ZU, measured only, never used for any tuning). Written after
# reading all 8 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzu_grades.py). A held-out set beside the
# fresh, fresh-g, fresh-m and fresh-n to fresh-zs ones. Nothing is ever tuned on it: it is measured only. No query
# string repeats one of another set (checked against every relevance/*-queries.tsv before writing; "sanctuary state",
# "287(g)", "sanctuary policies" and "Anthony Napolitano sanctuary referendum" were dropped for that reason).
QUERIES = [
    ("zuk1", "287(g) agreements reimbursement local police", "keyword", "The growth of ICE's 287(g) partnerships with state and local law enforcement, the reimbursement offered for them, and the call for more agencies to sign."),
    ("zuk2", "sanctuary city referendum ballot question Chicago", "keyword", "The 2023 push by Chicago aldermen for a ballot referendum on whether Chicago should keep its sanctuary city status, and the council fight over it."),
    ("zuk3", "migrant crisis cost Illinois sanctuary state", "keyword", "Claims about what the migrant influx costs Illinois and Chicago taxpayers, tied to the state's and city's sanctuary status."),
    ("zuk4", "Tom Homan Chicago speech deportations", "keyword", "What Tom Homan, Trump's border czar, told Chicago Republicans about deportations and enforcement in Chicago."),
    ("zup1", "\"partnership agreements\"", "phrase", "Exact phrase: partnership agreements, on agreements between ICE and state or local law enforcement."),
    ("zup2", "\"welcoming\"", "phrase", "Exact word: welcoming, as in Chicago and Illinois declaring themselves welcoming to immigrants."),
    ("zup3", "\"referendum\"", "phrase", "Exact word: referendum, on a ballot referendum about Chicago's sanctuary status."),
    ("zup4", "\"illegal migrants\"", "phrase", "Exact phrase: illegal migrants, in arguments about spending on migrants in a sanctuary city."),
    ("zuc1", "local police deputized to help federal immigration agents", "concept", "Programs and calls for local police and sheriffs to take part in federal immigration enforcement, the opposite of sanctuary limits."),
    ("zuc2", "politicians who once embraced sanctuary status now complain about migrants", "concept", "Commentary contrasting leaders' earlier pro-sanctuary pledges with their later complaints about migrant arrivals and costs."),
    ("zuc3", "aldermen accusing mayor's allies of blocking a vote on sanctuary status", "concept", "Accusations that Mayor Johnson and his council allies used procedure to keep a sanctuary-status question from a vote."),
    ("zuc4", "critics say sanctuary laws protect violent criminals and tie police hands", "concept", "Arguments that sanctuary laws such as the TRUST Act shield criminals and keep police from working with immigration authorities."),
    ("zus1", "Madison Sheahan 287(g)", "speaker", "What ICE Deputy Director Madison Sheahan said about 287(g) partnerships with state and local law enforcement."),
    ("zus2", "Napolitano council vote sanctuary resolution", "speaker", "What Ald. Anthony Napolitano said about the sanctuary referendum resolution and the council's handling of it."),
    ("zus3", "Anthony Beale sanctuary city", "speaker", "What Ald. Anthony Beale said about Chicago's sanctuary city designation and the money spent on migrants."),
    ("zus4", "JB Pritzker sanctuary state declarations", "speaker", "What Gov. JB Pritzker said in declaring Illinois a sanctuary or welcoming state, and what he said later about the migrant burden."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
