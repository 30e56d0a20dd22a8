# Hand judgments of the fresh-zl held-out queries (tools/freshzl_queries.py) over the content paragraphs of
# ../devset/fresh-zl/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 54 content paragraphs of part ZL was read against every query (864 pairs), article by article, and every
# paragraph graded 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun
# or an obvious continuation, such as García's statement after its lead-in, or "The ECC student" for Stanger).
# One phrase query has no exact match in the part: "No Sanctuary for Criminals Act" is named only in the last paragraph
# of d3804, which the excerpt cut and excerpts_zl.py dropped; the query was written from the full-length reading of the
# excerpt and kept as written (its two paragraphs about "Republican legislation ... targeting Sanctuary Cities" and
# "this bill" are graded 2, the meaning without the words).
GRADES = {
    # SIUC petition DACA TRUST Act campus: the petition's demand to refuse enforcement help "according to the TRUST Act".
    "zlk1": "d3801-9:3 d3801-3:2 d3801-4:2 d3801-7:2 d3801-8:2 d3801-10:2 d3801-5:1 d3801-6:1",
    # ICE free zones city property Elgin.
    "zlk2": "d3805-0:3 d3805-3:3 d3805-1:2 d3805-10:2 d3805-2:1 d3805-4:1 d3805-5:1 d3805-6:1",
    # KIFTA Keep Illinois Families Together Act: named once; the detention paragraph it answers 1.
    "zlk3": "d3802-5:3 d3802-1:1",
    # Stephenson County crash ICE detainer.
    "zlk4": "d3800-0:3 d3800-1:3 d3800-2:3 d3800-3:2 d3800-6:2 d3800-4:1 d3800-5:1",
    # "revolving door": Chesney's phrase 3; "soft on crime" laws 2; the lead's criticism 1.
    "zlp1": "d3800-3:3 d3800-6:2 d3800-0:1",
    # "safe campus": the exact phrase in demand 1; "safe community" on campus 2; safety and "unsafe on our campus" 1.
    "zlp2": "d3801-9:3 d3801-3:2 d3801-6:1 d3801-8:1",
    # "No Sanctuary for Criminals Act": no exact match (see above); the bill without its name 2; Quigley's own bills 1.
    "zlp3": "d3804-3:2 d3804-4:2 d3804-5:1",
    # "DACA recipients": the adjacent words ("DACA recipients", "(DACA) recipients") on topic 3; "recipients of ... (DACA)",
    # "students with DACA", "who have DACA" 2.
    "zlp4": "d3801-7:3 d3805-0:3 d3805-2:3 d3801-4:2 d3801-5:2 d3801-6:2",
    # faith groups backing laws that keep families from ICE detention.
    "zlc1": "d3802-5:3 d3802-0:1 d3802-1:1 d3802-4:1",
    # college students demanding protection from deportation: the SIUC petition, and ECC students after an arrest.
    "zlc2": "d3801-3:3 d3801-9:3 d3801-4:2 d3801-6:2 d3801-7:2 d3801-8:2 d3801-10:2 d3805-5:2 d3805-6:2 d3805-7:2"
            " d3801-5:1 d3805-10:1",
    # federal agents can still arrest without local police help.
    "zlc3": "d3806-7:3 d3807-3:3 d3806-3:2 d3806-4:2 d3800-4:1 d3806-6:1",
    # members of Congress defending sanctuary cities against Republican bills (or repeal efforts).
    "zlc4": "d3803-1:3 d3803-2:3 d3803-3:3 d3804-3:3 d3804-4:3 d3804-5:3 d3803-5:2 d3803-4:1",
    # Chesney Freeport crash sanctuary policies.
    "zls1": "d3800-2:3 d3800-3:3 d3800-5:2 d3800-0:1",
    # Mike Quigley sanctuary cities statement.
    "zls2": "d3804-3:3 d3804-4:3 d3804-5:2",
    # Chuy Garcia Welcoming City Ordinance vote.
    "zls3": "d3803-1:3 d3803-2:3 d3803-3:3 d3803-4:2 d3803-5:2",
    # Malachy Stanger ICE arrest ECC: his quotes 3; his words on diversity 2; the bare lead-in 1.
    "zls4": "d3805-6:3 d3805-7:3 d3805-10:3 d3805-9:2 d3805-8:1",
}

# Not content: headlines, subheads, labels, banners, counters, salutations, navigation, date lines, link lines, end
# marks. The judge of this set also annotated part ZL, so this hand list is the same call as the gold's title and
# boilerplate rows (18: 8 title, 10 boilerplate; SOURCES-zl.md), and build_relevance.py checks that it matches
# ../devset/fresh-zl/gold-fresh-zl.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d3801": [0, 1, 2],                           # petition title, signature counter, salutation
    "d3803": [0, 6],                              # headline, "###"
    "d3804": [0, 1, 2],                           # "Skip to main content", headline, date line
    "d3806": [2, 5],                              # two subheads
    "d3807": [0, 1, 2, 5, 7, 8, 14, 15],          # section label, banner, headline, two subheads, link line,
                                                  # review label, review date
}
