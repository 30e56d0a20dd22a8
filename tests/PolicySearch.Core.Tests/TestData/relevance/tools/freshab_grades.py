# Hand judgments of the fresh-ab held-out queries (tools/freshab_queries.py) over the content paragraphs of
# ../devset/fresh-ab/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 63 content paragraphs of part AB was read against every query, article by article, and every paragraph graded
# 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as the legislators' letter in d5402 after its attribution, Madigan's guidance quoted after
# "Further statements show Madigan" in d5403, Fowler's "he explained" in d5408, and the governor's veto message in
# d5405, whose lines name their author only in the signature).
GRADES = {
    # Senate Bill 35 veto model policies: Rauner's veto message on SB 35 (d5405).
    "abk1": "d5405-4:3 d5405-5:3 d5405-8:3 d5405-6:2 d5405-7:2",
    # Pulaski County jail immigration detainees Way Forward: KFVS12 on Pulaski; McHenry's jail deal 2; the Way Forward
    # Act without detention, and Fowler's bare alarm, 1.
    "abk2": "d5408-0:3 d5408-1:3 d5408-7:3 d5408-8:3 d5408-11:3 d5404-5:2 d5408-2:2 d5408-3:2 d5408-4:2 d5408-6:2"
            " d5408-10:2 d5408-5:1 d5409-0:1 d5409-2:1 d5409-3:1",
    # gang database ICE access Chicago police: the In These Times report; police information sharing with ICE 1.
    "abk3": "d5406-4:3 d5406-7:3 d5406-5:2 d5406-6:2 d5403-6:1 d5406-8:1",
    # Attorney General guidance immigration enforcement limits: Madigan's guidance (d5403); SB 35's proposed AG policies 1.
    "abk4": "d5403-2:3 d5403-3:3 d5403-4:3 d5403-6:3 d5403-5:2 d5403-1:1 d5405-4:1 d5405-5:1",
    # "political ploy": the exact phrase once (the legislators' letter).
    "abp1": "d5402-6:3",
    # "irreparable harm": the exact phrase once (d5407 #2); the suit's other harm claims and the injunction sought 1.
    "abp2": "d5407-2:3 d5407-1:1 d5407-3:1",
    # "national model": the exact phrase once in content (d5400 #5; the headline's is a title row).
    "abp3": "d5400-5:3",
    # "very reasonable": the exact phrase once in content (Rauner, d5401 #3); "makes sense" 2; "the right thing" and
    # "good for local Law Enforcement" 1.
    "abp4": "d5401-3:3 d5404-4:2 d5400-6:1 d5402-11:1",
    # does the Trust Act make Illinois a sanctuary state: claims and denials 3; labels and what the law does 2; passing
    # mentions 1.
    "abc1": "d5402-10:3 d5403-1:3 d5404-3:3 d5400-5:2 d5401-5:2 d5401-6:2 d5402-2:2 d5403-2:2 d5401-2:1 d5402-4:1"
            " d5402-9:1 d5403-4:1 d5403-5:1 d5404-2:1 d5404-4:1 d5407-7:1 d5409-2:1",
    # county jails losing money from ending immigration detention contracts: KFVS12 and the Northwest Herald.
    "abc2": "d5404-5:3 d5408-7:3 d5408-8:3 d5408-10:3 d5408-11:3 d5408-0:2 d5408-1:1 d5408-2:1 d5408-5:1 d5408-6:1",
    # immigrants afraid to report crimes if police work with ICE.
    "abc3": "d5400-5:3 d5402-14:3 d5403-6:3 d5404-4:3 d5407-5:2 d5402-11:1 d5402-12:1",
    # Republican legislators pushing back against limits on ICE cooperation: the six legislators' letter 3; Fowler (party
    # not given) and Skillicorn 2; votes, the GOP leadership's defence and the Republican governor's veto 1.
    "abc4": "d5402-2:3 d5402-4:3 d5402-6:3 d5402-1:2 d5402-5:2 d5404-5:2 d5408-5:2 d5408-7:2 d5408-8:2 d5403-1:1"
            " d5404-4:1 d5405-4:1 d5405-7:1",
    # Jim Kaitschuk Way Forward Act: his three statements 3; Buehler beside him 1.
    "abs1": "d5409-0:3 d5409-1:3 d5409-2:3 d5409-3:1",
    # Lisa Madigan Trust Act guidance: her words 3; her office's and her document's 2; the claim she answers 1.
    "abs2": "d5403-3:3 d5403-5:3 d5403-6:3 d5403-2:2 d5403-4:2 d5403-1:1",
    # Dale Fowler detention facility: his statements 3; his district's facility without words 1.
    "abs3": "d5408-5:3 d5408-7:3 d5408-8:3 d5408-0:1 d5408-6:1",
    # Bruce Rauner sanctuary bill veto: his SB31 remarks and his veto message 3; the message's description and legal
    # basis 2; Rauner named without a statement 1.
    "abs4": "d5401-2:3 d5401-3:3 d5405-4:3 d5405-7:3 d5405-8:3 d5405-5:2 d5405-6:2 d5400-4:1 d5402-2:1 d5402-4:1"
            " d5403-1:1 d5404-4:1",
}

# Not content: headlines, deks, date lines, contact and byline lines, captions, credits, salutations, signatures and
# comment-section labels. The judge of this set also annotated part AB, so this hand list is the same call as the gold's
# title and boilerplate rows (25: 8 title, 17 boilerplate; SOURCES-ab.md), and build_relevance.py checks that it matches
# ../devset/fresh-ab/gold-fresh-ab.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d5400": [0, 1, 2, 3],                        # headline, release date, contact, subhead
    "d5401": [0, 1],                              # headline, photo caption and credit
    "d5402": [0, 3, 7, 8],                        # headline, salutation, comments label, comments header
    "d5403": [0],                                 # the site's date display
    "d5404": [0, 1],                              # section label, headline
    "d5405": [0, 1, 2, 3, 9, 10, 11],             # date line, three address lines, closing, signature name and title
    "d5406": [0, 1, 2, 3],                        # headline, dek, byline, photo credit
    "d5407": [0],                                 # headline
}
