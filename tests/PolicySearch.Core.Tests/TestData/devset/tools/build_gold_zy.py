#!/usr/bin/env python3
"""Dev set, part ZY (files d5100-d5107): hand annotations -> fresh-zy/gold-fresh-zy.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 8 articles from 8 outlets, all dated 2022-2025 (the year
split with part ZX, built alongside) and all in English. New English pages from unused outlets have run
out, so this part takes articles from outlets already used in earlier parts (the brief allows it for this
part): only the Cook County legislative portal (cook-county.legistar.com, d5100) is a domain no earlier
part names; the other seven outlets are marked "outlet seen before" in SOURCES-zy.md. No outlet is a seed
outlet, no article URL is in any manifest, and no page carries AP, Chicago Tribune, Sun-Times, Capitol News
Illinois or Center Square copy. d5105 (daily8) is a copy of a WTVO report via Yahoo, d5107 (bbcgossip) a
mirror of an ABC7 (WLS) report; neither source outlet is excluded, and earlier parts' manifests hold both.
All eight articles are about Illinois.

The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-ZW (models: build_gold_s.py and
build_gold_y.py): canonical names from canonical.py where they apply (Mike Downey, U.S. Department of
Homeland Security), otherwise the fullest form the article gives, titles dropped
("Ald. Anthony Napolitano" -> Anthony Napolitano, "County board member Zachary Ferris" -> Zachary Ferris,
"Legal Director ... Courtney Hostetler" -> Courtney Hostetler). A person speaking for an organisation is
the person only (Hostetler, not Free Speech For People); an organisation speaking as itself is a speaker
(Free Speech For People through its filing and letter, d5104 #0-#1; the House Republicans through their
petition, d5105 #6). d5106 is a public Google document of an advocacy group whose name the stored
text does not give: its bullets are the author's voice, with no speaker (the group cannot be named). Signing
executive orders, introducing, filing and voting on resolutions and bills are actions with no speaker;
the resolutions, orders, bills and ordinances are documents. DHS "announced" Operation Midway Blitz
(d5100 #3) with no words given: optional. The Chicago Board of Election Commissioners' guidelines (d5101 #6)
are an optional source. The "non-sanctuary" county resolutions of d5102 and d5103 are about
accepting bused migrants more than about police cooperation with ICE; votes on them are neutral facts, and
speakers' views on them are labelled by what they say about sanctuary status, mostly with the ambiguity
flag. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zy.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import DHS, DOWNEY

ARTICLES, MANIFEST, GOLD = part_files("fresh-zy", "gold-fresh-zy.jsonl")


NAPOLITANO = "Anthony Napolitano"
ELECTION_BOARD = "Chicago Board of Election Commissioners"
FERRIS = "Zachary Ferris"
FSFP = "Free Speech For People"
HOSTETLER = "Courtney Hostetler"
HOUSE_GOP = "Illinois House Republicans"

DHS_ANNOUNCED = ("DHS 'announced' the operation: an announcement reported as an event, with none of its words given "
                 "(the resolution's own framing of it)")
GUIDELINES = ("the procedure is given 'according to guidelines from' the board: a body's published document cited as "
              "a source, not a statement on the policy")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d5100_cook-county-legistar"] = [
    B("field_label", "Field label of the legislative portal ('title'), not page text of the resolution."),
    T("document_type", "Document type line ('PROPOSED RESOLUTION')."),
    T("headline", "Resolution title ('A RESOLUTION ENCOURAGING ALL MUNICIPALITIES TO PASS LEGISLATION TO BAN ICE FROM GOVERNMENT PROPERTY')."),
    C("supports", "The resolution's recital: DHS announced the 'unprecedented' Operation Midway Blitz, 'militarized immigration enforcement ... without proper due process' (the drafters' case for barring ICE from public property; alternative: neutral, criticism of federal raids rather than a view on local cooperation).",
      opt=[O(DHS, DHS_ANNOUNCED, "Department of Homeland Security")], amb=True),
    C("neutral", "Recital: the National Guard deployment of October 2025 ('unparalleled actions'), 300 from Illinois and 400 from Texas (federal actions recited; alternative: supports, the same critical framing).",
      amb=True),
    C("supports", "Recital: after 'these unprecedented attacks from ICE' and the 'unauthorized use of County resources' for civil immigration enforcement, Preckwinkle signed Executive Order #2025-1 (the order limiting county help to ICE, framed approvingly; the signing itself is an action)."),
    C("neutral", "Recital: what Executive Order #2025-1 provides: no county property, resources or personnel for civil immigration enforcement, no ICE staging on county property (what an order provides)."),
    C("neutral", "Recital: Johnson signed Executive Order No. 2025-8 on city parking lots, vacant lots and garages (an action; the order's title quoted)."),
    C("neutral", "Recital: Executive Order No. 2025-8 'created clear mechanisms' to keep federal agents off city property and has city employees report attempts (what an order provides; alternative: supports, 'clear mechanisms' leans approving).",
      amb=True),
]

ANN["d5101_block-club-chicago"] = [
    B("photo_caption", "Photo caption and credit ('Ald. Anthony Beale (9th) stands with Ald. Anthony Napolitano ... Credit: Colin Boyle/Block Club Chicago')."),
    C("neutral", "Author: as the city houses new arrivals, 'two aldermen want to scale back protections for migrants and refugees' (a proposal, reported)."),
    C("neutral", "The resolution introduced by Beale and cosponsored by Napolitano would put a referendum on keeping the sanctuary designation on the March 2024 ballot (an action and what a document proposes)."),
    C("neutral", "What the Welcoming City ordinance means: no questions on status, no cooperation with ICE, loopholes closed in 2021 (what the law provides)."),
    C("opposes", "Napolitano ('Napolitano said'): the resolution 'would give power to voters'; residents will 'suffer' if taxes rise to pay for migrant-related resources (the case for a vote on ending sanctuary status, on cost).",
      sp=[S(NAPOLITANO, "Napolitano")]),
    C("opposes", "Napolitano ('Napolitano said'): the policy 'has hurt our city and and country financially'; taxpayers must be asked 'Are we doing the right thing here?' ... 'this is catastrophic'.",
      sp=[S(NAPOLITANO, "Napolitano")]),
    C("neutral", "How referenda reach the ballot, 'according to guidelines from the Chicago Board of Election Commissioners' (procedure).",
      opt=[O(ELECTION_BOARD, GUIDELINES, "Chicago Board of Election Commissioners")]),
    C("opposes", "Napolitano, 'who has long been against Chicago’s designation as a sanctuary city', said colleagues will try to bury the resolution (his opposition restated; alternative: neutral, a prediction about procedure).",
      sp=[S(NAPOLITANO, "Napolitano")], amb=True),
]

ANN["d5102_shaw-local"] = [
    T("headline", "Headline ('Bureau County Board declares ‘non-sanctuary’ to migrants with 11-6 vote, citing limited resources')."),
    T("dek", "Dek ('Board vows to ‘rededicate’ itself to its residents in need in resolution')."),
    B("photo_caption", "Photo caption ('The Bureau County Board prepares for its Tuesday, Feb. 13, 2024, meeting. ...')."),
    C("neutral", "The board voted to declare the county 'a nonsanctuary county to migrants', pledging its 'limited resources' to residents (a vote and what the resolution says)."),
    C("neutral", "In practice the county's emergency agency would still feed and shelter dropped-off migrants until transport to Chicago (a plan, described)."),
    C("neutral", "The 11-6 vote; the resolution's rededication to seniors, veterans and the needy 'already here in Bureau County legally' (a vote and a document quoted; alternative: opposes, the resolution's own anti-sanctuary wording).",
      amb=True),
    C("neutral", "The vote split on party lines (fact)."),
    C("neutral", "Names of the members voting in favour (a roll call)."),
    C("neutral", "Names of the members voting against (a roll call)."),
]

ANN["d5103_npr-illinois"] = [
    B("copyright", "Copyright line ('© 2024 NPR Illinois')."),
    B("site_tagline", "Station tagline ('The Capital's Community & News Service')."),
    B("player_widget", "Audio player label ('Play Live Radio')."),
    B("player_widget", "Audio player label ('Next Up:')."),
    B("player_widget", "Audio player timer ('0:00 0:00')."),
    B("player_widget", "Audio player label ('Available On Air Stations')."),
    T("headline", "Headline ('Woodford County declared 'non-sanctuary' for undocumented migrants')."),
    B("photo_caption", "Photo caption ('The Woodford County Courthouse in Eureka, Ill.')."),
    B("photo_credit", "Photo credit, the photographer ('Tim Shelley')."),
    B("photo_credit", "Photo credit, the station ('Peoria Public Radio')."),
    B("photo_caption", "The same photo caption repeated.", dup=7),
    C("neutral", "The board passed a resolution declaring the county a 'non-sanctuary' for migrants in the country illegally (a vote)."),
    C("neutral", "Woodford joins 12 other mostly conservative counties, their resolutions 'sparked by fears' of busloads of migrants (count and background)."),
    C("neutral", "Ferris ('County board member Zachary Ferris said') the idea came from a talk with Rep. Tipsword about Pritzker moving migrants; he consulted Balkema (origin of the proposal).",
      sp=[S(FERRIS, "Zachary Ferris")]),
    C("neutral", "Ferris ('Ferris said'): 'This is not doing ICE raids ... This is just busing of migrants' brought in unannounced, leaving the county 'no resources to house' them (he disclaims any immigration-enforcement role; alternative: opposes, his defence of a non-sanctuary declaration).",
      sp=[S(FERRIS, "Ferris")], amb=True),
    C("neutral", "Migrant arrivals: 41,000 in Chicago since August 2022, a plane to Rockford (figures)."),
]

ANN["d5104_common-dreams"] = [
    C("neutral", "Free Speech For People 'filed a formal request' urging Raoul, Burke and Snelling to open criminal investigations of federal agents in Operation Midway Blitz (about federal agents' conduct, not local cooperation with ICE; alternative: supports, state and local officials urged to act against the federal operation).",
      sp=[S(FSFP, "Free Speech For People")], amb=True),
    C("neutral", "The filing details unlawful detentions, assaults and kidnappings; Free Speech For People's letter 'alleges' a conspiracy 'to punish and terrorize immigrants' (allegations about federal agents; alternative: supports).",
      sp=[S(FSFP, "Free Speech For People")], amb=True),
    C("supports", "Hostetler ('said Courtney Hostetler'): 'These are not law-enforcement operations; they are acts of political violence' ... 'State officials have both the power and the duty to act' (state resistance to the federal operation urged; alternative: neutral, a view on the raids, not on cooperation limits).",
      sp=[S(HOSTETLER, "Courtney Hostetler")], amb=True),
    C("neutral", "Release voice: the operation, 'purportedly aimed at' gang-affiliated noncitizens, was meant to 'brutalize, terrorize, and intimidate' residents (criticism of the federal operation; alternative: supports).",
      opt=[O(DHS, "DHS 'announced' the operation: an event recalled, with none of its words given", "Department of Homeland Security")], amb=True),
    C("neutral", "Lead-in to a list of federal agents' actions ('including:')."),
]

ANN["d5105_daily8"] = [
    B("site_chrome", "Logo alt text left in the page ('logo')."),
    T("headline", "Headline ('Illinois lawmakers propose repeal of TRUST Act, cooperation with ICE')."),
    T("headline", "The same headline repeated.", dup=1),
    B("source_date", "Source and date label run together ('Yahoo29-01-2025')."),
    C("neutral", "A new Senate bill would require state agencies to cooperate with ICE and repeal the TRUST Act (what a bill proposes)."),
    C("neutral", "The TRUST Act, signed by Rauner in 2017, and the Way Forward Act's additions (what the laws provide)."),
    C("opposes", "The House Republicans' petition ('House Republicans in petition'): the Act 'made Illinois a ‘sanctuary state’'; its cost to taxpayers; 'We must repeal the TRUST Act'.",
      sp=[S(HOUSE_GOP, "House Republicans")]),
    C("opposes", "SB 1313 would ensure 'undocumented immigrants charged with or convicted of a felony are identified, reported, and deported,' 'according to a press release' (the bill's backers' case, quoted from an unnamed release; alternative: neutral, what a bill would do).",
      un=["a press release"], amb=True),
    C("neutral", "The bill was filed by Neil Anderson (an action)."),
    C("neutral", "Chesney and Bryant filed the Immigration Enforcement Act, SB 1203 (an action; the sentence is cut on the page)."),
]

ANN["d5106_google-docs"] = [
    T("headline", "Document heading ('Why We're Mobilizing')."),
    B("language_label", "Language tab label ('ENG')."),
    C("neutral", "What the Welcoming City Ordinance (2021) prevents: asking status, detaining on status, cooperating with federal agents 'in certain instances' (what the law provides)."),
    C("neutral", "Sixteen alders led by Lopez introduced O2023-0004222 to let city agencies work with federal immigration officers on people arrested or convicted of crimes (an action and what a document proposes)."),
    C("neutral", "The ordinance's referral to two committees and then to the Rules committee under Council Rule 42 (procedure)."),
    C("neutral", "Lopez and Tabares filed a Rule 41 notice to bring the ordinance to the full council for a vote on January 15th (procedure; an action)."),
    C("supports", "Author (the mobilising group): 'The reasons this ordinance should be rejected' (opposes the rollback of the ordinance; a lead-in to the reasons)."),
    C("supports", "Author: the amendments would 'Lead to reduced trust' and fewer reports of harm 'in fear of ICE involvement'; 'Everyone who is in need should be able to call 911/311' (the trust argument for the limits)."),
    C("supports", "Author: the amendments would make city departments, CPD included, 'engage in warrantless conduct'; 'no one should be arrested without a legal warrant'."),
    C("supports", "Author: the amendments would 'Open up the City to liability', city funds spent on legal challenges as in New York and Los Angeles (the legal-cost argument against the rollback)."),
]

ANN["d5107_bbcgossip"] = [
    C("supports", "Author (ABC7 report): 'local leaders are showing their support for the Illinois TRUST Act' (support reported).",
      un=["local leaders"]),
    C("neutral", "What the law does: it 'only specifically forbids' collaboration on immigration enforcement without a warrant (alternative: supports, 'only' plays down the law's reach in its defence).",
      amb=True),
    B("promo", "Station promotion ('ABC7 Chicago is now streaming 24/7. Click here to watch')."),
    C("neutral", "Local law enforcement, officials and advocates said 'the debate rages on' over local and federal laws (no side taken).",
      un=["Local law enforcement, elected officials and immigrant advocates"]),
    C("neutral", "Trump's tough stance in his first week, deportation flights, 'intensified the debate' (background)."),
    C("neutral", "The focus is back on the TRUST Act, which bars local police from ICE operations without a warrant (what the law provides)."),
    C("opposes", "Downey ('Kankakee County Sheriff Mike Downey said'): those charged with or convicted of 'serious, heinous crimes' should not be on the street; 'why would we want them on our streets if they’re here illegally?'",
      sp=[S(DOWNEY, "Mike Downey")]),
    C("neutral", "The sheriff let I-Team cameras into the jail, which until recently was contracted to hold up to 200 ICE detainees (fact)."),
    C("opposes", "Downey ('Downey said'): 'We want to be there as just backup' for ICE; 'Get these bad people off our streets and out of our country. That’s what law enforcement is asking.'",
      sp=[S(DOWNEY, "Downey")]),
    C("neutral", "The bipartisan TRUST Act signed by Rauner in 2017 and its later amendments 'keeping law enforcement from assisting ICE agents' (what the law provides)."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d5100_cook-county-legistar.txt", "outlet": "Cook County Board of Commissioners legislative portal (cook-county.legistar.com; proposed resolution)", "date": "2025",
     "title": "A RESOLUTION ENCOURAGING ALL MUNICIPALITIES TO PASS LEGISLATION TO BAN ICE FROM GOVERNMENT PROPERTY",
     "url": "https://cook-county.legistar.com/LegislationDetail.aspx?FullText=1&GUID=DED5F99D-2FDF-4D62-8A0D-D7920C14EF13&ID=7749487"},
    {"file": "d5101_block-club-chicago.txt", "outlet": "Block Club Chicago (blockclubchicago.org)", "date": "2023-09-25",
     "title": "2 aldermen want voters to decide if Chicago should remain a sanctuary city amid migrant crisis (from the URL slug; no headline in the stored text)",
     "url": "https://blockclubchicago.org/2023/09/25/2-aldermen-want-voters-to-decide-if-chicago-should-remain-a-sanctuary-city-amid-migrant-crisis/"},
    {"file": "d5102_shaw-local.txt", "outlet": "Shaw Local (shawlocal.com, Illinois Valley edition)", "date": "2024-02-15",
     "title": "Bureau County Board declares ‘non-sanctuary’ to migrants with 11-6 vote, citing limited resources",
     "url": "https://www.shawlocal.com/illinois-valley/2024/02/15/bureau-county-board-declares-non-sanctuary-to-migrants-with-11-6-vote-citing-limited-resources/"},
    {"file": "d5103_npr-illinois.txt", "outlet": "NPR Illinois (nprillinois.org; a Peoria Public Radio report)", "date": "2024-05-22",
     "title": "Woodford County declared 'non-sanctuary' for undocumented migrants",
     "url": "https://www.nprillinois.org/illinois/2024-05-22/woodford-county-declared-non-sanctuary-for-undocumented-migrants"},
    {"file": "d5104_common-dreams.txt", "outlet": "Common Dreams (commondreams.org, newswire; a Free Speech For People release)", "date": "2025-10-27",
     "title": "Lawless federal raids demand accountability: Free Speech For People calls on Illinois officials to investigate Trump administration's Operation Midway Blitz (from the URL slug; no headline in the stored text)",
     "url": "https://www.commondreams.org/newswire/lawless-federal-raids-demand-accountability-free-speech-for-people-calls-on-illinois-officials-to-investigate-trump-administrations-operation-midway-blitz"},
    {"file": "d5105_daily8.txt", "outlet": "daily8 (daily8.com; a copy of a WTVO report via Yahoo)", "date": "2025-01-29",
     "title": "Illinois lawmakers propose repeal of TRUST Act, cooperation with ICE",
     "url": "https://www.daily8.com/en/article/24e2282bf7c796b75cb5bfff48dd07d1"},
    {"file": "d5106_google-docs.txt", "outlet": "Google Docs (docs.google.com; a public mobilising document of an advocacy group, author not named in the stored text)", "date": "2025-01",
     "title": "Why We're Mobilizing",
     "url": "https://docs.google.com/document/d/1_iVfO9NYVanfbXYvBae1g0LczOqwDFkHg9URg7cjppM/mobilebasic?urp=gmail_link"},
    {"file": "d5107_bbcgossip.txt", "outlet": "bbcgossip (bbcgossip.com; a mirror of an ABC7 Chicago / WLS report)", "date": "2025-01",
     "title": "Controversy over TRUST Act in Illinois: state officials split on law banning cooperation with federal immigration enforcement and raids (from the URL slug; no headline in the stored text)",
     "url": "https://bbcgossip.com/news/us/controversy-over-trust-act-in-illinois-state-officials-split-on-law-banning-cooperation-with-federal-immigration-enforcement-and-raids"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d51")
