# Hand judgments of the fresh-zq held-out queries (tools/freshzq_queries.py) over the content paragraphs of
# ../devset/fresh-zq/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 56 content paragraphs of part ZQ was read against every query (896 pairs), article by article, and every
# paragraph graded 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun
# or an obvious continuation, such as Caruana's unattributed quotes in d4305 or "She says" after Casey Anthony).
GRADES = {
    # 287(g) agreements sheriffs jails: the two 287(g) reports; jail cooperation without the program's name 2.
    "zqk1": "d4300-2:3 d4300-7:3 d4301-6:3 d4301-7:3 d4300-1:2 d4300-3:2 d4300-4:2 d4300-5:2 d4300-8:2 d4301-5:2"
            " d4300-6:1",
    # non-sanctuary county resolution vote: Stephenson and Lee counties.
    "zqk2": "d4302-7:3 d4302-8:3 d4303-3:3 d4302-9:2 d4302-11:2 d4302-14:2 d4303-4:2 d4303-5:2 d4303-6:2 d4302-13:1"
            " d4303-7:1 d4303-8:1",
    # Rauner signs TRUST Act sanctuary state critics: the WILL report; the signing alone 2; Rauner named in passing 1.
    "zqk3": "d4304-2:3 d4304-6:3 d4304-7:3 d4304-3:2 d4304-8:2 d4304-9:2 d4304-10:2 d4305-0:2 d4305-3:2 d4304-4:1"
            " d4304-5:1 d4307-5:1 d4302-15:1",
    # Operation Midway Blitz DHS sanctuary policies.
    "zqk4": "d4306-0:3 d4306-1:3 d4306-2:3 d4306-3:1 d4306-4:1",
    # "business as usual": one exact match; the quote continuing it 1.
    "zqp1": "d4305-1:3 d4305-2:1",
    # "non-sanctuary": the exact (hyphenated) form 3; "nonsanctuary" and "not a sanctuary county" 2.
    "zqp2": "d4302-7:3 d4303-4:3 d4303-3:2 d4303-6:2 d4302-8:1 d4302-14:1",
    # "signed by a judge": the exact phrase 3; a judge's warrant for holding someone in other words 2-1.
    "zqp3": "d4304-2:3 d4305-7:3 d4305-6:2 d4307-6:1",
    # "immigration crisis": the exact phrase 3; neighbouring wording 1.
    "zqp4": "d4303-3:3 d4303-4:3 d4302-10:1 d4303-8:1 d4303-9:1",
    # sheriffs declining to help with mass deportations.
    "zqc1": "d4305-8:3 d4307-3:3 d4307-4:3 d4305-1:2 d4305-9:2 d4307-5:2 d4307-6:2 d4307-7:2 d4300-4:1 d4301-6:1"
            " d4305-2:1 d4305-4:1 d4305-6:1 d4305-7:1",
    # jurisdictions ending agreements with ICE and the public safety cost.
    "zqc2": "d4300-4:3 d4300-5:3 d4300-6:3 d4300-1:2 d4301-6:2 d4300-2:1 d4300-3:1 d4306-2:1",
    # Republicans defending the TRUST Act as not a sanctuary law: the party's release and Curran 3; Rauner's defence 2.
    "zqc3": "d4304-8:3 d4304-9:3 d4305-3:2 d4302-15:1 d4304-2:1 d4304-6:1 d4304-7:1 d4307-5:1",
    # counties refusing to spend taxpayer money on migrants.
    "zqc4": "d4303-3:3 d4303-4:3 d4303-6:3 d4302-7:2 d4302-14:2 d4302-11:1 d4303-5:1 d4303-8:1",
    # Gary Caruana Trust Act: his words on the law 3; his procedure and unattributed quotes 2.
    "zqs1": "d4305-1:3 d4305-7:3 d4305-8:3 d4305-2:2 d4305-4:2 d4305-5:2 d4305-6:2 d4305-9:2",
    # Matthew Albence 287(g) partners.
    "zqs2": "d4300-5:3 d4300-6:3",
    # Jack Skrogstad Lee County resolution.
    "zqs3": "d4303-5:3 d4303-6:3",
    # Tricia McLaughlin sanctuary Illinois: her sanctuary criticism 3; her statement without it 2; DHS's announcement 1.
    "zqs4": "d4306-2:3 d4306-1:2 d4306-0:1",
}

# Not content: headlines, deks, bylines, date lines, captions, taglines, copyright and promo lines, section labels. The
# judge of this set also annotated part ZQ, so this hand list is the same call as the gold's title and boilerplate rows
# (21: 8 title, 13 boilerplate; SOURCES-zq.md), and build_relevance.py checks that it matches
# ../devset/fresh-zq/gold-fresh-zq.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d4300": [0],                                 # site name and date line
    "d4301": [0, 1, 2, 3, 4],                     # headline, caption, caption with credit, tagline, dek
    "d4302": [0, 1, 2, 3, 4, 5, 6],               # copyright, promo, headline, byline, time, caption, caption repeat
    "d4303": [0, 1, 2],                           # headline, dek, caption
    "d4304": [0, 1],                              # section label, headline
    "d4307": [0, 1, 2],                           # headline, dek, caption
}
