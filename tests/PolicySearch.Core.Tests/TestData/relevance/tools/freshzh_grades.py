# Hand judgments of the fresh-zh held-out queries (tools/freshzh_queries.py) over the content paragraphs of
# ../devset/fresh-zh/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 48 content paragraphs of part ZH was read against every query (768 pairs), article by article, and every
# paragraph graded 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun
# or an obvious continuation, such as Tyler after "he said" or Rauner's answer running over several lines).
GRADES = {
    # Iowa sanctuary ban Senate File 481: the caucus post is the only Iowa article.
    "zhk1": "d3400-0:3 d3400-1:3 d3400-3:3 d3400-2:2 d3400-4:2",
    # Indianapolis ICE detainer settlement.
    "zhk2": "d3401-2:3 d3401-3:3 d3401-4:2 d3401-8:2 d3401-10:2 d3401-6:1",
    # Byrne JAG grant conditions sanctuary cities: the 2020 ruling (named Byrne JAG in d3404-4) and the 2017 injunction
    # on the crime-fighting funds; the executive order's funding threat in d3402 is another programme (1).
    "zhk3": "d3404-2:3 d3404-4:3 d3403-5:2 d3403-3:2 d3403-6:2 d3404-3:2 d3404-5:2 d3403-2:1 d3403-7:1 d3403-8:1"
            " d3404-6:1 d3402-6:1",
    # sheriffs injunction Trust Act federal law conflict: the suit and the ACLU/NIJC answer that there is no conflict.
    "zhk4": "d3407-0:3 d3407-1:3 d3407-2:2",
    # "nationwide injunction": the exact words 3 (d3403-5 writes "nationwide" in quotes before injunction: the words are
    # there, in order); another injunction in the same litigation field 1.
    "zhp1": "d3404-2:3 d3404-5:3 d3404-6:3 d3403-5:3 d3401-3:1 d3407-0:1",
    # "probable cause": the exact phrase 3; a judicial or criminal warrant requirement without it 1.
    "zhp2": "d3401-3:3 d3401-6:3 d3405-7:1 d3407-0:1",
    # "separation of powers": the exact phrase 3; the AG or Sessions exceeding his authority without it 2; "claimed
    # statutory authority" 1.
    "zhp3": "d3404-2:3 d3404-6:3 d3404-4:2 d3403-6:2 d3404-5:1",
    # "detainer requests": the exact phrase 3; detainers as requests, honouring detainers, detainer policies 2.
    "zhp4": "d3401-2:3 d3401-6:2 d3401-10:2 d3407-2:2",
    # police chiefs promising not to help ICE: the Champaign-Urbana chiefs; Indianapolis's sheriff cutting detainer
    # compliance 2; neighbouring points 1.
    "zhc1": "d3405-3:3 d3405-5:3 d3405-6:3 d3405-4:2 d3405-9:2 d3401-2:2 d3405-11:1 d3405-12:1 d3400-1:1 d3403-11:1",
    # courts blocking Justice Department grant conditions on sanctuary cities.
    "zhc2": "d3403-5:3 d3403-6:3 d3404-2:3 d3404-4:3 d3404-5:3 d3403-2:2 d3403-3:2 d3403-8:2 d3404-3:2 d3404-6:2"
            " d3403-7:1",
    # state law forcing local police to cooperate with ICE: Iowa's law; the sheriffs' claim that federal law requires
    # cooperation and Rauner's "we should coordinate with ICE agents" 1.
    "zhc3": "d3400-0:3 d3400-1:3 d3400-3:3 d3400-2:2 d3400-4:2 d3407-0:1 d3407-1:1 d3406-4:1",
    # fear among undocumented immigrants as sanctuary cities face federal threats.
    "zhc4": "d3402-4:3 d3402-5:3 d3402-6:3 d3400-4:1 d3405-3:1 d3403-2:1 d3403-3:1",
    # Bruce Rauner Trust Act not a sanctuary: his words 3; the author on his frustration and on the press's label 2;
    # the question put to him 1.
    "zhs1": "d3406-0:3 d3406-3:3 d3406-4:3 d3406-7:3 d3406-8:3 d3406-1:2 d3406-10:2 d3406-2:1",
    # Tom Yu Champaign police immigration: his three paragraphs; the transition to him and Chief Tyler on the same
    # department 1.
    "zhs2": "d3405-9:3 d3405-11:3 d3405-12:3 d3405-10:1 d3405-4:1 d3405-5:1",
    # VanVickle Snyders Trust Act lawsuit: their quotes; the answer to their suit 1.
    "zhs3": "d3407-0:3 d3407-1:3 d3407-2:1",
    # Melgarejo Catholic sanctuary cities.
    "zhs4": "d3402-4:3 d3402-5:3 d3402-6:3",
}

# Not content: headlines, deks, captions, labels, links, datelines, tags. The judge of this set also annotated part ZH,
# so this hand list is the same call as the gold's title and boilerplate rows (23: 6 title, 17 boilerplate;
# SOURCES-zh.md), and build_relevance.py checks that it matches ../devset/fresh-zh/gold-fresh-zh.jsonl. Judged
# paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d3401": [0, 1, 5, 7, 9],                     # headline, "View Comments", two related links, photo caption
    "d3402": [0, 1, 2, 3],                        # headline, dek, caption and its credited repeat
    "d3403": [0, 1, 4, 9, 10],                    # two captions with their credited repeats, "Advertisement"
    "d3404": [0, 1, 7, 8],                        # date line, headline, tags, "Post a comment"
    "d3405": [0, 1, 2],                           # headline, dek, dateline
    "d3406": [5, 9],                              # two recording placeholders
}
