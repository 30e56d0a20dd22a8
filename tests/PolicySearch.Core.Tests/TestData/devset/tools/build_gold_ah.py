#!/usr/bin/env python3
"""Dev set, part AH (files d6000-d6009): hand annotations -> fresh-ah/gold-fresh-ah.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 9 outlets, all dated 2017-2021 by their
own text, URL or date line (a second helper built a part from the other years at the same time), no URL
or title shared with any other part or any SOURCES file, no seed outlet, and no page that carries AP,
Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square copy. All ten are about Illinois:
DeKalb, Rockford, Kankakee, Normal, Springfield (two), Evanston, Southern Illinois and Bloomington (two).
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (models: build_gold_s.py
and build_gold_y.py): canonical names from canonical.py where they apply (Donald Trump, Office of the
Illinois Attorney General), otherwise the fullest form the article gives, titles dropped ("State
Representative Lindsay Parkhurst" -> Lindsay Parkhurst, "Sen. Radogno" -> Christine Radogno, the form
the letter gives two lines earlier, "Mayor Hagerty" -> Hagerty, the only form d6006 gives, "Mayor
Langfelder" -> Langfelder, the only form the d6004 letter gives; the gold does not carry a name across
articles, so d6005's optional author, named in its own URL, is Jim Langfelder). A person speaking for
an organisation is the person only (Carrillo, Latson, Kirchmeier); an organisation speaking as itself is a speaker (the League of
Women Voters "urges", d6001 #0; the IACP's "statement released by the IACP indicated", d6000 #6; the
Democratic Socialists of America "calling on the town", d6008 #6); unnamed members or officials of a
named body map to that body ("the Police Chief" of Normal -> Normal Police Department, d6003 #2;
"members of the Illinois Sheriffs’ Association", d6007 #0); a quote continuing an attribution keeps the
speaker with an empty alias list ("she said" after Carrillo, d6009 #17; the reader comment under its
"Julia McDonald said..." header, d6002 #6-#7). Authors who are not named in the text are not core
speakers of their own lines (the d2503 precedent): the letter and op-ed writers of d6001, d6004, d6005
and d6007, the chief's column in d6000. Where the author is identifiable from the page (the League
named in the letter's first line, Bill Klein's signature line, Mayor Langfelder and Chief Lowery named
in the URL, the DeKalb Police Department's "the department would like to reassure"), the author is an
optional speaker of the first-person lines (the d1902 Irvin and d2509 River Forest precedents).
Filing a bill, voting, submitting a proposal, organising a vigil and transferring inmates are actions;
executive orders, the Attorney General's overview and the ordinance are documents. WMAY (d6005) only
carried the mayor's words: a cited outlet. The reader comment under d6002 is content (a reader's own
argument), its "1 comment :" and "Julia McDonald said..." header lines are boilerplate. They were made
by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_ah.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import AG_OFFICE, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("fresh-ah", "gold-fresh-ah.jsonl")


DEKALB_PD = "DeKalb Police Department"
LOWERY = "Gene Lowery"
IACP = "International Association of Chiefs of Police"
ILACP = "Illinois Association of Chiefs of Police"
LWV = "League of Women Voters"
RADOGNO = "Christine Radogno"
PARKHURST = "Lindsay Parkhurst"
MCDONALD = "Julia McDonald"
NORMAL_PD = "Normal Police Department"
ULMER = "Ron Ulmer"
LATSON = "Donte Latson"
LANGFELDER = "Jim Langfelder"
LANGFELDER_D6004 = "Langfelder"
KLEIN = "Bill Klein"
RENTERIA = "Camila Renteria"
HAGERTY = "Hagerty"
EVANSTON = "City of Evanston"
MARTIN = "Amy Martin"
KIRCHMEIER = "Julie Payne Kirchmeier"
ISA = "Illinois Sheriffs' Association"
DSA = "Democratic Socialists of America"
MAKHNO = "Nestor Makhno"
LONG = "Cecelia Long"
CARRILLO = "Jenn Carrillo"
WARD = "Mollie Ward"

DEPT_VOICE = ("the column is the DeKalb Police Department's own statement ('our approach', 'the department "
              "would like to reassure'); the line is the statement's voice, not attributed speech")
LOWERY_AUTHOR = ("the column's author, the DeKalb police chief, is named only in the URL (gene-lowery); "
                 "'I, as the chief of police for the city of DeKalb' is his first-person voice")
CHIEFS_SOUGHT = "'have sought to clarify the role' reports an effort by the associations, not their words"
LWV_VOICE = ("the letter's voice is the League's (named in its first line: 'The League of Women Voters "
             "urges'); later lines are the letter's own text, not attributed speech")
PARKHURST_RELEASE = ("the page is her own office's release on her site; the line reports her filing a bill "
                     "(an action) in the release's voice, not attributed words")
KLEIN_AUTHOR = "the letter's writer, named only in the signature line ('Bill Klein') below the letter"
LANGFELDER_AUTHOR = ("the op-ed's author, the Springfield mayor, is named only in the URL (mayor-jim-langfelder); "
                     "the line is his first-person voice ('my response', 'I stated')")
EVANSTON_VIA = "the city speaks through the mayor's statement ('the City of Evanston ... saying in a statement by Mayor Hagerty')"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d6000_shaw-local"] = [
    C("supports", "Statement voice: the department reassures residents its approach will not change and 'we will not be undertaking any form of primary immigration enforcement activity' (a commitment not to do immigration enforcement).",
      opt=[O(DEKALB_PD, DEPT_VOICE, "the department")]),
    C("neutral", "Background: Trump signed an executive order in January that 'generated numerous community concerns' (the order is a document, signing an action)."),
    C("neutral", "'These concerns have been raised in our community and across the nation' (background)."),
    C("neutral", "The Illinois and International chiefs' associations 'have sought to clarify the role of local police agencies' (an effort reported, no view stated).",
      opt=[O(ILACP, CHIEFS_SOUGHT, "Illinois Association of Chiefs of Police"), O(IACP, CHIEFS_SOUGHT, "International Association of Chiefs of Police")]),
    C("supports", "The IACP and the chief ('The IACP and I ... believe') that to reduce fear and keep 'an open and honest relationship with our community' local police must understand their limited role (the trust argument; alternative: neutral, only says the role must be understood).",
      sp=[S(IACP, "IACP")], opt=[O(LOWERY, LOWERY_AUTHOR)], amb=True),
    C("neutral", "Reports that federal authorities may use local police to remove undocumented immigrants 'has generated significant concerns' (background; alternative: supports, the concern about local involvement framed sympathetically).",
      amb=True),
    C("neutral", "The IACP statement ('indicated that'): the order 'only directs' the DHS Secretary to use 287(g) for 'voluntary agreements' (what the order does; alternative: supports, stressing that local participation is only voluntary).",
      sp=[S(IACP, "IACP")], amb=True),
]

ANN["d6001_rockford-register-star"] = [
    C("supports", "The League ('urges Gov. Bruce Rauner to sign the TRUST Act'); the Act is 'in keeping with LWV’s position opposing the deputization of state and local police'.",
      sp=[S(LWV, "The League of Women Voters", "LWV")]),
    C("supports", "Letter voice: the Act's clear line between criminal and civil immigration enforcement 'will foster trust between police and our immigrant community members'.",
      opt=[O(LWV, LWV_VOICE)]),
    C("supports", "Letter voice: local police will not be confused for ICE; victims afraid of ICE 'will be more likely to cooperate with local police'.",
      opt=[O(LWV, LWV_VOICE)]),
    C("neutral", "The Act's bipartisan support: Wallace 'championed the bill', Stadelman and Radogno 'supported the bill' (votes and sponsorship are actions; alternative: supports, offered as an argument for signing).",
      opt=[O(LWV, LWV_VOICE)], amb=True),
    C("supports", "Radogno ('Sen. Radogno stated'): the measure 'will help foster cooperation between certain communities and law enforcement' and keep the state safer; letter: 'When individuals trust the police, we are all safer.'",
      sp=[S(RADOGNO, "Radogno")], opt=[O(LWV, LWV_VOICE)]),
    C("supports", "Letter voice: the Act lets police use 'limited resources to fight crime, not civil immigration offenses', not enforce 'federal policies that destabilize immigrant families' (resources argument).",
      opt=[O(LWV, LWV_VOICE)]),
]

ANN["d6002_rep-lindsay-parkhurst"] = [
    T("headline", "Release headline ('Rep. Parkhurst Files Legislation to Address Local TRUST Act Concerns')."),
    C("opposes", "Release voice: Parkhurst filed HB 4136 'to clarify' the TRUST Act so that jails such as Jerome Combs can 'continue to contract with the federal government' to detain federal inmates (a bill narrowing the Act's limits; alternative: neutral, filing a bill is an action and the line says 'clarify').",
      opt=[O(PARKHURST, PARKHURST_RELEASE, "Lindsay Parkhurst")], amb=True),
    C("opposes", "Parkhurst ('said Parkhurst'): law enforcement worried about contracting 'to detain inmates'; the bill lets agencies 'do their job to keep us safe' and brings revenue (argues for keeping jail contracts with federal authorities; alternative: neutral, the line never names ICE or immigration).",
      sp=[S(PARKHURST, "Parkhurst")], amb=True),
    C("neutral", "HB 4136 was introduced October 26 and awaits committee assignment (procedure)."),
    B("comment_count", "Comment-section label ('1 comment :')."),
    B("comment_header", "Comment author line ('Julia McDonald said...')."),
    C("supports", "Reader comment (Julia McDonald, named in the header line): asks which parts 'help build Trust' with undocumented families and says the Act's intent was 'to reassure those vulnerable people' ('we won't detain you unless you are a criminal') (defends the trust purpose; alternative: neutral, mostly questions).",
      sp=[S(MCDONALD)], amb=True),
    C("neutral", "The comment's closing question, 'Is this still part of the Act?' (a question, no view).",
      sp=[S(MCDONALD)]),
]

ANN["d6003_bloomington-normal-news"] = [
    B("byline", "Byline ('By:  Diane Benjamin')."),
    C("opposes", "Author: Normal passed the 'Welcoming Ordinance' 'that does nothing'; supporters 'got the Town to kneel before them'; 'The radical pep rally' (dismisses the ordinance and its backers; Preston's and Fritzen's votes are actions)."),
    C("opposes", "The police chief ('The first person to point out nothing changes was the Police Chief'): the ordinance only writes down current practice and he 'can still contact ICE'; the author uses it to call the ordinance empty (alternative: neutral, the chief's account of what the ordinance changes).",
      sp=[S(NORMAL_PD, "the Police Chief")], amb=True),
    C("opposes", "Ron Ulmer ('Ron asked') whether the council is asked 'to solve a problem that doesn’t exist' (a landlord's case against the need for the ordinance).",
      sp=[S(ULMER, "Ron Ulmer", "Ron")]),
    C("supports", "Latson ('made it clear') the ordinance 'is just the beginning' and 'was happy' Normal acted in two months; the author's closing jab 'willing to accept getting nothing' (reported view dominates; alternative: opposes, the author's sarcastic final point).",
      sp=[S(LATSON, "Donte Latson")], amb=True),
    C("neutral", "Citizens 'who spoke against the ordinance' were outnumbered by those for it; the author picks speakers to show (a count of speakers, no view).",
      un=["citizens who spoke against the ordinance", "the people who were for it"]),
]

ANN["d6004_state-journal-register"] = [
    T("headline", "Letter headline ('No, mayor')."),
    B("byline", "Generic byline label ('Staff Writer')."),
    B("site_name", "Newspaper name ('State Journal-Register')."),
    B("comments_link", "Comments link ('View Comments')."),
    C("opposes", "Letter writer: 'I strongly disagree' with Langfelder's 'recent statements saying Springfield police will not work with ICE' (the mayor's position reported; the writer's objection dominates).",
      sp=[S(LANGFELDER_D6004, "Langfelder")], opt=[O(KLEIN, KLEIN_AUTHOR)]),
    C("opposes", "Letter writer: in Albuquerque 'non-citizen criminality is a major problem going unaddressed'; Springfield has 'enough problems locally' (crime warning against the mayor's stand).",
      opt=[O(KLEIN, KLEIN_AUTHOR)]),
    C("opposes", "Letter writer: 'Don’t like the law, then change it, but don’t play God'; then concedes the country needs more immigrants (the first half argues for following federal law; alternative: neutral, half the line favours immigration in general).",
      opt=[O(KLEIN, KLEIN_AUTHOR)], amb=True),
    C("neutral", "Letter writer: if the mayor wants 'something substantive', build a sidewalk on Chatham Road (off topic; alternative: opposes, dismisses the mayor's stand as unsubstantive).",
      opt=[O(KLEIN, KLEIN_AUTHOR)], amb=True),
    B("signature", "The letter writer's signature line ('Bill Klein')."),
    B("comments_link", "Comments link repeated ('View Comments').", dup=3),
]

ANN["d6005_state-journal-register"] = [
    C("supports", "Author (the mayor): asked on WMAY, 'I stated that the Springfield Police Department would not participate in ICE sweeps'; the police's 'primary obligation is to protect and serve the Springfield public'.",
      opt=[O(LANGFELDER, LANGFELDER_AUTHOR)], out=["WMAY"]),
    C("neutral", "Author: his answer drew coverage, letters and blogs on 'this polarizing issue'; 'I would like to provide additional information' (no view).",
      opt=[O(LANGFELDER, LANGFELDER_AUTHOR)]),
    C("neutral", "Author quotes Illinois law barring stops or detention 'strictly based on' immigration status, enacted under Rauner and 'outlined in the Illinois Attorney General’s overview' (what the law provides; the overview is a document; alternative: supports, cited to justify his answer).",
      opt=[O(LANGFELDER, LANGFELDER_AUTHOR)], amb=True),
    C("supports", "Author: immigration 'is the responsibility of the federal immigration authorities and not local police', like the IRS; the Attorney General's Office ('As stated by') on the narrow grounds for local arrest.",
      sp=[S(AG_OFFICE, "Illinois Attorney General’s Office")], opt=[O(LANGFELDER, LANGFELDER_AUTHOR)]),
    C("supports", "Author: anyone suspected of a crime, 'no matter their citizenship', will be dealt with by the police (answers the charge that the policy shields criminals; alternative: neutral, a statement of routine policing).",
      opt=[O(LANGFELDER, LANGFELDER_AUTHOR)], amb=True),
]

ANN["d6006_the-evanstonian"] = [
    T("headline", "Headline ('National wave of ICE raids sparks community response')."),
    B("byline", "Byline ('Sophia Weglarz')."),
    C("neutral", "The raids began after Trump 'tweeted his threat to remove “millions of illegal aliens' (about federal raids, not local cooperation).",
      sp=[S(TRUMP, "Trump")]),
    C("neutral", "The Mississippi workplace raid (background on federal raids)."),
    C("neutral", "Raids have not reached Chicago or its suburbs, but the threat 'looms over the community of Evanston' (background)."),
    C("neutral", "Renteria ('junior Camila Renteria said'): 'There’s a lot of fear'; the fear of being found out as undocumented (about raids and fear, not local cooperation; alternative: supports, the fear that protections answer).",
      sp=[S(RENTERIA, "Camila Renteria")], amb=True),
    C("supports", "The City of Evanston 'has taken a stance against the raids'; Hagerty's statement that the police 'will not provide any assistance to ICE in any enforcement actions' (a promise not to cooperate).",
      sp=[S(HAGERTY, "Hagerty")], opt=[O(EVANSTON, EVANSTON_VIA, "City of Evanston")]),
    C("neutral", "Martin ('Amy Martin said'): Chicago's and Evanston's Welcoming City Ordinances mean officials 'will not ask about immigration status' and 'put a limit on police cooperation with ICE' (what the ordinances do).",
      sp=[S(MARTIN, "Amy Martin")]),
    C("supports", "Kirchmeier 'released a statement' that Northwestern will not release students' immigration status without consent 'except as required by law'; 'Evanston’s position of support' (an institution promising not to share status; alternative: neutral, a university privacy policy, not police cooperation).",
      sp=[S(KIRCHMEIER, "Julie Payne Kirchmeier")], amb=True),
]

ANN["d6007_rep-dave-severin"] = [
    C("opposes", "Republican legislators and sheriffs' association members held a press conference 'to denounce Governor Pritzker’s decision to end cooperation and communication' with ICE; the shift releases 'violent offenders back into our communities'.",
      sp=[S(ISA, "Illinois Sheriffs’ Association")], un=["House and Senate Republicans"]),
    C("neutral", "Throughout 2019 sheriffs worked with the Department of Corrections to transfer 'these criminals into the custody of ICE' (past practice described; alternative: opposes, presented approvingly in the op-ed's case).",
      amb=True),
    C("opposes", "Op-ed voice: 'With zero notice or explanation', Pritzker's administration 'has ended the policy of cooperating with ICE' (criticises the end of cooperation; alternative: neutral, the complaint is about notice).",
      amb=True),
    C("opposes", "Op-ed voice: 'the criminals that are being released are not all small-time purse snatchers'; 2019 transfers included sex offenders against minors and murderers (danger warning)."),
    C("opposes", "Op-ed voice: Southern Illinois prisons house convicts 'that also happen to have a deportation order waiting for them' (Shawnee, Big Muddy and others) (the local stake in the warning; alternative: neutral, a list of facilities).",
      amb=True),
]

ANN["d6008_wznd"] = [
    B("site_name", "Station name ('103.3 WZND Fuzed Radio')."),
    B("player_widget", "Player widget label ('Current track')."),
    B("player_widget", "Player widget label ('Current show')."),
    B("player_widget", "Player widget schedule ('7:00 pm 10:00 pm')."),
    T("headline", "Headline ('Bloomington ICE Vigil Calling for “Welcoming Cities Ordinance”')."),
    B("timestamp_label", "Byline and date line with an empty author ('Written by on October 7, 2020')."),
    C("supports", "The Democratic Socialists of America organised a vigil 'calling on the town to enact' the ordinance (an actor calling for limits on police cooperation; alternative: neutral, an event report).",
      sp=[S(DSA, "Democratic Socialists of America in Bloomington")], amb=True),
    C("neutral", "History: two years ago both towns had the ordinance before them; only Normal approved it (votes)."),
    C("neutral", "What the ordinance would do: welcome all immigrants; the police 'would not cooperate with ICE' (description)."),
    C("neutral", "Citizens, students and professors 'spoke of their experiences with ICE' (experiences of federal enforcement; alternative: supports, testimony at a vigil for the ordinance).",
      un=["Concerned citizens from local schools, students and professors, as well as a professor from Chicago"], amb=True),
    C("neutral", "A shared phrase: 'This system is outrageous, they keep our kids in cages' (about ICE detention, not local cooperation; alternative: supports).",
      amb=True),
    C("neutral", "Makhno ('Vigil Organizer Nestor Makhno said') says the issues 'go much deeper' (no view on local cooperation).",
      sp=[S(MAKHNO, "Nestor Makhno")]),
    C("neutral", "Makhno ('said Makhno'): the treatment of indigenous peoples; 'a continuation of genocide' (about the immigration system in general; alternative: supports).",
      sp=[S(MAKHNO, "Makhno")], amb=True),
    C("neutral", "Cecelia Long, a Heartland Community College professor, came to support her students (attendance, no words)."),
    C("neutral", "Long ('said Long'): a student's father 'was taken away during the pandemic'; 'It’s not right' (about an ICE arrest, not local cooperation; alternative: supports).",
      sp=[S(LONG, "Long")], amb=True),
    C("neutral", "Attendees chalked messages; 'Many people wrote, “Keep families together.”' (a slogan, nothing on local cooperation; alternative: supports, the coalition's name for the ordinance campaign).",
      un=["Many people"], amb=True),
    C("neutral", "The group walked to Museum Square chanting 'Abolish Ice' (against ICE itself, not about local cooperation; alternative: supports).",
      un=["the group"], amb=True),
]

ANN["d6009_wglt"] = [
    B("copyright", "Copyright line ('© 2024 WGLT')."),
    B("site_tagline", "Station tagline ('A public service of Illinois State University')."),
    B("player_widget", "Player widget label ('Play Live Radio')."),
    B("player_widget", "Player widget label ('Next Up:')."),
    B("player_widget", "Player widget timer ('0:00 0:00')."),
    B("player_widget", "Player widget label ('Available On Air Stations')."),
    B("series_label", "Series label ('GLT stories about immigrants living in Bloomington-Normal.')."),
    T("headline", "Headline ('Bloomington Headed For Welcoming Cities Vote - Again')."),
    B("photo_credit", "Image credit ('Breanna Grow'), the WGLT pattern of credit then caption under the lead image (could be a byline)."),
    B("photo_caption", "Image caption ('A proposed Welcoming Cities ordinance narrowly advanced during a virtual ... meeting Tuesday night.') (could be read as a dek)."),
    C("neutral", "The council will again consider a Welcoming Cities ordinance, three years after members 'halted a vote' (status report)."),
    C("neutral", "Council members voted 5-4 to have staff draft an ordinance (a vote)."),
    C("neutral", "Carrillo submitted the proposal with Crabill (an action)."),
    C("neutral", "Carrillo's background as an organiser of the Keep Families Together Coalition (background)."),
    C("neutral", "'Normal passed its ordinance in May 2018.' (fact)"),
    C("supports", "Carrillo ('Carrillo said'): the goal is to 'protect our undocumented residents by establishing a very clear separation between ICE ... and local law enforcement'.",
      sp=[S(CARRILLO, "Carrillo")]),
    C("supports", "Carrillo ('She urged') her colleagues to 'finally give a public vote' in a transparent process (about procedure, pressed by the sponsor; alternative: neutral).",
      sp=[S(CARRILLO)], amb=True),
    C("supports", "Carrillo ('she said'): 'let’s not settle for the least common denominator' (against watering the ordinance down; alternative: neutral, about process).",
      sp=[S(CARRILLO)], amb=True),
    C("supports", "Ward ('Council member Mollie Ward said') looks forward to the council 'finally taking action, because no one in our community is safe until we're all safe'.",
      sp=[S(WARD, "Mollie Ward")]),
    C("neutral", "Emig and Mathy also voted to bring the proposal to a vote (votes)."),
    T("subhead", "Subhead ('Welcoming Cities opposition'); its paragraph is cut from the excerpt."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d6000_shaw-local.txt", "outlet": "Shaw Local (shawlocal.com; a column by DeKalb Police Chief Gene Lowery, named only in the URL)", "date": "2017-03-28",
     "title": "DeKalb Police Chief Gene Lowery: Community concerns regarding immigration (from the URL slug; no headline in the stored text)",
     "url": "https://shawlocal.com/2017/03/28/dekalb-police-chief-gene-lowery-community-concerns-regarding-immigration/afuwjk8"},
    {"file": "d6001_rockford-register-star.txt", "outlet": "Rockford Register Star (rrstar.com; letter from the League of Women Voters)", "date": "2017-06-10",
     "title": "League of Women Voters urge governor to sign TRUST Act (from the URL slug; no headline in the stored text)",
     "url": "https://www.rrstar.com/opinion/20170610/league-of-women-voters-urge-governor-to-sign-trust-act"},
    {"file": "d6002_rep-lindsay-parkhurst.txt", "outlet": "Rep. Lindsay Parkhurst (repparkhurst.com; a state representative's release, with a reader comment)", "date": "2017-10",
     "title": "Rep. Parkhurst Files Legislation to Address Local TRUST Act Concerns",
     "url": "http://www.repparkhurst.com/2017/10/rep-parkhurst-files-legislation-to.html"},
    {"file": "d6003_bloomington-normal-news.txt", "outlet": "Bloomington Normal News (blnnews.com, Diane Benjamin's blog)", "date": "2018-05-08",
     "title": "Participation Trophy (from the URL slug; no headline in the stored text)",
     "url": "https://blnnews.com/2018/05/08/participation-trophy/"},
    {"file": "d6004_state-journal-register.txt", "outlet": "The State Journal-Register (sj-r.com; letter to the editor)", "date": "2019-07-20",
     "title": "No, mayor",
     "url": "https://www.sj-r.com/story/opinion/letters/2019/07/20/no-mayor/4647129007/"},
    {"file": "d6005_state-journal-register.txt", "outlet": "The State Journal-Register (sj-r.com; op-ed by Springfield Mayor Jim Langfelder, named only in the URL)", "date": "2019-07-28",
     "title": "Mayor Jim Langfelder: Immigration issues are federal government's responsibility (from the URL slug; no headline in the stored text)",
     "url": "https://www.sj-r.com/news/20190728/mayor-jim-langfelder-immigration-issues-are-federal-governments-responsibility"},
    {"file": "d6006_the-evanstonian.txt", "outlet": "The Evanstonian (evanstonian.net, Evanston Township High School student newspaper)", "date": "2019-08-21",
     "title": "National wave of ICE raids sparks community response",
     "url": "https://www.evanstonian.net/news/2019/08/21/national-wave-of-ice-raids-sparks-community-response/"},
    {"file": "d6007_rep-dave-severin.txt", "outlet": "repseverin.com (site of State Rep. Dave Severin; op-ed of Southern Illinois Republican legislators)", "date": "2020-03-01",
     "title": "Op-ed: Southern Illinois Republican legislators say Gov. Pritzker's inmate release policy endangers public safety (from the URL slug; no headline in the stored text)",
     "url": "https://repseverin.com/2020/03/01/op-ed-southern-illinois-republican-legislators-say-gov-pritzkers-inmate-release-policy-endangers-public-safety"},
    {"file": "d6008_wznd.txt", "outlet": "WZND (wznd.com, 103.3 WZND, Illinois State University student radio)", "date": "2020-10-07",
     "title": "Bloomington ICE Vigil Calling for “Welcoming Cities Ordinance”",
     "url": "https://wznd.com/bloomington-ice-vigil-calling-for-welcoming-cities-ordinance"},
    {"file": "d6009_wglt.txt", "outlet": "WGLT (wglt.org, Illinois State University public radio)", "date": "2021-01-19",
     "title": "Bloomington Headed For Welcoming Cities Vote - Again",
     "url": "https://www.wglt.org/news/2021-01-19/bloomington-headed-for-welcoming-cities-vote-again"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d60")
