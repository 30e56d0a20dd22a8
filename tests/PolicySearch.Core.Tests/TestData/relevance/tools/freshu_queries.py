# The fresh-u held-out queries: (id, query as a researcher types it, class, information need).
# Over the 9 articles of ../devset/fresh-u/articles/ (part U, measured only, never used for any tuning). Written after
# reading all 9 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshu_grades.py). A tenth held-out set
# beside the fresh, fresh-g, fresh-m, fresh-n, fresh-o, fresh-p, fresh-q, fresh-r and fresh-s ones. Nothing is ever
# tuned on them: they are measured only. No query string repeats one of another set (checked against their TSVs and
# the seeds' before writing).
QUERIES = [
    ("uk1", "287(g) jail enforcement model", "keyword", "A county sheriff's 287(g) jail enforcement agreement with ICE and the objections to it (costs, lawsuits, trust)."),
    ("uk2", "ICE detainers released Illinois inmates", "keyword", "Illinois prisons and jails releasing non-citizen inmates wanted by ICE instead of transferring them, and the reactions."),
    ("uk3", "FOP Chicago police ICE agents protesters", "keyword", "The police union's condemnation of the reported order that Chicago police not help ICE agents surrounded by protesters."),
    ("uk4", "Elgin resolution ICE", "keyword", "The Elgin City Council's proposed resolution limiting local cooperation with ICE and what was said for and against it."),
    ("up1", "\"report crimes\"", "phrase", "Exact phrase: report crimes, in arguments that fear of immigration enforcement keeps immigrants from reporting crimes to police."),
    ("up2", "\"federal immigration laws\"", "phrase", "Exact phrase: federal immigration laws, on states and cities that do or do not help enforce them."),
    ("up3", "\"ICE detainers\"", "phrase", "Exact phrase: ICE detainers, on jails and prisons that do not honor them."),
    ("up4", "\"ICE agents\"", "phrase", "Exact phrase: ICE agents, in accounts of local police and federal immigration agents in the field."),
    ("uc1", "does refusing to help ICE make communities safer", "concept", "Arguments that keeping local police and jails out of immigration enforcement makes communities safer (trust, crime reporting), or the contrary."),
    ("uc2", "criminal immigrants let out of jail instead of handed to ICE", "concept", "Claims and reports that sanctuary laws lead to non-citizens with criminal records being released rather than transferred to ICE, and the danger alleged."),
    ("uc3", "what a city sanctuary ordinance does and does not do", "concept", "Plain descriptions of what a local sanctuary or welcoming ordinance provides and what it does not (services, police, arrests)."),
    ("uc4", "costs to counties of partnering with ICE", "concept", "The financial and legal costs to a county or city of cooperating with ICE (detention costs, lawsuits, staff)."),
    ("us1", "Amy Elik TRUST Act", "speaker", "What Illinois House candidate Amy Elik said about the TRUST Act and the release of inmates instead of transfer to ICE."),
    ("us2", "Patrick Yoes ICE agents Chicago police", "speaker", "What National FOP President Patrick Yoes said about Chicago police being told not to assist ICE agents."),
    ("us3", "Chris Southwood Trust Act", "speaker", "What Illinois State FOP President Chris Southwood said about the Chicago order and the Illinois Trust Act."),
    ("us4", "Jordan Abudayyeh ICE pause", "speaker", "What Pritzker spokeswoman Jordan Abudayyeh said about the pause in transfers of prisoners to ICE."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
