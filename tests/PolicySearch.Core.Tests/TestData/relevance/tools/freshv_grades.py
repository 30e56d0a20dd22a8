# Hand judgments of the fresh-v held-out queries (tools/freshv_queries.py) over the content paragraphs of
# ../devset/fresh-v/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 45 content paragraphs of part V was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Johnson after "the mayor", or the letter of d2205, whose signers are named only in its closing
# signature line).
GRADES = {
    # ICE free zones Johnson order: the order and what it does 3; its further reach 2; the surrounding dispute 1.
    "vk1": "d2203-1:3 d2203-2:3 d2203-10:3 d2203-3:2 d2203-5:1 d2203-6:1 d2203-7:1 d2203-8:1",
    # ICE hold 48 hours: detainers, what they are and whether they are honored.
    "vk2": "d2202-3:3 d2202-4:3 d2206-0:3 d2200-9:2 d2201-3:2 d2202-2:2 d2204-3:2 d2205-2:2 d2206-2:2 d2204-4:1"
           " d2209-1:1 d2209-4:1 d2209-6:1",
    # Denver Valles detainer release.
    "vk3": "d2206-0:3 d2206-2:3 d2206-1:2",
    # Wisconsin sanctuary ban bill Madison.
    "vk4": "d2201-3:3 d2201-4:3 d2201-2:2 d2201-5:1",
    # "welcoming policies": the exact phrase 3 (d2205-1 "Local welcoming policies"); "welcoming bill" 1.
    "vp1": "d2205-1:3 d2205-2:3 d2205-0:1",
    # "report criminal activity": the exact phrase 3; "report a crime", "reporting crimes to police" 2.
    "vp2": "d2200-15:3 d2201-5:2 d2209-3:2",
    # "constitutional rights": the exact phrase 3; "constitutional overreach", "constitutional lines", rights violated,
    # the Fourth Amendment 1.
    "vp3": "d2203-7:3 d2200-13:1 d2202-2:1 d2202-4:1 d2205-1:1 d2206-0:1",
    # "immigration authorities": the exact phrase 3 (with "federal" before it too); "federal authorities" 2; ICE or
    # "communicate with ICE" 1.
    "vp4": "d2200-6:3 d2200-9:3 d2204-2:3 d2209-1:3 d2209-4:3 d2209-6:3 d2206-2:2 d2201-3:1 d2204-4:1",
    # are sanctuary cities safer or more dangerous.
    "vc1": "d2200-14:3 d2200-15:3 d2201-5:3 d2201-4:2 d2203-8:2 d2206-2:2 d2209-3:2 d2203-5:1 d2203-10:1 d2204-2:1"
           " d2206-0:1 d2206-1:1",
    # what the Trust Act changes for immigrants dealing with police.
    "vc2": "d2204-2:3 d2204-3:3 d2204-4:3 d2209-1:3 d2209-3:3 d2209-4:3 d2202-4:2 d2204-1:2 d2205-2:2 d2205-1:1"
           " d2209-6:1",
    # mayor promising to shield immigrants from federal agents: Johnson's pledge 3; his order, his other statements 2.
    "vc3": "d2207-9:3 d2207-10:3 d2203-1:2 d2203-6:2 d2203-7:2 d2207-8:2 d2207-11:2 d2203-2:1",
    # punishing cities that refuse to help with deportations.
    "vc4": "d2200-6:3 d2200-11:3 d2200-13:2 d2206-0:2 d2207-10:2 d2209-6:2 d2200-12:1 d2200-15:1 d2203-10:1",
    # Tricia McLaughlin reckless dangerous: her words (the subhead that quotes them is not content).
    "vs1": "d2203-10:3",
    # Judicial Watch Chicago mayor records: the announcement 3; the mayor's words the release quotes 1.
    "vs2": "d2207-8:3 d2207-9:1 d2207-10:1 d2207-11:1",
    # Brandon Johnson shield immigrants federal agents.
    "vs3": "d2207-9:3 d2207-10:3 d2203-6:2 d2203-7:2 d2207-11:2 d2203-1:1 d2203-2:1 d2203-8:1 d2203-10:1 d2207-8:1",
    # Chris Welch Don Harmon letter Trust Act: the letter's argument lines (its signers named only in the signature).
    "vs4": "d2205-1:3 d2205-2:3 d2205-0:1",
}

# Not content: headlines, deks, subheads, navigation, labels, captions, a pull quote, taglines, a link lead-in and a
# signature line. The judge of this set also annotated part V, so this hand list is the same call as the gold's title and
# boilerplate rows (32: 16 title, 16 boilerplate; SOURCES-v.md), and build_relevance.py checks that it matches
# ../devset/fresh-v/gold-fresh-v.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d2200": [0, 1, 2, 3, 4, 5, 7, 8],            # navigation, section label, headline, caption, editor's note x2, pull quote, subhead
    "d2201": [0, 1],                              # headline, dek
    "d2202": [0, 1, 5],                           # headline, two subheads
    "d2203": [0, 4, 9],                           # headline, two subheads
    "d2204": [0, 5],                              # headline, link lead-in
    "d2205": [3],                                 # signature line
    "d2207": [0, 1, 2, 3, 4, 5, 6, 7],            # skip link, tagline x2, slogan x2, donate, section label, headline
    "d2208": [0, 1],                              # page title, link text
    "d2209": [0, 2, 5],                           # headline, two subheads
}
