# The fresh held-out queries: (id, query as a researcher types it, class, information need).
# Over the 20 articles of ../devset/fresh/articles/ (never used for any tuning). Written after reading the articles and
# before any run, pool or grade; the stand-in for the issue's own held-out set (12 queries on 20 unseen articles).
# Nothing is ever tuned on them: they are measured only.
QUERIES = [
    ("fk1", "Way Forward Act", "keyword", "The Illinois Way Forward Act (SB 667, 2021): what it does (ends ICE detention contracts, limits police cooperation and status questions), its signing and the reactions to it."),
    ("fk2", "Byrne JAG", "keyword", "The Byrne Justice Assistance Grants (JAG) the Justice Department threatened to withhold from sanctuary cities in 2017, and Chicago's suit over them."),
    ("fk3", "ICE detainers", "keyword", "Immigration detainers: ICE's requests that local jails hold a person for it, and whether Illinois law lets jails and sheriffs honour them."),
    ("fk4", "Tenth Amendment", "keyword", "The Tenth Amendment (state autonomy, no commandeering) as the ground on which the 2025 Justice Department suit against Illinois' and Chicago's sanctuary laws was dismissed."),
    ("fp1", "\"open hostility\"", "phrase", "Exact phrase: Attorney General Sessions' charge that Chicago's leaders show open hostility to enforcing the law (2017)."),
    ("fp2", "\"private detention\"", "phrase", "Exact phrase: private (immigration) detention centers and facilities, and Illinois' 2019 law against them."),
    ("fp3", "\"civil immigration enforcement\"", "phrase", "Exact phrase: civil immigration enforcement, which Illinois law bars local police and sheriffs from assisting (as against criminal cases)."),
    ("fp4", "\"welcoming city\"", "phrase", "Exact phrase: Chicago as a welcoming city, as its mayors put it when defying federal immigration pressure."),
    ("fc1", "sheriffs who want to work with ICE despite state law", "concept", "Illinois sheriffs who want to cooperate with federal immigration enforcement, are frustrated by or defy the state's limits, or sue to overturn them."),
    ("fc2", "judge throws out Trump lawsuit against Illinois sanctuary laws", "concept", "The 2025 dismissal of the Trump administration's suit against the sanctuary laws of Illinois, Chicago and Cook County: the ruling, its grounds and what follows."),
    ("fc3", "criminals released instead of handed over to ICE", "concept", "The charge that Illinois releases criminal immigrants instead of turning them over to ICE (ignored detainers, prison releases), with the figures and who makes it."),
    ("fc4", "immigrants afraid to talk to police", "concept", "The community-trust argument: immigrants who fear the police or being questioned about their status avoid law enforcement, and laws meant to end that fear."),
    ("fs1", "Jeff Sessions Chicago lawsuit", "speaker", "What Attorney General Jeff Sessions said in response to Chicago's 2017 lawsuit over the sanctuary-city grant conditions."),
    ("fs2", "Lightfoot ICE raids", "speaker", "What Chicago Mayor Lori Lightfoot said and ordered in response to the threatened ICE raids of June 2019."),
    ("fs3", "Homan Brandon Johnson", "speaker", "What border czar Tom Homan said about Chicago Mayor Brandon Johnson (threats of prosecution, warnings to get out of the way) and Chicago's sanctuary stance."),
    ("fs4", "Pritzker private detention ban", "speaker", "What Gov. JB Pritzker (and his office) said about the 2019 law banning private immigration detention centers and the other immigrant-protection bills he signed with it."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them

# The third pooling run: plain BM25 (default OR) of a hand-expanded query per id, with the other words and names the
# articles use for the need, so paragraphs that say it another way reach the pool. Written with the queries, before
# any run; used for pooling only.
POOL_EXPANSIONS = {
    "fk1": "\"Way Forward Act\" \"SB 667\" \"Senate Bill 667\" Aquino \"detention contracts\"",
    "fk2": "Byrne \"Justice Assistance\" grants \"grant money\" \"public safety grants\" withhold funding",
    "fk3": "detainer detainers \"ICE hold\" \"hold someone\" custody honoring \"48 hours\"",
    "fk4": "\"Tenth Amendment\" \"state autonomy\" commandeering overreach \"Supremacy Clause\" dismissed",
    "fp1": "\"open hostility\" hostility obstructs Sessions",
    "fp2": "\"private detention\" \"detention centers\" \"detention facility\" Dwight \"HB 2040\" \"House Bill 2040\"",
    "fp3": "\"civil immigration enforcement\" \"federal immigration enforcement\" \"immigration enforcement\" civil",
    "fp4": "\"welcoming city\" welcoming \"sanctuary city\" values",
    "fc1": "sheriffs sheriff cooperation ICE \"TRUST Act\" lawsuit repeal frustrated",
    "fc2": "judge dismissed dismisses lawsuit \"Tenth Amendment\" Jenkins \"sanctuary laws\" \"sanctuary policies\"",
    "fc3": "released release criminals \"criminal illegal aliens\" detainers honor \"illegal criminals\" murderers pedophiles",
    "fc4": "afraid fear fearful police \"law enforcement\" immigrants trust alienated",
    "fs1": "Sessions \"Attorney General\" Chicago lawsuit hostility grants",
    "fs2": "Lightfoot raids ICE police cooperate databases statement",
    "fs3": "Homan \"Brandon Johnson\" Johnson mayor \"border czar\" impede prosecute",
    "fs4": "Pritzker \"private detention\" \"detention centers\" governor signed \"welcoming state\" firewall",
}
