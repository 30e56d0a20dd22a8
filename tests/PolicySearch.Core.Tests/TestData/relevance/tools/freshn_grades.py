# Hand judgments of the fresh-n held-out queries (tools/freshn_queries.py) over the content paragraphs of
# ../devset/fresh-n/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 102 content paragraphs of part N was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as a bullet of a list the line before introduces).
GRADES = {
    # declined detainer report.
    "nk1": "d1400-1:3 d1400-2:3 d1400-3:3 d1400-5:3 d1400-4:2 d1404-7:1 d1414-9:1",
    # ICE detention contract.
    "nk2": "d1405-2:3 d1405-3:3 d1405-5:3 d1409-0:3 d1409-1:3 d1409-2:3 d1405-4:2 d1405-6:2 d1405-7:2 d1409-4:2"
           " d1409-5:2 d1410-7:2 d1409-3:1 d1409-6:1 d1409-7:1 d1412-8:1",
    # HB 1105. The provision bullets are an obvious continuation of "HB 1105 ensures ..." (#3).
    "nk3": "d1412-0:3 d1412-3:3 d1412-5:3 d1412-6:3 d1412-7:3 d1412-8:3 d1412-9:3 d1412-10:3 d1412-1:2 d1412-4:2"
           " d1412-11:2 d1412-2:1",
    # administrative warrant.
    "nk4": "d1401-10:3 d1401-11:3 d1402-5:3 d1403-6:3 d1402-3:2 d1403-5:2 d1406-6:2 d1407-8:2 d1401-9:1 d1403-3:1"
           " d1414-6:1",
    # "Trust Act": the exact phrase on topic is 3 (Illinois's and Connecticut's alike); the Act by other words 1-2.
    "np1": "d1402-3:3 d1402-4:3 d1402-5:3 d1403-2:3 d1403-3:3 d1406-3:3 d1406-4:3 d1407-5:3 d1403-4:2 d1403-5:2"
           " d1403-6:2 d1406-5:2 d1406-9:2 d1406-6:1 d1406-7:1 d1406-8:1 d1414-5:1 d1414-9:1 d1414-10:1",
    # "local law enforcement".
    "np2": "d1400-3:3 d1400-4:3 d1402-3:3 d1403-3:3 d1404-3:3 d1404-7:3 d1404-8:3 d1406-4:3 d1406-9:3 d1407-5:3"
           " d1400-1:2 d1402-5:2 d1403-5:2 d1403-6:2 d1406-6:2 d1406-7:2 d1406-8:2 d1407-2:2 d1407-4:2 d1407-6:2"
           " d1407-7:2 d1407-8:2 d1407-10:2 d1412-3:2 d1413-7:2 d1414-7:2 d1401-3:1 d1405-2:1 d1405-3:1 d1408-1:1"
           " d1408-2:1 d1408-4:1 d1409-1:1 d1412-5:1 d1412-7:1 d1412-8:1 d1414-6:1",
    # "immigration detainer" (d1407-8 has it capitalised and plural, "Immigration Detainers").
    "np3": "d1402-5:3 d1403-6:3 d1406-6:3 d1407-8:3 d1400-1:2 d1400-2:2 d1404-4:2 d1404-7:2 d1406-8:2 d1412-3:2"
           " d1412-7:2 d1414-6:2 d1400-3:1 d1400-5:1 d1402-3:1 d1403-5:1 d1404-3:1 d1408-1:1 d1408-2:1 d1412-10:1",
    # "federal laws".
    "np4": "d1403-3:3 d1403-5:3 d1403-6:3 d1412-4:3 d1401-3:2 d1414-10:2 d1400-4:1 d1406-9:1 d1412-3:1 d1414-6:1"
           " d1414-9:1",
    # police departments that refuse to help ICE.
    "nc1": "d1405-2:3 d1407-2:3 d1407-4:3 d1407-6:3 d1407-7:3 d1407-8:3 d1407-10:3 d1404-3:2 d1404-8:2 d1405-3:2"
           " d1405-5:2 d1407-3:2 d1407-5:2 d1408-1:2 d1409-0:2 d1412-5:2 d1413-3:2 d1413-7:2 d1400-1:1 d1400-4:1"
           " d1402-3:1 d1403-5:1 d1403-6:1 d1406-3:1 d1406-6:1 d1406-7:1 d1407-9:1 d1408-2:1 d1413-8:1 d1414-5:1",
    # do sanctuary policies make communities less safe.
    "nc2": "d1402-3:3 d1404-5:3 d1405-6:3 d1408-1:3 d1414-9:3 d1400-4:2 d1402-4:2 d1404-6:2 d1404-8:2 d1406-4:2"
           " d1406-9:2 d1408-2:2 d1408-4:2 d1408-5:2 d1412-1:1 d1414-5:1 d1414-10:1",
    # states forcing local jails to cooperate with ICE.
    "nc3": "d1412-3:3 d1412-5:3 d1412-6:3 d1412-7:3 d1412-8:3 d1412-9:3 d1400-2:2 d1400-3:2 d1412-0:2 d1412-10:2"
           " d1414-4:2 d1414-9:2 d1414-10:2 d1401-5:1 d1412-1:1 d1412-4:1 d1412-11:1 d1414-6:1 d1414-7:1",
    # advocates celebrating limits on ICE cooperation.
    "nc4": "d1402-3:3 d1402-4:3 d1409-5:3 d1410-7:3 d1405-2:2 d1405-7:2 d1403-3:1 d1405-3:1 d1406-3:1 d1409-6:1"
           " d1412-1:1 d1413-8:1",
    # Stanek ICE detainer list.
    "ns1": "d1400-4:3 d1400-1:2 d1400-2:1 d1400-3:1 d1400-5:1",
    # Feinen Champaign police ICE. The statement's lead-in and bullets are the police department's and the mayor's
    # office's words, not Feinen's own: 2.
    "ns2": "d1407-2:3 d1407-3:2 d1407-4:2 d1407-5:2 d1407-6:2 d1407-7:2 d1407-8:2 d1407-9:2 d1407-10:1",
    # Lamont Trust Act.
    "ns3": "d1406-3:3 d1406-9:3 d1406-4:1 d1406-5:1 d1406-6:1 d1406-7:1 d1406-8:1",
    # Hadden Welcoming City Ordinance.
    "ns4": "d1413-8:3 d1413-4:2 d1413-5:2 d1413-6:2 d1413-7:2",
}

# Not content: headlines, deks, subheads, bylines, date lines, captions, mastheads, navigation and site notices. The
# judge of this set also annotated part N, so this hand list is the same call as the gold's title and boilerplate rows
# (41: 22 title, 19 boilerplate; SOURCES-n.md), and build_relevance.py checks that it matches
# ../devset/fresh-n/gold-fresh-n.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d1400": [0],                          # carousel arrows "< >"
    "d1401": [0, 1],                       # issue label with PDF link, headline
    "d1402": [0, 1, 2],                    # headline, date line, dek
    "d1403": [0, 1],                       # headline, byline
    "d1404": [0, 1, 2],                    # headline, dek, box heading
    "d1405": [0, 1],                       # headline, dek
    "d1406": [0, 1, 2],                    # section label, office name, headline
    "d1407": [0, 1, 11, 12, 13],           # headline, caption, comments notice, cookie notice and link
    "d1408": [0],                          # headline
    "d1410": [0, 1, 2, 3, 4, 5, 6, 8, 9],  # logo (2 lines), section, title, byline, date, bio note, 2 section headings
    "d1411": [0, 1, 7],                    # skip link, headline, photo caption
    "d1413": [0, 1],                       # dek, dek repeated
    "d1414": [0, 1, 2, 3, 8],              # headline, image alt text, dek, box heading, section heading
}
