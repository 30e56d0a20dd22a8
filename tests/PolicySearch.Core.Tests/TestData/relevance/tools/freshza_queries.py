# The fresh-za held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-za/articles/ (part ZA, measured only, never used for any tuning). Written
# after reading all 10 articles and before any grade, by a session that never ran the product (so there is no run and
# no pool: every content paragraph of the part is judged against every query, tools/freshza_grades.py). A held-out set
# beside the fresh, fresh-g and fresh-m to fresh-z ones. Nothing is ever tuned on them: they are measured only. No query
# string repeats one of another set (checked case-blind against every relevance/*-queries.tsv before writing;
# `"sanctuary city"` was dropped for that reason, and `"sanctuary campus"` and `"judicial warrant"` because the
# other sets hold them unquoted or in the plural).
QUERIES = [
    ("zak1", "Carbondale safe and welcoming community resolution", "keyword", "Carbondale's 2017 council resolution declaring it a safe and welcoming community that will not use city resources for immigration enforcement: what it says, the vote, who backed and who opposed it."),
    ("zak2", "Kane County property civil immigration enforcement", "keyword", "The Kane County Board's 2025 resolution barring use of county lots and garages for civil immigration enforcement, and how it relates to the TRUST Act."),
    ("zak3", "gang database ICE sanctuary loophole", "keyword", "How Chicago police's gang database let ICE reach immigrants despite the Welcoming City Ordinance, and the Catalan-Ramirez case."),
    ("zak4", "asylum seekers bused from Texas sanctuary city", "keyword", "Texas busing asylum seekers to Chicago and what it means for the city's sanctuary status, resources and residents."),
    ("zap1", "\"economic development\"", "phrase", "Exact phrase: economic development, in arguments about what sanctuary policies do for cities."),
    ("zap2", "\"gang database\"", "phrase", "Exact phrase: gang database, on the police gang list as an exception to Chicago's sanctuary protections."),
    ("zap3", "\"county property\"", "phrase", "Exact phrase: county property, on keeping county-owned property from use in civil immigration enforcement."),
    ("zap4", "\"asylum seekers\"", "phrase", "Exact phrase: asylum seekers, on migrants sent to sanctuary cities and the strain or the politics around them."),
    ("zac1", "do sanctuary cities help local economies", "concept", "Claims that sanctuary policies go with stronger local economies or are good for cities, and the counter-claims about their cost."),
    ("zac2", "small city council votes to stay out of immigration enforcement", "concept", "A town or small-city council (or county board) adopting a measure that keeps local resources or police out of federal immigration enforcement, and the vote on it."),
    ("zac3", "what counts as a sanctuary city", "concept", "Definitions of a sanctuary city or policy: which limits on police cooperation with immigration authorities make a place a sanctuary, and where the term comes from."),
    ("zac4", "Texas busing migrants to embarrass sanctuary cities", "concept", "The argument that Texas sent migrants north to discredit or overwhelm sanctuary cities, and how writers judge it."),
    ("zas1", "Jess Jobe Carbondale resolution", "speaker", "What Jess Jobe, an initiator of the Carbondale welcoming resolution, said about it."),
    ("zas2", "Celene Adame ICE", "speaker", "What Celene Adame said or displayed about ICE's arrest of her partner Wilmer Catalan-Ramirez."),
    ("zas3", "Immigrant Legal Resource Center sanctuary count", "speaker", "The Immigrant Legal Resource Center's estimate of how many cities and counties can be considered sanctuary jurisdictions."),
    ("zas4", "Catalan-Ramirez lawsuit Welcoming City ordinance", "speaker", "What Wilmer Catalan-Ramirez's lawsuit claims about his arrest, the gang database and Chicago's Welcoming City Ordinance."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
