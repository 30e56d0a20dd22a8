#!/usr/bin/env python3
"""Dev set, part Z (files d2600-d2610): hand annotations -> fresh-z/gold-fresh-z.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 11 articles from 11 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. Three articles are not about an Illinois place (d2602 San Juan County, Washington; d2603 Tuolumne
County, California; d2605 a national column whose cut excerpt names only New York); d2600 is about SIU
Carbondale. The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions)
and STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-Y (models: build_gold_s.py and
build_gold_y.py): canonical names from canonical.py where they apply (JB Pritzker, Brandon Johnson,
Tom Homan, Donald Trump, Dick Durbin, U.S. Department of Homeland Security, U.S. Immigration and
Customs Enforcement), otherwise the fullest form the article gives, titles dropped ("Councilman Bill
Watson" -> Bill Watson, "San Juan County Auditor F. Milene Henley" -> F. Milene Henley; "Governor J.D.
Pritzker", the page's slip, -> JB Pritzker with the alias "Pritzker"). Unnamed officials of a named
body map to the body ("DHS officials" -> U.S. Department of Homeland Security, d2610 #4). A person
speaking for an organisation is the person only; an organisation speaking as itself is a speaker (the
White House "has confirmed", d2608 #4; ICE "has clearly indicated", d2610 #6; the city's Office of
Immigrant, Migrant, and Refugee Rights through its press release, d2607 #5). A quote continuing an
attribution keeps the speaker with an empty alias list (Pritzker's CBS quote after "responded
forcefully in an interview with CBS on Sunday:", d2608 #8). The SIU student petition (d2600) names its
authors only inside its own quoted words ("we, the Diversity and Inclusivity Policy Committee of the
Graduate and Professional Student Council, the Diversity and Equity Affairs Committee of the
Undergraduate Student Government"): the two student governments are optional speakers of the petition's
lines (a document whose signers are named only within it; the students "demanding" in #0 are an unnamed
group). "Mayor Johnson and Governor Pritzker are speaking out forcefully" (d2609 #0) gives no words or
position: both optional. Signing orders, expanding or banning by ordinance, blocking a referendum,
launching a website, requesting a base and writing a resolution are actions; executive orders,
ordinances, resolutions and reports are documents. WFLD (d2604) and CBS (d2608) only pass words along:
cited outlets. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_z.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, DHS, DURBIN, HOMAN, ICE, PRITZKER, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("fresh-z", "gold-fresh-z.jsonl")


GPSC = "Graduate and Professional Student Council"
USG = "Undergraduate Student Government"
WATSON = "Bill Watson"
HENLEY = "F. Milene Henley"
OIMRR = "Office of Immigrant, Migrant, and Refugee Rights"
WHITE_HOUSE = "White House"

PETITION = ("the petition's words; its authors (committees of SIU's graduate and undergraduate student "
            "governments) are named only inside the petition's own quoted text, and a petition is a document")
NO_WORDS = "'are speaking out forcefully' names them but gives no words or stated position"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d2600_campus-reform"] = [
    C("supports", "Students at SIU Carbondale 'are demanding' that the school become a sanctuary for undocumented students and “their families” (the demand reported; alternative: neutral, a report with slanted wording: 'illegal immigrant students').",
      un=["Students at Southern Illinois University, Carbondale"], amb=True),
    C("neutral", "The petition was written after the election and 'endorsed and created by' SIU's student governments (actions, reported)."),
    C("supports", "Pull-quote of the petition: '[Make] our campus a formal sanctuary for undocumented immigrants' (the petition's demand; no attribution in the line).",
      opt=[O(GPSC, PETITION), O(USG, PETITION)]),
    C("supports", "The petition ('the petition begins'): asks the administration to make the campus 'a formal sanctuary for undocumented immigrants, their families'.",
      opt=[O(GPSC, PETITION, "Graduate and Professional Student Council"), O(USG, PETITION, "Undergraduate Student Government")]),
    C("neutral", "Author: other student groups sought sanctuary under DACA; the SIUC calls for family protection 'appear to be unprecedented' (context; alternative: opposes, framing the demand as extreme).",
      amb=True),
    C("neutral", "Campus Reform contacted both governing bodies; 'neither had responded in time for publication' (did not respond)."),
]

ANN["d2601_prairie-pundit"] = [
    T("headline", "Post headline ('Liberal embrace of a bad idea could be costly')."),
    T("dek", "Second title line ('Sanctuary Cities Are Beginning To Whine About Losing Federal Money'), probably the headline of the piece the post quotes.",
      amb=True),
    C("opposes", "Author (or the quoted piece): if the administration holds firm, the sanctuary city movement will 'fail' and be 'revealed for what it was all along: cheap grace'."),
    C("opposes", "Author: 'no evidence that these policies help police'; Chicago 'more crime infested than ever'; send the withheld funds to the border fence."),
]

ANN["d2602_san-juan-journal"] = [
    B("photo_caption", "Photo credit and caption ('Staff photo/Hayley Day San Juan County Council answered questions ...')."),
    T("headline", "Headline ('County ‘sanctuary’ status could affect federal funding')."),
    C("neutral", "The January executive order: places that do not follow Homeland Security's orders could lose funds; ICE's weekly reports (the order is a document; facts)."),
    C("neutral", "Watson ('said Councilman Bill Watson'): 'We have not explicitly defined ourselves as a sanctuary community, however, we are on Homeland Security’s sanctuary community list' (a statement of status).",
      sp=[S(WATSON, "Bill Watson")]),
    C("neutral", "The reports list San Juan County as following sanctuary policies; what a sanctuary jurisdiction is (definition)."),
    C("neutral", "County deputies do not honour ICE holds past release dates 'unless warrants are issued' (the policy described)."),
    C("neutral", "No official determination, but the policy 'could still strip them of federal grants' (the risk, stated plainly)."),
    C("neutral", "Henley ('According to San Juan County Auditor F. Milene Henley'): grants were the county's second largest revenue source (a fact).",
      sp=[S(HENLEY, "F. Milene Henley")]),
    C("neutral", "Henley ('said Henley'): grant funding is 'erratic ... and in the current political environment, uncertain' (worry about funding, not a view on the policy; alternative: supports, criticising the federal threat).",
      sp=[S(HENLEY, "Henley")], amb=True),
]

ANN["d2603_my-mother-lode"] = [
    T("headline", "Headline ('Tuolumne County Supervisors To Jump Into “Sanctuary State” Immigration Debate')."),
    C("neutral", "The supervisors 'will vote on a proposal that sides with the feds' in the state-federal legal battle (a scheduled vote, reported)."),
    C("neutral", "The proposed resolution (requested by two supervisors) says the county is not a 'sanctuary' jurisdiction and asks for cost reimbursement; SB 54 and Sessions's lawsuit (documents and actions, described; alternative: opposes, the resolution's position reported).",
      amb=True),
    C("neutral", "Budget direction and the projected deficit (another agenda item; not about immigration)."),
    C("neutral", "Other agenda items and the meeting time (not about immigration)."),
]

ANN["d2604_truth-and-liberty"] = [
    T("headline", "Headline ('Greg Abbott Defeats Democrat Governors')."),
    B("photo_credit", "Photo credit ('Gage Skidmore from Peoria, AZ, ... via Wikimedia Commons')."),
    C("neutral", "Democrats in several cities disagree over how to deal with migrants Abbott buses to sanctuary cities (description; the line opens with a stray '( –')."),
    C("neutral", "Abbott's program targets 'sanctuary cities' that have protected undocumented immigrants from deportation; border encounter figures (facts)."),
    C("neutral", "Democratic leaders 'particularly critical' and 'divided'; some have changed their stance on immigration and challenged Biden (about migrants and the border, not local cooperation; alternative: opposes, sanctuary cities in retreat).",
      un=["Democratic leaders", "Some Democratic officials"], amb=True),
    C("neutral", "Johnson 'had blocked' an advisory referendum on keeping Chicago a sanctuary city; Beale brought the proposal (actions, reported)."),
    C("neutral", "'WFLD ... pointed out' that Johnson's lack of support sank the proposal; what the ballot would have asked (reported).",
      out=["WFLD"]),
    B("copyright", "Copyright line ('Copyright 2023,')."),
]

ANN["d2605_chronicles"] = [
    C("neutral", "Author's preamble: lies are eventually 'conquered by truth' (Titanic, Third Reich, Biden 'sharp as a tack'); nothing yet on sanctuary policy (alternative: opposes, it sets up sanctuary cities as the next deception).",
      amb=True),
    C("opposes", "Author: sanctuary cities 'sound great to those who filter life through their emotions'; impractical 'to defy federal authority'; supporters feel 'superior'."),
    C("opposes", "Author: judge sanctuary cities 'by reality'; cities 'brought to their knees by overcrowding, crime, and the astronomical costs'."),
    C("opposes", "Author: New York's hotel contracts for migrants while 'native born homeless sleep on sidewalks' (the cost argument; alternative: neutral, migrant shelter spending rather than police cooperation).",
      amb=True),
]

ANN["d2606_truth-update"] = [
    B("photo_caption", "Photo caption with credit ('CHICAGO, ILLINOIS – OCTOBER 06: ... (Photo by Scott Olson/Getty Images)')."),
    C("opposes", "Author: Johnson and Pritzker have 'prioritized undocumented immigrants over American citizens'; Chicago entrenched as a sanctuary city 'defying federal immigration enforcement'."),
    C("neutral", "History: Washington's 1985 order and the Welcoming City Ordinance under 'Rahm Emmanuel' (actions and documents described; alternative: opposes, 'continue to shield undocumented residents').",
      amb=True),
    C("opposes", "Author: Lightfoot's 2021 restrictions 'effectively neutralized local law enforcement’s ability to address criminal activity'."),
]

ANN["d2607_usa-first-reporting"] = [
    B("pagination", "Pagination label ('>> Continued From the Previous Page <<')."),
    C("opposes", "Author: Johnson and Pritzker 'prioritizing protections for illegal aliens over law-abiding residents'; 'those days are over'."),
    C("neutral", "Trump's post ('saying he loves “the smell of deportations in the morning.”') over the Chicago skyline (about deportations, not local cooperation; alternative: opposes, part of the crackdown on sanctuary Chicago).",
      sp=[S(TRUMP, "Trump")], amb=True),
    C("opposes", "Homan ('Homan made it clear', 'he said'): a crackdown on sanctuary cities, 'the problem areas'; the Guard a 'force multiplier' if local authorities keep 'obstructing'.",
      sp=[S(HOMAN, "Homan")]),
    C("opposes", "Author: 'desperate damage control'; Johnson and Pritzker 'racing to protect the illegal aliens their administration has long shielded'."),
    C("opposes", "The Office's new website; its press release ('access to services and guidance'); author: 'Translation: helping people evade federal law' (the author's framing dominates; alternative: supports, the office's own words).",
      sp=[S(OIMRR, "Office of Immigrant, Migrant, and Refugee Rights")], amb=True),
    C("opposes", "Pritzker ('he wrote'): 'Know your rights, Illinois'; author: the focus is on illegal aliens while citizens' safety is 'unaddressed' (the author's final point; alternative: supports, Pritzker's message).",
      sp=[S(PRITZKER, "Pritzker")], amb=True),
]

ANN["d2608_atlas-news"] = [
    B("sponsor_label", "Newsletter label ('In partnership with')."),
    C("supports", "Pritzker 'is rallying support against' the crackdown, 'calling the move an “invasion”' threatening 'local sovereignty, and immigrant rights' (resisting federal pressure on a sanctuary city; alternative: neutral, about troops and raids).",
      sp=[S(PRITZKER, "JB Pritzker")], amb=True),
    C("neutral", "Trump signals plans to target sanctuary cities; Chicago 'ground zero' of the immigration battle (framing of the stakes)."),
    T("subhead", "Subhead ('Trump’s Federal Takeover Targets Sanctuary Cities')."),
    C("neutral", "'The White House has confirmed' Chicago is next in the crackdown on sanctuary cities; agencies readied 'despite resistance' (a plan reported; alternative: opposes, the White House's crackdown on sanctuary cities).",
      sp=[S(WHITE_HOUSE, "White House")], amb=True),
    C("neutral", "The administration's request to use Naval Station Great Lakes, 'particularly controversial', shows Trump's 'determination to expand federal power' in cities that refuse ICE (alternative: supports, a light criticism of federal pressure).",
      amb=True),
    T("subhead", "Subhead ('Pritzker: “Troops on the Streets Don’t Belong Here”')."),
    C("supports", "Lead-in: 'Governor Pritzker responded forcefully in an interview with CBS on Sunday:' (takes the stance of the quote it announces; alternative: neutral).",
      sp=[S(PRITZKER, "Pritzker")], out=["CBS"], amb=True),
    C("supports", "Pritzker (continues #7): troops 'don’t belong'; 'I’m going to do everything I can to stop him from taking away people’s rights' (resisting federal pressure; alternative: neutral, about troops, not police cooperation).",
      sp=[S(PRITZKER)], amb=True),
    C("supports", "Pritzker ('Pritzker said', 'he accused'): no communication from the administration; federal officials 'secretly plotting' deployments (alternative: neutral, about coordination).",
      sp=[S(PRITZKER, "Pritzker")], amb=True),
    C("supports", "Pritzker ('Pritzker warned'): 'It’s disruptive and dangerous'; tension 'when we’re left in the dark' (alternative: neutral).",
      sp=[S(PRITZKER, "Pritzker")], amb=True),
    T("subhead", "Subhead ('Trump Escalates Attacks on Illinois Governor')."),
]

ANN["d2609_the-daily-sports"] = [
    C("supports", "Teaser: Chicago's leaders 'drawing a line in the sand against federal intervention', 'firm declarations of defiance' (alternative: neutral, a teaser that asks what the standoff means).",
      opt=[O(BJOHNSON, NO_WORDS, "Johnson"), O(PRITZKER, NO_WORDS, "Pritzker")], amb=True),
    C("supports", "Johnson and Pritzker 'vehemently oppose' the ICE deployment; author: the city's 'steadfast commitment to its sanctuary city policy' protects immigrants from 'an unconstitutional federal occupation'.",
      sp=[S(BJOHNSON, "Brandon Johnson"), S(PRITZKER, "JB Pritzker")]),
    C("supports", "Johnson ('asserting', 'vowing'): a troop deployment 'unconstitutional' and 'illegal'; he vows 'to uphold the city’s sanctuary status against any federal pressure'.",
      sp=[S(BJOHNSON, "Johnson")]),
]

ANN["d2610_aymany"] = [
    T("headline", "Headline ('Midway Blitz: ICE Raids in Illinois Spark Debate and Community Action')."),
    T("dek", "Second title line ('Operation Midway Blitz: Understanding Increased ICE Enforcement and Community Responses in Illinois')."),
    C("neutral", "DHS launched Operation Midway Blitz, named for Katie Abraham; it 'reignited critical debates over sanctuary policies' (description)."),
    T("subhead", "Subhead ('Understanding the Scope of Operation Midway Blitz: Targeting in Chicago')."),
    C("opposes", "DHS officials ('have characterized', 'openly criticized ... asserting'): Chicago's sanctuary policies 'impede the deportation of dangerous criminals and compromise public safety'.",
      sp=[S(DHS, "DHS officials")]),
    T("subhead", "Subhead ('Political Divisions: Sanctuary City Policies and Federal Immigration Enforcement')."),
    C("neutral", "ICE 'has clearly indicated' it will persist; lead-in: 'prominent Illinois leaders have voiced strong opposition:' (balanced; alternative: supports, the lead-in to the leaders' objections).",
      sp=[S(ICE, "ICE")], un=["prominent Illinois leaders"], amb=True),
    C("supports", "Durbin ('openly dismissed', 'labeling it'): the operation a 'waste of money' (rejects the crackdown DHS justified by the sanctuary policies; alternative: neutral, about raids, not police cooperation).",
      sp=[S(DURBIN, "Dick Durbin")], amb=True),
    C("supports", "Pritzker ('pledged'): to challenge any troop deployment linked to the operation (alternative: neutral, about troops).",
      sp=[S(PRITZKER, "J.B. Pritzker")], amb=True),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d2600_campus-reform.txt", "outlet": "Campus Reform (campusreform.org)", "date": "2017-01-04",
     "title": "SIU Carbondale students demand sanctuary for undocumented students and their families (no headline in the stored text or the URL; descriptive)",
     "url": "http://www.campusreform.org/?ID=8599"},
    {"file": "d2601_prairie-pundit.txt", "outlet": "Prairie Pundit (prairiepundit.blogspot.com, blog)", "date": "2017-02",
     "title": "Liberal embrace of a bad idea could be costly",
     "url": "http://prairiepundit.blogspot.com/2017/02/liberal-embrace-of-bad-idea-could-be.html"},
    {"file": "d2602_san-juan-journal.txt", "outlet": "San Juan Journal (sanjuanjournal.com)", "date": "2017",
     "title": "County ‘sanctuary’ status could affect federal funding",
     "url": "https://www.sanjuanjournal.com/news/county-sanctuary-status-could-affect-federal-funding/"},
    {"file": "d2603_my-mother-lode.txt", "outlet": "MyMotherLode.com (mymotherlode.com)", "date": "2018",
     "title": "Tuolumne County Supervisors To Jump Into “Sanctuary State” Immigration Debate",
     "url": "https://www.mymotherlode.com/news/local/362504/tuolumne-county-supervisors-to-jump-into-sanctuary-state-immigration-debate.html"},
    {"file": "d2604_truth-and-liberty.txt", "outlet": "Truth and Liberty (truthandliberty.com)", "date": "2023-12",
     "title": "Greg Abbott Defeats Democrat Governors",
     "url": "https://truthandliberty.com/greg-abbott-defeats-democrat-governors/"},
    {"file": "d2605_chronicles.txt", "outlet": "Chronicles (chroniclesmagazine.org)", "date": "2024",
     "title": "Sanctuary cities' death rattle grows louder (from the URL slug; no headline in the stored text)",
     "url": "https://chroniclesmagazine.org/web/sanctuary-cities-death-rattle-grows-louder"},
    {"file": "d2606_truth-update.txt", "outlet": "Truth Update (truthupdate.us)", "date": "2025-10",
     "title": "How Chicago's leaders entrenched the city as a sanctuary city (no headline in the stored text or the URL; descriptive)",
     "url": "https://www.truthupdate.us/?p=766"},
    {"file": "d2607_usa-first-reporting.txt", "outlet": "USA First Reporting (usafirstreporting.com)", "date": "2025-09",
     "title": "Chicago Dems in chaos after Homan disclosure (from the URL slug; the stored text is the article's second page)",
     "url": "https://usafirstreporting.com/chicago-dems-in-chaos-after-homan-disclosure-2"},
    {"file": "d2608_atlas-news.txt", "outlet": "Atlas News (atlasnews.news, newsletter)", "date": "2025",
     "title": "JB Pritzker vows to resist Trump's federal immigration crackdown in Chicago: sanctuary city showdown (from the URL slug; no headline in the stored text)",
     "url": "https://atlasnews.news/p/jb-pritzker-vows-to-resist-trump-s-federal-immigration-crackdown-in-chicago-sanctuary-city-showdown"},
    {"file": "d2609_the-daily-sports.txt", "outlet": "The Daily Sports (thedailysports.site)", "date": "2025",
     "title": "Chicago leaders vow to resist a federal ICE deployment (no headline in the stored text or the URL; descriptive)",
     "url": "https://thedailysports.site/?p=14826"},
    {"file": "d2610_aymany.txt", "outlet": "Aymany (en.aymany.com)", "date": "2025-09",
     "title": "Midway Blitz: ICE Raids in Illinois Spark Debate and Community Action",
     "url": "https://en.aymany.com/2025/09/midway-blitz-ice-raids-in-illinois.html"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d26")
