# Hand judgments of the fresh-zw held-out queries (tools/freshzw_queries.py) over the content paragraphs of
# ../devset/fresh-zw/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 50 content paragraphs of part ZW was read against every query (800 pairs), article by article, and every
# paragraph graded 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun
# or an obvious continuation, such as the attorney general's manual in d4906 #3-#4 after the lead-in of #2, or "They
# argued" after Comer and others in d4900 #4).
GRADES = {
    # Will County non-sanctuary resolution rejected: the vote 3; the speakers against it and the resolution's case 2.
    "zwk1": "d4904-0:3 d4904-3:2 d4904-1:2 d4904-2:2 d4904-4:2 d4904-5:2 d4904-6:2 d4904-7:2 d4904-8:2 d4904-9:2"
            " d4904-10:2 d4909-3:1",
    # DOJ lawsuit Illinois Chicago Cook County sanctuary laws.
    "zwk2": "d4907-5:3 d4901-4:3 d4901-5:3 d4901-6:3 d4901-7:2 d4909-1:2 d4908-1:2 d4908-5:2 d4901-3:1",
    # House Oversight hearing sanctuary city mayors.
    "zwk3": "d4900-3:3 d4900-4:3",
    # Welcoming City Ordinance 2021 update police ICE: the 2021 update 3; what the ordinance forbids 2; named 1.
    "zwk4": "d4905-4:3 d4903-5:2 d4907-5:2 d4901-5:1",
    # "non-sanctuary county": the exact phrase 3; "non-sanctuary laws", "non-sanctuary ordinance" 2; "the declaration" 1.
    "zwp1": "d4904-0:3 d4904-9:3 d4909-3:2 d4909-5:2 d4904-10:1",
    # "requests, not obligations": the exact phrase 3; a detainer request that may not be honoured, ICE requests 1.
    "zwp2": "d4906-4:3 d4906-3:1 d4907-5:1",
    # "shielding undocumented immigrants": the exact phrase 3; protecting illegal aliens or undocumented immigrants
    # from enforcement without it 2; limiting arrests 1.
    "zwp3": "d4900-4:3 d4908-2:2 d4908-4:2 d4905-0:2 d4903-4:2 d4909-1:1",
    # "virtue signals": the exact phrase 3; "political posturing", "pure, unadulterated politics" 1.
    "zwp4": "d4902-3:3 d4904-2:1 d4901-7:1",
    # downstate counties refusing to be sanctuaries for migrants: Grundy County and the dozen counties 3, Will County's
    # rejection 3; the arguments for and against the Will County resolution 2; the vote count 1.
    "zwc1": "d4909-3:3 d4909-4:3 d4909-5:3 d4904-0:3 d4909-2:2 d4904-10:2 d4904-1:2 d4904-2:2 d4904-4:2 d4904-5:2"
            " d4904-6:2 d4904-7:2 d4904-8:2 d4904-9:2 d4904-3:1",
    # fear of deportation keeps immigrants from reporting crimes.
    "zwc2": "d4903-4:3 d4904-8:1",
    # what Illinois police are not allowed to do for ICE.
    "zwc3": "d4906-3:3 d4906-4:3 d4907-5:3 d4910-3:3 d4910-4:3 d4909-1:2 d4903-5:2 d4905-4:2 d4901-5:1 d4901-7:1"
            " d4910-1:1",
    # sanctuary cities accused of defying federal law.
    "zwc4": "d4900-4:3 d4901-4:3 d4901-5:3 d4901-7:3 d4901-8:3 d4907-5:3 d4901-6:2 d4908-2:2 d4901-3:1 d4908-0:1"
            " d4908-1:1 d4908-4:1 d4909-1:1 d4904-10:1",
    # Pam Bondi sanctuary cities lawsuit message: her words 3; the DOJ's case without her 1.
    "zws1": "d4901-6:3 d4901-5:1 d4901-7:1 d4907-5:1",
    # James Comer sanctuary mayors hearing: he and the Republicans argue 3; he chairs and investigates 2.
    "zws2": "d4900-4:3 d4900-3:2",
    # Drew Muffler Grundy County non-sanctuary.
    "zws3": "d4909-4:3 d4909-5:3 d4909-3:1",
    # Illinois attorney general guidance TRUST Act law enforcement: the manual's text 3; the lead-in naming it 2.
    "zws4": "d4906-3:3 d4906-4:3 d4906-2:2",
}

# Not content: headlines, deks, bylines, captions, credits, link lines, tracker fields. The judge of this set also
# annotated part ZW, so this hand list is the same call as the gold's title and boilerplate rows (21: 9 title, 12
# boilerplate; SOURCES-zw.md), and build_relevance.py checks that it matches ../devset/fresh-zw/gold-fresh-zw.jsonl.
# Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d4900": [0, 1, 2],                           # headline, category and byline line, photo caption
    "d4901": [0, 1, 2],                           # headline, 2 photo credits
    "d4902": [0, 4],                              # post title, "Continue reading" link
    "d4903": [0, 1, 2, 3],                        # headline, dek, 2 photo captions
    "d4904": [],
    "d4905": [6],                                 # related-story link
    "d4906": [0, 1],                              # post title, date and byline
    "d4907": [0, 1, 2, 3, 4],                     # case title, summary, 3 tracker fields
    "d4908": [],
    "d4909": [],
    "d4910": [0],                                 # headline
}
