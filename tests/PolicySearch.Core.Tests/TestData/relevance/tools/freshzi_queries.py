# The fresh-zi held-out queries: (id, query as a researcher types it, class, information need).
# Over the 9 articles of ../devset/fresh-zi/articles/ (part ZI, measured only, never used for any tuning). Written after
# reading all 9 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzi_grades.py). A held-out set beside
# the fresh, fresh-g and fresh-m to fresh-zf ones. Nothing is ever tuned on them: they are measured only. No query string
# repeats one of another set (checked against their TSVs and the seeds' before writing).
QUERIES = [
    ("zik1", "287(g) sheriff jail partnership", "keyword", "Local sheriffs and jails joining or seeking ICE's 287(g) program (Milwaukee County, the Texas counties), and what the partnership lets deputies do."),
    ("zik2", "courthouse immigration arrests ban Illinois", "keyword", "Illinois' 2025 bill barring civil immigration arrests at and near courthouses, what it does and what its sponsors and critics say."),
    ("zik3", "sanctuary churches legal risk", "keyword", "Congregations offering sanctuary to immigrants facing deportation and the legal risks and limits they face, including Chicago's archdiocese."),
    ("zik4", "local jails Marshals contracts deportation", "keyword", "How local jails, through ICE and U.S. Marshals contracts and holds, feed federal deportation even where sanctuary policies exist."),
    ("zip1", "\"287(g)\"", "phrase", "Exact phrase: 287(g), the federal program deputizing local officers for immigration enforcement."),
    ("zip2", "\"local jails\"", "phrase", "Exact phrase: local jails, in accounts of jails holding or detaining people for immigration enforcement."),
    ("zip3", "\"deportation machine\"", "phrase", "Exact phrase: deportation machine, in criticism of how local police and jails take part in deportations."),
    ("zip4", "\"sanctuary movement\"", "phrase", "Exact phrase: sanctuary movement, on the faith-based movement sheltering immigrants."),
    ("zic1", "leftist critics say sanctuary cities still help ICE deport", "concept", "Critiques from the left that sanctuary-city promises are hollow because local police and jails still cooperate with ICE."),
    ("zic2", "migrant costs in state budget blamed on sanctuary status", "concept", "Arguments that sanctuary-state policies burden state budgets and taxpayers, and calls to end that status."),
    ("zic3", "fear keeps undocumented residents away from police, schools and courts", "concept", "The chilling effect of immigration enforcement: immigrants avoiding courts, schools, police and public life for fear of detention, used as an argument for limits."),
    ("zic4", "federal government suing a state for refusing to help immigration enforcement", "concept", "Federal lawsuits against states or cities whose laws limit cooperation with immigration enforcement, and the claims they make."),
    ("zis1", "Marina Dimitrijevic sheriff ICE", "speaker", "What Milwaukee County Supervisor Marina Dimitrijevic said about the sheriff's plan to work with ICE."),
    ("zis2", "Tom Homan 287(g) counties", "speaker", "What ICE's Tom Homan said about counties joining the 287(g) program."),
    ("zis3", "Celina Villanueva courthouse bill", "speaker", "What Illinois state Sen. Celina Villanueva said about the bill limiting immigration arrests near courthouses."),
    ("zis4", "Prison Policy Initiative jails report", "speaker", "What the Prison Policy Initiative found and argued about local jails' role in deportations."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
