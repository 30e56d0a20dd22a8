#!/usr/bin/env python3
"""Dev set, part ZD (files d3000-d3008): hand annotations -> fresh-zd/gold-fresh-zd.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 9 articles from 9 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. Three articles are not about Illinois (d3002, a national statement of the National Association
of Counties; d3003, a backgrounder on Takoma Park, Maryland; d3004, a national release on a White House
roundtable); d3001 is a national radio show's page on Chicago's grant lawsuit. The annotations follow
/work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and STANCE_GUIDELINES.md (stance
rules), and the conventions of parts B-ZB (models: build_gold_s.py and build_gold_y.py): canonical
names from canonical.py where they apply (Tom Homan, JB Pritzker with the alias "J.B. Pritzker"),
otherwise the fullest form the article gives, titles dropped ("National Association of Counties
Executive Director Matthew Chase" -> Matthew Chase, "Mayor Keith Pekau" -> Keith Pekau, "Texas
Governor Greg Abbott" -> Greg Abbott). A person speaking for an organisation is the person only
(Matthew Chase, not NACo; Ali Noorani, not the National Immigration Forum); an organisation speaking
as itself is a speaker (the Village of Orland Park "has pledged to cooperate", d3005 #7); a quote
continuing an attribution keeps the speaker with an empty alias list (Chase's statement after "issued
the following statement", d3002 #3-#6; Noorani's second paragraph, d3004 #6). Two pages are a body's
own text rather than reporting: the National Immigration Forum's release (d3004 #3-#4, its own voice
before Noorani's quote) and the Village of Orland Park's resolution (d3008): the body is an optional
speaker of those lines (the publisher's voice, not attributed speech; the d2509 River Forest
precedent), and the ordinance quoted in d3005 #10 ("the ordinance reads in part") gives the village
as optional too (a document is not a speaker; its author is the village). An embedded social-media
post (d3007 #2) is the poster's speech (Joshua J. Friedman). Abbott's "took the border to them"
(d3007 #4) is a quoted phrase without a speech verb: optional. Voting, adopting ordinances and
resolutions, signing orders, suing and hosting a roundtable are actions; the executive order (d3003
#5) and Senate Bill 1313 are documents. Sessions's "remarks" (d3002 #2, #4) are referred to, never
given: he is not a speaker. South Cook News (d3005 #8, "told South Cook News") is the publishing outlet
itself, not a cited outlet. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zd.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import HOMAN, PRITZKER

ARTICLES, MANIFEST, GOLD = part_files("fresh-zd", "gold-fresh-zd.jsonl")


CHASE = "Matthew Chase"
NOORANI = "Ali Noorani"
NIF = "National Immigration Forum"
PEKAU = "Keith Pekau"
ORLAND_PARK = "Village of Orland Park"
FRIEDMAN = "Joshua J. Friedman"
ABBOTT = "Greg Abbott"

FORUM_VOICE = ("the release is the National Immigration Forum's own text (its blog and press page); the line is "
               "the publisher's voice before Noorani's quote, not attributed speech")
RESOLUTION_VOICE = ("the line is a clause of the Village of Orland Park's own resolution on its Legistar page: a "
                    "document, whose author is the village board; the publisher's voice, not attributed speech")
ORDINANCE_TEXT = ("the declaration is the text of the village's ordinance, quoted ('the ordinance reads in part'); "
                  "a document is not a speaker, but the village declares itself in it")
ABBOTT_PHRASE = ("'took the border to them' is quoted as the Texan's phrase, with no speech verb or occasion given")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d3000_wtao"] = [
    T("headline", "Headline ('Jackson County board says no to “safe and welcoming” resolution')."),
    C("neutral", "The county board deadlocked 6 to 6 on a 'safe and welcoming county' resolution, so it failed; what its first version would have limited; the count of immigrants (a vote and its facts, reported)."),
]

ANN["d3001_one-a"] = [
    B("byline", "Show credit ('Guest Host: John Donvan')."),
    T("dek", "One-sentence summary under the show credit ('Chicago Mayor Rahm Emanuel says his city will sue ...'): read as the page's dek (alternative: a photo caption, boilerplate; or content with Emanuel as speaker).",
      amb=True),
    C("neutral", "Chicago is suing the Justice Department over its decision to withhold grant money from 'so-called sanctuary cities' (a suit filed, reported)."),
    C("supports", "Show text: sanctuary cities act 'to build better relationships with immigrant populations'; opponents say they 'are turning their backs on crime', but their leaders say police must focus beyond status checks and fear 'fewer reports of crimes' (the pro side has two of three sentences and the last word; alternative: neutral, both sides summarised).",
      un=["Opponents", "leaders of sanctuary cities"], amb=True),
    C("neutral", "The show's questions: 'What’s next for sanctuary cities? And what role should local police play in immigration?' (no view)."),
]

ANN["d3002_naco"] = [
    T("headline", "Headline ('NACo statement on recent sanctuary jurisdiction remarks by the U.S. attorney general')."),
    B("image_alt", "Logo alt text left in the page ('NACo primary logo')."),
    C("supports", "Chase 'issued the following statement' on Sessions's sanctuary remarks (a lead-in taking the stance of the statement it announces: a defence of counties that decline warrantless detainers; alternative: neutral, an announcement).",
      sp=[S(CHASE, "Matthew Chase")], amb=True),
    C("supports", "Chase's statement (continuing): county leaders 'are 100 percent committed to the public safety of America’s communities within the legal rights and protections outlined in the U.S. Constitution' (the opening of his defence; alternative: neutral, a general commitment).",
      sp=[S(CHASE)], amb=True),
    C("supports", "Chase's statement: Sessions's remarks 'raise serious legal issues for county governments'; under the Fourth, Fifth and 10th amendments counties already cooperate with ICE 'when appropriate'.",
      sp=[S(CHASE)]),
    C("supports", "Chase's statement: 8 U.S.C. 1373 covers only information exchange and 'does not require local governments to honor immigration detainers'.",
      sp=[S(CHASE)]),
    C("supports", "Chase's statement: 'ICE detainers are voluntary actions by local governments, clearly not mandatory'; counties comply with court warrants, and without them 'are hit with lawsuits' under the Fourth Amendment.",
      sp=[S(CHASE)]),
]
ANN["d3003_maurice-belanger"] = [
    T("headline", "Headline ('“Sanctuary Cities” and Community Policing')."),
    B("image_filename", "Image file name left in the page ('15207585161_76b9582230_k')."),
    C("neutral", "Author: the post was written as a backgrounder for a teach-in on Takoma Park's 'sanctuary' ordinance, attended by more than 350; a PDF link (about the document)."),
    T("subhead", "Subhead ('Executive Order on Interior Enforcement')."),
    C("supports", "Author: Trump's order would 'punish any local jurisdiction that has adopted certain community policing tactics designed to establish trust' with immigrant communities (federal pressure framed as punishment of trust-building; alternative: neutral, what the order does).",
      amb=True),
    C("neutral", "What the order's 'Sanctuary Jurisdictions' section states: enforcement action against hindering jurisdictions and no federal grants for them (the order is a document; its words quoted)."),
    T("subhead", "Subhead ('Community Policing and Undocumented Immigrants')."),
    C("neutral", "Author: 'sanctuary jurisdiction' has no legal or common definition; places limiting cooperation with immigration authorities are 'often called' that (a definition)."),
]

ANN["d3004_national-immigration-forum"] = [
    T("headline", "Headline ('Focus on ‘Sanctuary’ Distracts from Safety')."),
    B("byline", "Byline role without a name ('Communications Assistant')."),
    B("timestamp_label", "Date line ('March 20, 2018')."),
    C("neutral", "Release voice: Trump hosted a roundtable with law enforcement officials, cabinet members and Republican lawmakers on 'sanctuary' cities (an event).",
      opt=[O(NIF, FORUM_VOICE)]),
    C("supports", "Participants 'called for the defunding and penalizing' of sanctuary jurisdictions; release voice: 'However, immigration enforcement remains a federal responsibility, and such jurisdictions regularly cooperate' (the rebuttal is the emphasised last point).",
      opt=[O(NIF, FORUM_VOICE)], un=["Participants"]),
    C("supports", "Noorani ('said Ali Noorani'): compelling localities to enforce immigration law 'burdens local law enforcement'; trust 'is essential to keeping families safe', and penalizing jurisdictions 'based on a misnomer undermines that'.",
      sp=[S(NOORANI, "Ali Noorani")]),
    C("supports", "Noorani (continuing): the administration 'needs to stop politicizing public safety'; local police 'know how to keep their cities safe' and need federal resources (against federal pressure).",
      sp=[S(NOORANI)]),
]

ANN["d3005_south-cook-news"] = [
    B("site_chrome", "Tracker label left in the page text ('Quantcast')."),
    B("site_name", "Site name ('South Cook News')."),
    B("timestamp_label", "Date line ('Wednesday, January 22, 2025'; the page's date, later than the January 2024 story)."),
    T("headline", "Headline ('Orland Park: ‘The Village of Orland Park hereby declares that it is not a sanctuary city’')."),
    B("image_filename", "Image file name ('Webp keithpekau')."),
    B("photo_credit", "Photo caption and credit ('Mayor Keith Pekau | https://web.facebook.com/KeithPekau4Mayor')."),
    B("photo_credit", "The same caption and credit repeated.", dup=5),
    C("opposes", "The village enacted a 'not a sanctuary city' ordinance and 'has pledged to cooperate with federal officials to the fullest extent amidst the ongoing illegal immigration crisis' (a pledge of cooperation).",
      sp=[S(ORLAND_PARK, "The Village of Orland Park", "The village")]),
    C("neutral", "Pekau ('Mayor Keith Pekau told'): 'We passed an ordinance on January 19th which is summarized here' (a report of the vote; alternative: opposes, the mayor presenting the non-sanctuary ordinance).",
      sp=[S(PEKAU, "Keith Pekau")], amb=True),
    C("neutral", "What the ordinance passed on Jan. 15 contains: non-sanctuary status, compliance with federal immigration laws, 'full cooperation' with federal agencies (what a local law provides)."),
    C("opposes", "The ordinance's text ('the ordinance reads in part'): the village 'will not adopt any policy or practice that limits cooperation with, or involvement in, the enforcement of federal immigration laws' (a promise to cooperate; alternative: neutral, a document's words quoted).",
      opt=[O(ORLAND_PARK, ORDINANCE_TEXT)], amb=True),
    C("opposes", "Pekau 'addressed this issue' at the board meeting where the ordinance was approved (a lead-in taking the stance of the quote it announces; alternative: neutral).",
      sp=[S(PEKAU, "Keith Pekau")], amb=True),
    C("opposes", "Pekau ('Pekau said'): 'It seems absolutely nuts that we have to pass an ordinance that we will follow U.S. law' (state and county sanctuary laws as lawlessness).",
      sp=[S(PEKAU, "Pekau")]),
    C("opposes", "Pekau 'criticized Illinois and Cook County for enacting laws that contradict federal legislation' and Chicago's request for help 'in violating federal law'; illegal immigration's cost, 'over $450 billion annually'.",
      sp=[S(PEKAU, "Pekau")]),
]

ANN["d3006_munr-kazmir"] = [
    B("paywall_label", "Medium paywall label ('Member-only story')."),
    T("headline", "Headline ('Chicago’s Migrant Crisis of Conscience')."),
    B("byline", "Byline ('Dr. Munr Kazmir')."),
    B("timestamp_label", "Reading time and date run together ('3 min readMay 4, 2024')."),
    B("separator", "A lone '--' (page chrome)."),
    T("dek", "Subtitle ('Without popular support, can Chicago stay a Sanctuary City?')."),
    B("photo_credit", "Photo credit ('Photo by Erik Cooper on Unsplash.')."),
    C("neutral", "Author: Chicago residents 'are fed up with city leadership' and make 'their displeasure quite plain' at town halls (discontent in general; alternative: opposes, the lead-in to the post's case against sanctuary status).",
      un=["Chicago residents"], amb=True),
    C("opposes", "An unnamed resident at the council ('began one fed-up Chicago resident'): 68,000 homeless, 'three to four illegal families on every block' downtown (migrants against residents' needs; alternative: neutral, about migrants and homelessness, not police cooperation).",
      un=["one fed-up Chicago resident"], amb=True),
    C("neutral", "The resident ('she added angrily'): displacement of the elderly, illegal evictions, bedbugs in public housing (housing complaints, nothing on the policy).",
      un=["one fed-up Chicago resident (she)"]),
    C("neutral", "She 'demanded how state and federal largesse — earmarked for Chicago residents — is being spent', like many speakers (a question about spending; alternative: opposes, the cost of the migrant response).",
      un=["one fed-up Chicago resident (she)", "many speakers"], amb=True),
    C("opposes", "The resident ('she demanded incredulously'): 'Where is the money for the South side and the West side? ... Not another dollar for the illegals' (the cost argument the post makes against sanctuary status; alternative: neutral, about migrant spending, not local cooperation).",
      un=["one fed-up Chicago resident (she)"], amb=True),
    C("neutral", "The resident ('she added'): city leaders 'should donate their salaries to the cause' (a jibe at officials; no view on the policy)."),
    B("separator", "A lone '--' (page chrome), repeated.", dup=4),
    B("separator", "A lone '--' (page chrome), repeated.", dup=4),
    B("comments_label", "Comment count ('No responses yet')."),
]

ANN["d3007_we-got-this-covered"] = [
    C("neutral", "Author: Chicago 'has become symbolic of a nationwide divide on immigration' (scene-setting)."),
    C("supports", "Author: sanctuary city since the 1980s, formal in 2012; 'Despite the city’s consistent success', Homan 'has announced his plans to target Chicago first for deportations', but local officials 'aren’t going down without a fight' (praise of the status dominates the reported plan).",
      sp=[S(HOMAN, "Tom Homan")]),
    C("neutral", "Embedded post by Friedman: opposing 'the mass deportation of millions of immigrants' is 'a moral imperative' (about deportation, not local cooperation; alternative: supports, offered for the sanctuary side).",
      sp=[S(FRIEDMAN, "Joshua J. Friedman")], amb=True),
    C("supports", "Author: 'Despite Republicans’ best efforts, Chicago has consistently managed to rise above the attempts to punish its sanctuary city status' (against the pressure on the policy)."),
    C("neutral", "Author on Abbott's busing ('spat on every effort ... to collaborate'); Pritzker ('has condemned the push, saying') the migrants were shipped 'like cargo in a dehumanizing attempt to score political points' (about busing, not local cooperation; alternative: supports, the author's hostility to pressure on a sanctuary city).",
      sp=[S(PRITZKER, "J.B. Pritzker")], opt=[O(ABBOTT, ABBOTT_PHRASE, "Greg Abbott")], amb=True),
]

ANN["d3008_village-of-orland-park"] = [
    B("site_chrome", "Layout label left in the page ('header-left')."),
    B("record_metadata", "Legistar record line ('File #: 2025-0110    Version: Name: A RESOLUTION ...')."),
    B("record_metadata", "Legistar record line ('Type: RESOLUTION Status: PASSED')."),
    B("record_metadata", "Legistar record line ('File created: 1/30/2025 In control: Board of Trustees')."),
    B("record_metadata", "Legistar record line ('On agenda: 2/3/2025 Final action: 2/3/2025')."),
    T("headline", "The record's title field ('Title: A RESOLUTION IN SUPPORT OF SENATE BILL 1313, AFFIRMING LAW ENFORCEMENT COORDINATION WITH FEDERAL IMMIGRATION AUTHORITIES')."),
    B("record_metadata", "Legistar record line ('Attachments: 1. Resolution')."),
    B("section_label", "Section label ('Title')."),
    T("headline_repeat", "The resolution's title again, as the text's heading (not the same characters as #5: no 'Title:' and a double space)."),
    B("section_label", "Section label ('Body')."),
    C("neutral", "Recital: on January 15, 2024 the village adopted Ordinance No. 5868 declaring 'that it is not a sanctuary city' (a past action recited; alternative: opposes, the resolution's own case).",
      opt=[O(ORLAND_PARK, RESOLUTION_VOICE, "the Village of Orland Park")], amb=True),
    C("neutral", "Recital: the village 'remains steadfast in its dedication to upholding the rule of law' and residents' safety (slanted wording only; alternative: opposes).",
      opt=[O(ORLAND_PARK, RESOLUTION_VOICE, "the Village of Orland Park")], amb=True),
    C("opposes", "Recital: 'effective cooperation between local law enforcement and federal immigration authorities is essential'.",
      opt=[O(ORLAND_PARK, RESOLUTION_VOICE)]),
    C("neutral", "Recital: what Senate Bill 1313 seeks: repeal of the TRUST Act and to 'restore' collaboration with ICE for people charged with crimes (what a bill provides; alternative: opposes, 'restore').",
      opt=[O(ORLAND_PARK, RESOLUTION_VOICE)], amb=True),
    C("opposes", "Recital: the TRUST Act restricts collaboration, 'thereby creating potential public safety risks'.",
      opt=[O(ORLAND_PARK, RESOLUTION_VOICE)]),
    C("opposes", "Recital: the village 'rejects policies that prioritize political ideology over public safety' and opposes any law that 'shields individuals with criminal records from lawful detention and removal'.",
      opt=[O(ORLAND_PARK, RESOLUTION_VOICE, "the Village")]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d3000_wtao.txt", "outlet": "WTAO (taorocks.com, southern Illinois radio)", "date": "2017-07-19",
     "title": "Jackson County board says no to “safe and welcoming” resolution",
     "url": "https://www.taorocks.com/2017/07/19/jackson-county-board-says-no-to-safe-and-welcoming-resolution/"},
    {"file": "d3001_one-a.txt", "outlet": "1A (the1a.org, WAMU/NPR talk show, show page)", "date": "2017-08-07",
     "title": "Sanctuary Cities Fight Back (from the URL slug; no headline in the stored text)",
     "url": "http://the1a.org/shows/2017-08-07/sanctuary-cities-fight-back?utm_medium=RSS&utm_campaign=politics"},
    {"file": "d3002_naco.txt", "outlet": "National Association of Counties (naco.org, statement)", "date": "2017",
     "title": "NACo statement on recent sanctuary jurisdiction remarks by the U.S. attorney general",
     "url": "http://www.naco.org/resources/naco-statement-recent-sanctuary-jurisdiction-remarks-us-attorney-general"},
    {"file": "d3003_maurice-belanger.txt", "outlet": "Maurice Belanger (mauricebelanger.com, blog)", "date": "2017-02",
     "title": "“Sanctuary Cities” and Community Policing",
     "url": "https://mauricebelanger.com/2017/02/"},
    {"file": "d3004_national-immigration-forum.txt", "outlet": "National Immigration Forum (immigrationforum.org, release)", "date": "2018-03-20",
     "title": "Focus on ‘Sanctuary’ Distracts from Safety",
     "url": "https://immigrationforum.org/blog/focus-on-sanctuary-distracts-from-safety/"},
    {"file": "d3005_south-cook-news.txt", "outlet": "South Cook News (southcooknews.com)", "date": "2024-01",
     "title": "Orland Park: ‘The Village of Orland Park hereby declares that it is not a sanctuary city’",
     "url": "https://southcooknews.com/stories/654132572-orland-park-the-village-of-orland-park-hereby-declares-that-it-is-not-a-sanctuary-city"},
    {"file": "d3006_munr-kazmir.txt", "outlet": "Munr Kazmir (Medium blog)", "date": "2024-05-04",
     "title": "Chicago’s Migrant Crisis of Conscience",
     "url": "https://munrkazmir.medium.com/chicagos-migrant-crisis-of-conscience-c6a4d26e8dd4"},
    {"file": "d3007_we-got-this-covered.txt", "outlet": "We Got This Covered (wegotthiscovered.com)", "date": "2024-12-11",
     "title": "After shipping 11,000 immigrants to Chicago, Illinois Republicans label city ground zero for deportations (from the URL slug; no headline in the stored text)",
     "url": "https://wegotthiscovered.com/politics/after-shipping-11000-immigrants-to-chicago-illinois-republicans-label-city-ground-zero-for-deportations/"},
    {"file": "d3008_village-of-orland-park.txt", "outlet": "Village of Orland Park (orlandpark.legistar.com, board resolution)", "date": "2025-02-03",
     "title": "A RESOLUTION IN SUPPORT OF SENATE BILL 1313, AFFIRMING LAW ENFORCEMENT COORDINATION WITH FEDERAL IMMIGRATION AUTHORITIES",
     "url": "https://orlandpark.legistar.com/LegislationDetail.aspx?FullText=1&GUID=A5937AC8-4362-4AE5-AFCB-D8EE2D533AA5&ID=7113831"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d30")
