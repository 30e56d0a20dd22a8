# The fresh-ah held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-ah/articles/ (part AH, measured only, never used for any tuning; articles of
# 2017-2021 only). Written after reading all 10 articles and before any grade, by a session that never ran the product
# (so there is no run and no pool: every content paragraph of the part is judged against every query,
# tools/freshah_grades.py). Nothing is ever tuned on them: they are measured only. No query string repeats one of another
# set (checked, case-insensitive, against every *-queries.tsv in this folder, the seeds' included, before writing).
QUERIES = [
    ("ahk1", "Springfield mayor police ICE sweeps", "keyword", "Springfield, Illinois, Mayor Jim Langfelder's 2019 statement that city police will not take part in ICE sweeps, his defence of it and the objections to it."),
    ("ahk2", "Bloomington Welcoming Cities ordinance vote", "keyword", "The campaign for a Welcoming Cities ordinance in Bloomington, Illinois (and Normal's 2018 ordinance beside it): votes, vigils, sponsors and what the ordinance would do."),
    ("ahk3", "Corrections ICE transfers released felons", "keyword", "The 2020 end of Illinois Department of Corrections cooperation with ICE on inmates with detainers, and the claims that released felons endanger the public."),
    ("ahk4", "Kankakee jail federal detention contract bill", "keyword", "Legislation to let county jails such as Kankakee's Jerome Combs Detention Center keep contracts with the federal government to hold detainees despite the TRUST Act."),
    ("ahp1", "\"primary immigration enforcement\"", "phrase", "Exact phrase: primary immigration enforcement, in a police department's promise not to undertake it."),
    ("ahp2", "\"Welcoming Cities\"", "phrase", "Exact phrase: Welcoming Cities, the name of the proposed ordinance limiting police cooperation with ICE in Bloomington-Normal."),
    ("ahp3", "\"ICE sweeps\"", "phrase", "Exact phrase: ICE sweeps, on whether local police take part in immigration sweeps."),
    ("ahp4", "\"foster trust\"", "phrase", "Exact phrase: foster trust, on the argument that limits on police cooperation with ICE build trust with immigrant communities."),
    ("ahc1", "why limiting police cooperation with ICE builds trust with immigrants", "concept", "Arguments that keeping local police out of immigration enforcement makes immigrants trust police, report crimes and come forward as victims or witnesses."),
    ("ahc2", "released immigrant prisoners endangering public safety", "concept", "Claims that releasing noncitizen inmates or arrestees instead of handing them to ICE puts communities at risk, with the crimes and numbers offered."),
    ("ahc3", "local officials pledging police will not help ICE raids", "concept", "Mayors, police chiefs and city statements promising that local police will not assist ICE raids, sweeps or enforcement actions."),
    ("ahc4", "whether a welcoming ordinance changes anything in practice", "concept", "Whether a local welcoming ordinance or state law actually changes police practice, or only writes down what police already do, and whether it goes far enough."),
    ("ahs1", "Langfelder Springfield police ICE", "speaker", "What Springfield Mayor Jim Langfelder said about city police and ICE, and what was said about his position."),
    ("ahs2", "Lindsay Parkhurst TRUST Act jails", "speaker", "What Illinois state Rep. Lindsay Parkhurst said or proposed about the TRUST Act and county jails holding federal detainees."),
    ("ahs3", "Jenn Carrillo welcoming ordinance ICE", "speaker", "What Bloomington council member Jenn Carrillo said or did about a Welcoming Cities ordinance separating local police from ICE."),
    ("ahs4", "League of Women Voters TRUST Act", "speaker", "What the League of Women Voters said about the Illinois TRUST Act and why it urged the governor to sign it."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
