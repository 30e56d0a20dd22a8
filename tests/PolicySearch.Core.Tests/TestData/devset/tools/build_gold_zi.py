#!/usr/bin/env python3
"""Dev set, part ZI (files d3500-d3508): hand annotations -> fresh-zi/gold-fresh-zi.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 9 articles from 9 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy (d3506's photo credit reads "Agencies", a boilerplate row only). Three articles are not about
Illinois (d3500 Milwaukee County; d3503 the Texas 287(g) counties; d3507 a national report on local
jails); d3501 is a national religious-press story with one Chicago paragraph (Cupich). The annotations
follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and STANCE_GUIDELINES.md
(stance rules), and the conventions of parts B-Y (models: build_gold_s.py and build_gold_y.py):
canonical names from canonical.py where they apply (Tom Homan, Rahm Emanuel, Jeff Sessions, U.S.
Immigration and Customs Enforcement, U.S. Department of Justice, Trump administration), otherwise the
fullest form the article gives, titles dropped ("Police Chief Edward Flynn" -> Edward Flynn, "Milwaukee
County Supervisor Marina Dimitrijevic" -> Marina Dimitrijevic, "Cardinal Blase Cupich" -> Blase Cupich,
"Rep. Randy Frese" -> Randy Frese, "Senator Celina Villanueva" -> Celina Villanueva, "Senate President
Don Harmon" -> Don Harmon). A person speaking for an organisation is the person only; an organisation
speaking as itself is a speaker ("ICE noted", d3503 #4; "according to Church World Service", d3501 #6;
"PPI emphasizes" and "PPI discovered", d3507 #2-#3). A report speaking ("A groundbreaking report from
the Prison Policy Initiative (PPI) reveals", "the report details") is a document: its organisation is
an optional speaker there (d3507 #0, #4). Filers speak through their filing: "The Trump administration
has launched a legal battle ..., alleging" -> Trump administration (d3506 #4); "The 22-page lawsuit ...
argues" and "The lawsuit ... claiming" -> U.S. Department of Justice, named in #4 as the filer ("the
Justice Department"), with an empty alias list (d3506 #5, #7). A quote whose attribution closes the
next line keeps its speaker with an empty alias list (Frese, d3505 #1; the 001 #2 precedent of the
seeds). "the mayor" in d3504 #8 is Rahm Emanuel, named two lines later ("Mayor Emanuel"); text-resolved,
as the seeds resolve 002 #9. "The lawmaker ... he said" (d3508 #9) follows a Villanueva quote but says
"he": the text does not settle the referent, so Villanueva and Harmon are both optional. Asking to join
287(g) (Clarke, d3500 #9) is a request, not speech: optional. Filing, authorizing, approving, signing,
issuing a directive and descending on a store are actions; the lawsuit, the bill and the report are
documents. They were made by reading the article text only.

The stance calls on d3502 and d3504 (two far-left papers that call Chicago's sanctuary promise
"phony" or ask what it is "worth" because police still work with ICE) are supports where the paragraph
condemns police-ICE cooperation (it favours real limits, not fewer), flagged ambiguous where it mainly
belittles the sanctuary label (alternative: neutral; a reader could also hear opposes).

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zi.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import DOJ, EMANUEL, HOMAN, ICE, SESSIONS, TRUMP_ADMIN

ARTICLES, MANIFEST, GOLD = part_files("fresh-zi", "gold-fresh-zi.jsonl")


FLYNN = "Edward Flynn"
CLARKE = "David Clarke"
DIMITRIJEVIC = "Marina Dimitrijevic"
GONZALEZ = "Justo Gonzalez II"
CWS = "Church World Service"
CUPICH = "Blase Cupich"
PHAM = "Bryan Pham"
GARCETTI = "Eric Garcetti"
FRESE = "Randy Frese"
PPI = "Prison Policy Initiative"
HARMON = "Don Harmon"
VILLANUEVA = "Celina Villanueva"

PPI_REPORT = "the report speaks (a document); its organisation, the Prison Policy Initiative, is named as its author"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d3500_wuwm"] = [
    B("copyright", "Station copyright line ('© 2024 Milwaukee Public Media is a service of ...'; a crawl-time footer, not the 2017 date)."),
    B("player_label", "Audio player label ('Play Live Radio')."),
    B("player_label", "Audio player label ('Next Up:')."),
    B("player_label", "Audio player timer ('0:00 0:00')."),
    B("player_label", "Audio player label ('Available On Air Stations')."),
    T("headline", "Headline ('How Milwaukee County Sheriff's Plan to Aid ICE Might Impact Unauthorized Immigrants')."),
    B("byline", "Byline name ('Marti Mikkelson')."),
    B("photo_caption", "Photo caption ('Milwaukee County courthouse')."),
    C("neutral", "Author: Wisconsin agencies deciding whether to help enforce immigration rules (background)."),
    C("neutral", "Flynn ('has said he’s not interested') against Clarke, who asked to join 287(g): the two positions set side by side (evenly balanced; alternative: supports, Flynn's refusal comes first).",
      sp=[S(FLYNN, "Edward Flynn")],
      opt=[O(CLARKE, "'Sheriff David Clarke is [interested]' and 'asked to participate in the federal 287(g) program': a request and an interest reported, not his words", "David Clarke")],
      amb=True),
    C("neutral", "Author: while Clarke awaits word, WUWM asked where deputies and immigrants would meet (transition)."),
    C("neutral", "Author: ICE approval could take a year; the courthouse would be one place deputies could detain people (description)."),
    C("neutral", "Dimitrijevic ('Marina Dimitrijevic says'): why unauthorized immigrants come to the courthouse and meet the sheriff's security (factual; alternative: supports, it sets up her worry about the 287(g) plan).",
      sp=[S(DIMITRIJEVIC, "Marina Dimitrijevic")], amb=True),
    C("supports", "Dimitrijevic ('Dimitrijevic says', 'she fears'): deputies under 287(g) would eventually detain people at traffic stops (against the sheriff joining ICE).",
      sp=[S(DIMITRIJEVIC, "Dimitrijevic")]),
    C("supports", "Dimitrijevic ('Dimitrijevic says'): residents 'afraid to take their children to school ... to participate in society' (the chilling effect, offered against the 287(g) plan; rule 7).",
      sp=[S(DIMITRIJEVIC, "Dimitrijevic")], amb=True),
]

ANN["d3501_the-christian-century"] = [
    B("section_label", "Section label ('News')."),
    T("headline", "Headline ('Sanctuary churches, cities may face legal consequences')."),
    C("neutral", "A Buffalo congregation consulted lawyers and voted unanimously to join the sanctuary movement (church sanctuary, not local police cooperation; a report)."),
    C("neutral", "Gonzalez ('said Justo Gonzalez II'): 'No one blinked' (about the vote).",
      sp=[S(GONZALEZ, "Justo Gonzalez II")]),
    C("neutral", "Author: the legality of congregations housing undocumented people is unclear."),
    C("neutral", "Gonzalez ('Gonzalez said'): 'we will stand on the side of justice ... welcome our brothers and sisters' (for church sanctuary; says nothing on police cooperation; alternative: supports, a defence of sanctuary).",
      sp=[S(GONZALEZ, "Gonzalez")], amb=True),
    C("neutral", "Participation doubled to 800 congregations 'according to Church World Service' (counts).",
      sp=[S(CWS, "Church World Service")]),
    C("neutral", "Author: the sheltering congregations take the legal risks; 'some religious leaders preaching caution' (transition).",
      un=["some religious leaders"]),
    C("neutral", "Cupich ('told priests', 'reminded priests'): ICE may not enter churches without a warrant, yet only priests may live on church property (a Chicago institution refusing warrantless entry, with a caution; alternative: supports).",
      sp=[S(CUPICH, "Blase Cupich")], amb=True),
    C("neutral", "Pham ('outlined legal points') introduces the legal points churches should weigh (lead-in to a caution list).",
      sp=[S(PHAM, "Bryan Pham")]),
    C("neutral", "Pham's list (continues #9): no legal standing for sanctuary; housing an undocumented immigrant in a church violates federal law (a legal caution about church sanctuary).",
      sp=[S(PHAM)]),
]

ANN["d3502_socialist-action"] = [
    T("headline", "Headline ('No sanctuary for immigrant workers in Chicago and Los Angeles')."),
    B("timestamp_label", "Date and category line ('June 2017 Immigrants')."),
    C("supports", "Garcetti and Emanuel 'proudly declare' they run sanctuary cities; 'They claim' police will not ask status or detain for ICE (the mayors' stated pledge; the author's 'proudly ... claim' sets up the critique; alternative: neutral).",
      sp=[S(GARCETTI, "Eric Garcetti"), S(EMANUEL, "Rahm Emanuel")], amb=True),
    C("supports", "Author: 'These reassurances are phony', made to win votes (a left critique: the promise is hollow, the author wants real protection, not less; alternative: neutral, or opposes as an attack on the sanctuary claim).",
      amb=True),
    C("supports", "Author: police in both cities 'play critical roles in the U.S. deportation machine' and 'partner with ICE' (condemns police-ICE cooperation).",
      ),
    C("supports", "Author: fingerprints booked 'even for minor infractions' are routinely shared with ICE (critical of information sharing; alternative: neutral, a description).",
      amb=True),
    C("neutral", "Author: Sessions 'announced continuation' of the 'war on drugs'; mass incarceration of Black and Latino youth (about drug policy, not local immigration cooperation).",
      opt=[O(SESSIONS, "'announced continuation of Bill Clinton’s famous “war on drugs”': a policy announcement reported, no words given", "Jeff Sessions")]),
]

ANN["d3503_sputnik"] = [
    C("opposes", "Homan ('Homan stated'): through 287(g) the counties will 'identify criminal aliens in their jails and turn them over to ICE' (praises local cooperation with ICE).",
      sp=[S(HOMAN, "Homan")]),
    C("neutral", "Kelly 'authorized' the 287(g) expansion to any willing jurisdiction in February (an action)."),
    C("neutral", "What the program allows local officers to do (description)."),
    C("neutral", "The requirements for participating officers (description)."),
    C("neutral", "'ICE noted' it has 60 active 287(g) agreements, nearly double 2016 (a count).",
      sp=[S(ICE, "ICE")]),
]

ANN["d3504_the-spark"] = [
    B("masthead", "Masthead ('The Spark')."),
    B("masthead", "Masthead line ('the Voice of')."),
    B("masthead", "Masthead line ('The Communist League of Revolutionary Workers–Internationalist')."),
    B("masthead", "Masthead motto ('“The emancipation of the working class ...”')."),
    B("masthead", "Motto attribution ('— Karl Marx')."),
    T("headline", "Headline ('What Is a “Sanctuary City” Worth?')."),
    B("timestamp_label", "Date line ('Aug 20, 2018')."),
    C("neutral", "Author: police raided a Pilsen mini-mart and 'ICE snatched up the uninvolved store clerk', now to be deported (an account; the slant is in the wording; alternative: supports).",
      amb=True),
    C("neutral", "'Chicago politicians spoke out'; 'the mayor said that deporting this woman was wrong' (against one deportation, not about police cooperation; alternative: supports).",
      sp=[S(EMANUEL, "the mayor")], un=["Chicago politicians"], amb=True),
    C("supports", "Author: the CPD 'did not even break' the sanctuary law; ICE works 'with local forces like the CPD' (the law is too weak: condemns police-ICE cooperation; alternative: neutral).",
      amb=True),
    C("supports", "Author: 'what does that mean when the reality is, CPD works with ICE?'; Emanuel and Democrats 'pose as friends' while 'the deportations go on' (a left critique asking for real limits; alternative: neutral).",
      un=["Democrats"], amb=True),
]

ANN["d3505_rep-randy-frese"] = [
    T("headline", "Headline ('Illinois Can’t Afford to be a Sanctuary State')."),
    C("opposes", "Frese's quote (attribution closes the next line): the governor is 'choosing Illegal migrants over Illinois taxpayers' in a record budget (the cost argument under the sanctuary-state headline).",
      sp=[S(FRESE)]),
    C("opposes", "Frese ('– Rep. Randy Frese'), end of the quote: 'sign the petition to end Illinois’ Sanctuary State status' (a rollback).",
      sp=[S(FRESE, "Randy Frese")]),
]

ANN["d3506_toi-news"] = [
    T("headline", "Headline ('Trump administration sues Illinois and Chicago over immigration policies')."),
    B("byline", "Byline and timestamp ('Annapurna Rai | Feb 07, 2025, 22:11 IST')."),
    B("photo_credit", "Image credit ('( Image credit : Agencies )')."),
    T("dek", "Summary line under the image, repeated in substance by #4 (the page's synopsis; alternative: content, opposes, the suit's claim that the policies 'endanger public safety').",
      amb=True),
    C("opposes", "The administration ('has launched a legal battle ..., alleging') says the policies 'obstruct federal immigration enforcement'; the first such suit (the filer's claim; alternative: neutral, a suit reported).",
      sp=[S(TRUMP_ADMIN, "The Trump administration")], amb=True),
    C("opposes", "The suit ('argues', 'According to the suit', filed by the Justice Department, #4): the three governments are 'intentionally impeding' enforcement, 'endangering public safety'; Bondi's directive issued the day before (an action).",
      sp=[S(DOJ)]),
    C("neutral", "Author: the suit is part of the push to accelerate deportations and 'underscores the White House’s commitment to holding ... officials accountable' (the administration's aim described, no speech verb; alternative: opposes).",
      amb=True),
    C("neutral", "Definition of sanctuary jurisdictions; the suit targets the Trust Act, the Welcoming City Ordinance and Cook County's detainer policy, 'claiming' they prevent local officials from assisting (description dominates).",
      sp=[S(DOJ)]),
]

ANN["d3507_the-time-news"] = [
    C("supports", "A PPI report reveals local jails' 'often overlooked' role in the deportation policy, 'raising significant human rights concerns' (critical of local jails' entanglement with ICE).",
      opt=[O(PPI, PPI_REPORT, "Prison Policy Initiative", "PPI")]),
    C("supports", "The study: people held in local jails 'frequently for minor infractions'; the 'deep entanglement of the local jail system with federal immigration enforcement' (critical findings; alternative: neutral, findings reported).",
      amb=True),
    C("supports", "PPI ('PPI emphasizes'): local law enforcement and jails are 'criminalizing immigration' by holding people for ICE (against local holds for ICE).",
      sp=[S(PPI, "PPI")]),
    C("supports", "PPI ('PPI discovered'): jails are 'financially incentivized' to lease beds to ICE and the Marshals; their 'controversial role' (critical; alternative: neutral, a finding).",
      sp=[S(PPI, "PPI")], amb=True),
    C("supports", "'the report details' how Marshals contracts circumvent sanctuary policies, a 'backdoor' in 'areas committed to protecting immigrant rights' (sanctuary limits framed as worth protecting).",
      opt=[O(PPI, PPI_REPORT)]),
]

ANN["d3508_trending-politics"] = [
    B("social_label", "Social-media label ('Connect with us')."),
    B("section_label", "Section label ('Politics')."),
    T("headline", "Headline ('Blue State Lawmakers Defy Feds, Pass Bill ‘Banning’ Immigration Arrests Near Courthouses')."),
    B("timestamp_label", "Date label ('Published'; the date itself is not in the stored text)."),
    B("timestamp_label", "Date label ('on')."),
    C("neutral", "Illinois lawmakers passed a bill that seeks to 'ban' civil ICE arrests near courthouses, 'setting up a legal fight' (an action; the scare quotes are a light lean)."),
    C("neutral", "What the bill does: a 1,000-foot 'safe zone', private lawsuits and damages (description)."),
    C("supports", "Harmon and Villanueva ('framed') call enforcement near courthouses 'an authoritarian overreach' (their stated view; the author's 'enforcement of basic immigration law' mocks it; alternative: opposes, the author's framing).",
      sp=[S(HARMON, "Don Harmon"), S(VILLANUEVA, "Celina Villanueva")], amb=True),
    C("supports", "Villanueva ('Villanueva argued', 'claiming'): 'No one should have to choose between seeking justice and risking their freedom'; courthouses as 'sites of intimidation'.",
      sp=[S(VILLANUEVA, "Villanueva")]),
    C("neutral", "'The lawmaker conceded' legal challenges; 'The courts are stacked against us' ('he said'): a sponsor's view of the bill's court prospects (neither for nor against the limits as such; alternative: supports).",
      opt=[O(VILLANUEVA, "'The lawmaker' follows Villanueva's quote (#8), but the line says 'he said'", "The lawmaker"),
           O(HARMON, "'he said' fits the other named sponsor (#7), the only man of the two; the text does not settle it", "The lawmaker")],
      amb=True),
    C("neutral", "The bill stems from Trump's day-one directive rescinding the 'sensitive locations' protections (background; an action)."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d3500_wuwm.txt", "outlet": "WUWM (wuwm.com, Milwaukee Public Media)", "date": "2017-03-20",
     "title": "How Milwaukee County Sheriff's Plan to Aid ICE Might Impact Unauthorized Immigrants",
     "url": "https://www.wuwm.com/politics-government/2017-03-20/how-milwaukee-county-sheriffs-plan-to-aid-ice-might-impact-unauthorized-immigrants"},
    {"file": "d3501_the-christian-century.txt", "outlet": "The Christian Century (christiancentury.org)", "date": "2017",
     "title": "Sanctuary churches, cities may face legal consequences",
     "url": "https://christiancentury.org/node/32149"},
    {"file": "d3502_socialist-action.txt", "outlet": "Socialist Action (socialistaction.org)", "date": "2017-06-13",
     "title": "No sanctuary for immigrant workers in Chicago and Los Angeles",
     "url": "https://socialistaction.org/2017/06/13/no-sanctuary-for-immigrant-workers-in-chicago-and-los-angeles/"},
    {"file": "d3503_sputnik.txt", "outlet": "Sputnik (sputnikglobe.com)", "date": "2017-07-31",
     "title": "US immigration agency Texas deal (from the URL slug; no headline in the stored text)",
     "url": "https://sputnikglobe.com/20170731/us-immigration-agency-texas-deal-1056057029.html"},
    {"file": "d3504_the-spark.txt", "outlet": "The Spark (the-spark.net, Communist League of Revolutionary Workers)", "date": "2018-08-20",
     "title": "What Is a “Sanctuary City” Worth?",
     "url": "https://the-spark.net/np1063202.html"},
    {"file": "d3505_rep-randy-frese.txt", "outlet": "State Rep. Randy Frese (repfrese.com, legislator's site)", "date": "2024-02-21",
     "title": "Illinois Can’t Afford to be a Sanctuary State",
     "url": "https://repfrese.com/2024/02/21/illinois-cant-afford-to-be-a-sanctuary-state/"},
    {"file": "d3506_toi-news.txt", "outlet": "TOI News (toinews.com, Times of India)", "date": "2025-02-07",
     "title": "Trump administration sues Illinois and Chicago over immigration policies",
     "url": "https://toinews.com/usa-news/trump-administration-sues-illinois-and-chicago-over-immigration-policies/articleshow/118018821.html"},
    {"file": "d3507_the-time-news.txt", "outlet": "The Time News (thetimenews.us)", "date": "2025-08-01",
     "title": "Report reveals local jails' hidden role in Trump's mass deportation machine (from the URL slug; no headline in the stored text)",
     "url": "https://thetimenews.us/2025/08/01/report-reveals-local-jails-hidden-role-in-trumps-mass-deportation-machine"},
    {"file": "d3508_trending-politics.txt", "outlet": "Trending Politics (trendingpoliticsnews.com)", "date": "2025-10",
     "title": "Blue State Lawmakers Defy Feds, Pass Bill ‘Banning’ Immigration Arrests Near Courthouses",
     "url": "https://trendingpoliticsnews.com/blue-state-lawmakers-defy-feds-pass-bill-banning-immigration-arrests-near-courthouses-cmc"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d35")
