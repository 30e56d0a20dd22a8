# The fresh-zm held-out queries: (id, query as a researcher types it, class, information need).
# Over the 8 articles of ../devset/fresh-zm/articles/ (part ZM, measured only, never used for any tuning). Written after
# reading all 8 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzm_grades.py). Nothing is ever tuned
# on them: they are measured only. No query string repeats one of another set (checked against their TSVs and the
# seeds' before writing).
QUERIES = [
    ("zmk1", "287(g) Wisconsin sheriffs", "keyword", "Wisconsin county sheriffs signing 287(g) agreements with ICE in 2025, how many, under which models, and the criticism of them."),
    ("zmk2", "ICE police database access Chicago", "keyword", "Chicago cutting off ICE's access to Chicago Police Department databases, and Chicago police refusing to help ICE."),
    ("zmk3", "sanctuary campus warrants federal funding", "keyword", "Whether a university should become a 'sanctuary campus' refusing immigration warrants, and the federal-funding and legal risks of doing so."),
    ("zmk4", "sanctuary governors Oversight hearing", "keyword", "The House Oversight Committee's 2025 hearing and investigation calling Pritzker, Walz and Hochul to testify on their states' sanctuary policies."),
    ("zmp1", "\"warrant service officer\"", "phrase", "Exact phrase: warrant service officer, the 287(g) model under which deputies serve ICE administrative warrants in jails."),
    ("zmp2", "\"sanctuary church\"", "phrase", "Exact phrase: sanctuary church, congregations sheltering immigrants facing deportation."),
    ("zmp3", "\"taxpayer dollars\"", "phrase", "Exact phrase: taxpayer dollars, on what cooperation with ICE or sanctuary policies cost taxpayers."),
    ("zmp4", "\"judicial warrant\"", "phrase", "Exact phrase: judicial warrant, on when immigration agents need a judge-signed warrant to arrest or enter."),
    ("zmc1", "local jails handing immigrants over to ICE", "concept", "Local jails and sheriffs holding people for ICE, serving its warrants or transferring them into ICE custody, and how that works."),
    ("zmc2", "cost of immigration enforcement to local budgets", "concept", "What helping (or refusing to help) federal immigration enforcement costs local governments, institutions and taxpayers."),
    ("zmc3", "places immigration agents cannot enter without a warrant", "concept", "Campuses, churches and other spaces that immigration agents may not enter, or where enforcement is limited, without a judicial warrant."),
    ("zmc4", "city refuses to help ICE during raids", "concept", "A city or its police announcing that they will not cooperate with ICE raids or immigration enforcement."),
    ("zms1", "Lori Lightfoot ICE databases", "speaker", "What Chicago Mayor Lori Lightfoot said about ICE, the raids and police databases."),
    ("zms2", "John Curran Pritzker testify", "speaker", "What Illinois Senate Republican Leader John Curran said about Pritzker, sanctuary policies and the Oversight hearing."),
    ("zms3", "ACLU of Wisconsin report 287(g)", "speaker", "What the ACLU of Wisconsin's report says about 287(g) agreements and sheriffs' cooperation with ICE."),
    ("zms4", "Mark Knutson sanctuary church", "speaker", "What Pastor Mark Knutson said about his church's sanctuary for immigrants and the sanctuary movement."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
