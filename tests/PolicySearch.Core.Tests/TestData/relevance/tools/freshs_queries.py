# The fresh-s held-out queries: (id, query as a researcher types it, class, information need).
# Over the 8 articles of ../devset/fresh-s/articles/ (part S, measured only, never used for any tuning). Written after
# reading all 8 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshs_grades.py). A ninth held-out set
# beside the fresh, fresh-g, fresh-m, fresh-n, fresh-o, fresh-p, fresh-q and fresh-r ones. Nothing is ever tuned on
# them: they are measured only. No query string repeats one of another set (checked against their TSVs and the seeds'
# before writing).
QUERIES = [
    ("sk1", "Tenth Amendment sanctuary ruling", "keyword", "The July 2025 ruling dismissing the Justice Department's suit against Illinois, Chicago and Cook County's sanctuary policies on Tenth Amendment (anticommandeering) grounds, and the reactions to it."),
    ("sk2", "TRUST Act repeal bill", "keyword", "Legislation to repeal the Illinois TRUST Act and end Illinois' 'sanctuary state' status, who backs it and why."),
    ("sk3", "sanctuary city cost taxpayers", "keyword", "Claims about what sanctuary policies and migrants cost cities, states and taxpayers."),
    ("sk4", "Emanuel executive order federal grants", "keyword", "Trump's January 2017 executive order to cut federal grants to sanctuary cities and Mayor Emanuel's response for Chicago."),
    ("sp1", "\"Tenth Amendment\"", "phrase", "Exact phrase: Tenth Amendment, on whether it protects sanctuary policies from federal commandeering."),
    ("sp2", "\"law enforcement\"", "phrase", "Exact phrase: law enforcement, in statements on what local law enforcement may or should do about immigration enforcement."),
    ("sp3", "\"federal funding\"", "phrase", "Exact phrase: federal funding, on federal money at stake for sanctuary jurisdictions."),
    ("sp4", "\"illegal immigration\"", "phrase", "Exact phrase: illegal immigration, in arguments about sanctuary laws and immigration enforcement."),
    ("sc1", "immigrants afraid to report crimes to police", "concept", "The argument that immigrants who fear deportation stop reporting crimes or cooperating with police, and that limits on immigration enforcement by local police build that trust."),
    ("sc2", "courts refusing to force states to help deport", "concept", "Court rulings holding that the federal government cannot compel states or cities to cooperate with immigration enforcement, and what they reason."),
    ("sc3", "local police should still hand serious criminals to ICE", "concept", "Arguments that local police should cooperate with ICE at least for dangerous or criminal immigrants, against blanket sanctuary bans."),
    ("sc4", "mayors and police chiefs backing limits on immigration enforcement", "concept", "Mayors, police chiefs or other local officials who endorse state or city limits on police involvement in immigration enforcement."),
    ("ss1", "Lindsay Jenkins ruling sanctuary policies", "speaker", "What U.S. District Judge Lindsay Jenkins held or wrote about Illinois' and Chicago's sanctuary policies."),
    ("ss2", "Paul Jacobs TRUST Act", "speaker", "What Illinois state Rep. Paul Jacobs said about the TRUST Act, sanctuary laws and his bill to end them."),
    ("ss3", "Rahm Emanuel sanctuary city Trump", "speaker", "What Chicago Mayor Rahm Emanuel said about keeping Chicago a sanctuary city in response to Trump."),
    ("ss4", "Abigail Jackson White House Chicago", "speaker", "What White House spokeswoman Abigail Jackson (or the White House) said about Chicago's sanctuary policies after the ruling."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
