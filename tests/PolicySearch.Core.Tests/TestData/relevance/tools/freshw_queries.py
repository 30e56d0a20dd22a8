# The fresh-w held-out queries: (id, query as a researcher types it, class, information need).
# Over the 12 articles of ../devset/fresh-w/articles/ (part W, measured only, never used for any tuning). Written after
# reading all 12 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshw_grades.py). A held-out set beside the
# fresh, fresh-g and fresh-m to fresh-u ones. Nothing is ever tuned on them: they are measured only. No query string
# repeats one of another set (checked against their TSVs and the seeds' before writing; "sanctuary policies",
# "local law enforcement" and "ICE agents" were dropped as phrases for that reason).
QUERIES = [
    ("wk1", "Joliet immigration meeting police", "keyword", "The February 2017 Joliet city meeting on immigration: what the mayor and police chief said about the police role in immigration enforcement and sanctuary status."),
    ("wk2", "287(g) opt out sheriff cost", "keyword", "Sheriffs leaving or declining 287(g) agreements with ICE, and the cost of running them."),
    ("wk3", "Operation Midway Blitz sanctuary laws", "keyword", "The 2025 Operation Midway Blitz in Illinois as a federal answer to the state's sanctuary laws, and reactions to it."),
    ("wk4", "St. Charles ICE city property", "keyword", "The St. Charles City Council debate over limiting ICE activity on city property and the use of city resources."),
    ("wp1", "\"TRUST Act\"", "phrase", "Exact phrase: TRUST Act, the 2017 Illinois law limiting police cooperation with immigration enforcement."),
    ("wp2", "\"immigration laws\"", "phrase", "Exact phrase: immigration laws, on who enforces them and how."),
    ("wp3", "\"sanctuary spaces\"", "phrase", "Exact phrase: sanctuary spaces, places such as churches and schools where immigrants could seek refuge from ICE."),
    ("wp4", "\"judicial warrants\"", "phrase", "Exact phrase: judicial warrants, as the condition for local help with immigration enforcement."),
    ("wc1", "police standing by while ICE makes an arrest", "concept", "Local police responding to, standing by at or otherwise helping with an ICE arrest or operation."),
    ("wc2", "is the TRUST Act really a sanctuary law", "concept", "Whether the Illinois TRUST Act makes Illinois a 'sanctuary state', what it does and does not forbid, and arguments over the label."),
    ("wc3", "repealing the TRUST Act because of migrant costs", "concept", "Calls to repeal the TRUST Act or end sanctuary status on the ground of what migrants cost taxpayers."),
    ("wc4", "local officials condemning the ICE crackdown on Illinois", "concept", "Governors, mayors and other Illinois officials denouncing the 2025 federal immigration crackdown and promising their police will not take part."),
    ("ws1", "Phil Redington ICE", "speaker", "What Bettendorf Police Chief Phil Redington said about ICE's request for help and his officers' role."),
    ("ws2", "Blaine Wilhour TRUST Act repeal", "speaker", "What Illinois state Rep. Blaine Wilhour said about repealing the TRUST Act."),
    ("ws3", "O'Dekirk Joliet sanctuary city", "speaker", "What Joliet Mayor Bob O'Dekirk said about Joliet becoming a sanctuary city and its police role in immigration enforcement."),
    ("ws4", "Ed Gonzalez 287(g) Harris County", "speaker", "What Harris County Sheriff Ed Gonzalez said about leaving the 287(g) program and cooperating with ICE."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
