#!/usr/bin/env python3
"""Dev set, part AI (files d6100-d6109): hand annotations -> fresh-ai/gold-fresh-ai.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 10 outlets (two of them papers of the
Shaw Local network), dated 2022-2025 by their own text, URL or date line (a second helper took
2017-2021 at the same time), all about Illinois; no URL shared with any other part, no title found in
any other manifest, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or
Center Square copy. Outlets of earlier parts were allowed this time (SOURCES-ai.md marks them); no seed
outlet is used. The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field
conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (models:
build_gold_s.py and build_gold_y.py): canonical names from canonical.py where they apply (Office of the
Illinois Attorney General, City of Chicago), otherwise the fullest form the article gives, titles
dropped ("Winnebago County Sheriff Gary Caruana" -> Gary Caruana, "Quincy Chief of Police Adam Yates"
-> Adam Yates, "Bloomington Police Sgt. Kiel Nowers" -> Kiel Nowers, "County Board Chairman Chris
Balkema" -> Chris Balkema, "Sheriff Tadelman" -> Tadelman, the only form d6102 gives). A person
speaking for a body is the person (Ryan Johnson, the mayor's spokesman; Adam Yates for the Quincy
police); an organisation speaking as itself is a speaker (the Quincy Police Department "says", the
Adams County sheriff's office "said", the Mount Prospect Police Department's statement, Flock Safety,
the university's DEI office "encourages", the City of Chicago "has vowed"). The Attorney General's
guidance that Capitol Fax quotes under "* From the Illinois Attorney General" is the office's speech
with an empty alias list (the seeds' 001 #2 precedent); the lead-in line itself carries the office as an
optional speaker (the seeds' 001 #1 precedent). The signed letter (d6102) and the staff memo (d6104) are
their authors' own voice: Brian J. Crow and Nicholas Richard-Thompson are optional speakers of their
lines (the d1902 Irvin and d2509 River Forest precedents). Pronoun-only continuations keep the speaker
with an empty alias list ("he said", d6106 #4; "He said", d6107 #9). Reversing support for a plan,
updating a webpage, voting and signing a bill are actions; flyers, webpages, ordinances and the Secretary
of State's investigation are documents. Illinois Public Media (d6100) and KHQA TV (d6101) only pass words
along: cited outlets. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_ai.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import AG_OFFICE, CHICAGO, PRITZKER

ARTICLES, MANIFEST, GOLD = part_files("fresh-ai", "gold-fresh-ai.jsonl")


CARUANA = "Gary Caruana"
TSAO = "Fred Tsao"
YATES = "Adam Yates"
QUINCY_PD = "Quincy Police Department"
ADAMS_SO = "Adams County Sheriff's Office"
TADELMAN = "Tadelman"
CROW = "Brian J. Crow"
MANCERO = "Emilia Mancero"
UI_DEI = "Office of the Vice Chancellor for Diversity, Equity & Inclusion"
RICHARD_THOMPSON = "Nicholas Richard-Thompson"
RUNYON = "Ryan Runyon"
BANONOS = "Gabriela Banonos"
NOWERS = "Kiel Nowers"
ABBOTT = "Greg Abbott"
LIGHTFOOT_NAME = "Lori Lightfoot"
RJOHNSON = "Ryan Johnson"
BALKEMA = "Chris Balkema"
COUNTERMAN = "Caleb Counterman"
SCHIAVONE = "Joe Schiavone"
GRUNDY_BOARD = "Grundy County Board"
MPPD = "Mount Prospect Police Department"
SOS_OFFICE = "Illinois Secretary of State's office"
FLOCK = "Flock Safety"

AG_LEADIN = ("the blogger's lead-in names the source of the quoted block that follows ('* From the Illinois Attorney "
             "General'); the line itself gives the office no words")
LETTER = ("the letter's signed author (named only in the signature lines); the line is the letter's own "
          "first-person voice, not attributed speech")
MEMO = ("the memo's author, named only in its FROM line; the line is the memo's own voice, not attributed "
        "speech")
YOU_CLAIM = ("the sheriff, addressed as 'you'; his claim not to be partisan is restated inside the writer's "
             "rebuttal rather than reported")
TOUTING = "Lightfoot's 'touting' of Chicago as a sanctuary city is reported only as the reason Abbott cites"
WELCOMED = "'welcomed the migrants' may report a statement or only an act of welcome; no words are given"
REAFFIRMED = ("the board 'reaffirmed its stance' (a vote or a stated position: the line does not say which); the "
              "stance is the 2020 referendum's")
SOS_INVESTIGATION = "the figure is sourced to the office's investigation (a document: 'According to the investigation')"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d6100_breitbart"] = [
    C("neutral", "Caruana 'has reversed his support' for an ICE detention facility (an action, reported; alternative: supports, a sheriff pulling back from ICE detention).",
      amb=True),
    C("opposes", "Author's framing: Caruana did 'an about face' after being 'confronted with angry pro-illegal activists' (the reversal cast as caving in; alternative: neutral, slanted wording over a reported fact).",
      un=["angry pro-illegal activists"], out=["Illinois Public Media"], amb=True),
    C("neutral", "Caruana 'announced his decision' ahead of a planned rally in Rockford (timing and place).",
      sp=[S(CARUANA, "Caruana")]),
    C("neutral", "Caruana ('the sheriff claimed') asked ICE to guarantee only people convicted of or arrested for crimes would be held; ICE would not (conditions of a detention deal; alternative: opposes, his readiness to hold ICE detainees).",
      sp=[S(CARUANA, "the sheriff")], amb=True),
    C("supports", "Tsao ('accused') the immigration system of 'making money off deportations', opposing the jail plan; author: the plan 'whipped up opposition from activists and liberal politicos' (alternative: neutral, a charge about detention in general).",
      sp=[S(TSAO, "Fred Tsao")], un=["activists", "liberal politicos"], amb=True),
    C("supports", "Tsao ('said Tsao'): detention is 'a revenue generator', 'a form of selling bodies' (against the county housing ICE detainees; alternative: neutral, about detention in general).",
      sp=[S(TSAO, "Tsao")], amb=True),
    C("neutral", "Caruana ('Caruana told the media'): he understands the objections but must 'be prudent with everybody’s dollars' (both sides; alternative: opposes, the budget case for the ICE deal).",
      sp=[S(CARUANA, "Caruana")], amb=True),
]

ANN["d6101_capitol-fax"] = [
    B("site_name", "Site name and slogan ('Capitol Fax.com - Your Illinois News Radar')."),
    B("navigation", "Navigation links ('Latest Post | Last 10 Posts | Archives')."),
    B("navigation", "Link to the previous post ('Previous Post: AG Raoul joins lawsuit ...')."),
    B("navigation", "Link to the next post ('Next Post: Isabel’s afternoon roundup (Updated)')."),
    T("headline", "Headline ('Adams County sheriff refuses to follow Illinois law on immigration arrests: ‘I have no intentions ...’')."),
    B("category_label", "Empty category label ('Posted in:')."),
    C("neutral", "The blogger's lead-in ('* From the Illinois Attorney General') to the quoted guidance (announces a source, not a view).",
      opt=[O(AG_OFFICE, AG_LEADIN, "Illinois Attorney General")]),
    C("neutral", "The Attorney General's guidance (quoted block): local law enforcement 'generally cannot assist'; what the TRUST Act states (what the law provides).",
      sp=[S(AG_OFFICE)]),
    C("neutral", "The guidance: assistance only with a federal criminal warrant or when a specific federal law requires it (what the law provides).",
      sp=[S(AG_OFFICE)]),
    C("supports", "The guidance: no federal law or precedent requires police to help with civil ICE warrants, which ICE officers can draft 'on the spot without any oversight' (defends the limits' legality, faults the warrants).",
      sp=[S(AG_OFFICE)]),
    C("neutral", "The blogger's lead-in to a KHQA TV report ('here’s Cassie Schoene at KHQA TV').",
      out=["KHQA TV"]),
    C("supports", "The Quincy Police Department ('says'): under state law it would not help with a civil immigration matter (a promise not to cooperate).",
      sp=[S(QUINCY_PD, "Quincy Police Department")]),
    C("supports", "Yates ('said [Quincy Chief of Police Adam Yates]'): on an administrative detainer 'we would not participate in that'.",
      sp=[S(YATES, "Adam Yates")]),
    C("opposes", "The Adams County sheriff's office has worked with ICE, handed people over, and 'said they will continue to do so' (a stated intent to keep cooperating with ICE).",
      sp=[S(ADAMS_SO, "sheriff’s office")]),
]

ANN["d6102_northwest-herald"] = [
    T("headline", "Headline ('Letter: Sheriff’s statement on immigration, ICE makes ‘our community less safe’')."),
    B("section_label", "Section label ('Letter to the Editor')."),
    C("neutral", "Writer: thanks officers who promote 'safe and equal protection for all', as the sheriff's website states (set-up for the criticism that follows).",
      opt=[O(CROW, LETTER)]),
    C("supports", "Writer: the sheriff's statement 'contradicts this noble sentiment'; Tadelman ('The sheriff claims') wants to act on immigration status without a judicial warrant (the writer's criticism dominates; alternative: opposes, the sheriff's reported claim).",
      sp=[S(TADELMAN, "Tadelman’s", "The sheriff")], opt=[O(CROW, LETTER)], amb=True),
    C("supports", "Writer: 'all individuals are entitled to due process'; the sheriff signed on to 'the false narrative that immigrants are all violent criminals'.",
      opt=[O(CROW, LETTER), O(TADELMAN, YOU_CLAIM, "You")]),
    C("supports", "Writer: the statement stokes 'fear and hatred'; 'statements like yours ... make our community less safe, not the immigrants'.",
      opt=[O(CROW, LETTER)]),
    C("supports", "Writer: deputies cannot know status at a traffic stop; the result is 'a presumption of guilt based on skin color' (profiling argument against local enforcement).",
      opt=[O(CROW, LETTER)]),
    C("supports", "Writer: 'your job is to enforce local laws, not to play vigilante on behalf of ICE. Stay in your lane.'",
      opt=[O(CROW, LETTER)]),
    B("signature", "Signature: the writer's name ('Brian J. Crow')."),
    B("signature", "Signature: the writer's town ('Lake in the Hills')."),
    B("site_prompt", "Site prompt ('Have a Question about this article?')."),
]

ANN["d6103_daily-illini"] = [
    C("neutral", "Questions about ICE in Champaign-Urbana have surged: a courthouse detention, an 'unfounded rumor' of ICE on campus, ICE impersonators (background)."),
    C("neutral", "The University updated its FAQ webpage on ICE on University property and added a flyer (an action and a document)."),
    C("neutral", "The flyer advises contacting UIPD if ICE asks for access; it 'states' employees should maintain privacy 'in accordance with ... state and federal laws' (a document's guidance; alternative: supports, routing ICE requests through campus police).",
      amb=True),
    C("supports", "Mancero ('said Emilia Mancero'): 'UIPD has shown support with our immigrant peers' (praise for the campus police's stance; alternative: neutral, no word on ICE cooperation).",
      sp=[S(MANCERO, "Emilia Mancero")], amb=True),
    C("neutral", "The DEI office ('encourages') community members to contact UIPD if they believe immigration agents are on campus (guidance).",
      sp=[S(UI_DEI, "Office of the Vice Chancellor for Diversity, Equity & Inclusion")]),
    B("newsletter_prompt", "Newsletter prompt ('Get The Daily Illini in your inbox!')."),
    C("supports", "Mancero ('Mancero said'): call UIPD first if you see ICE; 'They’ve actually been very cooperative' (trust in campus police; alternative: neutral, practical advice).",
      sp=[S(MANCERO, "Mancero")], amb=True),
    T("subhead", "Subhead ('Warrants: Judicial and administrative')."),
]

ANN["d6104_city-of-aurora"] = [
    B("section_label", "Attachment label ('cover')."),
    B("memo_header", "Memo header: addressee ('TO: ... Mayor John Laesh')."),
    B("memo_header", "Memo header: sender ('FROM: ... Nicholas Richard-Thompson, Deputy Chief of Staff')."),
    B("memo_header", "Memo header: date ('DATE: ... October 29th, 2025')."),
    T("subhead", "Memo heading ('SUBJECT:')."),
    T("memo_subject", "The memo's subject line ('Requesting enactment of an Ordinance Creating Chapter 40, \"Prohibiting the Use of City of Aurora Property ...'), the memo's title (alternative: content, stance supports).",
      amb=True),
    T("subhead", "Memo heading ('PURPOSE:')."),
    C("supports", "Memo voice: the ordinance would 'explicitly prohibit the use of any City-owned and controlled property' for civil immigration enforcement, to 'protect the public peace, safety, and welfare'.",
      opt=[O(RICHARD_THOMPSON, MEMO)]),
    T("subhead", "Memo heading ('BACKGROUND:')."),
    C("supports", "Memo voice: the TRUST Act bars participation; use of Aurora's facilities by federal agents 'would ... severely erode the public trust' with immigrant communities; the ordinance addresses 'this threat to community trust'.",
      opt=[O(RICHARD_THOMPSON, MEMO)]),
    T("subhead", "Memo heading ('DISCUSSION:'), its text cut off."),
]

ANN["d6105_citizen-portal"] = [
    B("ad", "Subscription pitch ('Get Full Government Meeting Transcripts, Videos, & Alerts Forever!')."),
    T("headline", "Headline ('Hanover Park board schedules special meeting to weigh ordinance, resolution on ICE activity ...')."),
    B("timestamp_label", "Date and place line ('November 07, 2025 | Hanover Park, DuPage County, Illinois')."),
    B("site_disclaimer", "AI-generation disclaimer ('This article was created by AI ... Report an error »')."),
    T("headline_repeat", "The headline repeated above the body.", dup=1),
    C("neutral", "The board voted to hold a special meeting to draft and compare an ordinance and a resolution limiting immigration enforcement on village property (a vote, reported)."),
    C("supports", "The motion passed; it followed 'repeated public pleas for stronger, enforceable protections' from residents describing fear and family trauma from ICE actions (alternative: neutral, a vote and its occasion).",
      un=["residents and business owners"], amb=True),
    C("supports", "Residents urged an ordinance; Runyon ('said Ryan Runyon'): 'This has to be about action'; Banonos ('told the board') described family members taken without warrants and called for 'fairness'.",
      sp=[S(RUNYON, "Ryan Runyon"), S(BANONOS, "Gabriela Banonos")], un=["Multiple residents"]),
]

ANN["d6106_wglt"] = [
    B("language_link", "Link to the Spanish audio ('Puedes escuchar esta historia en español:')."),
    C("neutral", "Police and advocates gathered at the library to address misinformation and policy changes (an event, reported)."),
    C("supports", "Nowers ('shared a joint statement') affirming Bloomington's 'commitment to fostering a safe community for everyone' (reassurance of immigrant residents; alternative: neutral, no word on ICE).",
      sp=[S(NOWERS, "Kiel Nowers", "Nowers")], amb=True),
    C("supports", "Nowers ('In his remarks') reassured undocumented immigrants 'it is safe to report crimes, conduct court business and attend church and school' (the crime-reporting case for keeping police out of immigration).",
      sp=[S(NOWERS, "Nowers")]),
    C("supports", "Nowers ('he said', continuing): the point is 'people not being afraid to come forward when they’re victims of a crime'.",
      sp=[S(NOWERS)]),
    C("neutral", "Background: naturalized citizens report crimes more; crime victims may be eligible for a U-Visa."),
    C("neutral", "The Immigration Project has worked with police on U-Visas; 'the department’s pledge explicitly excludes asking about immigration status', so outreach is hard to track (alternative: supports, the pledge reported).",
      amb=True),
    C("neutral", "Nowers ('Nowers said'): 'That’s why we do community outreach' (the unit's purpose; alternative: supports, continuing the reassurance).",
      sp=[S(NOWERS, "Nowers")], amb=True),
]

ANN["d6107_just-the-news"] = [
    T("headline", "Headline ('Texas Gov. Abbott now sending migrants to Chicago, buses already arriving')."),
    T("dek", "Dek ('Chicago Mayor Lori Lightfoot's spokesman said city will take care of the migrants.')."),
    C("neutral", "Abbott is expanding his busing programme to relieve his state and make 'the political statement' that immigration is a national concern (background, about busing)."),
    C("neutral", "At least 60 migrants have arrived in Chicago this week (a count)."),
    C("opposes", "Abbott ('cited') Lightfoot's 'touting of Chicago as a sanctuary city' as the reason to send migrants there (sanctuary status turned into a political cost; alternative: neutral, a reason reported).",
      sp=[S(ABBOTT, "Abbott")], opt=[O(LIGHTFOOT_NAME, TOUTING, "Lori Lightfoot")], amb=True),
    C("neutral", "Abbott ('said Abbott'): the move brings 'much-needed relief to our small, overrun border towns' (about the border, not local cooperation).",
      sp=[S(ABBOTT, "Abbott")]),
    C("supports", "Johnson ('Lightfoot spokesman Ryan Johnson ... said'): the city is ensuring shelter, food 'and most importantly protection' (alternative: neutral, about services for migrants).",
      sp=[S(RJOHNSON, "Ryan Johnson")], amb=True),
    C("supports", "Chicago 'has also vowed to not work with' ICE (a promise not to cooperate).",
      sp=[S(CHICAGO, "Chicago")]),
    C("supports", "Johnson ('Johnson said'): Abbott acts 'without any shame or humanity', with 'racist practices of expulsion' (rebukes the pressure on a sanctuary city; alternative: neutral, about busing).",
      sp=[S(RJOHNSON, "Johnson")], amb=True),
    C("neutral", "Johnson ('He said', continuing): Chicago helps hundreds of migrants a year and is 'still working to recover' from the Trump administration.",
      sp=[S(RJOHNSON)]),
    C("neutral", "Pritzker 'welcomed the migrants' and signed a bill that 'effectively ended immigrant detention in Illinois' (acts, reported).",
      opt=[O(PRITZKER, WELCOMED, "J.B. Pritzker")]),
]

ANN["d6108_morris-herald-news"] = [
    T("headline", "Headline ('Grundy County Board holds firm that it will continue illegal immigration law enforcement')."),
    B("photo_caption", "Photo caption ('The Grundy County Administration Center at 1320 Union St. in Morris.')."),
    C("opposes", "The board 'reaffirmed its stance' from the 2020 referendum that the county should 'continue to assist federal authorities' in immigration enforcement (alternative: neutral, a board action reported).",
      opt=[O(GRUNDY_BOARD, REAFFIRMED, "Grundy County Board")], amb=True),
    C("opposes", "Balkema ('said'): the townships voted that the county should assist federal authorities, and none at the Nov. 7 meeting wanted that changed (alternative: neutral, vote counts).",
      sp=[S(BALKEMA, "Chris Balkema")], amb=True),
    C("neutral", "Balkema ('according to Balkema'): the question was whether to refuse state grant money for taking in asylum seekers (funding, not local cooperation).",
      sp=[S(BALKEMA, "Balkema")]),
    C("neutral", "Counterman ('said'): the wording should be that the county will not seek funding, not that it will not accept it.",
      sp=[S(COUNTERMAN, "Caleb Counterman")]),
    C("neutral", "Counterman ('Counterman said'): keep the option of accepting state help, given the state's 'other failure in enforcing federal guidelines' (funding; alternative: opposes, the jab at the state).",
      sp=[S(COUNTERMAN, "Counterman")], amb=True),
    C("neutral", "Schiavone ('said he agrees'): the county should neither seek nor accept such funding.",
      sp=[S(SCHIAVONE, "Joe Schiavone")]),
    C("neutral", "Schiavone ('Schiavone said'): accepting would mean 'an influx that we won’t be able to control' (about migrants, not local cooperation; alternative: opposes, the non-sanctuary stance).",
      sp=[S(SCHIAVONE, "Schiavone")], amb=True),
]

ANN["d6109_nbc-chicago"] = [
    C("neutral", "The Mount Prospect department ('A suburban police department ... said'): its license-plate data reached Texas through a national database, without its knowledge (its account).",
      sp=[S(MPPD, "A suburban police department")]),
    C("neutral", "The department's statement ('A statement from the Mount Prospect Police Department said'): the data was accessed through Flock's 'National Lookup' for immigration enforcement.",
      sp=[S(MPPD, "Mount Prospect Police Department")]),
    B("ad", "Streaming promotion ('Stream NBC 5 for free, 24/7, wherever you are. WATCH HERE WATCH HERE')."),
    C("supports", "The department ('said in a statement'): using its data for immigration enforcement 'does not align with their values and is in violation of Illinois state law'.",
      sp=[S(MPPD, "The department")]),
    C("neutral", "The Secretary of State's investigation found 262 immigration-related searches of Mount Prospect's data (a finding, reported).",
      opt=[O(SOS_OFFICE, SOS_INVESTIGATION, "Secretary of State's office")]),
    C("neutral", "The department ('said'): other communities would show similar results if audited; it was unaware of the searches.",
      sp=[S(MPPD, "The department")]),
    C("neutral", "Mount Prospect police ('said') learned that a Texas sheriff's department used the National Lookup on 83,000 cameras.",
      sp=[S(MPPD, "Mount Prospect police")]),
    C("neutral", "Flock Safety ('said'): the National Lookup let other agencies reach Mount Prospect's data without a sharing agreement.",
      sp=[S(FLOCK, "Flock Safety")]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d6100_breitbart.txt", "outlet": "Breitbart (breitbart.com)", "date": "2024-12-13",
     "title": "Illinois sheriff reverses support for ICE detention center (from the URL slug; no headline in the stored text)",
     "url": "https://www.breitbart.com/immigration/2024/12/13/illinois-sheriff-reverses-support-for-ice-detention-center/"},
    {"file": "d6101_capitol-fax.txt", "outlet": "Capitol Fax (capitolfax.com, Rich Miller's blog; mobile page)", "date": "2025-07-18",
     "title": "Adams County sheriff refuses to follow Illinois law on immigration arrests: ‘I have no intentions of turning away ICE agents’",
     "url": "https://capitolfax.com/wp-mobile.php?more=1&p=66605"},
    {"file": "d6102_northwest-herald.txt", "outlet": "Northwest Herald (Shaw Local, shawlocal.com; letter to the editor)", "date": "2025-01-25",
     "title": "Letter: Sheriff’s statement on immigration, ICE makes ‘our community less safe’",
     "url": "https://shawlocal.com/northwest-herald/2025/01/25/letter-sheriffs-statement-on-immigration-ice-makes-our-community-less-safe"},
    {"file": "d6103_daily-illini.txt", "outlet": "The Daily Illini (dailyillini.com, University of Illinois student newspaper)", "date": "2025-05-08",
     "title": "ICE protocol guide (from the URL slug; no headline in the stored text)",
     "url": "https://dailyillini.com/news-stories/2025/05/08/ice-protocol-guide/"},
    {"file": "d6104_city-of-aurora.txt", "outlet": "City of Aurora (aurora-il.legistar.com, legislative record 25-0898: staff memo, full-text view)", "date": "2025-10-29",
     "title": "An Ordinance Restricting the use of City of Aurora Property for Civil Immigration Enforcement Activities (the record's title field, shown on the same record's page without FullText; not in the stored text)",
     "url": "https://aurora-il.legistar.com/LegislationDetail.aspx?FullText=1&GUID=7F72FBB0-D6DD-4B1C-BBDB-D8E4B30E688B&ID=7722576"},
    {"file": "d6105_citizen-portal.txt", "outlet": "Citizen Portal (citizenportal.ai, AI-written meeting summary)", "date": "2025-11-07",
     "title": "Hanover Park board schedules special meeting to weigh ordinance, resolution on ICE activity after hours of public comment",
     "url": "https://citizenportal.ai/articles/6757257/Hanover-Park/DuPage-County/Illinois/Hanover-Park-board-schedules-special-meeting-to-weigh-ordinance-resolution-on-ICE-activity-after-hours-of-public-comment?loc=IL&source=bluesky"},
    {"file": "d6106_wglt.txt", "outlet": "WGLT (wglt.org, Illinois State University public radio)", "date": "2025-03-17",
     "title": "Bloomington police offer assurances for undocumented residents amid deportation fears (from the URL slug; no headline in the stored text)",
     "url": "https://www.wglt.org/local-news/2025-03-17/bloomington-police-offer-assurances-for-undocumented-residents-amid-deportation-fears"},
    {"file": "d6107_just-the-news.txt", "outlet": "Just the News (justthenews.com)", "date": "2022",
     "title": "Texas Gov. Abbott now sending migrants to Chicago, buses already arriving",
     "url": "https://justthenews.com/government/local/migrant-buses-sent-texas-governor-arrive-chicago"},
    {"file": "d6108_morris-herald-news.txt", "outlet": "Morris Herald-News (Shaw Local, shawlocal.com)", "date": "2023-11-17",
     "title": "Grundy County Board holds firm that it will continue illegal immigration law enforcement",
     "url": "https://shawlocal.com/morris-herald-news/2023/11/17/grundy-county-board-holds-firm-that-it-will-continue-illegal-immigration-law-enforcement"},
    {"file": "d6109_nbc-chicago.txt", "outlet": "NBC Chicago (nbcchicago.com)", "date": "2025-06-13",
     "title": "License plate data shared with Texas officials acquired through national database from suburban police department (from the URL slug; no headline in the stored text)",
     "url": "https://www.nbcchicago.com/news/local/license-plate-data-shared-with-texas-officials-acquired-through-national-database-from-suburban-police-department/3767156/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d61")
