# The fresh-zr held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-zr/articles/ (part ZR, measured only, never used for any tuning). Written after
# reading all 10 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzr_grades.py). A held-out set beside
# the fresh, fresh-g and fresh-m to fresh-zq ones. Nothing is ever tuned on them: they are measured only. No query
# string repeats one of another set (checked against every relevance/*-queries.tsv before writing; two first drafts,
# "criminal aliens" and "immigration detainers" in quotes, were already taken and were replaced).
QUERIES = [
    ("zrk1", "DOJ letters TRUST Act compliance grant money", "keyword", "The Justice Department's 2017 letters telling Illinois that the TRUST Act put it out of compliance with federal law and threatening its law enforcement grant money, and the answers to them."),
    ("zrk2", "287(g) agreements Texas counties", "keyword", "Local law enforcement agencies (Texas counties and others) signing 287(g) agreements to help ICE, and the program's growth under Trump."),
    ("zrk3", "Welcoming City Ordinance amendment Lopez Tabares", "keyword", "The proposal by Aldermen Raymond Lopez and Silvana Tabares to amend Chicago's Welcoming City Ordinance so police may work with immigration agents, and the fight over it."),
    ("zrk4", "Urbana sanctuary city federal funds", "keyword", "Urbana's sanctuary city measure, what it does, and the federal money it could cost the city."),
    ("zrp1", "\"does not make Illinois a sanctuary state\"", "phrase", "Exact phrase: does not make Illinois a sanctuary state, in defences of the TRUST Act against the sanctuary label."),
    ("zrp2", "\"sanctuary city status\"", "phrase", "Exact phrase: sanctuary city status, on a city's standing as a sanctuary and attempts to change it."),
    ("zrp3", "\"federal money\"", "phrase", "Exact phrase: federal money, on federal funds withheld or put at risk over sanctuary policies."),
    ("zrp4", "\"dangerous policies\"", "phrase", "Exact phrase: dangerous policies, in claims that local limits on cooperation with ICE endanger the public."),
    ("zrc1", "immigrant advocates thanking Rauner for agreeing to sign", "concept", "Immigrant advocates and immigrants thanking or praising Governor Rauner for committing to sign the TRUST Act."),
    ("zrc2", "federal officials blaming sanctuary policies for releasing dangerous criminals", "concept", "Federal immigration officials arguing that sanctuary policies let criminal immigrants go free and make communities less safe."),
    ("zrc3", "sanctuary protections unrelated to migrant shelter costs", "concept", "Arguments that Chicago's Welcoming City Ordinance has nothing to do with the cost of sheltering and serving arriving migrants, against moves to repeal it (and the opposing cost claims)."),
    ("zrc4", "laws that make immigrants less afraid of local police", "concept", "The argument that limits on police involvement in immigration enforcement let immigrants deal with local police and government without fear of deportation."),
    ("zrs1", "Rebecca Glenberg ACLU TRUST Act", "speaker", "What ACLU of Illinois attorney Rebecca Glenberg said about the TRUST Act and federal threats against it."),
    ("zrs2", "Frank Chapman Welcoming City", "speaker", "What activist Frank Chapman said about Chicago's Welcoming City Ordinance and the proposal to weaken it."),
    ("zrs3", "Ricardo Wong ICE Chicago", "speaker", "What ICE Chicago field office director Ricardo Wong said about sanctuary policies and ICE operations in the Chicago area."),
    ("zrs4", "Andy Kang Advancing Justice TRUST Act", "speaker", "What Andy Kang of Asian Americans Advancing Justice | Chicago said about the TRUST Act and Rauner's commitment to sign it."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
