#!/usr/bin/env python3
"""Dev set, part AD (files d5600-d5609): hand annotations -> fresh-ad/gold-fresh-ad.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 10 outlets, every one dated 2017-2021 by
its own text, URL or date line (a second helper built a part from the other years at the same time); no
URL or title shared with any other part, no outlet of the seeds, and no page that carries AP, Chicago
Tribune, Sun-Times, Capitol News Illinois or Center Square copy. All ten are about Illinois.
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (models: build_gold_s.py
and build_gold_y.py): canonical names from canonical.py where they apply (Mark Curran, Mike Downey,
Lori Lightfoot, Donald Trump, Office of the Governor of Illinois), otherwise the fullest form the article
gives, titles dropped ("Village President Dan DiMaria" -> Dan DiMaria, "Village Administrator Ralph
Czerwinski" -> Ralph Czerwinski, "Sheriff Gary Caruana" -> Gary Caruana, "member Steve Balich" -> Steve
Balich, "Will County Sheriff Mike Kelley" -> Mike Kelley, "Ald. Carlos Ramirez-Rosa" -> Carlos
Ramirez-Rosa, also for d5607, whose page writes "Ramirez Rosa" without the hyphen; the alias keeps the
page's form). A person speaking for a body is the person; "a Pritzker spokeswoman" maps to the Office of
the Governor of Illinois (the seeds' rule for a governor's spokesperson); "ISU administrators ... have
said" maps to Illinois State University (unnamed officials of a named body).

Two conventions this part leans on:
  * d5600 is a page of village minutes whose lines are the hard-wrapped lines of a PDF, so sentences run
    across lines. A line holding the attribution ("He said that", "Mayor DiMaria noted", "Ralph Czerwinski
    explained") gets the core speaker; the wrapped lines that only continue that reported speech get the
    same person as an OPTIONAL speaker (WRAPPED reason), since nothing in the line itself attributes it.
  * d5602 is a signed letter: its first-person lines carry the signer, Mark Curran, as an optional
    speaker (SIGNED reason; the d1902 Irvin and d2509 River Forest precedent of authorship rather than
    attributed speech). The editorial d5608 is the newspaper's own voice and has no speaker for its
    author lines (the seeds' "author's framing").
Calling the roll, approving ordinances, demonstrating, joining a press conference, housing detainees and
passing bills are actions; the ordinance, the bill and the resolution are documents. "The Times" (d5601)
is the publisher itself, not a cited outlet. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_ad.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import CURRAN, DOWNEY, GOV_OFFICE, LIGHTFOOT, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("fresh-ad", "gold-fresh-ad.jsonl")


DIMARIA = "Dan DiMaria"
CZERWINSKI = "Ralph Czerwinski"
CARUANA = "Gary Caruana"
HUNT = "Michelle Hunt"
ISU = "Illinois State University"
BALICH = "Steve Balich"
KELLEY = "Mike Kelley"
RAMIREZ_ROSA = "Carlos Ramirez-Rosa"
MRODRIGUEZ = "Mike Rodriguez"
RRODRIGUEZ = "Rossana Rodríguez"
SIGCHO = "Byron Sigcho-Lopez"
VASQUEZ = "Andre Vasquez"
MARTIN = "Matt Martin"

WRAPPED_DIMARIA = ("a wrapped line of the minutes that only continues the mayor's reported welcome ('He said that ...'), "
                   "attributed in an earlier line; nothing in this line names him")
WRAPPED_CZERWINSKI = ("a wrapped line of the minutes that only continues the administrator's reported rules "
                      "('Ralph Czerwinski explained ... He said that'), attributed in an earlier line")
SIGNED = ("the letter's first-person voice; its signer is named only in the signature lines ('Mark Curran', "
          "'Lake County Sheriff'), so this is authorship rather than attributed speech")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d5600_village-of-morton-grove"] = [
    T("document_title", "Document-viewer breadcrumb glued to the first line of the minutes' heading ('HomeMy WebLinkAbout2017-04-24- MinutesMINUTES OF A TOWN HALL MEETING ...'; alternative: boilerplate, the viewer chrome).",
      amb=True),
    T("document_title", "Heading continued ('AND THE BOARD OF TRUSTEES OF THE VILLAGE OF MORTON GROVE')."),
    T("document_title", "Heading continued ('COOK COUNTY, ILLINOIS, AT THE')."),
    T("document_title", "Heading continued ('AMERICAN LEGION MEMORIAL CIVIC CENTER')."),
    B("date_line", "Meeting date ('APRIL 24, 2017')."),
    T("subhead", "Section heading ('CALL TO ORDER')."),
    C("neutral", "Procedure: the village president called the town hall meeting to order (an action; the line is cut by the wrap)."),
    C("neutral", "Procedure: the place and the Pledge of Allegiance."),
    C("neutral", "Procedure: the clerk called the roll (an action, not speech)."),
    C("neutral", "Procedure: the trustees present (names)."),
    T("subhead", "Section heading ('III. WELCOME')."),
    C("neutral", "DiMaria ('Mayor DiMaria welcomed ... He said that') residents asked the village to consider an ordinance (the request reported; no view of his own).",
      sp=[S(DIMARIA, "DiMaria")]),
    C("neutral", "Wrapped continuation: the proposed ordinance would 'prohibit discrimination based on a person's immigration' status (what residents asked for).",
      opt=[O(DIMARIA, WRAPPED_DIMARIA)]),
    C("neutral", "Wrapped continuation: the ordinance 'seeks to regulate how the Morton Grove Police Department handles' federal requests (what it would do).",
      opt=[O(DIMARIA, WRAPPED_DIMARIA)]),
    C("neutral", "Wrapped continuation: federal requests 'to investigate and detain persons who may have' immigration violations (description).",
      opt=[O(DIMARIA, WRAPPED_DIMARIA)]),
    C("neutral", "Wrapped continuation: most of the suggested ordinance 'reflects the current practices' of the police (a factual comparison; alternative: supports, the department already limits help to ICE).",
      opt=[O(DIMARIA, WRAPPED_DIMARIA)], amb=True),
    C("neutral", "Wrapped continuation: 'the department rarely receives requests for assistance from the federal' government (a fact about the police).",
      opt=[O(DIMARIA, WRAPPED_DIMARIA)]),
    C("neutral", "Wrapped continuation: the topic 'has been controversial at a national level', so the board (reason for the meeting).",
      opt=[O(DIMARIA, WRAPPED_DIMARIA)]),
    C("neutral", "Wrapped continuation: the board decided to hold a town hall to hear from residents (procedure).",
      opt=[O(DIMARIA, WRAPPED_DIMARIA)]),
    C("neutral", "DiMaria ('Mayor DiMaria noted') that it is 'a complex issue' and asked everyone to respect the speakers (even-handed; no view on the ordinance).",
      sp=[S(DIMARIA, "DiMaria")]),
    C("neutral", "Wrapped continuation of his request: respect speakers 'even if a particular speaker's opinion differs from their own'.",
      opt=[O(DIMARIA, WRAPPED_DIMARIA)]),
    T("subhead", "Section heading ('IV. GENERAL GROUND RULES/RULES OF PROCEDURE')."),
    C("neutral", "Czerwinski ('Village Administrator Ralph Czerwinski explained ... He said that') the rules of procedure (procedure).",
      sp=[S(CZERWINSKI, "Ralph Czerwinski")]),
    C("neutral", "Wrapped continuation: phones off; anyone wishing to speak should sign in (procedure).",
      opt=[O(CZERWINSKI, WRAPPED_CZERWINSKI)]),
    C("neutral", "Wrapped continuation: the sign-in form; 'The author of the proposed' ordinance (procedure).",
      opt=[O(CZERWINSKI, WRAPPED_CZERWINSKI)]),
    C("neutral", "Wrapped continuation: the ordinance's author, Jon Lahn, will speak first to explain it (the order of speakers).",
      opt=[O(CZERWINSKI, WRAPPED_CZERWINSKI)]),
    C("neutral", "Wrapped continuation: 'Police Chief Simo will speak next, summarizing the' department's practice (the order of speakers).",
      opt=[O(CZERWINSKI, WRAPPED_CZERWINSKI)]),
]

ANN["d5601_rock-river-times"] = [
    T("headline", "Headline ('Sheriff, jail superintendent shed light on ICE proposal')."),
    B("byline", "Byline ('By Jim Hagerty ', trailing space kept)."),
    C("neutral", "Caruana ('he said') that reports about his plan to house ICE detainees 'have not been accurate' (a correction of coverage; alternative: opposes, a sheriff defending his plan to work with ICE).",
      sp=[S(CARUANA, "Gary Caruana")], amb=True),
    C("neutral", "Caruana ('Caruana told The Times') the 25 new officers come from a union grievance, not from the ICE partnership (staffing facts).",
      sp=[S(CARUANA, "Caruana")]),
    C("neutral", "The sheriff ('the sheriff said'): the grievance was over safety; the county board has not given budget amendments (staffing and budget).",
      sp=[S(CARUANA, "the sheriff")]),
    C("neutral", "Author: the county pays overtime to 150 officers to house 850 inmates (a cost fact)."),
    C("neutral", "Caruana ('Caruana said'): running the jail on overtime is 'not good business'; he needs staff 'whether we do this or not' (staffing, not the ICE question).",
      sp=[S(CARUANA, "Caruana")]),
    C("neutral", "Jail capacity and where the ICE detainees would be placed and come from (description of the proposal)."),
]

ANN["d5602_daily-herald"] = [
    B("ad_label", "Advertising label ('advertisement')."),
    T("headline", "Letter headline ('Rauner put safety first by signing TRUST Act')."),
    C("supports", "Letter voice: after 30 years in law enforcement, 'proud to stand with Gov. Rauner and his decision to sign the TRUST Act'.",
      opt=[O(CURRAN, SIGNED)]),
    C("supports", "Letter voice: chiefs, sheriffs and state's attorneys back the Act, which 'will make our state safer' by letting police focus on 'criminal offenders'.",
      opt=[O(CURRAN, SIGNED)]),
    C("supports", "Letter voice: the law 'actually encourages cooperation', 'does not conflict' with the Justice Department on sanctuary cities, and follows court rulings (a defence against the sanctuary charge).",
      opt=[O(CURRAN, SIGNED)]),
    C("supports", "Letter voice: the Act 'shows Gov. Rauner's commitment to protecting Illinoisans', then lists his tough-on-crime record (alternative: neutral, mostly Rauner's record on other matters).",
      opt=[O(CURRAN, SIGNED)], amb=True),
    C("supports", "Letter voice: signing lets 'our officers ... build trust and encourage our immigrant population to report crimes'.",
      opt=[O(CURRAN, SIGNED)]),
    B("signature", "Signature ('Mark Curran')."),
    B("signature", "Signer's title ('Lake County Sheriff')."),
    B("comments_label", "Comments section label ('Article Comments')."),
]

ANN["d5603_wcbu"] = [
    B("site_chrome", "Copyright line ('© 2024 Peoria Public Radio')."),
    B("site_chrome", "Station tagline ('A joint service of Bradley University and Illinois State University')."),
    B("player", "Audio player label ('Play Live Radio')."),
    B("player", "Audio player label ('Next Up:')."),
    B("player", "Audio player time ('0:00')."),
    B("player", "Audio player time repeated ('0:00').", dup=4),
    B("player", "Audio player times ('0:00 0:00')."),
    B("player", "Audio player label ('Available On Air Stations')."),
    T("headline", "Headline ('ISU Students Demonstrate For Welcoming Campus')."),
    C("neutral", "About 30 students demonstrated to press officials to make ISU 'an official \"welcoming campus.\"' (a demonstration, reported; alternative: supports, the students' demand).",
      un=["a group of about 30 Illinois State University students"], amb=True),
    C("supports", "The protesters ('the protesters said') also targeted council member Mwilambwe for trying 'to table a vote on a proposed Welcoming City ordinance' (criticism of blocking the ordinance).",
      un=["the protesters"]),
    C("neutral", "Mwilambwe 'was not immediately available for comment'."),
    C("supports", "Hunt ('said Michelle Hunt'): 'care about your students ... we want to protect immigrants, everyone in the university community'.",
      sp=[S(HUNT, "Michelle Hunt")]),
    C("supports", "Hunt ('she added'): employees should 'recognize that (enforcement actions against illegal immigrants) is going on' (continues her case; alternative: neutral, about awareness of federal enforcement).",
      sp=[S(HUNT)], amb=True),
    C("supports", "Hunt ('Hunt said'): undocumented students fear arrest and detention as enforcement steps up (the fear argument offered for a welcoming campus; alternative: neutral, about federal enforcement).",
      sp=[S(HUNT, "Hunt")], amb=True),
    C("neutral", "The protesters ('said they were disappointed') that no administrator came out (about the protest, not the policy).",
      un=["The protesters"]),
    C("neutral", "ISU administrators ('have acknowledged', 'have said') want to protect undocumented students but declined 'an official sanctuary campus' (both sides in one line; alternative: opposes, declining the sanctuary label).",
      sp=[S(ISU, "ISU administrators")], amb=True),
]

ANN["d5604_will-county-news"] = [
    C("neutral", "Balich ('asked') what the sheriff's office does when it arrests an undocumented immigrant (a question).",
      sp=[S(BALICH, "Steve Balich")]),
    C("neutral", "Balich ('wanted to know') whether the department calls ICE about such arrests (a question).",
      sp=[S(BALICH, "Balich")]),
    C("neutral", "Balich ('Balich said'): 'When you arrest an illegal, what do you do? ... what happens to that illegal?' (a question; slanted wording only; alternative: opposes, pressing for ICE notification).",
      sp=[S(BALICH, "Balich")], amb=True),
    C("opposes", "Balich ('brought up the case') of an undocumented man who pleaded guilty to three rapes, raised while asking about ICE notification (a crime warning; alternative: neutral, the facts of a case).",
      sp=[S(BALICH, "Balich")], amb=True),
    C("neutral", "What the Trust Act prohibits; Balich ('Balich said') finds its text 'kind of ambiguous' (mostly description; alternative: opposes, his doubt about the law).",
      sp=[S(BALICH, "Balich")], amb=True),
    C("supports", "Kelley ('said he is OK with the law', 'he argued'): local police should not do federal agents' job; 'enforcing immigration is ICE’s job'.",
      sp=[S(KELLEY, "Mike Kelley")]),
    C("supports", "Kelley ('Kelley said'): 'If I have to do everybody’s job as the sheriff, then why even have [ICE]?'",
      sp=[S(KELLEY, "Kelley")]),
    C("neutral", "Author: ICE may request holds, but the local agency 'is not required to honor the request' (the legal position, described)."),
]

ANN["d5605_wbez"] = [
    B("site_chrome", "Site tagline ('Your NPR news source')."),
    T("headline", "Headline ('Chicago Aldermen Encourage City Workers To Spot ICE Agents')."),
    T("dek", "Dek ('Streets and Sanitation workers would report sightings of federal agents to the ward alderman ...')."),
    B("share_widget", "Share button text followed by the headline ('SHARE Chicago Aldermen Encourage City Workers To Spot ICE Agents')."),
    B("image_alt", "Image alt text ('immigrant protections press conference')."),
    B("photo_caption", "Photo caption of Ramirez-Rosa at the press conference, with his quote (caption, not article text)."),
    B("byline", "Byline ('María Ines Zamudio')."),
    C("neutral", "Author: nearly a dozen aldermen 'are taking steps to protect undocumented immigrants from deportation' (their action reported; alternative: supports, 'protect' frames it favourably).",
      amb=True),
    C("supports", "Six aldermen ('said they’re encouraging') city workers to report sightings of ICE agents (city officials acting to shield residents from ICE; alternative: neutral, about watching federal agents rather than police cooperation).",
      sp=[S(RAMIREZ_ROSA, "Carlos Ramirez-Rosa"), S(MRODRIGUEZ, "Mike Rodriguez"), S(RRODRIGUEZ, "Rossana Rodríguez"),
          S(SIGCHO, "Byron Sigcho-Lopez"), S(VASQUEZ, "Andre Vasquez"), S(MARTIN, "Matt Martin")], amb=True),
    C("supports", "Ramirez-Rosa ('said Ramirez-Rosa'): 'We’re asking them to look for ICE when they are out there' (same call; alternative: neutral).",
      sp=[S(RAMIREZ_ROSA, "Ramirez-Rosa")], amb=True),
    C("neutral", "How the reporting would work: alderman, advocates, rapid-response teams (description)."),
    C("neutral", "ICIRR and the Chicago Teachers Union joined the press conference (an action)."),
]

ANN["d5606_the-political-insider"] = [
    B("byline", "Byline and date ('Jason Hopkins on October 28, 2019')."),
    C("opposes", "Trump ('ripped Chicago city leaders') for 'refusing to work with federal immigration authorities'.",
      sp=[S(TRUMP, "Donald Trump")]),
    C("opposes", "Trump ('the president related', 'the president said') the fight against crime to local police working with federal partners; Chicago's leaders are 'the biggest offenders'.",
      sp=[S(TRUMP, "Trump", "the president")]),
    C("opposes", "Trump ('Trump said'): 'Chicago is, unfortunately, the worst sanctuary city in America'.",
      sp=[S(TRUMP, "Trump")]),
    C("opposes", "Trump ('the president said'): 'Chicago protects criminals'; Cook County denied ICE's 1,162 detainer requests.",
      sp=[S(TRUMP, "the president")]),
    B("poll", "Reader poll question ('Do you think we need a physical wall across the US border with Mexico?')."),
    B("poll_disclaimer", "Poll consent line ('By voting, you agree to receive email communication ...')."),
    B("poll_disclaimer", "The same poll consent line repeated.", dup=6),
    C("supports", "Lightfoot ('openly called') ICE 'xenophobic' and 'racist' and 'has adamantly refused' to let police honor ICE detainers (her position dominates; alternative: neutral or opposes, the author's 'war of words' and 'adamantly' framing).",
      sp=[S(LIGHTFOOT, "Lori Lightfoot")], amb=True),
    C("opposes", "Lead-in: Trump 'directed his aim at Eddie Johnson' (announces criticism of the police chief; the quote itself is cut off; alternative: neutral, no view stated in the line).",
      sp=[S(TRUMP, "Trump")], amb=True),
]

ANN["d5607_wttw"] = [
    T("headline", "Headline ('City Council Approves New Protections for Undocumented Immigrants')."),
    C("neutral", "Author: immigrants 'stand to gain more protections' after the council approved an ordinance; the meeting also debated LGBTQ contracting (a vote, reported)."),
    C("supports", "Lightfoot and advocates ('say') the ordinance 'strengthens what are already the strongest welcoming city policies'; the new limits on helping or sharing data with immigration agents.",
      sp=[S(LIGHTFOOT, "Lori Lightfoot")], un=["immigration advocates"]),
    B("sponsor_label", "Sponsor label ('Thanks to our sponsors:')."),
    B("sponsor_link", "Sponsor link ('View all sponsors')."),
    C("supports", "Proponents ('say') the change 'should assuage many of the fears' of undocumented residents.",
      un=["Proponents"]),
    C("supports", "Ramirez-Rosa ('said Ald. Carlos Ramirez Rosa'): 'an extremely important change' that 'creates accountability and transparency' about CPD's dealings with ICE.",
      sp=[S(RAMIREZ_ROSA, "Carlos Ramirez Rosa")]),
    C("supports", "The remaining felony carve-outs, described; proponents ('say they want') to strengthen the law further (the final point; alternative: neutral, mostly what the law still allows).",
      un=["Proponents of the sanctuary law"], amb=True),
    C("neutral", "The council's debate over LGBTQ-owned contractors (another topic)."),
]

ANN["d5608_the-southern-illinoisan"] = [
    B("reprint_note", "Reprint note naming the source paper and date ('This editorial appeared in the Feb. 28, 2020, edition of The (Champaign) News-Gazette:')."),
    C("opposes", "Editorial voice: Pritzker 'wants to ensure that as many illegal immigrants who are convicted felons as possible remain in the state'."),
    C("opposes", "Editorial voice: 'That sounds crazy, right?' — the 'bottom-line impact' of the new prison policy the governor is 'actively defending'."),
    C("supports", "The governor's office ('a Pritzker spokeswoman said'): the administration will use 'every tool at our disposal to protect immigrant families'; the sheriffs' complaints are named.",
      sp=[S(GOV_OFFICE, "a Pritzker spokeswoman")], un=["the sheriffs of Kankakee and Livingston counties"]),
    C("opposes", "Editorial voice: the concern may be 'commendable in some circles', but 'his disinterest in or disdain for public safety raises serious questions'."),
    C("neutral", "Editorial voice: 'Here’s the crux of the issue.' (a transition announcing the facts that follow)."),
    C("neutral", "Editorial voice: state prisons hold immigrants who entered illegally and were convicted of serious crimes (the premise, stated as fact; alternative: opposes, the editorial's case against the policy).",
      amb=True),
]

ANN["d5609_daily-journal"] = [
    B("byline", "Byline ('Daily Journal staff report')."),
    C("neutral", "A bill passed this week would close the state's three immigrant detention centers, including Kankakee's (a vote, reported)."),
    C("neutral", "What the Way Forward Act would require of the McHenry, Pulaski and Kankakee jail agreements (description)."),
    C("neutral", "Downey ('said') the governor's signature is 'likely a foregone conclusion' (a prediction).",
      sp=[S(DOWNEY, "Mike Downey")]),
    C("neutral", "Downey ('Downey said'): 'He’s anti-crime. He has shown that' (taken literally a remark on the governor's record; read as sarcasm it is criticism of the bill; alternative: opposes).",
      sp=[S(DOWNEY, "Downey")], amb=True),
    C("neutral", "The bill also bars future agreements with ICE 'to house or detain individuals' (description)."),
    C("opposes", "Downey ('Downey said'): the county is dealing with issues 'the federal government should being dealing with but doesn’t or won’t' (a defence of the county's ICE contract; alternative: neutral, a complaint about federal inaction).",
      sp=[S(DOWNEY, "Downey")], amb=True),
    C("neutral", "ICE detainees have been housed at Jerome Combs Detention Center since 2016 (a fact)."),
    C("neutral", "Downey ('Downey said') there were 27 ICE detainees in January (a figure).",
      sp=[S(DOWNEY, "Downey")]),
    C("neutral", "The ICE contract was added to the county's Marshals Service contract (a fact)."),
    C("neutral", "Downey ('Downey said') the county receives $90 per detainee per day (a figure).",
      sp=[S(DOWNEY, "Downey")]),
    C("opposes", "Downey ('Downey said'): 'This is not about profit' but lower costs for local taxpayers (a defence of the ICE detention contract the bill ends; alternative: neutral, about costs).",
      sp=[S(DOWNEY, "Downey")], amb=True),
    T("subhead", "Subhead left with its HTML tags ('<strong>TRUST Act</strong>')."),
    C("neutral", "The bill would also strengthen the TRUST Act, in effect since 2017 (description)."),
    C("neutral", "What the TRUST Act prohibits: detaining anyone solely on a detainer or non-judicial warrant (description)."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d5600_village-of-morton-grove.txt", "outlet": "Village of Morton Grove (ecm.mortongroveil.org, the village's document archive: town hall meeting minutes)", "date": "2017-04-24",
     "title": "Minutes of a Town Hall Meeting Held by the President and the Board of Trustees of the Village of Morton Grove, April 24, 2017 (from the document heading)",
     "url": "http://ecm.mortongroveil.org/WebLink/DocView.aspx?dbid=0&id=198523&repo=MortonGrove"},
    {"file": "d5601_rock-river-times.txt", "outlet": "The Rock River Times (rockrivertimes.com, Rockford weekly)", "date": "2017-05-16",
     "title": "Sheriff, jail superintendent shed light on ICE proposal",
     "url": "http://rockrivertimes.com/2017/05/16/sheriff-jail-superintendent-shed-light-on-ice-proposal/"},
    {"file": "d5602_daily-herald.txt", "outlet": "Daily Herald (dailyherald.com, letter by Lake County Sheriff Mark Curran)", "date": "2017-08-31",
     "title": "Rauner put safety first by signing TRUST Act",
     "url": "https://www.dailyherald.com/discuss/20170831/rauner-put-safety-first-by-signing-trust-act"},
    {"file": "d5603_wcbu.txt", "outlet": "WCBU (wcbu.org, Peoria Public Radio)", "date": "2018-03-26",
     "title": "ISU Students Demonstrate For Welcoming Campus",
     "url": "https://www.wcbu.org/state-news/2018-03-26/isu-students-demonstrate-for-welcoming-campus"},
    {"file": "d5604_will-county-news.txt", "outlet": "The Will County News (thewillcountynews.blogspot.com, blog)", "date": "2018-06",
     "title": "Illegal alien confesses to 3 violent ... (from the URL slug, itself cut; no headline in the stored text)",
     "url": "http://thewillcountynews.blogspot.com/2018/06/illegal-alien-confesses-to-3-violent.html?m=0"},
    {"file": "d5605_wbez.txt", "outlet": "WBEZ (wbez.org, Chicago public radio)", "date": "2019-07-17",
     "title": "Chicago Aldermen Encourage City Workers To Spot ICE Agents",
     "url": "https://www.wbez.org/chicago/2019/07/17/chicago-aldermen-encourage-city-workers-to-spot-ice-agents"},
    {"file": "d5606_the-political-insider.txt", "outlet": "The Political Insider (thepoliticalinsider.com)", "date": "2019-10-28",
     "title": "Worst sanctuary city in America: Trump rips Chicago for refusing to cooperate with ICE (from the URL slug; no headline in the stored text)",
     "url": "https://thepoliticalinsider.com/worst-sanctuary-city-in-america-trump-rips-chicago-for-refusing-to-cooperate-with-ice/"},
    {"file": "d5607_wttw.txt", "outlet": "WTTW News (news.wttw.com, Chicago public television)", "date": "2020-01-15",
     "title": "City Council Approves New Protections for Undocumented Immigrants",
     "url": "https://news.wttw.com/2020/01/15/city-council-approves-new-protections-undocumented-immigrants"},
    {"file": "d5608_the-southern-illinoisan.txt", "outlet": "The Southern Illinoisan (thesouthern.com; a News-Gazette editorial reprinted)", "date": "2020-03-04",
     "title": "News-Gazette: Governor asking for trouble (from the URL slug; no headline in the stored text)",
     "url": "https://thesouthern.com/opinion/columnists/opinion-news-gazette-governor-asking-for-trouble/article_a57d2b9d-7709-5234-98b9-33e0e778f713.html"},
    {"file": "d5609_daily-journal.txt", "outlet": "Daily Journal (Kankakee; shawlocal.com/daily-journal)", "date": "2021-06-05",
     "title": "Recently passed legislation ends using Kankakee County jail to house ICE detainees (from the URL slug; no headline in the stored text)",
     "url": "https://www.shawlocal.com/daily-journal/news/crime-and-courts/2021/06/05/recently-passed-legislation-ends-using-kankakee-county-jail-to-house-ice-detainees/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d56")
