# The fresh-ai held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-ai/articles/ (part AI, measured only, never used for any tuning). Written after
# reading all 10 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshai_grades.py). A fresh held-out set
# beside the fresh, fresh-g and fresh-m to fresh-ag ones. Nothing is ever tuned on them: they are measured only. No query
# string repeats one of another set (checked against every *-queries.tsv before writing; `"judicial warrant"` and
# `"community trust"` were dropped for that reason).
QUERIES = [
    ("aik1", "Adams County sheriff ICE transfers Quincy", "keyword", "The 2025 dispute over Adams County's sheriff working with ICE and handing people over in spite of the TRUST Act, against the Quincy police's refusal and the Attorney General's guidance."),
    ("aik2", "Mount Prospect license plate reader immigration searches", "keyword", "The 2025 finding that out-of-state agencies ran immigration-related searches on Mount Prospect police's license-plate reader data, and what the department and others said about it."),
    ("aik3", "Grundy County Board immigration enforcement referendum", "keyword", "The Grundy County Board's 2023 reaffirmation of its 2020 referendum stance that the county should assist federal immigration enforcement, and the board's debate around it."),
    ("aik4", "Winnebago County jail ICE detention plan", "keyword", "Winnebago County Sheriff Gary Caruana's plan to house ICE detainees in the county jail, the opposition to it and his reversal."),
    ("aip1", "\"administrative detainer\"", "phrase", "Exact phrase: administrative detainer, on ICE requests that local police decline to serve or honor without a criminal warrant."),
    ("aip2", "\"come forward\"", "phrase", "Exact phrase: come forward, on immigrants being willing to come forward to police as crime victims or witnesses."),
    ("aip3", "\"village-owned property\"", "phrase", "Exact phrase: village-owned property, on limits to immigration enforcement on property a village owns."),
    ("aip4", "\"without a judicial warrant\"", "phrase", "Exact phrase: without a judicial warrant, on local law enforcement acting on immigration status without a judge's warrant."),
    ("aic1", "sheriffs openly defying the TRUST Act to help ICE", "concept", "Illinois sheriffs or sheriff's offices that say they will work with ICE, or want to act on immigration status, in spite of the TRUST Act, and the answers to them."),
    ("aic2", "keeping immigrants willing to report crimes to local police", "concept", "The argument and the practice of keeping local police out of immigration enforcement so that immigrant victims and witnesses still call police, report crimes and go to court."),
    ("aic3", "suburbs barring ICE from using municipal property", "concept", "Illinois cities and villages drafting or passing ordinances and resolutions that bar federal immigration agents from using municipal property as staging areas or operations bases."),
    ("aic4", "what students should do if ICE comes to campus", "concept", "Guidance to university students and staff on federal immigration agents on campus: whom to call, campus police, warrants, privacy of student information."),
    ("ais1", "Gary Caruana ICE detention jail", "speaker", "What Winnebago County Sheriff Gary Caruana said about housing ICE detainees in his jail and why he dropped the plan."),
    ("ais2", "Kiel Nowers undocumented crime victims police", "speaker", "What Bloomington Police Sgt. Kiel Nowers said to reassure undocumented residents about reporting crimes to police."),
    ("ais3", "Ryan Johnson Abbott migrant buses", "speaker", "What Ryan Johnson, spokesman for Chicago Mayor Lori Lightfoot, said about Texas Gov. Greg Abbott busing migrants to Chicago."),
    ("ais4", "Chris Balkema federal immigration enforcement", "speaker", "What Grundy County Board Chairman Chris Balkema said about the county assisting federal immigration enforcement and the board's stance."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
