# The fresh-q held-out queries: (id, query as a researcher types it, class, information need).
# Over the 15 articles of ../devset/fresh-q/articles/ (part Q, measured only, never used for any tuning). Written after
# reading all 15 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshq_grades.py). A seventh held-out set
# beside the fresh, fresh-g, fresh-m, fresh-n, fresh-o and fresh-p ones. Nothing is ever tuned on them: they are
# measured only. No query string repeats one of another set (checked against their TSVs before writing).
QUERIES = [
    ("qk1", "Welcoming City carve-outs", "keyword", "The exceptions (carve-outs) in Chicago's Welcoming City Ordinance that let police work with ICE in some cases: their removal in 2020-2021, proposals to restore them, and the arguments on both sides."),
    ("qk2", "sanctuary repeal ballot", "keyword", "Ballot measures and referendums on repealing or keeping a sanctuary law or status (Oregon's Measure 105, the proposed Chicago referendum), and who backs or opposes them."),
    ("qk3", "ICE jail agreements", "keyword", "Agreements between county jails or sheriffs and ICE (287(g) deals, housing detainees, holding people for ICE), and orders or laws that end or require them."),
    ("qk4", "sheriffs sanctuary law", "keyword", "Sheriffs' positions on sanctuary laws and directives: sheriffs backing repeal, defying a state directive, or explaining what they do with ICE."),
    ("qp1", "\"sanctuary cities\"", "phrase", "Exact phrase: sanctuary cities (cities that limit cooperation with federal immigration enforcement), bans on them and federal action against them."),
    ("qp2", "\"federal immigration\"", "phrase", "Exact phrase: federal immigration (authorities, agents, laws, agencies) and whether state and local officials cooperate with them."),
    ("qp3", "\"law enforcement officers\"", "phrase", "Exact phrase: law enforcement officers, and the limits on or duties of state and local officers in immigration enforcement."),
    ("qp4", "\"federal agents\"", "phrase", "Exact phrase: federal agents (immigration and border agents) operating in sanctuary jurisdictions and local responses to them."),
    ("qc1", "sheriffs who want to keep working with ICE despite state limits", "concept", "Sheriffs and county officials who support cooperation with ICE against a state's sanctuary law or directive, or defend their own agreements with ICE."),
    ("qc2", "does limiting police cooperation with ICE make communities safer", "concept", "Arguments about public safety and sanctuary policies: trust and crime reporting on one side, released criminals and preventable crimes on the other."),
    ("qc3", "statewide rules that stop local police from helping immigration agents", "concept", "State laws and state directives (Illinois TRUST and Way Forward Acts, New Jersey's Immigrant Trust Directive, Oregon's law) that bar local police and jails from assisting immigration enforcement, and what they provide."),
    ("qc4", "letting voters decide whether to keep sanctuary protections", "concept", "Proposals and votes that put a city's or state's sanctuary status to the voters, and the arguments for and against doing so."),
    ("qs1", "Grewal 287(g) directive", "speaker", "What New Jersey Attorney General Gurbir Grewal said about his directive limiting police help to ICE and ending 287(g) agreements."),
    ("qs2", "Lightfoot Border Patrol agents", "speaker", "What Chicago Mayor Lori Lightfoot said about the Border Patrol tactical agents sent to sanctuary cities in 2020, or about the Welcoming City exceptions."),
    ("qs3", "William Kelly Trust Act", "speaker", "What Republican gubernatorial candidate William J. Kelly said about the Illinois Trust Act as a sanctuary state bill."),
    ("qs4", "Albence sanctuary jurisdictions", "speaker", "What acting ICE director Matthew Albence said about sanctuary or uncooperative jurisdictions and the released criminals he blames on them."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
