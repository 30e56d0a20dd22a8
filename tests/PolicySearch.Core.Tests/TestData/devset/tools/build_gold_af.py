#!/usr/bin/env python3
"""Dev set, part AF (files d5800-d5809): hand annotations -> fresh-af/gold-fresh-af.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 10 outlets, all dated 2017-2021 (a
second helper built a part from the other years at the same time), no URL or title shared with any other
part or with the seeds, no seed outlet, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol
News Illinois or Center Square copy (d5802 opens on a Chicago Tribune photo credit and caption,
boilerplate rows only). Outlets seen in earlier parts are allowed (new English outlets have nearly run
out): Shaw Local (d5801, d5809), ICIRR (d5803), Illinois Senate Democrats (d5804), Medill (d5806) and FAIR
(d5808) were; the articles are all new. The annotations follow /work/shared/eval/seeds/NOTES.md (speaker
rules, field conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier
parts (models: build_gold_s.py and build_gold_y.py): canonical names from canonical.py where they apply
(Donald Trump, U.S. Immigration and Customs Enforcement, U.S. Department of Homeland Security, Office of
the Governor of Illinois), otherwise the fullest form the article gives, titles dropped ("councilwoman
Becky Anderson" -> Becky Anderson, "Senator Don Harmon" -> Don Harmon, "Henry Lucero, ICE's acting
deputy executive associate director" -> Henry Lucero, "McHenry County Sheriff Chief of Corrections
Michael Clesceri" -> Michael Clesceri). "Rep. Welch" (d5803 #8) is the only form that article gives, so
the speaker is "Welch" (no first name is carried in from elsewhere). A person speaking for a body is the
person (Bansbach for CBP, Lucero for ICE, Clesceri for the sheriff's office); an organisation speaking as
itself is a speaker ("the agency reported" -> ICE, d5805 #5; "local ICE leadership requesting help" ->
ICE, d5806 #4; "an email statement from the Department of Homeland Security" -> DHS, d5806 #8; the
Coalition to Cancel the ICE Contract in McHenry County "demanding" and "We continue to urge", d5807 #5).
Unnamed officials of a named body map to the body ("his office announced" -> Office of the Governor of
Illinois, d5802 #4). A quote continuing an attribution keeps the speaker with an empty alias list ("he
said" after Santoy, d5801 #4 and #6; "she said" after Vargas, d5802 #10; the CBP statement after the
line that introduces it, d5806 #7). Speech that sits in an embedded video the stored text does not hold
(Anthony Castagnoli "throws the topic", d5800 #1; Becky Anderson's "response", d5800 #3) makes an
optional speaker only. Steven Bansbach only forwards DHS's statement in d5806 #8: optional there. Emma
Lazarus's line quoted by Anderson (d5800 #5) stays with Anderson. The FAIR page (d5808), the Liberty
Headlines article (d5805), the ICIRR release (d5803) and the Senate Democrats' feature story (d5804) are
written in the third person as news or commentary: their unattributed lines are the author's voice, with
no speaker (unlike the first-person village statement of d2509). Passing, signing, voting, presenting an
ordinance, suing and obtaining a letter are actions; the acts, bills, ordinances and ICE's written policy
are documents. The New York Times (d5806 #4) and CNN (d5800 #2) only pass words along: cited outlets.
They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_af.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import DHS, GOV_OFFICE, ICE, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("fresh-af", "gold-fresh-af.jsonl")


ANDERSON = "Becky Anderson"
CASTAGNOLI = "Anthony Castagnoli"
SANTOY = "Cesar Santoy"
VARGAS = "Oneida Vargas"
AMHERNANDEZ = "Ana Maria Hernandez"
HARMON = "Don Harmon"
WELCH = "Welch"
AQUINO = "Omar Aquino"
LUCERO = "Henry Lucero"
BANSBACH = "Steven Bansbach"
COALITION = "Coalition to Cancel the ICE Contract in McHenry County"
CLESCERI = "Michael Clesceri"

VIDEO = ("the words are in an embedded video that the stored text does not hold; the line only says that the "
         "person spoke")
FORWARDED = "Bansbach only provided DHS's email statement; the words are the department's"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d5800_city-council-watchdog"] = [
    T("headline", "Post headline ('Naperville A Sanctuary City? Councilwoman Becky Anderson Would ‘Welcome All’')."),
    C("opposes", "Author: the sanctuary idea has been circling 'like a beat-up, nasty, ping pong ball circling in a toilet bowl'; lead-in to a resident's video (derision of the idea; alternative: neutral, a lead-in to the video).",
      opt=[O(CASTAGNOLI, VIDEO, "Anthony Castagnoli")], amb=True),
    C("opposes", "Castagnoli ('He references CNN ... as the basis for resisting the Trump train') is dismissed by the author: he 'would have benefited from also taking a class in Civics 102' (a pro-sanctuary argument dismissed).",
      sp=[S(CASTAGNOLI, "Anthony")], out=["CNN"]),
    C("neutral", "Lead-in only: 'This was followed by ... Becky Anderson’s response' (the response is in a video; alternative: supports, it announces her pro-welcoming reply).",
      opt=[O(ANDERSON, VIDEO, "Becky Anderson")], amb=True),
    C("opposes", "Anderson is 'willing to “welcome all”', calling it 'more symbolic than anything'; author: 'bring them in (to Naperville) one and all' and the other members 'wishy-washy' (the author's hostile framing dominates; alternative: supports, Anderson's position reported).",
      sp=[S(ANDERSON, "Anderson")], un=["most other Naperville council members and candidates"], amb=True),
    C("opposes", "Author: Anderson's use of Emma Lazarus's 'all' 'adds ... felons' and, 'as President Trump states, “some really bad dudes”' (welcoming all means shielding criminals).",
      sp=[S(ANDERSON, "Anderson"), S(TRUMP, "Trump")]),
]

ANN["d5801_shaw-local"] = [
    C("neutral", "The Berwyn City Council unanimously passed a Welcoming City Ordinance that 'reinforces the city's commitment to protecting all of its citizens' (a vote and the ordinance's aim; alternative: supports, the protective framing).",
      amb=True),
    C("neutral", "Aldermen Santoy and Avila presented the ordinance, written with a coalition of groups (actions)."),
    C("neutral", "What the ordinance does: separates local police work from federal immigration enforcement (description)."),
    C("supports", "Residents fear deportation and the ordinance is 'meant to help ease fears'; Santoy ('said') felt it important 'for the city to take a clear stance'.",
      sp=[S(SANTOY, "Santoy")], un=["Many Berwyn residents"]),
    C("supports", "Santoy ('he said'): 'do the right thing by issuing a welcoming ordinance'; it 'protects our residents and enhances public safety'.",
      sp=[S(SANTOY)]),
    C("supports", "Santoy ('said'): members of the Police Department attended and 'agree with the ordinance' (police backing offered for it).",
      sp=[S(SANTOY, "Santoy")], un=["members of the Police Department"]),
    C("supports", "Santoy ('he said'): the police remain an institution 'where people should go for protection and not be afraid'.",
      sp=[S(SANTOY)]),
]

ANN["d5802_daily-egyptian"] = [
    T("headline", "Headline ('Community reacts to state immigration bill: ‘[It] will make us feel more protected’')."),
    B("photo_credit", "Photo credit ('Nancy Stone | Chicago Tribune')."),
    B("photo_caption", "Photo caption of Rauner's 2015 speech, with its credit."),
    B("byline", "Byline ('By Francois Gatimu')."),
    C("neutral", "Rauner will sign the bill barring detention solely on immigration status, 'his office announced' (a signing announced; what the bill does).",
      sp=[S(GOV_OFFICE, "his office")]),
    C("supports", "'Many in the southern Illinois community are calling' the Trust Act 'a step in the right direction for immigrants'.",
      un=["Many in the southern Illinois community"]),
    C("neutral", "Background: 20 DACA students at the university; what DACA is (no view on local cooperation)."),
    C("supports", "Some DACA students 'said they will feel comforted by the governor signing the Trust Act'.",
      un=["Several DACA students"]),
    C("neutral", "Vargas ('said Oneida Vargas'): the administration 'has intensified fears of being detained and deported' (about federal enforcement, not local cooperation; alternative: supports, the fear the Act is said to quell).",
      sp=[S(VARGAS, "Oneida Vargas")], amb=True),
    C("supports", "Vargas ('said') sees the Trust Act 'as a step towards quelling those fears'.",
      sp=[S(VARGAS, "Oneida")]),
    C("supports", "Vargas ('she said'): 'the Trust Act will make us feel more protected'.",
      sp=[S(VARGAS)]),
    C("supports", "Hernandez ('said') is hopeful the law will ease the charged political climate over immigration.",
      sp=[S(AMHERNANDEZ, "Ana Maria Hernandez")]),
]

ANN["d5803_icirr"] = [
    B("site_chrome", "Skip-link text left in the page ('top of page')."),
    T("headline", "Release headline ('Illinois Safe Zones bill passes General Assembly, aims to provide line of defense ...')."),
    B("byline", "Byline ('Joanna Klonsky')."),
    B("timestamp_label", "Date line ('Thu May 31 2018')."),
    C("neutral", "The House passed SB 35, the Illinois Safe Zones Act, to develop model policies against ICE arrests at courthouses, schools and hospitals (a vote; what the bill does)."),
    C("supports", "Harmon ('said Senator Don Harmon'): the Act 'would help provide security in sensitive locations'; 'make the state welcoming for everyone'.",
      sp=[S(HARMON, "Don Harmon")]),
    C("neutral", "ICE's own sensitive-locations policy is 'non-binding' (a policy described; alternative: supports, the case for the bill).",
      amb=True),
    C("neutral", "The Senate and House votes and dates (facts)."),
    C("supports", "Welch ('said Rep. Welch'): children 'in complete distress, asking if they or their families will be deported'; 'the emotional harm' (the need for the bill).",
      sp=[S(WELCH, "Welch")]),
]

ANN["d5804_illinois-senate-democrats"] = [
    T("headline", "Feature-story headline ('New laws signal support for immigrant communities')."),
    B("image_alt", "Image label left in the page ('immigration signing 062119')."),
    C("supports", "Author: communities 'targeted with dehumanizing rhetoric and policy from the federal government will now receive more security' from three new laws (favourable framing of the laws, the KIFT Act among them)."),
    C("neutral", "Aquino, Harmon and Peters joined advocates to see Pritzker sign their bills (actions)."),
    C("neutral", "The RISE Act: state financial aid for undocumented and transgender students (not about local cooperation)."),
    C("neutral", "Aquino ('said Aquino') on access to higher education (not about local cooperation).",
      sp=[S(AQUINO, "Aquino")]),
    C("neutral", "The Keep Illinois Families Together Act bars agreements with ICE to enforce federal immigration law (what the law provides)."),
    C("supports", "Harmon ('Harmon said'): people are scared; the law eases that fear so they 'feel comfortable seeking assistance from police or reporting crimes'.",
      sp=[S(HARMON, "Harmon")]),
    C("neutral", "HB 2040 bars state and local units from coordinating with the development of private detention centers (what the law provides)."),
]

ANN["d5805_liberty-headlines"] = [
    T("headline", "Headline ('Cook County Refused More Than 1,000 ICE Detainers, Freeing Criminal Aliens')."),
    T("dek", "Dek, an unattributed quotation ('All over the world they’re talking about Chicago. Afghanistan is a safe place by comparison…')."),
    T("headline_repeat", "Second headline with different last words ('... Letting Criminal Aliens Free'); not an exact repeat."),
    B("photo_credit", "Image credit ('IMAGE: A&E via Youtube')."),
    C("opposes", "Author (inline byline): Cook County agencies 'freed 1,070 illegal aliens in 2019, including many charged with violent crimes, in defiance of' ICE detainers."),
    C("opposes", "ICE ('the agency reported'): the agencies 'refused to inform ICE even when they released criminal illegal aliens' (alternative: neutral, the report of a practice).",
      sp=[S(ICE, "the agency")], amb=True),
    C("opposes", "Lucero ('said Henry Lucero'): in an area that 'refuses to cooperate with ICE' nobody knows which criminal aliens are released.",
      sp=[S(LUCERO, "Henry Lucero")]),
    C("opposes", "Lucero ('Lucero continued'): 'police resources are being wasted, more people are being victimized'.",
      sp=[S(LUCERO, "Lucero")]),
    C("opposes", "Author: agencies 'would have to re-arrest illegal aliens after releasing them' (the cost of the releases)."),
    C("opposes", "Author: 'Two such examples' of released men (instances offered for the case; alternative: neutral, two names).",
      amb=True),
    C("neutral", "Abass was arrested twice, for indecent exposure and assault (facts about one man; alternative: opposes, part of the example).",
      amb=True),
    C("opposes", "ICE lodged a detainer, 'but local law enforcement refused to cooperate. Abass remains at large.' (the refusal's consequence)."),
]

ANN["d5806_medill-reports"] = [
    T("headline", "Headline ('Special deployment of border patrol agents are targeting sanctuary cities')."),
    B("byline", "Byline ('By Shirin Ali')."),
    B("site_name", "Publication line ('Medill Reports')."),
    C("neutral", "After 'thwarted efforts' against sanctuary cities, Trump began deploying special Border Patrol agents to supplement ICE (actions reported)."),
    C("neutral", "The New York Times reported the cities; the deployment answers local ICE leadership 'requesting help' where agents struggle 'without the help of police' (alternative: opposes, ICE's complaint about sanctuary policies).",
      sp=[S(ICE, "local ICE leadership")], out=["The New York Times"], amb=True),
    C("neutral", "Under city law Chicago police may not assist ICE except in listed cases (what the law provides)."),
    C("neutral", "Lead-in: Bansbach of CBP 'responded with an email statement' (announces the neutral statement that follows).",
      sp=[S(BANSBACH, "Steven Bansbach")]),
    C("neutral", "The CBP statement (continuing Bansbach): 100 officers deployed to supplement ICE and 'protect public safety' (enforcement described; alternative: opposes, the federal push against sanctuary cities justified by safety).",
      sp=[S(BANSBACH)], amb=True),
    C("neutral", "DHS's statement ('an email statement from the Department of Homeland Security') justifies the agents by the 'perceived crisis' at the border; case counts (about the border, not local cooperation; alternative: opposes).",
      sp=[S(DHS, "Department of Homeland Security")], opt=[O(BANSBACH, FORWARDED, "Bansbach")], amb=True),
]

ANN["d5807_patrick-murfin"] = [
    B("timestamp_label", "Blog date line ('Saturday, March 20, 2021')."),
    T("headline", "Post headline ('Immigrant Detainees in McHenry County Jail Exposes Conditions')."),
    C("neutral", "The Coalition obtained a letter from two detainees describing 'harsh conditions' and 'shocking charges' of deception about Covid-19 (detention conditions, not the contract itself; alternative: supports, the case for ending the county's ICE contract).",
      un=["two immigrant detainees"], amb=True),
    C("neutral", "The inmates, unnamed, got the letter out with an appeal that it be made public (facts).",
      un=["The inmates"]),
    B("photo_caption", "Image caption ('The letter from two immigrant detainees in McHenry County Jail.'), with trailing spaces."),
    C("supports", "The Coalition ('demanding', 'We continue to urge') wants the County Board to 'cancel the month-to-month contract' with ICE; a detention center 'terrorizes those who live under its shadow'.",
      sp=[S(COALITION, "The Coalition to Cancel the ICE Contract in McHenry County")]),
    C("neutral", "The letter writers 'complained of “concentration camp” like conditions', poor food, no access to lawyers (conditions of detention; alternative: supports, as #2).",
      un=["The letter writers"], amb=True),
]

ANN["d5808_fair"] = [
    T("headline", "Headline ('Illinois Bill Passes to Expand Sanctuary Policies and Ban Immigration Detention')."),
    B("section_label", "Section label and date ('FAIR Take | June 2021')."),
    C("opposes", "Author: Illinois competes 'to dole out the most benefits ... to illegal aliens'; the bill would 'expand the state’s extreme and dangerous sanctuary policies'."),
    C("neutral", "Author: a 'sanctuary state since 2017' under its 'so-called Trust Act'; the new bill 'goes much further' (mostly description with slanted wording; alternative: opposes).",
      amb=True),
    C("opposes", "Author: closing the three counties' ICE contracts deprives them of 'federal revenues and well-paying corrections jobs' and moves detainees far from families (costs of the ban)."),
    C("neutral", "Lead-in to the list of what the 'so-called' Illinois Way Forward Act would do (announces a description)."),
    C("neutral", "List item: no immigration, citizenship or birthplace inquiries of people in custody or stopped (a provision)."),
    C("neutral", "List item: probation officers count as law enforcement officers under the same restrictions (a provision)."),
    C("neutral", "List item: no restrictions on programs in custody or on probation by immigration status (a provision)."),
    C("neutral", "List item: no new or renewed immigration detention contracts (a provision)."),
    C("neutral", "List item: existing detention contracts to be terminated by January 1, 2022 (a provision)."),
]

ANN["d5809_northwest-herald"] = [
    T("headline", "Headline ('McHenry County’s contract with ICE set to end Saturday')."),
    T("dek", "Dek ('As of Monday, ICE still had 61 people in custody at the county jail')."),
    B("photo_caption", "Photo caption of the activists' candlelight march ('Activists held a candlelight march ...')."),
    C("neutral", "'A day many local activists have hoped for arrives Saturday' when state law ends the county's ICE contract (an event; alternative: supports, the activists' hope as the frame).",
      un=["many local activists"], amb=True),
    C("neutral", "Lawmakers passed the Way Forward Act; despite the county's court efforts, ICE must move its detainees out (facts)."),
    B("photo_caption", "Second photo caption ('Inmates watch as activists held a candlelight march ...')."),
    C("neutral", "Clesceri ('said in a statement'): 'We will work with ICE to facilitate their needs'; 'Our intention is to comply with the law' (compliance, no view on the policy).",
      sp=[S(CLESCERI, "Michael Clesceri")]),
    C("neutral", "The law followed County Board Democrats' attempts and community protests to end the contract; the board voted to continue it (actions)."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d5800_city-council-watchdog.txt", "outlet": "City Council Watchdog (citycouncilwatchdog.com, Naperville council blog)", "date": "2017-02",
     "title": "Naperville A Sanctuary City? Councilwoman Becky Anderson Would ‘Welcome All’",
     "url": "http://citycouncilwatchdog.com/2017/02/naperville-sanctuary-city-councilwoman-becky-anderson-welcome?replytocom=20184"},
    {"file": "d5801_shaw-local.txt", "outlet": "Shaw Local (shawlocal.com)", "date": "2017-04-17",
     "title": "Berwyn passes Welcoming City ordinance to clarify role of local police in immigration (from the URL slug; no headline in the stored text)",
     "url": "https://shawlocal.com/2017/04/17/berwyn-passes-welcoming-city-ordinance-to-clarify-role-of-local-police-in-immigration/aob36kr"},
    {"file": "d5802_daily-egyptian.txt", "outlet": "Daily Egyptian (dailyegyptian.com, Southern Illinois University Carbondale student newspaper)", "date": "2017-08",
     "title": "Community reacts to state immigration bill: ‘[It] will make us feel more protected’",
     "url": "https://dailyegyptian.com/71077/news/community-reacts-to-state-immigration-bill-it-will-make-us-feel-more-protected/"},
    {"file": "d5803_icirr.txt", "outlet": "Illinois Coalition for Immigrant and Refugee Rights (es.icirr.org, news release)", "date": "2018-05-31",
     "title": "Illinois Safe Zones bill passes General Assembly, aims to provide line of defense for 500,000 Illinois immigrants",
     "url": "https://es.icirr.org/News/illinois-safe-zones-bill-passes-general-assembly%2C-aims-to-provide-line-of-defense-for-500%2C000-illinois-immigrants"},
    {"file": "d5804_illinois-senate-democrats.txt", "outlet": "Illinois Senate Democrats (illinoissenatedemocrats.com, caucus feature story)", "date": "2019-06-21",
     "title": "New laws signal support for immigrant communities",
     "url": "https://www.illinoissenatedemocrats.com/caucus-news/feature-story-archive/7583-new-laws-signal-support-for-immigrant-communities"},
    {"file": "d5805_liberty-headlines.txt", "outlet": "Liberty Headlines (libertyheadlines.com)", "date": "2020",
     "title": "Cook County Refused More Than 1,000 ICE Detainers, Freeing Criminal Aliens",
     "url": "https://www.libertyheadlines.com/cook-county-refused-detainers/"},
    {"file": "d5806_medill-reports.txt", "outlet": "Medill Reports (news.medill.northwestern.edu, Northwestern University journalism school)", "date": "2020-02",
     "title": "Special deployment of border patrol agents are targeting sanctuary cities",
     "url": "https://news.medill.northwestern.edu/chicago/special-deployment-of-border-patrol-agents-are-targeting-sanctuary-cities/"},
    {"file": "d5807_patrick-murfin.txt", "outlet": "Patrick Murfin (patrickmurfin.blogspot.com, personal blog)", "date": "2021-03-20",
     "title": "Immigrant Detainees in McHenry County Jail Exposes Conditions",
     "url": "https://patrickmurfin.blogspot.com/2021/03/immigrant-detainees-in-mchenry-county.html"},
    {"file": "d5808_fair.txt", "outlet": "FAIR (fairus.org, Federation for American Immigration Reform, 'FAIR Take')", "date": "2021-06",
     "title": "Illinois Bill Passes to Expand Sanctuary Policies and Ban Immigration Detention",
     "url": "https://www.fairus.org/legislation/state-immigration-legislation-policies/illegal-immigration/illinois-bill-passes-expand"},
    {"file": "d5809_northwest-herald.txt", "outlet": "Northwest Herald (shawlocal.com/northwest-herald)", "date": "2021-12-30",
     "title": "McHenry County’s contract with ICE set to end Saturday",
     "url": "https://www.shawlocal.com/northwest-herald/news/government/2021/12/30/mchenry-countys-contract-with-ice-set-to-end-saturday/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d58")
