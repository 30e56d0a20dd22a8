# The fresh-y held-out queries: (id, query as a researcher types it, class, information need).
# Over the 12 articles of ../devset/fresh-y/articles/ (part Y, measured only, never used for any tuning). Written after
# reading all 12 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshy_grades.py). A fresh held-out set
# beside the fresh, fresh-g and fresh-m to fresh-w ones. Nothing is ever tuned on them: they are measured only. No query
# string repeats one of another set (checked against their TSVs and the seeds' before writing; `"immigration status"`
# was dropped for that reason).
QUERIES = [
    ("yk1", "sanctuary referendum Chicago City Council quorum", "keyword", "The 2023 attempt to put a non-binding referendum on Chicago's sanctuary city status to voters, and the City Council meetings, quorum fights and procedural moves around it."),
    ("yk2", "Indiana attorney general ICE detainers sheriff", "keyword", "Indiana Attorney General Todd Rokita's pressure on county sheriffs (Lake County, Monroe, St. Joseph) to honor ICE detainers under Indiana's ban on sanctuary jurisdictions."),
    ("yk3", "Melrose Park Trust Code ordinance", "keyword", "Melrose Park's 2017 Trust Code ordinance mirroring the Illinois TRUST Act: what it does, who backed it and the reactions."),
    ("yk4", "Atlanta resolution ICE detainers police", "keyword", "The 2017 Atlanta City Council resolution asking the city police not to hold people on ICE detainers or administrative warrants, and what city officials said about it."),
    ("yp1", "\"call 911\"", "phrase", "Exact phrase: call 911, in what villages tell residents about calling police when immigration agents are active."),
    ("yp2", "\"sanctuary status\"", "phrase", "Exact phrase: sanctuary status, on a city's or state's standing as a sanctuary jurisdiction and what it is said to cause."),
    ("yp3", "\"court-ordered warrant\"", "phrase", "Exact phrase: court-ordered warrant, on the warrant an ICE detainer lacks and that local jails need before holding someone for ICE."),
    ("yp4", "\"law-abiding\"", "phrase", "Exact phrase: law-abiding, in arguments over whether immigrants protected by sanctuary policies are law-abiding."),
    ("yc1", "state officials forcing local sheriffs to honor ICE holds", "concept", "State-level officials (an attorney general, a state senator) pushing or compelling sheriffs, jails or prison staff to hold or report immigrants for ICE, and the resistance to it."),
    ("yc2", "do sanctuary policies release dangerous criminals", "concept", "Claims that sanctuary policies let convicted or violent offenders go free instead of being deported, and the evidence offered for them."),
    ("yc3", "what residents should do when they see ICE agents", "concept", "Guidance local governments give residents about federal immigration agents in town: calling police, rights resources, hotlines, what local police will and will not do."),
    ("yc4", "suburbs passing their own welcoming ordinances", "concept", "Villages and towns adopting their own welcoming or trust ordinances, codes or resolutions that limit help to immigration enforcement or protect immigrant residents."),
    ("ys1", "Todd Rokita sanctuary jurisdiction", "speaker", "What Indiana Attorney General Todd Rokita said or did about sanctuary jurisdictions and sheriffs who do not honor ICE detainers."),
    ("ys2", "Terri Bryant ICE prison", "speaker", "What Illinois state Sen. Terri Bryant said about reporting immigrant prisoners to ICE and repealing the TRUST Act."),
    ("ys3", "Kasim Reed Atlanta police ICE", "speaker", "What Atlanta Mayor Kasim Reed said about the city police and immigration enforcement."),
    ("ys4", "Anthony Napolitano sanctuary referendum", "speaker", "What Chicago Ald. Anthony Napolitano said about the sanctuary city referendum and the council's handling of it."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
