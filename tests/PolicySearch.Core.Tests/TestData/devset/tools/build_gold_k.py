#!/usr/bin/env python3
"""Dev set, part K (files d1100-d1111): hand annotations -> tune-k/gold-tune-k.jsonl.

A new part that nobody has tuned on yet: 12 articles from 12 outlets, 2017-2020 only (part L, made at
the same time, takes 2021-2025), none of them an outlet named in any earlier SOURCES file, no URL shared
with any other part, and no page that carries AP, Chicago Tribune, Sun-Times, Center Square or Capitol
News Illinois copy. Eight articles are about Illinois; four are other states' sanctuary debates (Texas'
SB 4, New Jersey's Immigrant Trust Directive).
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-J: canonical names as the earlier
parts write them (Jeff Sessions, Rahm Emanuel, Lori Lightfoot, JB Pritzker, Tom Homan, Bill Prim, Brian
VanVickle, David Snyders, Mike Downey, Henry Lucero, Illinois Senate Democrats, U.S. Department of Justice,
U.S. Immigration and Customs Enforcement, ...), otherwise the fullest form the article gives, titles
dropped. "The Trump administration" suing or arguing is the U.S. Department of Justice only when the
article says the Justice Department filed it, otherwise "Trump administration" (no such line occurs as
a speaker here: Barr's brief in d1111 is an action). A block quote continuing an attribution made in an
earlier line keeps the speaker with an empty alias list; an unnamed spokesman of a named body maps to
the body; a page's own voice (a sheriff's release, a campaign release, a law firm's release) is the
author, not a speaker. They were made by reading the article text only; no analysis code or analysis
output was looked at or run.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_k.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import DOJ, DOWNEY, EMANUEL, HOMAN, ICE, LIGHTFOOT, PRIM, PRITZKER, SESSIONS, SNYDERS, VANVICKLE

ARTICLES, MANIFEST, GOLD = part_files("tune-k", "gold-tune-k.jsonl")


LUCERO = "Henry Lucero"
SENATE_DEMS = "Illinois Senate Democrats"
ILGOP = "Illinois Republican Party"
IAP = "Illinois Association of Police"
CURRAN = "Mark Curran"
NERHEIM = "Mike Nerheim"
IVES = "Jeanne Ives"
KASS = "John Kass"
CASAR = "Greg Casar"
RABINOWITZ = "Stewart Rabinowitz"
GREWAL = "Gurbir Grewal"
ALLENDE = "Veronica Allende"
SHERIFFS = (PRIM, VANVICKLE, SNYDERS, DOWNEY)
SUIT_REASON = ("'the suit notes' / 'It continues': the complaint, a document filed on behalf of the four sheriffs "
               "named in line 4, speaks; the sheriffs are its authors")
DETENTION = ("a ban on private ICE detention centres, not local police cooperation (part I's rule 7 reading of the "
             "Dwight centre)")


def sheriffs(*aliases):
    return [S(n, *aliases) for n in SHERIFFS]


def sheriffs_opt():
    return [O(n, SUIT_REASON) for n in SHERIFFS]


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d1100_prairie-state-wire"] = [
    C("supports", "Author: law-enforcement officers across Illinois 'have offered their support' of SB 31; 'some have argued' it makes Illinois a sanctuary state (the support is the dominant, first point).",
      un=["Law-enforcement officers throughout Illinois", "some"]),
    C("supports", "Two releases: the Senate Democrats' site 'said' the bill reduces federal reach in police interaction with immigrants; the Illinois Republican Party's release 'said' it keeps law enforcement focused on its duties.",
      sp=[S(SENATE_DEMS, "IllinoisSenateDemocrats.com"), S(ILGOP, "Illinois Republican Party")]),
    C("supports", "Curran 'said in a statement' that the bill does not create a sanctuary state (denies the 'sanctuary' charge on the law's behalf).",
      sp=[S(CURRAN, "Mark Curran")],
      opt=[O(ILGOP, "the party only distributes Curran's statement ('in a statement from the Illinois Republican Party')", "Illinois Republican Party")]),
    B("photo_caption", "Photo caption ('Gov. Bruce Rauner'); names a person without words."),
    C("supports", "Curran: 'a good bill that will make Illinois a safer place'; relationships will help victims and witnesses come forward.",
      sp=[S(CURRAN, "Curran")]),
    C("supports", "The Illinois Association of Police, 'in a statement, reiterated' that the bill will not create a sanctuary state.",
      sp=[S(IAP, "Illinois Association of Police")]),
    C("supports", "The Association's statement continued ('the statement said'): 'We are pleased that Governor Rauner [signed] the bill' (no name of the speaker in the line).",
      sp=[S(IAP)]),
    C("supports", "Nerheim 'said in a statement' the bill will encourage people to come forward and work with law enforcement.",
      sp=[S(NERHEIM, "Mike Nerheim")]),
]

ANN["d1101_infowars"] = [
    C("opposes", "Sessions 'fired back' at Chicago's suit, 'saying “no amount” of money will help a city that won’t help its own residents'.",
      sp=[S(SESSIONS, "Jeff Sessions")]),
    C("opposes", "Sessions ('said in a statement'): Chicago's leadership 'has chosen deliberately and intentionally to adopt a policy that obstructs' the immigration system.",
      sp=[S(SESSIONS, "Sessions")]),
    C("supports", "The city's suit over the grant threat (an action); Emanuel 'likened this to “blackmail.”' (criticises federal pressure; the quote is the line's only view).",
      sp=[S(EMANUEL, "Rahm Emanuel")]),
]

ANN["d1102_ives-for-illinois"] = [
    T("headline", "Release headline ('Ives Calls On Sessions, Trump to Come to Illinois')."),
    C("opposes", "Pull quote under the headline, no attribution in the line (the release is Ives' campaign's; the words are presumably hers): Rahm and Rauner's 'craven arrogance has makes us all less safe' (sanctuary policies as danger).",
      opt=[O(IVES, "an unattributed pull quote of the campaign release; nothing in the line or the excerpt names its speaker")]),
    C("opposes", "Release voice (dated): Ives 'is calling on' Sessions and Trump to come to Chicago to discuss immigration policy (in context a call against Illinois' sanctuary policies; alternative: neutral, the call itself names no position).",
      sp=[S(IVES, "Jeanne Ives")], amb=True),
    C("opposes", "Sessions 'threw down the gauntlet, rebuking California Democrats for their “radical open borders agenda”' (another state's sanctuary laws).",
      sp=[S(SESSIONS, "Sessions")]),
    C("opposes", "Sessions 'said', quoting Homan: warning criminals that ICE is coming 'increases that risk' to officers (Oakland's warning of raids).",
      sp=[S(SESSIONS, "Sessions")],
      opt=[O(HOMAN, "his words are quoted inside Sessions' speech ('Quoting ... Tom Homan, Sessions said')", "Tom Homan")]),
    C("opposes", "Sessions ('The Attorney General then took direct aim at'): 'How dare you needlessly endanger the lives of law enforcement' (to Mayor Schaaf, who is spoken to, not a speaker).",
      sp=[S(SESSIONS, "The Attorney General")]),
    C("opposes", "Ives: 'We have the same problem in Illinois'; Rauner 'made us a sanctuary state' though 67 of 73 Republican legislators voted against it.",
      sp=[S(IVES, "Ives")]),
    C("opposes", "Release voice: rule of law 'a unpopular concept among pandering Illinois politicians'; Kass 'wrote' that Ives 'gets to the heart of policies that are cynical, subversive' (the Tribune named as Kass' paper).",
      sp=[S(KASS, "John Kass")], out=["Chicago Tribune"]),
]

ANN["d1103_aba-journal"] = [
    B("section_label", "Section label ('Immigration Law')."),
    T("headline", "Article headline ('7th Circuit limits national 'sanctuary cities' injunction to Chicago')."),
    B("share_widget", "Share-button bullet ('  •  ')."),
    B("share_widget", "Share-button bullet repeated.", dup=2),
    B("share_widget", "Share-button bullet repeated.", dup=2),
    B("share_widget", "Share-button bullet repeated.", dup=2),
    B("share_widget", "Share-button bullet with label ('  • Print.')."),
    B("photo_caption", "Photo caption ('Gavel and U.S. flag.')."),
    B("photo_credit", "Photo credit ('Shutterstock.')."),
    C("neutral", "The 7th Circuit narrowed the nationwide injunction (a ruling; 'alleged “sanctuary cities”' is wording only)."),
    C("neutral", "At Sessions' request (a court motion, an action) the injunction now applies only to Chicago."),
    C("neutral", "'According to Politico, a Justice Department spokesman had previously said' broad injunctions 'create a dangerous precedent' (about nationwide injunctions, not about sanctuary policies; alternative: opposes).",
      sp=[S(DOJ, "a Justice Department spokesman")], out=["Politico"], amb=True),
    C("neutral", "Background: the administration tried to make local jurisdictions work with federal officials through grant conditions (descriptive)."),
    C("neutral", "Leinenweber stopped the new conditions (a ruling), 'reports the Chicago Sun Times'.",
      out=["Chicago Sun Times"]),
    C("neutral", "The two conditions at issue, quoted from the grant terms (a document)."),
    C("opposes", "The DOJ issued no statement (fact); Sessions 'gave prepared remarks', 'calling' immigration a 'crisis', and 'He also called out' Schaaf and Becerra 'for being too lenient' on people without papers.",
      sp=[S(SESSIONS, "Sessions", "He")]),
    C("neutral", "Judges in Philadelphia and San Francisco also ruled against the grant conditions (rulings)."),
    C("neutral", "The full court will hear the case on Sept. 6 (a date)."),
]

ANN["d1104_defiant-america"] = [
    C("neutral", "ICE is expected to focus on the ten cities with most immigrants and reveals little (descriptive)."),
    C("supports", "Author: Lightfoot 'is refusing to cooperate with' ICE (reports an actor refusing cooperation; 'illegal immigrants' is wording only).",
      opt=[O(LIGHTFOOT, "'is refusing to cooperate' reports a position without a speech verb or words", "Lori Lightfoot")]),
    C("supports", "'She said' the city has permanently banned ICE from the police databases.",
      sp=[S(LIGHTFOOT, "She")]),
    C("supports", "Lightfoot ('the mayor said'): police 'will not team up with ICE to detain any resident'; no assistance in any raids; databases cut off permanently.",
      sp=[S(LIGHTFOOT, "the mayor")]),
    C("supports", "Lead-in: 'Lightfoot tweeted:' (the embedded tweet is missing from the stored text; rule 6 gives it the stance of the surrounding refusal; alternative: neutral).",
      sp=[S(LIGHTFOOT, "Lightfoot")], amb=True),
    C("supports", "Author: the mayor will not cooperate, by keeping ICE from the police 'databases related to federal immigration enforcement activities' (a phrase of her statement, with no speech verb).",
      opt=[O(LIGHTFOOT, "the quoted phrase is from her statement but the line gives it no speech verb", "the mayor")]),
]

ANN["d1105_watchdog-news"] = [
    T("headline", "Post headline ('ICE Angry at Illinois County For Releasing Over 1,000 “Criminal Aliens”')."),
    T("headline_repeat", "Shortened repeat of the headline (probably an image's alt text); the text differs, so no duplicate_of."),
    C("opposes", "ICE 'is fed up' with Cook County and 'publicly calling it out'; 'The agency sent out a press release accusing the county' of releasing over 1,000 people.",
      sp=[S(ICE, "Immigration and Customs Enforcement", "The agency")]),
    C("opposes", "'According to ICE', Cook County 'ignored detainers and failed to tell the agency' (an accusation of non-cooperation).",
      sp=[S(ICE, "ICE")]),
    C("opposes", "Author: Cook County let a Nicaraguan national 'roam the streets freely' after a DUI and domestic-violence arrest (ICE's examples, given without a speech verb; warns of crime)."),
    C("opposes", "Lucero 'was especially alarmed'; 'He explained' that neither ICE nor the public knows which criminals are released.",
      sp=[S(LUCERO, "Henry Lucero", "He")]),
    C("opposes", "Lucero's quote continued (no attribution in the line): 'police resources are being wasted, more people are being victimized'.",
      sp=[S(LUCERO)]),
    C("opposes", "Author: 'the Left’s asinine “sanctuary” laws' protect criminals without regard for their victims."),
    B("site_notice", "Site slogan ('~Fake News Stops Here!')."),
    B("copyright", "Copyright line ('Copyright 2020,')."),
]

ANN["d1106_kankakee-county-sheriff"] = [
    B("section_label", "Section label ('News')."),
    T("headline", "Release headline ('Illinois Trust Act is Invalid and Unenforceable, Sheriffs Allege in Lawsuit'); a title, no speakers."),
    C("neutral", "Release voice (dated): four sheriffs filed a joint suit for an injunction against the Trust Act (an action; the Act described)."),
    C("opposes", "Release voice: the suit seeks a judgment that the Act 'is in fact preempted' and 'invalid and unenforceable' (the release asserting the suit's claim; alternative: neutral, the relief sought as a fact).",
      amb=True),
    C("neutral", "The plaintiffs (the four sheriffs) and the defendant (Raoul) named (facts)."),
    C("opposes", "'The sheriffs jointly contend' the Act has exposed them to litigation, three of the four having been sued (the Act as a burden; the sheriffs are named in the line before).",
      sp=sheriffs("The sheriffs")),
    C("opposes", "'The suit notes' the federal government alone has authority over immigration (the suit's preemption argument).",
      opt=sheriffs_opt()),
    C("opposes", "The suit's words ('the suit notes'): the States 'cannot obstruct' the execution of federal immigration laws.",
      opt=sheriffs_opt()),
    C("opposes", "'It continues': 'The Trust Act has both the purpose and effect of obstructing federal immigration enforcement in Illinois.'",
      opt=sheriffs_opt()),
]

ANN["d1107_44news-wevv"] = [
    C("supports", "Author: Pritzker, 'Making good on his promise to make Illinois a welcoming state for all', signed three bills (the signing is an action; the framing is favourable; alternative: neutral).",
      opt=[O(PRITZKER, "'his promise' reports an earlier pledge without its words", "J.B. Pritzker")], amb=True),
    C("supports", "Author (a sentence fragment): the bills protect the immigrant community 'amid growing attacks from the federal government' (criticises federal pressure)."),
    C("neutral", "HB 2040 bans immigrant detention centres, halting the proposed Dwight centre (" + DETENTION + ")."),
    C("neutral", "Illinois is the first state to ban private civil detention (a fact)."),
    C("neutral", "HB 2040 takes effect immediately (a fact)."),
    B("comment_prompt", "Comments widget heading ('Comments')."),
    B("comment_prompt", "Comments widget label ('comments'); differs in case from the line before, so no duplicate_of."),
]

ANN["d1108_houston-press"] = [
    T("headline", "Article headline ('City Officials in Houston and Across Texas Announce Plans to Sue Over SB4')."),
    B("photo_caption", "Photo caption ('The Texas Organizing Project at a rally against SB 4 ...'); names an organisation without words."),
    B("photo_credit", "Photo credit ('Meagan Flynn')."),
    B("photo_caption", "Photo caption repeated.", dup=1),
    C("supports", "Author: city officials 'joining arms' with activists 'to stand up to Governor Abbott' over the 'anti-sanctuary cities' bill (favourable framing of the resistance to a law that forces cooperation)."),
    C("supports", "Officials of five cities 'unveiled what they're calling a “summer of resistance,”' with a legal challenge to SB 4; suits already filed (actions).",
      un=["Officials in Austin, Houston, San Antonio, Dallas and El Paso"]),
    C("supports", "Author: 'Governor Abbott is in for a long ride' (sides with the challengers; alternative: neutral, a prediction).",
      amb=True),
    C("supports", "Casar: Abbott wants officials to 'betray our immigrant communities'; 'we are launching a summer of resistance' and a constitutional challenge.",
      sp=[S(CASAR, "Greg Casar")]),
]

ANN["d1109_law-firm-newswire"] = [
    T("headline", "Release headline ('Texas Enacts SB 4 Against Sanctuary Cities and Sues to Declare it Constitutional: ...')."),
    B("site_notice", "Image label / firm tag ('Dallas immigration lawyers')."),
    B("site_notice", "Image caption with the firm's name ('Dallas immigration lawyers – Rabinowitz & Rabinowitz, P.C.')."),
    C("neutral", "Dateline: cities and counties plan legal action against SB 4 (a fact)."),
    C("supports", "Rabinowitz: under SB 4 immigrants 'fear reporting crimes' and fear 'racial profiling by police' (argues against the ban on sanctuary policies).",
      sp=[S(RABINOWITZ, "Stewart Rabinowitz")]),
    C("neutral", "What SB 4 does and its penalties ('controversial' is wording only)."),
]

ANN["d1110_nj-spotlight"] = [
    T("headline", "Video-page headline ('Attorney general announces new rules governing law enforcement interactions with ICE')."),
    C("supports", "Author: the directive limits assistance to ICE and 'intentionally counters the Trump administration’s severe crackdown' ('severe crackdown' leans; alternative: neutral).",
      amb=True),
    C("supports", "Grewal ('he said', named in the line before): 'we will not allow you to drive a wedge between our law enforcement officers and our immigrant communities'.",
      sp=[S(GREWAL, "he")]),
    C("supports", "'Grewal says' federal arrests terrify immigrants, who fear to report crimes; then what the directive bars (a document).",
      sp=[S(GREWAL, "Grewal")]),
    C("supports", "Allende: blurring state criminal and federal civil immigration law risks 'losing the trust' of immigrant communities and jeopardizes public safety.",
      sp=[S(ALLENDE, "Veronica Allende")]),
]

ANN["d1111_law-enforcement-today"] = [
    T("headline", "Article headline ('Trump administration suing NJ over policy releasing illegal immigrants who are child rapists, criminals'); a title, no speakers."),
    C("neutral", "Barr 'filed a brief' supporting the counties' challenges to the directive (an action; no words)."),
    C("supports", "Lead-in: Grewal 'was not happy with the decision by Barr' (rule 6: takes the stance of the quote that follows; alternative: neutral).",
      sp=[S(GREWAL, "Gurbir Grewal")], amb=True),
    C("supports", "Grewal ('said in a written statement'): 'deeply disappointed' that the federal government challenges the directive.",
      sp=[S(GREWAL, "Grewal")]),
    C("supports", "Grewal ('he said'): the federal government 'is working to push them further into the shadows'.",
      sp=[S(GREWAL, "he")]),
    C("opposes", "Author: 'Spoken like a true open borders liberal.' (dismisses Grewal's defence)."),
    C("supports", "'According to Grewal', the directive ensures victims and witnesses report crimes 'without fear of deportation'.",
      sp=[S(GREWAL, "Grewal")]),
    C("supports", "Grewal ('said and further stated'): federal efforts 'to coerce states' have failed; the state will respond in court.",
      sp=[S(GREWAL, "Grewal")]),
    C("supports", "The policy 'has been criticized' as a 'sanctuary' (no source), 'which Grewal insists is not the case' (his denial is the final point; alternative: neutral, both sides in one line).",
      sp=[S(GREWAL, "Grewal")], amb=True),
    C("supports", "Grewal ('had said at a news conference'): 'if you break the law you go to jail regardless of your immigration status'; no free pass (denies the sanctuary-for-criminals charge).",
      sp=[S(GREWAL, "Grewal")]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d1100_prairie-state-wire.txt", "outlet": "Prairie State Wire", "date": "2017-08",
     "title": "Law enforcement says TRUST Act does not make Illinois a sanctuary for criminals (from the URL slug; no headline in the stored text)",
     "url": "https://prairiestatewire.com/stories/511200178-law-enforcement-says-trust-act-does-not-make-illinois-a-sanctuary-for-criminals"},
    {"file": "d1101_infowars.txt", "outlet": "Infowars", "date": "2017-08",
     "title": "Sessions: sanctuary city Chicago's hostility to law enforcement protection 'astounding' (from the URL slug; no headline in the stored text)",
     "url": "https://www.infowars.com/sessions-sanctuary-city-chicagos-hostility-to-law-enforcement-protection-astounding/"},
    {"file": "d1102_ives-for-illinois.txt", "outlet": "Jeanne Ives for Governor (campaign site)", "date": "2018-03-08",
     "title": "Ives Calls On Sessions, Trump to Come to Illinois",
     "url": "https://ivesforillinois.com/ives-calls-on-sessions-trump-to-come-to-illinois/"},
    {"file": "d1103_aba-journal.txt", "outlet": "ABA Journal", "date": "2018-06",
     "title": "7th Circuit limits national 'sanctuary cities' injunction to Chicago",
     "url": "http://www.abajournal.com/news/article/7th_circuit_limits_national_sanctuary_cities_injunction_to_chicago"},
    {"file": "d1104_defiant-america.txt", "outlet": "Defiant America", "date": "2019-07",
     "title": "Chicago Democratic mayor permanently bans ICE from accessing police databases ahead of raids (from the URL slug; no headline in the stored text)",
     "url": "https://defiantamerica.com/chicago-democratic-mayor-permanently-bans-ice-from-accessing-police-databases-ahead-of-raids/"},
    {"file": "d1105_watchdog-news.txt", "outlet": "Watchdog News (watchdognews.org)", "date": "2020-01",
     "title": "ICE Angry at Illinois County For Releasing Over 1,000 “Criminal Aliens”",
     "url": "https://www.watchdognews.org/ice-angry-at-illinois-county-for-releasing-over-1000-criminal-aliens/"},
    {"file": "d1106_kankakee-county-sheriff.txt", "outlet": "Kankakee County Sheriff's Office (news release)", "date": "2020-03-09",
     "title": "Illinois Trust Act is Invalid and Unenforceable, Sheriffs Allege in Lawsuit",
     "url": "https://kankakeecountysheriff.com/illinois-trust-act-is-invalid-and-unenforceable-sheriffs-allege-in-lawsuit/"},
    {"file": "d1107_44news-wevv.txt", "outlet": "44News (WEVV, Evansville)", "date": "2019-06",
     "title": "Illinois governor signs immigration legislation (from the URL slug; no headline in the stored text)",
     "url": "https://44news.wevv.com/illinois-governor-signs-immigration-legislation/"},
    {"file": "d1108_houston-press.txt", "outlet": "Houston Press", "date": "2017-05",
     "title": "City Officials in Houston and Across Texas Announce Plans to Sue Over SB4",
     "url": "https://www.houstonpress.com/houston/Print?oid=9445817"},
    {"file": "d1109_law-firm-newswire.txt", "outlet": "Law Firm Newswire (Rabinowitz & Rabinowitz release)", "date": "2017-06-16",
     "title": "Texas Enacts SB 4 Against Sanctuary Cities and Sues to Declare it Constitutional: Cities Sue Texas in Response",
     "url": "https://lawfirmnewswire.com/2017/06/texas-enacts-sb-4-against-sanctuary-cities-and-sues-to-declare-it-constitutional-cities-sue-texas-in-response/"},
    {"file": "d1110_nj-spotlight.txt", "outlet": "NJ Spotlight", "date": "2018-11",
     "title": "Attorney general announces new rules governing law enforcement interactions with ICE",
     "url": "https://www.njspotlight.com/news/video/attorney-general-announces-new-rules-governing-law-enforcement-interactions-with-ice/"},
    {"file": "d1111_law-enforcement-today.txt", "outlet": "Law Enforcement Today", "date": "2020",
     "title": "Trump administration suing NJ over policy releasing illegal immigrants who are child rapists, criminals",
     "url": "https://www.lawenforcementtoday.com/trump-administration-suing-nj-over-policy-releasing-illegal-immigrant/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d11")
