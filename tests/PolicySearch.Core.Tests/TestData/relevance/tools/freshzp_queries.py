# The fresh-zp held-out queries: (id, query as a researcher types it, class, information need).
# Over the 9 articles of ../devset/fresh-zp/articles/ (part ZP, measured only, never used for any tuning). Written after
# reading all 9 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzp_grades.py). A held-out set beside
# the fresh, fresh-g and fresh-m to fresh-zo ones. Nothing is ever tuned on them: they are measured only. No query string
# repeats one of another set (checked against every relevance/*-queries.tsv before writing the grades).
QUERIES = [
    ("zpk1", "sanctuary city referendum Chicago ballot", "keyword", "The 2023 attempts to put a non-binding question on Chicago's March 2024 ballot asking whether the city should keep its sanctuary city designation, and the City Council's handling of them."),
    ("zpk2", "Way Forward Act ICE detention contracts", "keyword", "The Illinois Way Forward Act (SB 667) and its ban on local jails holding ICE detainees under contract, and the county contracts it targets."),
    ("zpk3", "Woodford County non-sanctuary resolution", "keyword", "The proposed resolution declaring Woodford County a 'non-sanctuary' county, the board's handling of it and its backers' reasons."),
    ("zpk4", "Evanston ICE not welcome Welcoming City", "keyword", "Evanston's response to federal immigration agents in the city: the mayor's message, its Welcoming City ordinance and ICE-free zones."),
    ("zpp1", "\"sanctuary state bill\"", "phrase", "Exact phrase: sanctuary state bill, on whether Illinois' TRUST Act (SB 31) is one."),
    ("zpp2", "\"non-sanctuary\"", "phrase", "Exact phrase: non-sanctuary, on county resolutions declaring themselves non-sanctuary."),
    ("zpp3", "\"sanctuary city ordinance\"", "phrase", "Exact phrase: sanctuary city ordinance, on what Chicago's sanctuary (Welcoming City) ordinance does or does not do."),
    ("zpp4", "\"build trust\"", "phrase", "Exact phrase: build trust, on sanctuary policies building trust between immigrants and local police."),
    ("zpc1", "letting voters decide whether a city stays a sanctuary", "concept", "Proposals to let voters decide by referendum whether a city keeps its sanctuary status, the arguments for and against, and how they were blocked."),
    ("zpc2", "county jails paid to hold immigration detainees", "concept", "County jails under contract with ICE to house immigration detainees, what they are paid, and efforts to end or keep the contracts."),
    ("zpc3", "cost of caring for migrants used against sanctuary status", "concept", "Arguments that the cost of housing and serving migrants is a reason to end or reject sanctuary status, and rebuttals that the sanctuary ordinance has nothing to do with it."),
    ("zpc4", "TRUST Act called a sanctuary law in disguise", "concept", "Claims that the Illinois TRUST Act is really a sanctuary law hidden behind a euphemism or denied as one, and the dispute over Rauner's denial."),
    ("zps1", "Brandon Johnson congressional hearing sanctuary", "speaker", "What Chicago Mayor Brandon Johnson said in defending sanctuary policies at the March 2025 congressional hearing."),
    ("zps2", "Anthony Beale referendum sanctuary city", "speaker", "What Alderman Anthony Beale said or did in pushing a referendum on Chicago's sanctuary city status."),
    ("zps3", "Daniel Biss ICE Evanston", "speaker", "What Evanston Mayor Daniel Biss said about federal immigration agents in Evanston."),
    ("zps4", "David McSweeney SB 31 repeal", "speaker", "What state Rep. David McSweeney said about SB 31 (the TRUST Act) and his bill to repeal it."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
