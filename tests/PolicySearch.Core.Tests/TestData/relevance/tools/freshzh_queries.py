# The fresh-zh held-out queries: (id, query as a researcher types it, class, information need).
# Over the 8 articles of ../devset/fresh-zh/articles/ (part ZH, measured only, never used for any tuning). Written after
# reading all 8 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzh_grades.py). A further held-out set
# beside the fresh, fresh-g and fresh-m to fresh-zf ones. Nothing is ever tuned on them: they are measured only. No
# query string repeats one of another set (checked against every relevance/*-queries.tsv before writing; "sanctuary
# state" and "immigration status", first drafted as phrase queries, were already taken and were replaced).
QUERIES = [
    ("zhk1", "Iowa sanctuary ban Senate File 481", "keyword", "Iowa's 2018 law (Senate File 481) banning sanctuary policies and requiring local cooperation with immigration enforcement: what it does and the criticism of it."),
    ("zhk2", "Indianapolis ICE detainer settlement", "keyword", "The 2017 settlement under which the Marion County Sheriff's Office (Indianapolis) would stop holding people on ICE detainers without probable cause, and the ACLU suit behind it."),
    ("zhk3", "Byrne JAG grant conditions sanctuary cities", "keyword", "The Justice Department's immigration conditions on Byrne JAG law-enforcement grants to sanctuary cities such as Chicago, and the court fights over them (2017 injunction, 2020 Seventh Circuit ruling)."),
    ("zhk4", "sheriffs injunction Trust Act federal law conflict", "keyword", "The 2020 suit by four Illinois sheriffs seeking an injunction against the TRUST Act on the ground that it conflicts with federal immigration law, and the answers to it."),
    ("zhp1", "\"nationwide injunction\"", "phrase", "Exact phrase: nationwide injunction, on court orders blocking the grant conditions on sanctuary cities nationwide."),
    ("zhp2", "\"probable cause\"", "phrase", "Exact phrase: probable cause, on immigration detainers and holding people in jail for ICE without it."),
    ("zhp3", "\"separation of powers\"", "phrase", "Exact phrase: separation of powers, in rulings that the Attorney General could not impose immigration conditions on grants without Congress."),
    ("zhp4", "\"detainer requests\"", "phrase", "Exact phrase: detainer requests, on whether local jails and sheriffs honour ICE detainer requests."),
    ("zhc1", "police chiefs promising not to help ICE", "concept", "Police chiefs, sheriffs or departments committing not to assist federal immigration enforcement (not asking status, not holding people for ICE)."),
    ("zhc2", "courts blocking Justice Department grant conditions on sanctuary cities", "concept", "Court rulings that stop the Justice Department from withholding or conditioning law-enforcement grants to punish sanctuary cities, their reasoning and reactions to them."),
    ("zhc3", "state law forcing local police to cooperate with ICE", "concept", "State laws that require local governments and police to cooperate with federal immigration enforcement or forbid sanctuary policies, and arguments that such cooperation is or should be required."),
    ("zhc4", "fear among undocumented immigrants as sanctuary cities face federal threats", "concept", "Accounts of fear or vulnerability among undocumented immigrants, including in sanctuary cities, as the federal government threatens those cities and steps up deportations."),
    ("zhs1", "Bruce Rauner Trust Act not a sanctuary", "speaker", "What Gov. Bruce Rauner said about whether the TRUST Act he signed made Illinois a sanctuary state, and about sanctuary bills he vetoed."),
    ("zhs2", "Tom Yu Champaign police immigration", "speaker", "What Champaign City Attorney Tom Yu said about what Champaign police may and must do regarding immigration status and ICE."),
    ("zhs3", "VanVickle Snyders Trust Act lawsuit", "speaker", "What sheriffs Brian VanVickle (Ogle County) and David Snyders (Stephenson County) said about the TRUST Act in their lawsuit against it."),
    ("zhs4", "Melgarejo Catholic sanctuary cities", "speaker", "What Lorena Melgarejo, immigration advocate for the Archdiocese of San Francisco, said about immigrants' fear in sanctuary cities under Trump's threats."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
