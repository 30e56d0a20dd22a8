# Hand judgments of the fresh-g held-out queries (tools/freshg_queries.py) over the content paragraphs of
# ../devset/fresh-g/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person says the thing; phrase queries: the exact
# phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point, the
# phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named without a
# statement); 0 = not relevant.
# Graded from each paragraph's own text (its neighbours only to resolve a pronoun), from a list of the pooled paragraphs
# sorted by article and index, without the ranks; paragraphs outside the pools that reading the articles showed to
# answer a need were added (noted "read" below).
GRADES = {
    # Welcoming City Ordinance. read: d709-7, d709-8, d709-10 (the rest of the guidelines issued under it).
    "gk1": "d707-7:3 d707-10:3 d709-3:3 d709-5:3 d707-6:2 d707-8:2 d707-11:2 d709-6:2 d709-9:2 d703-0:2 d703-4:2"
           " d703-1:1 d703-2:1 d703-5:1 d718-3:1 d715-9:1 d709-7:1 d709-8:1 d709-10:1",
    # immigration detainers.
    "gk2": "d701-1:3 d704-10:3 d704-11:3 d719-0:3 d719-2:3 d719-3:3 d719-4:3 d719-8:3 d701-2:1 d704-8:1 d705-0:1",
    # DOJ sanctuary lawsuit. read: d714-3, d714-4 (the dismissal: "these arguments", "wrote Jenkins"), d711-1, d711-5 (reactions).
    "gk3": "d711-0:3 d711-2:3 d713-0:3 d713-1:3 d713-6:3 d714-0:3 d714-2:3 d715-5:3 d715-7:3 d715-9:3 d711-3:2"
           " d711-4:2 d712-3:2 d712-4:2 d713-2:2 d713-5:2 d714-1:2 d714-5:2 d715-8:2 d705-1:1 d715-4:1 d714-3:2"
           " d714-4:2 d711-1:1 d711-5:1",
    # SB 31. read: d702-3, d700-6, d702-2 (statements for the new law that do not name it).
    "gk4": "d700-3:3 d701-0:3 d701-1:3 d701-2:3 d701-3:3 d702-0:3 d700-4:2 d700-5:2 d702-4:2 d711-4:2 d719-8:2"
           " d711-5:1 d716-4:1 d716-5:1 d710-4:1 d709-3:1 d702-3:2 d700-6:1 d702-2:1",
    # "sanctuary policies". read: d715-9, d711-2 (the suit's charge against "the policies", "laws").
    "gp1": "d711-3:3 d711-4:3 d713-0:3 d713-2:3 d714-2:3 d714-4:3 d714-5:3 d715-7:3 d711-0:2 d712-3:2 d714-1:2"
           " d715-8:2 d712-4:1 d715-4:1 d716-7:1 d717-4:1 d708-5:1 d705-0:1 d701-0:1 d715-9:2 d711-2:1",
    # "immigration status".
    "gp2": "d701-1:3 d703-0:3 d703-1:3 d703-5:3 d707-11:3 d719-8:3",
    # "public safety". read: d701-3, d719-0 (the threat argument without the words).
    "gp3": "d700-3:3 d701-0:3 d710-3:3 d710-7:3 d716-6:3 d717-6:2 d700-4:2 d700-6:2 d702-3:2 d702-4:1 d716-7:1"
           " d704-7:1 d710-4:1 d701-3:1 d719-0:1",
    # "federal immigration enforcement". read: d711-2, d714-1, d711-3 (the limits in other words).
    "gp4": "d705-0:3 d710-3:3 d710-6:3 d713-0:3 d719-6:3 d710-4:2 d718-3:2 d719-8:2 d715-9:2 d711-4:2 d701-1:2"
           " d714-4:2 d716-4:2 d719-4:1 d701-2:1 d716-8:1 d718-4:1 d711-2:2 d714-1:2 d711-3:1",
    # court rulings against Trump on sanctuary cities.
    "gc1": "d705-2:3 d705-3:3 d714-0:3 d714-3:3 d714-4:3 d714-5:3 d715-5:3 d715-7:3 d715-8:3 d714-2:2 d705-1:1"
           " d714-1:1 d713-6:1 d719-5:1",
    # what city workers should do when ICE shows up. read: d709-7 (guideline A).
    "gc2": "d709-5:3 d709-6:3 d709-8:3 d709-9:3 d709-10:3 d718-4:3 d709-3:2 d718-3:2 d706-6:2 d706-5:1 d703-0:1"
           " d703-1:1 d710-6:1 d709-7:3",
    # undocumented crime victims and witnesses coming forward. read: d716-6 (Alden, continued in d716-7).
    "gc3": "d700-3:3 d700-6:3 d702-3:3 d710-7:3 d716-7:3 d702-4:2 d710-4:2 d710-3:2 d707-11:2 d711-4:2 d716-5:1"
           " d716-6:1",
    # state accused of obstructing immigration agents. read: d711-5, d711-0 (the state's and the city's replies to the suit).
    "gc4": "d717-1:3 d717-3:3 d717-4:3 d717-6:3 d711-2:3 d715-9:3 d716-4:3 d716-5:3 d714-2:2 d713-0:2 d713-1:2"
           " d708-6:2 d719-0:2 d717-5:1 d713-2:1 d705-0:1 d711-5:2 d711-0:1",
    # Rauner Trust Act.
    "gs1": "d700-4:3 d700-3:2 d702-0:2 d711-4:2 d711-5:1",
    # Raoul guidance law enforcement.
    "gs2": "d710-3:3 d710-6:3 d710-7:3 d710-4:2 d713-6:2 d719-8:2 d710-9:1",
    # Judge Jenkins sanctuary ruling.
    "gs3": "d714-3:3 d714-4:3 d714-5:3 d715-7:3 d715-8:3 d714-0:2 d715-5:2 d714-2:1 d713-6:1",
    # Pritzker sanctuary.
    "gs4": "d711-5:3 d717-6:3 d708-5:2 d717-3:2 d717-4:1 d714-0:1 d708-9:1",
}

# Not content, by reading the articles (the analysis gold, ../devset/fresh-g/gold-fresh-g.jsonl, was not read):
# headlines, deks, bylines, captions and photo credits, subheads, box labels and page chrome. Judged paragraphs must
# not be among them (build_relevance.py checks). 44 paragraphs, the number of title and boilerplate rows that
# ../devset/SOURCES-g.md gives for this part.
NOT_CONTENT = {
    "d700": [0, 1, 2],              # tag line, headline, "Share This:"
    "d704": [0, 1, 2, 3],           # headline, broken byline, caption, credit
    "d706": [0, 1, 2],              # headline twice, letter-to-the-editor prompt
    "d707": [0, 1, 2, 3, 4, 5],     # skip link, headline, dek, caption, credit, "Credibility:" label
    "d708": [0, 4, 7],              # headline, photo caption, subhead
    "d709": [0, 1, 2, 4],           # date line, headline, press-office phone line, section heading
    "d710": [0, 1, 2, 5, 8, 10],    # site icon, headline, caption, three subheads
    "d712": [0, 1],                 # headline, "from the ... dept" line
    "d713": [3, 4],                 # caption split over two lines
    "d715": [0, 1, 2, 3],           # related headline, headline, byline, photo credit
    "d716": [0, 1, 2],              # headline twice, byline
    "d717": [0],                    # headline
    "d719": [1, 7, 9],              # "At a Glance" label, two subheads
}
