# The fresh-o held-out queries: (id, query as a researcher types it, class, information need).
# Over the 15 articles of ../devset/fresh-o/articles/ (part O, measured only, never used for any tuning). Written after
# reading all 15 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/fresho_grades.py). A fifth held-out set beside
# the fresh, fresh-g, fresh-m and fresh-n ones. Nothing is ever tuned on them: they are measured only.
QUERIES = [
    ("ok1", "sanctuary campus", "keyword", "Universities and colleges asked to become, or declining to become, 'sanctuary campuses', and what campus policies and campus police do or do not do with ICE."),
    ("ok2", "Immigrant Trust Directive", "keyword", "New Jersey's Immigrant Trust Directive (Attorney General Gurbir Grewal, 2018-2019): what it bars, the sheriffs who renewed ICE agreements against it and the Justice Department's challenge to it."),
    ("ok3", "Normal welcoming ordinance", "keyword", "The Town of Normal's 2018 'welcoming community' ordinance: the vote, what it requires of police before contacting ICE, and what supporters and advocates said about it."),
    ("ok4", "executive order", "keyword", "Executive orders in the sanctuary fight: Trump's 2017 orders on immigration enforcement and sanctuary funding, and Chicago's own mayoral order that began its sanctuary status."),
    ("op1", "\"sanctuary jurisdictions\"", "phrase", "Exact phrase: sanctuary jurisdictions (places that limit cooperation with federal immigration enforcement), their critics and defenders."),
    ("op2", "\"federal funds\"", "phrase", "Exact phrase: federal funds withheld or threatened to pressure sanctuary cities and states, and the fight over whether that is lawful."),
    ("op3", "\"immigrant communities\"", "phrase", "Exact phrase: immigrant communities and their trust in (or fear of) police and government in the sanctuary debate."),
    ("op4", "\"ICE detainees\"", "phrase", "Exact phrase: people held for ICE in local jails or facilities, and the contracts and conditions of that detention."),
    ("oc1", "universities refusing to help immigration agents on campus", "concept", "Campuses and their police saying they will not enforce immigration law, arrest students on status or share students' immigration information with ICE."),
    ("oc2", "federal government taking states to court over immigrant protection rules", "concept", "Lawsuits and filings by the federal government (or backed by it) against state or local limits on cooperation with ICE, and cities' suits against federal conditions."),
    ("oc3", "churches protecting immigrants from deportation", "concept", "Churches, dioceses and clergy keeping immigration agents out, offering sanctuary or organising help for immigrants facing deportation."),
    ("oc4", "claims that sanctuary laws shield criminals", "concept", "Arguments that sanctuary laws and policies protect criminal immigrants from detention and deportation or endanger the public."),
    ("os1", "Cupich ICE warrant", "speaker", "What Cardinal Cupich told Chicago's priests about immigration agents who come to church property without a warrant."),
    ("os2", "Bleichner welcoming ordinance", "speaker", "What Normal Police Chief Richard Bleichner said about the town's welcoming community ordinance and his department's dealings with ICE."),
    ("os3", "Grewal directive sheriffs", "speaker", "What New Jersey Attorney General Gurbir Grewal said in defence of his directive against the sheriffs and the federal challenge to it."),
    ("os4", "IRLI brief TRUST Act", "speaker", "What the Immigration Reform Law Institute argued in its brief against Illinois's TRUST Act."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
