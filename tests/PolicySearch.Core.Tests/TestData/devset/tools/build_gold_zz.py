#!/usr/bin/env python3
"""Dev set, part ZZ (files d5200-d5209): hand annotations -> fresh-zz/gold-fresh-zz.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 9 outlets, every one dated 2017-2021 by
its own text, URL or date line (a second helper building a part from the other years at the same time),
all about Illinois; no URL or title shared with any other part's manifest or SOURCES file or with the
seeds, no seed outlet, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or
Center Square copy. Outlets of earlier parts are allowed for this part and are marked in SOURCES-zz.md.
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (models: build_gold_s.py
and build_gold_y.py): canonical names from canonical.py where they apply (Mark Curran, Rahm Emanuel,
Office of the Mayor of Chicago, Lori Lightfoot, Donald Trump, Kwame Raoul, Bill Prim, Brian VanVickle,
David Snyders, Mike Downey, JB Pritzker, Office of the Governor of Illinois, Office of the Illinois
Attorney General, Bruce Rauner), otherwise the fullest form the article gives, titles dropped ("Mayor
Tom McNamara" -> Tom McNamara, "Rockford attorney Linda Zuba" -> Linda Zuba, "McHenry County Board
member Michael Vijuk" -> Michael Vijuk, "Illinois State Representative Jeanne Ives" -> Jeanne Ives).
A person speaking for a body is the person only; a body speaking as itself is a speaker (the IL GOP
"pushed out the following press release", d5200 #3, recorded as Illinois Republican Party; "The Ives
campaign points out", d5203 #9-#10, recorded as Jeanne Ives campaign; "The Rauner camp disputes", d5203
#12, recorded as Bruce Rauner campaign, with the candidates as optional speakers; "the mayor's office",
d5201 #4; "The governor's office said", d5209 #4; "As the Illinois Attorney General's Office reaffirmed",
d5208 #7). A quote or text continuing an attribution keeps the speaker with an empty alias list (the IL
GOP release after "pushed out the following press release", d5200 #7-#8; Pritzker's "he added", d5209
#6; Lightfoot as "She", d5205 #4). The four plaintiff sheriffs are core speakers where "The sheriffs
claim" (d5206 #8) and optional where only "the suit says" (d5206 #9-#10; FOUR_SHERIFFS_REASON). A signed
statement whose author is named only in its headline (Emanuel, d5204 #3) carries him as an optional
speaker (the d1902 Irvin precedent); ICIRR's own release lines (d5208) carry ICIRR as an optional speaker
(the d2509 publisher's-voice precedent). Signing, filing and naming in a suit, voting, submitting a
resolution and launching an ad are actions; bills, ordinances, lawsuits and ads are documents. The
Washington Post (d5205 #4) only carries Lightfoot's op-ed: a cited outlet. The publishing outlet itself
("As published by Illinois Review Saturday", "told HuffPost") is not recorded as a cited outlet. They
were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zz.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import (AG_OFFICE, CURRAN, DOWNEY, EMANUEL, FOUR_SHERIFFS_REASON, GOV_OFFICE, LIGHTFOOT,
                       MAYOR_OFFICE, PRIM, PRITZKER, RAOUL, RAUNER, SNYDERS, TRUMP, VANVICKLE)

ARTICLES, MANIFEST, GOLD = part_files("fresh-zz", "gold-fresh-zz.jsonl")


IL_GOP = "Illinois Republican Party"
MCNAMARA = "Tom McNamara"
ZUBA = "Linda Zuba"
IVES = "Jeanne Ives"
IVES_CAMPAIGN = "Jeanne Ives campaign"
RAUNER_CAMPAIGN = "Bruce Rauner campaign"
BMCCANN = "Brian McCann"
WENCES = "Rey Wences"
VIJUK = "Michael Vijuk"
FRANKS = "Jack Franks"
ICIRR = "Illinois Coalition for Immigrant and Refugee Rights"

STATEMENT = ("the statement's author, named only in the headline ('Statement From Mayor Emanuel'); the line is the "
             "statement's own voice, not attributed speech")
ICIRR_VOICE = ("the release is ICIRR's own text on its news page (with its press contact); the line is the "
               "publisher's voice, not attributed speech")
CAMPAIGN_IVES = "the Ives campaign speaks for the candidate; a lenient evaluation may merge the two"
CAMPAIGN_RAUNER = "the Rauner camp speaks for the governor as candidate; a lenient evaluation may merge the two"
AD_IVES = "the ad is Ives's campaign speech, but the line only reports launching it or what it shows"
TRUMP_ROUNDUPS = "'mass roundups announced by President Donald Trump': an announcement named in passing"


def four_sheriffs_optional():
    return [O(PRIM, FOUR_SHERIFFS_REASON), O(VANVICKLE, FOUR_SHERIFFS_REASON),
            O(SNYDERS, FOUR_SHERIFFS_REASON), O(DOWNEY, FOUR_SHERIFFS_REASON)]


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d5200_illinois-review"] = [
    B("breadcrumb", "Breadcrumb trail with the headline cut ('Home Illinois News IL GOP supports ... cooperation...')."),
    T("headline", "Headline ('IL GOP supports Rauner signing measure to ban state law enforcement’s cooperation with ICE')."),
    C("opposes", "Author: Rauner signed 'With no call to the families of those who've died at the hands of illegal immigrants' a bill 'to end cooperation with federal immigration authorities' (evaluative framing against the signing)."),
    C("supports", "The IL GOP 'pushed out the following press release in full support of the Governor's actions', pointing to law enforcement that backs the Act (lead-in announcing a supportive release; alternative: neutral, the author reporting a release with slanted wording).",
      sp=[S(IL_GOP, "IL GOP")], amb=True),
    C("neutral", "Author: 'not ALL Republicans and law enforcement agree with the party' (notes a split before the release; alternative: opposes, the site siding with the dissenters).",
      un=["not ALL Republicans and law enforcement"], amb=True),
    T("subhead", "The embedded press release's own headline ('Illinois Law Enforcement Supports TRUST Act')."),
    T("dek", "The embedded release's dek ('SB 31 helps local police focus on their sworn police duties ...')."),
    C("supports", "Release voice (the IL GOP's, continuing 'pushed out the following press release'): the Act 'empowers local law enforcement to focus on their sworn police duties ... keeping our communities safe'.",
      sp=[S(IL_GOP)]),
    C("supports", "Release voice: 'Here's what law enforcement leaders have to say about the TRUST Act' (lead-in announcing supportive quotes).",
      sp=[S(IL_GOP)], un=["law enforcement leaders"]),
    C("supports", "Curran ('- Republican Lake County Sheriff Mark Curran'): 'this is not a sanctuary state bill! ... a good bill that will make Illinois a safer place'; victims and witnesses will come forward.",
      sp=[S(CURRAN, "Mark Curran")]),
]

ANN["d5201_patch"] = [
    B("section_label", "Section label ('Politics & Government')."),
    T("headline", "Headline ('Jeff Sessions Blasts Chicago's DOJ Lawsuit: Follow The Law Or No Federal Money')."),
    T("dek", "Dek with an update label ('UPDATED: The attorney general criticized city leaders ... \"culture of lawlessness\" ...')."),
    C("neutral", "The city 'filed a lawsuit' over grant conditions tied to its sanctuary status, as Emanuel and other officials 'announced' (a suit filed and announced; alternative: supports, the city resisting federal grant pressure).",
      sp=[S(EMANUEL, "Rahm Emanuel")], un=["other officials"], amb=True),
    C("neutral", "Background: new Byrne grant guidelines and what the city buys with the money, 'according to the mayor's office'; $2.3 million in 2016.",
      sp=[S(MAYOR_OFFICE, "the mayor's office")]),
    C("supports", "Emanuel ('Emanuel said in a statement'): 'Chicago will not be blackmailed ... will remain a welcoming City'; the federal 'misguided policies' (criticises federal grant pressure); a Patch promo is run into the line.",
      sp=[S(EMANUEL, "Emanuel")]),
    B("promo", "Site promo ('Find out what's happening in Chicagofor free with the latest updates from Patch.')."),
    B("video_embed", "Video link title ('Watch: Why Chicago Is Planning To Sue The US Department Of Justice')."),
]

ANN["d5202_rockford-register-star"] = [
    C("neutral", "McNamara 'is hitting the pause button' on his welcoming city ordinance (an action, reported)."),
    C("neutral", "The ordinance is not dead; focus shifts to a human rights commission (status report)."),
    C("opposes", "Aldermen resisted: they 'questioned why immigrant groups were being offered special protections' and whether undocumented immigrants should get city services (their objections, reported).",
      un=["some Democratic and Republican aldermen"]),
    C("supports", "McNamara ('McNamara argues', 'He said'): immigrants are 'valued residents' who should get city services and 'police protection'.",
      sp=[S(MCNAMARA, "McNamara")]),
    C("supports", "McNamara ('McNamara said'): pausing so as not to divide the city, but 'It doesn’t stop my support ... our moral, social, economic and public safety obligation to approve such an ordinance'.",
      sp=[S(MCNAMARA, "McNamara")]),
    C("neutral", "The ordinance was never voted on and still draws public comments (status)."),
    C("supports", "Zuba ('told aldermen'): documented and undocumented immigrants 'are living in fear' (public comment for the ordinance; alternative: neutral, fear with no policy named in the line).",
      sp=[S(ZUBA, "Linda Zuba")], amb=True),
]

ANN["d5203_breitbart"] = [
    T("headline", "Headline ('Jeanne Ives Targets Illinois ‘Sanctuary State’ Law in Republican Primary')."),
    B("photo_caption", "Image caption ('Jeanne Ives ad (Screenshot / YouTube)')."),
    B("photo_credit", "Image credit ('Screenshot / YouTube')."),
    C("neutral", "Ives 'has launched a biting new ad' against Rauner that 'brings the “sanctuary state” issue to the fore' (a campaign action, reported; alternative: opposes, the ad's attack on the law).",
      opt=[O(IVES, AD_IVES, "Jeanne Ives")], amb=True),
    C("opposes", "Author: Rauner 'signed a law that essentially made Illinois a sanctuary state'; conservatives 'warned' it was 'the “beginning of the end”' (political consequences as criticism).",
      un=["Conservatives"]),
    C("opposes", "Author: Rauner's signature 'is coming back to haunt him' (political consequences as criticism)."),
    C("opposes", "The ad 'focuses on the murder of Denny McCann, who was run down by an illegal alien' (crime offered against the law; alternative: neutral, a description of the ad).",
      opt=[O(IVES, AD_IVES, "Ives’s")], amb=True),
    C("neutral", "Brian McCann ('recalls', 'Brian says'): his brother was run down by a drunk driver, Saul Chavez, and died (the crime; no word on the law; alternative: opposes, the ad's case).",
      sp=[S(BMCCANN, "Brian McCann", "Brian")], amb=True),
    C("neutral", "Author: 'Unfortunately', Chavez fled to Mexico and escaped punishment (the case's outcome; alternative: opposes, offered as what sanctuary policy allows).",
      amb=True),
    C("opposes", "The Ives campaign ('points out'): the prosecution 'didn’t happen in the sanctuary county of Cook' (blames the county's sanctuary policy).",
      sp=[S(IVES_CAMPAIGN, "The Ives campaign")], opt=[O(IVES, CAMPAIGN_IVES, "Ives")]),
    C("opposes", "The campaign ('the campaign said in a Friday press release'): 'thanks to Governor Bruce Rauner, it now won’t happen in the sanctuary state of Illinois'.",
      sp=[S(IVES_CAMPAIGN, "the campaign")], opt=[O(IVES, CAMPAIGN_IVES)]),
    C("opposes", "Ives ('Ives said in the press release'): 'Rauner stands with illegal immigrant criminals'; she 'stands for the rule of law'.",
      sp=[S(IVES, "Ives")]),
    C("supports", "The Rauner camp ('disputes the claim') that the Act makes Illinois a sanctuary state; police may still cooperate on a judge's warrant (denies on the law's behalf that it is a sanctuary law).",
      sp=[S(RAUNER_CAMPAIGN, "The Rauner camp")], opt=[O(RAUNER, CAMPAIGN_RAUNER, "Rauner")]),
]

ANN["d5204_city-of-chicago"] = [
    T("headline", "Release headline ('Statement From Mayor Emanuel on Reported Trump Proposal on Migrants')."),
    B("timestamp_label", "Date line ('April 12, 2019')."),
    B("press_contact", "Press contact line ('Mayor's Press Office    312.744.3334')."),
    C("supports", "Statement voice: 'America is a sanctuary country'; cities identify as sanctuary cities; 'as a welcoming city, we would welcome these migrants with open arms'.",
      opt=[O(EMANUEL, STATEMENT)]),
    B("page_label", "Page section label ('News Release Facts')."),
    B("navigation", "Navigation label ('I Want To')."),
]

ANN["d5205_huffpost"] = [
    T("headline", "Headline ('Chicago’s Mayor Vows To Protect Immigrants From ICE, But Activists Say It’s Not Enough')."),
    T("dek", "Dek ('Mayor Lori Lightfoot has been outspoken against cooperation ... but activists want her to sign an executive order proving it.')."),
    C("supports", "Lightfoot ('denouncing looming federal raids') and activists who 'say her words are not enough' (both on the side of limits, the activists wanting more; alternative: neutral, raids rather than local cooperation).",
      sp=[S(LIGHTFOOT, "Chicago’s mayor")], un=["immigration activists on the ground"], amb=True),
    C("supports", "Lightfoot ('announced'): ICE permanently banned from police databases; police 'will not team up with ICE to detain any resident'; she reassured families police will not cooperate.",
      sp=[S(LIGHTFOOT, "Lori Lightfoot")], opt=[O(TRUMP, TRUMP_ROUNDUPS, "Donald Trump")]),
    C("supports", "Lightfoot ('She ... penned an op-ed' in The Washington Post) 'doubling down on her promise to protect' the city's undocumented residents.",
      sp=[S(LIGHTFOOT)], out=["The Washington Post"]),
    C("supports", "Aldermen and activists 'think the mayor needs to go further' and bar DHS agencies from city databases (for stronger limits).",
      un=["aldermen and undocumented immigrant activists"]),
    C("neutral", "Wences ('told HuffPost'): raids 'happen all the time' and are used 'to terrorize people' (about raids, not local cooperation; alternative: supports, the case for the executive order).",
      sp=[S(WENCES, "Rey Wences")], amb=True),
]

ANN["d5206_lake-mchenry-scanner"] = [
    B("photo_caption", "Photo caption and credit ('Four Illinois sheriffs issue a statement ... | Photo provided by the Ogle County Sheriff’s Office.')."),
    C("neutral", "Prim and three other sheriffs 'filed a federal lawsuit to block the Illinois Trust Act' (a suit filed; what the Act says)."),
    C("neutral", "The four sheriffs named; the suit filed Monday in federal court (facts)."),
    C("neutral", "What the suit seeks (an injunction) and what the 2017 statute restricts (description)."),
    C("neutral", "The suit also seeks a judgment that federal law supersedes the Act (what the suit seeks)."),
    C("neutral", "The suit names Raoul as defendant (fact)."),
    C("supports", "Raoul ('Raoul said in a statement'): the Act 'reflects the values of Illinois residents' and builds relationships 'instead of spreading fear'.",
      sp=[S(RAOUL, "Raoul")]),
    B("related_headline", "Related-article teaser ('[Suggested Article]  Coroner rules child died ...')."),
    C("opposes", "The sheriffs ('claim') the Act has exposed them to litigation; three of the four have been sued under it.",
      sp=[S(PRIM, "The sheriffs"), S(VANVICKLE, "The sheriffs"), S(SNYDERS, "The sheriffs"), S(DOWNEY, "The sheriffs")]),
    C("opposes", "The suit ('the suit says'): the Act 'is in direct conflict with federal laws requiring cooperation'.",
      opt=four_sheriffs_optional()),
    C("opposes", "The suit ('the suit also states'): the Act 'puts Illinois law enforcement officers in an impossible position' between detainers and state law.",
      opt=four_sheriffs_optional()),
]

ANN["d5207_shaw-local"] = [
    B("section_label", "Section label ('News - McHenry County')."),
    T("headline", "Headline ('Law and Government Committee votes against resolution to end ICE contract')."),
    T("dek", "Dek ('The topic is still planned to go before the full County Board ...')."),
    B("photo_caption", "Photo caption ('McHenry County Board member Michael Vijuk, seen here, ...')."),
    C("neutral", "The resolution to end the county's ICE contract was 'shot down' in committee (a vote, reported)."),
    C("neutral", "The 6-2 vote followed a discussion whose concerns 'centered on the millions the county would lose' (the vote and the members' cost concerns; alternative: opposes, the case for keeping the ICE contract).",
      un=["Committee members"], amb=True),
    C("neutral", "Who voted no and who voted yes (a roll call)."),
    C("neutral", "The full board will discuss it on Aug. 18 (schedule)."),
    C("supports", "Vijuk ('said') he was disappointed by the vote and 'eager to debate the issue' (the sponsor of ending the contract; alternative: neutral, about procedure).",
      sp=[S(VIJUK, "Michael Vijuk")], amb=True),
    C("neutral", "Vijuk ('Vijuk said'): he wanted the debate now because of the budget; the contract was last approved in 2014 (timing, history).",
      sp=[S(VIJUK, "Vijuk")]),
    C("supports", "Vijuk ('Vijuk said'): there is more interest 'to not have ICE detention facilities in a governmental agreement'.",
      sp=[S(VIJUK, "Vijuk")]),
    C("neutral", "Franks ('said') the resolution can still come up at the full board meeting (procedure).",
      sp=[S(FRANKS, "Jack Franks")]),
    C("supports", "Franks ('said he is for the ending of the contract') and blames the federal government for failing on immigration reform.",
      sp=[S(FRANKS, "Franks")]),
]

ANN["d5208_icirr"] = [
    T("headline", "Release headline ('Illinois Way Forward (SB 667) passes General Assembly')."),
    B("press_contact", "Press contact name ('Brandon Lee')."),
    B("press_contact", "Press contact phone number ('773-259-5288')."),
    B("timestamp_label", "Date line ('Tue Jun 01 2021')."),
    T("headline", "The release's all-caps headline ('“ILLINOIS WAY FORWARD” BILL PASSES GENERAL ASSEMBLY')."),
    T("dek", "Release dek ('Illinois is one step closer to completely separating local law enforcement from ICE statewide; ...')."),
    C("neutral", "Release voice: the House passed SB 667 68-47; it goes to the governor (a vote).",
      opt=[O(ICIRR, ICIRR_VOICE)]),
    C("supports", "Release voice: the bill would end ICE contracts and bar police collaboration with ICE, 'thus protect immigrants'; the Attorney General's Office 'reaffirmed' that civil immigration enforcement is outside local police's purview; 'a bright line'.",
      sp=[S(AG_OFFICE, "Illinois Attorney General's Office")],
      opt=[O(ICIRR, ICIRR_VOICE, "Illinois Coalition for Immigrant and Refugee Rights")]),
    C("neutral", "Bulleted provision: 'restricting local police participation in and coordination with ICE operations' (what the bill does).",
      opt=[O(ICIRR, ICIRR_VOICE)]),
    C("neutral", "Bulleted provision: 'restricting ICE access to police facilities and equipment'.",
      opt=[O(ICIRR, ICIRR_VOICE)]),
    C("neutral", "Bulleted provision: 'restricting ICE access to people in police custody'.",
      opt=[O(ICIRR, ICIRR_VOICE)]),
    C("neutral", "Bulleted provision: 'restricting police sharing of information with ICE'.",
      opt=[O(ICIRR, ICIRR_VOICE)]),
    C("neutral", "Bulleted provision: 'restricting police inquiries regarding immigration status'.",
      opt=[O(ICIRR, ICIRR_VOICE)]),
    C("neutral", "Bulleted provision: 'ending county jail contracts to detain people for ICE.'",
      opt=[O(ICIRR, ICIRR_VOICE)]),
    C("neutral", "Release voice: accountability measures so agencies follow the laws limiting collaboration, and access to protections for immigrant survivors (what the bill does; alternative: supports, the release's favourable account).",
      opt=[O(ICIRR, ICIRR_VOICE)], amb=True),
    T("subhead", "Subhead introducing the statements ('STATEMENTS from ICIRR and legislative leaders on today’s vote:'), cut before the first one."),
]

ANN["d5209_lake-mchenry-scanner"] = [
    B("photo_caption", "Photo caption and credits ('McHenry County State’s Attorney Patrick Kenneally (left) and Illinois Gov. J.B. Pritzker (right) | Photo – ...')."),
    C("neutral", "An appeals court delayed the law barring jails from housing ICE detainees while McHenry County's appeal is heard (a ruling, reported)."),
    C("neutral", "SB 667 passed 36-19 in late May (a vote)."),
    C("neutral", "Pritzker signed SB 667 and three other bills at East Aurora High School (an action)."),
    C("supports", "The governor's office ('said') the package expands 'protections for immigrant and refugee communities' and makes Illinois 'the most welcoming state in the nation'.",
      sp=[S(GOV_OFFICE, "The governor’s office")]),
    C("supports", "Pritzker ('Pritzker said'): policies 'that make Illinois a welcoming state for immigrants'; 'proud to sign these accountability measures'.",
      sp=[S(PRITZKER, "Pritzker")]),
    C("supports", "Pritzker ('he added'): 'every human being deserves to feel safe and secure in the place they call home' (the signing's rationale; alternative: neutral, a general value with no word on cooperation).",
      sp=[S(PRITZKER)], amb=True),
    C("neutral", "What SB 667 says: no agency may enter or renew a contract to detain people for immigration violations (what the law provides)."),
    B("photo_caption", "Photo caption ('Gov. J.B. Pritzker signs multiple bills ... | Provided Photo.')."),
    C("neutral", "The law requires ending ICE housing agreements by January 1, 2022 (what the law provides)."),
    B("related_headline", "Related-article teaser ('[Suggested Article]  Police investigating after 10-year-old child dies ...')."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d5200_illinois-review.txt", "outlet": "Illinois Review (illinoisreview.com; outlet seen before)", "date": "2017-08-28",
     "title": "IL GOP supports Rauner signing measure to ban state law enforcement’s cooperation with ICE",
     "url": "https://www.illinoisreview.com/illinoisreview/2017/08/il-gop-supports-rauner-signing-measure-to-ban-state-law-enforcements-cooperation-with-ice.html?amp=1"},
    {"file": "d5201_patch.txt", "outlet": "Patch (Chicago; patch.com, outlet seen before)", "date": "2017-08",
     "title": "Jeff Sessions Blasts Chicago's DOJ Lawsuit: Follow The Law Or No Federal Money",
     "url": "https://new-origin.patch.com/illinois/chicago/chicago-sues-justice-department-trying-deny-grants-sanctuary-cities"},
    {"file": "d5202_rockford-register-star.txt", "outlet": "Rockford Register Star (rrstar.com; outlet seen before)", "date": "2017-10-20",
     "title": "Rockford mayor puts brakes on welcoming city proposal (from the URL slug; no headline in the stored text)",
     "url": "https://www.rrstar.com/news/20171020/rockford-mayor-puts-brakes-on-welcoming-city-proposal"},
    {"file": "d5203_breitbart.txt", "outlet": "Breitbart (breitbart.com; outlet seen before)", "date": "2018-02-11",
     "title": "Jeanne Ives Targets Illinois ‘Sanctuary State’ Law in Republican Primary",
     "url": "https://www.breitbart.com/politics/2018/02/11/jeanne-ives-sanctuary-state-becoming-major-issue-il-governor-primary/"},
    {"file": "d5204_city-of-chicago.txt", "outlet": "City of Chicago (chicago.gov, Office of New Americans news page; mayor's statement)", "date": "2019-04-12",
     "title": "Statement From Mayor Emanuel on Reported Trump Proposal on Migrants",
     "url": "https://www.chicago.gov/city/en/depts/mayor/provdrs/office_of_new_americans/news/2019/April/Statement_From_Mayor_on_Trump_Proposal_on_Migrants.html"},
    {"file": "d5205_huffpost.txt", "outlet": "HuffPost (huffpost.com)", "date": "2019-07",
     "title": "Chicago’s Mayor Vows To Protect Immigrants From ICE, But Activists Say It’s Not Enough",
     "url": "https://www.huffpost.com/entry/chicago-mayor-protect-immigrants-ice-activists-not-enough_n_5d2cff06e4b0a5833c5d8c82"},
    {"file": "d5206_lake-mchenry-scanner.txt", "outlet": "Lake and McHenry County Scanner (lakemchenryscanner.com; outlet seen before)", "date": "2020-03-09",
     "title": "McHenry County sheriff files lawsuit against state over immigration law (from the URL slug; no headline in the stored text)",
     "url": "https://www.lakemchenryscanner.com/2020/03/09/mchenry-county-sheriff-files-lawsuit-against-state-over-immigration-law/"},
    {"file": "d5207_shaw-local.txt", "outlet": "Shaw Local (shawlocal.com, McHenry County news; outlet seen before)", "date": "2020-07-28",
     "title": "Law and Government Committee votes against resolution to end ICE contract",
     "url": "https://www.shawlocal.com/2020/07/28/law-and-government-committee-votes-against-resolution-to-end-ice-contract/aaasidp/"},
    {"file": "d5208_icirr.txt", "outlet": "Illinois Coalition for Immigrant and Refugee Rights (icirr.org, news release; outlet seen before)", "date": "2021-06-01",
     "title": "Illinois Way Forward (SB 667) passes General Assembly",
     "url": "https://icirr.org/News/illinois-way-forward-%28sb-667%29-passes-general-assembly"},
    {"file": "d5209_lake-mchenry-scanner.txt", "outlet": "Lake and McHenry County Scanner (lakemchenryscanner.com; outlet seen before)", "date": "2021-12-30",
     "title": "Federal court delays new law that will prohibit Illinois jails from housing ICE detainees following lawsuit (from the URL slug; no headline in the stored text)",
     "url": "https://www.lakemchenryscanner.com/2021/12/30/federal-court-delays-new-law-that-will-prohibit-illinois-jails-from-housing-ice-detainees-following-lawsuit/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d52")
