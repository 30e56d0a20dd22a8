# The fresh-zq held-out queries: (id, query as a researcher types it, class, information need).
# Over the 8 articles of ../devset/fresh-zq/articles/ (part ZQ, measured only, never used for any tuning). Written after
# reading all 8 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzq_grades.py). Nothing is ever tuned on
# them: they are measured only. No query string repeats one of another set (checked against their TSVs and the seeds'
# before writing; "sanctuary state" was taken, so the phrase class uses "non-sanctuary").
QUERIES = [
    ("zqk1", "287(g) agreements sheriffs jails", "keyword", "The 287(g) program: sheriffs' and counties' agreements with ICE to screen their jails, how many there are, and who joins or leaves."),
    ("zqk2", "non-sanctuary county resolution vote", "keyword", "Illinois county boards voting on resolutions declaring a 'non-sanctuary county', what the resolutions say and who backs or opposes them."),
    ("zqk3", "Rauner signs TRUST Act sanctuary state critics", "keyword", "Rauner's 2017 signing of the TRUST Act and the criticism that it makes Illinois a sanctuary state."),
    ("zqk4", "Operation Midway Blitz DHS sanctuary policies", "keyword", "The 2025 DHS Operation Midway Blitz in Chicago and its justification by Illinois' sanctuary policies."),
    ("zqp1", "\"business as usual\"", "phrase", "Exact phrase: business as usual, for local police practice unchanged by the TRUST Act."),
    ("zqp2", "\"non-sanctuary\"", "phrase", "Exact phrase: non-sanctuary, for counties declaring themselves non-sanctuary."),
    ("zqp3", "\"signed by a judge\"", "phrase", "Exact phrase: signed by a judge, the judicial warrant the TRUST Act requires before holding someone for immigration authorities."),
    ("zqp4", "\"immigration crisis\"", "phrase", "Exact phrase: immigration crisis, in local resolutions and arguments about migrants and sanctuary status."),
    ("zqc1", "sheriffs declining to help with mass deportations", "concept", "Sheriffs or police who say state law keeps them from helping federal deportation efforts, and how they describe their practice."),
    ("zqc2", "jurisdictions ending agreements with ICE and the public safety cost", "concept", "Counties or cities withdrawing from cooperation with ICE, and claims that this puts criminals back on the streets."),
    ("zqc3", "Republicans defending the TRUST Act as not a sanctuary law", "concept", "Republicans or law enforcement officials who defend the TRUST Act and deny that it makes Illinois a sanctuary state."),
    ("zqc4", "counties refusing to spend taxpayer money on migrants", "concept", "Local governments pledging not to spend public money or services on migrants, as part of anti-sanctuary declarations."),
    ("zqs1", "Gary Caruana Trust Act", "speaker", "What Winnebago County Sheriff Gary Caruana said about the TRUST Act and his deputies' practice on immigration."),
    ("zqs2", "Matthew Albence 287(g) partners", "speaker", "What acting ICE chief Matthew Albence said about jurisdictions leaving 287(g) and cooperation with ICE."),
    ("zqs3", "Jack Skrogstad Lee County resolution", "speaker", "What Lee County Board member Jack Skrogstad said about the county's non-sanctuary resolution."),
    ("zqs4", "Tricia McLaughlin sanctuary Illinois", "speaker", "What DHS Assistant Secretary Tricia McLaughlin said about Illinois' sanctuary policies and the Chicago operation."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
