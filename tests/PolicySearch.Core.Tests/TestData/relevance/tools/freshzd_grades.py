# Hand judgments of the fresh-zd held-out queries (tools/freshzd_queries.py) over the content paragraphs of
# ../devset/fresh-zd/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 41 content paragraphs of part ZD was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Chase's statement after "issued the following statement", Noorani's second paragraph, or "she"
# for the unnamed resident of d3006).
GRADES = {
    # Orland Park not a sanctuary city ordinance: the 2024 ordinance in South Cook News and the 2025 resolution's clauses.
    "zdk1": "d3005-7:3 d3005-9:3 d3005-10:3 d3008-10:3 d3005-8:2 d3005-11:2 d3005-12:2 d3008-12:2 d3008-13:2 d3008-15:2"
            " d3005-13:1 d3008-11:1 d3008-14:1",
    # ICE detainers voluntary counties lawsuits: NACo's statement.
    "zdk2": "d3002-6:3 d3002-4:2 d3002-5:2 d3002-2:1 d3002-3:1",
    # Jackson County safe and welcoming resolution: one paragraph.
    "zdk3": "d3000-1:3",
    # Chicago lawsuit grant money sanctuary cities: the 1A page; federal grant threats elsewhere 1-2.
    "zdk4": "d3001-2:3 d3003-5:2 d3004-4:2 d3003-4:1 d3004-5:1 d3007-3:1",
    # "community policing": the exact phrase once in content (d3003's subhead is a title row); trust-building without it 2.
    "zdp1": "d3003-4:3 d3001-3:2 d3004-5:2",
    # "federal responsibility": the exact phrase twice (the release and Noorani); neighbouring wording 1.
    "zdp2": "d3004-4:3 d3004-5:3 d3001-3:1 d3004-6:1",
    # "not a sanctuary city": the exact phrase 3; "non-sanctuary city status" 2; a rejected sanctuary resolution 1.
    "zdp3": "d3005-7:3 d3005-10:3 d3008-10:3 d3005-9:2 d3000-1:1 d3005-8:1",
    # "Fourth Amendment": exact once; "the Fourth, Fifth and 10th amendments" 2.
    "zdp4": "d3002-6:3 d3002-4:2",
    # suburb declaring it will cooperate with immigration agents: Orland Park.
    "zdc1": "d3005-7:3 d3005-9:3 d3005-10:3 d3005-12:2 d3008-10:2 d3008-12:2 d3008-13:2 d3005-8:1 d3005-11:1 d3005-13:1"
            " d3008-11:1 d3008-14:1 d3008-15:1",
    # counties say honoring detainers without warrants invites lawsuits: NACo.
    "zdc2": "d3002-6:3 d3002-4:2 d3002-5:2 d3002-2:1 d3002-3:1",
    # residents angry that migrants get money instead of poor neighborhoods: Kazmir's post; Pekau's cost figure 1.
    "zdc3": "d3006-11:3 d3006-7:2 d3006-8:2 d3006-10:2 d3005-13:1 d3006-9:1 d3006-12:1",
    # federal threats to punish sanctuary jurisdictions by cutting grants.
    "zdc4": "d3001-2:3 d3003-4:3 d3003-5:3 d3004-4:3 d3004-5:3 d3007-3:2 d3002-4:1 d3004-3:1 d3004-6:1 d3007-1:1",
    # Keith Pekau sanctuary ordinance: his quotes 3; his procedural words and the lead-in 2; the ordinance without him 1.
    "zds1": "d3005-12:3 d3005-13:3 d3005-8:2 d3005-11:2 d3005-7:1 d3005-9:1 d3005-10:1",
    # Matthew Chase NACo statement Sessions: the statement's paragraphs.
    "zds2": "d3002-2:3 d3002-4:3 d3002-5:3 d3002-6:3 d3002-3:2",
    # Ali Noorani sanctuary roundtable: his quote 3; the release's own account of the roundtable 1.
    "zds3": "d3004-5:3 d3004-6:3 d3004-3:1 d3004-4:1",
    # Tom Homan Chicago deportations first: one paragraph; the embedded anti-deportation post 1.
    "zds4": "d3007-1:3 d3007-2:1",
}

# Not content: headlines, deks, subheads, bylines, date lines, credits, separators, labels, record metadata. The judge of
# this set also annotated part ZD, so this hand list is the same call as the gold's title and boilerplate rows (39: 12
# title, 27 boilerplate; SOURCES-zd.md), and build_relevance.py checks that it matches
# ../devset/fresh-zd/gold-fresh-zd.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d3000": [0],                                 # headline
    "d3001": [0, 1],                              # show credit, dek
    "d3002": [0, 1],                              # headline, logo alt text
    "d3003": [0, 1, 3, 6],                        # headline, image file name, two subheads
    "d3004": [0, 1, 2],                           # headline, byline role, date line
    "d3005": [0, 1, 2, 3, 4, 5, 6],               # tracker label, site name, date line, headline, image name, two credits
    "d3006": [0, 1, 2, 3, 4, 5, 6, 13, 14, 15],   # paywall label, headline, byline, read time, separators, dek, credit,
                                                  # comment count
    "d3007": [],                                  # none: the stored text opens with the body
    "d3008": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],      # layout label, record lines, title field, section labels, title again
}
