# The fresh-zg held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-zg/articles/ (part ZG, measured only, never used for any tuning). Written after
# reading all 10 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzg_grades.py). A held-out set beside the
# fresh, fresh-g and fresh-m to fresh-zf ones. Nothing is ever tuned on them: they are measured only. No query string
# repeats one of another set (checked against every relevance/*-queries.tsv and the seeds' queries.tsv before writing).
QUERIES = [
    ("zgk1", "ICE detainers 1,700 released Illinois", "keyword", "The Department of Homeland Security's 2025 claim that Illinois jails and prisons released some 1,700 people held on ICE detainers instead of handing them over, and the dispute over that claim."),
    ("zgk2", "Cupich warrant church property", "keyword", "Cardinal Blase Cupich's 2017 directive that Chicago priests keep immigration agents off church property unless they show a warrant, and his reasons."),
    ("zgk3", "Seventh Circuit sanctuary cities federalism", "keyword", "Appeals-court and other court defeats of the Trump administration's fight against sanctuary cities, read as victories for federalism."),
    ("zgk4", "Senate Executive Committee TRUST Act vote", "keyword", "The Illinois Senate Executive Committee's April 2017 approval of the TRUST Act and what the bill would do."),
    ("zgp1", "\"executive orders\"", "phrase", "Exact phrase: executive orders, on Trump's immigration orders and the response to them by sanctuary places, advocates and churches."),
    ("zgp2", "\"police officer\"", "phrase", "Exact phrase: police officer(s), in text on police officers and immigration enforcement or immigration status."),
    ("zgp3", "\"state law\"", "phrase", "Exact phrase: state law, on what state law lets local police or jails do, or forbids them to do, for federal immigration enforcement."),
    ("zgp4", "\"warrant\"", "phrase", "Exact phrase: warrant, on the warrant required before police, jails, schools or churches help or admit immigration agents."),
    ("zgc1", "churches refusing immigration agents without a warrant", "concept", "Churches or church leaders refusing to let immigration agents onto their property without a warrant, and the limits they put on church sanctuary."),
    ("zgc2", "jails releasing inmates instead of honoring ICE holds", "concept", "Local jails and state prisons that release people at the end of their custody instead of holding them for ICE on a detainer, and the arguments over whether they should."),
    ("zgc3", "how much sanctuary policies reduce deportations", "concept", "Evidence or claims about how far sanctuary policies reduce deportations or hinder ICE's ability to find and remove people."),
    ("zgc4", "immigrant groups condemning Trump orders against sanctuary cities", "concept", "Immigrant, ethnic and advocacy organisations' statements against Trump's 2017 executive orders targeting sanctuary cities."),
    ("zgs1", "Blase Cupich immigration agents", "speaker", "What Cardinal Blase Cupich said about immigration agents, warrants and sanctuary in Chicago's churches."),
    ("zgs2", "Todd Lyons Illinois Attorney General detainers", "speaker", "What ICE's Todd Lyons wrote to the Illinois Attorney General about detainers and released inmates, and the Attorney General's office's answer."),
    ("zgs3", "David Brown Chicago police ICE trust", "speaker", "What Chicago Police Superintendent David Brown said about the department refusing to help ICE and about immigrant communities' trust."),
    ("zgs4", "Arab American Institute sanctuary cities statement", "speaker", "What the Arab American Institute said in its statement on Trump's executive orders on the wall and sanctuary cities."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
