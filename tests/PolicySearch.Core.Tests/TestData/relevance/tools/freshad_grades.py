# Hand judgments of the fresh-ad held-out queries (tools/freshad_queries.py) over the content paragraphs of
# ../devset/fresh-ad/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 82 content paragraphs of part AD was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as the hard-wrapped lines of the d5600 minutes, whose sentences run across lines, or the unsigned
# first-person lines of the d5602 letter, whose signer is named at its foot).
GRADES = {
    # Morton Grove town hall immigration ordinance: the minutes of the April 2017 town hall (d5600), line by line.
    "adk1": "d5600-11:3 d5600-12:3 d5600-13:3 d5600-15:3 d5600-18:3 d5600-6:2 d5600-14:2 d5600-16:2 d5600-17:2"
            " d5600-19:2 d5600-22:2 d5600-24:2 d5600-25:2 d5600-26:2 d5600-7:1 d5600-8:1 d5600-9:1 d5600-20:1"
            " d5600-23:1",
    # Winnebago jail ICE proposal overtime staffing: the Rock River Times report (d5601).
    "adk2": "d5601-2:3 d5601-3:3 d5601-5:3 d5601-6:3 d5601-7:3 d5601-4:2",
    # Kankakee jail ICE contract Way Forward Act bill: the Daily Journal report (d5609); Kankakee's sheriff named in the
    # editorial 1.
    "adk3": "d5609-1:3 d5609-2:3 d5609-5:3 d5609-7:3 d5609-9:3 d5609-3:2 d5609-8:2 d5609-10:2 d5609-11:2 d5609-13:2"
            " d5609-4:1 d5609-6:1 d5609-14:1 d5608-3:1",
    # city workers report ICE sightings aldermen: the WBEZ report (d5605).
    "adk4": "d5605-8:3 d5605-9:3 d5605-10:3 d5605-7:2 d5605-11:1",
    # "welcoming campus": the exact phrase 3 (d5603 #9); "sanctuary campus" 2; the Welcoming City ordinance and Hunt's
    # plea for the university community 1.
    "adp1": "d5603-9:3 d5603-16:2 d5603-10:1 d5603-12:1",
    # "worst sanctuary city": the exact phrase 3 (d5606 #3); the rest of Trump's attack without it 2; the war of words and
    # the opposite boast of "the strongest welcoming city policies" 1.
    "adp2": "d5606-3:3 d5606-1:2 d5606-2:2 d5606-4:2 d5606-8:1 d5606-9:1 d5607-2:1",
    # "not about profit": the exact phrase 3 (d5609 #11); the per-detainee payment and "not good business" 1.
    "adp3": "d5609-11:3 d5609-10:1 d5601-6:1",
    # "federal partners": the exact phrase 3 (d5606 #2); local police working, or not, with federal immigration authorities
    # without it 2; the question in passing 1.
    "adp4": "d5606-2:3 d5602-4:2 d5606-1:2 d5606-4:2 d5606-8:2 d5607-2:2 d5607-7:2 d5600-13:1 d5600-14:1 d5602-3:1"
            " d5604-1:1 d5604-5:1 d5604-7:1 d5607-6:1 d5609-14:1",
    # sheriffs saying immigration enforcement is not their job: Kelley, Downey's complaint, Curran's letter 3; the rest of
    # the letter, the legal position and Trump's opposite demand 1.
    "adc1": "d5602-3:3 d5604-5:3 d5604-6:3 d5609-6:3 d5602-2:1 d5602-6:1 d5604-7:1 d5606-2:1",
    # what it costs a county jail to hold people for immigration authorities: Kankakee's $90 a day and "lower cost" 3;
    # Winnebago's staffing and overtime tied to the plan 2; the contracts and detainee counts 1.
    "adc2": "d5609-10:3 d5609-11:3 d5601-3:2 d5601-5:2 d5601-6:2 d5601-2:1 d5601-4:1 d5601-7:1 d5609-1:1 d5609-2:1"
            " d5609-7:1 d5609-8:1 d5609-9:1",
    # campus protests for protecting undocumented students: the ISU demonstration (d5603).
    "adc3": "d5603-9:3 d5603-12:3 d5603-16:3 d5603-10:2 d5603-13:2 d5603-14:2 d5603-15:2",
    # claims that sanctuary policies shield criminals from deportation: Trump's "protects criminals" and the editorial's
    # felons 3; the rest of both and Balich's rape case 2; the counter-claims and lead-ins 1.
    "adc4": "d5606-4:3 d5608-1:3 d5606-2:2 d5606-3:2 d5608-2:2 d5608-4:2 d5608-6:2 d5604-3:2 d5606-1:1 d5608-3:1"
            " d5608-5:1 d5604-2:1 d5602-3:1",
    # Mark Curran TRUST Act letter: the letter's lines (d5602); the line mostly on Rauner's record 2.
    "ads1": "d5602-2:3 d5602-3:3 d5602-4:3 d5602-6:3 d5602-5:2",
    # Mike Downey Way Forward Act jail contract: his words 2-3; the bill and the contract without him 1; Kankakee's
    # sheriff unnamed in the editorial 1.
    "ads2": "d5609-3:3 d5609-6:3 d5609-10:3 d5609-11:3 d5609-4:2 d5609-8:2 d5609-1:1 d5609-2:1 d5609-5:1 d5609-7:1"
            " d5609-9:1 d5608-3:1",
    # Carlos Ramirez-Rosa ICE Chicago police: his words in WBEZ and WTTW 3; the measures he backs without him 1.
    "ads3": "d5605-8:3 d5605-9:3 d5607-6:3 d5605-7:1 d5605-10:1 d5607-2:1 d5607-5:1 d5607-7:1",
    # Mike Kelley Will County sheriff Trust Act: his two statements 3; the committee exchange with his office and the
    # law described 1.
    "ads4": "d5604-5:3 d5604-6:3 d5604-0:1 d5604-1:1 d5604-2:1 d5604-4:1 d5604-7:1",
}

# Not content: headlines, document headings, subheads, deks, bylines, date lines, signatures, captions, players, polls,
# sponsor lines and site chrome. The judge of this set also annotated part AD, so this hand list is the same call as the
# gold's title and boilerplate rows (41: 14 title, 27 boilerplate; SOURCES-ad.md), and build_relevance.py checks that it
# matches ../devset/fresh-ad/gold-fresh-ad.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d5600": [0, 1, 2, 3, 4, 5, 10, 21],          # document heading (4 lines), date line, three section headings
    "d5601": [0, 1],                              # headline, byline
    "d5602": [0, 1, 7, 8, 9],                     # ad label, headline, signature (2 lines), comments label
    "d5603": [0, 1, 2, 3, 4, 5, 6, 7, 8],         # copyright, tagline, audio player (6 lines), headline
    "d5605": [0, 1, 2, 3, 4, 5, 6],               # tagline, headline, dek, share button, image alt, caption, byline
    "d5606": [0, 5, 6, 7],                        # byline, poll, two poll consent lines
    "d5607": [0, 3, 4],                           # headline, sponsor label, sponsor link
    "d5608": [0],                                 # reprint note
    "d5609": [0, 12],                             # byline, subhead
}
