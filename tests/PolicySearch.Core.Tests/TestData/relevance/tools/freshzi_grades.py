# Hand judgments of the fresh-zi held-out queries (tools/freshzi_queries.py) over the content paragraphs of
# ../devset/fresh-zi/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 47 content paragraphs of part ZI was read against every query, article by article, and every paragraph graded
# 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Pham's list after "outlined legal points", or Frese's quote, whose attribution closes the next
# line).
GRADES = {
    # 287(g) sheriff jail partnership: Clarke's request in Milwaukee, the Texas counties.
    "zik1": "d3500-9:3 d3503-0:3 d3503-1:3 d3503-2:3 d3503-4:3 d3500-10:2 d3500-11:2 d3500-13:2 d3503-3:2"
            " d3500-8:1 d3500-12:1 d3507-3:1 d3507-4:1",
    # courthouse immigration arrests ban Illinois: the 2025 bill; a Milwaukee courthouse paragraph 1.
    "zik2": "d3508-5:3 d3508-6:3 d3508-7:3 d3508-8:3 d3508-9:2 d3508-10:2 d3500-11:1",
    # sanctuary churches legal risk.
    "zik3": "d3501-2:3 d3501-4:3 d3501-7:3 d3501-8:3 d3501-9:3 d3501-10:3 d3501-5:2 d3501-6:2 d3501-3:1",
    # local jails Marshals contracts deportation: the PPI report; jails turning people over to ICE 2.
    "zik4": "d3507-0:3 d3507-1:3 d3507-2:3 d3507-3:3 d3507-4:3 d3503-0:2 d3503-2:2 d3500-13:1 d3502-4:1"
            " d3502-5:1",
    # "287(g)": the exact phrase 3; the program or the partnership without it 2; the request named in passing 1.
    "zip1": "d3500-9:3 d3503-0:3 d3503-1:3 d3503-4:3 d3500-11:2 d3503-2:2 d3500-10:1 d3500-13:1 d3503-3:1",
    # "local jails": the exact phrase 3; "their jails", "the county jail", "jail facilities" 2.
    "zip2": "d3503-2:3 d3507-0:3 d3507-1:3 d3507-3:3 d3500-13:2 d3503-0:2 d3507-2:2 d3507-4:2",
    # "deportation machine": the exact phrase 3 (d3502-4); "deportation machinery" 2; the idea in other words 1.
    "zip3": "d3502-4:3 d3507-0:2 d3504-10:1 d3507-1:1",
    # "sanctuary movement": the exact phrase 3; "sanctuary congregation", congregations offering sanctuary 2.
    "zip4": "d3501-2:3 d3501-6:3 d3501-4:2 d3501-7:2 d3501-9:2 d3501-5:1 d3501-8:1 d3501-10:1",
    # leftist critics say sanctuary cities still help ICE deport: Socialist Action, The Spark; the Marshals backdoor 2.
    "zic1": "d3502-3:3 d3502-4:3 d3504-9:3 d3504-10:3 d3502-2:2 d3502-5:2 d3504-7:2 d3507-4:2 d3502-6:1"
            " d3504-8:1 d3507-2:1 d3507-3:1",
    # migrant costs in state budget blamed on sanctuary status: Frese's quote.
    "zic2": "d3505-1:3 d3505-2:3",
    # fear keeps undocumented residents away from police, schools and courts.
    "zic3": "d3500-14:3 d3508-8:3 d3500-13:2 d3508-6:2 d3500-12:1 d3507-1:1 d3508-5:1 d3508-7:1",
    # federal government suing a state for refusing to help immigration enforcement: the February 2025 suit.
    "zic4": "d3506-4:3 d3506-5:3 d3506-7:3 d3506-6:2 d3508-5:1 d3508-9:1",
    # Marina Dimitrijevic sheriff ICE.
    "zis1": "d3500-13:3 d3500-14:3 d3500-12:2",
    # Tom Homan 287(g) counties: his quote; ICE's count and Kelly's expansion 1.
    "zis2": "d3503-0:3 d3503-1:1 d3503-4:1",
    # Celina Villanueva courthouse bill: her quote 3; her position shared with Harmon 2; "The lawmaker ... he said" 1.
    "zis3": "d3508-8:3 d3508-7:2 d3508-9:1",
    # Prison Policy Initiative jails report: PPI named or "the report" 3; "The study" 2.
    "zis4": "d3507-0:3 d3507-2:3 d3507-3:3 d3507-4:3 d3507-1:2",
}

# Not content: headlines, deks, bylines, date lines, credits, captions, player and masthead lines, labels. The judge of
# this set also annotated part ZI, so this hand list is the same call as the gold's title and boilerplate rows (29: 8
# title, 21 boilerplate; SOURCES-zi.md), and build_relevance.py checks that it matches
# ../devset/fresh-zi/gold-fresh-zi.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d3500": [0, 1, 2, 3, 4, 5, 6, 7],            # copyright, four player labels, headline, byline, photo caption
    "d3501": [0, 1],                              # section label, headline
    "d3502": [0, 1],                              # headline, date and category line
    "d3503": [],                                  # none (the stored text starts in the body)
    "d3504": [0, 1, 2, 3, 4, 5, 6],               # five masthead lines, headline, date line
    "d3505": [0],                                 # headline
    "d3506": [0, 1, 2, 3],                        # headline, byline, image credit, summary line (dek)
    "d3507": [],                                  # none (the stored text starts in the body)
    "d3508": [0, 1, 2, 3, 4],                     # social label, section label, headline, two date labels
}
