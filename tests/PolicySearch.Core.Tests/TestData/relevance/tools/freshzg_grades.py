# Hand judgments of the fresh-zg held-out queries (tools/freshzg_queries.py) over the content paragraphs of
# ../devset/fresh-zg/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement, the exact phrase off topic); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 44 content paragraphs of part ZG was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as the Arab American Institute's statement after its lead-in in d3300).
GRADES = {
    # ICE detainers 1,700 released Illinois: the DHS claim in two reports, and the answers to it.
    "zgk1": "d3307-3:3 d3308-0:3 d3308-1:3 d3307-7:2 d3307-8:2 d3307-10:2 d3308-2:2",
    # Cupich warrant church property.
    "zgk2": "d3302-5:3 d3302-3:2 d3302-4:2",
    # Seventh Circuit sanctuary cities federalism: the Chicago v. Barr explainer; the 2020 court defeats; the federalism
    # question 1.
    "zgk3": "d3304-2:3 d3305-0:2 d3305-2:1",
    # Senate Executive Committee TRUST Act vote.
    "zgk4": "d3303-9:3 d3303-10:2 d3303-8:1 d3303-11:1",
    # "executive orders": the exact phrase on Trump's immigration orders 3; "executive actions" or "This action" 1-2.
    "zgp1": "d3300-1:3 d3301-2:3 d3301-5:3 d3302-3:3 d3303-11:3 d3301-3:2 d3300-2:1",
    # "police officer": the exact phrase with immigration 3 ("local police officers", the noncitizen officer); the
    # phrase without immigration in the line, or "officers" 2; police and ICE in other words 1.
    "zgp2": "d3300-2:3 d3309-7:3 d3309-8:3 d3309-6:2 d3309-19:2 d3303-6:1 d3306-1:1 d3306-5:1 d3309-10:1 d3309-11:1",
    # "state law": the exact phrase (or "state laws") on cooperation 3; state laws named otherwise 2; "sanctuary
    # mandates" 1.
    "zgp3": "d3305-2:3 d3307-8:3 d3308-1:3 d3303-9:2 d3303-10:2 d3305-0:2 d3308-2:2 d3309-14:1",
    # "warrant": the exact phrase on warrants for immigration agents 3; off topic ("an international warrant") or
    # detainers as mere requests 1.
    "zgp4": "d3302-5:3 d3303-9:3 d3303-10:3 d3307-8:1 d3309-5:1",
    # churches refusing immigration agents without a warrant.
    "zgc1": "d3302-5:3 d3302-3:2 d3302-4:1 d3303-10:1",
    # jails releasing inmates instead of honoring ICE holds.
    "zgc2": "d3307-3:3 d3307-7:3 d3308-0:3 d3308-1:3 d3307-8:2 d3307-10:2 d3308-2:2",
    # how much sanctuary policies reduce deportations.
    "zgc3": "d3305-1:3 d3305-0:1 d3307-7:1",
    # immigrant groups condemning Trump orders against sanctuary cities.
    "zgc4": "d3300-1:3 d3300-2:3 d3301-2:3 d3301-5:3 d3301-3:2 d3301-4:2 d3300-3:1 d3302-3:1 d3303-6:1 d3303-11:1",
    # Blase Cupich immigration agents.
    "zgs1": "d3302-3:3 d3302-5:3 d3302-4:2",
    # Todd Lyons Illinois Attorney General detainers: the letter and the answer 3; the DHS figures without him 1.
    "zgs2": "d3308-2:3 d3307-3:1 d3308-1:1",
    # David Brown Chicago police ICE trust: his quote 3; his department's declaration 2.
    "zgs3": "d3306-5:3 d3306-1:2 d3306-4:1",
    # Arab American Institute sanctuary cities statement.
    "zgs4": "d3300-1:3 d3300-2:3 d3300-3:2",
}

# Not content: headlines, deks, subheads, bylines, date lines, captions, separators, labels. The judge of this set also
# annotated part ZG, so this hand list is the same call as the gold's title and boilerplate rows (31: 14 title,
# 17 boilerplate; SOURCES-zg.md), and build_relevance.py checks that it matches ../devset/fresh-zg/gold-fresh-zg.jsonl.
# Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d3300": [0],                                 # posting line
    "d3301": [0, 1],                              # headline, "From:" line
    "d3302": [0, 1, 2],                           # publication label, headline, date line
    "d3303": [0, 1, 2, 3, 4, 5, 7],               # site label, headline, date line, three byline lines, photo caption
    "d3304": [0, 1],                              # image text, byline
    "d3306": [0, 3, 6],                           # headline, two subheads
    "d3307": [0, 1, 2, 4, 5, 6, 9],               # headline, dek, subhead, three "." separators, subhead
    "d3309": [0, 1, 2, 3, 4, 18],                 # two headlines, dek, byline, date line, section heading
}
