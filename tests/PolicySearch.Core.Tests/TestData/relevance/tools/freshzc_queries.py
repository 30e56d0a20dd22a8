# The fresh-zc held-out queries: (id, query as a researcher types it, class, information need).
# Over the 9 articles of ../devset/fresh-zc/articles/ (part ZC, measured only, never used for any tuning). Written after
# reading all 9 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzc_grades.py). A further held-out set
# beside the fresh, fresh-g and fresh-m to fresh-zb ones. Nothing is ever tuned on them: they are measured only. No
# query string repeats one of another set (checked case-blind against their TSVs and the seeds' before writing;
# "Homan sanctuary cities National Guard Chicago", "gang database ICE settlement", "Byrne grant conditions Welcoming City
# Ordinance" and "Wilmer Catalan-Ramirez lawsuit" were replaced as too near existing queries).
QUERIES = [
    ("zck1", "grant conditions advance notice jail access", "keyword", "The 2017 Justice Department grant conditions (advance notice of release dates, ICE access to local jails) imposed on sanctuary cities such as Chicago, and the court fight over them."),
    ("zck2", "CPD gang database settlement", "keyword", "The Chicago Police gang database as a channel of information to ICE, and the 2017 settlement with Wilmer Catalan-Ramirez over his false listing."),
    ("zck3", "Trump troops Chicago Truth Social", "keyword", "Trump's 2025 threats, posts and plans to send federal troops or agents to Chicago as a sanctuary city."),
    ("zck4", "Illinois detention centers close Way Forward Act", "keyword", "The Illinois Way Forward Act's ban on local ICE detention contracts and the closing of Illinois' immigration detention centers."),
    ("zcp1", "\"riddled with exceptions\"", "phrase", "Exact phrase: riddled with exceptions, on sanctuary policies said to be too full of carve-outs to protect anyone."),
    ("zcp2", "\"problem areas\"", "phrase", "Exact phrase: problem areas, on federal officials naming sanctuary cities as targets for more enforcement."),
    ("zcp3", "\"look the other way\"", "phrase", "Exact phrase: look the other way, on whether local police should ignore immigration violations."),
    ("zcp4", "\"quarterly report\"", "phrase", "Exact phrase: quarterly report, on the Chicago Police Department's reporting of its compliance with the Welcoming City Ordinance."),
    ("zcc1", "sanctuary cities accused of harboring criminals", "concept", "Claims that sanctuary policies shelter criminal immigrants, let them go free or endanger citizens."),
    ("zcc2", "left critics calling sanctuary policies too weak", "concept", "Critics on the left who say existing sanctuary or welcoming policies are weak, full of loopholes or still let police help ICE."),
    ("zcc3", "federal funding threats against sanctuary jurisdictions", "concept", "Federal attempts to cut or condition grants and funding for sanctuary cities and states, and the responses and rulings."),
    ("zcc4", "police sharing information with immigration agents", "concept", "Local police passing information or access to ICE (databases, release dates, jails), and the rules that allow or forbid it."),
    ("zcs1", "Tom Homan expect action Chicago", "speaker", "What border czar Tom Homan said about coming immigration enforcement in Chicago and other sanctuary cities in 2025."),
    ("zcs2", "Rahm Emanuel Chicago remain welcoming", "speaker", "What Mayor Rahm Emanuel said about Chicago staying welcoming to immigrants against the Trump administration's threats."),
    ("zcs3", "Jeff Sessions criminals roam free", "speaker", "What Attorney General Jeff Sessions said about sanctuary policies letting criminal immigrants go free."),
    ("zcs4", "Pritzker Johnson oppose expanded enforcement", "speaker", "What Governor JB Pritzker and Mayor Brandon Johnson said against expanded federal immigration enforcement in Illinois and Chicago."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
