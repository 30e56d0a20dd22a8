# The fresh-ab held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-ab/articles/ (part AB, dated 2017-2021, measured only, never used for any
# tuning). Written after reading all 10 articles and before any grade, by a session that never ran the product (so
# there is no run and no pool: every content paragraph of the part is judged against every query,
# tools/freshab_grades.py). A fresh held-out set beside the others. Nothing is ever tuned on them: they are measured
# only. No query string repeats one of another set (checked against every *-queries.tsv, the seeds' included, before
# writing; `Pulaski County detention center ICE contract` and `"economic impact"` were dropped for that reason).
QUERIES = [
    ("abk1", "Senate Bill 35 veto model policies", "keyword", "Gov. Bruce Rauner's 2018 veto of Senate Bill 35, which would have had the Attorney General publish model policies limiting assistance to federal immigration enforcement, and his reasons."),
    ("abk2", "Pulaski County jail immigration detainees Way Forward", "keyword", "The end of county jail contracts to hold ICE detainees under the 2021 Illinois Way Forward Act (Pulaski, McHenry, Kankakee), and what it means for the counties."),
    ("abk3", "gang database ICE access Chicago police", "keyword", "ICE's access to the Chicago Police Department's gang (CLEAR) database, and the demands and decisions to cut it off."),
    ("abk4", "Attorney General guidance immigration enforcement limits", "keyword", "The Illinois Attorney General's guidance to police on the limits the TRUST Act and federal law put on local immigration enforcement and information sharing."),
    ("abp1", "\"political ploy\"", "phrase", "Exact phrase: political ploy, in arguments over whether a sanctuary-type bill is driven by politics."),
    ("abp2", "\"irreparable harm\"", "phrase", "Exact phrase: irreparable harm, in the sheriffs' lawsuit against the TRUST Act and the harm they claim it causes."),
    ("abp3", "\"national model\"", "phrase", "Exact phrase: national model, on the TRUST Act presented as a model for other states' immigration policy."),
    ("abp4", "\"very reasonable\"", "phrase", "Exact phrase: very reasonable, in officials' judgments of a bill limiting police cooperation with immigration enforcement."),
    ("abc1", "does the Trust Act make Illinois a sanctuary state", "concept", "Claims and denials that the TRUST Act turned Illinois into a sanctuary state, and what the law is said to do or not do."),
    ("abc2", "county jails losing money from ending immigration detention contracts", "concept", "The revenue and jobs counties stand to lose when jails stop housing ICE detainees, and arguments about whether that money justifies the contracts."),
    ("abc3", "immigrants afraid to report crimes if police work with ICE", "concept", "The argument that police cooperation with immigration enforcement deters immigrants from reporting crimes or acting as witnesses, and that limits build trust."),
    ("abc4", "Republican legislators pushing back against limits on ICE cooperation", "concept", "Republican state lawmakers opposing, or calling to veto, repeal or change, Illinois laws that limit local cooperation with ICE."),
    ("abs1", "Jim Kaitschuk Way Forward Act", "speaker", "What Illinois Sheriffs Association director Jim Kaitschuk said about the Way Forward Act and the TRUST Act."),
    ("abs2", "Lisa Madigan Trust Act guidance", "speaker", "What Illinois Attorney General Lisa Madigan said or advised about the TRUST Act and police cooperation with ICE."),
    ("abs3", "Dale Fowler detention facility", "speaker", "What state Sen. Dale Fowler said about the Way Forward Act and the Pulaski County detention facility."),
    ("abs4", "Bruce Rauner sanctuary bill veto", "speaker", "What Gov. Bruce Rauner said about immigration bills limiting cooperation with federal enforcement: SB31 (the TRUST Act) and his veto of SB35."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
