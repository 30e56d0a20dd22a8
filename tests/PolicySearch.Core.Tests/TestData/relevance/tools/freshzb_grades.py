# Hand judgments of the fresh-zb held-out queries (tools/freshzb_queries.py) over the content paragraphs of
# ../devset/fresh-zb/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 57 content paragraphs of part ZB was read against every query, article by article, and every paragraph graded
# 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Bliss after "he said", the Working Group's statement continuing in d2800 #17, or the
# first-person newsletter of d2805, whose author is named only in its item heading).
GRADES = {
    # county jail ICE beds revenue: St. Clair County's ICE money, and what Pulaski County loses.
    "zbk1": "d2802-5:3 d2802-12:3 d2802-13:3 d2802-8:2 d2802-10:2 d2804-9:2 d2804-10:2 d2802-6:1 d2802-7:1 d2802-9:1"
            " d2804-2:1 d2804-3:1",
    # Pulaski County detention center Way Forward Act.
    "zbk2": "d2804-2:3 d2804-6:3 d2804-9:3 d2804-10:3 d2804-3:2 d2804-4:2 d2804-5:2 d2804-7:2 d2804-8:2 d2804-13:2"
            " d2804-11:1 d2804-12:1",
    # Senate Bill 1203 TRUST Act repeal: Chesney's bill and his case for it; SB 31 and the suit naming the Act 1.
    "zbk3": "d2805-1:3 d2805-2:2 d2805-3:2 d2805-4:2 d2801-1:1 d2806-4:1",
    # Carbondale immigration resolution trustees.
    "zbk4": "d2803-2:3 d2803-3:3 d2803-4:3 d2803-5:3 d2803-6:3 d2803-7:2",
    # "revenue generator": the exact phrase 3; county ICE revenue without it 1-2.
    "zbp1": "d2802-5:3 d2802-12:2 d2802-13:1 d2804-9:1",
    # "economic impact": the exact phrase 3 (Fowler); county ICE revenue 1.
    "zbp2": "d2804-9:3 d2802-5:1 d2802-12:1 d2802-13:1",
    # "carve outs": the exact phrase, on the Welcoming City Ordinance's exceptions (one match).
    "zbp3": "d2800-17:3",
    # "federal custody": the exact phrase 3; releases despite detainers (the transfer not made) 1-2.
    "zbp4": "d2807-1:3 d2807-2:3 d2807-0:2 d2807-3:1 d2805-3:1",
    # jails earning money by holding immigration detainees.
    "zbc1": "d2802-5:3 d2802-12:3 d2802-13:3 d2804-9:3 d2802-8:2 d2802-10:2 d2804-2:2 d2804-3:2 d2804-10:2 d2802-6:1"
            " d2802-7:1 d2802-9:1 d2804-4:1 d2804-7:1 d2804-8:1 d2804-13:1",
    # immigrant advocates saying the city's sanctuary law does not go far enough.
    "zbc2": "d2800-16:3 d2800-17:3 d2800-15:2 d2803-2:1 d2803-3:1",
    # ICE warning that refusing detainers endangers communities: ICE's warning 3; Chesney's same argument 2.
    "zbc3": "d2807-0:3 d2807-1:3 d2807-2:3 d2805-2:2 d2805-3:2 d2805-4:2 d2807-3:2 d2806-3:1 d2806-5:1",
    # small town resolution limiting police help to immigration agents: Carbondale 2-3; big-city ordinances 1.
    "zbc4": "d2803-2:3 d2803-5:3 d2803-6:3 d2803-3:2 d2803-4:2 d2803-7:2 d2800-17:1 d2806-4:1 d2808-4:1",
    # Andrew Chesney repeal TRUST Act: the newsletter's first-person lines on the Act (its IPASS lines 0).
    "zbs1": "d2805-1:3 d2805-2:3 d2805-3:3 d2805-4:3",
    # Dale Fowler Way Forward Act: his two statements 3; named without a statement, or the Act alone, 1.
    "zbs2": "d2804-7:3 d2804-9:3 d2804-5:1 d2804-6:1 d2804-8:1",
    # Mark Curran sanctuary state bill.
    "zbs3": "d2801-1:3",
    # Chicago Immigration Working Group statement: its lead-in and its two statement paragraphs.
    "zbs4": "d2800-15:3 d2800-16:3 d2800-17:3",
}

# Not content: headlines, subheads, bylines, mastheads, navigation and share lines, ad labels, captions, links, the
# contact line. The judge of this set also annotated part ZB, so this hand list is the same call as the gold's title and
# boilerplate rows (38: 10 title, 28 boilerplate; SOURCES-zb.md), and build_relevance.py checks that it matches
# ../devset/fresh-zb/gold-fresh-zb.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d2800": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],  # banner, tagline, links, sponsor strip, ad labels,
                                                                   # publication label, headline, date, share lines,
                                                                   # the letter's title
    "d2801": [0],                                 # headline
    "d2802": [0, 1, 2, 3, 4, 11],                 # headline, byline name and outlet, comments link, caption, related link
    "d2803": [0, 1],                              # byline lines
    "d2804": [0, 1, 14],                          # headline, date and byline, read-more link
    "d2805": [0, 5, 6, 9],                        # item heading, video link, IPASS heading, event title
    "d2806": [0, 1, 2, 10],                       # skip link, search fragment, headline, media contact
    "d2807": [],                                  # none: the stored text has no headline
    "d2808": [0, 1, 8],                           # headline, byline, caption
}
