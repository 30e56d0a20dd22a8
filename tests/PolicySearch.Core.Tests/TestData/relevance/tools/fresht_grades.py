# Hand judgments of the fresh-t held-out queries (tools/fresht_queries.py) over the content paragraphs of
# ../devset/fresh-t/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 49 content paragraphs of part T was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Curran after "He also criticised", or Miller's unquoted block quote after "emphasizing that").
GRADES = {
    # Lunn ICE detainers Massachusetts: the SJC holding; the article's detainer explanation 2; detainers elsewhere 1.
    "tk1": "d2000-8:3 d2000-10:2 d2002-5:1 d2007-1:1 d2007-2:1",
    # HB 1312 courthouse immigration arrests: the Indian Express report and the Heartland Informer opener.
    "tk2": "d2004-0:3 d2006-0:3 d2006-1:3 d2006-5:3 d2006-6:3 d2006-7:3 d2006-2:2 d2006-3:2 d2006-4:2 d2004-1:1",
    # Oversight hearing sanctuary governors: the two hearing reports; the off-topic exchanges 1.
    "tk3": "d2001-0:3 d2001-1:3 d2005-2:3 d2005-3:3 d2001-2:2 d2001-3:2 d2001-4:2 d2005-4:2 d2005-5:2 d2005-7:2"
           " d2001-5:1 d2001-6:1 d2001-7:1 d2001-8:1 d2001-9:1 d2001-10:1",
    # ICE holds Colorado sheriffs: Law Week Colorado; "immigration holds" in St. Charles 1.
    "tk4": "d2007-0:3 d2007-1:3 d2007-2:3 d2002-5:1",
    # "ICE detainer": the exact phrase 3; detainers or ICE holds without it 2; neighbouring wording 1.
    "tp1": "d2000-8:3 d2002-5:3 d2007-2:3 d2000-10:2 d2007-1:2 d2002-15:1 d2004-3:1 d2007-0:1",
    # "immigration law": the exact phrase on who enforces it 3; neighbouring wording 1.
    "tp2": "d2001-3:3 d2003-5:3 d2004-0:3 d2007-2:3 d2000-8:1 d2002-5:1 d2002-6:1 d2004-1:1",
    # "federal authorities": the exact phrase 3; "federal immigration authorities/agencies" 2; neighbouring wording 1.
    "tp3": "d2004-0:3 d2004-2:3 d2006-2:3 d2001-0:2 d2002-5:2 d2007-0:2 d2002-3:1 d2006-1:1",
    # "undocumented": the exact word on police and jails 3; "illegal immigrants/aliens" 2; neighbouring wording 1.
    "tp4": "d2001-1:3 d2001-2:3 d2002-15:3 d2007-1:3 d2007-2:3 d2005-4:2 d2005-5:2 d2006-0:2 d2003-5:1 d2004-2:1"
           " d2004-3:1",
    # state courts saying police cannot hold people for ICE.
    "tc1": "d2000-8:3 d2007-0:2 d2007-1:2 d2007-2:2 d2000-10:1 d2008-1:1",
    # city promising residents its police will not help immigration agents.
    "tc2": "d2002-5:3 d2002-6:3 d2002-7:3 d2002-15:3 d2002-3:2 d2002-9:2 d2002-11:2 d2002-13:2 d2002-14:2 d2003-5:2"
           " d2003-6:2 d2001-3:1 d2002-8:1 d2002-12:1",
    # Republicans accusing Pritzker of endangering public safety: Miller and LaHood 3; the Heartland Informer's attacks
    # and Curran 2; the hearing's framing, the administration's listing, Gill 1.
    "tc3": "d2005-3:3 d2005-4:3 d2005-5:3 d2005-7:3 d2004-0:2 d2004-1:2 d2004-2:2 d2004-4:2 d2006-5:2 d2006-6:2"
           " d2001-3:1 d2001-7:1 d2004-3:1 d2005-2:1",
    # lawsuits over whether jails must honor ICE detainers.
    "tc4": "d2007-1:3 d2000-8:2 d2007-0:2 d2007-2:2 d2008-1:2 d2000-10:1 d2008-0:1",
    # Pritzker Oversight hearing violent criminals.
    "ts1": "d2001-1:3 d2001-2:3 d2001-3:3 d2001-0:2 d2001-6:2 d2001-8:1 d2001-10:1 d2005-2:1 d2005-3:1 d2005-7:1",
    # Mary Miller Pritzker illegal aliens.
    "ts2": "d2005-4:3 d2005-5:3 d2005-3:2",
    # Jason Mikesell ICE lawsuit.
    "ts3": "d2007-1:3 d2007-0:1 d2007-2:1",
    # Welcoming Cicero Coalition Dominick: its ask 3; the release voice 2.
    "ts4": "d2003-5:3 d2003-6:2",
}

# Not content: headlines, deks, subheads, bylines, date lines, captions, labels, a video lead-in. The judge of this set
# also annotated part T, so this hand list is the same call as the gold's title and boilerplate rows (22: 10 title, 12
# boilerplate; SOURCES-t.md), and build_relevance.py checks that it matches ../devset/fresh-t/gold-fresh-t.jsonl.
# Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d2000": [0, 1, 2, 3, 4, 5, 6, 7, 9],     # caption, site name, headline, date, issue label, image name, byline, section label, subhead
    "d2002": [0, 1, 2, 4, 10],                # page title, subtitle, three subheads
    "d2003": [0, 1, 2, 3, 4],                 # section label, headline, dek, image title, photo caption
    "d2005": [0, 1, 6],                       # headline, byline, video lead-in
}
