# The fresh-x held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-x/articles/ (part X, measured only, never used for any tuning). Written after
# reading all 10 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshx_grades.py). A fourteenth held-out set
# beside the fresh, fresh-g and fresh-m to fresh-w ones. Nothing is ever tuned on them: they are measured only. No query
# string repeats one of another set (checked against their TSVs and the seeds' before writing).
QUERIES = [
    ("xk1", "ICE-free zones executive order", "keyword", "Chicago Mayor Brandon Johnson's October 2025 executive order barring federal immigration agents from using city property, what it does and how it was received."),
    ("xk2", "Effingham County immigrant sanctuary resolution", "keyword", "The 2018 proposal on the Effingham County Board to declare the county a sanctuary for immigrant families, and the board's response."),
    ("xk3", "sheriff agreement to hold detainees for ICE", "keyword", "Sheriffs' agreements with ICE to hold arrested people on immigration detainers for deportation, and how they work."),
    ("xk4", "Will County resolution immigration enforcement", "keyword", "The 2025 Will County Board resolution on residents living without fear of immigration enforcement, its content, vote and opponents."),
    ("xp1", "\"ICE-free zones\"", "phrase", "Exact phrase: ICE-free zones, on local bans on federal immigration agents using city property."),
    ("xp2", "\"criminal aliens\"", "phrase", "Exact phrase: criminal aliens, in arguments for handing arrested non-citizens to ICE."),
    ("xp3", "\"illegal immigrants\"", "phrase", "Exact phrase: illegal immigrants, in arguments about sanctuary status and cooperation with immigration enforcement."),
    ("xp4", "\"sanctuary status\"", "phrase", "Exact phrase: sanctuary status, on what a city's or county's sanctuary status means or whom it covers."),
    ("xc1", "welcoming ordinance does not violate federal law", "concept", "Arguments that welcoming or sanctuary ordinances and the TRUST Act are lawful and constitutional, and what they do and do not do."),
    ("xc2", "handing violent criminals to ICE makes communities safer", "concept", "Arguments that local jails and police should hold or hand over criminal non-citizens to ICE for public safety, against sanctuary limits."),
    ("xc3", "mayor barring federal agents from city property", "concept", "A mayor or city refusing to let federal immigration agents use city property or local police, and the reaction to it."),
    ("xc4", "advocates urging lawmakers to limit police cooperation with ICE", "concept", "Advocates, lawyers, campaigners or officials pressing legislators or local boards to pass limits on police involvement in immigration enforcement."),
    ("xs1", "Peyton Grinnell ICE", "speaker", "What Lake County (Florida) Sheriff Peyton Grinnell said about holding criminal immigrants for ICE."),
    ("xs2", "Karen Luchtefeld sanctuary resolution", "speaker", "What Effingham County Board member Karen Luchtefeld said about her immigrant sanctuary resolution."),
    ("xs3", "Kristi Noem detainers Johnson", "speaker", "What Homeland Security Secretary Kristi Noem said about Chicago, Mayor Johnson and refused detainers."),
    ("xs4", "Brandon Johnson Trump war on Chicago", "speaker", "What Chicago Mayor Brandon Johnson said against the Trump administration's immigration enforcement in Chicago."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
