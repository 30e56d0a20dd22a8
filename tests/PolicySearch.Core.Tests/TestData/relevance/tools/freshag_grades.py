# Hand judgments of the fresh-ag held-out queries (tools/freshag_queries.py) over the content paragraphs of
# ../devset/fresh-ag/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 66 content paragraphs of part AG was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as "he said" after Elizarraraz in d5900 #5, "she added" after Lightfoot in d5903 #2, or "The
# Alderman" in d5905 #7). The Evanston resolution (d5907) is split by its PDF line breaks, so each of its lines is a
# fragment of a clause and is graded on the words it holds.
GRADES = {
    # McHenry County jail ICE detainees contract: the Shaw Local report on the jail emptying in February 2022.
    "agk1": "d5900-4:3 d5900-9:3 d5900-10:3 d5900-3:2 d5900-8:2 d5901-0:2 d5900-2:1 d5900-5:1 d5900-6:1",
    # Lake County Board resolution county property ICE: the News Dispatch account of the October 2025 meeting; the
    # Daily Herald's list of counties with measures 2.
    "agk2": "d5906-0:3 d5906-1:3 d5906-2:3 d5906-3:2 d5906-4:2 d5906-5:2 d5908-2:2 d5908-1:1",
    # non-sanctuary resolution county board origin: the Reddit question and reply; the two cited links 1.
    "agk3": "d5904-15:3 d5904-18:3 d5904-19:1 d5904-20:1",
    # Way Forward Act reporting attorney general compliance: the Cook County Record report; the Act in passing 1.
    "agk4": "d5902-0:3 d5902-1:3 d5902-2:3 d5902-3:3 d5900-8:1 d5901-0:1 d5905-7:1",
    # "kabuki theater": the exact phrase 3 (Danforth); Mendrick's "theatrics" 2.
    "agp1": "d5906-5:3 d5908-5:2",
    # "no legal binding": the exact phrase 3 (Mendrick); the enforceability questions 2; "kabuki theater" 1.
    "agp2": "d5908-5:3 d5908-3:2 d5908-4:2 d5906-5:1",
    # "self-declared sanctuary city": the exact phrase 3; "Chicago is a Welcoming City" 2; sanctuary policies in passing 1.
    "agp3": "d5903-3:3 d5903-1:2 d5905-7:1 d5909-1:1",
    # "more humane": the exact phrase 3 (the Way Forward Act); the Act or the detention-contract law without it 1.
    "agp4": "d5900-6:3 d5900-8:1 d5901-0:1",
    # can towns keep ICE off public parking lots: the Daily Herald report and the Lake County resolution 2-3; the
    # Evanston resolution's clauses on city lots and premises 1-2 (fragments).
    "agc1": "d5906-0:3 d5906-1:3 d5908-1:3 d5908-2:3 d5908-3:3 d5908-4:3 d5908-5:3 d5908-6:3 d5906-2:2 d5906-3:2"
            " d5906-5:2 d5907-18:2 d5907-19:2 d5907-26:2 d5906-4:1 d5907-17:1 d5907-20:1 d5907-22:1 d5907-25:1 d5907-27:1",
    # ending ICE detention contracts at county jails: McHenry's jail emptying and the Law360 appeal brief 3; the
    # "more humane" claim 2; the detainee's story and the Act in passing 1.
    "agc2": "d5900-4:3 d5900-8:3 d5900-9:3 d5900-10:3 d5901-0:3 d5900-6:2 d5900-2:1 d5900-3:1 d5900-5:1 d5902-1:1"
            " d5902-3:1",
    # cost of migrants to a sanctuary state: Tipsword's post and Lightfoot's capacity letter 3; the buses 1-2.
    "agc3": "d5903-1:3 d5903-2:3 d5903-3:3 d5909-1:3 d5903-0:2 d5903-4:2 d5903-5:1 d5903-6:1 d5904-15:1 d5904-18:1",
    # are local anti-ICE measures just symbolic: "kabuki theater", "no legal binding", the enforceability question and
    # Sigcho-Lopez's "failure ... to enforce existing sanctuary policies" 3.
    "agc4": "d5905-7:3 d5906-5:3 d5908-3:3 d5908-5:3 d5908-4:2 d5905-5:1 d5906-0:1 d5906-3:1 d5906-4:1 d5908-6:1",
    # Lori Lightfoot migrant buses Abbott: her letter and its reporting 3; the tweet 1-2; Abbott's reply to her 1.
    "ags1": "d5903-0:3 d5903-1:3 d5903-2:3 d5903-3:3 d5903-4:2 d5903-5:1 d5903-6:1",
    # James Mendrick DuPage County signs: his post 3; the signs without him 1.
    "ags2": "d5908-5:3 d5908-4:1 d5908-6:1",
    # Michael Danforth ICE resolution: his remarks 3; named among the five 2; the resolution debate without him 1.
    "ags3": "d5906-5:3 d5906-0:2 d5906-1:1 d5906-2:1 d5906-3:1 d5906-4:1",
    # Byron Sigcho-Lopez sanctuary policies: his critique 3; the lead-in to his account 2; named or his office 1.
    "ags4": "d5905-7:3 d5905-5:2 d5905-4:1 d5905-6:1 d5905-8:1",
}

# Not content: headlines, page titles, photo captions, forum chrome and rules, episode-page chrome and show notes,
# document numbers, dates and page numbers. The judge of this set also annotated part AG, so this hand list is the same
# call as the gold's title and boilerplate rows (36: 9 title, 27 boilerplate; SOURCES-ag.md), and build_relevance.py
# checks that it matches ../devset/fresh-ag/gold-fresh-ag.jsonl. Judged paragraphs must not be among them
# (build_relevance.py checks).
NOT_CONTENT = {
    "d5900": [0, 1, 7],                                            # headline, two photo captions
    "d5904": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17],  # post header, thread title, rules, widgets, bylines
    "d5905": [0, 1, 2, 3, 11, 12, 13],                             # nav link, date, episode title, warning, show notes
    "d5907": [0, 1, 2, 3, 4, 5, 24],                               # page title, date, number, heading lines, page number
    "d5908": [0],                                                  # headline
    "d5909": [0],                                                  # post title
}
