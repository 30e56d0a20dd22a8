# Hand judgments of the fresh-af held-out queries (tools/freshaf_queries.py) over the content paragraphs of
# ../devset/fresh-af/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 63 content paragraphs of part AF was read against every query, article by article, and every paragraph graded
# 1-3 is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Santoy's "he said" in d5801 #4 and #6, Vargas's "she said" in d5802 #10, or the CBP statement
# after the line that introduces it in d5806 #7). The queries were committed before any grade.
GRADES = {
    # Naperville welcoming city resolution council: the City Council Watchdog post on the 2017 council debate.
    "afk1": "d5800-1:3 d5800-4:3 d5800-2:2 d5800-3:2 d5800-5:2",
    # Berwyn Welcoming City Ordinance police: the vote, the police's role and Santoy's words 3; the sponsors 2.
    "afk2": "d5801-0:3 d5801-2:3 d5801-3:3 d5801-4:3 d5801-5:3 d5801-6:3 d5801-1:2",
    # Safe Zones Act schools hospitals courthouses ICE: the ICIRR release; the votes, ICE's own policy and Welch 2.
    "afk3": "d5803-4:3 d5803-5:3 d5803-6:2 d5803-7:2 d5803-8:2",
    # Coalition to Cancel the ICE Contract McHenry County: the Coalition's letter and demand 3; the contract's end and the
    # county's steps without the Coalition's name 2; Clesceri and the FAIR list of the three counties 1.
    "afk4": "d5807-2:3 d5807-5:3 d5807-3:2 d5807-6:2 d5809-3:2 d5809-4:2 d5809-7:2 d5808-4:1 d5809-6:1",
    # "welcome all": the exact phrase 3 (d5800 #4); "the word “all”" 2; welcoming everyone or all residents 1.
    "afp1": "d5800-4:3 d5800-5:2 d5800-3:1 d5801-0:1 d5803-5:1",
    # "refused to cooperate": the exact phrase 3 (d5805 #11); "refuses to cooperate", "refused to inform", "in defiance
    # of" detainers 2; police not helping ICE, detainers not honoured 1.
    "afp2": "d5805-11:3 d5805-4:2 d5805-5:2 d5805-6:2 d5805-8:1 d5806-4:1 d5806-5:1 d5808-3:1",
    # "sensitive locations": the exact phrase 3 (three ICIRR lines); children at school 1.
    "afp3": "d5803-4:3 d5803-5:3 d5803-6:3 d5803-8:1",
    # "detention contracts": the exact phrase 3 (FAIR); contracts or agreements to house detainees in other words 2;
    # a detention facility, private detention centers or the sheriff's transition 1.
    "afp4": "d5808-4:3 d5808-9:3 d5808-10:3 d5808-2:2 d5807-5:2 d5809-3:2 d5809-4:2 d5809-7:2 d5804-8:1 d5807-2:1"
            " d5809-6:1",
    # how students reacted to the Illinois TRUST Act: the Daily Egyptian's DACA students 3; Vargas on fears 2; the
    # community at large, the background and the signing 1.
    "afc1": "d5802-7:3 d5802-9:3 d5802-10:3 d5802-11:3 d5802-8:2 d5802-4:1 d5802-5:1 d5802-6:1",
    # federal agents sent to sanctuary cities because police will not help ICE: the Medill report; Lucero 1.
    "afc2": "d5806-3:3 d5806-4:3 d5806-7:3 d5806-5:2 d5806-6:2 d5806-8:2 d5805-6:1",
    # ending county jail contracts to hold immigration detainees.
    "afc3": "d5807-5:3 d5808-2:3 d5808-4:3 d5808-9:3 d5808-10:3 d5809-3:3 d5809-4:3 d5809-7:3 d5807-2:2 d5807-6:2"
            " d5809-6:2 d5804-8:1 d5807-3:1 d5808-3:1 d5808-5:1",
    # does refusing ICE detainers let dangerous people go free: Liberty Headlines 2-3; the felons in d5800 #5 2; FAIR 1.
    "afc4": "d5805-4:3 d5805-5:3 d5805-6:3 d5805-7:3 d5805-8:3 d5805-11:3 d5805-9:2 d5805-10:2 d5800-5:2 d5808-2:1"
            " d5808-3:1",
    # Cesar Santoy Berwyn ordinance: his statements 3; the ordinance without his words 1.
    "afs1": "d5801-3:3 d5801-4:3 d5801-5:3 d5801-6:3 d5801-0:1 d5801-1:1 d5801-2:1",
    # Don Harmon immigrant families police: his two quotes 3; his bill described 2; named, or the Safe Zones vote, 1.
    "afs2": "d5803-5:3 d5804-7:3 d5804-6:2 d5803-4:1 d5804-3:1",
    # Henry Lucero Cook County detainers: his two quotes 3; the releases without him 1.
    "afs3": "d5805-6:3 d5805-7:3 d5805-4:1 d5805-5:1 d5805-11:1",
    # Becky Anderson Naperville sanctuary: her reported words 3; her response announced 2; the debate without her 1.
    "afs4": "d5800-4:3 d5800-5:3 d5800-3:2 d5800-1:1 d5800-2:1",
}

# Not content: headlines, deks, bylines, date lines, captions, credits, image labels and site chrome. The judge of this
# set also annotated part AF, so this hand list is the same call as the gold's title and boilerplate rows (27: 12
# title, 15 boilerplate; SOURCES-af.md), and build_relevance.py checks that it matches
# ../devset/fresh-af/gold-fresh-af.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d5800": [0],                                 # post headline
    "d5802": [0, 1, 2, 3],                        # headline, photo credit, photo caption, byline
    "d5803": [0, 1, 2, 3],                        # "top of page", headline, byline, date line
    "d5804": [0, 1],                              # headline, image label
    "d5805": [0, 1, 2, 3],                        # headline, dek, second headline, image credit
    "d5806": [0, 1, 2],                           # headline, byline, publication line
    "d5807": [0, 1, 4],                           # date line, headline, image caption
    "d5808": [0, 1],                              # headline, section label and date
    "d5809": [0, 1, 2, 5],                        # headline, dek, two photo captions
}
