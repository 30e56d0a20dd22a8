# Hand judgments of the fresh-o held-out queries (tools/fresho_queries.py) over the content paragraphs of
# ../devset/fresh-o/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 85 content paragraphs of part O was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as a quote whose attribution is in the line before).
GRADES = {
    # sanctuary campus. The NIU police letter never says "sanctuary campus" but is a campus police refusal: 1-2.
    "ok1": "d1501-0:3 d1501-2:3 d1501-3:3 d1501-4:3 d1501-1:2 d1504-3:2 d1504-4:2 d1504-2:1 d1504-5:1 d1504-6:1",
    # Immigrant Trust Directive (d1508 writes it "immigrant trust directive").
    "ok2": "d1508-8:3 d1508-9:3 d1508-10:3 d1509-2:3 d1509-3:3 d1509-7:3 d1509-8:3 d1508-13:2 d1509-4:2 d1509-6:2"
           " d1508-11:1 d1508-12:1 d1508-14:1",
    # Normal welcoming ordinance.
    "ok3": "d1505-4:3 d1505-5:3 d1505-9:3 d1505-10:3 d1505-11:3 d1505-6:2 d1505-7:2 d1505-12:2",
    # executive order: Trump's orders and Chicago's 1985 order.
    "ok4": "d1502-1:3 d1510-6:3 d1500-4:2 d1500-5:1 d1500-6:1",
    # "sanctuary jurisdictions": the exact phrase on topic is 3; sanctuary cities, states and policies without it 1-2.
    "op1": "d1503-2:3 d1513-8:3 d1510-4:2 d1510-12:2 d1513-5:2 d1513-7:2 d1502-1:1 d1503-3:1 d1507-3:1 d1513-0:1"
           " d1513-3:1",
    # "federal funds" (d1502-4 has "federal funding").
    "op2": "d1502-1:3 d1502-3:3 d1502-2:2 d1502-4:2",
    # "immigrant communities" (d1512-4 has the singular "our immigrant community").
    "op3": "d1505-7:3 d1509-8:3 d1512-4:2 d1500-4:1 d1504-6:1 d1505-6:1 d1505-12:1 d1512-3:1",
    # "ICE detainees".
    "op4": "d1506-2:3 d1506-3:3 d1506-1:2 d1506-5:2 d1514-6:2 d1514-7:2 d1514-8:2 d1506-4:1 d1508-9:1 d1508-12:1"
           " d1508-13:1 d1514-5:1",
    # universities refusing to help immigration agents on campus.
    "oc1": "d1501-2:3 d1501-4:3 d1504-3:3 d1504-4:3 d1501-0:2 d1501-3:2 d1504-5:2 d1504-6:2 d1501-1:1 d1504-2:1",
    # federal government taking states to court over immigrant protection rules (and cities suing over federal
    # conditions). Congress's investigation is not a court: 1.
    "oc2": "d1509-2:3 d1509-3:3 d1509-4:3 d1511-0:3 d1502-1:2 d1502-2:2 d1509-6:2 d1509-7:2 d1511-1:2 d1511-2:2"
           " d1502-3:1 d1513-3:1",
    # churches protecting immigrants from deportation.
    "oc3": "d1500-1:3 d1500-2:3 d1500-3:3 d1512-0:3 d1512-1:3 d1500-7:2 d1500-8:2 d1512-2:2 d1512-3:2 d1512-4:2"
           " d1506-4:1",
    # claims that sanctuary laws shield criminals.
    "oc4": "d1511-1:3 d1513-5:3 d1513-7:3 d1513-8:3 d1503-3:2 d1507-8:2 d1511-2:2 d1508-12:1 d1511-0:1",
    # Cupich ICE warrant.
    "os1": "d1500-1:3 d1500-2:3 d1500-3:3 d1500-7:2 d1500-8:2",
    # Bleichner welcoming ordinance. #6 is his quote continued from #5.
    "os2": "d1505-5:3 d1505-6:3 d1505-7:3 d1505-9:3 d1505-10:3 d1505-4:1 d1505-11:1 d1505-12:1",
    # Grewal directive sheriffs.
    "os3": "d1508-10:3 d1509-7:3 d1509-8:3 d1508-8:1 d1508-9:1 d1509-2:1",
    # IRLI brief TRUST Act.
    "os4": "d1511-0:3 d1511-1:3 d1511-2:3",
}

# Not content: headlines, deks, subheads, bylines, date lines, captions, mastheads, labels and site notices. The judge
# of this set also annotated part O, so this hand list is the same call as the gold's title and boilerplate rows
# (44: 22 title, 22 boilerplate; SOURCES-o.md), and build_relevance.py checks that it matches
# ../devset/fresh-o/gold-fresh-o.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d1500": [0],                          # date line
    "d1502": [0],                          # headline
    "d1503": [0, 4, 7],                    # headline, image alt text, quoted heading
    "d1504": [0, 1],                       # headline, byline
    "d1505": [0, 1, 2, 3, 8],              # headline, section labels, caption twice, subhead
    "d1506": [0, 6],                       # headline, sponsor line
    "d1507": [0, 1, 2, 6, 9, 10],          # archive notice, headline, dek, pull quote, related link, subhead
    "d1508": [0, 1, 2, 3, 4, 5, 6, 7],     # weather alert (2 lines), headline, dek, byline, date, update label, share
    "d1509": [0, 1, 5],                    # headline, byline, photo caption
    "d1510": [3, 5, 7, 9, 11],             # five question headings
    "d1513": [1, 6, 9],                    # box heading, two section headings
    "d1514": [0, 1, 2, 3, 4],              # site name, tagline, tag label, byline, photo caption
}
