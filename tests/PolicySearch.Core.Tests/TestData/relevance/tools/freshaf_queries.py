# The fresh-af held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-af/articles/ (part AF, dated 2017-2021, measured only, never used for any
# tuning). Written after reading all 10 articles and before any grade, by a session that never ran the product (so
# there is no run and no pool: every content paragraph of the part is judged against every query,
# tools/freshaf_grades.py). A fresh held-out set beside the earlier fresh ones. Nothing is ever tuned on it: it is
# measured only. No query string repeats one of another set (checked against every *-queries.tsv, the seeds' included,
# before writing; "McHenry County jail ICE contract detainees" was dropped for being one word longer than an existing
# query, and replaced by afk4).
QUERIES = [
    ("afk1", "Naperville welcoming city resolution council", "keyword", "Naperville's 2017 debate over a proposed 'welcoming city' resolution: who proposed it, who raised it at the council and how it was received."),
    ("afk2", "Berwyn Welcoming City Ordinance police", "keyword", "Berwyn's 2017 Welcoming City Ordinance: the vote, its sponsors, what it means for the Berwyn police and immigration enforcement, and what was said about it."),
    ("afk3", "Safe Zones Act schools hospitals courthouses ICE", "keyword", "The Illinois Safe Zones Act (SB 35, 2018): model policies to limit ICE enforcement and local help with it at schools, hospitals, courthouses and other sensitive places, its passage and its backers."),
    ("afk4", "Coalition to Cancel the ICE Contract McHenry County", "keyword", "The campaign by the Coalition to Cancel the ICE Contract in McHenry County against the county jail's contract to hold ICE detainees: its demands, its actions and the contract's end."),
    ("afp1", "\"welcome all\"", "phrase", "Exact phrase: welcome all, in the debate over whether a town should declare itself welcoming to all immigrants."),
    ("afp2", "\"refused to cooperate\"", "phrase", "Exact phrase: refused to cooperate, on local law enforcement refusing to cooperate with ICE detainers or requests."),
    ("afp3", "\"sensitive locations\"", "phrase", "Exact phrase: sensitive locations, on places such as schools, hospitals and courthouses where immigration enforcement is or should be limited."),
    ("afp4", "\"detention contracts\"", "phrase", "Exact phrase: detention contracts, on agreements under which county jails hold immigration detainees for ICE."),
    ("afc1", "how students reacted to the Illinois TRUST Act", "concept", "How university students, especially undocumented and DACA students, reacted to the TRUST Act's signing and what they said it means for them and their families."),
    ("afc2", "federal agents sent to sanctuary cities because police will not help ICE", "concept", "The federal government sending extra agents (Border Patrol tactical units) to sanctuary cities such as Chicago because local police do not assist ICE, and how that was explained."),
    ("afc3", "ending county jail contracts to hold immigration detainees", "concept", "Efforts and laws to end county jails' contracts to house ICE detainees in Illinois (the Way Forward Act, local campaigns), and the arguments and consequences on each side."),
    ("afc4", "does refusing ICE detainers let dangerous people go free", "concept", "Claims that local refusal to honor ICE detainers or to cooperate with ICE releases criminals or dangerous people, and the examples and figures offered for them."),
    ("afs1", "Cesar Santoy Berwyn ordinance", "speaker", "What Berwyn Alderman Cesar Santoy said about the city's Welcoming City Ordinance and the police."),
    ("afs2", "Don Harmon immigrant families police", "speaker", "What Illinois Sen. Don Harmon said about laws limiting immigration enforcement and immigrants' trust in police."),
    ("afs3", "Henry Lucero Cook County detainers", "speaker", "What ICE official Henry Lucero said about Cook County's refusal to honor detainers and its consequences."),
    ("afs4", "Becky Anderson Naperville sanctuary", "speaker", "What Naperville councilwoman Becky Anderson proposed or said about Naperville being a welcoming or sanctuary city."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
