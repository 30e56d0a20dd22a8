# Hand judgments of the fresh-zz held-out queries (tools/freshzz_queries.py) over the content paragraphs of
# ../devset/fresh-zz/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 67 content paragraphs of part ZZ was read against every query, article by article, and every paragraph graded
# 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Lightfoot as "She" in d5205 #4 or the IL GOP release's lines in d5200 #7-#8).
GRADES = {
    # Rockford welcoming ordinance aldermen: the Register Star report on the paused ordinance.
    "zzk1": "d5202-0:3 d5202-1:3 d5202-2:3 d5202-4:3 d5202-5:3 d5202-3:2 d5202-6:2",
    # McHenry County jail ICE contract committee vote: the Shaw Local report; the county's later suit in passing 1.
    "zzk2": "d5207-4:3 d5207-5:3 d5207-6:3 d5207-8:3 d5207-7:2 d5207-9:2 d5207-10:2 d5207-11:2 d5207-12:2 d5209-1:1",
    # Byrne grant lawsuit Chicago Justice Department: the Patch report; Emanuel's statement on it 2.
    "zzk3": "d5201-3:3 d5201-4:3 d5201-5:2",
    # Way Forward Act county jails ICE detainees: ICIRR's release and the Scanner's 2021 report; the 2020 McHenry
    # contract debate (before the Act) 1.
    "zzk4": "d5208-6:3 d5208-7:3 d5208-13:3 d5209-1:3 d5209-2:3 d5209-3:3 d5209-7:3 d5209-9:3 d5208-8:2 d5208-9:2"
            " d5208-10:2 d5208-11:2 d5208-12:2 d5208-14:2 d5209-4:2 d5209-5:2 d5209-6:1 d5207-4:1 d5207-10:1"
            " d5207-12:1",
    # "sanctuary country": one exact match (Emanuel's statement); "sanctuary county of Cook" is another phrase, 0.
    "zzp1": "d5204-3:3",
    # "impossible position": the exact phrase 3 (the suit); the conflict with federal law without it 2; litigation 1.
    "zzp2": "d5206-10:3 d5206-9:2 d5206-8:1",
    # "police databases": the exact phrase 3; "Chicago databases" barred to DHS 2; police information sharing 1.
    "zzp3": "d5205-3:3 d5205-5:2 d5208-11:1",
    # "bright line": the exact phrase 3 (ICIRR); separating police from immigration enforcement in other words 1.
    "zzp4": "d5208-7:3 d5208-8:1 d5205-3:1 d5200-7:1 d5206-3:1",
    # Republicans attacking Rauner for signing the TRUST Act: Illinois Review's lede and the IL GOP release; Ives's
    # primary attack and the Rauner camp's reply.
    "zzc1": "d5200-2:3 d5200-9:3 d5203-3:3 d5203-4:3 d5203-5:3 d5203-10:3 d5203-11:3 d5203-12:3 d5200-3:2"
            " d5200-4:2 d5200-7:2 d5203-6:2 d5203-9:2 d5200-8:1 d5203-7:1 d5203-8:1",
    # do sheriffs support limits on helping ICE: Curran and the law-enforcement release; the four sheriffs' suit.
    "zzc2": "d5200-9:3 d5206-1:3 d5206-8:3 d5206-9:3 d5206-10:3 d5200-3:2 d5200-7:2 d5200-8:2 d5206-2:2 d5206-3:2"
            " d5200-4:1 d5206-4:1 d5206-5:1 d5206-6:1",
    # pressure on Chicago's mayor to put ICE protections in writing: the HuffPost report.
    "zzc3": "d5205-2:3 d5205-5:3 d5205-3:2 d5205-4:2 d5205-6:1",
    # money counties lose by ending ICE detention: the McHenry committee's cost concerns; the Act's end of the
    # contracts in passing 1.
    "zzc4": "d5207-5:3 d5207-4:2 d5207-9:2 d5207-8:1 d5207-10:1 d5207-12:1 d5208-7:1 d5208-13:1 d5209-7:1 d5209-9:1",
    # Jeanne Ives Rauner sanctuary state: her ad, her campaign and her words 3; the ad's content 2; the rest 1.
    "zzs1": "d5203-3:3 d5203-9:3 d5203-10:3 d5203-11:3 d5203-6:2 d5203-4:1 d5203-5:1 d5203-7:1 d5203-12:1",
    # Tom McNamara welcoming ordinance aldermen: his words 3; his actions 2; the ordinance without him 1.
    "zzs2": "d5202-3:3 d5202-4:3 d5202-0:2 d5202-1:2 d5202-2:1 d5202-5:1 d5202-6:1",
    # Michael Vijuk ICE contract: his three statements 3; his resolution's defeat without his name 1.
    "zzs3": "d5207-8:3 d5207-9:3 d5207-10:3 d5207-4:1",
    # Lori Lightfoot ICE police databases executive order: her announcement and op-ed 3; her denouncing raids and the
    # executive-order demand 2; the activist's raid quote 1.
    "zzs4": "d5205-3:3 d5205-4:3 d5205-2:2 d5205-5:2 d5205-6:1",
}

# Not content: headlines, deks, subheads, breadcrumbs, section labels, date lines, press contacts, captions, credits,
# promos, navigation and related-article teasers. The judge of this set also annotated part ZZ, so this hand list is
# the same call as the gold's title and boilerplate rows (35: 15 title, 20 boilerplate; SOURCES-zz.md), and
# build_relevance.py checks that it matches ../devset/fresh-zz/gold-fresh-zz.jsonl. Judged paragraphs must not be
# among them (build_relevance.py checks).
NOT_CONTENT = {
    "d5200": [0, 1, 5, 6],                        # breadcrumb, headline, the release's headline and dek
    "d5201": [0, 1, 2, 6, 7],                     # section label, headline, dek, Patch promo, video link
    "d5203": [0, 1, 2],                           # headline, image caption, image credit
    "d5204": [0, 1, 2, 4, 5],                     # release headline, date line, press contact, two page labels
    "d5205": [0, 1],                              # headline, dek
    "d5206": [0, 7],                              # photo caption, related-article teaser
    "d5207": [0, 1, 2, 3],                        # section label, headline, dek, photo caption
    "d5208": [0, 1, 2, 3, 4, 5, 15],              # headline, press contact (2), date line, caps headline, dek, subhead
    "d5209": [0, 8, 10],                          # photo caption, photo caption, related-article teaser
}
