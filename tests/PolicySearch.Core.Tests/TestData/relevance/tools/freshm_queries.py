# The fresh-m held-out queries: (id, query as a researcher types it, class, information need).
# Over the 15 articles of ../devset/fresh-m/articles/ (part M, measured only, never used for any tuning). Written after
# reading all 15 articles and before any run, pool or grade; a third held-out set beside the fresh and fresh-g ones
# (tools/fresh_queries.py, tools/freshg_queries.py). Nothing is ever tuned on them: they are measured only.
QUERIES = [
    ("mk1", "287(g) program", "keyword", "The federal 287(g) program (local sheriffs deputised to help ICE identify and deport immigrants) and local partnerships with ICE like it: who joins or leaves it, the elections and laws that end it."),
    ("mk2", "Supremacy Clause", "keyword", "The argument that federal immigration law overrides state and local sanctuary laws (the Supremacy Clause, federal law as 'preeminent' or 'supreme'), and the charge that a state law limiting immigration enforcement is unconstitutional."),
    ("mk3", "IDOC", "keyword", "The Illinois Department of Corrections (IDOC) and immigration: its January 2020 policy of no longer notifying ICE or transferring people on detainers at release, and the criticism of it."),
    ("mk4", "TRUST Act repeal", "keyword", "Efforts to strike down or repeal the Illinois TRUST Act: the 2020 sheriffs' lawsuit to invalidate it, the 2023 House Republican repeal bill, and the arguments for them."),
    ("mp1", "\"sanctuary law\"", "phrase", "Exact phrase: a state's or city's sanctuary law (limits on local cooperation with immigration enforcement), as attacked, sued over or defended."),
    ("mp2", "\"illegal aliens\"", "phrase", "Exact phrase: the immigration-restriction side's account of undocumented immigrants (\"illegal aliens\") held, released or transferred under the TRUST Act and IDOC's policy."),
    ("mp3", "\"federal immigration authorities\"", "phrase", "Exact phrase: local cooperation with, or refusal to help, federal immigration authorities (detaining, notifying, transferring custody)."),
    ("mp4", "\"City property\"", "phrase", "Exact phrase: rules closing city-owned property (parking lots, buildings, parks) to immigration enforcement operations, as in Aurora's 2025 ordinance."),
    ("mc1", "counties that defy state sanctuary laws", "concept", "Counties, sheriffs and local officials that refuse to follow or openly work around their state's limits on cooperation with immigration enforcement (Orange County against California's law, Adams County in Washington and in Illinois, Illinois sheriffs who say they would help ICE), and the responses to them."),
    ("mc2", "police chiefs backing limits on immigration enforcement", "concept", "Law enforcement leaders (police chiefs, sheriffs, officers at the signing) who support keeping local police out of immigration enforcement, and their reasons (trust, resources, public safety)."),
    ("mc3", "keeping ICE away from courthouses, schools and hospitals", "concept", "Laws and ordinances that bar or restrict immigration enforcement at or from sensitive places: courthouses, schools, hospitals, day-care centres, and city property used as a staging base."),
    ("mc4", "what illegal immigration costs taxpayers", "concept", "Claims about the public cost of undocumented immigration and of sanctuary policies: budget figures, migrant-crisis spending, benefits programs, and wasted police resources."),
    ("ms1", "Bourne Trust Act lawsuit", "speaker", "What State Rep. Avery Bourne said in support of the 2020 sheriffs' lawsuit to invalidate the TRUST Act."),
    ("ms2", "McFadden ICE", "speaker", "What Mecklenburg County Sheriff Garry McFadden said about ending his office's partnership with ICE (287(g)) and about trust with the immigrant community."),
    ("ms3", "Nick Brown Adams County sheriff", "speaker", "What Washington Attorney General Nick Brown said in suing the Adams County Sheriff's Office for aiding federal immigration enforcement."),
    ("ms4", "DHS Pritzker courthouse law", "speaker", "What the Department of Homeland Security said against Pritzker's 2025 law limiting immigration enforcement near courthouses (that it is unconstitutional, the Supremacy Clause, and its release figures)."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them

# The pooling run beside the product's: plain BM25 (default OR) of a hand-expanded query per id, with the other words
# and names the articles use for the need, so paragraphs that say it another way reach the pool. Written with the
# queries, before any run; used for pooling only.
POOL_EXPANSIONS = {
    "mk1": "\"287(g)\" program sheriffs partnerships ICE deport \"end participation\" McFadden",
    "mk2": "\"Supremacy Clause\" supreme preeminent unconstitutional \"federal law\" Constitution \"Article VI\"",
    "mk3": "IDOC \"Department of Corrections\" prison release notifying detainers felons sentence custody",
    "mk4": "repeal invalidate \"Trust Act\" lawsuit sheriffs \"strike down\" \"House Republicans\" injunctive",
    "mp1": "\"sanctuary law\" \"sanctuary laws\" sanctuary \"Values Act\" \"Welcoming City Ordinance\"",
    "mp2": "\"illegal aliens\" \"illegal alien\" illegals \"here illegally\" \"undocumented immigrants\" felons",
    "mp3": "\"federal immigration authorities\" \"federal authorities\" \"federal immigration\" ICE officials agents",
    "mp4": "\"City property\" \"City-owned\" property parking lots buildings parks staging ordinance",
    "mc1": "sheriff sheriffs defy violate \"not comply\" cooperate ICE revolting lawsuit \"Adams County\" \"Orange County\"",
    "mc2": "police chief chiefs sheriff \"law enforcement officials\" support trust \"public safety\" 287(g) letter",
    "mc3": "courthouses courts hospitals schools \"day-care\" campuses property enforcement prohibit restrict",
    "mc4": "cost costs taxpayers billion million budget migrants benefits resources \"taxpayers' money\"",
    "ms1": "Bourne Representative statement sheriffs lawsuit invalidate \"Trust Act\" detainers",
    "ms2": "McFadden sheriff Mecklenburg 287(g) trust community interview",
    "ms3": "Brown \"Attorney General\" \"Adams County\" lawsuit sheriff \"Keep Washington Working\" settlement",
    "ms4": "DHS \"Homeland Security\" department Pritzker unconstitutional \"Supremacy Clause\" law courthouses",
}
