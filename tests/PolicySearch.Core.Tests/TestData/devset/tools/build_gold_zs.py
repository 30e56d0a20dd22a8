#!/usr/bin/env python3
"""Dev set, part ZS (files d4500-d4502, d4504-d4507): hand annotations -> fresh-zs/gold-fresh-zs.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 7 articles from 7 outlets, 2017-2025, all in English;
none of them an outlet of the seeds. English pages from outlets never used before have run out in the
stored pages, so, as the brief for this part allowed, six of the seven outlets were used by an earlier
part (ZeroHedge, Rockford Register Star, The News-Gazette, Prison Legal News, Statesman Journal, NBC
Chicago) and one (Urban Milwaukee) was only named in earlier SOURCES files, never used; every article
URL is in no manifest of any part. No page carries AP, Chicago Tribune, Sun-Times, Capitol News
Illinois or Center Square copy. Two articles are not about Illinois (d4505 Oregon's Measure 105, d4507
Wisconsin's 287(g) sheriffs). d4503 (WILL, the Urbana sanctuary-city story) was dropped because part ZR
holds the same page (d4407); the other files keep their numbers.

The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (model: build_gold_s.py):
canonical names from canonical.py where they apply (Office of the Governor of Illinois, U.S. Department
of Homeland Security), otherwise the fullest form the article gives, titles dropped ("Rockford Mayor
Tom McNamara" -> Tom McNamara, "Sheriff Gary Caruana" -> Gary Caruana, "Police Chief Anthony Cobb" ->
Anthony Cobb, "U.S. Rep. James Comer" -> James Comer, "OFIR President Cynthia Kendoll" -> Cynthia
Kendoll, "Tim Muth, senior staff attorney at the ACLU of Wisconsin" -> Tim Muth). A person speaking for
an organisation is the person only (Tim Muth, not the ACLU of Wisconsin); an unnamed spokesperson or
office of a governor maps to the Office of the Governor of Illinois ("a Pritzker spokesperson",
"Pritzker’s administration", "his office", d4506); an organisation speaking as itself is a speaker
("the White House has indicated", d4506 #9). A quote continuing an attribution keeps the speaker with
an empty alias list ("he said" after Comer, d4506 #4; "she said" after the caption naming Kendoll,
d4505 #10; "he said" for Cobb). Findings "according to a report by" an organisation and words a webpage
"states" are the organisation's through its document: optional speakers (documents are not speakers,
NOTES; the model's filers-through-their-filing rule points the other way). Authors of opinion pieces
(d4500, Ted Dabrowski and John Klingner, named only in the byline) are the author voice, not speakers.
Signing, voting, considering or rejecting a contract, and upholding an injunction are actions. Made by
reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zs.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import DHS, GOV_OFFICE

ARTICLES, MANIFEST, GOLD = part_files("fresh-zs", "gold-fresh-zs.jsonl")


MCNAMARA = "Tom McNamara"
CARUANA = "Gary Caruana"
COBB = "Anthony Cobb"
KENDOLL = "Cynthia Kendoll"
NO_ON_105 = "No on 105 campaign"
COMER = "James Comer"
WHITE_HOUSE = "White House"
MUTH = "Tim Muth"
ACLU_WI = "ACLU of Wisconsin"

REPORT = ("the figures are given 'according to a report by' the organisation: a document, which NOTES says is not a "
          "speaker, but the organisation's own findings")
WEBPAGE = ("the words are quoted from a DHS webpage ('states a ... webpage'): a document, but the agency's own "
           "stated position")
DECLARED = ("'had declared victory' reports an announcement of the campaign as an event, not its words")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d4500_zerohedge"] = [
    T("headline", "Headline ('Four Reasons Why Chicago Should Dump Its 'Sanctuary City' Status')."),
    B("author_photo", "Image alt text of the poster ('Tyler Durden's Photo')."),
    B("byline", "Poster byline ('by Tyler Durden')."),
    B("timestamp_label", "Date line ('Tuesday, May 16, 2023 - 08:45 PM')."),
    B("byline", "Author credit ('Authored by Ted Dabrowski and John Klingner via,'; the source's name is missing)."),
    C("opposes", "Authors: 'Many Chicagoans are outraged' that officials are 'prioritizing a growing number of illegal immigrants over residents' (sets up the case against sanctuary status; alternative: neutral, about migrant spending rather than police cooperation).",
      amb=True),
    C("opposes", "Authors: Chicagoans' safety 'compromised', services go to non-citizens; $1.1 billion on Medicaid and $280 million on shelter 'for illegals' (the cost argument; the quoted South Side complaint is unattributed).",
      un=["South Side residents"]),
    C("opposes", "Authors: 'Struggling Chicagoans are right to protest the city’s “sanctuary” designation'."),
    C("opposes", "Authors: poverty, crime, failing schools, a city that 'can’t even afford the social programs it already has' (the case for dropping sanctuary status; alternative: neutral, the paragraph does not name the policy).",
      amb=True),
    C("opposes", "Authors: 'By encouraging an influx of people the city can’t handle, Chicago’s politicians are making the overall situation for everyone worse off'."),
    C("opposes", "Authors: lead-in to 'four major reasons' the city should put its own crises first (announces the case against sanctuary status)."),
    T("subhead", "Numbered subhead ('1. Chicago can’t take care of its own poor.')."),
    C("opposes", "Authors: 450,000 Chicagoans in poverty, and 'its status as a sanctuary city may guarantee that the already-bad ranking gets worse'."),
]

ANN["d4501_rockford-register-star"] = [
    C("supports", "McNamara ('Rockford Mayor Tom McNamara says'): an ICE detention center in the county jail 'threatens to unravel progress' with Latino and foreign-born residents.",
      sp=[S(MCNAMARA, "Tom McNamara")]),
    C("supports", "McNamara ('McNamara said') opposes the detention center the sheriff is considering.",
      sp=[S(MCNAMARA, "McNamara")]),
    C("opposes", "Caruana ('Caruana said'): the ICE contract would bring $1.4 million a year; he 'stresses' deputies will not arrest immigrants (the case for housing ICE detainees; alternative: neutral, revenue plus a reassurance that deputies will not enforce immigration law).",
      sp=[S(CARUANA, "Caruana")], amb=True),
    C("supports", "McNamara ('McNamara said'): a detention center would bring back the 'mistrust, fear and confusion' community policing worked to remove.",
      sp=[S(MCNAMARA, "McNamara")]),
    C("supports", "McNamara ('McNamara said'): fears 'about reporting crime'; the center 'would impede the progress we've made on community-relationship building' (the trust argument).",
      sp=[S(MCNAMARA, "McNamara")]),
    C("neutral", "Caruana is considering asking the County Board to approve the center (an action, reported)."),
    C("neutral", "He has rejected ICE's bid to widen the existing federal-prisoner agreement to civil immigration detainees (an action; what ICE wanted)."),
]

ANN["d4502_news-gazette"] = [
    C("neutral", "Cobb ('Police Chief Anthony Cobb is stressing communication') amid uncertainty over deportations (framing; no position on cooperation).",
      sp=[S(COBB, "Anthony Cobb")]),
    C("neutral", "Four residents picked up by ICE 'according to immigrant advocates'; a coalition meeting discussed it with Cobb (reported events).",
      un=["immigrant advocates"]),
    C("neutral", "Cobb ('Cobb said', 'He noted'): getting information out; ICE usually tells local authorities when it will be present.",
      sp=[S(COBB, "Cobb")]),
    C("neutral", "A video interview in which Cobb 'discussed his department's involvement with federal immigration tasks' (lead-in to the next quote; announces no view).",
      sp=[S(COBB, "Cobb")]),
    C("supports", "Cobb ('Cobb said in the video'): 'Immigration is done at the federal level'; 'We only get involved if there's a valid warrant signed by a judge' (a police chief declining to act without a judicial warrant).",
      sp=[S(COBB, "Cobb")]),
    C("supports", "Cobb ('Cobb said'): without a warrant the department 'works to treat everyone equally' (the no-warrant, no-involvement policy; alternative: neutral, a general assurance).",
      sp=[S(COBB, "Cobb")], amb=True),
    C("supports", "Cobb ('he said'): a victim or suspect's consulate can be notified, 'but not Homeland Security' (the department does not inform DHS).",
      sp=[S(COBB)]),
    C("neutral", "Cobb ('Cobb encouraged') anyone threatened or harassed to call 911 and the Community Relations Office (advice).",
      sp=[S(COBB, "Cobb")]),
    C("neutral", "Cobb ('Cobb said'): call 911 to have police verify someone's credentials (advice).",
      sp=[S(COBB, "Cobb")]),
    C("neutral", "Cobb ('Cobb said'): ICE agents 'should have credentials to produce' and sometimes are not in uniform (advice).",
      sp=[S(COBB, "Cobb")]),
    C("supports", "Cobb ('Cobb said'): at traffic stops officers 'will ask for a license, not one's immigration status'; the same enforcement for everyone.",
      sp=[S(COBB, "Cobb")]),
]

ANN["d4504_prison-legal-news"] = [
    B("skip_link", "Navigation link ('Skip navigation')."),
    B("paywall_notice", "Metered-paywall notice ('You have 2 more free articles available this month. Subscribe today.')."),
    T("headline", "Headline ('Seventh Circuit Upholds Nationwide Injunction on Trump’s Attempt to Deny ‘Sanctuary Cities’ Federal Funding')."),
    B("byline", "Byline ('by Mark Wilson')."),
    C("neutral", "The Seventh Circuit upheld a nationwide injunction barring the administration from denying grant funds to sanctuary cities (a ruling, reported; alternative: supports, the headline's 'Trump’s Attempt' framing).",
      amb=True),
    C("neutral", "What Chicago's 2006 Welcoming City ordinance recognizes and prohibits (the ordinance's own words; a document, described)."),
    C("neutral", "What the Byrne JAG program is and funds (background)."),
]

ANN["d4505_statesman-journal"] = [
    T("headline", "Headline ('Measure 105 post-mortem: Why did the effort to strike down Oregon's sanctuary law fail?')."),
    B("byline", "Byline name ('Whitney Woodworth')."),
    B("byline", "Byline outlet ('Statesman Journal')."),
    B("photo_caption", "Photo caption (Sadie Carney and Roland Herrera cheering at a Democratic election-night party)."),
    C("neutral", "Measure 105 campaigners were 'cautiously optimistic' going into election night (scene)."),
    C("neutral", "Their battle against the 31-year-old sanctuary law, 'also known as an anti-profiling law', was coming to a head (background)."),
    C("neutral", "The repeal side was outspent and faced Gov. Kate Brown, the ACLU of Oregon and Nike, 'which opposed the measure' (positions reported as facts, no speech)."),
    C("neutral", "OFIR, a key backer of the measure, won a 2014 vote against driver's licenses for undocumented immigrants (background)."),
    C("neutral", "That victory and Trump's election 'gave OFIR President Cynthia Kendoll confidence' (background)."),
    B("photo_caption", "Photo caption ('Campaign manager for Measure 105, Cynthia Kendoll, speaks during an election watch party ...')."),
    C("opposes", "Kendoll ('she said', named in the caption before): 'The protections for people that are here illegally are absurd'; Oregonians 'fed up with being second-class citizens'.",
      sp=[S(KENDOLL)]),
    C("neutral", "As returns came in, 'the outlook quickly changed' (narrative)."),
    C("neutral", "'Measure 105 was failing — big time.' (the result, told with some flair)."),
    C("neutral", "By 8:30 p.m. the No on 105 campaign had declared victory (an event; alternative: supports, the campaign celebrating that the sanctuary law stands).",
      opt=[O(NO_ON_105, DECLARED, "No on 105 campaign")], amb=True),
    B("related_headline", "Headline of a linked related story ('Voters uphold Oregon's sanctuary state law')."),
    C("supports", "The crowd of Oregonians United Against Profiling 'was ecstatic after the measure's defeat' (the sanctuary law's defenders celebrating; alternative: neutral, a scene).",
      amb=True),
]

ANN["d4506_nbc-chicago"] = [
    C("neutral", "Pritzker is one of three governors who will testify before Congress on immigration policies (an event)."),
    C("neutral", "Comer ('According to U.S. Rep. James Comer'): Walz and Hochul will join Pritzker at the June 12 hearing (scheduling).",
      sp=[S(COMER, "James Comer")]),
    B("promo", "Streaming promo ('Stream NBC 5 for free, 24/7, wherever you are.')."),
    C("opposes", "Comer ('Comer called on', 'accusing them', 'in his statement') accuses the governors of 'obstructing federal immigration enforcement'.",
      sp=[S(COMER, "Comer")]),
    C("opposes", "Comer ('he said'): the governors must explain why they are 'prioritizing the protection of criminal illegal aliens over the safety of U.S. citizens'.",
      sp=[S(COMER)]),
    C("supports", "The governor's office ('Pritzker’s administration has pushed back ... saying'): the TRUST Act is 'fully compliant' with federal law.",
      sp=[S(GOV_OFFICE, "Pritzker’s administration")]),
    C("supports", "The governor's office ('a Pritzker spokesperson said in a statement'): the Act is bipartisan, compliant, and lets everyone 'feel comfortable calling police officers' regardless of status.",
      sp=[S(GOV_OFFICE, "a Pritzker spokesperson")]),
    C("neutral", "The governor's office ('according to his office'): Pritzker will 'discuss his track record on public safety' (what he will do).",
      sp=[S(GOV_OFFICE, "his office")]),
    B("section_label", "Section label ('Chicago Politics')."),
    C("opposes", "The White House 'has indicated it plans to withhold federal funding' from sanctuary states and cities (the federal pressure reported; alternative: neutral, background).",
      sp=[S(WHITE_HOUSE, "White House")], amb=True),
]

ANN["d4507_urban-milwaukee"] = [
    B("newsletter_promo", "Newsletter promo ('Get a daily rundown of the top stories on Urban Milwaukee')."),
    C("neutral", "Wisconsin sheriff's offices in the 287(g) program rose from nine to 12, 'according to a report by' the ACLU of Wisconsin (figures).",
      opt=[O(ACLU_WI, REPORT, "American Civil Liberties Union (ACLU) of Wisconsin")]),
    C("neutral", "What the report shows and what the 287(g) program does (description)."),
    C("neutral", "The report updates the 2022 'Jail-to-deportation pipeline' report (background)."),
    C("supports", "Muth ('said Tim Muth'): immigrants are 'our coworkers, friends, and neighbors', and 'the public should know what their local law enforcement agencies are doing' (on the ACLU's report against the growing cooperation; alternative: neutral, a call for transparency).",
      sp=[S(MUTH, "Tim Muth")], amb=True),
    C("neutral", "Eight agencies in 287(g) in 2022; what the program lets local agencies do (description)."),
    C("opposes", "A DHS webpage ('states'): 'ICE recognizes the importance of its relationships with law enforcement partners' (the agency's case for local cooperation; alternative: neutral, quoted as background).",
      opt=[O(DHS, WEBPAGE, "Department of Homeland Security (DHS)")], amb=True),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d4500_zerohedge.txt", "outlet": "ZeroHedge (zerohedge.com; a commentary by Ted Dabrowski and John Klingner reposted 'via,' with the source's name missing)", "date": "2023-05-16",
     "title": "Four Reasons Why Chicago Should Dump Its 'Sanctuary City' Status",
     "url": "https://www.zerohedge.com/political/four-reasons-why-chicago-should-dump-its-sanctuary-city-status"},
    {"file": "d4501_rockford-register-star.txt", "outlet": "Rockford Register Star (rrstar.com)", "date": "2017-05-18",
     "title": "Rockford mayor Tom McNamara opposes immigrant detention center (from the URL slug; no headline in the stored text)",
     "url": "https://www.rrstar.com/news/20170518/rockford-mayor-tom-mcnamara-opposes-immigrant-detention-center"},
    {"file": "d4502_news-gazette.txt", "outlet": "The News-Gazette (news-gazette.com, Champaign)", "date": "2017-04-13",
     "title": "Chief details Champaign police's role in immigration pickups (from the URL slug; no headline in the stored text)",
     "url": "http://www.news-gazette.com/news/local/2017-04-13/chief-details-champaign-polices-role-immigration-pickups.html"},
    {"file": "d4504_prison-legal-news.txt", "outlet": "Prison Legal News (prisonlegalnews.org)", "date": "2019-04-22",
     "title": "Seventh Circuit Upholds Nationwide Injunction on Trump’s Attempt to Deny ‘Sanctuary Cities’ Federal Funding",
     "url": "https://www.prisonlegalnews.org/news/2019/apr/22/seventh-circuit-upholds-nationwide-injunction-trumps-attempt-deny-sanctuary-cities-federal-funding/"},
    {"file": "d4505_statesman-journal.txt", "outlet": "Statesman Journal (statesmanjournal.com, Salem, Oregon)", "date": "2018-11-07",
     "title": "Measure 105 post-mortem: Why did the effort to strike down Oregon's sanctuary law fail?",
     "url": "https://www.statesmanjournal.com/story/news/2018/11/07/measure-105-oregon-sanctuary-city-law-strike-down-effort-fails/1922810002/"},
    {"file": "d4506_nbc-chicago.txt", "outlet": "NBC Chicago (nbcchicago.com)", "date": "2025-05",
     "title": "JB Pritzker to testify before Congress on sanctuary city policies (from the URL slug; no headline in the stored text)",
     "url": "https://www.nbcchicago.com/news/local/chicago-politics/jb-pritzker-testify-congress-sanctuary-city-policies/3739337/"},
    {"file": "d4507_urban-milwaukee.txt", "outlet": "Urban Milwaukee (urbanmilwaukee.com)", "date": "2025-07-30",
     "title": "ACLU report shows growth in immigration detentions (from the URL slug; no headline in the stored text)",
     "url": "https://urbanmilwaukee.com/2025/07/30/aclu-report-shows-growth-in-immigration-detentions/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d45")
