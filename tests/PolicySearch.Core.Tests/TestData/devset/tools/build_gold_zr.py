#!/usr/bin/env python3
"""Dev set, part ZR (files d4400-d4409): hand annotations -> fresh-zr/gold-fresh-zr.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 10 outlets, 2017-2025, all in English.
Stored pages from outlets new to the development set have run out for English: every outlet here is
one that an earlier part used or named in its SOURCES file (each row of SOURCES-zr.md says which part
first named it), none is an outlet of the seeds, and no article URL is in any other part's manifest or
the seeds'. No page carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square copy
(d4401 is a coalition release as Capitol Fax printed it; d4404 names WTTW as the source of one report,
a cited outlet). One article is national rather than about Illinois (d4403, 287(g) in Texas and the
country). The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions)
and STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-ZQ (models: build_gold_s.py
and build_gold_y.py): canonical names from canonical.py where they apply (Bruce Rauner, U.S.
Immigration and Customs Enforcement, U.S. Department of Justice, Office of the Mayor of Chicago),
otherwise the fullest form the article gives, titles dropped ("senior staff attorney ... Rebecca
Glenberg" -> Rebecca Glenberg, "legal director ... Andy Kang" -> Andy Kang, "Congressman Jesús
"Chuy" García" -> Jesús García with the alias as printed). "Estela" (d4401) and "Francisco" (d4407)
are the only forms their articles give. A person speaking for an organisation is the person only
(Glenberg, not the ACLU of Illinois; Kang, not Advancing Justice); an organisation speaking as itself
is a speaker (the Campaign for a Welcoming Illinois "is proud to announce", d4401 #2; "the University
advises", d4402 #3; ICE "announced" and "according to ICE", d4403 #4; "ICE reports:", d4409 #2, a lead-in
with ICE optional, its quote in the next block keeping ICE with an empty alias list); a body's letter or memo that
"claimed" or "cited" is that body's speech (the DOJ's letter, d4400 #0; the mayor's office memo,
d4404 #4). A statement's lead-in ("The following statement can be attributed to Rebecca Glenberg")
gives its speaker as optional, and the unquoted statement lines that follow keep her with an empty
alias list (the seeds' 001 #1-#2 precedent). Text published in a body's own voice with no named
author (the ICIRR prepared remarks, d4406; the House Republicans' petition page, d4408) has that body
as an optional speaker (the publisher's voice, not attributed speech; the d2509 River Forest
precedent). A speaker referred to only by a pronoun ("he says", "he said", d4407; "They also wagged their
fingers", ICE, d4409 #4) keeps an empty alias list. "Field office director for ERO Chicago Ricardo
Wong" -> Ricardo Wong (the person, not ICE). Pushing for a vote, signing orders, detaining and declaring a sanctuary city are actions.
WTTW (d4404) only passes words along: a cited outlet. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zr.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import DOJ, ICE, MAYOR_OFFICE, RAUNER

ARTICLES, MANIFEST, GOLD = part_files("fresh-zr", "gold-fresh-zr.jsonl")


GLENBERG = "Rebecca Glenberg"
WELCOMING_IL = "Campaign for a Welcoming Illinois"
KANG = "Andy Kang"
ESTELA = "Estela"
ALVAREZ = "Charlotte Alvarez"
UIUC = "University of Illinois Urbana-Champaign"
CHAPMAN = "Frank Chapman"
GARCIA = "Jesús García"
ICIRR = "Illinois Coalition for Immigrant and Refugee Rights"
FRANCISCO = "Francisco"
HOUSE_GOP = "Illinois House Republicans"
WONG = "Ricardo Wong"

GLENBERG_LEADIN = ("the line only announces the statement that follows ('can be attributed to'); her words are "
                   "in the next blocks (the seeds' 001 #1 precedent)")
RAUNER_COMMIT = ("Rauner's commitment to sign is reported second-hand inside the campaign's announcement; "
                 "no words of his are given")
ICIRR_VOICE = ("prepared remarks published on ICIRR's site with no speaker named in the stored text; the "
               "line is the publisher's voice, not attributed speech")
ICE_LEADIN = ("the line only announces the ICE figures quoted in the next block ('ICE reports:'); the seeds' "
              "001 #1 precedent")
GOP_VOICE = ("the petition page's own text on the House Republicans' site ('We must repeal'); the line is "
             "the publisher's voice, not attributed speech")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d4400_aclu-illinois"] = [
    C("opposes", "The DOJ's letters threaten to withhold grant money; 'The DOJ’s letter to Illinois claimed' the TRUST Act put the state out of compliance (the DOJ's claim reported; alternative: neutral, background to the statement, with the release's distancing 'supposed non-compliance').",
      sp=[S(DOJ, "Department of Justice", "DOJ")], amb=True),
    C("supports", "Lead-in: 'The following statement can be attributed to Rebecca Glenberg' of the ACLU of Illinois (announces the defence of the Act that follows).",
      opt=[O(GLENBERG, GLENBERG_LEADIN, "Rebecca Glenberg")]),
    C("supports", "Glenberg (statement continued from the lead-in): Illinois should 'reject this latest attempt' at 'threats and coercion'; 'The TRUST Act does not violate federal law'.",
      sp=[S(GLENBERG)]),
    C("supports", "Glenberg: 'the law is clear', courts have recognized that Trump and Sessions 'cannot force state and local governments' to carry out the deportation agenda (criticises federal pressure).",
      sp=[S(GLENBERG)]),
    C("supports", "Glenberg: 'Safe and smart policies like the TRUST Act protect all people'; the state 'should reject this latest threat'.",
      sp=[S(GLENBERG)]),
]

ANN["d4401_capitol-fax"] = [
    T("headline", "Headline of the release ('Following Community-Led Effort, Gov. Rauner Commits to Sign Illinois TRUST Act')."),
    T("dek", "Dek ('Bill backed by broad coalition would make Illinois a national leader in welcoming immigrants ...')."),
    C("supports", "The Campaign for a Welcoming Illinois 'is proud to announce' that Rauner has committed to sign the Act after a community campaign; the Act's bipartisan support (a pro-Act announcement).",
      sp=[S(WELCOMING_IL, "Campaign for a Welcoming Illinois")], opt=[O(RAUNER, RAUNER_COMMIT, "Bruce Rauner")]),
    C("supports", "Kang ('said Andy Kang'): Republicans and Democrats 'coming together in Illinois to reject xenophobic rhetoric and policies'; thanks to the governor's team.",
      sp=[S(KANG, "Andy Kang")]),
    C("neutral", "What the Act provides: no compliance with detainers and warrants not issued by a judge; no stops, searches or arrests based on immigration status."),
    C("supports", "Estela, a PASO founding member: the law 'will go a long way to shield me, my family, my community ... from the risk of family separation through deportation'.",
      sp=[S(ESTELA, "Estela")]),
]

ANN["d4402_daily-illini"] = [
    C("neutral", "Alvarez ('according to Charlotte Alvarez'; 'Alvarez wrote'): ICE vehicles spotted in Urbana, no confirmed arrests (a sighting reported).",
      sp=[S(ALVAREZ, "Charlotte Alvarez", "Alvarez")]),
    C("neutral", "Background: what The Immigration Project does."),
    C("neutral", "The organisation could not provide more; the Urbana Police Department 'has not yet responded' (no comment)."),
    C("neutral", "The University 'advises its employees' to refer an ICE agent to UIPD or the Office of University Counsel; no confirmed sightings on campus (a campus procedure; alternative: supports, a protocol keeping ICE requests from staff).",
      sp=[S(UIUC, "the University")], amb=True),
    C("neutral", "What the TRUST Act and the Way Forward Act provide: local law enforcement may not assist ICE, transfer people to ICE custody or give access to jails and databases."),
    B("newsletter_prompt", "Newsletter prompt ('Get The Daily Illini in your inbox!')."),
    C("neutral", "What the Acts provide: the only exception is a federal criminal warrant or court order."),
    C("neutral", "ICE detained two men at the Champaign County Courthouse in April; other claims were unconfirmed (events)."),
    T("subhead", "Subhead ('Resources')."),
    C("neutral", "Local organisations that provide immigration-related services (a resource list)."),
]

ANN["d4403_fivethirtyeight"] = [
    B("site_chrome", "Skip link ('Skip to main content')."),
    B("site_name", "Site brand line ('ABC News', FiveThirtyEight's owner)."),
    T("headline", "Headline ('While Some Communities Become Sanctuaries, Others Are Happy To Help With Trump’s Immigration Crackdown')."),
    C("neutral", "Overview: mayors and police chiefs 'have vowed to resist', declaring sanctuary cities and suing; less noticed, smaller communities partner with federal authorities (both sides described).",
      un=["mayors and police chiefs across the country"]),
    C("neutral", "ICE 'announced' 18 Texas counties signed 287(g) agreements; 60 agreements now, 'according to ICE'; Trump's order for more (program facts and counts).",
      sp=[S(ICE, "Immigrations and Customs Enforcement", "ICE")]),
]

ANN["d4404_fox32-chicago"] = [
    T("headline", "Headline ('Fight brews over Chicago's Welcoming City Ordinance amid Trump era fears')."),
    C("neutral", "A proposal to amend the ordinance 'is reigniting debate over the city’s sanctuary status' as Trump prepares to take office (status report)."),
    T("subhead", "Subhead ('What We Know')."),
    C("neutral", "Lopez and Tabares 'are pushing for a vote' on a measure letting police assist immigration agents with people arrested but not convicted; the current ordinance forbids it (a proposal described; pushing for a vote is an action)."),
    C("supports", "The proposal 'has drawn sharp criticism': a memo from the mayor's office 'cited constitutional concerns' (due process); state law bars such cooperation (criticism of a rollback; WTTW passes the memo along).",
      sp=[S(MAYOR_OFFICE, "mayor’s office")], out=["WTTW"]),
    C("supports", "Chapman 'vowed to fight the proposal, asserting that it undermines Chicago’s sanctuary city status'.",
      sp=[S(CHAPMAN, "Frank Chapman")]),
    C("supports", "Chapman ('Chapman said'): 'We’re not gonna allow Trump, ICE, or anybody else...to change that.'",
      sp=[S(CHAPMAN, "Chapman")]),
    T("subhead", "Subhead ('What We Don’t Know')."),
    C("neutral", "Unclear whether the measure will pass; 'Critics doubt it has the votes needed' (a vote count forecast).",
      un=["Critics"]),
    C("neutral", "The backers 'claim it targets individuals with criminal records'; its broader implications 'remain a point of contention' (both sides, evenly put).",
      un=["the proposal’s backers"]),
    T("subhead", "Subhead ('The Backstory')."),
    C("supports", "History: Chicago a sanctuary city since Harold Washington's 1985 order; García 'has spoken out against the current proposal' (opposing the rollback is the closing point; alternative: neutral, mostly history).",
      sp=[S(GARCIA, "Jesús \"Chuy\" García")], amb=True),
]

ANN["d4405_herald-news"] = [
    T("headline", "Headline of the letter ('Trust Act isn’t about making us sanctuary state')."),
    C("neutral", "Author (letter writer, unnamed in the stored text): has heard Chicago talk radio discuss SB 31 (scene-setting)."),
    C("supports", "Author: the media is 'willfully misrepresenting this bill' or 'ignorant about the benefits for our state, particularly law enforcement'."),
    C("supports", "Author: 'this bill does not make Illinois a sanctuary state' (denies on the law's behalf that it is a sanctuary law)."),
    C("supports", "Author: sanctuary states such as California bar local police from working with federal immigration enforcement (the contrast serves the defence of the Act; alternative: neutral, a definition, or opposes, about sanctuary states).",
      amb=True),
    C("supports", "Author: 'Hampering local law enforcement is a dangerous practice, but the Trust Act focuses local law enforcement on criminal offenders' (the concession serves the defence; alternative: opposes, against sanctuary-style limits).",
      amb=True),
    C("supports", "Author: the bill is not in conflict with the Justice Department and 'does not compromise any federal funding'."),
    C("supports", "Author: the Act only structures existing law 'to encourage immigrant communities to work closer with local law enforcement'."),
    C("supports", "Author: passed with bipartisan support and 'supported by chiefs of police, county sheriffs and county state’s attorneys'.",
      un=["chiefs of police", "county sheriffs", "county state’s attorneys"]),
    C("supports", "Author: 'stop the hyperbolic hysteria'; the Act is 'a thoughtful and proactive bill which will make Illinois more, not less, safe'."),
]

ANN["d4406_icirr"] = [
    B("site_chrome", "Page-anchor text ('top of page')."),
    T("headline", "Title ('Prepared remarks for the Chicago City Council regarding the Welcoming City Ordinance')."),
    C("neutral", "The remarks open: 'I want to start with a quote from the November 2 special council meeting' (a lead-in; the quote is described, not yet argued).",
      opt=[O(ICIRR, ICIRR_VOICE)]),
    C("neutral", "An unnamed council member's words, quoted: a sanctuary city 'will not cooperate or organize with the federal government' to detain people, and says nothing about services (a repeal backer describing the ordinance; alternative: supports, quoted by the remarks to show the ordinance is unrelated to migrant costs).",
      un=["a council member (quoted)"], amb=True),
    C("supports", "Remarks: the council member 'is trying to repeal our Welcoming City Ordinance and undermine Chicago’s status'; targeting the ordinance is misdirected.",
      opt=[O(ICIRR, ICIRR_VOICE)], un=["one of the council members"]),
    C("supports", "Remarks: the ordinance has 'enabled thousands of Chicago residents' to build lives; advocates 'worked too hard' for these protections; repealing it 'will do NOTHING' about the buses (opposes a rollback).",
      opt=[O(ICIRR, ICIRR_VOICE)]),
]

ANN["d4407_will-illinois-public-media"] = [
    B("section_label", "Section label ('News Local/State')."),
    T("headline", "Headline ('What It Means To Be A Sanctuary City In Urbana')."),
    B("photo_caption", "Photo caption (Francis Boyle addressing the Urbana City Council)."),
    B("photo_caption", "The same caption repeated with its credit ('Jeff Bossert/Illinois Public Media'); not an exact duplicate."),
    C("neutral", "Urbana declared itself a sanctuary city ahead of new federal detention and deportation policies; it could cost roughly $1 million in federal funds (facts and a cost)."),
    C("supports", "Author: 'the measure is welcome news to residents like Francisco' (the story's framing of the sanctuary measure; alternative: neutral, a lead-in to a profile).",
      amb=True),
    C("neutral", "Background: Francisco and his mother have lived illegally in the U.S. for 16 years."),
    C("neutral", "Francisco ('he says'): a friend asked if he knew the Mexican national anthem (identity, nothing on local cooperation).",
      sp=[S(FRANCISCO)]),
    C("neutral", "Francisco ('he said') and his friend on being 'Mexican on the outside' (identity, nothing on the policy).",
      sp=[S(FRANCISCO)], un=["his friend"]),
    C("neutral", "Editorial note: only first names used to protect their identity and safety."),
    C("neutral", "Background: both work as cooks; Francisco studies at Parkland College."),
]

ANN["d4408_illinois-house-republicans"] = [
    T("headline", "Page headline ('End Illinois’ Sanctuary State. Repeal the TRUST Act.')."),
    C("opposes", "Petition text: the Act 'made Illinois a “sanctuary state”'; services cost taxpayers $2.84 billion; 'We must repeal the TRUST Act' (proposes a rollback).",
      opt=[O(HOUSE_GOP, GOP_VOICE)]),
    C("opposes", "Call to sign 'in support of legislation to repeal the Trust Act' (the petition's aim restated; content rather than a bare button, since it states the repeal).",
      opt=[O(HOUSE_GOP, GOP_VOICE)]),
    B("petition_prompt", "Petition prompt ('Will you sign?')."),
]

ANN["d4409_dc-statesman"] = [
    C("opposes", "Author: ICE 'descended on the sanctuary city of Chicago' and 'brought to justice' criminal illegal aliens; the result 'reinforced what President Trump has been saying' (alternative: neutral, about arrests and illegal immigrants rather than local cooperation).",
      amb=True),
    C("neutral", "Author: 156 detained; 'Nearly HALF' were gang members, sex traffickers, drug dealers 'or worse' (counts with slanted emphasis, nothing on local cooperation; alternative: opposes, the story's case against the sanctuary city).",
      amb=True),
    C("neutral", "Lead-in ('ICE reports:') to the arrest figures that follow.",
      opt=[O(ICE, ICE_LEADIN, "ICE")]),
    C("neutral", "ICE's release, quoted: 14 fugitives, 36 illegal re-entries (a felony), 106 at-large arrests (figures).",
      sp=[S(ICE)]),
    C("opposes", "Lead-in: 'They' (ICE) 'wagged their fingers at the sanctuary city policies of Chicago, blaming them for creating a dangerous culture'.",
      sp=[S(ICE)]),
    C("opposes", "Wong ('said Ricardo Wong'): 'dangerous policies created by local officials which hinder cooperation'; sanctuary cities 'protect criminal aliens who prey on people'.",
      sp=[S(WONG, "Ricardo Wong")]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d4400_aclu-illinois.txt", "outlet": "ACLU of Illinois (aclu-il.org; outlet seen before, part D)", "date": "2017-12-08",
     "title": "ACLU of Illinois statement on the Justice Department's TRUST Act compliance deadline (descriptive; no headline in the stored text)",
     "url": "https://www.aclu-il.org/es/node/8323"},
    {"file": "d4401_capitol-fax.txt", "outlet": "Capitol Fax (capitolfax.com; a Campaign for a Welcoming Illinois release; outlet seen before, part A)", "date": "2017-08-03",
     "title": "Following Community-Led Effort, Gov. Rauner Commits to Sign Illinois TRUST Act",
     "url": "https://capitolfax.com/2017/08/03/immigrant-groups-thank-rauner-for-committing-to-sign-trust-act"},
    {"file": "d4402_daily-illini.txt", "outlet": "Daily Illini (dailyillini.com; outlet seen before, part N)", "date": "2025-10-23",
     "title": "ICE confirmed in Urbana Monday (from the URL slug; no headline in the stored text)",
     "url": "https://dailyillini.com/news-stories/around-campus/2025/10/23/ice-confirmed-in-urbana-monday"},
    {"file": "d4403_fivethirtyeight.txt", "outlet": "FiveThirtyEight (fivethirtyeight.com; outlet seen before, part M)", "date": "2017",
     "title": "While Some Communities Become Sanctuaries, Others Are Happy To Help With Trump’s Immigration Crackdown",
     "url": "https://fivethirtyeight.com/features/while-some-communities-become-sanctuaries-others-are-happy-to-help-with-trumps-immigration-crackdown/"},
    {"file": "d4404_fox32-chicago.txt", "outlet": "FOX 32 Chicago (fox32chicago.com; outlet seen before, part A)", "date": "2025-01",
     "title": "Fight brews over Chicago's Welcoming City Ordinance amid Trump era fears",
     "url": "https://www.fox32chicago.com/news/fight-brews-over-chicago-welcoming-city-ordinance-trump-fears"},
    {"file": "d4405_herald-news.txt", "outlet": "Herald-News (Joliet; theherald-news.com, letter to the editor; outlet seen before, part H)", "date": "2017-09-06",
     "title": "Trust Act isn’t about making us sanctuary state",
     "url": "http://amp.theherald-news.com/2017/09/06/trust-act-isnt-about-making-us-sanctuary-state/avgwoo2/"},
    {"file": "d4406_icirr.txt", "outlet": "Illinois Coalition for Immigrant and Refugee Rights (icirr.org; English page on its es. host; outlet seen before, part I)", "date": "2023",
     "title": "Prepared remarks for the Chicago City Council regarding the Welcoming City Ordinance",
     "url": "https://es.icirr.org/News/ec8720dd-3180-4cd9-9cab-49814ac4a6a7ContentEdit"},
    {"file": "d4407_will-illinois-public-media.txt", "outlet": "Illinois Public Media (WILL, will.illinois.edu; outlet seen before, part D)", "date": "2017-02",
     "title": "What It Means To Be A Sanctuary City In Urbana",
     "url": "https://will.illinois.edu/news/story/what-it-means-to-be-a-sanctuary-city-in-urbana"},
    {"file": "d4408_illinois-house-republicans.txt", "outlet": "Illinois House Republicans (ilhousegop.org, petition page; outlet seen before, part D)", "date": "2025",
     "title": "End Illinois’ Sanctuary State. Repeal the TRUST Act.",
     "url": "https://www.ilhousegop.org/jacobs_trust_repeal"},
    {"file": "d4409_dc-statesman.txt", "outlet": "DC Statesman (dcstatesman.com; outlet seen before, part M)", "date": "2018-05",
     "title": "Just In: ICE launches surprise raids on sanctuary city, who they found proves Trump 100% right (from the URL slug; no headline in the stored text)",
     "url": "https://www.dcstatesman.com/just-in-ice-launches-surprise-raids-on-sanctuary-city-who-they-found-proves-trump-100-right/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d44")
