# The fresh-zo held-out queries: (id, query as a researcher types it, class, information need).
# Over the 8 articles of ../devset/fresh-zo/articles/ (part ZO, measured only, never used for any tuning). Written after
# reading all 8 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzo_grades.py). Nothing is ever tuned on
# them: they are measured only. No query string repeats one of another set (checked against every
# relevance/*-queries.tsv, the seeds' included, before writing).
QUERIES = [
    ("zok1", "welcoming city ordinance police immigration status", "keyword", "Local welcoming-city ordinances (Normal, Rockford, Chicago) that bar police and city staff from asking about or acting on immigration status, what they contain and who backs them."),
    ("zok2", "Pulaski County detention center ICE contract", "keyword", "The end of the Pulaski County (Ullin) detention center's ICE contract under the Illinois Way Forward Act, and what happened to the detainees."),
    ("zok3", "sanctuary ordinance amendment criminal exceptions", "keyword", "Proposals to amend a sanctuary (Welcoming City) ordinance to allow cooperation with ICE for people arrested for or convicted of crimes."),
    ("zok4", "sheriff honor detainers federal funding", "keyword", "Sheriffs honoring ICE detainers, and federal threats to cut funding to local law enforcement that does not comply."),
    ("zop1", "\"welcoming community\"", "phrase", "Exact phrase: welcoming community, as officials describe a town's stance toward immigrants."),
    ("zop2", "\"Way Forward Act\"", "phrase", "Exact phrase: Way Forward Act, the 2021 Illinois law ending county ICE detention contracts."),
    ("zop3", "\"current practices\"", "phrase", "Exact phrase: current practices, as officials say a welcoming ordinance only writes down what police already do."),
    ("zop4", "\"false choice\"", "phrase", "Exact phrase: false choice, Emanuel's line that Chicago need not choose between being a welcoming city and community policing."),
    ("zoc1", "police chiefs saying they do not enforce immigration law", "concept", "Police chiefs, sheriffs or mayors stating that their local police do not (or will) take part in federal immigration enforcement."),
    ("zoc2", "cities suing the Trump administration over sanctuary funding", "concept", "Cities going to court against the Trump administration over conditions or cuts to federal funds aimed at sanctuary jurisdictions."),
    ("zoc3", "restoring police cooperation with ICE for criminal immigrants", "concept", "Arguments and proposals that local police should work with ICE at least on immigrants charged with or convicted of crimes."),
    ("zoc4", "immigrants released or transferred when county jails end ICE detention", "concept", "What happens to people held for ICE when a county jail's detention contract ends: releases, transfers, advocates' requests."),
    ("zos1", "Samantha Bee sanctuary cities", "speaker", "What comedian Samantha Bee said about sanctuary cities on Full Frontal."),
    ("zos2", "Chris Koos welcoming ordinance Normal", "speaker", "What Normal Mayor Chris Koos said about the town's welcoming ordinance and the negotiations over it."),
    ("zos3", "Kelly Wilhelmi detainers", "speaker", "What Whiteside County Sheriff Kelly Wilhelmi said about honoring immigration detainers and warrants."),
    ("zos4", "Illinois Coalition for Immigrant and Refugee Rights Pulaski release", "speaker", "What the Illinois Coalition for Immigrant and Refugee Rights said (in its release) about the Pulaski detainees' release or transfer."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
