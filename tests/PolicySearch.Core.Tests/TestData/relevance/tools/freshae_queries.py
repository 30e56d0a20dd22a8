# The fresh-ae held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-ae/articles/ (part AE, articles dated 2022-2025, measured only, never used for
# any tuning). Written after reading all 10 articles and before any grade, by a session that never ran the product (so
# there is no run and no pool: every content paragraph of the part is judged against every query,
# tools/freshae_grades.py). A fresh held-out set beside the earlier fresh ones. Nothing is ever tuned on them: they are
# measured only. No query string repeats one of another set (checked, case-insensitive, against every *-queries.tsv in
# this folder, the seeds' included, before writing; near neighbours such as `anthony beale referendum sanctuary city`
# and `abbott migrant buses sanctuary city lightfoot` exist in other sets, so the speaker queries here were worded apart).
QUERIES = [
    ("aek1", "La Salle County nonsanctuary resolution", "keyword", "La Salle County's proposed declaration of itself as a non-sanctuary county, and the arguments made for or against it."),
    ("aek2", "Texas migrant buses emergency proclamation National Guard", "keyword", "Gov. Pritzker's 2022 disaster proclamation and Guard call-up as Texas bused migrants to Chicago, and the sanctuary-city quarrel around the buses."),
    ("aek3", "Lake Bluff ordinance village property immigration enforcement", "keyword", "The Lake Bluff trustees' draft ordinance limiting the use of village property and resources for civil immigration enforcement, and the legal advice they got on it."),
    ("aek4", "TRUST Act compliance reports attorney general", "keyword", "The Illinois Attorney General's role in TRUST Act compliance: guidance to law enforcement, the annual compliance reports agencies must file, and the statistics collected."),
    ("aep1", "\"rule of law\"", "phrase", "Exact phrase: rule of law, in arguments over sanctuary or non-sanctuary status."),
    ("aep2", "\"signed judicial warrant\"", "phrase", "Exact phrase: signed judicial warrant, the document without which an institution's police will not help ICE."),
    ("aep3", "\"bleeding heart\"", "phrase", "Exact phrase: bleeding heart, in what officials say about their sympathy for migrants while arguing over sanctuary status."),
    ("aep4", "\"community trust\"", "phrase", "Exact phrase: community trust, as the purpose claimed for limits on police involvement in immigration enforcement."),
    ("aec1", "should a county declare itself non-sanctuary", "concept", "Arguments and actions around counties or cities declaring themselves non-sanctuary or reconsidering their sanctuary status: rule of law, strain on local resources, referendums."),
    ("aec2", "can towns keep federal immigration agents off public property", "concept", "Local governments barring the use of their parking lots, buildings and other property for civil immigration enforcement, and the legal limits on what they can enforce."),
    ("aec3", "how universities respond to ICE on campus", "concept", "How Illinois universities and their police handle possible immigration enforcement on campus: guidance to students, warrants, reporting, support messages."),
    ("aec4", "why limiting police role in immigration enforcement builds trust", "concept", "The argument that keeping local police out of immigration enforcement builds trust with immigrant communities and public safety, and statements of what the TRUST Act is for."),
    ("aes1", "Greg Abbott Lightfoot sanctuary law buses", "speaker", "What Texas Gov. Greg Abbott said to or about Chicago Mayor Lori Lightfoot and Chicago's sanctuary law when busing migrants there."),
    ("aes2", "Anthony Beale sanctuary status ballot", "speaker", "What Chicago Ald. Anthony Beale said in pushing to put Chicago's sanctuary status to voters."),
    ("aes3", "Peter Friedman Trust Act detainer", "speaker", "What Lake Bluff's village attorney Peter Friedman told trustees about the Illinois Trust Act, detainers and the limits of a local ordinance."),
    ("aes4", "Terry Newsome sanctuary laws ICE", "speaker", "What podcast host Terry Newsome said about sanctuary laws, the SAFE-T Act and ICE agents."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
