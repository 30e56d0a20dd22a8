#!/usr/bin/env python3
"""Dev set, part P (files d1600-d1614): hand annotations -> fresh-p/gold-fresh-p.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 15 articles from 15 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. Three articles are about other states (d1601 California, d1603 North Carolina, d1612 Texas).
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-O: canonical names from
canonical.py where they apply (JB Pritzker, Brandon Johnson, Lori Lightfoot, Tom Homan, Donald Trump,
Tricia McLaughlin, U.S. Department of Justice, U.S. Department of Homeland Security, Office of the
Governor of Illinois, Office of the Mayor of Chicago) and the forms earlier parts wrote (Greg Abbott,
Garry McFadden), otherwise the fullest form the article gives, titles dropped ("Rep. Halbrook" ->
Halbrook, "Judge Milan D. Smith Jr." -> Milan D. Smith Jr.). Unnamed officials of a named body map to
that body ("The Mayor's office" -> Office of the Mayor of Chicago); a person speaking for an
organisation is the person only (Greg Kelley, not SEIU Healthcare Illinois; Tricia McLaughlin, not
DHS); organisations that speak as themselves are speakers (the North Carolina Sheriffs' Association
"called on" the legislature; DHS "has framed" the operation); filers speak through their filing (the
Justice Department's lawsuit: "The DOJ argues", "The DOJ claims", "They claim"); a quote continuing an
attribution of an earlier line keeps the speaker with an empty alias list (none occurs here: every
quote line carries its own attribution). A press release's own voice (d1604, the governor's release on
illinois.gov) carries the Office of the Governor of Illinois as an optional speaker, as part B did for
reproduced releases. An embedded post's text lines carry its author as an optional speaker, as parts
J and L did; in d1606 the post's last line holds its own attribution ("— Gov. Greg Abbott
(@GovAbbott) ...") and is content with Abbott as a core speaker. A community update whose author is
named only inside its own text ("Brian Carson (the author of this update)", d1610) carries him as an
optional speaker of its first-person and imperative lines. Cited outlets are the outlets that pass
words along (Fox News, The Texas Tribune, Block Club Chicago). They were made by reading the article
text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_p.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import (BJOHNSON, DHS, DOJ, GOV_OFFICE, HOMAN, LIGHTFOOT, MAYOR_OFFICE, MCLAUGHLIN,
                       PRITZKER, TRUMP)

ARTICLES, MANIFEST, GOLD = part_files("fresh-p", "gold-fresh-p.jsonl")


ANDERSSON = "Steven Andersson"
SKILLICORN = "Allen Skillicorn"
SMITH = "Milan D. Smith Jr."
KELLEY = "Greg Kelley"
MCFADDEN = "Garry McFadden"
NCSA = "North Carolina Sheriffs’ Association"
ABBOTT = "Greg Abbott"
BOWSER = "Muriel Bowser"
ADAMS = "Eric Adams"
HALBROOK = "Halbrook"
CARSON = "Brian Carson"
MARTINEZ = "Karina Martinez"

RELEASE = "the release's own voice: the governor's office is the author of the press release this page is"
EMBED = "embedded post: its author is named only in the post's attribution ('— Gov. Greg Abbott (@GovAbbott) ...', #3)"
AUTHOR = "the update's first-person or imperative text; its author is named only in #1 ('Brian Carson (the author of this update)')"
BUSING = "about busing migrants and the services a 'sanctuary city' gives them, not about police cooperation with ICE"
RAIDS = "about ICE enforcement itself, not about local cooperation, and answering no argument for or against the limits"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d1600_mchenry-times"] = [
    C("neutral", "News lede: the TRUST Act bill passed the House 'despite major concerns from Republicans' (a vote; the concerns are only named here, given in #1-#6).",
      opt=[O(ANDERSSON, "named as having 'major concerns', with no speech verb; his words follow in #1", "Steven Andersson"),
           O(SKILLICORN, "named as having 'major concerns', with no speech verb; his words follow in #4-#6", "Allen Skillicorn")],
      un=["many Democrats"]),
    C("opposes", "Andersson 'argued that the bill undermines federal law'.",
      sp=[S(ANDERSSON, "Andersson")]),
    C("opposes", "Andersson ('he saiid'): 'a lot of it won’t work', 'painting with a broad brush', a federal issue the state should leave to Congress.",
      sp=[S(ANDERSSON, "he")]),
    C("neutral", "What SB31 does: no detention solely on a detainer or non-judicial warrant; Welch 'presented' it (an action)."),
    C("opposes", "Andersson 'lauded Welch's goals' but 'said' it was not for the House to decide; Skillicorn 'called the legislation a slippery slope'.",
      sp=[S(ANDERSSON, "Andersson"), S(SKILLICORN, "Skillicorn")]),
    C("opposes", "Skillicorn ('Skillicorn said'): states opting out of federal law; 'what other federal laws can we possibly can opt out of?'",
      sp=[S(SKILLICORN, "Skillicorn")]),
    C("opposes", "Skillicorn ('He ridiculed the legislation, saying') the state might as well become a haven for 'tax refugees'.",
      sp=[S(SKILLICORN, "He")]),
]

ANN["d1601_los-angeles-times"] = [
    C("neutral", "A federal appeals court decided most of California's sanctuary laws can be enforced (a ruling reported; a court's decision is an action, not a speaker's view; alternative: supports, the laws' survival as the news).",
      amb=True),
    C("neutral", "The panel refused to block the law barring notice of inmates' release dates to immigration authorities (a ruling; descriptive)."),
    C("neutral", "The court agreed with the Trump administration on inspections of federal detention centers (a ruling; descriptive)."),
    C("neutral", "The provision the court blocked (California's review of federal apprehensions; descriptive)."),
    C("neutral", "Judge Smith ('wrote'): provisions that burden only the federal government are invalid (the legal test for the inspection law, nothing on cooperation).",
      sp=[S(SMITH, "Milan D. Smith Jr.")]),
    B("site_notice", "Update note ('This report will be updated.')."),
]

ANN["d1602_seiu-healthcare-illinois"] = [
    T("headline", "Release headline ('BREAKING: SEIU Healthcare Illinois Responds to ICE Activity in Chicago-Area Nursing Homes')."),
    B("source_link", "Link line ('(Click here for resources to “Know Your Rights”).')."),
    C("neutral", "Dateline lede: ICE agents audited I-9 documents at three nursing homes (an event; 'learned' is not speech)."),
    C("neutral", "Kelley ('said'): 'We condemn ... worker harassment activity by ICE' and Trump's rhetoric (against ICE enforcement at work, not about local cooperation; alternative: supports, " + RAIDS + ").",
      sp=[S(KELLEY, "Greg Kelley")], amb=True),
    C("neutral", "Over 12,000 members work in long-term care (a fact)."),
    C("neutral", "Kelley ('said Kelley'): ICE activity targeting nursing home workers is 'inhumane and unacceptable' (against enforcement at work; alternative: supports, " + RAIDS + ").",
      sp=[S(KELLEY, "Kelley")], amb=True),
    C("neutral", "The union held know-your-rights trainings (an action)."),
    C("supports", "Kelley ('said Kelley'): 'We want to encourage all employers to refuse to cooperate with ICE beyond what is required by law' (a call for non-cooperation; alternative: neutral, private employers, not a government limit on police).",
      sp=[S(KELLEY, "Kelley")], amb=True),
]

ANN["d1603_the-appeal"] = [
    B("section_label", "Section label ('Political Report')."),
    T("headline", "Article headline ('When Sheriffs Choose to Help ICE')."),
    T("dek", "Dek ('When people are arrested ... Sheriffs are a major reason why.')."),
    C("neutral", "The dek's sentence again, word for word, as the story's first line: sheriffs are a major reason arrested people end up on ICE's radar (descriptive; alternative kind: title, a second copy of the dek).",
      amb=True, dup=2),
    B("series_note", "Series note ('This is the sixth edition of The Badge, a series on the powers of sheriffs.')."),
    C("supports", "North Carolina sheriffs elected on restricting cooperation; McFadden withdrew from 287(g) and 'announced he would no longer honor ICE detainers' (an actor promising not to cooperate).",
      sp=[S(MCFADDEN, "Garry McFadden", "He")]),
    C("neutral", "Four other new sheriffs 'made similar moves' (actions; no speech; alternative: supports, the same refusals reported).",
      amb=True),
    C("neutral", "The conflict: pressure on the sheriffs; the Sheriffs’ Association 'called on' the legislature to require cooperation; the governor vetoed such a law (both sides reported; alternative: opposes, the Association's call is the only stated view).",
      sp=[S(NCSA, "North Carolina Sheriffs’ Association")], amb=True),
    C("neutral", "Author: jails are 'a major funnel into the nation’s deportation infrastructure', a focus of both ICE activity and resistance (descriptive; alternative: supports, the critical framing of jail cooperation).",
      amb=True),
]

ANN["d1604_illinois-gov"] = [
    B("skip_link", "Skip link ('Skip to main content')."),
    B("section_label", "Section label ('Press Releases')."),
    B("site_notice", "Widget residue ('No Data')."),
    T("headline", "Release headline ('Gov. Pritzker Signs Legislation Further Establishing Illinois as the Most Welcoming State in the Nation')."),
    B("timestamp_label", "Date line ('Press Release - Monday, August 02, 2021')."),
    T("dek", "Release subhead ('Issues Executive Order Establishing the Welcoming Illinois Office')."),
    T("dek", "Release subhead ('Four New Bills Further Expand Protections for Immigrant and Refugee Communities')."),
    C("supports", "Release voice: Pritzker signed four bills 'expanding protections'; the laws 'strengthen the TRUST Act' and require local officials to end partnerships with ICE (the release presents the limits as protections).",
      opt=[O(GOV_OFFICE, RELEASE)]),
    C("neutral", "Release voice: the executive order creating the Welcoming Illinois Office (immigrant services; nothing on cooperation).",
      opt=[O(GOV_OFFICE, RELEASE)]),
    C("supports", "Pritzker ('said Governor JB Pritzker'): proud to sign 'these accountability measures' that make Illinois 'a welcoming state'; every family 'deserves to feel safe' (backs the signed limits).",
      sp=[S(PRITZKER, "JB Pritzker")]),
]

ANN["d1605_rick-right-media"] = [
    T("headline", "Post headline ('Greg Abbott has an Unwelcome Surprise for Lori Lightfoot')."),
    C("neutral", "Author: Abbott 'announced' his bus policy; D.C. chosen as the 'sanctuary city' destination, blaming 'Biden's devastating open border policies' (border politics; alternative: opposes, the busing framed as an answer to sanctuary cities).",
      sp=[S(ABBOTT, "Greg Abbott")], amb=True),
    C("neutral", "Bowser 'expressed her displeasure' about overrun shelters; Adams 'complained' and 'slammed Abbott' (" + BUSING + ").",
      sp=[S(BOWSER, "Muriel Bowser"), S(ADAMS, "Eric Adams")]),
    C("neutral", "Author: Chicago, home of 'America's worst mayor Lori Lightfoot', added to the bus list, 'according to Fox News' (slanted wording only; alternative: opposes).",
      out=["Fox News"], amb=True),
    C("opposes", "Lead-in: 'Abbott detailed his reasoning' in a statement (takes the stance of the quote in #5; alternative: neutral, " + BUSING + ").",
      sp=[S(ABBOTT, "Abbott")], amb=True),
    C("opposes", "Abbott ('said Governor Abbott'): Chicago joins 'fellow sanctuary cities'; 'Mayor Lightfoot loves to tout the responsibility of her city to welcome all regardless of legal status' (mocks sanctuary status; alternative: neutral, " + BUSING + ").",
      sp=[S(ABBOTT, "Abbott")], amb=True),
    C("neutral", "The mayor's office 'stated in reply' it was working to give arriving migrants what they need (services; nothing on cooperation).",
      sp=[S(MAYOR_OFFICE, "The Mayor's office")]),
]

ANN["d1606_spectrum-news-13"] = [
    C("neutral", "Abbott 'announced' the first bus of migrants reached Chicago's Union Station (an event).",
      sp=[S(ABBOTT, "Greg Abbott")]),
    C("neutral", "Embedded post: 'First bus of migrants from Texas to sanctuary city Chicago just arrived!' (an announcement; " + BUSING + ").",
      opt=[O(ABBOTT, EMBED)]),
    C("neutral", "Embedded post: migrants 'flooding into our state' because of Biden's border policies (border politics).",
      opt=[O(ABBOTT, EMBED)]),
    C("neutral", "Embedded post with its attribution ('— Gov. Greg Abbott (@GovAbbott) September 1, 2022'): Texas will keep busing migrants until the border is secured (border politics).",
      sp=[S(ABBOTT, "Greg Abbott")]),
    C("neutral", "Lightfoot 'called the practice ... “racist,”' but will stand by the city's commitment to welcome newcomers, per the Texas Tribune (" + BUSING + "; alternative: supports, standing by the welcoming city).",
      sp=[S(LIGHTFOOT, "Lori Lightfoot")], out=["The Texas Tribune"], amb=True),
    C("neutral", "Abbott 'blames the crisis' on Biden's 'open border policies' (border politics).",
      sp=[S(ABBOTT, "Abbott")]),
    C("opposes", "Abbott ('said Abbott'): Chicago joins 'fellow sanctuary cities'; Lightfoot 'loves to tout' welcoming all regardless of status (mocks sanctuary status; alternative: neutral, " + BUSING + ").",
      sp=[S(ABBOTT, "Abbott")], amb=True),
    C("neutral", "What the Welcoming City Ordinance means: no one turned away for status; city police 'aren’t required to cooperate' with immigration authorities (descriptive)."),
]

ANN["d1607_rep-halbrook"] = [
    T("headline", "Release headline ('Sanctuary State Policies Put Migrants First')."),
    C("opposes", "Pritzker's budget 'promises hundreds of millions ... to support illegal migrants'; Halbrook 'asked constituents to join the effort to repeal the “Trust Act”' (a call for repeal).",
      sp=[S(HALBROOK, "Halbrook")]),
    C("opposes", "Halbrook ('Rep. Halbrook said'): Democrats 'prioritize Illegal migrants over our families'; 'Ending Illinois’ migrant crisis starts with ending Democrat Sanctuary State policies'.",
      sp=[S(HALBROOK, "Halbrook")]),
]

ANN["d1608_chicago-city-wire"] = [
    B("photo_caption", "Photo caption and credit ('Chicago Mayor Brandon Johnson | Mayor Brandon Johnson/Twitter')."),
    B("photo_caption", "The same caption repeated.", dup=0),
    C("supports", "Johnson 'announced' police would not collaborate with ICE in deportations, calling Trump a 'tyrant' (a promise not to cooperate).",
      sp=[S(BJOHNSON, "Brandon Johnson")]),
    C("supports", "Johnson 'emphasized' police immigration duties would strain the department and harm trust; 'He argued' it would set a dangerous precedent (the trust and resources arguments).",
      sp=[S(BJOHNSON, "Johnson", "He")]),
    C("supports", "Johnson ('Johnson said'): residents should not fear 'a raid from a local police department on behalf of a tyrant'.",
      sp=[S(BJOHNSON, "Johnson")]),
    C("neutral", "Johnson 'called on Trump' to work with Congress on immigration reform and compared the threats to the segregated South (reform and intimidation, nothing on the limits; alternative: supports, part of his answer to federal pressure).",
      sp=[S(BJOHNSON, "He", "Johnson")], amb=True),
    C("supports", "Johnson 'emphasized' his commitment to protecting immigrants by 'rejecting federal pressure to engage in immigration enforcement' (defends the refusal).",
      sp=[S(BJOHNSON, "Johnson", "He")]),
]

ANN["d1609_klonsky-substack"] = [
    T("headline", "Post headline ('Who will stand up to the 'Border Czar'?')."),
    T("dek", "Dek ('Chicago to be ground zero for mass deportations, says new czar.')."),
    C("neutral", "Author: Trump's 'miscreants and neo-fascists'; 'who will stand up to the new bullies on the block?' (against the deportation plans, nothing yet on local cooperation; alternative: supports, a call to resist).",
      amb=True),
    C("neutral", "Trump 'has promised' mass deportation and to crack down on pathways to legal status (his promise concerns deportation and legal status, not local cooperation).",
      sp=[S(TRUMP, "Trump")]),
    C("neutral", "Numbers: half a million undocumented immigrants in Illinois, 30,000 DACA recipients (facts)."),
    B("separator", "Section separator ('* * *')."),
    C("neutral", "Author: Trump named 'vicious hater of Latinos, Tom Homan' border czar to expel millions (about Homan and deportations; actions)."),
    C("neutral", "Homan 'reiterated' there was no plan to separate families 'but said “It may happen.”' (family separation, nothing on cooperation).",
      sp=[S(HOMAN, "Homan")]),
    T("subhead", "Section heading ('Ground Zero is Chicago'); the paragraph under it is cut by the excerpt."),
]

ANN["d1610_tzedek-chicago"] = [
    T("headline", "Post headline ('Sanctuary Working Group Update: February 28, 2025')."),
    C("neutral", "What the Sanctuary Working Group is (faith communities accompanying migrants); how to contact the author (descriptive; 'sanctuary' here is church accompaniment, not a limit on police)."),
    C("neutral", "Thanks for donated baby clothes; 'We dropped off a trunk load' (charity; nothing on cooperation).",
      opt=[O(CARSON, AUTHOR)]),
    T("subhead", "Section heading ('Important resources:')."),
    C("neutral", "A collection of immigration preparedness documents (a resource)."),
    C("neutral", "5Calls.org recommended for calling legislators (a resource)."),
    T("subhead", "Section heading ('National Legislation:')."),
    C("supports", "HR 32 'will seek to strip Chicago and other sanctuary cities from federal funding'; readers asked to have their representative 'vote “no”' (opposes federal funding pressure on sanctuary cities).",
      opt=[O(CARSON, AUTHOR)]),
    C("neutral", "The Protecting Sensitive Locations Act would shield churches, hospitals and schools from immigration enforcement; Durbin and Duckworth co-sponsor it (about federal enforcement at sensitive places, not local cooperation; alternative: supports, the same call to action).",
      opt=[O(CARSON, AUTHOR)], amb=True),
]

ANN["d1611_american-voter-polls"] = [
    B("section_label", "Category residue ('in ,')."),
    T("headline", "Post headline ('AG Pam Bondi Declares War on Sanctuary Laws: You’re Next')."),
    C("opposes", "The DOJ sued Illinois, Cook County and Chicago; 'The DOJ argues that these policies impede' federal enforcement (the filer's argument dominates; alternative: neutral, a lawsuit filed).",
      sp=[S(DOJ, "Department of Justice", "DOJ")], amb=True),
    C("neutral", "The defendants named; 'The DOJ claims' the laws bar complying with detainers and civil warrants (what the laws provide, as the complaint states it).",
      sp=[S(DOJ, "DOJ")]),
    C("neutral", "The case assigned to Judge Jenkins; Bondi's first-day memo restricting sanctuary cities' access to DOJ funds (a document and an assignment; facts)."),
    C("opposes", "'The DOJ argues' the laws make federal officers' work more difficult; 'They claim' DHS cannot get release dates from local police.",
      sp=[S(DOJ, "DOJ", "They")]),
]

ANN["d1612_world"] = [
    T("headline", "Article headline ('Texas sheriffs to cooperate with ICE')."),
    T("dek", "Dek ('A new state law requires local police to help arrest illegal immigrants')."),
    B("photo_caption", "Photo caption with credit ('A U.S. Immigration and Customs Enforcement agent escorts ...')."),
    C("neutral", "Texas sheriffs could soon help ICE; the Texas Senate passed the bill (a vote; descriptive)."),
    C("neutral", "Legislative history; the bill requires every sheriff with a jail to request a 287(g) agreement, a 'force multiplier' for ICE (what the bill does)."),
    C("neutral", "Similar measures in other states; 'Supporters ... say they increase public safety, but opponents say they will deepen mistrust' (both sides; evenly balanced).",
      un=["Supporters of 287(g) agreements", "opponents"]),
    C("neutral", "What Section 287(g) agreements are (explainer)."),
]

ANN["d1613_uic-geo"] = [
    B("timestamp_label", "Date line ('July 27, 2025')."),
    C("opposes", "Homan 'announced' sanctuary cities would be ICE's 'new priority': 'We’re going to flood the zone,' 'he warned' (a federal official targeting sanctuary jurisdictions).",
      sp=[S(HOMAN, "Tom Homan", "he")]),
    C("neutral", "Author: sanctuary cities not spared; Los Angeles 'flooded' with soldiers suppressing resistance to 'the mass disappearances' (" + RAIDS + "; alternative: supports).",
      amb=True),
    C("neutral", "Author: ICE agents in Chicago weaponizing check-ins to detain and deport workers (" + RAIDS + ")."),
    C("supports", "Author: Chicago's authorities 'have committed not to aid in immigration enforcement'; only 'a moderate curb' but 'the difference made by even a minor deterrent is stark' compared with non-sanctuary Texas and Florida (defends the limits' value)."),
]

ANN["d1614_peoples-dispatch"] = [
    C("neutral", "DHS announced Operation Midway Blitz; 'Trump’s DHS has framed the operation as a response to “sanctuary city” policies', which the author describes as shielding workers from raids (both framings; alternative: supports, the author's description of sanctuary policies and 'threats' against Democrat-run cities).",
      sp=[S(DHS, "Department of Homeland Security", "DHS")], amb=True),
    C("opposes", "McLaughlin (quote attributed by name, the verb missing in the page): Pritzker and 'his fellow sanctuary politicians released Tren de Aragua gang members, rapists ...'; 'no city is a safe haven'.",
      sp=[S(MCLAUGHLIN, "Tricia McLaughlin")]),
    T("subhead", "Section heading ('ICE sighting and arrests ramp up')."),
    C("neutral", "Enforcement began; 'Local leaders reported' three detained; 'according to Karina Martinez' a flower vendor was taken, as Block Club Chicago reported (events).",
      sp=[S(MARTINEZ, "Karina Martinez")], un=["Local leaders"], out=["Block Club Chicago"]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d1600_mchenry-times.txt", "outlet": "McHenry Times (mchenrytimes.com)", "date": "2017",
     "title": "Immigration effort passes House despite criticism from Andersson, Skillicorn (from the URL slug; no headline in the stored text)",
     "url": "https://mchenrytimes.com/stories/511121519-immigration-effort-passes-house-despite-criticism-from-andersson-skillicorn"},
    {"file": "d1601_los-angeles-times.txt", "outlet": "Los Angeles Times", "date": "2019-04-18",
     "title": "California sanctuary laws ruling (from the URL slug; no headline in the stored text)",
     "url": "https://www.latimes.com/local/lanow/la-me-ln-california-sanctuary-laws-ruling-20190418-story.html"},
    {"file": "d1602_seiu-healthcare-illinois.txt", "outlet": "SEIU Healthcare Illinois (union press release)", "date": "2019-07-17",
     "title": "BREAKING: SEIU Healthcare Illinois Responds to ICE Activity in Chicago-Area Nursing Homes",
     "url": "https://seiuhcilin.org/2019/07/breaking-seiu-healthcare-illinois-responds-to-ice-activity-in-chicago-area-nursing-homes/"},
    {"file": "d1603_the-appeal.txt", "outlet": "The Appeal (Political Report)", "date": "2020-06-09",
     "title": "When Sheriffs Choose to Help ICE",
     "url": "https://theappeal.org/politicalreport/the-badge-sheriffs-ice-in-jails"},
    {"file": "d1604_illinois-gov.txt", "outlet": "illinois.gov (Office of the Governor press release)", "date": "2021-08-02",
     "title": "Gov. Pritzker Signs Legislation Further Establishing Illinois as the Most Welcoming State in the Nation",
     "url": "https://www.illinois.gov/news/press-release.23653.html"},
    {"file": "d1605_rick-right-media.txt", "outlet": "Rick Right Media (conservative blog)", "date": "2022-09-01",
     "title": "Greg Abbott has an Unwelcome Surprise for Lori Lightfoot",
     "url": "https://rickrightmedia.com/2022/09/01/greg-abbott-has-an-unwelcome-surprise-for-lori-lightfoot/"},
    {"file": "d1606_spectrum-news-13.txt", "outlet": "Spectrum News 13 (mynews13.com)", "date": "2022-09-01",
     "title": "First bus of migrants arrive in Chicago from Texas, city's mayor calls Abbott 'racist' (from the URL slug; no headline in the stored text)",
     "url": "https://www.mynews13.com/fl/orlando/news/2022/09/01/first-bus-of-migrants-arrive-in-chicago-from-texas--city-s-mayor-calls-abbott--racist-"},
    {"file": "d1607_rep-halbrook.txt", "outlet": "State Rep. Halbrook's site (rephalbrook.com)", "date": "2024-02-21",
     "title": "Sanctuary State Policies Put Migrants First",
     "url": "https://rephalbrook.com/2024/02/21/sanctuary-state-policies-put-migrants-first/"},
    {"file": "d1608_chicago-city-wire.txt", "outlet": "Chicago City Wire", "date": "2024-11",
     "title": "Johnson: Trump a 'tyrant' for planning to deport Chicago illegal aliens (from the URL slug; no headline in the stored text)",
     "url": "https://chicagocitywire.com/stories/665788640-johnson-trump-a-tyrant-for-planning-to-deport-chicago-illegal-aliens"},
    {"file": "d1609_klonsky-substack.txt", "outlet": "Mike Klonsky's blog (klonsky.substack.com)", "date": "2024-12",
     "title": "Who will stand up to the 'Border Czar'?",
     "url": "https://klonsky.substack.com/p/who-will-stand-up-to-the-border-czar"},
    {"file": "d1610_tzedek-chicago.txt", "outlet": "Tzedek Chicago (congregation blog)", "date": "2025-02-28",
     "title": "Sanctuary Working Group Update: February 28, 2025",
     "url": "https://tzedekchicago.org/blog/sanctuary-working-group-update-february-28-2025"},
    {"file": "d1611_american-voter-polls.txt", "outlet": "American Voter Polls (americanvoterpolls.com)", "date": "2025-02",
     "title": "AG Pam Bondi Declares War on Sanctuary Laws: You’re Next",
     "url": "https://americanvoterpolls.com/ag-pam-bondi-declares-war-on-sanctuary-laws-youre-next"},
    {"file": "d1612_world.txt", "outlet": "WORLD (wng.org)", "date": "2025-06",
     "title": "Texas sheriffs to cooperate with ICE",
     "url": "https://wng.org/roundups/texas-sheriffs-to-cooperate-with-ice-1749069365"},
    {"file": "d1613_uic-geo.txt", "outlet": "UIC Graduate Employees Organization (uicgeo.org, union)", "date": "2025-07-27",
     "title": "ICE threatens pivot to sanctuary cities (from the URL slug; no headline in the stored text)",
     "url": "https://www.uicgeo.org/news/ice-threatens-pivot-to-sanctuary-cities"},
    {"file": "d1614_peoples-dispatch.txt", "outlet": "Peoples Dispatch", "date": "2025-09-10",
     "title": "Outrage erupts in Chicago over Trump's immigration crackdown (from the URL slug; no headline in the stored text)",
     "url": "https://peoplesdispatch.org/2025/09/10/outrage-erupts-in-chicago-over-trumps-immigration-crackdown/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d16")
