# The fresh-zz held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-zz/articles/ (part ZZ, 2017-2021 only, measured only, never used for any
# tuning). Written after reading all 10 articles and before any grade, by a session that never ran the product (so
# there is no run and no pool: every content paragraph of the part is judged against every query,
# tools/freshzz_grades.py). A fresh held-out set beside the earlier fresh ones. Nothing is ever tuned on them: they are
# measured only. No query string repeats one of another set (checked against every *-queries.tsv, the seeds'
# included, before writing; the existing `Tom McNamara welcoming city Rockford` and `Lori Lightfoot ICE databases`
# are near but not equal to zzs2 and zzs4).
QUERIES = [
    ("zzk1", "Rockford welcoming ordinance aldermen", "keyword", "The welcoming city ordinance Rockford Mayor Tom McNamara proposed in 2017: what it would do, the aldermen's resistance, public comment and its being put on hold."),
    ("zzk2", "McHenry County jail ICE contract committee vote", "keyword", "Votes by McHenry County Board committees on a resolution to end the county jail's contract to house ICE detainees, and what members said about it."),
    ("zzk3", "Byrne grant lawsuit Chicago Justice Department", "keyword", "Chicago's 2017 lawsuit against the U.S. Justice Department over immigration conditions on Byrne Justice Assistance Grants, and statements about it."),
    ("zzk4", "Way Forward Act county jails ICE detainees", "keyword", "The Illinois Way Forward Act (SB 667) ending county jail contracts to hold ICE detainees and limiting police help to ICE: its passage, signing, provisions and the court fight over it."),
    ("zzp1", "\"sanctuary country\"", "phrase", "Exact phrase: sanctuary country, on the claim that the United States as a whole is a sanctuary country."),
    ("zzp2", "\"impossible position\"", "phrase", "Exact phrase: impossible position, on local law enforcement caught between federal immigration detainers and a state law forbidding them to honor them."),
    ("zzp3", "\"police databases\"", "phrase", "Exact phrase: police databases, on cutting ICE off from access to local police databases."),
    ("zzp4", "\"bright line\"", "phrase", "Exact phrase: bright line, on separating local law enforcement from civil immigration enforcement."),
    ("zzc1", "Republicans attacking Rauner for signing the TRUST Act", "concept", "Republican criticism of Gov. Bruce Rauner for signing the TRUST Act, claims that it made Illinois a sanctuary state, and the replies of Rauner's side and of Republicans who backed it."),
    ("zzc2", "do sheriffs support limits on helping ICE", "concept", "Where sheriffs and other law enforcement leaders stand on state limits on helping ICE: those who back the TRUST Act and those who sue to overturn it or call it a conflict with federal law."),
    ("zzc3", "pressure on Chicago's mayor to put ICE protections in writing", "concept", "Calls by activists and aldermen for Chicago's mayor to sign an executive order barring ICE and DHS from city data and police help, against her spoken promises not to cooperate."),
    ("zzc4", "money counties lose by ending ICE detention", "concept", "The financial stakes of county jail contracts to house ICE detainees: the revenue, the budget concerns raised against ending them, and the push to end them anyway."),
    ("zzs1", "Jeanne Ives Rauner sanctuary state", "speaker", "What Jeanne Ives and her campaign said about Bruce Rauner and the TRUST Act making Illinois a sanctuary state."),
    ("zzs2", "Tom McNamara welcoming ordinance aldermen", "speaker", "What Rockford Mayor Tom McNamara said about his welcoming city ordinance, immigrant residents and the aldermen's reception of it."),
    ("zzs3", "Michael Vijuk ICE contract", "speaker", "What McHenry County Board member Michael Vijuk said or did about ending the county jail's ICE contract."),
    ("zzs4", "Lori Lightfoot ICE police databases executive order", "speaker", "What Chicago Mayor Lori Lightfoot said or promised about police cooperation with ICE, ICE access to police databases, and the demand for an executive order."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
