# Hand judgments of the fresh-r held-out queries (tools/freshr_queries.py) over the content paragraphs of
# ../devset/fresh-r/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 62 content paragraphs of part R was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Cupich's letter after "Cardinal Cupich said", or the op-ed voice of d1800, whose author is named
# only in its byline).
GRADES = {
    # Byrne JAG grant conditions: the NLC post and the Syracuse Law Review background; other funding threats 1.
    "rk1": "d1802-2:3 d1802-3:3 d1802-4:3 d1802-5:3 d1805-4:3 d1805-5:3 d1802-6:2 d1805-3:2 d1800-10:1 d1807-1:1",
    # ICE-free zones city property: Johnson's order on city-owned property and the reaction.
    "rk2": "d1809-0:3 d1809-3:3 d1809-1:2 d1809-2:2 d1809-4:2 d1809-6:2 d1809-5:1",
    # House Oversight sanctuary mayors: the March 2025 hearing in two reports.
    "rk3": "d1806-3:3 d1806-5:3 d1806-6:3 d1808-1:3 d1808-2:3 d1806-4:2 d1806-7:2 d1806-8:2 d1808-3:2 d1808-4:2"
           " d1808-5:2 d1808-6:1",
    # DOJ sanctuary lawsuit Pritzker: the February 2025 suit (389country) and the December 2025 one (Polar Herald).
    "rk4": "d1807-1:3 d1810-2:3 d1810-5:3 d1807-3:2 d1810-4:2 d1807-2:1 d1810-7:1",
    # "federal law": the exact phrase on topic 3; "federal laws" (plural) or federal authority without the phrase 1-2.
    "rp1": "d1800-10:3 d1806-8:3 d1805-4:2 d1801-6:1 d1807-2:1 d1807-3:1 d1810-5:1",
    # "undocumented immigrants": the exact phrase on topic 3; singular or "undocumented residents" 2; "undocumented
    # workers" or "illegal immigrants" 1.
    "rp2": "d1800-8:3 d1801-3:3 d1801-6:3 d1809-1:3 d1800-6:2 d1801-7:2 d1801-5:1 d1803-5:1 d1803-9:1",
    # "Welcoming City Ordinance": only d1806-3 has the phrase; "Welcoming City policy" 2; "these laws" or Chicago's
    # "sanctuary status" 1.
    "rp3": "d1806-3:3 d1802-6:2 d1806-6:1 d1806-7:1 d1808-1:1",
    # "executive order": Johnson's order (d1809-4's "Executive Order" counts, the match being case-blind); "the order",
    # "the new directive" 2.
    "rp4": "d1809-0:3 d1809-4:3 d1809-1:2 d1809-3:2",
    # federal money withheld to pressure sanctuary cities.
    "rc1": "d1800-10:3 d1802-2:3 d1802-3:3 d1805-5:3 d1807-1:3 d1802-4:2 d1802-5:2 d1802-6:2 d1805-3:2 d1805-4:2",
    # do sanctuary policies shelter dangerous criminals: released criminals against trust and crime reporting.
    "rc2": "d1800-7:3 d1800-9:3 d1801-4:3 d1801-7:3 d1806-4:3 d1806-6:3 d1800-4:2 d1800-8:2 d1801-6:2 d1806-7:2"
           " d1810-5:2 d1800-3:1 d1800-10:1 d1801-3:1 d1806-8:1 d1807-2:1 d1808-4:1",
    # churches and private places refusing entry to immigration agents: Cupich's letter, the sensitive-locations
    # directive, Illinois' hospital and courthouse limits, businesses invited to join the ICE-free zones.
    "rc3": "d1803-3:3 d1803-4:3 d1803-10:3 d1810-4:3 d1803-9:2 d1809-3:2 d1810-2:2 d1803-7:1 d1803-8:1 d1809-0:1"
           " d1810-5:1",
    # local voters or boards backing help for federal immigration enforcement: the Grundy County resolutions.
    "rc4": "d1804-5:3 d1804-0:2 d1804-6:2 d1804-8:2 d1806-8:1",
    # Brandon Johnson Welcoming City Ordinance testimony. His words at the hearing 3; the testimony reported without
    # them, or his statements on ICE and the city's order 2; named without a statement 1.
    "rs1": "d1806-3:3 d1806-4:3 d1806-7:3 d1806-6:2 d1808-1:2 d1808-2:2 d1808-3:2 d1808-4:2 d1809-1:2 d1809-2:2"
           " d1809-4:2 d1806-5:1 d1809-0:1 d1809-6:1",
    # Cardinal Cupich church property. ICE's answer on sensitive locations and the guidelines he answered 1.
    "rs2": "d1803-3:3 d1803-4:3 d1803-9:3 d1803-7:2 d1803-8:2 d1803-5:1 d1803-10:1",
    # Dennis Herrera sanctuary policies: his op-ed, named only in its byline; its argument lines are his words.
    "rs3": "d1800-3:3 d1800-7:3 d1800-9:3 d1800-10:3 d1800-4:2 d1800-5:2 d1800-8:2 d1800-6:1",
    # Tricia McLaughlin Johnson ICE: one paragraph; the "firestorm" lead-in 1.
    "rs4": "d1809-6:3 d1809-5:1",
}

# Not content: headlines, deks, subheads, bylines, date lines, captions, separators, link lines and widget labels. The
# judge of this set also annotated part R, so this hand list is the same call as the gold's title and boilerplate rows
# (26: 12 title, 14 boilerplate; SOURCES-r.md), and build_relevance.py checks that it matches
# ../devset/fresh-r/gold-fresh-r.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d1800": [0, 1, 2],                           # headline, byline, republication note
    "d1801": [0, 1, 2],                           # edition label, headline, separator
    "d1802": [0, 1],                              # headline, date line
    "d1803": [0, 1, 2],                           # section label, headline, photo caption
    "d1804": [3, 4],                              # photo caption, photo credit
    "d1805": [0, 1, 2],                           # headline, byline, subhead
    "d1806": [0, 1, 2],                           # separator, headline, photo caption
    "d1807": [0, 4],                              # image markdown, comments label
    "d1808": [0],                                 # headline
    "d1810": [0, 1, 3, 6],                        # headline, second headline line, two subheads
}
