# The fresh-ac held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-ac/articles/ (part AC, measured only, never used for any tuning; articles dated
# 2022-2025). Written after reading all 10 articles and before any grade, by a session that never ran the product (so
# there is no run and no pool: every content paragraph of the part is judged against every query,
# tools/freshac_grades.py). A fresh held-out set beside the earlier fresh ones. Nothing is ever tuned on them: they are
# measured only. No query string repeats one of another set (checked against every *-queries.tsv, case-insensitive,
# before writing; `"criminal warrant"` was dropped for that reason, and `"Supremacy Clause"` because the bare
# `supremacy clause` is already a query).
QUERIES = [
    ("ack1", "McHenry Kankakee ICE detention contracts court", "keyword", "The court fight by McHenry and Kankakee counties to keep renting jail space to ICE under the Illinois Way Forward Act: the suit, the stays and the appeals-court rulings."),
    ("ack2", "sanctuary city referendum ballot question vote", "keyword", "The 2023 attempt by Chicago aldermen to put a non-binding question on the city's sanctuary status on the ballot, and the City Council vote that stopped it."),
    ("ack3", "courthouse arrests ICE Illinois law", "keyword", "Illinois's 2025 law restricting civil immigration arrests at and around courthouses (and the related limits on hospitals, day care centers and colleges), and the reactions to it."),
    ("ack4", "sheriff ICE detainers judicial warrant McHenry", "keyword", "What the McHenry County sheriff and his office say about ICE detainers, judicial or criminal warrants and the limits the Trust Act puts on helping ICE."),
    ("acp1", "\"fully compliant with federal law\"", "phrase", "Exact phrase: fully compliant with federal law, in defences of the Illinois Trust Act against the charge that it breaks federal law."),
    ("acp2", "\"Angel families\"", "phrase", "Exact phrase: Angel families, the relatives of people killed by immigrants in the country illegally, brought forward against sanctuary policies."),
    ("acp3", "\"jail beds\"", "phrase", "Exact phrase: jail beds, on county jails renting beds to ICE for immigration detainees and the state ban on it."),
    ("acp4", "\"bipartisan\"", "phrase", "Exact phrase: bipartisan, used of the Illinois Trust Act or other state immigration laws (passed with both parties' votes, signed by a Republican)."),
    ("acc1", "counties losing money from renting jail beds to ICE", "concept", "The revenue counties earned from housing ICE detainees in their jails and the money they say they lose when a state law ends those contracts."),
    ("acc2", "federal government suing or pressuring Illinois over sanctuary laws", "concept", "Federal actions against Illinois's and Chicago's limits on helping immigration enforcement: lawsuits, congressional summons and demands, DHS criticism, and the responses to them."),
    ("acc3", "sheriffs who say state law keeps them from helping ICE", "concept", "Illinois sheriffs and sheriff's offices describing how the Trust Act bars them from holding people for ICE or assisting immigration enforcement, and what they think of it."),
    ("acc4", "does sanctuary status mean spending money on migrants", "concept", "Whether a city's sanctuary or welcoming status obliges it to spend public money on migrants, as opposed to limiting police cooperation with federal agents."),
    ("acs1", "Robb Tadelman Trust Act", "speaker", "What McHenry County Sheriff Robb Tadelman said about the Illinois Trust Act and working with ICE."),
    ("acs2", "Raymond Lopez Welcoming City amendment", "speaker", "What Chicago Ald. Raymond Lopez said or did about amending the Welcoming City ordinance and about the sanctuary city referendum and deportation raids."),
    ("acs3", "Alex Gough Trust Act", "speaker", "What Pritzker spokesman Alex Gough said about the Trust Act and the governor's congressional testimony."),
    ("acs4", "Kristi Noem sanctuary policies Illinois", "speaker", "What Homeland Security Secretary Kristi Noem said about Illinois's sanctuary policies and Governor Pritzker."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
