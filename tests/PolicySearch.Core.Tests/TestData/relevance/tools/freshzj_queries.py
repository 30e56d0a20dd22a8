# The fresh-zj held-out queries: (id, query as a researcher types it, class, information need).
# Over the 8 articles of ../devset/fresh-zj/articles/ (part ZJ, measured only, never used for any tuning). Written after
# reading all 8 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshzj_grades.py). A held-out set beside the
# earlier fresh ones. Nothing is ever tuned on it: it is measured only. No query string repeats one of another set or
# the seeds' (checked against their TSVs before writing; "sanctuary policies" was not used because another set has it).
QUERIES = [
    ("zjk1", "287(g) agreements local deputies", "keyword", "287(g) agreements that delegate federal immigration authority to local officers: what they are, why jurisdictions sign them, and the criticism of them."),
    ("zjk2", "Iowa sanctuary cities ban Senate File 481", "keyword", "Iowa's 2018 bill (Senate File 481) to ban sanctuary cities and cut state funds to places that do not comply with immigration authorities, and the debate over it."),
    ("zjk3", "United States v. Illinois dismissed without prejudice", "keyword", "The July 2025 dismissal of the federal government's suit against the sanctuary policies of Illinois, Chicago and Cook County."),
    ("zjk4", "ICE arrests downstate Illinois courthouse", "keyword", "ICE arrests in central and downstate Illinois in 2025, including arrests at or outside county courthouses."),
    ("zjp1", "\"local authorities\"", "phrase", "Exact phrase: local authorities, on what local authorities do, may refuse or must do in federal immigration enforcement."),
    ("zjp2", "\"federal immigration law\"", "phrase", "Exact phrase: federal immigration law, on who enforces it and whether local agencies take part."),
    ("zjp3", "\"commandeer\"", "phrase", "Exact word: commandeer, on whether the federal government may commandeer state and local officials."),
    ("zjp4", "\"state funding\"", "phrase", "Exact phrase: state funding, on withholding state money from sanctuary jurisdictions."),
    ("zjc1", "local police deputized to enforce immigration law", "concept", "Local police or sheriffs given federal immigration-enforcement powers, how such arrangements work and what they cost or risk."),
    ("zjc2", "states cannot be made to help the feds deport", "concept", "Arguments or rulings that the federal government cannot compel state and local governments to assist immigration enforcement."),
    ("zjc3", "police chiefs say anti-sanctuary bills erode trust", "concept", "Police leaders and allies arguing that laws forcing local cooperation with immigration enforcement undermine community trust and public safety."),
    ("zjc4", "how an ICE hold request works at a county jail", "concept", "How an immigration detainer works in practice: booking, fingerprints, the ICE check and the request to hold someone for ICE."),
    ("zjs1", "Steven Holt sanctuary cities", "speaker", "What Iowa state Rep. Steven Holt said about sanctuary cities and the bill to ban them."),
    ("zjs2", "Michael Tupper Marshalltown police", "speaker", "What Marshalltown police chief Michael Tupper said about the anti-sanctuary bill and police trust."),
    ("zjs3", "ACLU of Iowa sanctuary bill", "speaker", "What the ACLU of Iowa argued about Iowa's bill against sanctuary cities."),
    ("zjs4", "Immigration Project ICE arrests Central Illinois", "speaker", "What the Bloomington-based Immigration Project said about ICE arrests in Central Illinois."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
