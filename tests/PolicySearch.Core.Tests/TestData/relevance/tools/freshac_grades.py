# Hand judgments of the fresh-ac held-out queries (tools/freshac_queries.py) over the content paragraphs of
# ../devset/fresh-ac/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 72 content paragraphs of part AC was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Yohnka's statement after "The following can be attributed to" in d5505, Lopez's answers after
# the interviewer's questions in d5504, or "the sheriff" and "he" for Tadelman in d5503).
GRADES = {
    # McHenry Kankakee ICE detention contracts court: the suit, the stays and the rulings 3; the Act, the jail deal and
    # the counties' further arguments 2.
    "ack1": "d5500-2:3 d5500-3:3 d5500-5:3 d5500-6:3 d5500-11:3 d5500-12:3 d5501-1:3 d5501-4:3 d5501-7:3"
            " d5501-2:2 d5501-3:2 d5501-5:2 d5501-6:2",
    # sanctuary city referendum ballot question vote: the Block Club report; the substitute ordinance and the series of
    # attempts 2; the spending background and what the status does 1.
    "ack2": "d5502-0:3 d5502-1:3 d5502-2:3 d5502-3:2 d5502-5:2 d5502-6:1 d5502-7:1",
    # courthouse arrests ICE Illinois law: the TAG24 report (the law and its text 3, the rest of the law and the
    # reactions 2); the McHenry courthouse parking-lot activity 1.
    "ack3": "d5509-0:3 d5509-3:3 d5509-4:3 d5509-1:2 d5509-5:2 d5509-6:2 d5509-7:2 d5509-8:2 d5509-9:2 d5509-2:1"
            " d5508-2:1 d5508-3:1",
    # sheriff ICE detainers judicial warrant McHenry: Tadelman and his office (the Scanner report, the courthouse
    # statement); detainer and warrant explanations elsewhere 1.
    "ack4": "d5503-0:3 d5503-3:3 d5503-5:3 d5503-6:3 d5503-7:3 d5503-8:3 d5508-5:3 d5503-1:2 d5503-4:2 d5503-9:2"
            " d5508-2:2 d5508-4:2 d5503-2:1 d5508-3:1 d5501-3:1 d5506-7:1 d5506-8:1",
    # "fully compliant with federal law": the exact phrase 3 (Gough); the ACLU's case that Illinois follows the law and
    # the Constitution 2; rulings and claims on whether the laws conflict with federal law 1.
    "acp1": "d5506-6:3 d5505-2:2 d5500-6:1 d5500-12:1 d5501-4:1 d5501-7:1 d5507-2:1",
    # "Angel families": the exact phrase 3 (twice in the DHS release); the families' members ("Angel Father", "Angel
    # Brother") 2; the member whose loss has no immigration link 1.
    "acp2": "d5507-1:3 d5507-3:3 d5507-4:2 d5507-6:2 d5507-5:1",
    # "jail beds": the exact phrase 3 (d5500 #3); jail space rented to ICE in other words 2; the suit over it 1.
    "acp3": "d5500-3:3 d5500-2:2 d5501-1:2 d5501-2:2 d5501-3:2 d5501-6:2 d5500-5:1 d5500-6:1 d5501-5:1",
    # "bipartisan": the exact phrase 3 (both in Gough's lines).
    "acp4": "d5506-5:3 d5506-6:3",
    # counties losing money from renting jail beds to ICE: the revenue figures and the claimed loss 3; the
    # "multimillion-dollar federal contract" 2; the ban and the suit 1.
    "acc1": "d5500-5:3 d5501-3:3 d5501-1:2 d5500-2:1 d5500-3:1 d5501-2:1 d5501-4:1 d5501-5:1 d5501-6:1",
    # federal government suing or pressuring Illinois over sanctuary laws: the DOJ suit (ACLU), Comer's summons and
    # demands (CBS), Noem (DHS release), DHS's criticism (TAG24); responses and context 1-2.
    "acc2": "d5505-0:3 d5505-2:3 d5505-4:3 d5506-2:3 d5506-4:3 d5507-1:3 d5509-9:3 d5506-1:2 d5506-3:2 d5506-5:2"
            " d5506-6:2 d5507-2:2 d5505-3:1 d5507-3:1 d5509-7:1 d5509-8:1",
    # sheriffs who say state law keeps them from helping ICE: Tadelman and the McHenry sheriff's office; what the law
    # bars, without a sheriff, 1.
    "acc3": "d5503-0:3 d5503-3:3 d5503-5:3 d5503-6:3 d5503-7:3 d5508-5:3 d5503-1:2 d5503-4:2 d5503-8:2 d5508-4:2"
            " d5503-2:1 d5503-9:1 d5508-2:1 d5508-3:1 d5506-7:1 d5506-8:1 d5505-0:1 d5502-7:1",
    # does sanctuary status mean spending money on migrants: Block Club's clarification 3 and the critics' spending
    # complaint 2; what the Trust Act does 1.
    "acc4": "d5502-7:3 d5502-6:2 d5506-7:1 d5503-2:1",
    # Robb Tadelman Trust Act: his statements 3; the statement announced, his office's and his vaguer lines 2; the law
    # explained in his story and his office's courthouse statement (he is not named) 1.
    "acs1": "d5503-0:3 d5503-3:3 d5503-5:3 d5503-6:3 d5503-7:3 d5503-1:2 d5503-8:2 d5503-9:2 d5503-2:1 d5503-4:1"
            " d5508-5:1",
    # Raymond Lopez Welcoming City amendment: the amendment he talked about and his referendum moves 3; his interview on
    # raids and fear 2; the questions and his general answers, and the vote on his effort, 1.
    "acs2": "d5504-9:3 d5502-2:3 d5502-3:3 d5502-5:3 d5504-8:2 d5504-11:2 d5504-12:2 d5504-13:2 d5504-10:1"
            " d5504-14:1 d5504-15:1 d5504-16:1 d5502-0:1 d5502-1:1",
    # Alex Gough Trust Act: his Trust Act quote 3; his confirmation of the testimony 2; the Act explained after it 1.
    "acs3": "d5506-6:3 d5506-5:2 d5506-7:1",
    # Kristi Noem sanctuary policies Illinois: the release's account of her press conference 3; her own quote 2; the
    # families at her conference and her department's criticism 1.
    "acs4": "d5507-1:3 d5507-2:2 d5507-3:1 d5507-4:1 d5507-6:1 d5509-9:1",
}

# Not content: headlines, a dek, bylines, update notes, captions, related-story boxes, feed chrome and labels. The
# judge of this set also annotated part AC, so this hand list is the same call as the gold's title and boilerplate rows
# (21: 6 title, 15 boilerplate; SOURCES-ac.md), and build_relevance.py checks that it matches
# ../devset/fresh-ac/gold-fresh-ac.jsonl. Judged paragraphs must not be among them (build_relevance.py checks).
NOT_CONTENT = {
    "d5500": [0, 1, 4, 7, 8, 9, 10],              # headline, update note, newsletter promo, "Read More", image text,
                                                  # related headline, related summary
    "d5501": [0],                                 # headline
    "d5502": [4],                                 # photo caption and credit
    "d5504": [0, 1, 2, 3, 4, 5, 6, 7],            # feed chrome (4 lines), headline, feed widget (3 lines)
    "d5506": [0],                                 # headline
    "d5507": [0],                                 # dek
    "d5508": [0, 1],                              # "From the Sheriff:", the statement's title
}
