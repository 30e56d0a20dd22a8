# The fresh-z held-out queries: (id, query as a researcher types it, class, information need).
# Over the 11 articles of ../devset/fresh-z/articles/ (part Z, measured only, never used for any tuning). Written after
# reading all 11 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshz_grades.py). A held-out set beside the
# fresh, fresh-g and fresh-m to fresh-y ones. Nothing is ever tuned on them: they are measured only. No query string
# repeats one of another set (checked case-blind against their TSVs before writing; "illegal aliens" and "sanctuary
# cities" were dropped for that reason).
QUERIES = [
    ("zk1", "SIU sanctuary campus petition", "keyword", "The petition of SIU Carbondale's student governments asking the university to become a sanctuary campus for undocumented students and their families, and how it was received."),
    ("zk2", "San Juan County sanctuary list ICE holds", "keyword", "San Juan County (Washington) appearing on the federal list of sanctuary jurisdictions because its deputies do not honour ICE hold requests without a warrant."),
    ("zk3", "Chicago sanctuary city referendum Beale", "keyword", "The proposed advisory referendum on whether Chicago should remain a sanctuary city (Ald. Anthony Beale's proposal) and how it was blocked."),
    ("zk4", "Naval Station Great Lakes ICE base", "keyword", "The federal plan to stage ICE agents and immigration operations at Naval Station Great Lakes outside Chicago, and reactions to it."),
    ("zp1", "\"federal overreach\"", "phrase", "Exact phrase: federal overreach, on federal immigration enforcement pushed on a sanctuary city or state against local wishes."),
    ("zp2", "\"sanctuary jurisdiction\"", "phrase", "Exact phrase: sanctuary jurisdiction, on whether a county or city is or is not one and what that means."),
    ("zp3", "\"National Guard\"", "phrase", "Exact phrase: National Guard, on sending the Guard or troops to sanctuary cities such as Chicago for immigration enforcement."),
    ("zp4", "\"federal grants\"", "phrase", "Exact phrase: federal grants, on federal money that sanctuary jurisdictions could lose."),
    ("zc1", "cost of housing migrants in sanctuary cities", "concept", "Claims about what sheltering and serving migrants costs sanctuary cities, and arguments that the cost discredits sanctuary policies."),
    ("zc2", "county could lose federal grants over sanctuary status", "concept", "Local governments at risk of losing federal grant money because of sanctuary policies (refusing ICE holds), and what the money pays for."),
    ("zc3", "governor resisting troops sent to Chicago for immigration enforcement", "concept", "Governor Pritzker (and other Illinois leaders) opposing the deployment of troops and federal agents to Chicago for immigration enforcement."),
    ("zc4", "students asking their university to shield undocumented immigrants", "concept", "Student campaigns asking a university to become a sanctuary campus that limits its cooperation with immigration enforcement."),
    ("zs1", "Tom Homan National Guard sanctuary cities", "speaker", "What border czar Tom Homan said about sending resources or the National Guard to sanctuary cities such as Chicago."),
    ("zs2", "Pritzker troops invasion Chicago", "speaker", "What Gov. JB Pritzker said against the troop deployment and federal immigration crackdown in Chicago ('invasion')."),
    ("zs3", "Bill Watson sanctuary community list", "speaker", "What San Juan County Councilman Bill Watson said about the county being on Homeland Security's sanctuary list."),
    ("zs4", "Dick Durbin Midway Blitz", "speaker", "What Sen. Dick Durbin said about Operation Midway Blitz."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
