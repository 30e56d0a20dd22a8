# Hand judgments of the fresh-zx held-out queries (tools/freshzx_queries.py) over the content paragraphs of
# ../devset/fresh-zx/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 52 content paragraphs of part ZX was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Ruiz-Velasco after "She said" in d5002-9, or Proft's unquoted words after the lead-in in
# d5008-9).
GRADES = {
    # McHenry Kankakee lawsuit ICE jail agreements: the Daily Herald report of the suit 3; the law ending the
    # agreements and the county board's vote to keep its own 2; the suit's side notes and the county's story 1.
    "zxk1": "d5004-4:3 d5004-5:3 d5004-10:3 d5004-6:2 d5004-7:2 d5003-0:2 d5003-1:2 d5003-2:2 d5003-3:1 d5003-4:1"
            " d5003-5:1 d5003-6:1 d5004-8:1 d5004-9:1",
    # Oak Park welcoming village ordinance: its passage, provisions and backers.
    "zxk2": "d5002-6:3 d5002-7:3 d5002-8:3 d5002-13:3 d5002-9:2 d5002-10:2 d5002-11:2 d5002-12:2",
    # Byrne JAG grant conditions sanctuary: the blog's case against the conditions 3; the earlier-post pointer 2; the
    # DOJ notice's sanctuary lines (the grant paragraph itself was cut off) 1.
    "zxk3": "d5007-6:3 d5007-7:3 d5007-4:2 d5007-8:1 d5007-9:1 d5007-10:1",
    # HB 1637 police ICE agents: the WAND report.
    "zxk4": "d5006-0:3 d5006-1:3 d5006-2:2 d5006-3:2",
    # "latest sanctuary state": the exact phrase, twice in d5008.
    "zxp1": "d5008-5:3 d5008-7:3",
    # "immigration detention": the exact phrase 3; "ICE detention" and the agreements to "house or detain" 2; the
    # county's vote and the transfer of detainees 1.
    "zxp2": "d5003-0:3 d5004-4:3 d5003-1:2 d5003-8:2 d5004-5:2 d5004-6:2 d5003-2:1 d5003-3:1 d5004-10:1",
    # "warrant issued by a judge": the exact phrase 3; "signed by a judge", "signed judicial warrant" 2; a court order 1.
    "zxp3": "d5001-6:3 d5001-2:2 d5005-1:2 d5002-13:1",
    # "JAG grants": the exact phrase 3; "JAG Grant" singular 2; appropriated funds with conditions 1.
    "zxp4": "d5007-6:3 d5007-4:2 d5007-7:1",
    # counties losing money from ICE jail contracts: the revenue claim 3; the detention function and contracts ending 1.
    "zxc1": "d5004-10:3 d5003-0:1 d5003-1:1 d5003-2:1 d5004-4:1",
    # deportation after a traffic stop separating families.
    "zxc2": "d5001-4:3 d5001-7:3 d5005-2:3 d5001-3:2 d5001-5:2 d5001-6:2 d5005-4:2 d5001-2:1 d5005-3:1",
    # federal government cannot attach immigration strings to police grants.
    "zxc3": "d5007-6:3 d5007-7:3 d5007-4:1 d5007-8:1",
    # advocates pushing towns to close police cooperation loopholes.
    "zxc4": "d5002-11:3 d5005-0:3 d5002-7:2 d5002-8:2 d5002-12:2 d5005-2:2 d5001-3:1 d5002-6:1 d5005-3:1",
    # Mony Ruiz-Velasco Oak Park ordinance.
    "zxs1": "d5002-8:3 d5002-9:3 d5002-10:3",
    # Patrick Kenneally Way Forward Act lawsuit: his quote 3; the counties' complaint and filing (his office's suit,
    # he is not named there) 1.
    "zxs2": "d5004-7:3 d5004-4:1 d5004-10:1",
    # John Cullerton TRUST Act police.
    "zxs3": "d5005-3:3",
    # Tanya Jindrich McHenry County ICE.
    "zxs4": "d5003-5:3 d5003-6:3",
}

# Not content: headlines, deks, subheads, bylines, date lines, captions, credits, share and site widgets, labels. The
# judge of this set also annotated part ZX, so this hand list is the same call as the gold's title and boilerplate rows
# (28: 8 title, 20 boilerplate; SOURCES-zx.md), and build_relevance.py checks that it matches
# ../devset/fresh-zx/gold-fresh-zx.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d5000": [0, 1, 2, 4, 5],                     # page markers, author widget, headline, view counter
    "d5001": [0, 1],                              # photo caption, newsletter prompt
    "d5002": [0, 1, 2, 3, 4, 5],                  # headline, dek, two share links, byline and title
    "d5004": [0, 1, 2, 3],                        # headline, photo caption, caption with credit, update stamp
    "d5006": [4],                                 # attached-PDF note
    "d5007": [0, 1, 2, 3, 5],                     # cart link, headline, donate link, date line, subhead
    "d5008": [0, 1, 2, 4, 10],                    # page title, headline, date line, source label, footer
}
