# The fresh-zb held-out queries: (id, query as a researcher types it, class, information need).
# Over the 9 articles of ../devset/fresh-zb/articles/ (part ZB, measured only, never used for any tuning). Written after
# reading all 9 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzb_grades.py). A held-out set beside
# the fresh, fresh-g and fresh-m to fresh-z ones. Nothing is ever tuned on them: they are measured only. No query
# string repeats one of another set (checked case-blind against every relevance/*-queries.tsv before writing;
# "public safety", "immigration status", "detention center" and "federal immigration authorities" were dropped as
# phrase queries for that reason).
QUERIES = [
    ("zbk1", "county jail ICE beds revenue", "keyword", "What county jails earn by renting beds to ICE for immigration detainees, and how that business has grown or ended."),
    ("zbk2", "Pulaski County detention center Way Forward Act", "keyword", "The 2021 Illinois Way Forward Act ending ICE detention contracts at county jails such as Pulaski County's, and its effects."),
    ("zbk3", "Senate Bill 1203 TRUST Act repeal", "keyword", "The 2025 Illinois Senate bill to repeal the TRUST Act and require cooperation with ICE, and the case made for it."),
    ("zbk4", "Carbondale immigration resolution trustees", "keyword", "The Carbondale town board's resolution on immigration status, police and cooperation with federal immigration authorities."),
    ("zbp1", "\"revenue generator\"", "phrase", "Exact phrase: revenue generator, for immigration detention as a source of county money."),
    ("zbp2", "\"economic impact\"", "phrase", "Exact phrase: economic impact, of ending (or keeping) local detention or cooperation with ICE."),
    ("zbp3", "\"carve outs\"", "phrase", "Exact phrase: carve outs, the exceptions in Chicago's Welcoming City Ordinance that let police work with ICE."),
    ("zbp4", "\"federal custody\"", "phrase", "Exact phrase: federal custody, on transferring people held locally to ICE."),
    ("zbc1", "jails earning money by holding immigration detainees", "concept", "Local jails that house ICE detainees for federal payment, the money involved, and objections to or losses from ending it."),
    ("zbc2", "immigrant advocates saying the city's sanctuary law does not go far enough", "concept", "Immigrant rights groups criticising a city's sanctuary or welcoming ordinance, or its defence of it, as too weak, and demanding stronger protections."),
    ("zbc3", "ICE warning that refusing detainers endangers communities", "concept", "Federal immigration officials (or their allies) arguing that not honoring ICE detainers releases dangerous criminals and puts residents at risk."),
    ("zbc4", "small town resolution limiting police help to immigration agents", "concept", "A town or village adopting a resolution or ordinance that limits its police and employees from asking about immigration status or helping federal immigration enforcement."),
    ("zbs1", "Andrew Chesney repeal TRUST Act", "speaker", "What Illinois state Sen. Andrew Chesney says about the TRUST Act, Pritzker and cooperation with ICE."),
    ("zbs2", "Dale Fowler Way Forward Act", "speaker", "What Illinois state Sen. Dale Fowler said about the Way Forward Act ending ICE detention in his district."),
    ("zbs3", "Mark Curran sanctuary state bill", "speaker", "What Lake County Sheriff Mark Curran said about the TRUST Act (SB 31) and whether it makes Illinois a sanctuary state."),
    ("zbs4", "Chicago Immigration Working Group statement", "speaker", "What the Chicago Immigration Working Group said about Chicago's lawsuit against the Justice Department and the Welcoming City Ordinance."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
