# The fresh-n held-out queries: (id, query as a researcher types it, class, information need).
# Over the 15 articles of ../devset/fresh-n/articles/ (part N, measured only, never used for any tuning). Written after
# reading all 15 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshn_grades.py). A fourth held-out set beside
# the fresh, fresh-g and fresh-m ones. Nothing is ever tuned on them: they are measured only.
QUERIES = [
    ("nk1", "declined detainer report", "keyword", "ICE's weekly Declined Detainer Outcome Report (2017) listing jurisdictions said to have released people ICE asked them to hold, and the disputes over being on it."),
    ("nk2", "ICE detention contract", "keyword", "Local jails' contracts to house ICE detainees (Springfield, Oregon; Pulaski, Kankakee and McHenry counties in Illinois) and their ending, by council vote or under the Way Forward Act."),
    ("nk3", "HB 1105", "keyword", "Georgia's HB 1105 (2024), the Criminal Alien Track and Report Act: what it requires of sheriffs, jails and local governments, and the fight over it."),
    ("nk4", "administrative warrant", "keyword", "Administrative (non-judicial) immigration warrants and detainers as opposed to warrants signed by a judge: definitions, and the rule that local police may not hold anyone on them alone."),
    ("np1", "\"Trust Act\"", "phrase", "Exact phrase: a state Trust Act (Illinois's 2017 TRUST Act or Connecticut's 2013 Trust Act and its 2019 update): what it does, its signing, its defence and its use as a reason for not helping ICE."),
    ("np2", "\"local law enforcement\"", "phrase", "Exact phrase: the role of local police and sheriffs in federal immigration enforcement (what they may or may not do, whether they cooperate with ICE)."),
    ("np3", "\"immigration detainer\"", "phrase", "Exact phrase: ICE immigration detainers (requests to hold someone past release), and laws and policies on honoring or refusing them."),
    ("np4", "\"federal laws\"", "phrase", "Exact phrase: federal law in the sanctuary debate (who has authority to enforce federal immigration law, state laws said to conflict with or comply with it)."),
    ("nc1", "police departments that refuse to help ICE", "concept", "Local police departments, sheriffs, mayors and cities that say they will not assist ICE raids, detainers or enforcement operations, or that end their cooperation with ICE."),
    ("nc2", "do sanctuary policies make communities less safe", "concept", "Claims and evidence on whether limiting local cooperation with ICE harms or improves public safety: crime figures, released criminals, dangerous individuals, trust and crime reporting."),
    ("nc3", "states forcing local jails to cooperate with ICE", "concept", "State laws and federal pressure that require or push local jails and sheriffs to cooperate with ICE (honor detainers, report inmates, join 287(g)), with penalties for sanctuary policies."),
    ("nc4", "advocates celebrating limits on ICE cooperation", "concept", "Immigrant advocates, faith groups and organizers praising or celebrating laws and local decisions that limit cooperation with ICE or end immigration detention."),
    ("ns1", "Stanek ICE detainer list", "speaker", "What Hennepin County Sheriff Rich Stanek (and his office) said about Hennepin County's inclusion on ICE's list of jurisdictions declining detainers."),
    ("ns2", "Feinen Champaign police ICE", "speaker", "What Champaign Mayor Deborah Frank Feinen (and the city's statement) said about Champaign police not helping ICE."),
    ("ns3", "Lamont Trust Act", "speaker", "What Connecticut Governor Ned Lamont said about the 2019 legislation strengthening Connecticut's Trust Act."),
    ("ns4", "Hadden Welcoming City Ordinance", "speaker", "What Chicago Ald. Maria Hadden said about the Welcoming City Ordinance and the vote to keep it, and about ICE activity in her ward."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
