#!/usr/bin/env python3
"""Dev set, part ZM (files d3900-d3907): hand annotations -> fresh-zm/gold-fresh-zm.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 8 articles from 8 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. Four articles are about Illinois (d3900-d3903); four are not (d3904 and d3905 on 287(g) in
Wisconsin, d3906 a New Orleans campus editorial on a "sanctuary campus", d3907 sanctuary churches in
Portland, Oregon). The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field
conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-Y (models:
build_gold_s.py and build_gold_y.py): canonical names from canonical.py where they apply (Lori
Lightfoot, Brandon Johnson, U.S. Immigration and Customs Enforcement), otherwise the fullest form the
article gives, titles dropped ("Illinois Senate Republican Leader John Curran" -> John Curran, "Pastor
Mark Knutson" -> Mark Knutson). John Curran is not canonical.py's CURRAN (Mark Curran). A quote
continuing an attribution keeps the speaker with an empty alias list (Lightfoot after "In her own
words:", d3900 #3). An organisation speaking through its report is a speaker, as filers speak through
their filing ("A July 2025 report by the ACLU of Wisconsin outlines", d3904 #1; "the ACLU’s updated
report indicates", #6); the report named by its title only (#2) makes the ACLU optional. d3901 is the
university's own FAQ page: Northeastern Illinois University is an optional speaker of its answer lines
(the publisher's own voice, the d2509 River Forest precedent). d3905 is a party group's newsletter
post and d3906 a student paper's editorial: their lines are the author's voice, not attributed
speech. The executive order (d3903), the Outagamie County MOA (d3905) and DHS policy (d3907) are
documents; seeking testimony, sending letters, assigning a task force and signing agreements are
actions. Kathy Hochul "has confirmed her attendance" (d3902 #5): optional (a reply to an invitation,
not a view). The embedded tweet of d3902 (#10-#12) is Melissa Hallman's, named only in its credit
line: she is an optional speaker of its text lines. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zm.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, ICE, LIGHTFOOT

ARTICLES, MANIFEST, GOLD = part_files("fresh-zm", "gold-fresh-zm.jsonl")


NEIU = "Northeastern Illinois University"
JCURRAN = "John Curran"
HOCHUL = "Kathy Hochul"
HALLMAN = "Melissa Hallman"
ACLU_WI = "ACLU of Wisconsin"
KNUTSON = "Mark Knutson"

FAQ_VOICE = ("the FAQ is the university's own text on its website ('our International Programs'); the line is the "
             "publisher's voice, not attributed speech")
TWEET = ("the line is the text of an embedded tweet whose author, Melissa Hallman, is named only in the credit line "
         "below it")
HOCHUL_REASON = "'has confirmed her attendance' reports a reply to an invitation, not a stated view"
ACLU_REPORT = ("the line gives the findings of the ACLU of Wisconsin's report, named here only by its title "
               "('The Jail-to-Deportation Pipeline in Wisconsin report')")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d3900_megafetch"] = [
    T("headline", "Headline ('US Immigration: Chicago Mayor permanently bans Ice from accessing Police Database')."),
    C("supports", "Lightfoot 'announced' that the city 'permanently banned' ICE from the police department's databases ahead of the raids (an actor refusing cooperation with ICE).",
      sp=[S(LIGHTFOOT, "Lori Lightfoot")]),
    C("supports", "Lead-in 'In her own words:' announcing Lightfoot's quote (takes the stance it announces; alternative: boilerplate, a label).",
      sp=[S(LIGHTFOOT)], amb=True),
    C("supports", "Lightfoot's quoted words (continuing 'In her own words:'): police 'will not team up with ICE to detain any resident' and 'We have also cut off ICE from any access from any CPD databases'.",
      sp=[S(LIGHTFOOT)]),
    B("view_counter", "Page view counter ('622total visits,1visits today')."),
    B("comment_prompt", "Comment form heading ('Leave a Reply')."),
]

ANN["d3901_northeastern-illinois-university"] = [
    B("image_alt", "Image alt text ('An elevated view of the University Commons and the Student Union building')."),
    T("headline", "Page title ('Frequently Asked Questions Related to Immigration and Customs Enforcement (ICE) Officers on Northeastern Illinois University Property')."),
    B("source_note", "Source note ('Adapted from the Open Illinois webpage, University of Illinois at Urbana-Champaign, January 2020.')."),
    T("subhead", "FAQ question used as a subhead ('Can Northeastern Illinois University prevent federal immigration enforcement officers from coming on campus ...?')."),
    C("neutral", "FAQ voice: 'It depends'; officers 'may enter areas open to the general public without a warrant' (what the law allows).",
      opt=[O(NEIU, FAQ_VOICE, "Northeastern Illinois University")]),
    C("neutral", "FAQ voice: public access is limited in ID-card, locked or monitored spaces such as the residence hall, offices and classrooms (description of access; alternative: supports, limits on ICE's reach on campus).",
      opt=[O(NEIU, FAQ_VOICE, "NEIU")], amb=True),
    C("neutral", "FAQ voice: ICE may be on campus for other reasons; the university must report F-1/J-1 status to ICE and allow record reviews (routine obligations, described).",
      opt=[O(NEIU, FAQ_VOICE, "the University")]),
    T("subhead", "FAQ question used as a subhead ('In what situations can federal immigration enforcement officers enter limited access, nonpublic areas ...?')."),
]

ANN["d3902_us-news-mag"] = [
    T("dek", "Dek ('Chairman James Comer intensifies scrutiny of sanctuary jurisdictions ...')."),
    T("subhead", "Box label ('Key Takeaways')."),
    C("neutral", "Bullet: Comer seeks testimonies from Pritzker, Walz and Hochul on their states' sanctuary policies (a request, an action)."),
    C("opposes", "Bullet, author: Comer's inquiry 'aims to enhance federal immigration measures and public safety' (favourable framing of the inquiry into sanctuary states; alternative: neutral, the inquiry's stated aim).",
      amb=True),
    C("neutral", "Bullet: Pritzker 'is reviewing the invitation' to the May 15 hearing (status)."),
    C("neutral", "Bullet: Hochul 'has confirmed her attendance'; Walz undecided (status).",
      opt=[O(HOCHUL, HOCHUL_REASON, "Kathy Hochul")]),
    C("neutral", "Bullet: Johnson and Curran 'criticize the hearing for different reasons' (two sides, neither view given; alternative: either side).",
      sp=[S(BJOHNSON, "Brandon Johnson"), S(JCURRAN, "John Curran")], amb=True),
    T("subhead", "Subhead ('Comer Demands Answers on Sanctuary Policies')."),
    C("neutral", "The Oversight Committee is expanding its investigation; Comer 'has formally invited' the governors; federal interest in these jurisdictions' impact 'continues to grow' (actions, reported)."),
    C("opposes", "Curran's criticism of Pritzker's 'lack of transparency in taxpayer funds used on non-citizen programs'; he 'urges' Pritzker to testify, 'highlighting public safety concerns and the financial burden on taxpayers faced by these policies'.",
      sp=[S(JCURRAN, "John Curran", "Curran")]),
    C("neutral", "Embedded tweet text: Comer 'sent letters requesting testimony from \"sanctuary governors\"' as part of an investigation into their effects on public safety (an action reported).",
      opt=[O(HALLMAN, TWEET)]),
    C("neutral", "Embedded tweet, cut off: 'Minnesota Gov. Tim Walz, Illinois…' and a picture link (a fragment, no claim).",
      opt=[O(HALLMAN, TWEET)]),
    B("embed_credit", "Tweet credit ('— Melissa Hallman (@dotconnectinga) April 10, 2025')."),
    T("subhead", "Subhead ('Federal Interest and Divergent Viewpoints')."),
]

ANN["d3903_warptechlab-news"] = [
    T("headline", "Headline ('President is preparing for controversial federal takeover of US city in crusade against immigration ‘sanctuary cities’')."),
    C("supports", "The executive order 'affirms that Chicago police officers will not collaborate with the National Guard or ICE agents' (a city's refusal to cooperate with ICE, reported; alternative: neutral, what an order provides).",
      amb=True),
    C("neutral", "Background: the order is 'the latest chapter in an escalating feud' between the White House and Illinois officials."),
]

ANN["d3904_milwaukee-independent"] = [
    C("supports", "Author: as 'the Trump regime intensifies' enforcement, sheriffs play 'a central role in funneling immigrants from local jails into the hands of federal deportation officers' (critical of local cooperation; alternative: neutral, slanted wording only).",
      amb=True),
    C("neutral", "The ACLU of Wisconsin's report ('outlines') counts 13 agencies with active 287(g) agreements (a count).",
      sp=[S(ACLU_WI, "ACLU of Wisconsin")]),
    C("neutral", "The report documented what the partnerships let officers do: interrogate about status, issue detainers, start deportation proceedings from jails (description; alternative: supports, the report's 'Jail-to-Deportation Pipeline' framing).",
      opt=[O(ACLU_WI, ACLU_REPORT)], amb=True),
    C("neutral", "The program's growth since 2022; 'According to ICE', all of it in 2025, with the new counties named (counts).",
      sp=[S(ICE, "ICE")]),
    C("supports", "Author: the arrangements let ICE 'embed itself', 'circumventing community-driven efforts to curtail immigration enforcement', and put residents 'at heightened risk of detention and removal'."),
    C("neutral", "Waukesha alone uses the Jail Enforcement Model; other counties the WSO model, letting deputies serve ICE warrants and detain 'without judicial oversight' (description; alternative: supports, the closing phrase).",
      amb=True),
    C("supports", "Advocates ('have long criticized') say 287(g) erodes trust between police and immigrants; the ACLU's report 'indicates' cooperation is more 'embedded and financially incentivized' than understood.",
      sp=[S(ACLU_WI, "ACLU")], un=["advocates"]),
]

ANN["d3905_8th-district-dems"] = [
    C("neutral", "Author: four area counties signed 287(g) agreements letting deputies do immigration work inside jails (facts)."),
    C("neutral", "Author: 'It’s important to understand what this means — for taxpayers, for community safety, and for oversight' (a lead-in; alternative: supports, the questions it announces).",
      amb=True),
    T("subhead", "Subhead ('What is the Warrant Model?')."),
    C("neutral", "Author: under the warrant service officer model deputies act only on people already in custody, no street-level enforcement or raids (what the model provides)."),
    C("neutral", "The Outagamie County MOA authorizes designated deputies only to do what follows (a document, introduced)."),
    C("neutral", "MOA item: 'Serve ICE administrative warrants' on people already in custody (provision quoted)."),
    C("neutral", "MOA item: 'Maintain custody of aliens for a period not to exceed 48 hours' after release for ICE (provision quoted)."),
    C("neutral", "MOA item: 'Complete required ICE documentation and database entries' (provision quoted)."),
    C("neutral", "Author: only ICE-trained and certified officers may perform these duties (the agreement's terms)."),
    T("subhead", "Subhead ('Who Pays for This?')."),
    C("supports", "Author: most costs 'come from local budgets, i.e. taxpayer dollars'; 'every hour spent on federal tasks is an hour pulled away from core community policing' (an argument against local cooperation)."),
    T("subhead", "Subhead ('Key Questions to Ask Locally')."),
    C("neutral", "Author: 'Accountability starts with clarity'; questions residents should press officials and sheriffs on (a lead-in; alternative: supports, scrutiny of the agreements).",
      amb=True),
    C("neutral", "Question: 'How many deputies are being trained and certified under the 287(g) agreement?' (a question, no view)."),
]

ANN["d3906_the-maroon"] = [
    C("neutral", "Editorial: Loyola 'has a decision to make'; a task force assigned by President Cole (an action, reported)."),
    C("neutral", "Editorial: with students' free speech 'under attack', a debate on how universities should handle judicial warrants from immigration enforcement (framing of the question)."),
    C("neutral", "Editorial: Loyola requires a judge-signed warrant; 'we are not simply complying with any action taken by the local police', but with a warrant would allow arrests (the current policy, described and mildly defended; alternative: supports, the warrant requirement as a limit).",
      amb=True),
    C("opposes", "Editorial: some argue for 'a full sanctuary campus'; that would mean 'contempt of court' and risk 'losing federal funding' that would 'put many students at risk' (warns of the costs of full sanctuary; alternative: neutral, weighing one option).",
      un=["Some"], amb=True),
    C("neutral", "Editorial: students would lose federal loans, the sanction used against other universities; 'Whatever decision Loyola comes to, student voices matter' (consequences, then even-handed; alternative: opposes, continues the cost case).",
      amb=True),
    C("supports", "Editorial: compliance with warrants to arrest protesting international students 'sets a questionable precedent' (against complying with immigration arrests on campus; alternative: neutral, about free speech).",
      amb=True),
]

ANN["d3907_the-living-church"] = [
    T("headline", "Headline ('Plan for Compassion')."),
    B("byline", "Byline ('By G. Jeffrey MacDonald')."),
    C("neutral", "Knutson 'announced 20 years ago' that Augustana would be a 'sanctuary congregation' sheltering people from deportation agents (church sanctuary, not police cooperation; alternative: supports, the story's admiring frame).",
      sp=[S(KNUTSON, "Mark Knutson")], amb=True),
    C("neutral", "The congregation's commitment was tested in 2014 (narrative)."),
    C("neutral", "Narrative: Aguirre, pursued by federal agents, lived in the chancel; his DUI and illegal-reentry charges (facts)."),
    C("neutral", "Knutson ('Knutson said'): sheltering someone is 'like having a baby', you figure it out as you go (the experience, no view on the policy).",
      sp=[S(KNUTSON, "Knutson")]),
    C("neutral", "Calls from at least 15 congregations after the election, 'Knutson said'; callers want to know how to be a sanctuary church (interest reported; alternative: supports).",
      sp=[S(KNUTSON, "Knutson")], amb=True),
    C("neutral", "More than 400 congregations in the sanctuary movement; DHS policy treats houses of worship as 'sensitive locations' (counts and a policy described)."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d3900_megafetch.txt", "outlet": "Megafetch (megafetch.com, news blog)", "date": "2019-07",
     "title": "US Immigration: Chicago Mayor permanently bans Ice from accessing Police Database",
     "url": "https://megafetch.com/us-immigration-chicago-mayor-permanently-bans-ice-from-accessing-police-database/"},
    {"file": "d3901_northeastern-illinois-university.txt", "outlet": "Northeastern Illinois University (neiu.edu, undocumented student resources FAQ)", "date": "2020",
     "title": "Frequently Asked Questions Related to Immigration and Customs Enforcement (ICE) Officers on Northeastern Illinois University Property",
     "url": "https://www.neiu.edu/university-life/undocumented-student-resources/resources-and-education/faq-if-ice-comes-campus"},
    {"file": "d3902_us-news-mag.txt", "outlet": "US News Mag (usnewsmag.com)", "date": "2025-04",
     "title": "James Comer turns up the heat on governors over sanctuary policies (from the URL slug; no headline in the stored text)",
     "url": "https://usnewsmag.com/james-comer-turns-up-the-heat-on-governors-over-sanctuary-policies"},
    {"file": "d3903_warptechlab-news.txt", "outlet": "WarpTechLab News (news.warptechlab.com, aggregator)", "date": "2025",
     "title": "President is preparing for controversial federal takeover of US city in crusade against immigration ‘sanctuary cities’",
     "url": "https://news.warptechlab.com/story/146868062"},
    {"file": "d3904_milwaukee-independent.txt", "outlet": "Milwaukee Independent (milwaukeeindependent.com)", "date": "2025",
     "title": "ACLU report details Wisconsin sheriffs turned county jails into profit hubs for ICE deportation (from the URL slug; no headline in the stored text)",
     "url": "https://www.milwaukeeindependent.com/explainers/aclu-report-details-wisconsin-sheriffs-turned-county-jails-profit-hubs-ice-deportation"},
    {"file": "d3905_8th-district-dems.txt", "outlet": "8th District Dems (8th-district-dems-updates.kit.com, Wisconsin Democrats' newsletter)", "date": "2025",
     "title": "What 287(g) warrant model agreements mean in NE Wisconsin (from the URL slug; no headline in the stored text)",
     "url": "https://8th-district-dems-updates.kit.com/posts/what-287-g-warrant-model-agreements-mean-in-ne-wisconsin"},
    {"file": "d3906_the-maroon.txt", "outlet": "The Maroon (loyolamaroon.com, Loyola University New Orleans student paper; editorial)", "date": "2025",
     "title": "Should Loyola be a sanctuary campus? (from the URL slug; no headline in the stored text)",
     "url": "https://loyolamaroon.com/10044829/features/opinion/editorial-2/should-loyola-be-a-sanctuary-campus"},
    {"file": "d3907_the-living-church.txt", "outlet": "The Living Church (livingchurch.org)", "date": "2017-01-13",
     "title": "Plan for Compassion",
     "url": "https://livingchurch.org/2017/01/13/plan-compassion/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d39")
