# Hand judgments of the fresh-aa held-out queries (tools/freshaa_queries.py) over the content paragraphs of
# ../devset/fresh-aa/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 62 content paragraphs of part AA was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as "He views" after Beale's quote in d5301, or the Cook County release's own voice in d5305).
GRADES = {
    # McHenry County jail ICE detainees appeals court: the Lake and McHenry County Scanner report on the 7th Circuit ruling.
    "aak1": "d5300-1:3 d5300-11:3 d5300-2:2 d5300-4:2 d5300-5:2 d5300-7:2 d5300-8:2 d5300-3:1 d5300-9:1",
    # Effingham County Board migrants tax dollars: the thexradio report; the sheriff's and state's attorney's words 2.
    "aak2": "d5303-5:3 d5303-6:3 d5303-8:2 d5303-9:2 d5303-7:1",
    # county property ICE staging executive order: Cook County's release and the Will County order.
    "aak3": "d5305-1:3 d5305-3:3 d5306-1:3 d5306-8:3 d5306-9:3 d5305-4:2 d5306-0:2 d5306-5:2 d5306-6:2 d5306-7:2"
            " d5305-2:1 d5306-2:1 d5306-3:1 d5309-2:1",
    # DHS detainers Illinois released criminals: Straight Arrow News and United Headlines on the 1,768 releases.
    "aak4": "d5308-2:3 d5308-3:3 d5308-7:3 d5309-0:3 d5309-1:3 d5308-0:2 d5308-8:2 d5308-4:1 d5308-5:1 d5309-2:1",
    # "uncontrolled settings": Curran's quote 3; his objection without the phrase 1.
    "aap1": "d5307-3:3 d5307-2:1",
    # "staging area": the exact phrase 3 (the Will County order); Cook County's "staging and debriefing" 2; county
    # property closed to ICE in general 1.
    "aap2": "d5306-8:3 d5305-1:2 d5305-3:1 d5305-4:1 d5306-1:1 d5306-9:1",
    # "active detainers": the exact phrase 3; "active detainer requests" and inmates held with detainers 2; detainers
    # ignored or honoured in passing 1.
    "aap3": "d5308-2:3 d5308-7:3 d5308-3:2 d5309-1:2 d5308-8:1 d5309-0:1",
    # "without fear of harassment": the exact phrase 3 (d5306 #0, #6); "due to fear of harassment" and Preckwinkle's
    # "safe from harassment" 2; safety in general 1.
    "aap4": "d5306-0:3 d5306-6:3 d5305-2:2 d5306-5:2 d5305-4:1 d5306-3:1",
    # does sanctuary status draw migrants to Chicago: the magnet claim and its rebuttals (WTTW 3; Axios 2).
    "aac1": "d5302-6:3 d5302-7:3 d5302-8:3 d5301-5:2 d5301-8:2 d5301-10:2 d5303-6:2 d5301-9:1 d5302-5:1",
    # suburban mayors and county leaders responding to ICE raids: Aurora, Cook County, Will County; the governor 1.
    "aac2": "d5304-7:3 d5304-8:3 d5304-9:3 d5304-10:3 d5305-2:3 d5306-2:3 d5306-3:3 d5305-1:2 d5305-4:2 d5306-0:2"
            " d5306-5:2 d5306-6:2 d5306-8:2 d5306-9:2 d5305-3:1 d5306-1:1 d5306-7:1 d5307-4:1 d5307-5:1 d5309-2:1",
    # putting sanctuary status to a public vote: the 2023 referendum push (Axios, WTTW).
    "aac3": "d5301-4:3 d5301-9:3 d5302-1:3 d5302-2:3 d5301-5:2 d5301-7:2 d5301-8:2 d5301-10:2 d5302-5:2 d5302-6:2"
            " d5301-6:1 d5302-7:1 d5302-8:1",
    # state laws keeping local jails from holding people for ICE: the Way Forward Act's provisions and the TRUST Act's
    # detainer rule 3; the law's history, its effects and other limits 1-2.
    "aac4": "d5300-1:3 d5300-2:3 d5300-4:3 d5300-9:3 d5308-8:3 d5300-5:2 d5300-10:2 d5300-3:1 d5300-7:1 d5300-8:1"
            " d5300-11:1 d5305-3:1 d5307-1:1 d5308-4:1 d5308-7:1 d5309-0:1",
    # John Laesch ICE Aurora police: his statement on ICE in Aurora (the line on the Aurora police was cut off the page).
    "aas1": "d5304-7:3 d5304-8:3 d5304-9:3 d5304-10:3",
    # Toni Preckwinkle executive order ICE: her quote 3; her signing (an action) 2; the release's own lines 1.
    "aas2": "d5305-2:3 d5305-1:2 d5305-3:1 d5305-4:1",
    # John Curran courthouse immigration law: his objection and quote 3; the law without him 1.
    "aas3": "d5307-2:3 d5307-3:3 d5307-0:1 d5307-1:1",
    # Raymond Lopez sanctuary magnet: his quote 3; the push he is part of and the rebuttals, without his name 1.
    "aas4": "d5302-6:3 d5302-1:1 d5302-7:1 d5302-8:1",
}

# Not content: headlines, subheads, date lines, bylines, captions, credits, sponsor lines, links and site chrome. The
# judge of this set also annotated part AA, so this hand list is the same call as the gold's title and boilerplate rows
# (25: 7 title, 18 boilerplate; SOURCES-aa.md), and build_relevance.py checks that it matches
# ../devset/fresh-aa/gold-fresh-aa.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d5300": [0, 6],                              # photo caption, suggested-article link
    "d5301": [0, 1, 2, 3],                        # date and section, headline, illustration caption and credit
    "d5302": [0, 3, 4],                           # headline, two sponsor lines
    "d5303": [0, 1, 2, 3, 4],                     # headline, "Print", two date lines, byline
    "d5304": [0, 1, 2, 3, 4, 5, 6],               # tracker label, site name, date line, headline, image name, two credits
    "d5305": [0],                                 # release headline
    "d5306": [4],                                 # broken image address
    "d5308": [1, 6],                              # "Story Snapshot", subhead
}
