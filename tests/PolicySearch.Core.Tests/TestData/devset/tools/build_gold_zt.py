#!/usr/bin/env python3
"""Dev set, part ZT (files d4600-d4608): hand annotations -> fresh-zt/gold-fresh-zt.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 9 articles from 9 outlets, all in English and all
published 2017-2021 (the year split with part ZU, built alongside). Three outlets are new (not in the
seeds, in no earlier part and named in no SOURCES file: City of Anthony, MyVeronaNJ, Daily Press);
the other six were seen in earlier parts (WJEZ named in SOURCES-m only; Lawndale News, WEEK, Rockford
Register Star, Lake and McHenry County Scanner and WQLZ used before), each with an article URL that is
in no manifest, as the brief allowed once English pages from new outlets had run out. No seed outlet,
and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square copy.
Three articles are not about Illinois (d4600 Anthony, New Mexico; d4601 Verona, New Jersey; d4602 a
Virginia letters page on the national grant fight).
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-Y (models: build_gold_s.py and
build_gold_y.py): canonical names from canonical.py where they apply (JB Pritzker, City of Chicago),
otherwise the fullest form the article gives, titles dropped ("Governor J.B. Pritzker" -> JB Pritzker,
"Dwight Mayor Jared Anderson" -> Jared Anderson, "Mayor Tom McNamara" -> Tom McNamara, "Rockford
Police Department Chief Dan O'Shea" -> Dan O'Shea, "McHenry County Board Chairman Michael Buehler" ->
Michael Buehler, "Republican Representative Jeanne Ives" -> Jeanne Ives, "Co-chair Anthony Walraven"
-> Anthony Walraven). A quote continuing an attribution keeps the speaker with an empty alias list
(Pritzker after "said the governor", d4603 #9 and #12; Buehler after "said that he supports", d4607
#8); a pronoun is not an alias ("He also said", d4605 #9). "According to Dwight Mayor Jared Anderson"
(d4603 #6) makes Anderson a speaker. Positions stated without a speech verb are optional: Change
Peoria "believes" (d4605 #5), the City of Chicago government "finds" (d4604 #2), Jeanne Ives "wants"
(d4608 #2), and Walraven's indirect speech continued without a verb (d4605 #10). d4600 is the
mayor's letter on the City of Anthony's own website; the mayor is never named, so the city is an
optional speaker of its one content line (the publisher's own voice; the d2509 River Forest
precedent). The letter writers of d4601 and d4602 are unnamed (d4601's byline is "By on"). Signing
bills, filing legislation, voting, sending letters, suing and passing resolutions are actions; the
ordinances, resolutions and bills are documents; a ruling by an unnamed judge is an unnamed source
(d4602 #3). They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zt.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import CHICAGO, PRITZKER

ARTICLES, MANIFEST, GOLD = part_files("fresh-zt", "gold-fresh-zt.jsonl")


ANTHONY = "City of Anthony"
ANDERSON = "Jared Anderson"
WALRAVEN = "Anthony Walraven"
CHANGE_PEORIA = "Change Peoria"
MCNAMARA = "Tom McNamara"
OSHEA = "Dan O'Shea"
BUEHLER = "Michael Buehler"
IVES = "Jeanne Ives"

CITY_VOICE = ("the letter is the (unnamed) mayor's, on the city's own website ('Mayor’s Response', 'our Police "
              "Department'); the line is the publisher's first-person voice, not attributed speech")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d4600_city-of-anthony"] = [
    T("headline", "Post headline ('Mayor’s Response Regarding Police Department Rumors')."),
    C("supports", "The mayor's letter: 'Our Police Department is here to serve ... in matters of State and City Law Enforcement only, not as Immigration officials or members of ICE'; 'never hesitate to report crime' (a promise not to act for ICE, with the trust argument).",
      opt=[O(ANTHONY, CITY_VOICE)]),
    B("link", "Link text to the resolution ('Resolution No.2012-36')."),
    B("comments_closed", "Comment-status line ('Comments are closed, but trackbacks and pingbacks are open.')."),
]

ANN["d4601_myveronanj"] = [
    T("headline", "Letter headline ('Letter: What Sanctuary Cities Really Are')."),
    B("byline", "Byline and date with no name ('By on October 27, 2018')."),
    B("salutation", "The letter's salutation ('Dear Editor,'), no content."),
    C("supports", "Writer: a 'clarification is in order'; undocumented immigrants 'a standard Republican bogeyman', opponents have 'no clear understanding of what sanctuary cities actually are' (dismisses the critics; alternative: neutral, an opening that announces the argument).",
      amb=True),
    C("supports", "Writer: sanctuary cities are not 'cities that protect criminals'; police need not report to ICE; 'many in local law enforcement actually support' them because immigrant trust is 'an important investigative tool'.",
      un=["many in local law enforcement"]),
    C("supports", "Writer: losing immigrants' trust makes solving crimes harder; doing ICE's job strains police resources; the criminal-protection claim is 'a partisan scare tactic'."),
]

ANN["d4602_daily-press"] = [
    T("page_title", "Letters-page title ('April 29 Letters: Sanctuary cities, Poquoson's future, food insecurity')."),
    T("headline", "The letter's own headline ('Enforce immigration laws')."),
    C("neutral", "Writer: the administration's letter threatening to withhold funds; the cities sued and a judge ruled for them (facts)."),
    C("neutral", "What the judge ruled: possible 'irreparable harm', the challenge could succeed (a ruling reported; the judge is not named).",
      un=["The judge"]),
    C("opposes", "Writer: officials of sanctuary cities 'are breaking the law'; the president 'should order federal marshals to arrest the mayors'."),
]

ANN["d4603_wjez"] = [
    T("headline", "Headline ('New Legislation Clashes with Proposed Dwight Facility')."),
    B("byline", "Byline ('By Howard Packowitz')."),
    C("neutral", "Private immigrant detention centers such as the proposed Dwight one are now illegal (what the new law does)."),
    C("supports", "Pritzker signed a package 'building what he described as a firewall against President Donald Trump’s attacks on immigrant communities' (his framing of the protections).",
      sp=[S(PRITZKER, "J.B. Pritzker")]),
    C("supports", "Pritzker ('said Pritzker'): 'We will not allow private entities to profit off of the intolerance of this president' (about the detention ban; alternative: neutral, private detention rather than police cooperation).",
      sp=[S(PRITZKER, "Pritzker")], amb=True),
    C("neutral", "The signing came as ICE planned raids in 10 cities, Chicago among them (context)."),
    C("neutral", "The Dwight center would have brought 360 jobs, 'according to Dwight Mayor Jared Anderson' (the loss to Dwight; alternative: opposes, the cost of the ban).",
      sp=[S(ANDERSON, "Jared Anderson")], amb=True),
    C("neutral", "Pritzker also signed a bill opening MAP grants to undocumented and transgender students (not about local cooperation)."),
    C("neutral", "Pritzker ('said the governor') on students going to college without debt (not about local cooperation).",
      sp=[S(PRITZKER, "the governor")]),
    C("neutral", "Pritzker's quote continued: 'turning the page to a new era of growth' for colleges (not about local cooperation).",
      sp=[S(PRITZKER)]),
    C("neutral", "The governor also signed a bill banning local police from participating in federal immigration enforcement (an action, reported)."),
    C("supports", "Pritzker ('said Pritzker'): 'We protect no one by having local police departments as an extension of ICE'.",
      sp=[S(PRITZKER, "Pritzker")]),
    C("supports", "Pritzker's quote continued: to 'build trust between law enforcement and the communities' so witnesses 'can come foward without fear'.",
      sp=[S(PRITZKER)]),
    C("neutral", "The signing ceremony was at the University of Illinois at Chicago (place)."),
]

ANN["d4604_lawndale-news"] = [
    T("headline", "Column headline ('The Sanctuary City Crisis in Chicago')."),
    B("byline", "Byline ('by Daniel Nardini')."),
    C("supports", "Author: Trump's 'decree' to comply 'or lose federal funding'; the City of Chicago government 'finds' it 'a dangerous step'; Trump an 'iron-fisted leader'; Rauner 'caught in the middle' (criticises the federal funding threat; alternative: neutral, much of it on Trump's power and the budget).",
      opt=[O(CHICAGO, "the city's view is reported with 'finds', not a speech verb", "the City of Chicago government")], amb=True),
]

ANN["d4605_week"] = [
    T("page_title", "Browser title ('A River City welcome - WEEK.com: Peoria-area News, Weather, Sports')."),
    T("headline_repeat", "Headline ('A River City welcome'), repeating the page title's first words."),
    B("timestamp_label", "Empty timestamp labels ('Posted: Updated:')."),
    B("dateline", "Dateline ('PEORIA, Ill. (WEEK) -- -')."),
    C("neutral", "'Some citizens are pushing for change' (lead, no view on the policy yet).",
      un=["Some citizens"]),
    C("supports", "Change Peoria 'believes' Peoria should be a 'Welcoming City' for all people (a movement's position).",
      opt=[O(CHANGE_PEORIA, "the movement's view is reported with 'believes', not a speech verb", "Change Peoria")]),
    C("neutral", "The council passed a welcoming resolution last year; 'some activists want more', an ordinance (facts).",
      un=["some activists"]),
    C("neutral", "Walraven and others are trying to inform people about immigration (an action)."),
    C("supports", "Walraven ('stated Walraven'): the ordinance 'would protect undocumented people ... from being detained by ICE without a signed warrant' (an advocate's case; alternative: neutral, what it would do).",
      sp=[S(WALRAVEN, "Walraven")], amb=True),
    C("neutral", "Walraven ('He also said'): the ordinance would bar collecting immigration information from people using city services (what it would do).",
      sp=[S(WALRAVEN)]),
    C("neutral", "It would bar cooperating with ICE 'except when required by law' (what it would do; Walraven's indirect speech continued without a verb).",
      opt=[O(WALRAVEN, "continues his indirect speech ('He also said', #9) without a speech verb of its own")]),
    C("supports", "Walraven ('said Walraven'): the ordinance 'would not stop the city from turning over someone who committed a crime' (denies on the ordinance's behalf that it shields criminals; alternative: neutral, a limit of the ordinance).",
      sp=[S(WALRAVEN, "Walraven")], amb=True),
    C("neutral", "The committee has spoken to most council members and wants them to adopt it (lobbying, an action).",
      un=["The committee"]),
    C("supports", "Walraven ('stated Walraven'): 'One thing we don't want ... is for our neighbors to be afraid to call the police' (the trust argument).",
      sp=[S(WALRAVEN, "Walraven")]),
    B("social_prompt", "Call to comment on Facebook ('We'd love to hear your thoughts on our Facebook page.')."),
    B("platform_credit", "Platform credit ('Powered by Frankly')."),
]

ANN["d4606_rockford-register-star"] = [
    C("neutral", "Aldermen gave the Welcoming City ordinance 'a frosty reception' in committee (an event; alternative: opposes, the aldermen's resistance).",
      un=["Aldermen"], amb=True),
    C("neutral", "What the ordinance seeks: police will not check the status of crime reporters or victims, nor staff of people seeking services (description; 'to improve public safety' is the ordinance's stated aim; alternative: supports).",
      amb=True),
    C("supports", "McNamara ('McNamara said'): the proposal would not change how the city treats immigrant residents who 'own businesses and pay taxes' (defends it).",
      sp=[S(MCNAMARA, "McNamara")]),
    C("supports", "McNamara ('McNamara said'): 'I want Rockford to be a place that is welcoming'.",
      sp=[S(MCNAMARA, "McNamara")]),
    C("neutral", "The vote was delayed two weeks (procedure)."),
    C("neutral", "The TRUST Act signed Aug. 28: no detention on status or detainers; judge's warrants still honoured (what the law provides)."),
    C("neutral", "The ordinance would not stop arrests in criminal investigations (description)."),
    C("neutral", "It would in most cases bar city staff and police from investigating immigration status (description)."),
    C("neutral", "No stops solely to check status, 'something ... Chief Dan O'Shea said the department does not do anyway' (existing practice).",
      sp=[S(OSHEA, "Dan O'Shea")]),
    C("supports", "O'Shea ('O'Shea said'): 'That is consistent with our current practices ... We don’t enforce immigration law' (a chief stating his police stay out of immigration enforcement; alternative: neutral, a statement of practice).",
      sp=[S(OSHEA, "O'Shea")], amb=True),
]

ANN["d4607_lake-mchenry-scanner"] = [
    C("neutral", "The McHenry County Board voted to keep its ICE contract to house detainees at the jail (a vote)."),
    C("neutral", "The 15-8 vote against the resolution to cancel the contract (a vote)."),
    C("neutral", "More than a year of discussion preceded the vote (background)."),
    C("neutral", "The contract has existed since 2005 to house ICE detainees (background)."),
    C("neutral", "Contract revenue offsets jail costs (fact)."),
    C("neutral", "In 2015 the board made the contract month-to-month (background)."),
    C("neutral", "Calls to review the contract resurfaced in early 2020 (background)."),
    C("opposes", "Buehler ('said that he supports') the board's decision to keep the ICE contract.",
      sp=[S(BUEHLER, "Michael Buehler")]),
    C("opposes", "Buehler's quote continued: the decision 'reaffirms our commitment to continue working in collaboration with our federal partners'.",
      sp=[S(BUEHLER)]),
    C("opposes", "Buehler ('Buehler said'): immigration 'is a federal issue'; without a federal mandate 'our role is to adhere to federal statutes' (his case for keeping the contract; alternative: neutral, a statement of the county's role).",
      sp=[S(BUEHLER, "Buehler")], amb=True),
    C("neutral", "Residents who wanted the contract cancelled packed the room before the vote (an event).",
      un=["Area residents"]),
]

ANN["d4608_wqlz"] = [
    T("headline", "Headline ('Ives Trying to Overturn TRUST Act')."),
    C("neutral", "Ives, Rauner's primary opponent, is filing legislation to overturn a law Rauner signed (filing is an action; alternative: opposes, a proposed rollback).",
      amb=True),
    C("opposes", "Ives 'wants a repeal of the TRUST Act', the law limiting local police in immigration cases.",
      opt=[O(IVES, "her position is reported with 'wants', not a speech verb", "Ives")]),
    C("opposes", "Ives ('Ives says'): the Act 'makes Illinois a sanctuary state' and Illinoisans 'less safe' from crimes by illegal immigrants.",
      sp=[S(IVES, "Ives")]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d4600_city-of-anthony.txt", "outlet": "City of Anthony, New Mexico (cityofanthonynm.com, the mayor's letter on the city website)", "date": "2017-03-23",
     "title": "Mayor’s Response Regarding Police Department Rumors",
     "url": "https://www.cityofanthonynm.com/2017/03/23/mayors-response-regarding-police-department-rumors/"},
    {"file": "d4601_myveronanj.txt", "outlet": "MyVeronaNJ (myveronanj.com, letter to the editor)", "date": "2018-10-27",
     "title": "Letter: What Sanctuary Cities Really Are",
     "url": "https://www.myveronanj.com/2018/10/27/letter-what-sanctuary-cities-really-are/"},
    {"file": "d4602_daily-press.txt", "outlet": "Daily Press (dailypress.com, Newport News, Va.; readers' letters, on a topic page)", "date": "2017-04",
     "title": "April 29 Letters: Sanctuary cities, Poquoson's future, food insecurity",
     "url": "http://www.dailypress.com/topic/politics-government/domestic-policy/immigration/14003002-topic.html"},
    {"file": "d4603_wjez.txt", "outlet": "WJEZ (wjez.com, Pontiac radio)", "date": "2019-06-24",
     "title": "New Legislation Clashes with Proposed Dwight Facility",
     "url": "http://www.wjez.com/2019/06/24/new-legislation-clashes-with-proposed-dwight-facility/"},
    {"file": "d4604_lawndale-news.txt", "outlet": "Lawndale News (lawndalenews.com; column by Daniel Nardini)", "date": "2017-02",
     "title": "The Sanctuary City Crisis in Chicago",
     "url": "http://www.lawndalenews.com/2017/02/the-sanctuary-city-crisis-in-chicago/"},
    {"file": "d4605_week.txt", "outlet": "WEEK (week.com, Peoria television)", "date": "2018",
     "title": "A River City welcome",
     "url": "http://www.week.com/story/37695699/a-river-city-welcome"},
    {"file": "d4606_rockford-register-star.txt", "outlet": "Rockford Register Star (rrstar.com)", "date": "2017-09-25",
     "title": "Rockford aldermen debate immigration ordinance (from the URL slug; no headline in the stored text)",
     "url": "https://www.rrstar.com/news/20170925/rockford-aldermen-debate-immigration-ordinance"},
    {"file": "d4607_lake-mchenry-scanner.txt", "outlet": "Lake and McHenry County Scanner (lakemchenryscanner.com)", "date": "2021-05-19",
     "title": "McHenry County Board votes to keep ICE contract at McHenry County Jail (from the URL slug; no headline in the stored text)",
     "url": "https://www.lakemchenryscanner.com/2021/05/19/mchenry-county-board-votes-to-keep-ice-contract-at-mchenry-county-jail/"},
    {"file": "d4608_wqlz.txt", "outlet": "WQLZ (wqlz.com, Springfield radio)", "date": "2017-12-07",
     "title": "Ives Trying to Overturn TRUST Act",
     "url": "http://www.wqlz.com/2017/12/07/ives-trying-to-overturn-trust-act/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d46")
