# The fresh-zn held-out queries: (id, query as a researcher types it, class, information need).
# Over the 11 articles of ../devset/fresh-zn/articles/ (part ZN, measured only, never used for any tuning). Written after
# reading all 11 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzn_grades.py). Seven of the eleven pages
# are not in English (Portuguese, Spanish, German, Japanese with an English gloss, Italian, French); the queries are
# mostly English, as a researcher of the US story would type them, and three phrase queries are in the pages' own
# languages ("ciudad santuario", "Sanctuary-City-Politik", "polizia locale"), so the set also measures whether a search
# reaches the non-English pages at all. Nothing is ever tuned on them: they are measured only. No query string repeats
# one of another set (checked against every relevance/*-queries.tsv before writing).
QUERIES = [
    ("znk1", "Johnson executive order ICE schools parks libraries", "keyword", "Chicago Mayor Brandon Johnson's 2025 executive order barring ICE from using city property (schools, parks, libraries, lots) for immigration enforcement, what it provides and what he said signing it."),
    ("znk2", "Welcoming City Ordinance carve-outs mayoral candidates", "keyword", "The campaign to remove the carve-outs from Chicago's Welcoming City Ordinance (and the gang database) and where the 2019 mayoral candidates stood on it."),
    ("znk3", "Jenkins dismissal sanctuary lawsuit Illinois", "keyword", "Judge Lindsay Jenkins's July 2025 dismissal of the Justice Department's suit against Illinois, Cook County and Chicago over their sanctuary policies, and her reasoning."),
    ("znk4", "TRUST Act amendment felony ICE cooperation", "keyword", "Proposals to amend the Illinois TRUST Act so that local police may cooperate with ICE on people charged with or convicted of felonies."),
    ("znp1", "\"ciudad santuario\"", "phrase", "Exact phrase (Spanish): ciudad santuario, in Spanish-language coverage of Chicago's sanctuary status and the fights over it."),
    ("znp2", "\"Sanctuary-City-Politik\"", "phrase", "Exact phrase (German): Sanctuary-City-Politik, in German-language coverage of the federal suit against Illinois' and Chicago's sanctuary policies."),
    ("znp3", "\"Insurrection Act\"", "phrase", "Exact phrase: Insurrection Act, on the Trump administration's threat to invoke it for deploying troops into Illinois and Chicago."),
    ("znp4", "\"polizia locale\"", "phrase", "Exact phrase (Italian): polizia locale, on Chicago's local police being ordered not to work with federal immigration forces."),
    ("znc1", "mayor orders city police not to help federal immigration raids", "concept", "A mayor (here Chicago's) ordering city police or city resources not to assist a federal immigration enforcement operation."),
    ("znc2", "judge rules federal government cannot force Illinois to cooperate with deportations", "concept", "Court rulings that the federal government cannot compel Illinois, Cook County or Chicago to assist federal immigration enforcement."),
    ("znc3", "state officials threaten to prosecute federal immigration agents", "concept", "Illinois officials saying state or local prosecutors could charge ICE or other federal agents over their conduct in immigration operations, and the federal reaction."),
    ("znc4", "lawmakers want local police to hand felony suspects to ICE", "concept", "Legislators arguing that local police should be allowed to work with ICE on immigrants charged with or convicted of serious crimes."),
    ("zns1", "Brandon Johnson police will not cooperate with ICE", "speaker", "What Chicago Mayor Brandon Johnson said or ordered about Chicago police and city resources not cooperating with ICE."),
    ("zns2", "JB Pritzker response to ICE in Chicago", "speaker", "What Illinois Gov. JB Pritzker said in response to ICE operations, the federal suit or state-level claims about immigration enforcement in Illinois."),
    ("zns3", "Terri Bryant TRUST Act", "speaker", "What Illinois state Sen. Terri Bryant said or proposed about the TRUST Act and cooperation with ICE."),
    ("zns4", "White House reaction Chicago mayor ICE order", "speaker", "What the White House said in reaction to Chicago Mayor Brandon Johnson's orders limiting cooperation with ICE."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
