# Hand judgments of the fresh-s held-out queries (tools/freshs_queries.py) over the content paragraphs of
# ../devset/fresh-s/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 38 content paragraphs of part S was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Jenkins after "She added", or the first-person statement of d1902, whose author is named only
# in its headline and dek).
GRADES = {
    # Tenth Amendment sanctuary ruling: the July 2025 dismissal in two reports, and the White House reaction.
    "sk1": "d1905-4:3 d1905-5:3 d1905-6:3 d1906-5:3 d1906-6:3 d1905-0:2 d1905-2:2 d1905-8:2 d1905-9:2 d1906-0:2"
           " d1906-1:2 d1906-2:2 d1906-4:2 d1905-1:1",
    # TRUST Act repeal bill: Jacobs's bill to end the TRUST Act.
    "sk2": "d1904-2:3 d1904-3:2 d1904-5:2 d1904-4:1",
    # sanctuary city cost taxpayers: the Contrarian's cost argument and Jacobs's budget drain; grants at stake 1.
    "sk3": "d1903-3:3 d1903-4:2 d1903-8:2 d1904-2:2 d1904-5:2 d1900-8:1 d1903-9:1",
    # Emanuel executive order federal grants: Trump's January 2017 order and Emanuel's answer; Washington's 1985 order 1.
    "sk4": "d1900-6:3 d1900-8:3 d1900-9:3 d1900-7:2 d1903-7:1",
    # "Tenth Amendment": the exact phrase 3; commandeering or state autonomy without it 2.
    "sp1": "d1905-4:3 d1905-5:3 d1906-5:3 d1905-6:2 d1906-4:2 d1906-6:2",
    # "law enforcement": the exact phrase on local policing and immigration 3; the order's "law enforcement purposes"
    # or "local police" without the phrase 2; chiefs of police named in a list 1.
    "sp2": "d1902-5:3 d1904-3:3 d1907-2:3 d1900-9:2 d1902-4:2 d1907-1:2 d1902-6:1",
    # "federal funding": the exact phrase 3; "federal grants" 2; penalizing cities 1.
    "sp3": "d1900-6:3 d1900-8:3 d1900-9:2 d1907-1:1",
    # "illegal immigration": the exact phrase 3 (d1904-2; the dek is not content); "in the country illegally", "here
    # illegally" 2; neighbouring wording 1.
    "sp4": "d1904-2:3 d1901-1:2 d1904-5:2 d1900-6:1 d1901-2:1 d1904-3:1 d1905-0:1",
    # immigrants afraid to report crimes to police.
    "sc1": "d1902-5:3 d1907-2:3 d1901-2:2 d1907-1:2 d1901-1:1 d1902-4:1 d1907-3:1",
    # courts refusing to force states to help deport.
    "sc2": "d1905-4:3 d1905-5:3 d1905-6:3 d1906-1:3 d1906-4:3 d1906-5:3 d1906-6:3 d1905-0:2 d1905-2:2 d1906-0:2"
           " d1906-2:2 d1905-8:1 d1905-9:1",
    # local police should still hand serious criminals to ICE.
    "sc3": "d1901-1:3 d1901-2:3 d1901-3:2 d1905-1:2 d1905-9:2 d1904-3:1 d1904-5:1",
    # mayors and police chiefs backing limits on immigration enforcement: Irvin's statement, Emanuel.
    "sc4": "d1902-3:3 d1902-4:3 d1902-6:3 d1902-5:2 d1900-6:2 d1900-7:2 d1900-8:2 d1903-4:1 d1903-7:1",
    # Lindsay Jenkins ruling sanctuary policies. Her reasoning 3; the dismissal reported, or "A federal judge" 1-2.
    "ss1": "d1905-4:3 d1905-5:3 d1905-6:3 d1906-1:3 d1906-2:3 d1906-5:3 d1906-6:3 d1906-4:2 d1905-2:1 d1906-0:1",
    # Paul Jacobs TRUST Act.
    "ss2": "d1904-2:3 d1904-3:3 d1904-5:3 d1904-4:2",
    # Rahm Emanuel sanctuary city Trump.
    "ss3": "d1900-6:3 d1900-8:3 d1900-7:2",
    # Abigail Jackson White House Chicago: her quote; "the White House made it clear" 2.
    "ss4": "d1905-9:3 d1905-8:2",
}

# Not content: headlines, deks, subheads, bylines, date lines, credits, separators, labels, link lines. The judge of
# this set also annotated part S, so this hand list is the same call as the gold's title and boilerplate rows (25: 14
# title, 11 boilerplate; SOURCES-s.md), and build_relevance.py checks that it matches
# ../devset/fresh-s/gold-fresh-s.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d1900": [0, 1, 2, 3, 4, 5],                  # section label, headline, byline label and name, photo credit, ad label
    "d1901": [0],                                 # headline
    "d1902": [0, 1, 2, 7, 8],                     # headline, dek, separator, editor's note, separator
    "d1903": [0, 1, 2, 5],                        # headline, date line, dek, subhead
    "d1904": [0, 1],                              # headline, dek
    "d1905": [3, 7, 10],                          # three subheads
    "d1906": [3, 7],                              # "Politico reported:", read-more link
    "d1907": [0, 4],                              # two subheads
}
