# The fresh-p held-out queries: (id, query as a researcher types it, class, information need).
# Over the 15 articles of ../devset/fresh-p/articles/ (part P, measured only, never used for any tuning). Written after
# reading all 15 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshp_grades.py). A sixth held-out set beside
# the fresh, fresh-g, fresh-m, fresh-n and fresh-o ones. Nothing is ever tuned on them: they are measured only.
QUERIES = [
    ("pk1", "287(g) agreements", "keyword", "The 287(g) program: agreements that deputise local sheriffs' staff for immigration enforcement, sheriffs who join or leave them, and laws that require them."),
    ("pk2", "TRUST Act", "keyword", "Illinois's TRUST Act: what it bars, its passage in 2017, its strengthening in 2021, calls to repeal it and the federal suit against it."),
    ("pk3", "migrant buses Chicago", "keyword", "Texas busing migrants to Chicago and other sanctuary cities in 2022, and what Texas and Chicago officials said about it."),
    ("pk4", "DOJ lawsuit sanctuary laws", "keyword", "Lawsuits by the Justice Department or the Trump administration against state and local sanctuary laws (California 2018-2019, Illinois 2025) and how courts ruled."),
    ("pp1", "\"sanctuary city\"", "phrase", "Exact phrase: sanctuary city (a city that limits its cooperation with federal immigration enforcement), its critics and defenders."),
    ("pp2", "\"immigration enforcement\"", "phrase", "Exact phrase: immigration enforcement, and whether local police and officials take part in it or refuse to."),
    ("pp3", "\"local police\"", "phrase", "Exact phrase: local police (city or local police departments) and whether they help federal immigration agents or refuse to."),
    ("pp4", "\"law enforcement agencies\"", "phrase", "Exact phrase: law enforcement agencies (state and local police and sheriffs' offices) and the limits on, or requirements for, their work with ICE."),
    ("pc1", "local officials refusing to let police help deport people", "concept", "Mayors, sheriffs, states and city governments saying or deciding that their police will not help ICE with arrests, detainers or deportations."),
    ("pc2", "state lawmakers trying to repeal or block the sanctuary law", "concept", "Illinois legislators arguing against the TRUST Act when it passed or calling for its repeal later."),
    ("pc3", "unions and faith groups standing up for immigrants facing ICE", "concept", "Labor unions, congregations and church networks condemning ICE enforcement, urging non-cooperation or organising help for immigrants and sanctuary cities."),
    ("pc4", "laws forcing sheriffs to cooperate with ICE", "concept", "State laws or proposals that require sheriffs and local jails to work with ICE (287(g), detainers), and the fights over them."),
    ("ps1", "Abbott sanctuary cities buses", "speaker", "What Texas Governor Greg Abbott said about busing migrants to sanctuary cities such as Chicago and about Mayor Lightfoot."),
    ("ps2", "Brandon Johnson police ICE", "speaker", "What Chicago Mayor Brandon Johnson said about Chicago police not cooperating with ICE and Trump's deportation plans."),
    ("ps3", "Homan flood sanctuary cities", "speaker", "What border czar Tom Homan said about sanctuary cities, Chicago and the enforcement he plans there."),
    ("ps4", "Justice Department lawsuit Illinois", "speaker", "What the U.S. Department of Justice argues in its 2025 lawsuit against the sanctuary laws of Illinois, Cook County and Chicago."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
