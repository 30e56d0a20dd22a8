#!/usr/bin/env python3
"""Dev set, part AB (files d5400-d5409): hand annotations -> fresh-ab/gold-fresh-ab.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 10 outlets, all dated 2017-2021 by
their own text, URL or date line (another helper built a part from the other years at the same time).
Every outlet has been seen in an earlier part or SOURCES file (new English outlets have nearly run
out), but no article is: no URL or title is in any manifest, SOURCES file or the seeds' articles.json.
No page carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square copy (d5401 has
an AP photo credit, a boilerplate row only). All ten are about Illinois. The annotations follow
/work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and STANCE_GUIDELINES.md (stance
rules), and the conventions of the earlier parts (models: build_gold_s.py and build_gold_y.py):
canonical names from canonical.py where they apply (Bruce Rauner, JB Pritzker, Lori Lightfoot, Mike
Downey, Bill Prim, Brian VanVickle, David Snyders, Donald Trump, Office of the Illinois Attorney
General), otherwise the fullest form the article gives, titles dropped ("Attorney General Lisa
Madigan" -> Lisa Madigan, "State Senator Dale Fowler" -> Dale Fowler, "Raoul spokeswoman Tori Joseph"
-> Tori Joseph, "Board Chairman Michael Buehler" -> Michael Buehler). A person speaking for a body is
the person (Tori Joseph, not the Attorney General's office; Jim Kaitschuk, not the Illinois Sheriffs
Association, which is optional where the author states its position); an organisation speaking as
itself is a speaker (FAIR "strongly criticized", the AILA Chicago chapter and ICIRR "have urged",
d5401 #4; the Illinois Republican Party leadership "insisted", d5403 #1; the Attorney General's
office "says", d5403 #2). A letter quoted after its attribution keeps its six signers as speakers
with empty alias lists (d5402 #4-#6, the seeds' 001 #2 precedent). The governor's veto message
(d5405) is signed only at its foot: Rauner is an optional speaker of its first-person lines (the
d1902 Irvin precedent). The sheriffs' suit "states" (d5407 #3, #8): the four plaintiffs are optional
speakers with canonical.FOUR_SHERIFFS_REASON. Filing suit, voting, signing and vetoing are actions;
the guidance document "says" (d5403 #4) is a document, its author optional. WBEZ and Illinois Review
(d5401) and The Epoch Times (d5409) only pass words along: cited outlets. The d5402 comment is a
reader's, its writer unnamed in the excerpt; its lines are the commenter's own voice. They were made by
reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_ab.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import (AG_OFFICE, DOWNEY, FOUR_SHERIFFS_REASON, LIGHTFOOT, PRIM, PRITZKER, RAUNER, SNYDERS,
                       TRUMP, VANVICKLE)

ARTICLES, MANIFEST, GOLD = part_files("fresh-ab", "gold-fresh-ab.jsonl")


BENITO = "Lawrence Benito"
FAIR = "Federation for American Immigration Reform"
AILA_CHI = "Chicago chapter of the American Immigration Lawyers Association"
ICIRR = "Illinois Coalition for Immigrant and Refugee Rights"
SKILLICORN = "Allen Skillicorn"
WELTER = "David Allen Welter"
CABELLO = "John Cabello"
MORRISON = "Tom Morrison"
MCCARTER = "Kyle McCarter"
OBERWEIS = "Jim Oberweis"
IL_GOP = "Illinois Republican Party"
MADIGAN = "Lisa Madigan"
OWENS = "Keishjuan Owens"
RUIZ_VELASCO = "Mony Ruiz-Velasco"
JOSEPH = "Tori Joseph"
FOWLER = "Dale Fowler"
BUYS = "Cindy Buys"
KAITSCHUK = "Jim Kaitschuk"
ISA = "Illinois Sheriffs Association"
BUEHLER = "Michael Buehler"

SIGNERS = (SKILLICORN, WELTER, CABELLO, MORRISON, MCCARTER, OBERWEIS)
LEAD_IN = ("the lead-in 'From the follwoing Republican legislators:' announces the letter; its six signers are "
           "named only in the next line")
VETO_VOICE = ("the veto message's author, named only in its signature ('Bruce Rauner', #10); the line is the "
              "message's first-person voice ('Today I veto', 'I hereby return'), not attributed speech")
DOC_VOICE = ("the words are her guidance document's ('the document says'); a document is not a speaker, its "
             "author named in the lines around it")
MADIGAN_SEEM = ("'doesn't seem to agree' is the author's reading of her office's guidance, not words given to her")
TRUMP_THREAT = "'Trump threatened to unleash sweeping immigration raids' reports a threat, no words given"
ISA_VOICE = ("the association's opposition is stated by the author ('oppose', 'which opposes'); its words come "
             "from its director, Jim Kaitschuk")
BUEHLER_LATER = ("'an Illinois county official' who opposes the legislation is Michael Buehler, named only in #3")
SKALA_SUGGESTION = ("Skala's 'suggestion' is reported as the occasion of Acosta's move; his words are given in the "
                    "next line")


def signers_core():
    return [S(n) for n in SIGNERS]


def four_sheriffs_optional():
    return [O(n, FOUR_SHERIFFS_REASON) for n in (PRIM, VANVICKLE, SNYDERS, DOWNEY)]


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d5400_trustinil"] = [
    T("headline", "Release headline ('Illinois TRUST Act Goes to Gov. Rauner’s Desk as National Model ...')."),
    B("timestamp_label", "Release date line ('Released at: May 31, 2017')."),
    B("contact", "Press contact line ('Contact: Sophie Vodvarka')."),
    T("dek", "Release subhead ('At a time of heightened fear, the TRUST Act (SB 31) builds bridges ...'); favourable, but a title row."),
    C("neutral", "Release voice: the Act won final approval 'with bipartisan support' and goes to the governor (a vote and the next step, reported)."),
    C("supports", "Release voice: the Act keeps police from holding people without court warrants, 'upholding basic requirements' of the constitutions, against federal moves 'fanning fear'; Illinois seeks 'to encourage trust' and 'a national model'."),
    C("supports", "Benito ('said Lawrence Benito'): the General Assembly 'has done the right thing for all of Illinois'; thanks to the sponsors and the campaign.",
      sp=[S(BENITO, "Lawrence Benito")]),
]

ANN["d5401_breitbart"] = [
    T("headline", "Headline ('Illinois GOP Governor: Sanctuary Bill ‘Very Reasonable’')."),
    B("photo_credit", "Photo caption and credit ('Sanctuary City Advocates AP')."),
    C("opposes", "Rauner 'told the local press' he may sign; the author calls it a bill passed 'to frustrate federal immigration enforcement' (Rauner's words carry no view here, the author's framing does; alternative: neutral, a report that he may sign).",
      sp=[S(RAUNER, "Bruce Rauner")], amb=True),
    C("supports", "Rauner ('Rauner told WBEZ'): SB31 'seems very reasonable', backed by 'the immigration community', the sheriffs' association and businesses; his office did not respond to Breitbart.",
      sp=[S(RAUNER, "Rauner")], out=["WBEZ"]),
    C("neutral", "FAIR 'strongly criticized SB31' (in Illinois Review); AILA's Chicago chapter and ICIRR 'have urged Rauner to sign' (both sides reported; alternative: opposes, the author's 'patriotic' group against 'open-borders groups').",
      sp=[S(FAIR, "Federation for American Immigration Reform", "FAIR"),
          S(AILA_CHI, "the Chicago chapter of the American Immigration Lawyers Association"),
          S(ICIRR, "Illinois Coalition for Immigrant and Refugee Rights")],
      out=["Illinois Review"], amb=True),
    C("opposes", "Author: 'Harmlessly titled', SB31 bars compliance with detainers, so police 'will be compelled to release illegal aliens back onto the street'."),
    C("neutral", "Author: the bill is similar to provisions of 'the so-called “sanctuary state” of California' (a comparison; alternative: opposes, the sanctuary label as a charge).",
      amb=True),
]

ANN["d5402_mchenry-county-blog"] = [
    T("headline", "Post headline ('GOP Legislators Urge Rauner to Veto Sanctuary State Bill')."),
    C("opposes", "Blogger's lead-in announcing the legislators' letter ('From the follwoing Republican legislators:'); takes the stance of the letter it announces (alternative: neutral, a bare source line).",
      opt=[O(n, LEAD_IN) for n in SIGNERS], un=["Republican legislators"], amb=True),
    C("opposes", "Six Republican legislators 'all urge Governor Bruce Rauner to veto the Sanctuary State Bill, Senate Bill 31'.",
      sp=[S(SKILLICORN, "Allen Skillicorn"), S(WELTER, "David Allen Welter"), S(CABELLO, "John Cabello"),
          S(MORRISON, "Tom Morrison"), S(MCCARTER, "Kyle McCarter"), S(OBERWEIS, "Jim Oberweis")]),
    B("salutation", "The letter's salutation ('Governor Rauner,'), no content."),
    C("opposes", "The letter (its signers, continuing the attribution): 'respectfully urging you to veto Senate Bill 31, the “so called” Trust Act'.",
      sp=signers_core()),
    C("opposes", "The letter: officials are sworn to the Constitution, and 'the State should not interfere with lawful action by the federal government'.",
      sp=signers_core()),
    C("opposes", "The letter: SB31 'is a political ploy' that 'does more political harm than good'; 'Please veto'.",
      sp=signers_core()),
    B("comments_label", "Comments section label ('Comments')."),
    B("comments_header", "Comments header repeating the headline with a count ('... — 34 Comments')."),
    C("neutral", "Commenter: the bill shrank 'from an originally long 40 page bill to a 4 page bill' (a fact about the bill; alternative: supports, the opening of the commenter's defence).",
      amb=True),
    C("supports", "Commenter: the bill 'would NOT make IL a Sanctuary State' (denies on the law's behalf that it is a sanctuary law)."),
    C("supports", "Commenter: the bill 'is good for local Law Enforcement and good for the local communities safety'."),
    C("supports", "Commenter: local police doing federal immigration work would have 'two very bad things' follow (lead-in to the case against local enforcement)."),
    C("supports", "Commenter: police would be 'even More overburdened' and unable to patrol (the resources argument)."),
    C("supports", "Commenter: if police could deport household members, 'fewer calls would be made' (the crime-reporting argument)."),
]

ANN["d5403_illinois-review"] = [
    B("timestamp_label", "The site's current-date display ('Monday, March 27, 2023'), not the article's date."),
    C("supports", "The Illinois Republican Party leadership 'insisted' the Trust Act 'really had no substantial effect on law enforcement' (a defence of the Act; the author's 'effectively a sanctuary state' leans the other way; alternative: opposes).",
      sp=[S(IL_GOP, "Illinois Republican Party leadership")], amb=True),
    C("neutral", "Madigan's office 'says' that because of the Trust Act limits on officials' communications with immigration authorities 'are now in effect' (what the law does, reported).",
      sp=[S(AG_OFFICE, "Her office")], opt=[O(MADIGAN, MADIGAN_SEEM, "Lisa Madigan")]),
    C("neutral", "Madigan ('Madigan said in the 12-page document'): the guidance 'will explain the limitations' on local enforcement of immigration law (what the guidance covers).",
      sp=[S(MADIGAN, "Madigan")]),
    C("neutral", "'the document says': federal and state law limit agencies' immigration enforcement, and they 'must ... stay within these limitations' (what the law requires; alternative: supports, the guidance insisting on the limits).",
      opt=[O(MADIGAN, DOC_VOICE)], amb=True),
    C("supports", "'Further statements show Madigan officially discourages Illinois law enforcement from working directly with' ICE (an official's stated position against cooperation, reported).",
      sp=[S(MADIGAN, "Madigan")]),
    C("supports", "Madigan's guidance (quoted after 'Further statements show Madigan'): agencies need not share citizenship information, and sharing 'may deter individuals from reporting information about a crime' (the crime-reporting argument).",
      sp=[S(MADIGAN)]),
]

ANN["d5404_northwest-herald"] = [
    B("section_label", "Section label ('Local Editorials')."),
    T("headline", "Editorial headline ('Our view: Trust Act goes too far')."),
    C("opposes", "Editorial: county authorities are caught between a state government that 'seems to want to offer amnesty' and a federal government enforcing the law (the state's policy cast as amnesty; alternative: neutral, scene-setting).",
      amb=True),
    C("neutral", "Editorial: the Trust Act, 'what critics call a “sanctuary state”' step, forbids cooperation 'in essentially any way' beyond what police do for the public (description with the critics' label; alternative: opposes, an overstated account).",
      un=["critics"], amb=True),
    C("supports", "Editorial: after the vote facts, the ban on police enforcing immigration law on the streets 'makes sense', helping 'prevent profiling' and getting people to 'report crimes or bear witness'."),
    C("opposes", "Editorial: if the act bars the county from housing federal immigration detainees, 'then it should be changed'; Skillicorn ('said') puts the jail deal at $8.2 million a year.",
      sp=[S(SKILLICORN, "Allen Skillicorn")]),
]

ANN["d5405_illinois-general-assembly"] = [
    B("date_line", "The veto message's date line ('August 24, 2018')."),
    B("salutation", "Address line ('To the Honorable Members of')."),
    B("salutation", "Address line ('The Illinois Senate,')."),
    B("salutation", "Address line ('100th General Assembly:')."),
    C("opposes", "Message voice: 'Today I veto Senate Bill 35', which would have the Attorney General publish model policies 'for limiting assistance to federal immigration officers' (the veto of a wider limit; alternative: neutral, an action and the bill described).",
      opt=[O(RAUNER, VETO_VOICE)], amb=True),
    C("neutral", "Message voice: what the bill directs, limiting cooperation 'to the fullest extent possible' and removing status questions (the bill described).",
      opt=[O(RAUNER, VETO_VOICE)]),
    C("opposes", "Message voice: federal law (8 U.S.C. § 1373) bars restricting officials from sharing status information with immigration authorities (the legal ground of the veto; alternative: neutral, what federal law provides).",
      opt=[O(RAUNER, VETO_VOICE)], amb=True),
    C("opposes", "Message voice: the administration complies with that law, and the bill 'demonstrates an intent to undermine the spirit of federal immigration law' by encouraging restricted assistance.",
      opt=[O(RAUNER, VETO_VOICE)]),
    C("opposes", "Message voice: 'I hereby return Senate Bill 35 ... with the foregoing objections, vetoed in its entirety' (the veto, tied to its objections; alternative: neutral, an action).",
      opt=[O(RAUNER, VETO_VOICE)], amb=True),
    B("signature", "Closing ('Sincerely,')."),
    B("signature", "Signature name ('Bruce Rauner')."),
    B("signature", "Signature title ('GOVERNOR')."),
]

ANN["d5406_in-these-times"] = [
    T("headline", "Headline ('Activists Say Lori Lightfoot Is Not Meeting Their Demands to Protect Immigrants')."),
    T("dek", "Dek ('Chicago’s new mayor is refusing to shut down the city’s infamous gang database ...')."),
    B("byline", "Byline and date ('Skyler Aikerson July 16, 2019')."),
    B("photo_credit", "Photo credit ('(Photo courtesy of Organized Communities Against Deportations/Facebook)')."),
    C("supports", "Organizers 'directed grievances' at Lightfoot for keeping the gang database, which 'gives Immigration and Customs Enforcement (ICE) another tool' (pressure to close a channel of cooperation with ICE).",
      un=["organizers"]),
    C("supports", "Owens (attributed in the next line): 'We want the gang database closed.' (the demand against the database the article ties to ICE; alternative: neutral, ICE not named in the line).",
      sp=[S(OWENS)], amb=True),
    C("supports", "Owens ('Keishjuan Owens ... told the crowd'): the database should be erased; it 'targets undocumented folks'.",
      sp=[S(OWENS, "Keishjuan Owens")]),
    C("supports", "Lightfoot 'announced that the CPD would not cooperate with ICE' and that ICE would lose access to the gang database (an actor's promise not to cooperate); Trump had 'threatened' raids.",
      sp=[S(LIGHTFOOT, "Lightfoot")], opt=[O(TRUMP, TRUMP_THREAT, "Trump")]),
    C("supports", "Ruiz-Velasco ('told In These Times'): Lightfoot's move 'goes beyond anything that any of the previous mayors were ever willing to do' (praise for the non-cooperation).",
      sp=[S(RUIZ_VELASCO, "Mony Ruiz-Velasco")]),
]

ANN["d5407_daily-herald"] = [
    T("headline", "Headline ('McHenry County sheriff, 3 others sue state over immigration law')."),
    C("neutral", "Prim and three sheriffs 'filed a federal lawsuit' to block the state law (a suit filed, an action)."),
    C("opposes", "The four sheriffs ('Saying the Illinois Trust Act leaves them facing \"irreparable harm\"') ask for a ruling that the measure is preempted by federal law.",
      sp=[S(PRIM, "Prim"), S(VANVICKLE, "Brian E. VanVickle"), S(SNYDERS, "David Snyders"), S(DOWNEY, "Mike Downey")]),
    C("opposes", "The suit ('the suit states'): the Act puts officers 'in an impossible position' between detainers and state law.",
      opt=four_sheriffs_optional()),
    C("neutral", "The suit names Raoul as the defendant (a fact of the filing)."),
    C("supports", "Joseph ('Raoul spokeswoman Tori Joseph said'): the Act 'reflects the values of Illinois residents' and builds relationships 'instead of spreading fear'; the office 'maintains that the Trust Act is constitutional'.",
      sp=[S(JOSEPH, "Tori Joseph")]),
    C("neutral", "Background: federal detainers that 'require' local officers to hold people up to 48 hours (what is at issue, described)."),
    C("neutral", "Background: the Trust Act makes it unlawful to stop, arrest or detain someone solely on immigration status (what the law provides)."),
    C("opposes", "The suit ('the suit states'): the restriction 'places the Trust Act in direct conflict with the federal detainer rules'.",
      opt=four_sheriffs_optional()),
]

ANN["d5408_kfvs12"] = [
    C("neutral", "The Pulaski County Detention Center will no longer be allowed to hold immigration detainees (the effect of the law, reported)."),
    C("neutral", "The Ullin facility is one of three in the state with an ICE contract (background)."),
    C("neutral", "The three facilities are in McHenry, Kankakee and Pulaski counties (background)."),
    C("neutral", "Pritzker 'signed a bill into law banning Illinois from holding illegal immigrants' (a signing, an action)."),
    C("neutral", "The bill is the Illinois Way Forward Act, Senate Bill 667 (a name)."),
    C("opposes", "Fowler ('said State Senator Dale Fowler'): 'This is alarming, it’s concerning ... everyone should be concerned'.",
      sp=[S(FOWLER, "Dale Fowler")]),
    C("neutral", "Fowler has one of the three facilities in his district (background)."),
    C("opposes", "Fowler ('Fowler said'): the law 'will have a big economic impact' when the detainees are sent elsewhere (the cost of ending the county's ICE contract).",
      sp=[S(FOWLER, "Fowler")]),
    C("opposes", "Fowler ('he explained'): ending the contract means lost jobs and shifting immigrants from a well-kept facility 'to an overcrowded, poorly managed federal facility'.",
      sp=[S(FOWLER)]),
    C("neutral", "Buys is introduced as a local expert on immigration law (no words given)."),
    C("neutral", "Buys ('She acknowledged'): the detention center will lose revenue (a fact conceded, no view on the law).",
      sp=[S(BUYS)]),
    C("neutral", "Buys ('said Buys'): the jail was a source of revenue, and from January no new contracts to house immigration detainees are allowed (what the law does).",
      sp=[S(BUYS, "Buys")]),
]

ANN["d5409_cause-action-clarion"] = [
    C("opposes", "The sheriffs' association and a county official 'oppose' the bill Pritzker 'said he would sign'; Kaitschuk ('told The Epoch Times'): the bill bars any assistance, 'Cops’ hands become tied.'",
      sp=[S(KAITSCHUK, "Jim Kaitschuk"), S(PRITZKER, "J.B. Pritzker")],
      opt=[O(ISA, ISA_VOICE, "Illinois Sheriffs Association"), O(BUEHLER, BUEHLER_LATER)],
      out=["The Epoch Times"]),
    C("opposes", "Kaitschuk ('said Kaitschuk'): 'If I saw an ICE officer being assaulted I cannot legally intervene'; officers cannot assist ICE.",
      sp=[S(KAITSCHUK, "Kaitschuk")]),
    C("opposes", "Police hands 'had been tied under the TRUST Act, said those who spoke to The Epoch Times'; Kaitschuk: asking a motorist where he was from would be 'breaking the law'.",
      sp=[S(KAITSCHUK, "Kaitschuk")], un=["those who spoke to The Epoch Times"], out=["The Epoch Times"]),
    C("opposes", "Buehler 'also opposes' the act and 'told The Epoch Times' local authorities cannot even let an ICE officer 'make a phone call' in their offices.",
      sp=[S(BUEHLER, "Michael Buehler")], out=["The Epoch Times"]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d5400_trustinil.txt", "outlet": "trustinil.org (Illinois TRUST Act campaign site; release, contact Sophie Vodvarka)", "date": "2017-05-31",
     "title": "Illinois TRUST Act Goes to Gov. Rauner’s Desk as National Model for Common-sense and Constitutional State-Level Immigration Policy",
     "url": "http://www.trustinil.org/illinois_trust_act_goes_to_gov_rauner_s_desk_as_national_model_for_common_sense_and_constitutional_state_level_immigration_policy"},
    {"file": "d5401_breitbart.txt", "outlet": "Breitbart (breitbart.com)", "date": "2017-08-21",
     "title": "Illinois GOP Governor: Sanctuary Bill ‘Very Reasonable’",
     "url": "https://www.breitbart.com/politics/2017/08/21/illinois-gop-governor-sanctuary-bill-very-reasonable/"},
    {"file": "d5402_mchenry-county-blog.txt", "outlet": "McHenry County Blog (mchenrycountyblog.com; a legislators' letter and a reader comment)", "date": "2017-08-25",
     "title": "GOP Legislators Urge Rauner to Veto Sanctuary State Bill",
     "url": "https://mchenrycountyblog.com/2017/08/25/gop-legislators-urge-rauner-to-veto-santuary-state-bill/"},
    {"file": "d5403_illinois-review.txt", "outlet": "Illinois Review (illinoisreview.com)", "date": "2017-09",
     "title": "AG Madigan discourages local, state law enforcement from working with immigration officials (from the URL slug; no headline in the stored text)",
     "url": "https://www.illinoisreview.com/illinoisreview/2017/09/ag-madigan-discourages-local-state-law-enforcement-from-working-with-immigration-officials.html"},
    {"file": "d5404_northwest-herald.txt", "outlet": "Northwest Herald (nwherald.com; unsigned editorial, 'Our view')", "date": "2017-09-15",
     "title": "Our view: Trust Act goes too far",
     "url": "http://m.nwherald.com/2017/09/15/our-view-trust-act-goes-too-far/add9g2d/"},
    {"file": "d5405_illinois-general-assembly.txt", "outlet": "Illinois General Assembly (ilga.gov; Gov. Bruce Rauner's veto message on SB 35)", "date": "2018-08-24",
     "title": "Veto message on Senate Bill 35 (descriptive; no headline in the stored text)",
     "url": "https://ilga.gov/ftp/legislation/100/SB/10000SB0035gms.htm"},
    {"file": "d5406_in-these-times.txt", "outlet": "In These Times (inthesetimes.com)", "date": "2019-07-16",
     "title": "Activists Say Lori Lightfoot Is Not Meeting Their Demands to Protect Immigrants",
     "url": "https://inthesetimes.com/article/activists-say-lori-lightfoot-is-not-meeting-their-demands-to-protect-immigr"},
    {"file": "d5407_daily-herald.txt", "outlet": "Daily Herald (dailyherald.com)", "date": "2020-03-09",
     "title": "McHenry County sheriff, 3 others sue state over immigration law",
     "url": "https://www.dailyherald.com/news/20200309/mchenry-county-sheriff-3-others-sue-state-over-immigration-law/?utm_source=akdart"},
    {"file": "d5408_kfvs12.txt", "outlet": "KFVS12 (kfvs12.com, Cape Girardeau television)", "date": "2021-08-04",
     "title": "New law will end immigrant detention in Illinois (from the URL slug; no headline in the stored text)",
     "url": "https://www.kfvs12.com/2021/08/04/new-law-will-end-immigrant-detention-illinois/"},
    {"file": "d5409_cause-action-clarion.txt", "outlet": "Cause Action Clarion (clarion.causeaction.com; Epoch Times reporting)", "date": "2021-07-26",
     "title": "Illinois sheriffs, county official oppose new immigration legislation (from the URL slug; no headline in the stored text)",
     "url": "https://clarion.causeaction.com/2021/07/26/illinois-sheriffs-county-official-oppose-new-immigration-legislation/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d54")
