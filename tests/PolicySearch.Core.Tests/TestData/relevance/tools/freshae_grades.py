# Hand judgments of the fresh-ae held-out queries (tools/freshae_queries.py) over the content paragraphs of
# ../devset/fresh-ae/articles/. Ids are "d<article number>-<paragraph index>" (the product's split: one paragraph per
# non-empty line); unlisted paragraphs are grade 0.
# 3 = answers the need directly and centrally (speaker queries: the person or body says the thing; phrase queries: the
# exact phrase, on topic); 2 = substantially relevant (reports the position, the person speaks on a neighbouring point,
# the phrase's meaning without its exact words); 1 = marginal (the topic in passing, a fragment, the person named
# without a statement); 0 = not relevant.
# Exhaustive, not pooled: no run of the product exists for this set (its judge never ran the product), so every one of
# the 63 content paragraphs of part AE was read against every query, article by article, and every paragraph graded 1-3
# is listed below. Graded from each paragraph's own text (its neighbours only to resolve a pronoun or an obvious
# continuation, such as Beale's second quote in d5702 #11, the UIC email's words after "was sent by" in d5708, or the
# La Salle letter's "this resolution" in d5700, whose lines never repeat the county's name in the same way).
GRADES = {
    # La Salle County nonsanctuary resolution: the letter backing La Salle County's declaration.
    "aek1": "d5700-2:3 d5700-4:2 d5700-3:2 d5700-5:2 d5700-6:1",
    # Texas migrant buses emergency proclamation National Guard: the 2022 ADN America report; the 2025 Guard plan 1.
    "aek2": "d5701-5:3 d5701-8:3 d5701-6:2 d5701-7:2 d5701-9:2 d5701-10:2 d5701-11:2 d5701-12:2 d5708-4:1",
    # Lake Bluff ordinance village property immigration enforcement: the Lake Bluff summary; Kane County's property
    # concern 1.
    "aek3": "d5709-5:3 d5709-7:3 d5709-6:2 d5705-4:1",
    # TRUST Act compliance reports attorney general: the Attorney General's page; the commission's compliance role 1.
    "aek4": "d5703-9:3 d5703-10:3 d5703-11:3 d5703-8:1 d5705-7:1 d5705-8:1",
    # "rule of law": the exact phrase 3 (the La Salle letter); "legal obligation"/"lawfulness" 2; "lawful processes" 1.
    "aep1": "d5700-2:3 d5700-6:3 d5700-3:2 d5700-4:1",
    # "signed judicial warrant": the exact phrase 3 (DePaul); "without a judicial warrant or court order" 2.
    "aep2": "d5706-8:3 d5705-6:2",
    # "bleeding heart": the exact phrase 3 (Beale); his continuing quote 1.
    "aep3": "d5702-10:3 d5702-11:1",
    # "community trust": the exact phrase 3 (the executive order); trust between police and community without it 2;
    # the continuation about citizens' relatives 1.
    "aep4": "d5704-12:3 d5704-8:2 d5704-13:2 d5704-14:1",
    # should a county declare itself non-sanctuary: the La Salle letter; Chicago's referendum push; activists against
    # sanctuary policies; the referendum procedure and background 1.
    "aec1": "d5700-2:3 d5700-3:3 d5700-4:3 d5702-9:3 d5700-5:2 d5702-4:2 d5707-3:2 d5700-6:1 d5702-5:1 d5702-6:1"
            " d5702-7:1 d5702-8:1 d5702-10:1 d5702-11:1 d5702-12:1 d5702-13:1 d5707-2:1 d5707-6:1",
    # can towns keep federal immigration agents off public property: Lake Bluff and Kane County.
    "aec2": "d5709-5:3 d5709-7:3 d5705-4:2 d5709-6:2 d5705-9:1",
    # how universities respond to ICE on campus: DePaul and UIC; sensitive-locations policy in passing 1.
    "aec3": "d5706-8:3 d5708-2:3 d5708-4:3 d5706-6:2 d5706-7:2 d5708-3:2 d5708-5:2 d5708-6:2 d5706-2:1 d5706-3:1"
            " d5706-4:1",
    # why limiting police role in immigration enforcement builds trust: the executive order's trust clauses; what the
    # Act does without its purpose, and the opposite argument, 1.
    "aec4": "d5704-12:3 d5704-13:3 d5704-8:2 d5704-14:2 d5703-8:1 d5705-3:1 d5705-6:1 d5707-6:1 d5709-6:1",
    # Greg Abbott Lightfoot sanctuary law buses: his challenge and his statement 3; his buses without his words 1.
    "aes1": "d5701-10:3 d5701-11:3 d5701-6:1 d5701-9:1 d5701-12:1",
    # Anthony Beale sanctuary status ballot: his two quotes 3; the referendum push without him 1.
    "aes2": "d5702-10:3 d5702-11:3 d5702-4:1 d5702-6:1 d5702-7:1 d5702-9:1 d5702-12:1 d5702-13:1",
    # Peter Friedman Trust Act detainer: his overview and his caution 3; the discussion he advised 1.
    "aes3": "d5709-6:3 d5709-7:3 d5709-5:1",
    # Terry Newsome sanctuary laws ICE: his sanctuary-laws quote 3; his SAFE-T Act and Homan remarks 2; the activists'
    # claims without his name 1.
    "aes4": "d5707-6:3 d5707-4:2 d5707-2:1 d5707-3:1",
}

# Not content: headlines, deks, subheads, document titles, captions, credits, date lines, signatures, site chrome and
# the AI-summary banner and disclaimer. The judge of this set also annotated part AE, so this hand list is the same call
# as the gold's title and boilerplate rows (41: 14 title, 27 boilerplate; SOURCES-ae.md), and build_relevance.py checks
# that it matches ../devset/fresh-ae/gold-fresh-ae.jsonl. Judged paragraphs must not be among them (build_relevance.py
# checks).
NOT_CONTENT = {
    "d5700": [0, 1, 7, 8],                        # image caption, salutation, two signature lines
    "d5701": [0, 1, 2, 3, 4],                     # section label, headline, dek, date line, updated line
    "d5702": [0, 1, 2, 3],                        # date line, headline, illustration description, credit
    "d5703": [0, 1, 2, 3, 4, 5, 6, 7],            # logo, site header (3), logo repeated, breadcrumb, title, subhead
    "d5704": [0, 1, 3, 4, 5, 6, 7],               # skip link, title, link text, date line, number repeated, order title (2)
    "d5705": [0, 1, 2],                           # field label, resolution title, field label
    "d5707": [0, 1, 5],                           # headline, dek, image credit
    "d5708": [0, 1],                              # photo caption and its repeat
    "d5709": [0, 1, 2, 3, 4],                     # banner, headline, date line, AI disclaimer, headline repeated
}
