# The fresh-r held-out queries: (id, query as a researcher types it, class, information need).
# Over the 11 articles of ../devset/fresh-r/articles/ (part R, measured only, never used for any tuning). Written after
# reading all 11 articles and before any grade, by a session that never ran the product (so there is no run and no pool:
# every content paragraph of the part is judged against every query, tools/freshr_grades.py). An eighth held-out set
# beside the fresh, fresh-g, fresh-m, fresh-n, fresh-o, fresh-p and fresh-q ones. Nothing is ever tuned on them: they
# are measured only. No query string repeats one of another set (checked against their TSVs and the seeds' before
# writing).
QUERIES = [
    ("rk1", "Byrne JAG grant conditions", "keyword", "The Justice Department's conditions on Byrne JAG law-enforcement grants (notice of release, jail access, Section 1373 compliance) aimed at sanctuary cities, and Chicago's court fight against them."),
    ("rk2", "ICE-free zones city property", "keyword", "Chicago's executive order barring ICE from using city-owned property (the 'ICE-free zones'), what it requires and the reactions to it."),
    ("rk3", "House Oversight sanctuary mayors", "keyword", "The March 2025 House Oversight Committee hearing where the mayors of Chicago, Boston, Denver and New York defended their sanctuary policies, and what was said there."),
    ("rk4", "DOJ sanctuary lawsuit Pritzker", "keyword", "Justice Department lawsuits against Illinois, its governor, Chicago or Cook County over sanctuary laws: what they challenge and what they claim."),
    ("rp1", "\"federal law\"", "phrase", "Exact phrase: federal law, in claims about whether sanctuary policies follow, violate or are required by federal law."),
    ("rp2", "\"undocumented immigrants\"", "phrase", "Exact phrase: undocumented immigrants, and how sanctuary policies or enforcement treat them."),
    ("rp3", "\"Welcoming City Ordinance\"", "phrase", "Exact phrase: Welcoming City Ordinance (Chicago's sanctuary law), its defence and the challenges to it."),
    ("rp4", "\"executive order\"", "phrase", "Exact phrase: executive order, on executive orders that limit or expand cooperation with immigration enforcement."),
    ("rc1", "federal money withheld to pressure sanctuary cities", "concept", "Threats or conditions that cut federal funds to sanctuary jurisdictions, and the legal or political responses (lawsuits, injunctions, calls to defund)."),
    ("rc2", "do sanctuary policies shelter dangerous criminals", "concept", "Claims that sanctuary policies release or protect criminals, and rebuttals that they keep communities safer through trust and crime reporting."),
    ("rc3", "churches and private places refusing entry to immigration agents", "concept", "Churches, businesses and other non-police places that refuse immigration agents entry without a warrant, and the rules on sensitive locations."),
    ("rc4", "local voters or boards backing help for federal immigration enforcement", "concept", "Local votes, resolutions or officials that favour letting county or city authorities help federal immigration enforcement."),
    ("rs1", "Brandon Johnson Welcoming City Ordinance testimony", "speaker", "What Chicago Mayor Brandon Johnson said in defence of the Welcoming City Ordinance and Chicago's sanctuary status, at the 2025 hearing or about ICE in the city."),
    ("rs2", "Cardinal Cupich church property", "speaker", "What Cardinal Blase Cupich told priests about immigration agents on church property and about the Church and immigrants."),
    ("rs3", "Dennis Herrera sanctuary policies", "speaker", "What San Francisco City Attorney Dennis Herrera argued about sanctuary policies, crime reporting and federal law."),
    ("rs4", "Tricia McLaughlin Johnson ICE", "speaker", "What DHS official Tricia McLaughlin said about Mayor Johnson, Chicago police and ICE."),
]

HELD_BACK = {qid for qid, *_ in QUERIES}  # all of them
