#!/usr/bin/env python3
"""Dev set, part AA (files d5300-d5309): hand annotations -> fresh-aa/gold-fresh-aa.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 10 outlets, every one dated 2022-2025 by
its own text, URL or date line (another helper built a part from the other years at the same time); no
URL or title shared with any other part or the seeds, and no page that carries AP, Chicago Tribune,
Sun-Times, Capitol News Illinois or Center Square copy. Outlets of earlier parts were allowed this time
(Breitbart, Shaw Local, WTTW, Lake and McHenry County Scanner and Straight Arrow News had been used
before, and Axios, thexradio.com, Kane County Reporter, cookcountyil.gov and United Headlines named in
earlier SOURCES files; SOURCES-aa.md marks them). All ten are about Illinois.
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (models: build_gold_s.py and
build_gold_y.py): canonical names from canonical.py where they apply (JB Pritzker, Raymond López, City of
Chicago, U.S. Department of Homeland Security, U.S. Immigration and Customs Enforcement), otherwise the
fullest form the article gives, titles dropped ("McHenry County State's Attorney Patrick Kenneally" ->
Patrick Kenneally, "Ald. Anthony Beale" -> Anthony Beale, "Effingham County Sheriff Paul Kuhns" -> Paul
Kuhns, "Mayor John Laesch" -> John Laesch, "Cook County Board President Toni Preckwinkle" -> Toni
Preckwinkle, "Illinois state Sen. John Curran (R)" -> John Curran). A person speaking for a body is the
person (Mike Theodore, not the Will County Executive's office); a body speaking as itself is a speaker
("according to a statement from Bertino-Tarrant's office", d5306 #6, recorded as Office of the Will County
Executive; "according to the city of Chicago", d5302 #5; "The Department of Homeland Security (DHS)
reported", d5309 #0; "ICE says", d5308 #2). A pronoun continuing a named speaker is his alias ("He views",
d5301 #9, Anthony Beale). Cook County's release (d5305) is the county's own text: the county is an optional
speaker of its unattributed lines (the publisher's voice; the d2509 River Forest precedent). Borderline
attributions are optional: Ramirez-Rosa's "acknowledging" his own conduct (d5301 #7), the Will County
office's quoted phrases with no speech verb (d5306 #0), "the agency documented a pattern" (ICE, d5308 #7).
Signing orders and bills, filing suits and passing resolutions are actions; the resolutions, orders and
bills are documents ("The executive order cites reports", d5306 #5, has no speaker). The New York Times
(d5307 #1) and ABC 7 (d5301 #10) only pass words along: cited outlets. They were made by reading the
article text only.

The stance target is sanctuary protections as STANCE_GUIDELINES.md defines them; the Illinois Way Forward
Act (d5300: no ICE detention contracts, no information or transfers to ICE), the county orders barring ICE
from county property (d5305, d5306) and the 2025 courthouse law that also bars hospitals and day-care
centres from sharing information with ICE (d5307) are read as such limits. Criticism of federal raids or
tactics with no word on local cooperation is neutral and flagged (guideline 7).

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_aa.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import CHICAGO, DHS, ICE, LOPEZ, PRITZKER

ARTICLES, MANIFEST, GOLD = part_files("fresh-aa", "gold-fresh-aa.jsonl")


KENNEALLY = "Patrick Kenneally"
BEALE = "Anthony Beale"
RAMIREZ_ROSA = "Carlos Ramirez-Rosa"
SIGCHO = "Byron Sigcho-Lopez"
KUHNS = "Paul Kuhns"
AJONES = "Aaron Jones"
LAESCH = "John Laesch"
COOK_COUNTY = "Cook County"
PRECKWINKLE = "Toni Preckwinkle"
THEODORE = "Mike Theodore"
BERTINO = "Jennifer Bertino-Tarrant"
WILL_EXEC_OFFICE = "Office of the Will County Executive"
CURRAN = "John Curran"

COUNTY_VOICE = ("the release is Cook County's own text on its news page ('Cook County is taking a clear stand'); "
                "the line is the publisher's voice, not attributed speech")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d5300_lake-mchenry-scanner"] = [
    B("photo_caption", "Photo caption with credits ('McHenry County State’s Attorney Patrick Kenneally (left) ... | Photo – Left: Matthew Apgar ...')."),
    C("neutral", "A federal appellate court 'has upheld' the law barring counties from ICE detention contracts (a ruling, reported)."),
    C("neutral", "What the Illinois Way Forward Act prohibits and when it took effect (description)."),
    C("neutral", "SB 667's vote (36-19) and its signing by Pritzker (actions)."),
    C("neutral", "What SB 667 says: no agency may enter or renew a contract to detain someone for immigration violations (what the law provides)."),
    C("neutral", "The law required agencies to end ICE housing agreements by January 1, 2022 (what the law provides)."),
    B("related_headline", "Related-story link ('[Suggested Article]  Mundelein man arrested ...'), off topic."),
    C("neutral", "McHenry, Kankakee and Pulaski counties previously had ICE contracts (background)."),
    C("neutral", "McHenry County was paid $95 a day per ICE detainee (a figure)."),
    C("neutral", "The law bars agencies from giving information to immigration agents or transferring people to them (what the law provides)."),
    C("neutral", "Under the law police may not ask about immigration status (what the law provides)."),
    C("neutral", "Kenneally ('said in September he filed') sued on behalf of McHenry and Kankakee counties against the Act (a suit filed is a fact; alternative: opposes, the challenge to the law).",
      sp=[S(KENNEALLY, "Patrick Kenneally")], amb=True),
]

ANN["d5301_axios-chicago"] = [
    B("timestamp_label", "Date and section line ('Nov 7, 2023 - Politics')."),
    T("headline", "Headline ('The incredible fight over whether Chicago should stay a sanctuary city')."),
    B("photo_caption", "Illustration caption ('Illustration of the Chicago skyline cut out of a ballot.')."),
    B("photo_credit", "Illustration credit ('Illustration: Lindsey Bailey/Axios')."),
    C("neutral", "The council is to resume debate on a referendum on Chicago's sanctuary status (an event, reported)."),
    C("neutral", "'Several alders' call for the status to be reconsidered; 'others say sanctuary protections are largely irrelevant to the current crisis' (both sides, evenly; alternative: supports, the 'irrelevant' point closes the line).",
      un=["Several alders", "others"], amb=True),
    C("neutral", "Context: Chicago a sanctuary city since Harold Washington's 1985 order; what the order prohibited (history)."),
    C("neutral", "The debate divided the council; Ramirez-Rosa resigned as floor leader 'after acknowledging' he acted disrespectfully (conduct, not the policy).",
      opt=[O(RAMIREZ_ROSA, "'after acknowledging that he had acted disrespectfully' reports his admission about his own conduct, not a statement on the issue", "Carlos Ramirez-Rosa")]),
    C("opposes", "Beale ('Ald. Anthony Beale said'): 'When … Harold Washington did this, times were different. We didn't have people coming into this city by the thousands' (the policy outdated by the migrant arrivals).",
      sp=[S(BEALE, "Anthony Beale")]),
    C("opposes", "Beale ('He views'): the referendum asks those 'paying $30 and $40 million a month' whether 'to continue down this road' (a cost case for reconsidering; alternative: neutral, a call for a vote rather than a view).",
      sp=[S(BEALE, "He")], amb=True),
    C("supports", "Ramirez-Rosa ('told ABC 7'): 'The people who are attacking the sanctuary city ordinance don't know what they're talking about'; it 'has nothing to do with the current crisis' (defends the ordinance).",
      sp=[S(RAMIREZ_ROSA, "Ramirez-Rosa")], out=["ABC 7"]),
]

ANN["d5302_wttw"] = [
    T("headline", "Headline ('Alds. Lopez and Sigcho-Lopez Debate Attempt to Add Sanctuary City Referendum to March Primary Ballot')."),
    C("neutral", "'A handful of Chicago City Council members want voters to weigh in' on whether Chicago should stay a sanctuary city (an aim, reported; alternative: opposes, the push to put the status to a vote).",
      un=["A handful of Chicago City Council members"], amb=True),
    C("neutral", "The council would have to approve a third referendum before the end of the year (procedure)."),
    B("sponsor_label", "Sponsor label ('Thanks to our sponsors:')."),
    B("sponsor_link", "Sponsor link ('View all sponsors')."),
    C("neutral", "The arrival of at least 23,000 migrants since August 2022, 'according to the city of Chicago' (a figure).",
      sp=[S(CHICAGO, "city of Chicago")]),
    C("opposes", "López ('said Ald. Raymond Lopez'): 'That (sanctuary city) policy is what’s driving so many individuals to send these asylum seekers here'; 'should we continue down this path?'",
      sp=[S(LOPEZ, "Raymond Lopez")]),
    C("supports", "Author: sanctuary status 'does not require it to encourage immigrants to move to Chicago' nor obligate taxpayer funds (rebuts the magnet and cost claims; alternative: neutral, what the ordinance does and does not require).",
      amb=True),
    C("supports", "Sigcho-Lopez ('says'): Chicago's sanctuary city status 'does not make it a magnet'.",
      sp=[S(SIGCHO, "Byron Sigcho-Lopez")]),
]

ANN["d5303_thexradio"] = [
    T("headline", "Headline ('County Board Acts on Resolution Regarding Illegal Immigrants')."),
    B("print_link", "Print link ('Print')."),
    B("timestamp_label", "Date line ('Published on January 16 2024 6:22 pm')."),
    B("timestamp_label", "Update line ('Last Updated on January 16 2024 6:22 pm')."),
    B("byline", "Byline ('Written by Greg Sapp')."),
    C("neutral", "The Effingham County Board passed a resolution barring local tax dollars for immigrants transported through the county (a vote, reported)."),
    C("neutral", "The resolution as 'the outgrowth of' illegal entry and 'the establishment of Chicago as a sanctuary city'; what it provides; its criticism of the federal government (a document described; alternative: opposes, the resolution blames Chicago's sanctuary status).",
      amb=True),
    C("neutral", "The busing of migrants through the county 'is still being addressed' (status)."),
    C("neutral", "Kuhns ('said', 'Kuhns said'): he has heard talk of having the sheriff take migrants to Chicago; 'I'm governed by statute' (caution about his powers, no view on the policy).",
      sp=[S(KUHNS, "Paul Kuhns", "Kuhns")]),
    C("neutral", "Jones ('said'): 'We don't want to tie anyone's hands in the law enforcement community if it's an emergency situation'; towns should decide for themselves (no view on the policy).",
      sp=[S(AJONES, "Aaron Jones", "Jones")]),
    C("neutral", "Other business: windows and solar panels for the county office building (off topic)."),
]

ANN["d5304_kane-county-reporter"] = [
    B("site_chrome", "Tracker label left in the page text ('Quantcast')."),
    B("site_name", "Site name ('Kane County Reporter')."),
    B("timestamp_label", "Date line ('Friday, October 17, 2025')."),
    T("headline", "Headline ('Aurora mayor addresses ICE presence and urges peaceful protest')."),
    B("image_filename", "Image file name ('Webp johnlaesch')."),
    B("photo_credit", "Photo caption and credit ('John Laesch, Mayor | City of Aurora')."),
    B("photo_credit", "The same caption and credit repeated.", dup=5),
    C("neutral", "ICE sightings in Aurora on October 9; 'According to a statement from Mayor John Laesch', they led to detentions and anxiety (events).",
      sp=[S(LAESCH, "John Laesch")]),
    C("neutral", "Laesch ('condemning', 'He stated'): 'the wrongful use of Federal funds to violate the civil rights of our residents'; 'This overarching power grab ... rooted in intimidation and racial profiling' (criticism of federal enforcement, not of local cooperation; alternative: supports).",
      sp=[S(LAESCH, "Laesch", "He")], amb=True),
    C("neutral", "Laesch ('said', 'He emphasized') joined a march to a detention site and voiced support for those affected (solidarity, no word on local cooperation).",
      sp=[S(LAESCH, "Laesch", "He")]),
    C("supports", "The mayor ('outlined'): his office is organising 'citizen-led patrols that bring awareness to ICE activity' and contacting detainees' families (the city acting against the enforcement; alternative: neutral, no word on police cooperation).",
      sp=[S(LAESCH, "The mayor")], amb=True),
]

ANN["d5305_cook-county"] = [
    T("headline", "Release headline ('President Preckwinkle Signs Executive Order Banning the Use of Cook County Owned Property and Resources for Civil Immigration Enforcement')."),
    C("supports", "Release voice: Preckwinkle 'signed an executive order' barring county property, resources and personnel from civil immigration enforcement; it 'will prevent' ICE from using them (the county announcing a limit on cooperation; alternative: neutral, an action described).",
      opt=[O(COOK_COUNTY, COUNTY_VOICE)], amb=True),
    C("supports", "Preckwinkle ('said'): 'Cook County is proud to be a welcoming County'; ICE's 'increasingly aggressive, inhumane and unlawful actions' undermine safety; 'We will do everything we can' for residents.",
      sp=[S(PRECKWINKLE, "Toni Preckwinkle")]),
    C("neutral", "Release voice: the order builds on the 2011 ordinance barring county facilities and staff time for ICE investigations without a criminal warrant; what the order covers (description).",
      opt=[O(COOK_COUNTY, COUNTY_VOICE, "Cook County")]),
    C("supports", "Release voice: Cook County 'taking a clear stand in support of community safety'; ICE operations on county property 'would erode that trust, discourage cooperation with public safety agencies' (the trust argument).",
      opt=[O(COOK_COUNTY, COUNTY_VOICE, "Cook County")]),
]

ANN["d5306_shaw-local"] = [
    C("neutral", "The Will County Executive's Office issued an order that aims to 'clarify' how residents can use county services 'without fear of harassment' (an order issued; the quoted aims are the office's; alternative: supports).",
      opt=[O(WILL_EXEC_OFFICE, "the quoted aims ('clarify', 'without fear of harassment ...') are the office's words, given here with no speech verb; line 6 attributes them", "The Will County Executive’s Office")],
      amb=True),
    C("neutral", "Theodore ('said Mike Theodore'): the order covers all county-owned property except the courthouse, under the chief judge (scope).",
      sp=[S(THEODORE, "Mike Theodore")]),
    C("neutral", "Bertino-Tarrant ('In a statement, ... said'): 'deeply concerned' about 'federal immigration activity ... causing fear' (concern about federal tactics, no word on local cooperation; alternative: supports, the reason for her order).",
      sp=[S(BERTINO, "Bertino-Tarrant")], amb=True),
    C("supports", "Bertino-Tarrant ('said'): 'The steps we are taking today' give residents resources; 'All people should be safe in their neighborhoods' (defends the order limiting ICE on county property; alternative: neutral, general words).",
      sp=[S(BERTINO, "Bertino-Tarrant")], amb=True),
    B("image_url", "Broken image address left in the text (':quality(70)/cloudfront-us-east-1.images.arcpublishing.com/...jpg)')."),
    C("neutral", "The executive order 'cites reports' of residents detained without charges and afraid to leave home (a document's content)."),
    C("neutral", "The office ('according to a statement from'): the order 'aims to provide clarity' on access to county services without fear (its purpose; alternative: supports).",
      sp=[S(WILL_EXEC_OFFICE, "Bertino-Tarrant’s office")], amb=True),
    C("neutral", "Lead-in to the order's list of restrictions (announces a description)."),
    C("neutral", "The order: no county-owned building or lot to be a 'staging area, processing location or operations base' for immigration enforcement (what the order provides)."),
    C("neutral", "The order: federal agents must present a warrant before enforcement on county property (what the order provides)."),
]

ANN["d5307_breitbart"] = [
    C("neutral", "Pritzker signed a bill that 'prevents' ICE from arresting 'illegal aliens' near courthouses (a signing, reported; the wording is the only lean).",
      amb=True),
    C("neutral", "The bill passed during the shutdown, 'according to the New York Times'; hospitals and day-care centres may not share certain information with ICE (what the bill provides).",
      out=["New York Times"]),
    C("opposes", "Praised by Democrats, but Curran and other Republicans 'have taken “issue with the law’s ban on civil immigration enforcement at state courthouses”' (the objection is the line's emphasised point; alternative: neutral, both sides).",
      sp=[S(CURRAN, "John Curran")], un=["Democrat lawmakers", "Republicans in the state"], amb=True),
    C("opposes", "Curran ('Curran said'): the prohibitions push arrests 'into uncontrolled settings' where 'there are heightened risks'.",
      sp=[S(CURRAN, "Curran")]),
    C("supports", "Pritzker ('claimed'), at the signing: the region suffered 'a relentless campaign of cruelty and intimidation and abuse at the hands of ICE' (his case for the law; alternative: neutral, criticism of federal tactics only).",
      sp=[S(PRITZKER, "Pritzker")], amb=True),
    C("supports", "Pritzker ('Pritzker said'): 'Our people have been forced to live in fear' doing everyday things (continues his case for the law; alternative: neutral, about ICE tactics).",
      sp=[S(PRITZKER, "Pritzker")], amb=True),
]

ANN["d5308_united-headlines"] = [
    C("opposes", "Author: Illinois runs 'the riskiest public-safety experiment in America' by 'releasing violent criminal aliens' that federal agents would deport."),
    T("subhead", "Box heading ('Story Snapshot')."),
    C("opposes", "ICE ('ICE says'): Illinois released 1,768 people with detainers, 'including killers and sexual predators'.",
      sp=[S(ICE, "ICE")]),
    C("opposes", "More than 4,000 inmates with detainers 'tied to 51 homicides and 800+ sexual-predatory offenses' (offered for the danger case; alternative: neutral, figures).",
      amb=True),
    C("supports", "'Illinois lawmakers claim constitutional and civil-rights concerns', citing rulings that ICE acted unlawfully (their defence reported; 'claim' is the author's light doubt; alternative: neutral).",
      un=["Illinois lawmakers"], amb=True),
    C("neutral", "Author: the clash 'exposes a deeper fight over federal vs. state power' (framing, no side taken)."),
    T("subhead", "Subhead ('Illinois is choosing a legal theory over a safety net')."),
    C("opposes", "Author: 'the agency documented a pattern that looks deliberate'; 1,768 released despite serious records; 'Illinois is not confused; it is making a choice.'",
      opt=[O(ICE, "'the agency documented a pattern' attributes the figures to ICE's records, with no speech verb", "the agency")]),
    C("opposes", "Author: the TRUST Act's rule; lawmakers 'cite the Fourth Amendment and warn' of suits; 'That argument fits a broader blue‑state trend: redefine cooperation with ICE as a liability' (dismisses the defence).",
      un=["Lawmakers"]),
]

ANN["d5309_straight-arrow-news"] = [
    C("opposes", "DHS ('reported', 'Officials said'): Illinois ignored 1,768 detainers, and not letting agents act 'impacts public safety'.",
      sp=[S(DHS, "The Department of Homeland Security", "Officials")]),
    C("opposes", "ICE officials ('said'): detainers for more than 4,000 people in custody, with crimes 'including homicide, assault' (figures offered for the safety case; alternative: neutral).",
      sp=[S(ICE, "Immigration and Customs Enforcement (ICE) officials")], amb=True),
    C("supports", "Pritzker ('has said'): he supports deporting lawbreakers, but people without documentation who 'have not committed crimes should be allowed to stay'; Cook County also barred courthouse arrests (a qualified defence; alternative: neutral, a mixed position and a fact).",
      sp=[S(PRITZKER, "JB Pritzker")], amb=True),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d5300_lake-mchenry-scanner.txt", "outlet": "Lake and McHenry County Scanner (lakemchenryscanner.com)", "date": "2022-08-18",
     "title": "Federal court upholds law barring McHenry County Jail and other Illinois jails from housing ICE detainees (from the URL slug and the site's tag page; no headline in the stored text)",
     "url": "https://www.lakemchenryscanner.com/2022/08/18/federal-court-upholds-law-barring-mchenry-county-jail-and-other-illinois-jails-from-housing-ice-detainees/"},
    {"file": "d5301_axios-chicago.txt", "outlet": "Axios Chicago (axios.com/local/chicago)", "date": "2023-11-07",
     "title": "The incredible fight over whether Chicago should stay a sanctuary city",
     "url": "https://www.axios.com/local/chicago/2023/11/07/sanctuary-city-referendum-vote-council"},
    {"file": "d5302_wttw.txt", "outlet": "WTTW News, Chicago Tonight (chicagotonight.wttw.com, Chicago public television)", "date": "2023-12-04",
     "title": "Alds. Lopez and Sigcho-Lopez Debate Attempt to Add Sanctuary City Referendum to March Primary Ballot",
     "url": "http://chicagotonight.wttw.com/2023/12/04/alds-lopez-and-sigcho-lopez-debate-attempt-add-sanctuary-city-referendum-march-primary"},
    {"file": "d5303_thexradio.txt", "outlet": "thexradio.com (Effingham, Illinois, radio news site)", "date": "2024-01-16",
     "title": "County Board Acts on Resolution Regarding Illegal Immigrants",
     "url": "http://www.thexradio.com/news/78-local-news/63612-county-board-acts-on-resolution-regarding-illegal-immigrants"},
    {"file": "d5304_kane-county-reporter.txt", "outlet": "Kane County Reporter (kanecountyreporter.com)", "date": "2025-10-17",
     "title": "Aurora mayor addresses ICE presence and urges peaceful protest",
     "url": "https://kanecountyreporter.com/stories/675764108-aurora-mayor-addresses-ice-presence-and-urges-peaceful-protest"},
    {"file": "d5305_cook-county.txt", "outlet": "Cook County Government (cookcountyil.gov, news release)", "date": "2025",
     "title": "President Preckwinkle Signs Executive Order Banning the Use of Cook County Owned Property and Resources for Civil Immigration Enforcement",
     "url": "https://www.cookcountyil.gov/news/president-preckwinkle-signs-executive-order-banning-use-cook-county-owned-property-and"},
    {"file": "d5306_shaw-local.txt", "outlet": "Shaw Local, The Herald-News (shawlocal.com; stored from the shawmedia-shaw-local-prod.web.arc-cdn.net copy)", "date": "2025-10-17",
     "title": "Will County sets restrictions on federal immigration activity on county-owned property (from the URL slug; no headline in the stored text)",
     "url": "https://shawmedia-shaw-local-prod.web.arc-cdn.net/the-herald-news/2025/10/17/will-county-sets-restrictions-on-federal-immigration-activity-on-county-owned-property"},
    {"file": "d5307_breitbart.txt", "outlet": "Breitbart News (breitbart.com)", "date": "2025-12-09",
     "title": "Illinois Gov. JB Pritzker signs bill preventing ICE arresting illegal aliens at courthouses (from the URL slug; no headline in the stored text)",
     "url": "https://www.breitbart.com/immigration/2025/12/09/illinois-gov-jb-pritzker-signs-bill-preventing-ice-arresting-illegal-aliens-courthouses/"},
    {"file": "d5308_united-headlines.txt", "outlet": "United Headlines (unitedheadlines.com)", "date": "2025",
     "title": "Sanctuary showdown: 1,768 criminal aliens walk (from the URL slug; no headline in the stored text)",
     "url": "https://unitedheadlines.com/sanctuary-showdown-1768-criminal-aliens-walk"},
    {"file": "d5309_straight-arrow-news.txt", "outlet": "Straight Arrow News (san.com, 'Media Miss' section)", "date": "2025-12-09",
     "title": "ICE warns Illinois handling of immigration detainers may affect public safety (from the URL slug; no headline in the stored text)",
     "url": "https://san.com/media-miss/ice-warns-illinois-handling-of-immigration-detainers-may-affect-public-safety/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d53")
