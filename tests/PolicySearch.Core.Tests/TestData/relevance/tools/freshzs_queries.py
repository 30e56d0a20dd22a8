# The fresh-zs held-out queries: (id, query as a researcher types it, class, information need).
# Over the 7 articles of ../devset/fresh-zs/articles/ (part ZS, measured only, never used for any tuning). Written after
# reading all 8 articles then in the part (d4503 was removed later as a duplicate of part ZR's d4407; the queries were
# left as written) and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzs_grades.py). Nothing is ever tuned on
# this set: it is measured only. No query string repeats one of another set (checked against every
# relevance/*-queries.tsv and the seeds' queries.tsv before writing; `"detention center"` and `"community policing"`
# were taken and replaced).
QUERIES = [
    ("zsk1", "ICE detention center Winnebago County jail", "keyword", "The 2017 proposal to house ICE detainees in an empty pod of the Winnebago County jail in Rockford, the sheriff's case for it and the opposition to it."),
    ("zsk2", "Oregon Measure 105 sanctuary repeal", "keyword", "Oregon's 2018 Measure 105 to repeal the state's sanctuary (anti-profiling) law: its backers, its opponents and its defeat."),
    ("zsk3", "Byrne JAG nationwide injunction", "keyword", "The court injunction, upheld by the Seventh Circuit, barring the Justice Department from attaching immigration conditions to Byrne JAG grants for sanctuary cities such as Chicago, and the background of the dispute."),
    ("zsk4", "Wisconsin sheriffs 287(g) ACLU report", "keyword", "The ACLU of Wisconsin's report on the growth of Wisconsin sheriffs' 287(g) agreements and other cooperation with ICE."),
    ("zsp1", "\"fully compliant\"", "phrase", "Exact phrase: fully compliant, in claims that a sanctuary law such as the TRUST Act complies with federal law."),
    ("zsp2", "\"valid warrant\"", "phrase", "Exact phrase: valid warrant, on police acting in immigration matters only with a valid (judicial) warrant."),
    ("zsp3", "\"anti-profiling law\"", "phrase", "Exact phrase: anti-profiling law, the name given to Oregon's sanctuary law by its defenders."),
    ("zsp4", "\"reporting crime\"", "phrase", "Exact phrase: reporting crime, in the argument that immigrants' fear of police cooperation with ICE deters them from reporting crime."),
    ("zsc1", "city leaders opposing jail beds rented to ICE", "concept", "Mayors or other local officials opposing a county jail's contract to hold immigration detainees for ICE, and why."),
    ("zsc2", "police who do not ask about immigration status", "concept", "Local police chiefs or departments stating that officers do not ask about or act on immigration status and leave immigration enforcement to federal agents unless there is a judicial warrant."),
    ("zsc3", "sanctuary status making poverty and crime worse for citizens", "concept", "Arguments that a city's sanctuary status and spending on migrants come at the expense of its poor citizens, their safety and public services."),
    ("zsc4", "Republicans in Congress accusing governors of shielding criminal immigrants", "concept", "Republican members of Congress or the Trump administration accusing sanctuary governors or jurisdictions of obstructing immigration enforcement and protecting criminal immigrants, and the governors' answers."),
    ("zss1", "Tom McNamara detention center", "speaker", "What Rockford Mayor Tom McNamara said about the proposed ICE detention center in the Winnebago County jail."),
    ("zss2", "Anthony Cobb immigration warrant", "speaker", "What Champaign Police Chief Anthony Cobb said about his department's role in immigration enforcement, warrants and immigration status."),
    ("zss3", "James Comer governors sanctuary", "speaker", "What U.S. Rep. James Comer said about the sanctuary governors he called to testify before the House Oversight Committee."),
    ("zss4", "Cynthia Kendoll Measure 105", "speaker", "What Cynthia Kendoll, OFIR president and Measure 105's campaign manager, said about Oregon's sanctuary law and the measure."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
