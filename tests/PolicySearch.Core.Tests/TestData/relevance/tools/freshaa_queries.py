# The fresh-aa held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-aa/articles/ (part AA, measured only, never used for any tuning). Written after
# reading all 10 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshaa_grades.py). A fresh held-out set
# beside the fresh, fresh-g and fresh-m to fresh-zy ones. Nothing is ever tuned on them: they are measured only. No query
# string repeats one of another set (checked against every *-queries.tsv before writing; `"sanctuary city status"` was
# dropped for that reason, and near-repeats of existing strings such as `Way Forward Act ICE detention contracts`,
# `Anthony Beale referendum sanctuary city` and `courthouse immigration arrests ban Illinois` were replaced).
QUERIES = [
    ("aak1", "McHenry County jail ICE detainees appeals court", "keyword", "The federal appeals court ruling that upheld the Illinois Way Forward Act's ban on county ICE detention contracts, and the McHenry and Kankakee county jails' contracts and lawsuit it ended."),
    ("aak2", "Effingham County Board migrants tax dollars", "keyword", "The Effingham County Board's January 2024 resolution against spending local tax dollars on migrants, what it says, and what county law enforcement officials said about it."),
    ("aak3", "county property ICE staging executive order", "keyword", "Executive orders by county leaders (Cook County, Will County) barring ICE from using county-owned property, resources or personnel for civil immigration enforcement, and what the orders provide."),
    ("aak4", "DHS detainers Illinois released criminals", "keyword", "The Department of Homeland Security's and ICE's claims that Illinois ignored immigration detainers and released people charged with or convicted of crimes, with their figures."),
    ("aap1", "\"uncontrolled settings\"", "phrase", "Exact phrase: uncontrolled settings, the Republican warning that limits on courthouse arrests push immigration arrests into riskier places."),
    ("aap2", "\"staging area\"", "phrase", "Exact phrase: staging area, on bans against federal immigration agents using public property as a base for their operations."),
    ("aap3", "\"active detainers\"", "phrase", "Exact phrase: active detainers, on people held or released in Illinois while ICE detainer requests were pending."),
    ("aap4", "\"without fear of harassment\"", "phrase", "Exact phrase: without fear of harassment, on local measures meant to let immigrant residents use public services during federal enforcement."),
    ("aac1", "does sanctuary status draw migrants to Chicago", "concept", "The argument that Chicago's sanctuary policy is a magnet that brings migrants and their costs to the city, and the replies that it is not."),
    ("aac2", "suburban mayors and county leaders responding to ICE raids", "concept", "How suburban mayors and county executives in Illinois reacted to the 2025 federal immigration enforcement in their communities: statements, orders, patrols and assurances about local police."),
    ("aac3", "putting sanctuary status to a public vote", "concept", "Efforts to put Chicago's sanctuary city status on the ballot as a referendum, who pushed for it and against it, and what happened to it."),
    ("aac4", "state laws keeping local jails from holding people for ICE", "concept", "Illinois laws (the TRUST Act, the Way Forward Act) that bar local jails and police from holding, transferring or reporting people for ICE, and what they provide."),
    ("aas1", "John Laesch ICE Aurora police", "speaker", "What Aurora Mayor John Laesch said about ICE activity in Aurora and about the Aurora police and immigration enforcement."),
    ("aas2", "Toni Preckwinkle executive order ICE", "speaker", "What Cook County Board President Toni Preckwinkle said about her executive order barring ICE from county property and about ICE's actions."),
    ("aas3", "John Curran courthouse immigration law", "speaker", "What Illinois state Sen. John Curran said against the 2025 law restricting immigration arrests at and near courthouses."),
    ("aas4", "Raymond Lopez sanctuary magnet", "speaker", "What Chicago Ald. Raymond Lopez said about the sanctuary city policy drawing migrants to Chicago and about putting it to voters."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
