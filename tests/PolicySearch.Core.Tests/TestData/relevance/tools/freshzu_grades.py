# Hand judgments of the fresh-zu held-out queries (tools/freshzu_queries.py) over the content paragraphs of
# ../devset/fresh-zu/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 47 content paragraphs of part ZU was read against every query (752 pairs), article by article, and every
# paragraph graded 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun
# or an obvious continuation, such as Sheahan after "she continued", Napolitano as "one of its sponsors", or the
# Lightfoot quote of d4701-2, attributed by the citation line under it).
GRADES = {
    # 287(g) agreements reimbursement local police: the Conservative Institute report and Sheahan's quotes.
    "zuk1": "d4700-7:3 d4700-9:3 d4700-10:3 d4700-4:2 d4700-5:2 d4700-8:2 d4700-3:1",
    # sanctuary city referendum ballot question Chicago: the Nadig and Chicago City Wire reports.
    "zuk2": "d4706-2:3 d4706-3:3 d4706-5:3 d4707-7:3 d4707-8:3 d4707-9:3 d4707-10:3 d4706-4:2 d4706-8:2 d4706-9:2"
            " d4707-12:2 d4706-6:1 d4706-7:1 d4707-11:1",
    # migrant crisis cost Illinois sanctuary state: Sangamon Sun, Illinois Opportunity Project, Beale, Rockford Sun.
    "zuk3": "d4703-6:3 d4704-8:3 d4704-10:3 d4703-7:2 d4703-10:2 d4704-7:2 d4704-9:2 d4705-11:2 d4707-12:2 d4701-4:1"
            " d4703-2:1 d4703-8:1 d4703-9:1 d4703-11:1 d4707-11:1",
    # Tom Homan Chicago speech deportations.
    "zuk4": "d4702-2:3 d4702-3:3 d4702-4:2",
    # "partnership agreements": the exact phrase 3; "such agreements", "partnerships", "287(g) agreement" 2; "partner" 1.
    "zup1": "d4700-5:3 d4700-7:3 d4700-4:2 d4700-8:2 d4700-10:2 d4700-9:1",
    # "welcoming": the exact word on Chicago or Illinois welcoming immigrants 3; "welcome" 2.
    "zup2": "d4701-2:3 d4703-3:3 d4703-4:3 d4701-3:2 d4703-5:2",
    # "referendum": the exact word on the sanctuary referendum 3; "referenda" or the ballot question without it 2; the
    # flooding referendum and the other referenda, or the resolution's vote in passing, 1.
    "zup3": "d4706-2:3 d4707-8:3 d4707-10:3 d4706-5:2 d4707-7:2 d4707-9:2 d4706-3:1 d4706-6:1 d4706-7:1 d4706-8:1"
            " d4707-12:1",
    # "illegal migrants": the exact phrase 3; "illegal-immigrant", "illegal immigrants" on spending 2; neighbouring
    # wording 1.
    "zup4": "d4707-12:3 d4705-11:2 d4707-10:2 d4707-11:2 d4703-7:1 d4704-10:1 d4705-7:1",
    # local police deputized to help federal immigration agents.
    "zuc1": "d4700-4:3 d4700-7:3 d4700-8:3 d4700-10:3 d4700-3:2 d4700-5:2 d4700-9:2 d4705-9:2 d4704-7:1 d4705-8:1"
            " d4705-10:1",
    # politicians who once embraced sanctuary status now complain about migrants.
    "zuc2": "d4701-4:3 d4703-2:3 d4703-6:3 d4703-9:3 d4701-2:2 d4701-3:2 d4703-3:2 d4703-5:2 d4703-7:2 d4703-8:2"
            " d4704-9:2 d4703-4:1 d4703-10:1 d4703-11:1",
    # aldermen accusing mayor's allies of blocking a vote on sanctuary status.
    "zuc3": "d4706-3:3 d4706-4:3 d4706-5:3 d4706-8:2 d4706-9:2 d4706-2:1 d4706-6:1",
    # critics say sanctuary laws protect violent criminals and tie police hands.
    "zuc4": "d4705-7:3 d4705-8:3 d4705-9:3 d4704-7:2 d4705-10:2 d4700-3:1 d4700-8:1 d4703-10:1 d4705-11:1 d4705-12:1",
    # Madison Sheahan 287(g): her three quotes; the release and the count without her 1.
    "zus1": "d4700-8:3 d4700-9:3 d4700-10:3 d4700-4:1 d4700-7:1",
    # Napolitano council vote sanctuary resolution.
    "zus2": "d4706-3:3 d4706-4:3 d4706-5:3 d4706-8:3 d4706-9:3 d4707-10:3 d4706-6:2 d4707-8:2 d4707-11:2 d4706-2:1"
            " d4707-7:1",
    # Anthony Beale sanctuary city: his WGN remarks; the resolution he forwarded 2.
    "zus3": "d4707-12:3 d4707-8:2 d4707-7:1",
    # JB Pritzker sanctuary state declarations: his tweet and his later statement 3; the author on his declaration, the
    # signing and the letter 2; critics of his agenda 1.
    "zus4": "d4703-3:3 d4703-8:3 d4703-4:2 d4703-7:2 d4703-9:2 d4703-6:1 d4705-7:1 d4705-8:1 d4705-12:1",
}

# Not content: headlines, subheads, bylines, date lines, tracker labels, site names, image file names, credits, a
# link-box label. The judge of this set also annotated part ZU, so this hand list is the same call as the gold's title
# and boilerplate rows (35: 8 title, 27 boilerplate; SOURCES-zu.md), and build_relevance.py checks that it matches
# ../devset/fresh-zu/gold-fresh-zu.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d4700": [0, 1, 2, 6],                        # headline, byline label, date line, subhead
    "d4701": [0, 1, 5],                           # post date, "HOW IT STARTED:" label, source credit
    "d4702": [0, 1],                              # headline, photo credit
    "d4703": [0, 1],                              # date line, byline
    "d4704": [0, 1, 2, 3, 4, 5, 6],               # tracker label, site name, date line, headline, image name, 2 credits
    "d4705": [0, 1, 2, 3, 4, 5, 6, 13],           # the same seven, "MORE NEWS"
    "d4706": [0, 1],                              # headline, byline
    "d4707": [0, 1, 2, 3, 4, 5, 6],               # tracker label, site name, date line, headline, image name, 2 credits
}
