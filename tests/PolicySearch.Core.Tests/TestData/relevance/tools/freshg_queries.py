# The fresh-g held-out queries: (id, query as a researcher types it, class, information need).
# Over the 20 articles of ../devset/fresh-g/articles/ (part G, never used for any tuning). Written after reading all
# 20 articles and before any run, pool or grade; a second held-out set beside the fresh one (tools/fresh_queries.py).
# Nothing is ever tuned on them: they are measured only.
QUERIES = [
    ("gk1", "Welcoming City Ordinance", "keyword", "Chicago's Welcoming City Ordinance (and local welcoming ordinances like it): what it bars, the 2021 amendments that removed its exceptions, and the city's 2025 reaffirmation and the guidelines issued under it."),
    ("gk2", "immigration detainers", "keyword", "ICE detainers (requests that a jail hold a person for immigration authorities): how often they are lodged, whether Illinois law lets police hold people on them, and the people released despite them."),
    ("gk3", "DOJ sanctuary lawsuit", "keyword", "The Justice Department's 2025 suit against Illinois, Chicago and Cook County over their sanctuary laws: what it alleges, who backs it, and its dismissal."),
    ("gk4", "SB 31", "keyword", "Senate Bill 31, the Illinois TRUST Act of 2017: its provisions, its passage and signing, and the arguments over it."),
    ("gp1", "\"sanctuary policies\"", "phrase", "Exact phrase: the sanctuary policies of Illinois, Chicago and Cook County (limits on police cooperation with ICE), as attacked and defended in the 2025 litigation."),
    ("gp2", "\"immigration status\"", "phrase", "Exact phrase: rules that police and local employees may not ask about, record or act on a person's immigration status."),
    ("gp3", "\"public safety\"", "phrase", "Exact phrase: the argument over whether limits on local cooperation with immigration enforcement serve or threaten public safety."),
    ("gp4", "\"federal immigration enforcement\"", "phrase", "Exact phrase: the limits on local involvement in federal immigration enforcement, and the federal side's complaints about them."),
    ("gc1", "court rulings against Trump on sanctuary cities", "concept", "Federal court rulings against the Trump administration's efforts to punish or overturn sanctuary policies (the 2017 Byrne JAG ruling for Chicago; the 2025 dismissal of the suit against Illinois, Chicago and Cook County) and their grounds."),
    ("gc2", "what city workers should do when ICE shows up", "concept", "Guidance to local government staff on federal immigration agents visiting or using city property and facilities (Chicago's guidelines for ICE visits, Evanston's resolution on city property, advance-notice arrangements with ICE)."),
    ("gc3", "undocumented crime victims and witnesses coming forward", "concept", "The argument that keeping local police out of immigration enforcement lets immigrant crime victims and witnesses report crimes and cooperate without fearing deportation."),
    ("gc4", "state accused of obstructing immigration agents", "concept", "Federal (and allied) accusations that Illinois and its localities obstruct or refuse to help federal immigration agents, and the state's replies."),
    ("gs1", "Rauner Trust Act", "speaker", "What Gov. Bruce Rauner said about signing the TRUST Act in 2017, and his later defence of it."),
    ("gs2", "Raoul guidance law enforcement", "speaker", "What Attorney General Kwame Raoul said in his 2025 guidance to Illinois law enforcement on immigration enforcement, and his defence of the state's laws in court."),
    ("gs3", "Judge Jenkins sanctuary ruling", "speaker", "What U.S. District Judge Lindsay Jenkins ruled and wrote in dismissing the Trump administration's 2025 suit against the sanctuary laws of Illinois, Chicago and Cook County."),
    ("gs4", "Pritzker sanctuary", "speaker", "What Gov. JB Pritzker (or his office) said in defence of Illinois' sanctuary laws and against federal charges that the state obstructs immigration agents."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them

# The third pooling run: plain BM25 (default OR) of a hand-expanded query per id, with the other words and names the
# articles use for the need, so paragraphs that say it another way reach the pool. Written with the queries, before
# any run; used for pooling only.
POOL_EXPANSIONS = {
    "gk1": "\"Welcoming City Ordinance\" \"welcoming city\" ordinance \"Welcoming Village\" loopholes exceptions guidelines",
    "gk2": "detainer detainers \"ICE hold\" holding \"48 hours\" released custody jail",
    "gk3": "\"Justice Department\" DOJ lawsuit sued suit \"sanctuary laws\" Bondi dismiss brief",
    "gk4": "\"SB 31\" \"Senate Bill 31\" \"Trust Act\" bill Rauner signed",
    "gp1": "\"sanctuary policies\" \"sanctuary laws\" \"sanctuary city\" \"sanctuary jurisdiction\" sanctuary",
    "gp2": "\"immigration status\" citizenship status inquiring questions \"regardless of their immigration status\"",
    "gp3": "\"public safety\" safety safer communities crime",
    "gp4": "\"federal immigration enforcement\" \"immigration enforcement\" \"civil immigration\" federal enforcement",
    "gc1": "judge ruling court dismissed dismiss Leinenweber Jenkins \"Tenth Amendment\" lawsuit sanctuary Byrne",
    "gc2": "ICE visits \"City property\" \"City-owned\" guidelines employees supervisor warrant notifying \"call ahead\" barriers",
    "gc3": "victims witnesses \"reporting crimes\" \"report crimes\" fear deportation \"come forward\" trust police",
    "gc4": "obstruct obstructing obstruction impede impedes refused assistance \"failed to assist\" hindrance obstacles \"federal agents\"",
    "gs1": "Rauner governor signed \"Trust Act\" \"Republican governor\" compromise",
    "gs2": "Raoul \"Attorney General\" guidance \"law enforcement\" TRUST VOICES dismiss",
    "gs3": "Jenkins judge ruling opinion \"Tenth Amendment\" dismiss \"intergovernmental immunity\" sanctuary",
    "gs4": "Pritzker governor Hill spokesperson sanctuary \"Trust Act\" obstructing",
}
