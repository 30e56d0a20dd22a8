# The fresh-zt held-out queries: (id, query as a researcher types it, class, information need).
# Over the 9 articles of ../devset/fresh-zt/articles/ (part ZT, measured only, never used for any tuning). Written after
# reading all 9 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzt_grades.py). A held-out set beside
# the earlier fresh ones. Nothing is ever tuned on it: it is measured only. No query string repeats one of another set
# (checked against every relevance/*-queries.tsv before writing).
QUERIES = [
    ("ztk1", "welcoming city ordinance council debate", "keyword", "City councils weighing welcoming-city ordinances that limit police and staff involvement in immigration enforcement (Rockford, Peoria), and the arguments made for and against them."),
    ("ztk2", "ICE detention contract county jail vote", "keyword", "County board votes on whether a county jail keeps its contract to hold ICE detainees, and what officials and residents said."),
    ("ztk3", "private detention center ban Dwight", "keyword", "Illinois' 2019 ban on private immigration detention centers, which ended the proposed Dwight facility, and the bills signed with it."),
    ("ztk4", "TRUST Act repeal Ives", "keyword", "State Rep. Jeanne Ives's legislation to repeal the Illinois TRUST Act and her reasons."),
    ("ztp1", "\"ICE contract\"", "phrase", "Exact phrase: ICE contract, on a county's agreement to house immigration detainees for ICE."),
    ("ztp2", "\"withhold federal funds\"", "phrase", "Exact phrase: withhold federal funds, on the federal threat to cut money to sanctuary cities."),
    ("ztp3", "\"enforce immigration law\"", "phrase", "Exact phrase: enforce immigration law, on whether local police do or should enforce immigration law."),
    ("ztp4", "\"call the police\"", "phrase", "Exact phrase: call the police, on immigrants' willingness to contact police when local police stay out of immigration enforcement."),
    ("ztc1", "police stay out of immigration enforcement to keep immigrant trust", "concept", "The argument that local police who do not act for ICE keep the trust of immigrants, who then report crimes and help investigations."),
    ("ztc2", "federal threats to cut funding for sanctuary cities", "concept", "The federal government's threats to cut grants or funds to sanctuary cities, the court challenges to them, and views on them."),
    ("ztc3", "county officials defending cooperation with ICE", "concept", "Local officials who defend working with ICE (keeping detention contracts, following federal statutes, repealing limits) against sanctuary limits."),
    ("ztc4", "sanctuary policies do not shield criminals", "concept", "Claims that sanctuary or welcoming policies do not protect people who commit crimes from arrest or from being handed over, as a defence of the policies."),
    ("zts1", "Pritzker firewall Trump immigrant communities", "speaker", "What Gov. JB Pritzker said when he signed the 2019 bills limiting police cooperation with ICE and banning private detention."),
    ("zts2", "Anthony Walraven Change Peoria welcoming ordinance", "speaker", "What Change Peoria co-chair Anthony Walraven said about the proposed Peoria welcoming city ordinance."),
    ("zts3", "Michael Buehler ICE contract", "speaker", "What McHenry County Board Chairman Michael Buehler said about keeping the county jail's ICE contract."),
    ("zts4", "Tom McNamara welcoming city Rockford", "speaker", "What Rockford Mayor Tom McNamara said about his proposed Welcoming City ordinance."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
