# The fresh-zk held-out queries: (id, query as a researcher types it, class, information need).
# Over the 8 articles of ../devset/fresh-zk/articles/ (part ZK, measured only, never used for any tuning). Written after
# reading all 8 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzk_grades.py). A held-out set beside
# the fresh, fresh-g and fresh-m to fresh-zi ones. Nothing is ever tuned on them: they are measured only. No query string
# repeats one of another set or the seeds' (checked against their TSVs before writing; `"state law"` and `"detention
# center"` were dropped because other sets have them).
QUERIES = [
    ("zkk1", "287(g) task force model North Carolina", "keyword", "The 287(g) program of agreements deputizing local officers for ICE: its models (jail, task force, warrant service), its growth in 2025, and the criticism of it, as reported for North Carolina agencies."),
    ("zkk2", "sanctuary counties crime economy study", "keyword", "Tom Wong's 2017 study comparing crime rates and economic indicators in sanctuary and non-sanctuary counties, and what it found."),
    ("zkk3", "Dwight immigration detention center annexation", "keyword", "The 2019 proposal to annex land in Dwight, Illinois, for a privately built federal immigration detention center, the votes on it and the opposition."),
    ("zkk4", "Bloomington Normal welcoming ordinance council", "keyword", "Welcoming-city or welcoming-community ordinances limiting cooperation with ICE in Bloomington and Normal, Illinois: their debate, cancellation or passage."),
    ("zkp1", "\"welcoming-city ordinance\"", "phrase", "Exact phrase: welcoming-city ordinance, on a local ordinance limiting city cooperation with immigration enforcement."),
    ("zkp2", "\"sanctuary counties\"", "phrase", "Exact phrase: sanctuary counties, on counties that decline to help federal immigration enforcement and how they fare."),
    ("zkp3", "\"immigration detainers\"", "phrase", "Exact phrase: immigration detainers, on whether local jails may hold people for ICE."),
    ("zkp4", "\"city council\"", "phrase", "Exact phrase: city council, in reports of city councils taking up (or dropping) measures on immigrants and cooperation with ICE."),
    ("zkc1", "sheriffs explaining whether they will help ICE", "concept", "County sheriffs or their offices saying whether, and how far, their deputies and jails will cooperate with federal immigration enforcement."),
    ("zkc2", "city council shelves or passes protections for undocumented residents", "concept", "Municipal councils adopting, shelving or debating ordinances that protect undocumented residents from local involvement in immigration enforcement, and who argued for and against."),
    ("zkc3", "border czar threatens to prosecute a mayor who shields immigrants", "concept", "Federal officials (Trump's border czar) threatening sanctuary-city leaders with prosecution or a surge of agents if they do not cooperate."),
    ("zkc4", "deputizing local officers to enforce immigration law", "concept", "Programs and agreements that give local police or jail officers federal immigration-enforcement powers, and arguments about them."),
    ("zks1", "Tom Homan Chicago mayor prosecute", "speaker", "What Tom Homan said in Chicago about the mayor, the governor and the coming deportation operations."),
    ("zks2", "Tom Wong sanctuary study", "speaker", "What Professor Tom Wong said or found about sanctuary counties, deportations and local economies."),
    ("zks3", "Gary Caruana Winnebago sheriff immigration", "speaker", "What Winnebago County Sheriff Gary Caruana said about sanctuary status and his office's cooperation with immigration authorities."),
    ("zks4", "Ron Hain Kane County ICE memo", "speaker", "What Kane County Sheriff Ron Hain (or his office) said about not supporting ICE under state law."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
