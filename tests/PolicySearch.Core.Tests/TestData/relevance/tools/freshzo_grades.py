# Hand judgments of the fresh-zo held-out queries (tools/freshzo_queries.py) over the content paragraphs of
# ../devset/fresh-zo/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 38 content paragraphs of part ZO was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Emanuel after his attributed quote in d4102, the aldermen's letter after "which read in part:" in
# d4103, or the coalition's release in d4104). The two Smile Politely paragraphs (d4101 #2, #3: federal enforcement and
# airports) are graded 0 throughout.
GRADES = {
    # welcoming city ordinance police immigration status: Rockford's and Normal's ordinances, Chicago's amendment.
    "zok1": "d4107-4:3 d4107-1:2 d4107-2:2 d4107-3:2 d4107-5:2 d4107-6:2 d4107-7:2 d4107-8:2 d4106-12:2 d4106-14:2"
            " d4106-17:2 d4103-1:2 d4103-3:2 d4106-13:1 d4106-15:1 d4102-6:1 d4102-7:1 d4100-1:1",
    # Pulaski County detention center ICE contract.
    "zok2": "d4104-2:3 d4104-4:3 d4104-0:2 d4104-1:2 d4104-3:2 d4104-5:2 d4104-6:2 d4104-7:2",
    # sanctuary ordinance amendment criminal exceptions: the Lopez-Tabares amendment; de Blasio's violent-crime line 1.
    "zok3": "d4103-3:3 d4103-1:2 d4103-2:2 d4103-0:1 d4100-1:1 d4107-6:1",
    # sheriff honor detainers federal funding: Wilhelmi 3; the funding threats 2.
    "zok4": "d4105-14:3 d4105-13:2 d4100-1:2 d4102-3:1 d4102-5:1 d4105-12:1 d4107-6:1",
    # "welcoming community": the exact phrase once (Koos); "welcoming city" said of a town's stance 1-2.
    "zop1": "d4106-14:3 d4107-1:2 d4102-6:1 d4102-7:1 d4106-12:1",
    # "Way Forward Act": the exact phrase 3; the law described without its name 2.
    "zop2": "d4104-3:3 d4104-4:3 d4104-2:2",
    # "current practices": the exact phrase 3 (O'Shea); the same point in other words 1-2.
    "zop3": "d4107-5:3 d4107-3:2 d4107-6:1",
    # "false choice": Emanuel's two lines.
    "zop4": "d4102-6:3 d4102-7:3",
    # police chiefs saying they do not enforce immigration law (or that they will help).
    "zoc1": "d4107-5:3 d4100-1:2 d4102-7:2 d4105-14:2 d4107-4:2 d4107-6:2 d4107-7:2 d4102-6:1 d4106-17:1 d4107-8:1",
    # cities suing the Trump administration over sanctuary funding: Chicago's 2017 suit.
    "zoc2": "d4102-3:3 d4102-5:3 d4102-4:2 d4102-9:2 d4100-1:1 d4102-8:1 d4104-4:1 d4105-13:1",
    # restoring police cooperation with ICE for criminal immigrants.
    "zoc3": "d4103-3:3 d4100-1:2 d4103-1:2 d4103-2:2 d4105-14:2 d4103-0:1 d4102-8:1 d4105-12:1 d4105-13:1 d4107-6:1",
    # immigrants released or transferred when county jails end ICE detention.
    "zoc4": "d4104-0:3 d4104-2:3 d4104-5:3 d4104-6:3 d4104-1:2 d4104-3:2 d4104-7:2 d4104-4:1",
    # Samantha Bee sanctuary cities.
    "zos1": "d4100-1:3",
    # Chris Koos welcoming ordinance Normal.
    "zos2": "d4106-13:3 d4106-14:3 d4106-17:3 d4106-15:2 d4106-12:1",
    # Kelly Wilhelmi detainers.
    "zos3": "d4105-14:3",
    # Illinois Coalition for Immigrant and Refugee Rights Pulaski release: the coalition named 3, its release unnamed 2-3.
    "zos4": "d4104-0:3 d4104-6:3 d4104-5:2 d4104-2:1 d4104-7:1",
}

# Not content: headlines, deks, site names, breadcrumbs, player labels, credits, captions, notes, a pull quote. The judge
# of this set also annotated part ZO, so this hand list is the same call as the gold's title and boilerplate rows (32: 6
# title, 26 boilerplate; SOURCES-zo.md), and build_relevance.py checks that it matches
# ../devset/fresh-zo/gold-fresh-zo.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d4100": [0],                                             # headline
    "d4101": [0, 1],                                          # site name, headline
    "d4102": [0, 1, 2],                                       # breadcrumb, headline, category label
    "d4105": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],          # copyright, names, address, player, blurb, headline, credit
    "d4106": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 16],      # copyright, tagline, player, label, headline, photo, note, pull quote
    "d4107": [0],                                             # dek
}
