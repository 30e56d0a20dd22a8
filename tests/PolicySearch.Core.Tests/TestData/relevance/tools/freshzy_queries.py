# The fresh-zy held-out queries: (id, query as a researcher types it, class, information need).
# Over the 8 articles of ../devset/fresh-zy/articles/ (part ZY, measured only, never used for any tuning). Written after
# reading all 8 articles and before any grade (zyp3, zyp4 and zys4 replaced three queries written over an article that
# was then withdrawn from the part; see ../README.md), by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzy_grades.py). A held-out set beside
# the earlier fresh ones (fresh to fresh-zw). Nothing is ever tuned on them: they are measured only. No query string
# repeats one of another set (checked against every relevance/*-queries.tsv before writing).
QUERIES = [
    ("zyk1", "non-sanctuary county resolution migrants", "keyword", "Illinois county boards declaring their counties 'non-sanctuary' for migrants (Bureau, Woodford, Grundy and others): the votes, the resolutions and the reasons given."),
    ("zyk2", "ICE county property executive order", "keyword", "Executive orders and resolutions barring ICE from using county or city property, resources or personnel for civil immigration enforcement (Cook County, Chicago)."),
    ("zyk3", "Senate Bill 1313 TRUST Act repeal", "keyword", "The 2025 Illinois Senate bill (SB 1313) to repeal the TRUST Act and require cooperation with ICE, and the Republican push behind it."),
    ("zyk4", "Chicago sanctuary status referendum aldermen", "keyword", "The aldermen's 2023 proposal for a ballot referendum on whether Chicago should keep its sanctuary city status, and what they said."),
    ("zyp1", "\"nonsanctuary resolution\"", "phrase", "Exact phrase: nonsanctuary resolution, on a county's non-sanctuary declaration."),
    ("zyp2", "\"Operation Midway Blitz\"", "phrase", "Exact phrase: Operation Midway Blitz, the 2025 federal immigration enforcement operation in the Chicago area."),
    ("zyp3", "\"warrantless conduct\"", "phrase", "Exact phrase: warrantless conduct, in the case that city police helping ICE would mean arrests without a warrant."),
    ("zyp4", "\"limited resources\"", "phrase", "Exact phrase: limited resources, in a local government's reason for refusing to be a sanctuary for migrants."),
    ("zyc1", "rural counties refusing migrants bused from Chicago", "concept", "Downstate or rural Illinois counties that refuse to take in or pay for migrants bused from Texas or moved out of Chicago, and their plans for unannounced drop-offs."),
    ("zyc2", "sheriffs wanting to help ICE despite state law", "concept", "Illinois sheriffs who say they want to cooperate with ICE (hold or hand over criminal immigrants) although the TRUST Act forbids it."),
    ("zyc3", "local governments keeping federal agents off public property", "concept", "Local governments that forbid federal immigration agents from using public parking lots, buildings or other property for staging or operations."),
    ("zyc4", "cost to residents of being a sanctuary city", "concept", "Arguments that sanctuary status or migrant arrivals cost taxpayers and residents money or strain local resources."),
    ("zys1", "Anthony Napolitano referendum sanctuary", "speaker", "What Chicago Ald. Anthony Napolitano said about a referendum on Chicago's sanctuary city status."),
    ("zys2", "Mike Downey Kankakee ICE detainees", "speaker", "What Kankakee County Sheriff Mike Downey said about holding immigrants for ICE and the TRUST Act's limits."),
    ("zys3", "Zachary Ferris Woodford County", "speaker", "What Woodford County board member Zachary Ferris said about the county's non-sanctuary resolution."),
    ("zys4", "Courtney Hostetler Free Speech For People", "speaker", "What Courtney Hostetler of Free Speech For People (or the group) said about federal agents in Operation Midway Blitz and what Illinois officials should do."),
]
