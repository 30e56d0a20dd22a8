# Hand judgments of the fresh-p held-out queries (tools/freshp_queries.py) over the content paragraphs of
# ../devset/fresh-p/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 73 content paragraphs of part P was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as a quote whose attribution is in the line before).
GRADES = {
    # 287(g) agreements: McFadden's withdrawal and the Texas law; the other North Carolina sheriffs' "similar moves" 2.
    "pk1": "d1603-5:3 d1612-4:3 d1612-5:3 d1612-6:3 d1603-6:2 d1612-3:2 d1603-7:1 d1603-8:1 d1604-7:1",
    # TRUST Act: named, or the bill that became it (d1600, "the bill", "the legislation"), or the laws of the 2025 suit.
    "pk2": "d1600-3:3 d1604-7:3 d1607-1:3 d1611-2:3 d1600-0:2 d1600-1:2 d1600-4:2 d1607-2:2 d1611-3:2 d1611-5:2"
           " d1600-2:1 d1600-5:1 d1600-6:1 d1604-9:1 d1611-4:1 d1614-1:1",
    # migrant buses Chicago (2022).
    "pk3": "d1605-3:3 d1605-5:3 d1606-0:3 d1606-1:3 d1606-4:3 d1606-6:3 d1605-1:2 d1605-2:2 d1605-4:2 d1605-6:2"
           " d1606-3:2 d1606-2:1 d1606-5:1 d1606-7:1",
    # DOJ lawsuit sanctuary laws: the 2025 Illinois suit and the Trump administration's suit against California.
    "pk4": "d1601-0:3 d1601-1:3 d1611-2:3 d1611-3:3 d1611-5:3 d1601-2:2 d1601-3:2 d1601-4:2 d1611-4:2",
    # "sanctuary city": the exact phrase on topic is 3 (any case); "sanctuary cities" or sanctuary state policies 1-2.
    "pp1": "d1605-1:3 d1605-5:3 d1606-1:3 d1606-6:3 d1606-7:3 d1613-2:3 d1613-4:3 d1614-0:3 d1608-2:2 d1610-7:2"
           " d1611-4:2 d1613-1:2 d1607-1:1 d1607-2:1 d1611-2:1 d1614-1:1",
    # "immigration enforcement": the phrase about local participation or refusal is 3; the phrase about ICE's own
    # operations or sensitive places 2; refusals to cooperate without the phrase 2.
    "pp2": "d1608-6:3 d1611-2:3 d1612-3:3 d1613-4:3 d1603-5:2 d1606-7:2 d1608-2:2 d1608-3:2 d1610-8:2 d1612-5:2"
           " d1614-3:2 d1600-0:1 d1601-1:1 d1604-7:1 d1611-5:1 d1612-4:1 d1614-0:1",
    # "local police" (d1612-1, the dek, is not content).
    "pp3": "d1608-3:3 d1608-4:3 d1612-6:3 d1600-0:2 d1600-3:2 d1606-7:2 d1608-2:2 d1611-5:2 d1612-5:2 d1603-5:1"
           " d1604-7:1 d1611-3:1 d1613-4:1",
    # "law enforcement agencies".
    "pp4": "d1600-0:3 d1600-3:3 d1612-5:3 d1608-3:2 d1611-5:2 d1612-6:2 d1603-5:1 d1604-7:1 d1606-7:1 d1608-4:1"
           " d1611-3:1",
    # local officials refusing to let police help deport people. State laws that make the refusal (California,
    # Illinois) 2; an employer's refusal 1.
    "pc1": "d1603-5:3 d1608-2:3 d1608-3:3 d1608-4:3 d1608-6:3 d1613-4:3 d1600-3:2 d1601-0:2 d1601-1:2 d1603-6:2"
           " d1604-7:2 d1606-7:2 d1611-3:2 d1611-5:2 d1602-7:1 d1603-7:1 d1604-9:1 d1608-5:1 d1611-2:1 d1613-1:1"
           " d1614-0:1",
    # state lawmakers trying to repeal or block the sanctuary law. The DOJ is not a lawmaker: 1.
    "pc2": "d1600-1:3 d1600-2:3 d1600-4:3 d1600-5:3 d1600-6:3 d1607-1:3 d1607-2:3 d1600-0:2 d1600-3:1 d1603-7:1"
           " d1611-2:1",
    # unions and faith groups standing up for immigrants facing ICE. UIC GEO's lines never name the union: 1.
    "pc3": "d1602-3:3 d1602-5:3 d1602-7:3 d1610-7:3 d1602-6:2 d1610-1:2 d1610-2:2 d1610-8:2 d1602-2:1 d1602-4:1"
           " d1610-4:1 d1610-5:1 d1613-3:1 d1613-4:1",
    # laws forcing sheriffs to cooperate with ICE.
    "pc4": "d1603-7:3 d1612-3:3 d1612-4:3 d1612-5:3 d1612-6:2 d1603-5:1 d1603-8:1 d1611-3:1",
    # Abbott sanctuary cities buses. The embedded posts (d1606-1, -2, -3) are his words.
    "ps1": "d1605-5:3 d1606-1:3 d1606-3:3 d1606-6:3 d1605-1:2 d1605-4:2 d1606-0:2 d1606-2:2 d1606-5:2 d1605-2:1"
           " d1605-3:1 d1605-6:1 d1606-4:1",
    # Brandon Johnson police ICE.
    "ps2": "d1608-2:3 d1608-3:3 d1608-4:3 d1608-6:3 d1608-5:2 d1611-3:1",
    # Homan flood sanctuary cities. d1609-7 is Homan on a neighbouring point (family separation): 2.
    "ps3": "d1613-1:3 d1609-7:2 d1609-6:1 d1613-2:1",
    # Justice Department lawsuit Illinois.
    "ps4": "d1611-2:3 d1611-3:3 d1611-5:3 d1611-4:2 d1601-0:1",
}

# Not content: headlines, deks, subheads, date lines, captions, labels, link lines and site notices. The judge of this
# set also annotated part P, so this hand list is the same call as the gold's title and boilerplate rows (32: 18 title,
# 14 boilerplate; SOURCES-p.md), and build_relevance.py checks that it matches ../devset/fresh-p/gold-fresh-p.jsonl.
# Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d1601": [5],                          # update note
    "d1602": [0, 1],                       # headline, link line
    "d1603": [0, 1, 2, 4],                 # section label, headline, dek, series note
    "d1604": [0, 1, 2, 3, 4, 5, 6],        # skip link, section label, widget residue, headline, date line, two subheads
    "d1605": [0],                          # headline
    "d1607": [0],                          # headline
    "d1608": [0, 1],                       # photo caption twice
    "d1609": [0, 1, 5, 8],                 # headline, dek, separator, subhead
    "d1610": [0, 3, 6],                    # headline, two subheads
    "d1611": [0, 1],                       # category residue, headline
    "d1612": [0, 1, 2],                    # headline, dek, photo caption
    "d1613": [0],                          # date line
    "d1614": [2],                          # subhead
}
