# The fresh-zw held-out queries: (id, query as a researcher types it, class, information need).
# Over the 11 articles of ../devset/fresh-zw/articles/ (part ZW, measured only, never used for any tuning). Written after
# reading all 11 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzw_grades.py). A held-out set beside the
# fresh, fresh-g, fresh-m and fresh-n to fresh-zu ones. Nothing is ever tuned on it: it is measured only. No query
# string repeats one of another set (checked against every relevance/*-queries.tsv before writing; "\"federal immigration enforcement\"" and
# "\"sanctuary jurisdictions\"" were dropped for that reason).
# First written over the part's first 8 articles; when three more (d4908-d4910) were added, two queries were replaced
# (zwc1, zws3) after reading them, still before any grade.
QUERIES = [
    ("zwk1", "Will County non-sanctuary resolution rejected", "keyword", "The July 2024 Will County Board vote rejecting a resolution declaring Will a non-sanctuary county, and what residents and board members said for and against it."),
    ("zwk2", "DOJ lawsuit Illinois Chicago Cook County sanctuary laws", "keyword", "The Justice Department's February 2025 suit against Illinois, Chicago and Cook County over the TRUST Act, the Way Forward Act, the Welcoming City Ordinance and the county's detainer policy, and how it was argued."),
    ("zwk3", "House Oversight hearing sanctuary city mayors", "keyword", "The March 2025 House Oversight Committee hearing at which the mayors of Chicago, New York, Boston and Denver were questioned about their sanctuary policies."),
    ("zwk4", "Welcoming City Ordinance 2021 update police ICE", "keyword", "What Chicago's Welcoming City Ordinance forbids police and city agents to do with ICE, including the exceptions removed in 2021."),
    ("zwp1", "\"non-sanctuary county\"", "phrase", "Exact phrase: non-sanctuary county, on county resolutions declaring themselves not to be sanctuaries."),
    ("zwp2", "\"requests, not obligations\"", "phrase", "Exact phrase: requests, not obligations, on whether ICE requests bind Illinois police."),
    ("zwp3", "\"shielding undocumented immigrants\"", "phrase", "Exact phrase: shielding undocumented immigrants, in accusations that sanctuary cities protect immigrants from ICE."),
    ("zwp4", "\"virtue signals\"", "phrase", "Exact phrase: virtue signals, in criticism of the sanctuary city label as political posturing."),
    ("zwc1", "downstate counties refusing to be sanctuaries for migrants", "concept", "Illinois counties and towns outside Chicago that declared themselves non-sanctuary (resolutions, ordinances), why they did it, and the opposition to such declarations."),
    ("zwc2", "fear of deportation keeps immigrants from reporting crimes", "concept", "The argument that immigrants who fear arrest and deportation avoid police, courts and services, and that local non-cooperation with ICE makes neighbourhoods safer."),
    ("zwc3", "what Illinois police are not allowed to do for ICE", "concept", "What state and local law enforcement in Illinois may not do to help federal immigration enforcement (detainers, access, information sharing, questioning about status) and why detainers are only requests."),
    ("zwc4", "sanctuary cities accused of defying federal law", "concept", "Claims by Republicans, the Justice Department or commentators that sanctuary jurisdictions defy, obstruct or violate federal immigration law."),
    ("zws1", "Pam Bondi sanctuary cities lawsuit message", "speaker", "What Attorney General Pam Bondi said about the lawsuit against Chicago and Illinois and about sanctuary cities."),
    ("zws2", "James Comer sanctuary mayors hearing", "speaker", "What Rep. James Comer (and the Republicans questioning with him) said or argued about the sanctuary-city mayors at the Oversight hearing."),
    ("zws3", "Drew Muffler Grundy County non-sanctuary", "speaker", "What Drew Muffler, Grundy County Board chairman, said about the county's non-sanctuary ordinance and its voters' wishes."),
    ("zws4", "Illinois attorney general guidance TRUST Act law enforcement", "speaker", "What the Illinois Attorney General's office says in its guidance to law enforcement about the TRUST Act and cooperation with immigration authorities."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
