# The fresh-zx held-out queries: (id, query as a researcher types it, class, information need).
# Over the 9 articles of ../devset/fresh-zx/articles/ (part ZX, measured only, never used for any tuning). Written after
# reading all 9 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzx_grades.py). A held-out set beside the
# fresh, fresh-g and fresh-m to fresh-zw ones. Nothing is ever tuned on it: it is measured only. No query string repeats
# one of another set (checked against their TSVs before writing; four first drafts that did were replaced).
QUERIES = [
    ("zxk1", "McHenry Kankakee lawsuit ICE jail agreements", "keyword", "McHenry and Kankakee counties' 2021 suit against the Illinois Way Forward Act, which ends county jail agreements to hold ICE detainees, and what they and others say about it."),
    ("zxk2", "Oak Park welcoming village ordinance", "keyword", "Oak Park's 2017 Welcoming Village ordinance: its passage, what it forbids village employees and police, and who backed it."),
    ("zxk3", "Byrne JAG grant conditions sanctuary", "keyword", "The Justice Department's 2017 immigration conditions on Byrne JAG police grants to sanctuary jurisdictions, and the argument that they exceed its authority."),
    ("zxk4", "HB 1637 police ICE agents", "keyword", "Illinois HB 1637, the Keep Illinois Families Together Act of 2019, which keeps police from acting as ICE agents, and what it provides."),
    ("zxp1", "\"latest sanctuary state\"", "phrase", "Exact phrase: latest sanctuary state, on Illinois after the TRUST Act was signed."),
    ("zxp2", "\"immigration detention\"", "phrase", "Exact phrase: immigration detention, on county jails holding ICE detainees and the state law ending it."),
    ("zxp3", "\"warrant issued by a judge\"", "phrase", "Exact phrase: warrant issued by a judge, as the condition for local police to hold or hand over an immigrant."),
    ("zxp4", "\"JAG grants\"", "phrase", "Exact phrase: JAG grants, on the federal police grants tied to sanctuary policies."),
    ("zxc1", "counties losing money from ICE jail contracts", "concept", "The revenue counties earn from holding ICE detainees in their jails and what they stand to lose when state law ends the contracts."),
    ("zxc2", "deportation after a traffic stop separating families", "concept", "Immigrants held for ICE or deported after minor police stops, and the family separation that limits on police cooperation are meant to prevent."),
    ("zxc3", "federal government cannot attach immigration strings to police grants", "concept", "The argument that the executive branch lacks authority to condition congressionally appropriated police grants on cooperation with immigration enforcement."),
    ("zxc4", "advocates pushing towns to close police cooperation loopholes", "concept", "Immigrant advocates and coalitions pressing local governments or the state to remove exceptions that let police cooperate with ICE, or to enforce the limits."),
    ("zxs1", "Mony Ruiz-Velasco Oak Park ordinance", "speaker", "What Mony Ruiz-Velasco of PASO West Suburban Action Project said about Oak Park's welcoming ordinance."),
    ("zxs2", "Patrick Kenneally Way Forward Act lawsuit", "speaker", "What McHenry County State's Attorney Patrick Kenneally said about the Way Forward Act and the counties' suit against it."),
    ("zxs3", "John Cullerton TRUST Act police", "speaker", "What Illinois Senate President John Cullerton said about the TRUST Act and police cooperation with ICE."),
    ("zxs4", "Tanya Jindrich McHenry County ICE", "speaker", "What McHenry County Board member Tanya Jindrich said about the Way Forward Act and the county's ICE detention."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
