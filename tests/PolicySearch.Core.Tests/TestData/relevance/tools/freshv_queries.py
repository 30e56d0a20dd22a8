# The fresh-v held-out queries: (id, query as a researcher types it, class, information need).
# Over the 10 articles of ../devset/fresh-v/articles/ (part V, measured only, never used for any tuning). Written after
# reading all 10 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshv_grades.py). A twelfth held-out set
# beside the fresh, fresh-g and fresh-m to fresh-u ones. Nothing is ever tuned on them: they are measured only. No query
# string repeats one of another set (checked case-blind against every relevance/*-queries.tsv before writing).
QUERIES = [
    ("vk1", "ICE free zones Johnson order", "keyword", "Chicago Mayor Brandon Johnson's 2025 executive order barring ICE from using city property, what it does and the reactions to it."),
    ("vk2", "ICE hold 48 hours", "keyword", "ICE detainers (holds of up to 48 hours past release): what they are, that no judge signs them, and whether local police and jails may or do honor them."),
    ("vk3", "Denver Valles detainer release", "keyword", "The Denver case of Ever Valles, released despite an ICE detainer and later charged with murder, as an argument in the sanctuary city debate."),
    ("vk4", "Wisconsin sanctuary ban bill Madison", "keyword", "The Madison, Wisconsin hearing on a state bill to ban sanctuary cities and what was argued there."),
    ("vp1", "\"welcoming policies\"", "phrase", "Exact phrase: welcoming policies, on local welcoming ordinances or resolutions that limit help to immigration enforcement."),
    ("vp2", "\"report criminal activity\"", "phrase", "Exact phrase: report criminal activity, on immigrants coming forward to report crime when police stay out of immigration enforcement."),
    ("vp3", "\"constitutional rights\"", "phrase", "Exact phrase: constitutional rights, in statements on immigration enforcement and local resistance to it."),
    ("vp4", "\"immigration authorities\"", "phrase", "Exact phrase: immigration authorities, on what local police may or may not do with federal immigration authorities."),
    ("vc1", "are sanctuary cities safer or more dangerous", "concept", "Claims and evidence on whether limiting local cooperation with ICE raises or lowers crime and public safety."),
    ("vc2", "what the Trust Act changes for immigrants dealing with police", "concept", "Explanations of what the Illinois TRUST Act does and does not do when immigrants deal with local police."),
    ("vc3", "mayor promising to shield immigrants from federal agents", "concept", "A mayor's pledge or order to keep the city from helping federal immigration agents, and what it says."),
    ("vc4", "punishing cities that refuse to help with deportations", "concept", "Federal measures against sanctuary jurisdictions (withheld funding, orders, lawsuits, threats) and the cities' answers."),
    ("vs1", "Tricia McLaughlin reckless dangerous", "speaker", "What DHS Assistant Secretary Tricia McLaughlin said about Mayor Johnson's order keeping ICE off city property."),
    ("vs2", "Judicial Watch Chicago mayor records", "speaker", "What Judicial Watch announced about its records suit against Chicago's mayor over his sanctuary pledge."),
    ("vs3", "Brandon Johnson shield immigrants federal agents", "speaker", "What Mayor Brandon Johnson said about shielding Chicago's immigrants from federal agents and refusing to cooperate with deportations."),
    ("vs4", "Chris Welch Don Harmon letter Trust Act", "speaker", "What the 2017 letter signed by Rep. Chris Welch, Sen. Don Harmon and Mony Ruiz-Velasco says about the Trust Act and local welcoming policies."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
