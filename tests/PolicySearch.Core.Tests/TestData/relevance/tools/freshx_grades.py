# Hand judgments of the fresh-x held-out queries (tools/freshx_queries.py) over the content paragraphs of
# ../devset/fresh-x/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 58 content paragraphs of part X was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Johnson after "he insisted" in d2409 #6, or "his order" in d2409 #9).
GRADES = {
    # ICE-free zones executive order: Johnson's October 2025 order in the two opinion pieces; its defence and the
    # reactions 1-2; the different August order of d2406 1.
    "xk1": "d2407-0:3 d2409-2:3 d2409-3:3 d2407-1:2 d2409-9:2 d2407-2:1 d2407-3:1 d2409-4:1 d2409-6:1 d2409-10:1"
           " d2406-6:1",
    # Effingham County immigrant sanctuary resolution.
    "xk2": "d2405-6:3 d2405-8:3 d2405-9:3 d2405-10:3 d2405-7:2 d2405-11:2 d2405-12:2 d2405-13:2",
    # sheriff agreement to hold detainees for ICE: Lake County (Florida); holding or notice elsewhere 1.
    "xk3": "d2404-5:3 d2404-6:3 d2404-10:3 d2404-9:2 d2404-4:1 d2404-7:1 d2401-3:1 d2400-12:1 d2403-10:1 d2407-1:1",
    # Will County resolution immigration enforcement.
    "xk4": "d2408-4:3 d2408-6:3 d2408-7:3 d2408-9:3 d2408-10:3 d2408-8:2",
    # "ICE-free zones": the exact phrase 3; the order's effect on city property without it 2; "his order" 1.
    "xp1": "d2407-0:3 d2409-2:3 d2409-3:2 d2409-9:1",
    # "criminal aliens": the exact phrase 3 (d2404-9, "violent criminal aliens"); "illegal aliens in jail", "undocumented
    # criminals", "violent criminals ... released" 2; neighbouring wording 1.
    "xp2": "d2404-9:3 d2401-3:2 d2404-5:2 d2407-1:2 d2405-11:1 d2407-2:1 d2402-5:1",
    # "illegal immigrants": the exact phrase 3; "legal or illegal", "an illegal alien" 2; "immigrated illegally",
    # "undocumented criminals" 1.
    "xp3": "d2401-3:3 d2405-10:3 d2405-11:2 d2404-7:1 d2404-5:1",
    # "sanctuary status": the exact phrase 3 (d2405-10); what a sanctuary city, state or county is or covers, without
    # the phrase, 2; "sanctuary" resolutions or bans in passing 1.
    "xp4": "d2405-10:3 d2401-3:2 d2402-4:2 d2402-5:2 d2402-6:2 d2404-4:2 d2404-7:2 d2405-6:2 d2405-11:2 d2405-7:1"
           " d2404-8:1 d2407-3:1",
    # welcoming ordinance does not violate federal law: legality 3; what the policy does not do 2; what it does, or the
    # opposite claim of lawlessness, 1.
    "xc1": "d2403-5:3 d2400-10:3 d2403-4:2 d2403-6:2 d2402-5:2 d2402-6:1 d2403-8:1 d2403-9:1 d2400-12:1 d2401-3:1"
           " d2404-6:1",
    # handing violent criminals to ICE makes communities safer.
    "xc2": "d2404-9:3 d2407-1:3 d2401-3:3 d2407-0:2 d2407-2:2 d2404-5:2 d2404-4:1 d2404-6:1 d2407-3:1 d2402-5:1",
    # mayor barring federal agents from city property.
    "xc3": "d2407-0:3 d2409-2:3 d2409-3:3 d2406-6:2 d2407-1:2 d2409-9:2 d2407-2:1 d2407-3:1 d2409-4:1 d2409-10:1"
           " d2408-6:1 d2403-9:1",
    # advocates urging lawmakers to limit police cooperation with ICE: AILA Chicago's alert and the Bloomington-Normal
    # campaign 2-3; their provisions and Luchtefeld's sanctuary push 1.
    "xc4": "d2400-4:3 d2403-8:3 d2400-10:2 d2403-5:2 d2403-9:2 d2403-13:2 d2400-5:1 d2400-6:1 d2400-12:1 d2400-13:1"
           " d2400-14:1 d2403-4:1 d2403-6:1 d2403-10:1 d2403-11:1 d2403-12:1 d2403-14:1 d2405-6:1 d2405-9:1"
           " d2405-12:1 d2405-13:1 d2408-6:1",
    # Peyton Grinnell ICE: his press-release quote; his office's agreement and lieutenant 1.
    "xs1": "d2404-9:3 d2404-5:1 d2404-10:1",
    # Karen Luchtefeld sanctuary resolution: her words 3; her proposal reported 2; the board's response 1.
    "xs2": "d2405-9:3 d2405-12:3 d2405-13:3 d2405-6:2 d2405-7:2 d2405-8:2 d2405-10:1",
    # Kristi Noem detainers Johnson: her criticism 3; her joining agents 1.
    "xs3": "d2407-1:3 d2407-2:1",
    # Brandon Johnson Trump war on Chicago: his words against the administration 3; his Civil War lines 2; his order or
    # "rhetoric" without his words 1.
    "xs4": "d2409-3:3 d2409-4:3 d2409-6:3 d2409-9:3 d2409-5:2 d2409-7:2 d2406-6:1 d2407-0:1 d2407-3:1 d2409-2:1"
           " d2409-10:1",
}

# Not content: headlines, deks, kickers, subheads, bylines, date lines, credits, labels, link lines, site chrome. The
# judge of this set also annotated part X, so this hand list is the same call as the gold's title and boilerplate rows
# (47: 22 title, 25 boilerplate; SOURCES-x.md), and build_relevance.py checks that it matches
# ../devset/fresh-x/gold-fresh-x.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d2400": [0, 1, 2, 7, 8, 9, 11],              # masthead (2), headline, two attachment links, two subheads
    "d2401": [0, 1, 2],                           # headline, byline, date line
    "d2402": [0, 1, 2, 3],                        # headline, two date lines, headline repeat
    "d2403": [0, 1, 2, 3, 7, 15, 16],             # skip link, page heading, four section headings, link line
    "d2404": [0, 1, 2, 3],                        # kicker, headline, byline, photo caption
    "d2405": [0, 1, 2, 3, 4, 5],                  # host chrome (2), headline, source label, date line, tags
    "d2406": [0, 1, 2, 3, 4, 5, 8, 9, 10],        # page title, promo, date, show name, headline, section labels, social link
    "d2408": [0, 1, 2, 3, 5],                     # image name, headline, share prompt, meeting label, subhead
    "d2409": [0, 1],                              # headline, dek
}
