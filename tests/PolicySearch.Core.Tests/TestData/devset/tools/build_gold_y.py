#!/usr/bin/env python3
"""Dev set, part Y (files d2500-d2511): hand annotations -> fresh-y/gold-fresh-y.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 12 articles from 12 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy (d2504 has an AP photo credit under its caption, boilerplate rows only). Two articles are not about
Illinois (d2501 Lake County, Indiana; d2504 Atlanta); d2503 is an Illinois op-ed in a Virginia paper.
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-W (models: build_gold_s.py and
build_gold_w.py): canonical names from canonical.py where they apply (JB Pritzker), otherwise the
fullest form the article gives, titles dropped ("Indiana Attorney General Todd Rokita" -> Todd Rokita,
"State Sen. Terri Bryant" -> Terri Bryant, "City Councilman Kwanza Hall" -> Kwanza Hall, "Village
President Doug Pollock" -> Doug Pollock, "Governor Pritzer" -> JB Pritzker with the alias "Pritzer", the
page's own misspelling). "Manuel" (d2500) is the only form the article gives. A person speaking for an
organisation is the person only (Doug Pollock, not the Village of Riverside); an organisation speaking as
itself is a speaker (the Village of Skokie "has announced" and "states information", d2502 #7 and #9;
the ACLU's state chapter "explained", d2505 #4); a quote continuing an attribution keeps the speaker
with an empty alias list (Pritzker after "is quoted as saying the following:", d2510 #3). d2509 is the
Village of River Forest's own statement on its news page: the village is an optional speaker of its
lines (the publisher's own voice rather than attributed speech; the d1902 Irvin precedent). Pritzker's
vow inside a quoted New York Post headline (d2503 #3) is optional. Approving ordinances and
resolutions, sending letters, suing, directing employees and resigning are actions; the resolutions,
ordinances and codes are documents. WBEZ (d2508), Ultimas Noticias (d2508) and the New York Post
(d2503) only pass words along: cited outlets. "[news outlet]" (d2511) is a placeholder left in the
page, not an outlet. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_y.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import PRITZKER

ARTICLES, MANIFEST, GOLD = part_files("fresh-y", "gold-fresh-y.jsonl")


MANUEL = "Manuel"
ROKITA = "Todd Rokita"
SKOKIE = "Village of Skokie"
KHALL = "Kwanza Hall"
REED = "Kasim Reed"
BRYANT = "Terri Bryant"
ACLU_IL = "ACLU of Illinois"
NAPOLITANO = "Anthony Napolitano"
POLLOCK = "Doug Pollock"
SUAREZ = "Sergio Suarez"
MACIAS = "Jesse Macias"
RIVER_FOREST = "Village of River Forest"

VILLAGE_VOICE = ("the statement is the village's own text on its news page ('The Village is aware', 'our police'); "
                 "the line is the publisher's voice, not attributed speech")
POST_HEADLINE = ("Pritzker's vow ('Pritzker vows to ‘stand in [the] way’ ...') is reported only inside the quoted "
                 "headline of a cited New York Post article")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d2500_public-i"] = [
    T("headline", "Headline ('Local Sheriff Cooperating with ICE')."),
    B("share_widget", "Share-count widget text ('0 Flares Filament.io 0 Flares ×')."),
    C("neutral", "Narrative: Manuel, 'uneasy' about ICE, has his monitor removed by a sheriff's deputy at the county jail (scene-setting; no view on local cooperation stated)."),
    C("neutral", "Narrative: two men arrest Manuel after he leaves the jail; 'According to Manuel, they did not have a warrant' (an ICE arrest, not local cooperation; alternative: supports, the story's framing against the sheriff's help to ICE).",
      sp=[S(MANUEL, "Manuel")], amb=True),
    C("neutral", "His wife's protest in Spanish ('Why are you doing this? ... Who is going to take care of us?'): the family's distress at the arrest (about the arrest, not local cooperation).",
      un=["His wife"]),
    C("neutral", "Background: Manuel's roofing work and his coming from Guatemala (no view on the policy)."),
]

ANN["d2501_region-news-source"] = [
    T("headline", "Headline ('Lake County Sheriff’s Department Cooperating With ICE After Letters From Rokita')."),
    C("opposes", "Rokita ('has concluded') that the sheriff's department 'reversed course' and now cooperates with ICE 'as required by state law' (the state's anti-sanctuary position restated; alternative: neutral, a report of the finding).",
      sp=[S(ROKITA, "Todd Rokita")], amb=True),
    C("opposes", "Rokita's letters 'warning that a lawsuit would ensue' if the department kept 'defying state law by limiting its officers’ cooperation with ICE'.",
      sp=[S(ROKITA, "Rokita")]),
    C("opposes", "Rokita ('Attorney General Rokita said'): honoring detainers means 'criminal aliens will be deported'; 'Eliminating another sanctuary jurisdiction ... is a major win for the rule of law'.",
      sp=[S(ROKITA, "Rokita")]),
    C("neutral", "Indiana's law letting the attorney general sue units that break its ban on sanctuary jurisdictions, 'entities that deliberately ... obstruct the enforcement' (what a law provides; alternative: opposes, the release's framing of sanctuary jurisdictions).",
      amb=True),
    C("opposes", "Rokita sued two sheriff's departments over their 'persistent practice of refusing to cooperate'; 'He says he will continue to evaluate' local units and act (a vow to enforce the ban).",
      sp=[S(ROKITA, "Rokita")]),
]

ANN["d2502_north-cook-news"] = [
    B("site_chrome", "Tracker label left in the page text ('Quantcast')."),
    B("site_name", "Site name ('North Cook News')."),
    B("timestamp_label", "Date line ('Thursday, November 13, 2025')."),
    T("headline", "Headline ('Skokie updates policies restricting use of village property for immigration enforcement')."),
    B("image_filename", "Image file name ('Webp qd4wlpp0crii3j2lrvjkuxdv8d4s')."),
    B("photo_credit", "Photo caption and credit ('Skokie | wikipedia.org')."),
    B("photo_credit", "The same caption and credit repeated.", dup=5),
    C("supports", "The Village of Skokie 'has announced new measures to protect the rights of all residents'; its board restricted use of village property for immigration enforcement without a criminal warrant.",
      sp=[S(SKOKIE, "Village of Skokie")]),
    C("neutral", "The code changes build on earlier steps: a staff protocol to report federal immigration activity, a rights flyer, a webpage in 100 languages (village actions described; alternative: supports, the village's protective programme).",
      amb=True),
    C("neutral", "'All individuals—regardless of immigration status—have legal rights,' states information provided by the Village; resources, ICIRR's hotline and a county number (rights resources, nothing on local cooperation; alternative: supports).",
      sp=[S(SKOKIE, "the Village")], amb=True),
]

ANN["d2503_roanoke-star"] = [
    C("opposes", "Author: Pritzker 'arrogantly' defies Washington 'by having made Illinois a sanctuary state for illegal aliens', as if to 'nullify federal law'."),
    C("opposes", "Author: only Congress may regulate immigration, and that 'does not include the chronic corrupt state of Illinois' (a legal case against the state's policy)."),
    C("opposes", "Author: Pritzker 'needs to wise up', or Bondi and 'Border Czar Tom Holman' will 'convict him and send him to federal prison' (prosecution urged over the sanctuary stance)."),
    C("opposes", "Author dismisses the New York Post headline on Pritzker's vow to 'stand in [the] way' of deportation policies and protect 'law-abiding' illegal migrants: there are none, 'an obnoxious oxymoron'.",
      opt=[O(PRITZKER, POST_HEADLINE, "Pritzker")], out=["New York Post"]),
    C("opposes", "Author: illegal migrants are by definition not 'law-abiding', having committed 'a federal felony' (continues the case against protecting them; alternative: neutral, about illegal entry in general).",
      amb=True),
]

ANN["d2504_wabe"] = [
    T("headline", "Headline ('Atlanta City Council, In Resolution, Calls For Limited Cooperation With ICE')."),
    B("photo_caption", "Photo caption of a DACA demonstration, cut off at '… Continued'."),
    B("photo_credit", "Photo credit ('Pablo Martinez Monsivais / Associated Press')."),
    C("neutral", "The council 'passed a resolution ... calling for the city police department to limit cooperation' with immigration officials (a vote, reported)."),
    B("social_prompt", "Social-media prompt ('Like us on Facebook')."),
    C("neutral", "The 9-1 vote came in response to the end of DACA (background)."),
    C("supports", "Hall ('City Councilman Kwanza Hall said'): the resolution shows 'the city is a welcoming place for immigrants', though it lacks the full force of law.",
      sp=[S(KHALL, "Kwanza Hall")]),
    C("supports", "Hall ('Hall said'): it 'reaffirms' existing practice; 'Why on earth would we not ... express that Atlanta stands with people who are being pushed to the margins'.",
      sp=[S(KHALL, "Hall")]),
    C("neutral", "What the resolution calls for: no arrest or detention based solely on ICE detainers or administrative warrants (description)."),
    C("neutral", "The police department 'deferred requests for comment to the mayor’s office' (did not comment)."),
    C("neutral", "Reed ('Mayor Kasim Reed said') that ending DACA was 'morally bankrupt' (about DACA, not local cooperation; alternative: supports, the lead-in to his police-policy quote).",
      sp=[S(REED, "Kasim Reed")], amb=True),
    C("supports", "Reed ('Reed said'): 'our police department is going to be used to protect the people of Atlanta, not to intimidate people'.",
      sp=[S(REED, "Reed")]),
]

ANN["d2505_prison-legal-news"] = [
    T("headline", "Headline ('Illinois Lawmaker Asks State Prison Guards to Report Immigrant Prisoners Nearing Release—to Her')."),
    C("neutral", "The Department of Corrections directed staff to follow the TRUST Act: notice to ICE of a release only with an arrest warrant (a directive and the law, described)."),
    C("opposes", "Bryant 'took to X' urging DOC staff who 'want[] ICE to know of an illegal immigrant' to 'call or message me' (her call dominates; the author's 'not good enough' is a light counter-lean).",
      sp=[S(BRYANT, "Terri Bryant")]),
    C("opposes", "Bryant ('promised Bryant'): 'I will notify ICE. I will also, refile the REPEAL of the Trust Act.'",
      sp=[S(BRYANT, "Bryant")]),
    C("supports", "The ACLU's state chapter ('As explained by'): the Act's goal is 'to foster confidence between law enforcement agencies and the state’s immigrant communities'; author: confidence 'undermined' for a client held after a traffic stop.",
      sp=[S(ACLU_IL, "the state chapter of the American Civil Liberties Union")]),
    C("neutral", "Tlapa Castillo held on a detainer, 'not a court-ordered warrant'; the ACLU's suit; the sheriffs' suit to void the Act lost in 2021 (suits filed and decided are facts; alternative: supports, the account of a violation of the Act).",
      amb=True),
]

ANN["d2506_nadig-newspapers"] = [
    B("byline", "Byline ('by BRIAN NADIG')."),
    C("neutral", "The referendum resolution on keeping Chicago's sanctuary status 'remained clouded' after the Nov. 2 special meeting (status report)."),
    C("neutral", "The meeting 'ended in chaos' when a roll call fell one short of a quorum (procedure)."),
    C("neutral", "Napolitano ('Alderman Anthony Napolitano (41st) said'): 'Every procedure they pull down there today was completely illegal' (about procedure; alternative: opposes, a backer of the referendum attacking its blockers).",
      sp=[S(NAPOLITANO, "Anthony Napolitano")], amb=True),
    C("neutral", "Accusations that Ramirez-Rosa tried to block Mitts and threatened members' projects (unattributed accusations and reports; procedure, not the policy)."),
    C("neutral", "Ramirez-Rosa resigned his posts; a censure vote fell one short (actions)."),
    C("opposes", "Supporters of the resolution want a full-council vote; Napolitano ('Napolitano says') accuses Johnson's allies of blocking it (the push for a vote on ending sanctuary status; alternative: neutral, about procedure).",
      sp=[S(NAPOLITANO, "Napolitano")], un=["Supporters of the sanctuary city resolution"], amb=True),
]

ANN["d2507_riverside-brookfield-landmark"] = [
    B("photo_caption", "Photo caption and credit ('Masked ICE agents ... Credit: Todd Bannor')."),
    C("neutral", "Village officials urge residents to call 911, but 'under state law, local police are prohibited from interfering with or participating in immigration enforcement' (what the law provides).",
      un=["village officials"]),
    C("neutral", "Riverside officials addressed concerns over ICE activity on Nov. 6 (an event, reported)."),
    C("neutral", "Author: the detentions 'often occur with no warrants', target Latinos, and include citizens (criticism of federal raids, not of local cooperation; alternative: supports).",
      amb=True),
    C("supports", "Pollock ('said Village President Doug Pollock'): ICE activity 'is of great concern'; the village and its police 'remain fully committed to ensuring the safety ... of everyone' (reassurance of all residents; alternative: neutral, no promise about ICE).",
      sp=[S(POLLOCK, "Doug Pollock")], amb=True),
    C("neutral", "The village website's page on immigration enforcement and rights (description)."),
    C("neutral", "Pollock ('Pollock said'): most questions are about how to respond to activity that may be immigration enforcement (no view on the policy).",
      sp=[S(POLLOCK, "Pollock")]),
]

ANN["d2508_michael-romain"] = [
    T("headline", "Headline ('Taking Cue from State, Melrose Park Passes Trust Code')."),
    B("byline", "Date, byline and handle ('Friday, August 25, 2017 || By Michael Romain || @maywoodnews')."),
    B("photo_caption", "Photo caption ('Feature photo: Proponents of a Melrose Park welcoming ordinance ...')."),
    C("neutral", "The council unanimously approved the Trust Code, mirroring SB 31, which Rauner is expected to sign (a vote, reported)."),
    C("neutral", "Author: the Trust Act 'protects immigrants from being detained by local law enforcement agencies based on pressure from the federal government' (what the Act does; alternative: supports, 'protects' and 'pressure' lean favourable).",
      amb=True),
    C("neutral", "WBEZ's Morning Shift ('explains') how a detainer works: a request to hold someone 48 hours (explanation).",
      out=["WBEZ"]),
    C("neutral", "WBEZ ('explains'): under the Act officials will not honor those requests, but may with a judge's criminal warrant (explanation).",
      out=["WBEZ"]),
    C("neutral", "The Act 'heralded by immigration proponents', while the Trust Code 'exacerbated tensions among local pro-immigrant groups' (both sides of a local dispute, reported).",
      un=["immigration proponents"]),
    C("supports", "Suarez 'lauded the new ordinance' in an Ultimas Noticias article.",
      sp=[S(SUAREZ, "Sergio Suarez")], out=["Ultimas Noticias"]),
    C("supports", "Suarez ('Suarez said'): 'We are very happy about the new ordinance ... they are reasonable, necessary and correct'.",
      sp=[S(SUAREZ, "Suarez")]),
    C("supports", "Three other business people 'also praised the ordinance', among them Jesse Macias.",
      sp=[S(MACIAS, "Jesse Macias")], un=["at least three other business-people"]),
]

ANN["d2509_village-of-river-forest"] = [
    C("neutral", "Statement voice: the village is aware of ICE activity; the agencies gave it no notice (facts).",
      opt=[O(RIVER_FOREST, VILLAGE_VOICE, "The Village")]),
    C("supports", "Statement voice: the TRUST Act 'prevents River Forest Police from participating in, or assisting with' immigration enforcement; officers trained in it and the Welcoming Resolution (a commitment not to cooperate).",
      opt=[O(RIVER_FOREST, VILLAGE_VOICE, "Village")]),
    C("supports", "Statement voice: officers responding to 911 'will not be accompanied by ICE', will not ask about status, will not detain on status alone.",
      opt=[O(RIVER_FOREST, VILLAGE_VOICE)]),
    C("neutral", "Statement voice: federal law bars police from interfering with federal agents; ICIRR's hotline and other resources (alternative: supports, the village's help to residents).",
      opt=[O(RIVER_FOREST, VILLAGE_VOICE, "the Village")], amb=True),
]

ANN["d2510_world-events-and-the-bible"] = [
    T("headline", "Forum post title ('Immigration and Sanctuary Cities')."),
    B("salutation", "The post's salutation ('Hello Everyone,'), no content."),
    C("neutral", "Author: Illinois spent 'a whopping $328 million'; Pritzker ('Governor Pritzer') and other governors 'are calling on the feds to help'; lead-in to his quote (alternative: opposes, the cost framing the post turns against sanctuary status).",
      sp=[S(PRITZKER, "Pritzer")], amb=True),
    C("neutral", "Pritzker's quoted words (continuing 'is quoted as saying the following'): the El Paso mayor should spread migrants to 'Idaho, Wyoming' (about busing, not local cooperation).",
      sp=[S(PRITZKER)]),
    C("opposes", "Author: Idaho and Wyoming 'are not sanctuary states' (sanctuary status as the magnet for migrants)."),
    C("opposes", "Author: Democratic governors should learn 'All actions have consequences ... A man reaps what he sows' (continues the argument; alternative: neutral, a proverb).",
      amb=True),
    C("opposes", "Author: 'You want open borders. You’ve got it ... burden the taxpayers' (the cost of the sanctuary choice; alternative: neutral, about border policy).",
      amb=True),
    C("opposes", "Author: 'thanks to its sanctuary status, Illinois citizens are paying to house illegal immigrants at an astronomical cost'."),
]

ANN["d2511_qloolp"] = [
    T("page_title", "Page title carrying a DHS release title ('ICE Launches Operation Midway Blitz ... - Homeland Security (.gov)')."),
    T("headline", "Headline ('Sanctuary City Under Fire: Investigating Chicago's Decision to Prioritize Illicit Immigration over Public Safety')."),
    C("opposes", "Critics ('Critics argue') say the policies put citizens at risk 'by allowing convicted felons ... to be released onto the streets'.",
      un=["Critics"]),
    T("subhead", "Subhead ('What are Sanctuary Policies?')."),
    C("neutral", "What sanctuary policies aim at and how they began (description, though inaccurate)."),
    C("opposes", "Critics ('critics argue'): the policies allow 'violent offenders to be released into society without facing justice'.",
      un=["critics"]),
    T("subhead", "Subhead ('The Impact on Public Safety')."),
    C("neutral", "Chicago's 2020 violent-crime and homicide figures from the FBI's UCR programme (no link to the policy in the line; alternative: opposes, offered under the public-safety case).",
      amb=True),
    T("subhead", "Subhead ('Convicted Felons Released under Sanctuary Policies')."),
    C("opposes", "'A recent investigation by [news outlet]' (a placeholder, no outlet named): 20 people released from Cook County Jail had serious convictions and 'are now free to roam the streets'."),
    C("opposes", "Example: Jorge A. Lugo, a former gang member released after serving time for attempted murder (an instance offered for the case; alternative: neutral, facts about one man).",
      amb=True),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d2500_public-i.txt", "outlet": "Public i (publici.ucimc.org, Urbana-Champaign Independent Media Center)", "date": "2018-12",
     "title": "Local Sheriff Cooperating with ICE",
     "url": "https://publici.ucimc.org/2018/12/local-sheriff-cooperating-with-ice/"},
    {"file": "d2501_region-news-source.txt", "outlet": "Region News Source (regionnewssource.org; the Indiana Attorney General's release)", "date": "2025",
     "title": "Lake County Sheriff’s Department Cooperating With ICE After Letters From Rokita",
     "url": "https://regionnewssource.org/lake-county-sheriffs-department-cooperating-with-ice-after-letters-from-rokita"},
    {"file": "d2502_north-cook-news.txt", "outlet": "North Cook News (northcooknews.com)", "date": "2025-11",
     "title": "Skokie updates policies restricting use of village property for immigration enforcement",
     "url": "https://northcooknews.com/stories/676202628-skokie-updates-policies-restricting-use-of-village-property-for-immigration-enforcement"},
    {"file": "d2503_roanoke-star.txt", "outlet": "The Roanoke Star (theroanokestar.com; op-ed by Robert L. Maronic, named only in the URL)", "date": "2025-01-30",
     "title": "Robert L. Maronic: Is Illinois Governor J.B. Pritzker a neo-Confederate Democrat? (from the URL slug; no headline in the stored text)",
     "url": "https://www.theroanokestar.com/2025/01/30/robert-l-maronic-is-illinois-governor-j-b-pritzker-a-neo-confederate-democrat/"},
    {"file": "d2504_wabe.txt", "outlet": "WABE (wabe.org, Atlanta public radio)", "date": "2017-09",
     "title": "Atlanta City Council, In Resolution, Calls For Limited Cooperation With ICE",
     "url": "https://www.wabe.org/atlanta-city-council-resolution-calls-limited-cooperation-ice/"},
    {"file": "d2505_prison-legal-news.txt", "outlet": "Prison Legal News (prisonlegalnews.org)", "date": "2025-03-01",
     "title": "Illinois Lawmaker Asks State Prison Guards to Report Immigrant Prisoners Nearing Release—to Her",
     "url": "https://www.prisonlegalnews.org/news/2025/mar/1/illinois-lawmaker-asks-state-prison-guards-report-immigrant-prisoners-nearing-release-her"},
    {"file": "d2506_nadig-newspapers.txt", "outlet": "Nadig Newspapers (nadignewspapers.com)", "date": "2023-11-09",
     "title": "Chaos erupts at last week's meeting on proposed sanctuary status referendum (from the URL slug; no headline in the stored text)",
     "url": "https://nadignewspapers.com/chaos-erupts-at-least-weeks-meeting-on-proposed-sanctuary-status-referendum/"},
    {"file": "d2507_riverside-brookfield-landmark.txt", "outlet": "Riverside-Brookfield Landmark (rblandmark.com)", "date": "2025-11-18",
     "title": "Riverside and Brookfield ICE policies (from the URL slug; no headline in the stored text)",
     "url": "https://www.rblandmark.com/2025/11/18/riverside-brookfield-ice-policies"},
    {"file": "d2508_michael-romain.txt", "outlet": "Michael Romain (michaelromain.com, @maywoodnews)", "date": "2017-08-25",
     "title": "Taking Cue from State, Melrose Park Passes Trust Code",
     "url": "https://michaelromain.com/2017/08/25/mimicking-state-melrose-park-passes-trust-code/"},
    {"file": "d2509_village-of-river-forest.txt", "outlet": "Village of River Forest (vrf.us, village news page)", "date": "2025",
     "title": "Village statement on federal immigration enforcement activity (descriptive; no headline in the stored text)",
     "url": "https://www.vrf.us/news/item/2856"},
    {"file": "d2510_world-events-and-the-bible.txt", "outlet": "World Events and the Bible (community.worldeventsandthebible.com, forum post)", "date": "2023",
     "title": "Immigration and Sanctuary Cities",
     "url": "https://community.worldeventsandthebible.com/t/immigration-and-sanctuary-cities/1613"},
    {"file": "d2511_qloolp.txt", "outlet": "Qloolp (qloolp.com, aggregator)", "date": "2025",
     "title": "Sanctuary City Under Fire: Investigating Chicago's Decision to Prioritize Illicit Immigration over Public Safety",
     "url": "https://www.qloolp.com/ice-launches-operation-midway-blitz-in-honor-of-katie-abraham-to-target-criminal-illegal-aliens-terrorizing-americans-in-sanctuary-illinois-homeland-security-gov"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d25")
