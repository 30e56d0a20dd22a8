# The fresh-t held-out queries: (id, query as a researcher types it, class, information need).
# Over the 9 articles of ../devset/fresh-t/articles/ (part T, measured only, never used for any tuning). Written after
# reading all 9 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/fresht_grades.py). A tenth held-out set
# beside the fresh, fresh-g, fresh-m, fresh-n, fresh-o, fresh-p, fresh-q, fresh-r and fresh-s ones. Nothing is ever
# tuned on them: they are measured only. No query string repeats one of another set (checked against their TSVs and
# the seeds' before writing; a first choice, "sanctuary state" as a phrase, repeated one and was replaced before any
# grade).
QUERIES = [
    ("tk1", "Lunn ICE detainers Massachusetts", "keyword", "The 2017 Massachusetts Supreme Judicial Court ruling in Lunn v. Commonwealth that state and local officials may not hold people on ICE civil detainers alone."),
    ("tk2", "HB 1312 courthouse immigration arrests", "keyword", "Illinois' December 2025 law (HB 1312) barring civil immigration arrests at and near courthouses and limiting what institutions share with immigration agents, and the reactions to it."),
    ("tk3", "Oversight hearing sanctuary governors", "keyword", "The June 2025 House Oversight Committee hearing where Governor Pritzker and other governors were questioned about their sanctuary policies."),
    ("tk4", "ICE holds Colorado sheriffs", "keyword", "Whether Colorado sheriffs hold jail inmates on ICE detainer requests, and the lawsuits over it."),
    ("tp1", "\"ICE detainer\"", "phrase", "Exact phrase: ICE detainer(s), on whether local jails or police may or must hold people on them."),
    ("tp2", "\"immigration law\"", "phrase", "Exact phrase: immigration law, in statements about who enforces federal immigration law and whether states and cities must help."),
    ("tp3", "\"federal authorities\"", "phrase", "Exact phrase: federal authorities, on federal immigration enforcement in sanctuary places and state limits on it."),
    ("tp4", "\"undocumented\"", "phrase", "Exact word: undocumented, in passages on how police and jails treat undocumented immigrants."),
    ("tc1", "state courts saying police cannot hold people for ICE", "concept", "Court rulings (or legal pressure from them) that local police, court officers or sheriffs have no authority to keep people in custody at ICE's request."),
    ("tc2", "city promising residents its police will not help immigration agents", "concept", "Statements by a city or town, or demands on it, that its police will not take part in immigration enforcement or cooperate with ICE."),
    ("tc3", "Republicans accusing Pritzker of endangering public safety", "concept", "Republican officials or right-leaning writers charging that Pritzker's sanctuary policies or laws put Illinois residents at risk."),
    ("tc4", "lawsuits over whether jails must honor ICE detainers", "concept", "Litigation over whether sheriffs and jails may or must hold people on ICE detainers, including challenges to state laws that require or forbid it."),
    ("ts1", "Pritzker Oversight hearing violent criminals", "speaker", "What Governor JB Pritzker said at the June 2025 House Oversight hearing in defence of Illinois' sanctuary policy, including on violent criminals."),
    ("ts2", "Mary Miller Pritzker illegal aliens", "speaker", "What U.S. Rep. Mary Miller said to or about Pritzker and his sanctuary policies."),
    ("ts3", "Jason Mikesell ICE lawsuit", "speaker", "What Teller County Sheriff Jason Mikesell said about the ACLU's lawsuit over his holding people for ICE."),
    ("ts4", "Welcoming Cicero Coalition Dominick", "speaker", "What the Welcoming Cicero Coalition asked of Cicero Town President Larry Dominick about a Welcoming Cicero Ordinance."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
