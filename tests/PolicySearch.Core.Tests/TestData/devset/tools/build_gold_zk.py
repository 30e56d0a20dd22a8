#!/usr/bin/env python3
"""Dev set, part ZK (files d3700-d3707): hand annotations -> fresh-zk/gold-fresh-zk.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 8 articles from 8 outlets, 2017-2025. Four outlets are
new (WHQR, The San Diego Union-Tribune, The 24 Magazine, The Paper): none of them an outlet of the
seeds or of any earlier part or named in any SOURCES file. The corpus of stored pages is close to
exhausted for new outlets (see SOURCES-zk.md), so, as the brief allows, the part is completed with four
articles from outlets seen in earlier parts (Rockford Register Star, part B; The Pantagraph, part F;
WGLT, part G; Patch, parts I and P), each with a URL that is in no manifest. No outlet of the seeds is
used, and no page carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square copy.
Two articles are not about Illinois (d3700 North Carolina and 287(g); d3701 a national study reported
from San Diego).

The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (model: build_gold_s.py):
canonical names from canonical.py where they apply (Tom Homan, Brandon Johnson, Donald Trump, U.S.
Immigration and Customs Enforcement, Office of the Illinois Attorney General, Kwame Raoul), otherwise the
fullest form the article gives, titles dropped ("Winnebago County Sheriff Gary Caruana" -> Gary Caruana,
"interim City Manager Steve Rasmussen" -> Steve Rasmussen, "Kane County Sheriff Ron Hain" -> Ron Hain,
"Professor Tom Wong" -> Tom Wong). A person speaking for an organisation is the person only (Dontae
Latson, not the YWCA); an organisation speaking as itself is a speaker ("the Kane County Sheriff's Office
said", d3707 #3; "the American Immigration Council (AIC) ... reported", d3700 #3; "ICE reported",
d3700 #3); an office speaks through its news release ("the office said in a news release", "the
release reads", d3707 #4-#5), as filers speak through their filing; a person is resolved from a
description when the next line names him ("A University of California San Diego professor" = Tom Wong,
d3701 #2, the NOTES 002 #9 precedent); "Trump argues in his written order" (d3704 #1) gives Trump words
through his order, as a filer speaks through a filing. A quote continuing an attribution keeps the
speaker with an empty alias list ("he said", d3705 #3; "He also took a swipe", d3702 #3). Orders,
ordinances, resolutions, studies and releases as documents are not speakers; signing, voting, placing
an item on an agenda and publishing are actions, except that Hain's Facebook memo "to remind locals"
(d3707 #8) is written speech. People listed as rally speakers with no words given (d3706 #8) and
generic groups ("protesters", "five aldermen", "immigration advocates") are not speakers; the groups go
in unnamed_sources. Journals passing a finding along (the Du Bois Review, d3700 #2) go in cited_outlets.
They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zk.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import AG_OFFICE, BJOHNSON, HOMAN, ICE, RAOUL, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("fresh-zk", "gold-fresh-zk.jsonl")


AIC = "American Immigration Council"
WONG = "Tom Wong"
CARUANA = "Gary Caruana"
MORRISSEY = "Larry Morrissey"
RASMUSSEN = "Steve Rasmussen"
LATSON = "Dontae Latson"
HAIN = "Ron Hain"
KANE_SHERIFF = "Kane County Sheriff's Office"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d3700_whqr"] = [
    C("neutral", "What the 287(g) program is: local agencies enforce immigration law under ICE's delegation (description)."),
    C("neutral", "How agencies join: a letter of interest and a memorandum of agreement (procedure)."),
    C("neutral", "History: agencies slow to join, the first in 2002, 'according to a report published in the Du Bois Review' (a finding passed along; a report is a document).",
      out=["Du Bois Review"]),
    C("neutral", "The AIC 'reported' 135 agencies in December 2024; 'ICE reported' 805 agencies in 40 states by July 11 (counts; both organisations speak as themselves).",
      sp=[S(AIC, "the American Immigration Council"), S(ICE, "ICE")]),
    C("supports", "'According to (AIC)', 287(g) 'has faced criticism' as costly, for targeting people with little or no criminal history and for 'tarnishing the relationship between police and the communities they serve' (the trust argument against local cooperation; alternative: neutral, criticism reported at a distance).",
      sp=[S(AIC, "AIC")], amb=True),
    C("neutral", "Advocates' criticism of ICE and 287(g) persists; Trump's second term 'prompts new questions' (framing, no position taken).",
      un=["immigration advocates"]),
    T("subhead", "Subhead ('287(g) Models')."),
    C("neutral", "Three 287(g) models, one suspended in 2012 and brought back under Trump's second administration (description)."),
    C("neutral", "The reinstated task-force model lets local officers enforce immigration law in routine policing, 'an authority normally reserved for federal immigration agents' (description; alternative: a light lean against it, not enough to label).",
      amb=True),
    C("neutral", "Lead-in to ICE's list of models, whose items the excerpt cuts off ('as defined by ICE').",
      opt=[O(ICE, "the definitions that follow are ICE's, but none of them is in the stored text", "ICE")]),
]

ANN["d3701_san-diego-union-tribune"] = [
    T("headline", "Headline ('Study: Sanctuary counties have lower crime, stronger economies')."),
    C("neutral", "Trump's orders put cities and counties 'on notice' they would lose federal funding if they did not cooperate (the orders as documents; description)."),
    C("supports", "Wong, introduced as 'A University of California San Diego professor' (named in #4), released a study saying sanctuary counties have 'significantly lower crime rates and stronger economies'.",
      sp=[S(WONG, "A University of California San Diego professor")]),
    C("neutral", "The study's release was moved up as Trump signed an order to stop grants to sanctuary cities (timing; signing is an action)."),
    C("supports", "Wong's study compared counties; 'Wong concluded' that deportations through local law enforcement hurt the local economy, especially in rural counties.",
      sp=[S(WONG, "Tom Wong", "Wong")]),
    C("supports", "Wong ('Wong said'): 'every deportation means a large dent in the local economy' (offered for sanctuary counties; alternative: neutral, about deportations rather than local cooperation).",
      sp=[S(WONG, "Wong")], amb=True),
    C("neutral", "Method: the economic indicators he looked at (research action, no claim)."),
    C("supports", "'Wong’s analysis found' public-assistance use by children 4.9 percent lower in sanctuary counties (a finding for sanctuary counties; alternative: neutral, a statistic).",
      opt=[O(WONG, "the finding is given to his analysis (a document), named by the possessive", "Wong’s")], amb=True),
    C("supports", "Wong ('Wong said'): higher benefit use may reflect mixed-status families whose breadwinners were deported (the cost of cooperation; alternative: neutral, an explanation of a number).",
      sp=[S(WONG, "Wong")], amb=True),
]

ANN["d3702_the-24-magazine"] = [
    C("opposes", "Homan, Trump's incoming border czar, 'has made a bombshell promise in a massive blue city' (a lead-in to his threat against Chicago; alternative: neutral, a lede).",
      sp=[S(HOMAN, "Tom Homan")], amb=True),
    C("neutral", "Homan in Chicago ('he said') that deportations would begin on 'day one'; the city's mayor 'has vowed to fight' the administration's plans (both sides reported; alternative: opposes, Homan's timetable).",
      sp=[S(HOMAN, "Homan")],
      opt=[O(BJOHNSON, "described only as 'a city whose mayor' and named in the next line; his vow is reported in passing", "mayor")],
      amb=True),
    C("opposes", "Homan ('Homan declared'): if the Chicago mayor 'impedes us — if he knowingly harbors or conceals an illegal alien — I will prosecute him' (threat against non-cooperation).",
      sp=[S(HOMAN, "Homan")]),
    C("opposes", "Homan ('He also took a swipe at ... Pritzker in his speech'): lead-in to the insult of #4 (alternative: neutral, no policy stated).",
      sp=[S(HOMAN)], amb=True),
    C("opposes", "Homan ('Homan said'): 'Chicago is in trouble because your mayor sucks and your governor sucks'; 'a lot of ICE agents in your city' from January 21 (condemns the sanctuary leaders).",
      sp=[S(HOMAN, "Homan")]),
]

ANN["d3703_the-paper"] = [
    B("byline", "Byline ('By Madelyn Fogarty')."),
    C("neutral", "About 200 people at the Planning Commission hearing; Immigration Centers of America considers Dwight for a detention centre for up to 1,200 detainees (description)."),
    C("neutral", "The Planning Commission voted to recommend the annexation, zoning and agreement (votes are actions)."),
    C("neutral", "The Village Board will act on March 11 and may accept, reject or modify (procedure)."),
    C("supports", "Protesters chant 'ICA, go away', call it 'Prisons for profit' and argue it is a civil rights issue (against the village hosting ICE detention; alternative: neutral, about private detention rather than police cooperation).",
      un=["protesters", "ardent protesters"], amb=True),
]

ANN["d3704_rockford-register-star"] = [
    C("neutral", "Trump's Jan. 25 order threatens funding for 'so-called \"sanctuary\" cities' that 'willfully violate federal law' (the order's words; a document)."),
    C("neutral", "'Trump argues in his written order' that undocumented immigrants are 'a significant threat'; the decree 'raises questions' (about immigrants in general, then the reporter's questions; alternative: opposes, the order targets sanctuary cities).",
      sp=[S(TRUMP, "Trump")], amb=True),
    C("neutral", "Caruana ('Winnebago County Sheriff Gary Caruana said'): local agencies neither offer sanctuary nor actively enforce immigration law (a middle position).",
      sp=[S(CARUANA, "Gary Caruana")]),
    C("opposes", "Caruana ('Caruana said'): police do not want people afraid to report crime, 'But' his and other agencies 'will continue to cooperate' with immigration authorities, holding wanted subjects in the jail (the emphasised final point; alternative: neutral, a mixed paragraph).",
      sp=[S(CARUANA, "Caruana")], amb=True),
    C("neutral", "Caruana ('Caruana said'): no plans to change; 'I am not a federal agency. I am a local sheriff' (status quo; alternative: supports, the local-not-federal line).",
      sp=[S(CARUANA, "Caruana")], amb=True),
    C("neutral", "Neither Rockford nor the county has a sanctuary ordinance; the county honours detainers; Morrissey ('Mayor Larry Morrissey said') the city cooperates but serves residents without asking for proof of citizenship (balanced, factual).",
      sp=[S(MORRISSEY, "Larry Morrissey")]),
]

ANN["d3705_the-pantagraph"] = [
    C("neutral", "The special session on a welcoming-city ordinance was canceled at the request of five aldermen 'who said misunderstandings ... may worsen divisions' (procedure; alternative: opposes, the aldermen's objection).",
      un=["five aldermen"], amb=True),
    C("neutral", "The regular council meeting goes on at City Hall (procedure)."),
    C("neutral", "Rasmussen ('interim City Manager Steve Rasmussen said'): the ordinance is off the agenda (procedure).",
      sp=[S(RASMUSSEN, "Steve Rasmussen")]),
    C("neutral", "Rasmussen (continues #2, 'he said'): some councilmen do not want it on the agenda; another version needs to be looked at (procedure).",
      sp=[S(RASMUSSEN)]),
    C("neutral", "What the ordinance would do (declare support for immigrants, limit cooperation with ICE); its text not released (description)."),
    C("neutral", "Mayor Renner placed it on the agenda and moved the meeting (actions)."),
    C("opposes", "Five of nine aldermen emailed a letter asking Rasmussen to pull the ordinance (a request against it; alternative: neutral, a procedural request).",
      un=["Five of the city's nine aldermen"], amb=True),
    C("opposes", "The aldermen ('They said'): the ordinance is a 'redundancy' given the Trust Act and would 'create misunderstanding' between immigrants and police (against the local ordinance; alternative: neutral, they accept the state Act's limits).",
      un=["Five of the city's nine aldermen"], amb=True),
    C("opposes", "The aldermen's letter ('said the aldermen in their letter'): the ordinance 'casts unfavorable and unfair criticism on our outstanding police force'.",
      un=["Five of the city's nine aldermen"]),
]

ANN["d3706_wglt"] = [
    B("copyright", "Station copyright line ('© 2024 WGLT')."),
    B("station_tagline", "Station tagline ('A public service of Illinois State University')."),
    B("player_widget", "Audio player label ('Play Live Radio')."),
    B("player_widget", "Audio player label ('Next Up:')."),
    B("player_widget", "Audio player timer ('0:00 0:00')."),
    B("player_widget", "Audio player label ('Available On Air Stations')."),
    T("headline", "Headline ('Normal Passes Welcoming Community Ordinance')."),
    C("neutral", "The Normal Town Council passed a Welcoming Community ordinance creating a 'check and balance' system for police interactions with immigration officials (a vote, described)."),
    C("supports", "More than 50 people rallied 'in support for the ordinance'; the speakers are listed without their words (support reported; alternative: neutral, a list of names).",
      amb=True),
    B("photo_credit", "Photo credit ('Credit Carleigh Gray / WGLT')."),
    B("caption", "Photo caption ('The Keep Families Together coalition has been pressuring local councils ...'), under the credit line."),
    C("supports", "Latson ('YWCA McLean County CEO and President Dontae Latson said'): the ordinance is 'a strong first step in the right direction'.",
      sp=[S(LATSON, "Dontae Latson")]),
    C("supports", "Latson ('Latson said'): 'It isn't everything we ever wanted' but a shared endeavour for 'our radically normal community'.",
      sp=[S(LATSON, "Latson")]),
    C("opposes", "'Three individuals unaffiliated with organizations spoke in opposition to the ordinance' (opposition reported, no words; alternative: neutral, a count).",
      un=["Three individuals unaffiliated with organizations"], amb=True),
    T("subhead", "Subhead ('Ordinance Details')."),
    C("neutral", "Lead-in to the ordinance's provisions ('The ordinance says, among other things:'; a document)."),
    C("neutral", "Provision: town employees may not ask about status unless required, and must explain why (what the ordinance provides)."),
    C("neutral", "Provision: Normal police may not investigate someone solely for an immigration violation (what the ordinance provides)."),
]

ANN["d3707_patch"] = [
    B("section_label", "Section label ('Politics & Government')."),
    T("headline", "Headline ('Kane County Sheriff's Office 'Cannot Support ICE' Because Of IL Law: Hain')."),
    T("dek", "Dek ('The sheriff cited state law, which prohibits law enforcement to communicate with or support ... raids')."),
    C("supports", "'the Kane County Sheriff's Office said it would not support the raids, citing state law' (an agency stating it will not cooperate with ICE).",
      sp=[S(KANE_SHERIFF, "the Kane County Sheriff's Office")]),
    C("neutral", "The Attorney General's guidance: officers 'cannot assist with any immigration enforcement operations', 'the office said in a news release' (what the law requires; alternative: supports, the guidance enforces the limits).",
      sp=[S(AG_OFFICE, "the office")],
      opt=[O(RAOUL, "he 'issued updated guidance' (an action); the words are given to his office", "Kwame Raoul")],
      amb=True),
    C("neutral", "The release ('the release reads'): state law prohibits 287(g)-type agreements, honouring detainers, transfers without a criminal warrant and access to facilities (what the law provides).",
      sp=[S(AG_OFFICE)]),
    B("promo", "Site promotion ('Find out what's happening in Aurorafor free with the latest updates from Patch.')."),
    C("neutral", "The TRUST Act and VOICES Act were enacted to 'increase trust and cooperation between immigrant communities and police departments' (the laws' stated purpose, quoted without attribution; alternative: supports, the trust rationale).",
      opt=[O(AG_OFFICE, "the quoted purpose reads as the release's wording, but the line gives no attribution")], amb=True),
    C("supports", "Hain 'published a memo on Facebook Tuesday to remind locals of this new guidance' after ICE arrests in Chicago (a sheriff restating non-cooperation; alternative: neutral, a reminder of the law).",
      sp=[S(HAIN, "Ron Hain")], amb=True),
    B("promo", "The same site promotion repeated.", dup=6),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d3700_whqr.txt", "outlet": "WHQR (whqr.org, Wilmington, N.C., public radio)", "date": "2025-07-16",
     "title": "Deep dive: A look at the 287(g) program and its implications for local NC law enforcement (from the URL slug; no headline in the stored text)",
     "url": "https://www.whqr.org/local/2025-07-16/deep-dive-a-look-at-the-287g-program-and-its-implications-for-local-nc-law-enforcement"},
    {"file": "d3701_san-diego-union-tribune.txt", "outlet": "The San Diego Union-Tribune (sandiegouniontribune.com)", "date": "2017-01-27",
     "title": "Study: Sanctuary counties have lower crime, stronger economies",
     "url": "https://www.sandiegouniontribune.com/news/immigration/sd-me-sanctuary-study-20170127-story.html"},
    {"file": "d3702_the-24-magazine.txt", "outlet": "The 24 Magazine (the24magazine.com)", "date": "2025-01-21",
     "title": "Incoming border czar Homan sends big warning to Chicago, other blue cities (from the URL slug; no headline in the stored text)",
     "url": "https://the24magazine.com/2025/01/21/incoming-border-czar-homan-sends-big-warning-to-chicago-other-blue-cities"},
    {"file": "d3703_the-paper.txt", "outlet": "The Paper (thepaper1901.com, local paper, Dwight area)", "date": "2019-02-20",
     "title": "Proposed immigrant detention center moves before Dwight Village Board (from the URL slug; no headline in the stored text)",
     "url": "http://thepaper1901.com/2019/02/20/proposed-immigrant-detention-center-moves-before-dwight-village-board/"},
    {"file": "d3704_rockford-register-star.txt", "outlet": "Rockford Register Star (rrstar.com; outlet seen before, part B)", "date": "2017-02-04",
     "title": "Business as usual in Rockford as Trump calls for sanctuary city crackdown (from the URL slug; no headline in the stored text)",
     "url": "https://www.rrstar.com/news/20170204/business-as-usual-in-rockford-as-trump-calls-for-sanctuary-city-crackdown"},
    {"file": "d3705_the-pantagraph.txt", "outlet": "The Pantagraph (pantagraph.com, Bloomington; outlet seen before, part F)", "date": "2018-02",
     "title": "Welcoming-city ordinance meeting canceled (from the URL slug; no headline in the stored text)",
     "url": "http://www.pantagraph.com/news/local/government-and-politics/welcoming-city-ordinance-meeting-canceled/article_dcc57cc7-6952-5640-872a-8773b0cc720a.html"},
    {"file": "d3706_wglt.txt", "outlet": "WGLT (wglt.org, Bloomington-Normal public radio; outlet seen before, part G)", "date": "2018-05-08",
     "title": "Normal Passes Welcoming Community Ordinance",
     "url": "https://www.wglt.org/politics-and-government/2018-05-08/normal-passes-welcoming-community-ordinance"},
    {"file": "d3707_patch.txt", "outlet": "Patch (patch.com, Aurora; outlet seen before, parts I and P)", "date": "2025-01",
     "title": "Kane County Sheriff's Office 'Cannot Support ICE' Because Of IL Law: Hain",
     "url": "https://new-origin.patch.com/illinois/aurora/kane-county-sheriffs-office-cannot-support-ice-because-law-hain"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d37")
