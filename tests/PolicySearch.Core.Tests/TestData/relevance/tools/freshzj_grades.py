# Hand judgments of the fresh-zj held-out queries (tools/freshzj_queries.py) over the content paragraphs of
# ../devset/fresh-zj/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 32 content paragraphs of part ZJ was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as the Immigration Project behind "the advocacy group").
GRADES = {
    # 287(g) agreements local deputies: the Albany Law explainer.
    "zjk1": "d3600-7:3 d3600-8:3 d3600-6:2",
    # Iowa sanctuary cities ban Senate File 481: the Des Moines Register report.
    "zjk2": "d3605-4:3 d3605-6:3 d3605-7:3 d3605-9:3 d3605-8:2 d3605-10:2",
    # United States v. Illinois dismissed without prejudice: the IMLA message only.
    "zjk3": "d3607-8:3",
    # ICE arrests downstate Illinois courthouse: Bill Knight's column.
    "zjk4": "d3604-4:3 d3604-5:3 d3604-6:3 d3604-3:2 d3604-7:1 d3604-8:1",
    # "local authorities": the exact phrase 3; "local law enforcement", "Chicago officials", "local and state officials"
    # on the same point 2; neighbouring wording 1.
    "zjp1": "d3602-3:3 d3606-6:3 d3606-7:3 d3600-6:2 d3606-4:2 d3606-8:2 d3602-6:1 d3606-3:1",
    # "federal immigration law": the exact phrase 3 (d3602 #2 inside "federal immigration law enforcement"); "federal
    # law", "federal immigration functions" 2; "federal immigration authorities" 1.
    "zjp2": "d3600-6:3 d3602-2:3 d3600-7:2 d3606-6:2 d3606-7:2 d3605-4:1",
    # "commandeer": the exact word 3; no legal obligation to help the feds 2; not spending local money for the feds 1.
    "zjp3": "d3606-8:3 d3606-7:2 d3606-6:1",
    # "state funding": the exact phrase 3; federal grants cut for non-cooperation 1.
    "zjp4": "d3605-4:3 d3606-3:1",
    # local police deputized to enforce immigration law.
    "zjc1": "d3600-7:3 d3600-6:2 d3600-8:2",
    # states cannot be made to help the feds deport.
    "zjc2": "d3606-6:3 d3606-7:3 d3606-8:3 d3606-4:2 d3607-8:2 d3603-1:1",
    # police chiefs say anti-sanctuary bills erode trust.
    "zjc3": "d3605-9:3 d3605-10:3 d3600-8:2 d3603-2:1 d3605-8:1",
    # how an ICE hold request works at a county jail: the Axis of Stevil steps.
    "zjc4": "d3602-6:3 d3602-4:2 d3602-5:2 d3601-1:1 d3602-3:1",
    # Steven Holt sanctuary cities.
    "zjs1": "d3605-7:3",
    # Michael Tupper Marshalltown police: his quote; the unnamed chiefs' testimony 1.
    "zjs2": "d3605-10:3 d3605-9:1",
    # ACLU of Iowa sanctuary bill.
    "zjs3": "d3605-9:3",
    # Immigration Project ICE arrests Central Illinois: "according to the Immigration Project" and its statement.
    "zjs4": "d3604-4:3 d3604-5:3 d3604-6:1",
}

# Not content: headlines, deks, subheads, bylines, date lines, credits, separators, labels, link lines, list chrome and
# signature lines. The judge of this set also annotated part ZJ, so this hand list is the same call as the gold's title
# and boilerplate rows (40: 8 title, 32 boilerplate; SOURCES-zj.md), and build_relevance.py checks that it matches
# ../devset/fresh-zj/gold-fresh-zj.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d3600": [0, 1, 2, 3, 4, 5],                  # logo, headline, download link, byline, series note, subhead
    "d3601": [0],                                 # byline
    "d3602": [0, 1],                              # title, dek with date and hit counter
    "d3603": [0],                                 # headline
    "d3604": [0, 1, 2],                           # blog note, date line, headline
    "d3605": [0, 1, 2, 3, 5],                     # headline, byline name and outlet, comment link, photo caption
    "d3606": [0, 1, 2],                           # newspaper name, headline, separator
    "d3607": [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],  # list chrome, sender, salutation, signature
}
