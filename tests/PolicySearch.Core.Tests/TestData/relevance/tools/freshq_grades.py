# Hand judgments of the fresh-q held-out queries (tools/freshq_queries.py) over the content paragraphs of
# ../devset/fresh-q/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 93 content paragraphs of part Q was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Kelly's statement after its lead-in, or a thread sentence broken across two lines).
GRADES = {
    # Welcoming City carve-outs: the alderman's thread on the four exceptions, the 2025 amendment to restore some.
    "qk1": "d1708-7:3 d1708-9:3 d1713-1:3 d1708-4:2 d1708-6:2 d1708-11:2 d1713-2:2 d1701-1:1 d1708-5:1 d1708-8:1"
           " d1708-10:1 d1708-13:1 d1711-2:1 d1712-4:1",
    # sanctuary repeal ballot: Oregon's Measure 105 and Beale's proposed referendum.
    "qk2": "d1703-6:3 d1703-9:3 d1703-12:3 d1711-0:3 d1711-1:3 d1703-1:2 d1703-3:1 d1703-10:1 d1703-11:1 d1711-3:1",
    # ICE jail agreements: 287(g) deals in New Jersey, Peoria County's ICE payment for holding a juvenile, detainer
    # holds, detention contracts ended by the Way Forward Act, jail access in the grant conditions.
    "qk3": "d1706-3:3 d1706-7:3 d1701-3:2 d1702-2:2 d1702-3:2 d1702-6:2 d1702-7:2 d1702-8:2 d1702-10:2 d1704-8:2"
           " d1704-9:2 d1705-10:2 d1706-2:2 d1706-8:2 d1709-2:2 d1702-5:1 d1702-9:1 d1702-11:1 d1704-7:1 d1706-4:1"
           " d1706-6:1",
    # sheriffs sanctuary law: the Oregon sheriffs' letter and Nelson; Sheriff Golden against the New Jersey directive.
    "qk4": "d1703-9:3 d1703-12:3 d1706-8:3 d1703-10:2 d1703-11:2 d1706-7:1",
    # "sanctuary cities": the exact plural on topic is 3; "sanctuary city" (singular) on topic 2, in passing 1.
    "qp1": "d1705-9:3 d1705-10:3 d1707-0:3 d1707-3:3 d1707-4:3 d1701-0:2 d1705-12:2 d1711-0:2 d1711-1:2 d1712-3:2"
           " d1712-4:2 d1712-6:2 d1712-7:2 d1713-1:2 d1700-8:1 d1712-1:1 d1712-9:1",
    # "federal immigration": the phrase about local cooperation or its limits is 3; "federal civil immigration" or
    # "federal agents on immigration" 2.
    "qp2": "d1703-10:3 d1704-1:3 d1705-10:3 d1706-3:3 d1711-2:3 d1712-4:3 d1701-1:2 d1706-2:2 d1707-4:2 d1708-6:2"
           " d1704-7:1 d1713-1:1",
    # "law enforcement officers"; "police officers", "correctional officers" and the like without the phrase 1-2.
    "qp3": "d1704-1:3 d1704-2:3 d1704-5:3 d1706-2:3 d1703-10:2 d1704-6:2 d1704-7:2 d1706-7:2 d1704-8:1 d1704-9:1"
           " d1707-0:1 d1707-4:1 d1712-6:1",
    # "federal agents"; Border Patrol or ICE agents in sanctuary cities without the phrase 1-2.
    "qp4": "d1701-1:3 d1707-4:3 d1714-3:3 d1714-4:3 d1707-0:2 d1707-1:2 d1707-2:2 d1714-0:2 d1714-5:2 d1706-2:1"
           " d1706-3:1 d1714-1:1",
    # sheriffs who want to keep working with ICE despite state limits.
    "qc1": "d1703-9:3 d1703-12:3 d1706-8:3 d1703-11:2 d1706-7:2 d1703-10:1 d1706-3:1",
    # does limiting police cooperation with ICE make communities safer: trust and crime reporting against released
    # criminals and preventable crimes.
    "qc2": "d1701-0:3 d1701-1:3 d1703-9:3 d1704-2:3 d1704-3:3 d1706-6:3 d1707-3:3 d1712-6:3 d1712-7:3 d1700-6:2"
           " d1701-2:2 d1701-3:2 d1703-10:2 d1705-12:2 d1708-4:2 d1708-5:2 d1708-9:2 d1708-11:1 d1709-3:1 d1713-2:1",
    # statewide rules that stop local police from helping immigration agents. Florida's ban goes the other way: 1.
    "qc3": "d1703-10:3 d1704-1:3 d1704-2:3 d1704-5:3 d1704-6:3 d1704-7:3 d1704-8:3 d1704-9:3 d1706-2:3 d1706-3:3"
           " d1709-2:3 d1700-2:2 d1703-6:2 d1703-9:2 d1704-3:2 d1709-3:2 d1700-3:1 d1700-5:1 d1700-7:1 d1700-8:1"
           " d1703-12:1 d1705-9:1 d1705-10:1 d1706-7:1",
    # letting voters decide whether to keep sanctuary protections.
    "qc4": "d1703-6:3 d1711-0:3 d1711-1:3 d1703-1:2 d1703-9:2 d1703-12:2 d1703-3:1 d1703-11:1 d1711-3:1",
    # Grewal 287(g) directive. His ordering and issuing are actions: 2; what the directive provides 1.
    "qs1": "d1706-2:3 d1704-1:2 d1704-2:2 d1704-5:2 d1706-3:2 d1704-3:1 d1704-6:1 d1704-7:1 d1704-8:1 d1704-9:1"
           " d1706-4:1 d1706-7:1 d1706-8:1",
    # Lightfoot Border Patrol agents (or the Welcoming City exceptions). d1708-9 reports what she wants, not her words: 2.
    "qs2": "d1707-4:3 d1707-0:2 d1708-9:2 d1707-1:1 d1707-2:1 d1707-3:1 d1708-8:1 d1708-11:1",
    # William Kelly Trust Act. The statement (#5-#8) follows its lead-in (#4); the campaign voice (#2-#3) 2.
    "qs3": "d1700-5:3 d1700-6:3 d1700-7:3 d1700-8:3 d1700-2:2 d1700-3:2 d1700-4:2",
    # Albence sanctuary jurisdictions. ICE's own accusation without him 1.
    "qs4": "d1706-5:3 d1706-6:3 d1707-3:3 d1706-4:1 d1707-0:1",
}

# Not content: headlines, deks, subheads, breadcrumbs, bylines, date lines, captions, link lines and widget labels. The
# judge of this set also annotated part Q, so this hand list is the same call as the gold's title and boilerplate rows
# (29: 16 title, 13 boilerplate; SOURCES-q.md), and build_relevance.py checks that it matches
# ../devset/fresh-q/gold-fresh-q.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d1700": [0, 1],                              # navigation residue, headline
    "d1702": [0],                                 # headline
    "d1703": [0, 8],                              # the tag page's two item headlines
    "d1704": [0, 4],                              # headline, subhead
    "d1705": [0, 1, 2, 3, 4, 5, 6, 7, 8, 11],     # three breadcrumb lines, headline, dek, caption twice, two date lines, related link
    "d1706": [0, 1],                              # headline, photo caption
    "d1709": [0, 1],                              # headline, date and byline
    "d1710": [0, 4],                              # headline, widget label
    "d1712": [0, 2, 5, 8, 10],                    # headline, four subheads
    "d1713": [0],                                 # byline
}
