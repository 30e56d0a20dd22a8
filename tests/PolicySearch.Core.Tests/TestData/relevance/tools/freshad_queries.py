# The fresh-ad held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-ad/articles/ (part AD, articles of 2017-2021 only, measured only, never used for
# any tuning). Written after reading all 10 articles and before any grade, by a session that never ran the product (so
# there is no run and no pool: every content paragraph of the part is judged against every query,
# tools/freshad_grades.py). A fresh held-out set beside the earlier fresh ones. Nothing is ever tuned on it: it is
# measured only. No query string repeats one of another set (checked against every *-queries.tsv before writing;
# `"build trust"`, `"carve outs"` and `"detainer requests"` were dropped for that reason).
QUERIES = [
    ("adk1", "Morton Grove town hall immigration ordinance", "keyword", "Morton Grove's 2017 town hall meeting on a proposed ordinance governing how the village police handle federal requests to investigate and detain people for immigration violations: who spoke, what the ordinance would do, how the meeting was run."),
    ("adk2", "Winnebago jail ICE proposal overtime staffing", "keyword", "Winnebago County Sheriff Gary Caruana's 2017 proposal to house ICE detainees in the county jail, and the staffing, overtime and cost questions around it."),
    ("adk3", "Kankakee jail ICE contract Way Forward Act bill", "keyword", "Kankakee County's contract to hold ICE detainees at its jail and the 2021 Way Forward Act bill that would end such contracts."),
    ("adk4", "city workers report ICE sightings aldermen", "keyword", "Chicago aldermen's 2019 call for city Streets and Sanitation workers to report sightings of ICE agents, and how the reports would be passed on."),
    ("adp1", "\"welcoming campus\"", "phrase", "Exact phrase: welcoming campus, on demands that a university declare itself a welcoming (sanctuary-like) campus for immigrant students."),
    ("adp2", "\"worst sanctuary city\"", "phrase", "Exact phrase: worst sanctuary city, in attacks on Chicago's refusal to cooperate with ICE."),
    ("adp3", "\"not about profit\"", "phrase", "Exact phrase: not about profit, in a sheriff's defence of holding ICE detainees in a county jail."),
    ("adp4", "\"federal partners\"", "phrase", "Exact phrase: federal partners, on whether local police should work with federal immigration authorities."),
    ("adc1", "sheriffs saying immigration enforcement is not their job", "concept", "Sheriffs or police who argue that immigration enforcement belongs to the federal government rather than to local law enforcement, or complain that the federal government leaves the job to them."),
    ("adc2", "what it costs a county jail to hold people for immigration authorities", "concept", "The money side of county jails holding immigration detainees for ICE: per-day payments, overtime, staffing, budget relief or hidden costs."),
    ("adc3", "campus protests for protecting undocumented students", "concept", "Students demonstrating or petitioning for their university to protect undocumented students from immigration enforcement, and how administrators answer."),
    ("adc4", "claims that sanctuary policies shield criminals from deportation", "concept", "Arguments that sanctuary or non-cooperation policies let convicted or accused criminals escape deportation and endanger the public, with the cases and figures offered for them."),
    ("ads1", "Mark Curran TRUST Act letter", "speaker", "What Lake County Sheriff Mark Curran wrote or said in support of the TRUST Act and Governor Rauner's decision to sign it."),
    ("ads2", "Mike Downey Way Forward Act jail contract", "speaker", "What Kankakee County Sheriff Mike Downey said about the Way Forward Act and his jail's contract to hold ICE detainees."),
    ("ads3", "Carlos Ramirez-Rosa ICE Chicago police", "speaker", "What Chicago Ald. Carlos Ramirez-Rosa said about ICE and about limiting the Chicago police's or the city's cooperation with immigration agents."),
    ("ads4", "Mike Kelley Will County sheriff Trust Act", "speaker", "What Will County Sheriff Mike Kelley said about the Trust Act and about holding people for immigration authorities."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
