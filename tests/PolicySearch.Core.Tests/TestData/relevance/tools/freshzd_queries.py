# The fresh-zd held-out queries: (id, query as a researcher types it, class, information need).
# Over the 9 articles of ../devset/fresh-zd/articles/ (part ZD, measured only, never used for any tuning). Written after
# reading all 9 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzd_grades.py). A held-out set beside the
# fresh, fresh-g and fresh-m to fresh-zb ones. Nothing is ever tuned on them: they are measured only. No query string
# repeats one of another set (checked case-blind against their TSVs and the seeds' before writing).
QUERIES = [
    ("zdk1", "Orland Park not a sanctuary city ordinance", "keyword", "Orland Park's January 2024 ordinance declaring the village not a sanctuary city, and its 2025 resolution backing cooperation with federal immigration authorities and the TRUST Act's repeal."),
    ("zdk2", "ICE detainers voluntary counties lawsuits", "keyword", "The argument that ICE detainers are requests counties may decline, and that holding people on them without a judicial warrant exposes counties to lawsuits."),
    ("zdk3", "Jackson County safe and welcoming resolution", "keyword", "The 2017 vote of the Jackson County, Illinois board on a 'safe and welcoming county' resolution for immigrants."),
    ("zdk4", "Chicago lawsuit grant money sanctuary cities", "keyword", "Chicago's 2017 suit against the Justice Department over federal grant money withheld from sanctuary cities, and federal threats to cut such grants."),
    ("zdp1", "\"community policing\"", "phrase", "Exact phrase: community policing, as the rationale for limiting local police involvement in immigration enforcement."),
    ("zdp2", "\"federal responsibility\"", "phrase", "Exact phrase: federal responsibility, in the argument that immigration enforcement belongs to the federal government, not local police."),
    ("zdp3", "\"not a sanctuary city\"", "phrase", "Exact phrase: not a sanctuary city, in local declarations against sanctuary status."),
    ("zdp4", "\"Fourth Amendment\"", "phrase", "Exact phrase: Fourth Amendment, on constitutional limits to holding people for immigration authorities."),
    ("zdc1", "suburb declaring it will cooperate with immigration agents", "concept", "A municipality that formally pledges its police will work with federal immigration authorities, against state sanctuary law."),
    ("zdc2", "counties say honoring detainers without warrants invites lawsuits", "concept", "County officials' position that warrantless detainers are voluntary and legally risky, and that counties already cooperate when appropriate."),
    ("zdc3", "residents angry that migrants get money instead of poor neighborhoods", "concept", "Residents' and commentators' complaints that money spent on migrants in a sanctuary city should go to poor neighborhoods, and the cost argument against sanctuary status."),
    ("zdc4", "federal threats to punish sanctuary jurisdictions by cutting grants", "concept", "Federal attempts to punish or defund sanctuary jurisdictions (executive orders, grant conditions, calls for defunding) and the responses to them."),
    ("zds1", "Keith Pekau sanctuary ordinance", "speaker", "What Orland Park Mayor Keith Pekau said about the village's non-sanctuary ordinance and about state and county sanctuary laws."),
    ("zds2", "Matthew Chase NACo statement Sessions", "speaker", "What NACo Executive Director Matthew Chase said in answer to Attorney General Sessions's remarks on sanctuary jurisdictions and detainers."),
    ("zds3", "Ali Noorani sanctuary roundtable", "speaker", "What Ali Noorani of the National Immigration Forum said about the White House roundtable on sanctuary cities and penalizing such jurisdictions."),
    ("zds4", "Tom Homan Chicago deportations first", "speaker", "What Tom Homan said or planned about starting deportations in Chicago, a sanctuary city."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
