# Hand judgments of the fresh-ai held-out queries (tools/freshai_queries.py) over the content paragraphs of
# ../devset/fresh-ai/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 62 content paragraphs of part AI was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as the Attorney General's quoted guidance under "* From the Illinois Attorney General" in d6101,
# or Nowers' "he said" in d6106).
GRADES = {
    # Adams County sheriff ICE transfers Quincy: the sheriff's office 3; the Quincy police 2; the AG's guidance 1.
    "aik1": "d6101-13:3 d6101-11:2 d6101-12:2 d6101-7:1 d6101-8:1 d6101-9:1",
    # Mount Prospect license plate reader immigration searches: the NBC Chicago report.
    "aik2": "d6109-1:3 d6109-4:3 d6109-0:2 d6109-3:2 d6109-5:2 d6109-6:2 d6109-7:2",
    # Grundy County Board immigration enforcement referendum: the stance and the vote 3; the meeting's question 2;
    # the funding debate 1.
    "aik3": "d6108-2:3 d6108-3:3 d6108-4:2 d6108-5:1 d6108-6:1 d6108-7:1 d6108-8:1",
    # Winnebago County jail ICE detention plan: the Breitbart report.
    "aik4": "d6100-0:3 d6100-1:3 d6100-3:3 d6100-2:2 d6100-4:2 d6100-5:2 d6100-6:2",
    # "administrative detainer": the exact phrase 3 (Yates); civil ICE warrants 2; warrants and refusals otherwise 1.
    "aip1": "d6101-12:3 d6101-9:2 d6101-8:1 d6101-11:1 d6102-3:1",
    # "come forward": the exact phrase 3 (Nowers); "safe to report crimes" 2; crime reporting in passing 1.
    "aip2": "d6106-4:3 d6106-3:2 d6106-5:1 d6106-6:1 d6106-7:1 d6104-9:1",
    # "village-owned property": the exact phrase 3 (Hanover Park); Aurora's "City-owned" property 2; the ordinance
    # pleas 1.
    "aip3": "d6105-5:3 d6104-7:2 d6104-9:2 d6105-6:1 d6105-7:1",
    # "without a judicial warrant": the exact phrase 3 (the letter); other warrant talk 1.
    "aip4": "d6102-3:3 d6101-8:1 d6101-9:1 d6101-12:1 d6102-6:1 d6105-7:1",
    # sheriffs openly defying the TRUST Act to help ICE: Adams County and the McHenry sheriff's claim 3; the answers
    # (the AG's guidance, the letter) 1-2; Caruana's ICE deal and Grundy's board 1.
    "aic1": "d6101-13:3 d6102-3:3 d6101-7:2 d6102-4:2 d6102-7:2 d6101-8:1 d6101-9:1 d6101-11:1 d6101-12:1"
            " d6102-5:1 d6102-6:1 d6100-1:1 d6100-3:1 d6108-2:1 d6108-3:1",
    # keeping immigrants willing to report crimes to local police: Bloomington 2-3; Aurora's trust argument and the
    # campus police 2; refusals to work with ICE 1.
    "aic2": "d6106-3:3 d6106-4:3 d6106-2:2 d6106-5:2 d6106-6:2 d6106-7:2 d6104-9:2 d6103-6:2 d6106-1:1 d6103-3:1"
            " d6102-5:1 d6101-11:1 d6101-12:1 d6107-7:1",
    # suburbs barring ICE from using municipal property: Aurora and Hanover Park; university property 1.
    "aic3": "d6104-7:3 d6104-9:3 d6105-5:3 d6105-6:2 d6105-7:2 d6103-1:1 d6103-2:1",
    # what students should do if ICE comes to campus: the Daily Illini guide.
    "aic4": "d6103-2:3 d6103-4:3 d6103-6:3 d6103-1:2 d6103-3:2 d6103-0:1",
    # Gary Caruana ICE detention jail: his claim and his quote 3; his actions 2; the plan's critics 1.
    "ais1": "d6100-3:3 d6100-6:3 d6100-0:2 d6100-1:2 d6100-2:2 d6100-4:1 d6100-5:1",
    # Kiel Nowers undocumented crime victims police: his reassurance 3; his statement and outreach 2; background 1.
    "ais2": "d6106-3:3 d6106-4:3 d6106-2:2 d6106-7:2 d6106-5:1 d6106-6:1",
    # Ryan Johnson Abbott migrant buses: his rebuke of Abbott 3; his other remarks 2; the busing without him 1.
    "ais3": "d6107-8:3 d6107-6:2 d6107-9:2 d6107-2:1 d6107-3:1 d6107-4:1 d6107-5:1",
    # Chris Balkema federal immigration enforcement: his account of the vote 3; the meeting's question per him 2; the
    # board's stance without him 1.
    "ais4": "d6108-3:3 d6108-4:2 d6108-2:1",
}

# Not content: headlines, deks, subheads, the memo's headings and header lines, bylines, signatures, date lines,
# captions, prompts, ads, disclaimers and site chrome. The judge of this set also annotated part AI, so this hand list is
# the same call as the gold's title and boilerplate rows (33: 13 title, 20 boilerplate; SOURCES-ai.md), and
# build_relevance.py checks that it matches ../devset/fresh-ai/gold-fresh-ai.jsonl. Judged paragraphs must not be among
# them (build_relevance.py checks).
NOT_CONTENT = {
    "d6101": [0, 1, 2, 3, 4, 5],                  # site name, three navigation lines, headline, "Posted in:"
    "d6102": [0, 1, 8, 9, 10],                    # headline, section label, two signature lines, site prompt
    "d6103": [5, 7],                              # newsletter prompt, subhead
    "d6104": [0, 1, 2, 3, 4, 5, 6, 8, 10],        # "cover", memo header (3), subject heading and line, three headings
    "d6105": [0, 1, 2, 3, 4],                     # ad, headline, date line, AI disclaimer, headline repeat
    "d6106": [0],                                 # Spanish audio link
    "d6107": [0, 1],                              # headline, dek
    "d6108": [0, 1],                              # headline, photo caption
    "d6109": [2],                                 # streaming promotion
}
