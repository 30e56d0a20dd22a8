# The fresh-ag held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-ag/articles/ (part AG, measured only, never used for any tuning; articles dated
# 2022-2025). Written after reading all 10 articles and before any grade, by a session that never ran the product (so
# there is no run and no pool: every content paragraph of the part is judged against every query,
# tools/freshag_grades.py). Nothing is ever tuned on them: they are measured only. No query string repeats one of another
# set (checked, exact and case-insensitive, against every *-queries.tsv of this folder before writing; near neighbours
# such as "McHenry County jail ICE contract" and "Abbott migrant buses sanctuary city Lightfoot" exist and were avoided).
QUERIES = [
    ("agk1", "McHenry County jail ICE detainees contract", "keyword", "The end of McHenry County's contract to hold ICE detainees in its jail under the Way Forward Act: the last detainees leaving, the notice to ICE, and the accounts of former detainees and activists."),
    ("agk2", "Lake County Board resolution county property ICE", "keyword", "The October 2025 Lake County Board resolution barring federal civil immigration enforcement from county parking lots, vacant lots and garages, and the board debate over it."),
    ("agk3", "non-sanctuary resolution county board origin", "keyword", "The 2024 county \"non-sanctuary\" resolutions in Illinois: where their wording came from, which counties and suburbs passed such measures, and why."),
    ("agk4", "Way Forward Act reporting attorney general compliance", "keyword", "The Way Forward Act's annual reporting requirements and the Attorney General's data and statements on whether law enforcement agencies comply with the TRUST and VOICES Acts."),
    ("agp1", "\"kabuki theater\"", "phrase", "Exact phrase: kabuki theater, used to dismiss local measures against immigration enforcement as for show."),
    ("agp2", "\"no legal binding\"", "phrase", "Exact phrase: no legal binding, on whether signs or resolutions barring immigration agents from public property have any legal force."),
    ("agp3", "\"self-declared sanctuary city\"", "phrase", "Exact phrase: self-declared sanctuary city, on Chicago's sanctuary status and what it takes on."),
    ("agp4", "\"more humane\"", "phrase", "Exact phrase: more humane, on claims that a state law's way of dealing with immigrants (ending immigration detention) is more humane."),
    ("agc1", "can towns keep ICE off public parking lots", "concept", "Whether cities, villages and counties can bar federal immigration agents from using their lots, garages and buildings for enforcement: the measures passed, what they say, and doubts about enforcing them."),
    ("agc2", "ending ICE detention contracts at county jails", "concept", "Illinois' ban on county jails holding immigration detainees for ICE (the Way Forward Act): the contracts ending, the court fight over the ban, and who defends or opposes it."),
    ("agc3", "cost of migrants to a sanctuary state", "concept", "The cost and capacity strain of migrants arriving in Chicago and Illinois, and arguments that sanctuary status should end because of it."),
    ("agc4", "are local anti-ICE measures just symbolic", "concept", "Claims that local measures limiting immigration enforcement are symbolic, theatrical or unenforceable, the replies to those claims, and criticism that officials fail to enforce the protections that exist."),
    ("ags1", "Lori Lightfoot migrant buses Abbott", "speaker", "What Chicago Mayor Lori Lightfoot said or wrote to Texas Gov. Greg Abbott about migrant buses and Chicago as a Welcoming City."),
    ("ags2", "James Mendrick DuPage County signs", "speaker", "What DuPage County Sheriff James Mendrick said about the county's signs limiting immigration enforcement on county property."),
    ("ags3", "Michael Danforth ICE resolution", "speaker", "What Lake County Board member Michael Danforth said or did about the resolution barring ICE from county property, and about ICE."),
    ("ags4", "Byron Sigcho-Lopez sanctuary policies", "speaker", "What Chicago Ald. Byron Sigcho-Lopez said about ICE raids, the governor and the enforcement of existing sanctuary policies."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
