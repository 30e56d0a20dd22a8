#!/usr/bin/env python3
"""Dev set, part ZP (files d4200-d4208): hand annotations -> fresh-zp/gold-fresh-zp.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 9 articles from 9 outlets, 2017-2025, all in English.
New English pages from new outlets have run out in the stored pages, so, as this part's brief allows,
every outlet here was seen before in an earlier part (eight were used there; Borderless Magazine was
only named, as a left-out copy) and none is an outlet of the seeds; every article URL is new (in no
manifest), and no page carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy (d4205 has a Chicago Tribune/Getty photo credit, a boilerplate row only). All nine are about
Illinois. The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions)
and STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-ZO (models: build_gold_s.py
and build_gold_y.py): canonical names from canonical.py where they apply (Bruce Rauner, JB Pritzker,
Brandon Johnson, Raymond López, Donald Trump, City of Chicago), otherwise the fullest form the article
gives, titles dropped ("Rep. David McSweeney" -> David McSweeney, "Mayor Daniel Biss" -> Daniel Biss,
"Board Member Zach Ferris" -> Zach Ferris, "Boston Mayor Michelle Wu" -> Michelle Wu). A person speaking
for an organisation is the person only (Fred Tsao, not ICIRR; Rosanna Pulido, not the Illinois
Minutemen); unnamed members of a named body map to the body ("ICIRR organizers say", d4200 #5); an
organisation speaking as itself is a speaker ("according to an Illinois Coalition for Immigrant and
Refugee Rights text alert", d4208 #3; "According to Chicago's website", d4203 #4); a quote continuing
an attribution keeps the speaker with an empty alias list ("he said" after Ferris, d4206 #8 and #9;
"the message reads" after Biss, d4208 #2). "was a proponent" (Lopez, d4205 #8) is a stated position
without a speech verb, so Lopez is optional there. Voting, tabling, sponsoring, pulling an item off an
agenda and signing are actions; bills, ordinances and resolutions ("The bill says") are documents.
WMAQ-TV (d4205) only passes words along: a cited outlet. They were made by reading the article text
only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zp.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, CHICAGO, LOPEZ, PRITZKER, RAUNER, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("fresh-zp", "gold-fresh-zp.jsonl")


ICIRR = "Illinois Coalition for Immigrant and Refugee Rights"
MCSWEENEY = "David McSweeney"
SKILLICORN = "Allen Skillicorn"
PULIDO = "Rosanna Pulido"
BEALE = "Anthony Beale"
TSAO = "Fred Tsao"
MEINHOLD = "Dave Meinhold"
FERRIS = "Zach Ferris"
WU = "Michelle Wu"
JOHNSTON = "Mike Johnston"
ADAMS = "Eric Adams"
BISS = "Daniel Biss"

PROPONENT = ("'was a proponent of the now defeated measure' states Lopez's position without a speech verb; "
             "the line is the lead-in to his quote in the next line")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d4200_daily-caller"] = [
    T("headline", "Headline ('‘Secret’ Sanctuary State Bill Set To Pass Illinois Legislature')."),
    B("photo_credit", "Photo credit ('(Photo by Joe Raedle/Getty Images)')."),
    B("byline", "Author line ('William J. Kelly Host, Citizen Kelly Show')."),
    B("site_chrome", "Text-size control ('Font Size:')."),
    C("opposes", "Author: 'a secret sanctuary state act' is being 'fast-tracked'; 'Not that a single Illinois voter knows about it' other than non-citizen 'voters' organised by ICIRR (the bill framed as hidden and illegitimate)."),
    C("opposes", "Author: the name is 'a legislative euphemism ... to keep the bill hush-hush'; ICIRR organizers ('say') avoided the word 'sanctuary'; 'there would be political hell to pay' (the author's framing dominates).",
      sp=[S(ICIRR, "ICIRR organizers")]),
    C("neutral", "What the Trust Act would do: bar police from working with immigration authorities without a warrant, no agent access to facilities, custody or databases, no denial of bail on a detainer (a description of the bill)."),
    C("neutral", "The bill would take effect immediately on passage (a fact about the bill)."),
]

ANN["d4201_illinois-review"] = [
    C("opposes", "Author: conservatives 'struggling to trust' Rauner on the TRUST Act; he signed it among advocates of 'a pro-amnesty group' and 'refused to speak with family members of victims killed by those in the US illegally'.",
      un=["Conservatives in Illinois"]),
    C("supports", "Pritzker ('said Thursday night') that he agreed with Rauner's signing the TRUST Act; Rauner ('said') opposes illegal immigrants taking jobs and wants E-verify (his part is about immigration in general, not local cooperation; alternative: neutral, the line is mostly Rauner's).",
      sp=[S(PRITZKER, "J.B. Pritzker"), S(RAUNER, "Rauner")], amb=True),
    C("opposes", "Rauner ('said'): 'I will never let Illinois be a sanctuary state. Period.' (a rejection of sanctuary status; alternative: supports, read as his defence that the Act he signed is not a sanctuary law).",
      sp=[S(RAUNER, "Governor Rauner")], amb=True),
    C("neutral", "McSweeney ('told Illinois Review') that this is a shift from Rauner's earlier stance; SB 31 restrains local police from holding people past release without papers unless suspected of crimes (a remark on Rauner and a description of the law; alternative: opposes, the lead-in to McSweeney's quote).",
      sp=[S(MCSWEENEY, "David McSweeney")], amb=True),
    C("opposes", "McSweeney's quote: SB 31 is 'a sanctuary state bill', he co-sponsors HB 4091 'to repeal that terrible law'; co-sponsors listed (signing on is an action).",
      sp=[S(MCSWEENEY, "McSweeney")]),
    C("opposes", "Skillicorn ('responded saying'): 'Then why did every sanctuary activist stand with him when he signed the Trust Act? That photo says a lot.' (the Act as a sanctuary law).",
      sp=[S(SKILLICORN, "Allen Skillicorn")]),
    C("opposes", "Pulido of the Illinois Minutemen 'agreed that Rauner's new take is phony' (lead-in to her case against SB 31, cut from the excerpt; alternative: neutral, a remark on Rauner's sincerity).",
      sp=[S(PULIDO, "Rosanna Pulido")], amb=True),
]

ANN["d4202_lake-mchenry-scanner"] = [
    C("neutral", "The Senate advanced a bill to bar jails from housing ICE detainees and 'severely limit' local police work with immigration agents (a vote, reported)."),
    C("neutral", "SB 667, the 'Illinois Way Forward Act', passed 36-19 (a vote)."),
    C("neutral", "What the bill says: no contract to hold or detain someone for federal immigration violations (a document described)."),
    C("neutral", "Existing agreements would have to end by January 1, 2022 (what the bill provides)."),
    C("neutral", "Three counties have ICE contracts; McHenry is paid $95 a day per detainee, 'officials have said' (facts).",
      un=["officials"]),
    C("neutral", "The bill also bars giving information to immigration agents, transfers to their custody and asking about status (a document described)."),
    C("neutral", "The McHenry County Board voted on May 18 to keep the jail's ICE contract despite protests (a vote)."),
    C("neutral", "The 15-8 vote against cancelling the contract, after a year of discussion (a vote)."),
    C("neutral", "McHenry County's contract with ICE since 2005 (background)."),
    C("neutral", "Contract revenue offsets jail costs (a fact; no view stated)."),
    C("neutral", "The 2015 month-to-month contract (background)."),
    C("neutral", "Calls to review the contract resurfaced in early 2020 (background)."),
]

ANN["d4203_fox-32-chicago"] = [
    C("neutral", "The City Council holds a special meeting on Chicago's sanctuary city status (an event)."),
    C("neutral", "Three referendum proposals on the agenda (procedure)."),
    C("neutral", "If passed, voters could decide whether Chicago keeps its sanctuary designation (what the proposals would do)."),
    C("neutral", "History: Harold Washington's 1985 executive order; Emanuel and the Council passed the Welcoming City Ordinance in 2012 (actions, background)."),
    C("supports", "The city's website ('According to Chicago's website'): the ordinance means the city 'will not ask about your immigration status, disclose that information to authorities, or, most importantly, deny you city services' (the city's own assurance; alternative: neutral, what the ordinance provides).",
      sp=[S(CHICAGO, "Chicago's website")], amb=True),
    C("neutral", "The Council will also vote on referendums on mental health clinics and flooding (off topic)."),
    C("neutral", "Several alderpeople have sponsored putting the sanctuary question on the March 19, 2024 ballot (an action)."),
]

ANN["d4204_cbs-news-chicago"] = [
    T("headline", "Headline ('City Council rejects bid to ask voters to weigh in on Chicago's sanctuary city status')."),
    T("dek", "Second title line, the embedded video's title ('Chicago City Council blocks advisory referendum on sanctuary city status')."),
    C("neutral", "The Council voted against the latest effort to put the sanctuary question to voters, 'the latest volley in a heated debate' (a vote, reported)."),
    C("neutral", "The 31-16 vote to block debate on the non-binding referendum and its question (a vote)."),
    C("neutral", "Beale and Lopez 'have tried and failed multiple times', blocked by Johnson's allies (actions)."),
    C("opposes", "Beale ('told opponents of the proposed referendum'): 'it is a shame' (a backer of the vote on ending sanctuary status attacking its blockers; alternative: neutral, about procedure).",
      sp=[S(BEALE, "Beale")], amb=True),
    C("opposes", "Beale ('Beale said'): 'What are you scared of? ... we are spending money frivolously in this body ... headed in the wrong direction' (the push for a vote, tied to spending on migrants; alternative: neutral, about letting people speak).",
      sp=[S(BEALE, "Beale")], amb=True),
    C("supports", "Opponents of the referendum ('argued') that the sanctuary ordinance 'has nothing to do with the ongoing migrant crisis' (a defence of the ordinance against the cost argument).",
      un=["opponents of the referendum"]),
    C("supports", "Tsao ('said'): 'this ordinance has nothing to do with whether or how the city provides shelter and care for the migrants' (rebuts the case for repeal).",
      sp=[S(TSAO, "Fred Tsao")]),
]

ANN["d4205_breitbart"] = [
    T("headline", "Headline ('Mayor and Chicago City Council Vote to Nix Measure to Ask Voters About Keeping ‘Sanctuary City’ Status')."),
    B("photo_caption", "Photo caption ('Chicago Mayor Brandon Johnson and migrant encampment')."),
    B("photo_credit", "Photo credit ('Antonio Perez/Chicago Tribune/Tribune News Service via Getty/Arturo Holmes/Getty Images ...')."),
    C("neutral", "The council 'led by far-left Democrat Mayor Brandon Johnson' voted not to let residents decide on sanctuary status (a vote; the slant is in the wording only; alternative: opposes).",
      amb=True),
    C("neutral", "The 31-16 vote, 'according to WMAQ-TV' (a vote, reported through another outlet).",
      out=["WMAQ-TV"]),
    C("neutral", "What the ballot measure would have asked; sanctuary status in place since 1985 (description)."),
    C("neutral", "What the ordinance 'maintains': undocumented residents are not prosecuted solely for their status (a document described)."),
    C("opposes", "Author: the ordinance lets 'children of illegals' get free education without medical records and lets 'illegals' access city services and funding (benefits framed as a cost; alternative: neutral, a description in slanted words).",
      amb=True),
    C("opposes", "Lopez 'was a proponent of the now defeated measure' (lead-in to his quote on the push for a vote).",
      opt=[O(LOPEZ, PROPONENT, "Ray Lopez")], amb=True),
    C("opposes", "Lopez ('Lopez said'): voters must be heard, 'especially when we’re talking about spending $255 million this year alone to take care of 20,000 migrants' (cost used against sanctuary status).",
      sp=[S(LOPEZ, "Lopez")]),
    C("neutral", "The ballot measure discussion has gone on for more than a month (procedure)."),
    C("neutral", "Beale's November 7 attempt in the Rules Committee was 'shot down by allies of the mayor' (actions)."),
]

ANN["d4206_chronicle-media"] = [
    T("headline", "Headline ('Woodford County Board considers ‘non-sanctuary’ status')."),
    B("byline", "Byline ('By Bill Dwyer For Chronicle Media')."),
    B("photo_caption", "Photo caption and credit ('Members of the Woodford County Board ... (Photo from Levin & Perconti)')."),
    C("neutral", "The County Board tabled the resolution declaring Woodford a 'non-sanctuary' county (an action)."),
    C("neutral", "16 people commented, all but two against the resolution; Meinhold pulled it, 'insisting the full County Board needed to discuss the issue publicly' (procedure; alternative: supports, the public's opposition to the non-sanctuary resolution).",
      sp=[S(MEINHOLD, "Dave Meinhold")], un=["16 individuals"], amb=True),
    C("neutral", "The proposal went back to the Public Safety Committee (procedure)."),
    C("neutral", "Ferris ('told members') that a body passing such a resolution must state a reason; Grundy and La Salle counties did so (procedure and facts).",
      sp=[S(FERRIS, "Zach Ferris")]),
    C("opposes", "Ferris ('said Ferris'): 'We have a huge migrant crisis' (his case for the non-sanctuary resolution; alternative: neutral, about migrant arrivals rather than police cooperation).",
      sp=[S(FERRIS, "Ferris")], amb=True),
    C("opposes", "Ferris ('he said', continuing): other cities lack facilities, shelters and resources to house the migrants (the same case; alternative: neutral).",
      sp=[S(FERRIS)], amb=True),
    C("neutral", "Ferris ('saying', continuing) blames Pritzker for moving migrants out of Chicago (about migrant relocation, not local cooperation; alternative: opposes).",
      sp=[S(FERRIS)], amb=True),
]

ANN["d4207_borderless-magazine"] = [
    B("site_chrome", "Accessibility link ('Skip to main content')."),
    T("headline", "Headline ('Chicago Mayor Defends Sanctuary City Status in D.C. Here’s What to Know')."),
    T("dek", "Dek ('During the congressional hearing, Johnson highlighted ...')."),
    B("photo_credit", "Photo credit ('Max Herman/Borderless Magazine')."),
    B("photo_caption", "Photo caption ('Mayor Brandon Johnson meets with reporters after a roundtable ...')."),
    T("dek", "The dek repeated after the photo.", dup=2),
    C("supports", "Johnson ('testified ... arguing') that sanctuary laws 'make the city safer'.",
      sp=[S(BJOHNSON, "Brandon Johnson")]),
    C("supports", "Johnson, Wu, Johnston and Adams ('told congressmen') that sanctuary policies 'do not increase crime but instead build trust with local law enforcement'.",
      sp=[S(BJOHNSON, "Johnson"), S(WU, "Michelle Wu"), S(JOHNSTON, "Mike Johnston"), S(ADAMS, "Eric Adams")]),
    C("supports", "Johnson ('Johnson said'): cooperation of all people 'regardless of their immigration status' is essential; with trust, undocumented immigrants report crimes.",
      sp=[S(BJOHNSON, "Johnson")]),
    B("newsletter_prompt", "Newsletter prompt ('Want to receive stories like this in your inbox every week?')."),
    B("newsletter_prompt", "Newsletter prompt ('Sign up for our free newsletter.')."),
    C("neutral", "Background: partisan scrutiny of sanctuary cities; Trump and House Republican leaders ('arguing') that such policies impede deportations (background plus the other side's claim; alternative: opposes).",
      sp=[S(TRUMP, "Donald Trump")], un=["Republican House leaders"], amb=True),
    C("supports", "Johnson ('pushed back ... arguing'): 'scapegoating entire communities is not only misleading, it is unjust and it is beneath us'.",
      sp=[S(BJOHNSON, "Johnson")]),
]

ANN["d4208_daily-northwestern"] = [
    C("supports", "Biss ('wrote in an emailed message'): ICE agents 'are not welcome in Evanston' (the welcoming city's stand; alternative: neutral, about federal raids rather than local cooperation).",
      sp=[S(BISS, "Daniel Biss")], amb=True),
    C("neutral", "Biss ('Biss wrote', 'he added') urges residents to learn about safety efforts; a materials meeting and a Know Your Rights event (community resources; alternative: supports).",
      sp=[S(BISS, "Biss")], amb=True),
    C("neutral", "Biss's message ('the message reads', continuing): 'we all must do what we can to keep our neighbors safe' (alternative: supports).",
      sp=[S(BISS)], amb=True),
    C("neutral", "An ICIRR text alert ('according to') reports one person detained at a Home Depot and the agents' car (an event).",
      sp=[S(ICIRR, "Illinois Coalition for Immigrant and Refugee Rights")]),
    C("supports", "The city 'has taken efforts to protect residents against federal agents': a strengthened Welcoming City ordinance and 'ICE free zones' on city property (actions framed as protection; alternative: neutral).",
      amb=True),
    C("supports", "Biss ('Biss wrote'): 'In short: ICE is not welcome in Evanston' (alternative: neutral, as #0).",
      sp=[S(BISS, "Biss")], amb=True),
    C("neutral", "Biss ('He added', 'he wrote', continuing): call the ICIRR hotline, join its text network (resources).",
      sp=[S(BISS)]),
    C("neutral", "The email linked resources from legal and advocacy groups (a document's contents)."),
    C("neutral", "ICE activity in the city grew; Biss ('Biss wrote in an X post') that at least one person was taken Thursday (an event).",
      sp=[S(BISS, "Biss")]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d4200_daily-caller.txt", "outlet": "Daily Caller (dailycaller.com; opinion by William J. Kelly, host of the Citizen Kelly Show)", "date": "2017-05-25",
     "title": "‘Secret’ Sanctuary State Bill Set To Pass Illinois Legislature",
     "url": "https://dailycaller.com/2017/05/25/secret-sanctuary-state-bill-set-to-pass-illinois-legislature/"},
    {"file": "d4201_illinois-review.txt", "outlet": "Illinois Review (illinoisreview.com)", "date": "2018-10",
     "title": "Responses to Rauner's sanctuary state denial (from the URL slug; no headline in the stored text)",
     "url": "https://illinoisreview.com/illinoisreview/2018/10/responses-to-rauners-sanctuary-state-denial.html"},
    {"file": "d4202_lake-mchenry-scanner.txt", "outlet": "Lake McHenry Scanner (lakemchenryscanner.com)", "date": "2021-05-30",
     "title": "Illinois Senate passes bill to prohibit jails in the state from housing ICE detainees (from the URL slug; no headline in the stored text)",
     "url": "https://www.lakemchenryscanner.com/2021/05/30/illinois-senate-passes-bill-to-prohibit-jails-in-the-state-from-housing-ice-detainees/"},
    {"file": "d4203_fox-32-chicago.txt", "outlet": "FOX 32 Chicago (fox32chicago.com)", "date": "2023-11-02",
     "title": "Chicago City Council sanctuary status (from the URL slug; no headline in the stored text)",
     "url": "https://www.fox32chicago.com/news/chicago-city-council-sanctuary-status"},
    {"file": "d4204_cbs-news-chicago.txt", "outlet": "CBS News Chicago (cbsnews.com/chicago)", "date": "2023-12",
     "title": "City Council rejects bid to ask voters to weigh in on Chicago's sanctuary city status",
     "url": "https://cbsnews.com/amp/chicago/news/special-city-council-meeting-thursday-sanctuary-city-status"},
    {"file": "d4205_breitbart.txt", "outlet": "Breitbart (breitbart.com)", "date": "2023-12-15",
     "title": "Mayor and Chicago City Council Vote to Nix Measure to Ask Voters About Keeping ‘Sanctuary City’ Status",
     "url": "https://www.breitbart.com/politics/2023/12/15/mayor-and-chicago-city-council-vote-to-nix-measure-to-ask-voters-about-keeping-sanctuary-city-status/"},
    {"file": "d4206_chronicle-media.txt", "outlet": "Chronicle Media (chronicleillinois.com)", "date": "2024-04",
     "title": "Woodford County Board considers ‘non-sanctuary’ status",
     "url": "https://chronicleillinois.com/news/woodford-county-news/woodford-county-board-considers-non-sanctuary-status/"},
    {"file": "d4207_borderless-magazine.txt", "outlet": "Borderless Magazine (borderlessmag.org)", "date": "2025-03-05",
     "title": "Chicago Mayor Defends Sanctuary City Status in D.C. Here’s What to Know",
     "url": "https://borderlessmag.org/2025/03/05/chicago-mayor-brandon-johnson-sanctuary-city-congress-hearing-washington"},
    {"file": "d4208_daily-northwestern.txt", "outlet": "Daily Northwestern (dailynorthwestern.com, Northwestern University student paper)", "date": "2025-10-17",
     "title": "Federal immigration agents not welcome in Evanston, Biss says (from the URL slug; no headline in the stored text)",
     "url": "https://dailynorthwestern.com/2025/10/17/top-stories/federal-immigration-agents-not-welcome-in-evanston-biss-says/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d42")
