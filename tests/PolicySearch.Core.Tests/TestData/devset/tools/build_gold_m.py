#!/usr/bin/env python3
"""Dev set, part M (files d1300-d1314): hand annotations -> fresh-m/gold-fresh-m.jsonl.

A measured-only part: it is scored once, untouched, at the end of the session, and nobody tunes on
it. 15 articles from 15 outlets, 2017-2025, none of them an outlet of the seeds or of any earlier
part or named in any SOURCES file, no URL shared with any other part, and no page that carries AP,
Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square copy. Four articles are about
other states (d1302 California, d1303 Pennsylvania, d1304 North Carolina and the nation, d1311
Washington). The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field
conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-L: canonical
names from canonical.py (JB Pritzker for "J.B. Pritzker", Bruce Rauner, Donald Trump, Office of the
Governor of Illinois, U.S. Department of Homeland Security, Trump administration, Mark Curran,
Anthony Grootens for "Tony Grootens"), otherwise the fullest form the article gives, titles dropped.
"The Trump administration" suing is "Trump administration" unless the article says the Justice
Department filed the suit (d1310 #2). Unnamed officials of a named body map to that body; a person
speaking for an organisation is the person only; organisations that speak as themselves are
speakers (Latino Policy Forum, Better Government Association, Orange County Sheriff's Department,
Federation for American Immigration Reform); a quote or letter continuing an attribution made in
an earlier line keeps the speaker with an empty alias list (the signed letter of d1301, Bourne's
statement in d1306, the governor's office's release in d1308, the BGA's "We call on" in d1312);
unattributed text of an official release carries the releasing body as an optional speaker (as in
parts B and L); a judge's ruling reported without its words makes the judge optional (as in part C);
a report or a bill (a document) is not a speaker. They were made by reading the article text only;
no analysis code or analysis output was looked at or run.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_m.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import CURRAN, DHS, GOV_OFFICE, GROOTENS, PRITZKER, RAUNER, TRUMP, TRUMP_ADMIN

ARTICLES, MANIFEST, GOLD = part_files("fresh-m", "gold-fresh-m.jsonl")


LPF = "Latino Policy Forum"
CHIEFS = ["Sam C Pitassi", "Christopher P. Pavini", "Michael Witz", "Jeffrey Swoboda", "Tom Rogers",
          "Michael D. Cimaglia", "Frank Fagiano"]
OCSD = "Orange County Sheriff's Department"
NELSON = "Shawn Nelson"
KENNEY = "Jim Kenney"
BAYLSON = "Michael Baylson"
MCFADDEN = "Garry McFadden"
BOURNE = "Avery Bourne"
FAIR = "Federation for American Immigration Reform"
CPD = "Chicago Police Department"
BROWN = "Nick Brown"
WAGNER = "Dale Wagner"
BGA = "Better Government Association"
AURORA = "City of Aurora"
LAESCH = "John Laesch"

RELEASE = "unattributed press-release text: the {} is the author of the release the site carries"
LPF_RELEASE = RELEASE.format("Latino Policy Forum")
BGA_RELEASE = RELEASE.format("Better Government Association")
AURORA_RELEASE = RELEASE.format("City of Aurora")
LETTER = "the signed letter continues: its words are the signatories' (named in #3), with no attribution in this line"


def letter_signers():
    """The eight officials d1301 #3 names as the senders of the letter, for the letter's own lines."""
    return [S(CURRAN)] + [S(n) for n in CHIEFS]


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d1300_latino-policy-forum"] = [
    T("headline", "Release headline ('Illinois Trust Act Becomes Law')."),
    C("supports", "Rauner's quote under the headline ('-Governor Bruce Rauner'): the Act 'will help law enforcement officers do their jobs better and make our communities safer'.",
      sp=[S(RAUNER, "Bruce Rauner")]),
    C("supports", "Rauner signed (an action); 'The Latino Policy Forum recognizes and congratulates the Governor' for 'this essential legislation' with 'reasonable, constitutional limits' that fosters trust (the organisation speaking as itself).",
      sp=[S(LPF, "The Latino Policy Forum")]),
    C("supports", "Release text: what the Act stipulates; detaining on a detainer 'violates the Fourth Amendment'; law enforcement 'gave their unwavering support' (legality and support; alternative: neutral, mostly a description of the Act).",
      opt=[O(LPF, LPF_RELEASE)],
      un=["Representatives of the state’s law enforcement communities"], amb=True),
    C("supports", "Release text: the legislation 'will serve to restore the trust and faith' of immigrants in local police (the trust argument).",
      opt=[O(LPF, LPF_RELEASE)]),
]

ANN["d1301_ibic"] = [
    B("subscribe", "Site prompt ('Join our Supporter List ... sign up for our newsletter')."),
    T("headline", "Post headline ('Illinois Law Enforcement Urge Governor Rauner to Approve TRUST Act to Strengthen Public Safety')."),
    B("byline", "Byline ('Rebecca Shi')."),
    C("supports", "Eight named officials 'sent a letter to urge Governor Rauner to approve' the Act 'to make public safety easier to achieve' (writing to urge is a stated position); employers, faith leaders and entrepreneurs also support it.",
      sp=[S(CURRAN, "Mark Curran")] + [S(n, n) for n in CHIEFS],
      un=["Illinois employers", "faith leaders", "Latino and Asian entrepreneurs"]),
    T("subhead", "Heading of the letter ('Law Enforcement Letter for Trust Act SB 31')."),
    B("letter_header", "The letter's date line ('August 17, 2017')."),
    B("letter_header", "The letter's address ('Office of the Governor')."),
    B("letter_header", "The letter's address ('207 State House')."),
    B("letter_header", "The letter's address ('Springfield, IL 62706')."),
    B("letter_header", "The letter's salutation ('Dear Governor Bruce Rauner,')."),
    C("supports", "Letter: 'we support and ask you to approve' SB 31, a 'sensible policy' that spends police time on 'true threats' (resources argument).",
      sp=letter_signers()),
    C("supports", "Letter: 'SB 31 is not \"sanctuary\" bill'; it allows communication with federal agents and complies with federal statutes (denies the 'sanctuary' charge on the law's behalf).",
      sp=letter_signers()),
    C("supports", "Letter: 'SB 31 will strengthen our collective public safety'; going after hardworking immigrants strains budgets.",
      sp=letter_signers()),
]

ANN["d1302_free-beacon"] = [
    T("headline", "Article headline ('Orange County Sheriff Rejects California ‘Sanctuary’ Law')."),
    T("dek", "Dek ('County and city officials consider proposals to join DOJ in suing state')."),
    B("photo_caption", "Photo caption (image alt text: agents question a man)."),
    B("photo_caption", "Photo caption with credit ('... / Getty Images'); longer than the line before, so not a duplicate."),
    B("timestamp_label", "Date line ('March 27, 2018')."),
    C("opposes", "Author: Orange County officials 'are revolting against the state's so-called sanctuary law' (reports their opposition without words; alternative: neutral, a report of a development).",
      un=["Officials in Orange County"], amb=True),
    C("neutral", "The Sheriff's Department 'started publicly posting the release dates' of inmates (an action)."),
    C("neutral", "What the posting makes public, including for immigration authorities (descriptive)."),
    C("opposes", "The Sheriff's Department 'said in a statement' that the state law 'increases the likelihood of dangerous offenders being released'.",
      sp=[S(OCSD, "the Orange County Sheriff's Department")]),
    C("opposes", "Nelson 'said he will ask' the supervisors to join the Justice Department's lawsuit against the sanctuary law (a push to overturn it).",
      sp=[S(NELSON, "Shawn Nelson")]),
    C("opposes", "Nelson: 'a predicament ... pretty clearly an unconstitutional predicament'; the federal government needs local cooperation. 'told the Washington Free Beacon' is the page's own outlet.",
      sp=[S(NELSON, "he")], out=["Washington Free Beacon"]),
    C("opposes", "Nelson: 'They're making it illegal for our officers to cooperate in any way, and that's just not right'.",
      sp=[S(NELSON, "he")]),
    C("opposes", "Nelson ('he said'): officials take an oath to uphold the federal and state Constitutions, the premise of his 'That's in conflict' (a premise of the argument against the law; alternative: neutral).",
      sp=[S(NELSON, "he")], amb=True),
]

ANN["d1303_metro-philadelphia"] = [
    T("headline", "Article headline ('Philly beats Trump again, wins sanctuary city suit')."),
    T("headline_repeat", "Headline repeated.", dup=0),
    C("supports", "Author: Trump's 'move to punish Philadelphia for its “sanctuary city” policies' was 'knocked'; 'Philadelphia emerged the victor' (a ruling against federal pressure, framed as a win; alternative: neutral, the report of a ruling).",
      amb=True),
    C("supports", "Baylson 'ruled that' the administration 'could not constitutionally deprive' the city of the grant 'in punishment for its sanctuary city policy' (the ruling's legality point; alternative: neutral, a ruling reported as a fact).",
      opt=[O(BAYLSON, "'ruled that' reports the court's holding without its words", "Michael Baylson")], amb=True),
    C("supports", "Kenney 'said in a statement': 'a total and complete victory'; 'a White House run by a bully' cannot bully the city into changing its policies; grants 'cannot be used for a political shakedown'.",
      sp=[S(KENNEY, "Jim Kenney")]),
    C("supports", "Author: the grant threat was 'explicitly intended as a punishment' of leaders like Kenney who 'staunchly stood by sanctuary city policies despite pressure and harsh rhetoric' (criticism of federal pressure; alternative: neutral, the earlier restraining order as background).",
      opt=[O(KENNEY, "'stood by sanctuary city policies' reports a position without words or a speech verb", "Kenney"),
           O(BAYLSON, "issuing a restraining order is an action of the court", "Baylson")], amb=True),
    C("supports", "Pratt 'said ... in a statement': the attorney general 'violated the Constitution and unlawfully attached conditions' to the grant (legality of the city's policies).",
      sp=[S("Marcel Pratt", "Marcel Pratt")]),
]

ANN["d1304_route-fifty"] = [
    T("headline", "Article headline ('Urban Sheriffs Flee ICE Program as Small Counties Join Trump’s Deportation Push')."),
    B("photo_caption", "Photo caption (protesters outside the Maricopa County Jail)."),
    B("photo_caption", "The same caption with its credit ('... AP Photo'); not the same text, so not a duplicate."),
    B("masthead", "Site tagline ('Connecting state and local government leaders')."),
    T("dek", "Dek ('An earlier increase in arrests related to the 287(g) program has slowed ...')."),
    B("source_label", "Republication note ('This story was originally published by Stateline ...')."),
    C("neutral", "Activists knocked on doors to talk to voters about immigration and sheriff elections (an action).",
      un=["Activists"]),
    C("supports", "Democratic candidates 'won ... on a pledge to end participation in 287(g)'; they ousted incumbents who had pledged to keep it (actors promising to end cooperation; alternative: neutral, election results with both pledges).",
      un=["Democratic sheriff candidates"], amb=True),
    C("supports", "McFadden cut an 'anti-287(g)' cake; 'He said' he gets 'a thousand complaints ... a week' about stopping the program 'but he hasn’t changed his mind' (stands by ending cooperation).",
      sp=[S(MCFADDEN, "Garry McFadden", "He")]),
    C("supports", "McFadden: 'We need to build trust with a community that does not trust us'; victims and witnesses afraid to come forward (the trust argument). Stateline, the original publisher, passes the words on.",
      sp=[S(MCFADDEN, "McFadden")], out=["Stateline"]),
]

ANN["d1305_common-dreams"] = [
    T("headline", "Article headline ('Advocates Say Illinois Ban on Private Immigrant Detention Centers ... Should Be Model for Country')."),
    B("photo_caption", "Photo caption with credit ('(Photo: @GovPritzker/Twitter)')."),
    T("headline_repeat", "Headline repeated word for word.", dup=0),
    T("dek", "Pull-quote dek, unattributed here ('We will not allow private entities to profit off of the intolerance of this president.'); about private detention (alternative kind: content, neutral, with Pritzker as an optional speaker).",
      amb=True),
    C("supports", "Critics of Trump's immigration policies 'are calling on' lawmakers to follow Illinois, which banned private detention and 'enacted other protections' (praise of the state's protections; alternative: neutral, the detention ban is not local cooperation).",
      un=["Critics of President Donald Trump's immigration policies"], amb=True),
    C("supports", "Pull quote whose attribution is the next line ('--Illinois Gov. JB Pritzker'): 'we are taking action' against attempts to 'stoke fear' (against federal pressure on immigrants; alternative: neutral, no word on local cooperation).",
      sp=[S(PRITZKER)], amb=True),
    B("embed_attribution", "Attribution line of the pull quote ('--Illinois Gov. JB Pritzker')."),
    C("neutral", "Pritzker signed three bills (an action); Trump 'turned to Twitter to announce' that 'at the request of Democrats' he postponed the ICE raids (about raids, not local cooperation).",
      sp=[S(TRUMP, "Trump", "he")]),
    C("supports", "Pritzker 'said in a statement': Illinois 'stands as a firewall against Donald Trump's attacks on our immigrant communities' (the state's protections against federal enforcement).",
      sp=[S(PRITZKER, "Pritzker")]),
]

ANN["d1306_rep-bourne"] = [
    T("headline", "Release headline ('Bourne Supports Sheriffs’ Lawsuit to Invalidate Trust Act ...')."),
    C("opposes", "The sheriffs 'filed suit ... seeking to invalidate the Trust Act' (an action); Bourne 'issued the following statement:' (lead-in to the statement below, which opposes; alternative: neutral, a filing and a lead-in).",
      opt=[O(BOURNE, "the statement's words are in the next lines; this line only announces them", "Avery Bourne")],
      un=["the Sheriffs of Kankakee, McHenry, Ogle, and Stephenson Counties"], amb=True),
    C("opposes", "Bourne's statement (continuing the attribution of #1): 'I support the sheriffs’ lawsuit seeking to invalidate the Trust Act'; dangerous felons 'are being released'; 'That is unacceptable.'",
      sp=[S(BOURNE)]),
    C("opposes", "Bourne's statement continues: the Trust Act 'should be invalidated'; officers 'must have the ability to respond to immigration detainers'.",
      sp=[S(BOURNE)]),
]

ANN["d1307_journal-standard"] = [
    C("opposes", "Letter writer (unnamed author): 'I am thankful' the sheriffs have 'the fortitude to protect us' by suing against the Act; safety of citizens before 'inconveniences of convicted criminals'."),
    C("neutral", "The four sheriffs filed a lawsuit to strike down the Act (an action); what the Act restricts (descriptive)."),
    C("opposes", "Author: Pritzker 'seemingly decided his own future presidential ambitions would benefit' from calling for 'extras' for illegal aliens; he ordered IDOC to stop notifying ICE 'despite valid immigration detainers'.",
      opt=[O(PRITZKER, "the author characterises his motives ('calling for “extras”' in the author's scare quotes); ordering IDOC is an action", "Gov. JB Pritzker", "Pritzker")]),
    C("opposes", "Author: convicted illegal aliens released without notification, 'jeopardizing public safety'."),
    C("opposes", "Author: before, IDOC worked with ICE 'to protect communities'; Pritzker 'made the decision to severely restrict' that communication (favours cooperation)."),
]

ANN["d1308_jurist"] = [
    C("neutral", "Pritzker signed four bills and issued an executive order (actions); 'In an attempt to establish “Illinois as the most welcoming state in the nation,”' quotes the aim (alternative: supports, 'expanding protections').",
      opt=[O(PRITZKER, "the quoted aim has no speech verb; signing and issuing an order are actions", "JB Pritzker", "he")], amb=True),
    C("neutral", "Lead-in: 'In an official press release, the Governor’s office said,' with the words in the next line (takes the next line's stance).",
      opt=[O(GOV_OFFICE, "the words are in the next line; this line only announces them", "the Governor’s office")]),
    C("neutral", "The governor's office's release (continuing the attribution of #1): the laws 'strengthen the [Illinois] TRUST Act', require ending ICE partnerships, and more (a list of what the laws do; alternative: supports, the release's favourable framing).",
      sp=[S(GOV_OFFICE)], amb=True),
    C("neutral", "What HB 121 and SB 667 do, with words quoted from the bill (a document; descriptive)."),
    C("neutral", "What SB 1596 and SB 2665 do (hate crimes, a task force); descriptive."),
]

ANN["d1309_rep-mccombie"] = [
    T("headline", "Post headline ('Repeal the Trust Act')."),
    C("opposes", "Site text (the representative's site; McCombie is not named in the text): House Republicans support legislation to repeal the Act and end the 'sanctuary state' status (a proposed rollback).",
      un=["House Republicans"]),
    C("opposes", "Site text: the Act 'made Illinois a sanctuary state'; the repeal 'is necessary to stop the flow'; FAIR's figures ('According to the Federation for American Immigration Reform') put the cost at $2.9 billion a year.",
      sp=[S(FAIR, "Federation for American Immigration Reform")], un=["House Republicans"]),
    C("opposes", "Site text: Chicago faces 'a humanitarian and budgetary catastrophe, due to its status as a sanctuary city' (cost argument)."),
    C("neutral", "Site text: the immigrant healthcare programme's cost 'had ballooned'; Democrats 'kicked the can' (about benefits, not local cooperation; alternative: opposes, part of the repeal argument).",
      un=["it was revealed"], amb=True),
]

ANN["d1310_restoration-news"] = [
    T("headline", "Article headline ('Sanctuary Laws Needlessly Expose the Public To Violent Crime')."),
    T("dek", "Dek ('That's why Attorney General Pam Bondi's first act ... was to sue Illinois.')."),
    C("opposes", "The Trump administration sued, 'citing interference' with ICE (speaking through its suit); author: the laws 'needlessly expose the public to violent crimes'. No Justice Department named as filer, so 'Trump administration'.",
      sp=[S(TRUMP_ADMIN, "The Trump administration")]),
    B("related_headline", "Related-story link ('(RELATED: Chicago, That Toddler Traffickin’ Town)')."),
    T("subhead", "Section subhead ('Welcoming City Ordinance Welcomes Crime by Illegals')."),
    C("opposes", "Two suspects charged; 'one detective said' the investigation was urgent 'with police handcuffed by the city’s sanctuary law'.",
      un=["one detective"]),
    C("opposes", "'Police expressed concerns' they would have to release the suspects; author: absent the sanctuary law, police could turn suspects over to ICE.",
      opt=[O(CPD, "'Police expressed concerns' reports unnamed officers' worry without words; the body is Chicago's police by context", "Police")],
      un=["Police"]),
    C("opposes", "Author: 'without the sanctuary law in place, Morales would almost certainly have been in federal custody' (crime argument)."),
    C("neutral", "'Police reports indicate' Morales was released a day after his arrest (a document; a fact; alternative: opposes, the close of the crime argument).",
      amb=True),
]

ANN["d1311_kpq"] = [
    T("headline", "Article headline ('Washington’s AG Sues Adams County Over Immigration Enforcement Practices')."),
    T("dek", "Dek ('Adams County faces a state lawsuit alleging ...')."),
    C("neutral", "What Washington's 'Keep Washington Working' Act prohibits (descriptive)."),
    C("supports", "Brown 'says' the sheriff's office illegally held people on immigration status and gave ICE personal information (the attorney general enforcing the state's limits).",
      sp=[S(BROWN, "Nick Brown")]),
    C("supports", "Brown: after Trump's inauguration the county 'hardened their stance' and aligned with 'among the most virulent anti-immigration voices' (criticises the county's turn from compliance; alternative: neutral, about the settlement talks).",
      sp=[S(BROWN, "Brown")], amb=True),
    C("neutral", "The sheriff's office retained counsel from Stephen Miller's America First Legal (an action)."),
    C("neutral", "Wagner 'responded'; 'He says' the claim of illegal enforcement 'misrepresents the reality' (a denial of the charge; alternative: opposes, he rebuts the state's enforcement of its limits).",
      sp=[S(WAGNER, "Dale Wagner", "He")], amb=True),
    C("opposes", "Wagner: 'The state's restrictions attempt to tie the hands of law enforcement, making it harder to cooperate with federal agencies'.",
      sp=[S(WAGNER, "Wagner")]),
]

ANN["d1312_bga"] = [
    B("release_label", "Distribution line ('10/01/2025 | Press release | Distributed by Public on 10/01/2025 15:33')."),
    C("supports", "The BGA 'is concerned' the TRUST Act 'likely is being violated without urgency to resolve' (wants the law enforced; alternative: neutral, a watchdog's concern about compliance, not the law's merits).",
      sp=[S(BGA, "the BGA")], amb=True),
    C("supports", "The BGA's release continues ('We call on'): Raoul should 'investigate any and all potential violations of the TRUST Act' (alternative: neutral, same reason).",
      sp=[S(BGA)], amb=True),
    C("neutral", "'It has already been reported' that one sheriff appears to violate the Act and two others 'have stated they would coordinate with ICE in violation' (reports of defiance framed as violations; alternatives: supports, the release's framing; opposes, the sheriffs' stated intent).",
      opt=[O(BGA, BGA_RELEASE)], un=["It has already been reported", "Two other sheriffs"], amb=True),
    C("neutral", "'WTTW reported' Grootens transferred two men into ICE custody; the jail's contract (actions reported).",
      opt=[O(BGA, BGA_RELEASE)], out=["WTTW"]),
    C("opposes", "The Adams County sheriff 'had stated' he had 'no intentions of turning away ICE agents'; Grootens 'told KHQA' detainees were 'transported out of here by ICE' (defiance of the limits).",
      sp=[S(GROOTENS, "the Adams County sheriff", "he", "Grootens")], out=["KHQA"]),
    C("opposes", "Grootens 'said he has “cooperated with ICE on a civil immigration matter”'; Bradley and Suits 'answered in a survey' they 'would not comply with the TRUST Act' (defiance); the BGA has not confirmed the report.",
      sp=[S(GROOTENS, "Grootens"), S("Shannon Bradley", "Shannon Bradley"), S("Jerry Suits", "Jerry Suits")],
      opt=[O(BGA, "'BGA has not independently confirmed' is a note on sourcing, not a position", "BGA")],
      out=["Capitol News Illinois", "CNI"]),
]

ANN["d1313_city-of-aurora"] = [
    T("headline", "Release headline ('City Council Set To Consider Ordinance Restricting ICE')."),
    B("timestamp_label", "Date line ('Published on October 31, 2025')."),
    B("release_label", "Release label ('FOR IMMEDIATE RELEASE: October 31, 2025')."),
    C("neutral", "The committee will meet to consider an ordinance restricting city property for civil immigration enforcement (procedure).",
      opt=[O(AURORA, AURORA_RELEASE, "The City of Aurora’s")]),
    C("neutral", "What the proposed ordinance would prohibit (provisions).",
      opt=[O(AURORA, AURORA_RELEASE)]),
    C("neutral", "The city will share records of unauthorized use with the Illinois Accountability Commission, 'preventing future harm' (a provision; alternative: supports, the release's framing).",
      opt=[O(AURORA, AURORA_RELEASE)], amb=True),
    C("supports", "Laesch: the ordinance 'will effectively prohibit ICE from using City property', 'helping Aurorans to stay safe and protected'.",
      sp=[S(LAESCH, "John Laesch")]),
    C("neutral", "Implementation: signage, procedures, the chief of staff as reporting contact (procedure).",
      opt=[O(AURORA, AURORA_RELEASE)]),
]

ANN["d1314_clear-conservative-view"] = [
    C("neutral", "Pritzker signed a law meant to limit the 'depravity' of federal deportation policies (an action, his word quoted); 'federal officials have declared it unconstitutional' (alternative: opposes, the closing charge).",
      opt=[O(PRITZKER, "'depravity' is his word quoted without a speech verb; signing is an action", "J.B. Pritzker")],
      un=["federal officials"], amb=True),
    C("neutral", "What the law does: limits federal enforcement near courthouses, hospitals, campuses and day-care centres (provisions)."),
    C("supports", "Pritzker 'stated' / 'He added' the law lets people attend courts 'without fear of deportation' (a state limit on federal enforcement, not local police cooperation; alternative: neutral).",
      sp=[S(PRITZKER, "Pritzker", "He")], amb=True),
    C("neutral", "School officials may not report immigration status (a provision)."),
    C("supports", "Pritzker 'said' in a post: the law 'expands legal protections'; 'We will counter the Trump Administration’s depravity' (against federal enforcement; alternative: neutral, same reason).",
      sp=[S(PRITZKER, "Pritzker")], amb=True),
    C("opposes", "DHS 'responded by accusing Pritzker of acting unconstitutionally'; its statement cites the Supremacy Clause; 'The department claimed' he violated it.",
      sp=[S(DHS, "The Department of Homeland Security", "DHS", "The department")]),
    C("opposes", "'A recent DHS report indicated' 1,768 criminal non-citizens were released 'despite ICE detainers' (crime figures against ignoring detainers; alternative: neutral, figures only).",
      opt=[O(DHS, "the figures are a report's (a document)", "DHS")], amb=True),
    C("neutral", "Pritzker is 'considered by some' a 2028 candidate (politics, no view on the limits).",
      un=["some"]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d1300_latino-policy-forum.txt", "outlet": "Latino Policy Forum (release)", "date": "2017-08-28",
     "title": "Illinois Trust Act Becomes Law",
     "url": "https://latinopolicyforum.org/illinois-trust-act-success-governor-rauner-signs-into-law-2"},
    {"file": "d1301_ibic.txt", "outlet": "Illinois Business Immigration Coalition (ibic.us)", "date": "2017-08",
     "title": "Illinois Law Enforcement Urge Governor Rauner to Approve TRUST Act to Strengthen Public Safety",
     "url": "https://ibic.us/law-enforcement-trust/"},
    {"file": "d1302_free-beacon.txt", "outlet": "Washington Free Beacon", "date": "2018-03-27",
     "title": "Orange County Sheriff Rejects California ‘Sanctuary’ Law",
     "url": "https://freebeacon.com/issues/orange-county-sheriff-rejects-california-sanctuary-law/"},
    {"file": "d1303_metro-philadelphia.txt", "outlet": "Metro Philadelphia", "date": "2018-06",
     "title": "Philly beats Trump again, wins sanctuary city suit",
     "url": "https://metrophiladelphia.com/philly-beats-trump-again-wins-sanctuary-city-suit/"},
    {"file": "d1304_route-fifty.txt", "outlet": "Route Fifty (Stateline story)", "date": "2019-01",
     "title": "Urban Sheriffs Flee ICE Program as Small Counties Join Trump’s Deportation Push",
     "url": "https://route-fifty.com/management/2019/01/urban-rural-sheriffs-deportation/154148/?oref=rf-next-story"},
    {"file": "d1305_common-dreams.txt", "outlet": "Common Dreams", "date": "2019-06-24",
     "title": "Advocates Say Illinois Ban on Private Immigrant Detention Centers, a 'Firewall' Against Trump's Attacks on Immigrants, Should Be Model for Country",
     "url": "https://www.commondreams.org/news/2019/06/24/advocates-say-illinois-ban-private-immigrant-detention-centers-firewall-against"},
    {"file": "d1306_rep-bourne.txt", "outlet": "Rep. Avery Bourne (representative's site)", "date": "2020-03-10",
     "title": "Bourne Supports Sheriffs’ Lawsuit to Invalidate Trust Act, Allow Local Law Enforcement to Coordinate with Federal Immigration Officials",
     "url": "https://repbourne.com/2020/03/10/bourne-supports-sheriffs-lawsuit-to-invalidate-trust-act-allow-local-law-enforcement-to-coordinate-with-federal-immigration-officials/"},
    {"file": "d1307_journal-standard.txt", "outlet": "The Journal-Standard (Freeport; letter to the editor)", "date": "2020-03-13",
     "title": "Sheriffs stand up for citizen safety against PC progressives (from the URL slug; no headline in the stored text)",
     "url": "https://www.journalstandard.com/opinion/20200313/sheriffs-stand-up-for-citizen-safety--against-pc-progressives"},
    {"file": "d1308_jurist.txt", "outlet": "JURIST", "date": "2021-08",
     "title": "Illinois governor signs bills effectively ending statewide immigration detention (from the URL slug; no headline in the stored text)",
     "url": "https://jurist.org/news/2021/08/illinois-governor-signs-bills-effectively-ending-statewide-immigration-detention"},
    {"file": "d1309_rep-mccombie.txt", "outlet": "Rep. Tony McCombie (representative's site)", "date": "2023-10-28",
     "title": "Repeal the Trust Act",
     "url": "https://repmccombie.com/2023/10/28/repeal-the-trust-act/"},
    {"file": "d1310_restoration-news.txt", "outlet": "Restoration News", "date": "2025",
     "title": "Sanctuary Laws Needlessly Expose the Public To Violent Crime",
     "url": "https://restoration-news.com/sanctuary-laws-needlessly-expose-the-public-to-violent-crime"},
    {"file": "d1311_kpq.txt", "outlet": "KPQ (Wenatchee, Washington)", "date": "2025",
     "title": "Washington’s AG Sues Adams County Over Immigration Enforcement Practices",
     "url": "https://kpq.com/adams-county-lawsuit/"},
    {"file": "d1312_bga.txt", "outlet": "Better Government Association (release distributed by Public)", "date": "2025-10-01",
     "title": "BGA release calling on Attorney General Raoul to investigate TRUST Act violations (described; no headline in the stored text or URL)",
     "url": "https://www.pubt.io/view/4CA284F5C9972A8BD626A21D94F3F336CC7C16D4"},
    {"file": "d1313_city-of-aurora.txt", "outlet": "City of Aurora (city news release)", "date": "2025-10-31",
     "title": "City Council Set To Consider Ordinance Restricting ICE",
     "url": "https://www.aurora.il.us/News-articles/City-Council-Set-To-Consider-Ordinance-Restricting-Immigration-Enforcement-Activities"},
    {"file": "d1314_clear-conservative-view.txt", "outlet": "Clear Conservative View (blog)", "date": "2025",
     "title": "Pritzker signs law limiting immigration enforcement near courthouses; DHS calls it unconstitutional (described; no headline in the stored text or URL)",
     "url": "https://clearconservativeview.com/?p=498"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d13")
