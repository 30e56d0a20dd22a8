#!/usr/bin/env python3
"""Dev set, part ZL (files d3800-d3807): hand annotations -> fresh-zl/gold-fresh-zl.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 8 articles from 8 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. All eight are about Illinois (d3804 is a national bill seen from a Chicago congressman's
office). The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions)
and STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-ZK (models: build_gold_s.py
and build_gold_y.py): canonical names from canonical.py where they apply (none of its people or
bodies speaks here), otherwise the fullest form the article gives, titles dropped ("State Senator
Andrew Chesney" -> Andrew Chesney, "Sheriff Steven Stovall" -> Steven Stovall, "U.S. Representative
Mike Quigley" -> Mike Quigley, "Congressman Jesús “Chuy” García" -> Jesús García). "Representative
Tony Maccombie" (d3800 #6) is the page's misspelling of Tony McCombie, the name earlier parts use
(d1309): the name is McCombie, the alias the page's "Tony Maccombie" (the d2510 "Pritzer" precedent).
An organisation speaking as itself is a speaker ("According to the Stephenson County Sheriff’s
Office", d3800 #1). A quote continuing an attribution keeps the speaker with an empty alias list
(García's three quoted paragraphs, d3803 #2-#4). Release text without attribution carries the
releasing body as an optional speaker (the d1309/d1312 convention): Congressman Quigley's release
paragraph (d3804 #5), Congressman García's background paragraph (d3803 #5), Chicago Sinai
Congregation's letter from its rabbis (d3802, unsigned in the text; "Sinai" is named once, #5) and
Ibrahim Law Global's page (d3806 #1, the only line that names the firm). The Change.org petition
(d3801) is written by "the students, staff, faculty, and community" of SIUC, an unnamed collective:
its first-person lines have no speaker. "The ECC student" (d3805 #7) is Malachy Stanger, named in
the line before; the bare lead-in "he continued" (#8) carries him as optional only. Introducing or
proposing a bill and passing an ordinance are actions. "Sheriff Steven Stovall noted toxicology
reports are pending" is speech (a statement of fact). They were made by reading the article text
only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zl.py
"""
from goldlib import B, C, O, S, T, build, part_files

ARTICLES, MANIFEST, GOLD = part_files("fresh-zl", "gold-fresh-zl.jsonl")


CHESNEY = "Andrew Chesney"
STOVALL = "Steven Stovall"
MCCOMBIE = "Tony McCombie"
STEPHENSON_SO = "Stephenson County Sheriff's Office"
GARCIA = "Jesús García"
QUIGLEY = "Mike Quigley"
STANGER = "Malachy Stanger"
SINAI = "Chicago Sinai Congregation"
IBRAHIM = "Ibrahim Law Global"

RELEASE_VOICE = ("the paragraph is the release's own text (the congressman's office writing about him in the "
                 "third person), not attributed speech")
LETTER_VOICE = ("the letter is the congregation's own text ('a letter from our rabbis' per the URL; 'our Jewish "
                "heritage', 'Sinai successfully teamed up'); the publisher's voice, not attributed speech")
FIRM_VOICE = ("the page is the law firm's own text ('our experienced immigration attorneys'); the publisher's "
              "voice, not attributed speech")
LEAD_IN_HE = "a bare lead-in ('he continued') to Stanger's next quote; it carries no words of his"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d3800_breakout-news"] = [
    C("opposes", "Lead: 'Illinois’ sanctuary policies are facing sharp criticism from Republican lawmakers' after a fatal crash involving an undocumented immigrant with DUI arrests (announces the criticism that follows; alternative: neutral, a crash reported).",
      un=["Republican lawmakers"], amb=True),
    C("neutral", "The Sheriff's Office's account ('According to the Stephenson County Sheriff’s Office') of the crash: time, route, both drivers dead (facts).",
      sp=[S(STEPHENSON_SO, "Stephenson County Sheriff’s Office")]),
    C("opposes", "Chesney 'highlighted' that Ico-Choc was known to DHS and had an ICE detainer (the unhonoured detainer as the point against the law); Stovall noted toxicology reports are pending (alternative: neutral, facts about the driver).",
      sp=[S(CHESNEY, "Andrew Chesney"), S(STOVALL, "Steven Stovall")], amb=True),
    C("opposes", "Chesney ('Chesney argued'): 'This wouldn’t have happened in Indiana or Iowa'; he criticised the TRUST Act and Pritzker's sanctuary policies as 'a revolving door for dangerous criminals'.",
      sp=[S(CHESNEY, "Chesney")]),
    C("neutral", "Background: the TRUST Act restricts cooperation with federal immigration authorities; amended by the Way Forward Act (what the law provides)."),
    C("neutral", "Chesney has introduced SB 1313 to repeal the 2017 law and require reporting and deportation of felons (a bill filed, an action; alternative: opposes, a rollback proposed).",
      amb=True),
    C("opposes", "McCombie (the page's 'Tony Maccombie') 'called the crash “a policy failure that may have been preventable,”' lamenting 'soft on crime' laws.",
      sp=[S(MCCOMBIE, "Tony Maccombie")]),
]

ANN["d3801_change-org"] = [
    T("headline", "Petition title ('Protect undocumented students at SIUC')."),
    B("widget", "Signature counter ('0 have signed. Let’s get to 2,500!')."),
    B("salutation", "The petition's salutation ('Dear SIUC Administration,'), no content."),
    C("supports", "Petitioners' voice: the campus 'should serve as a safe community for all students regardless of immigration status' (the sanctuary-campus premise; alternative: neutral, a general statement of inclusion).",
      amb=True),
    C("neutral", "Petitioners ask the university to commit to protecting its students, 'especially' DACA recipients (about DACA, not police cooperation; alternative: supports, part of a sanctuary-campus petition).",
      amb=True),
    C("neutral", "DACA 'is being terminated', leaving students exposed to deportation and loss of jobs and licences; an attack on their safety is an attack on the SIU community (about the DACA repeal, not local cooperation)."),
    C("neutral", "DACA students should not fear losing their education; 'Let’s show them ... they will always be welcome here' (welcome, not enforcement; alternative: supports).",
      amb=True),
    C("neutral", "Petitioners call on SIUC to declare it 'will always be open to students who are DACA recipients' (admission, not enforcement)."),
    C("supports", "Lead-in to the list of demands: steps to ensure 'the safety of our fellow students of all immigration statuses' and a public statement (announces the demand not to assist immigration enforcement; alternative: neutral).",
      amb=True),
    C("supports", "Demand 1: make SIUC 'a safe campus' by 'refusing to assist in the enforcement of immigration laws except as required by law (according to the TRUST Act)'."),
    C("supports", "Demand 2: protect student records under FERPA 'by the following means' (shielding records from immigration authorities; alternative: neutral, privacy compliance).",
      amb=True),
]

ANN["d3802_chicago-sinai-congregation"] = [
    C("neutral", "Letter voice: Independence Day; 'our Jewish heritage' compels work 'for the liberation of all' (no view on local cooperation).",
      opt=[O(SINAI, LETTER_VOICE)]),
    C("neutral", "Letter voice: 'horrifying news' from federal border detention centres and family separations, 'troubling to all Americans' (federal detention, not local cooperation; alternative: supports).",
      opt=[O(SINAI, LETTER_VOICE)], amb=True),
    C("neutral", "Letter voice: the question 'what can I do to make a difference?'",
      opt=[O(SINAI, LETTER_VOICE)]),
    C("neutral", "Letter voice: 'The answer is: plenty.'",
      opt=[O(SINAI, LETTER_VOICE)]),
    C("neutral", "Letter voice: work with RefugeeOne to settle refugee families; contact Rabbi Zinn (refugee resettlement, not enforcement).",
      opt=[O(SINAI, LETTER_VOICE)]),
    C("supports", "Letter voice: Sinai 'successfully teamed up' with other congregations and the Campaign for a Welcoming Illinois to pass KIFTA, a law 'that makes it harder for families seeking refuge in Illinois to become detained by ICE'.",
      opt=[O(SINAI, LETTER_VOICE, "Sinai")]),
]

ANN["d3803_congressman-garcia"] = [
    T("headline", "Release headline ('Congressman García Applauds Chicago City Council Vote on Welcoming City Ordinance')."),
    C("supports", "Lead-in: García ('Congressman Jesús “Chuy” García (IL-04) issued the following statement') after the council 'stalled efforts to dismantle the Welcoming City Ordinance' (announces his applause).",
      sp=[S(GARCIA, "Jesús “Chuy” García")]),
    C("supports", "García's statement: 'Chicago lived its values'; the vote made clear Chicago is welcoming 'regardless of citizenship'; 'I am proud to live in a sanctuary city.'",
      sp=[S(GARCIA)]),
    C("supports", "García's statement continues: attempts to 'blame newly arrived migrants' are dangerous; 'I strongly condemn these political stunts' (against the rollback).",
      sp=[S(GARCIA)]),
    C("neutral", "García's statement continues: he will fight for federal resources; 'The only way forward is in solidarity' (resources and unity, not police cooperation; alternative: supports, the close of his applause).",
      sp=[S(GARCIA)], amb=True),
    C("neutral", "Release background: Washington's 1985 order; García's 2011 county ordinance that ended Cook County's cooperation with ICE, 'the first of its kind', followed by 250 localities (history; alternative: supports, the release crediting him).",
      opt=[O(GARCIA, RELEASE_VOICE, "García")], amb=True),
    B("end_mark", "Release end mark ('###')."),
]

ANN["d3804_congressman-quigley"] = [
    B("navigation", "Site navigation text ('Skip to main content')."),
    T("headline", "Release headline ('Quigley Statement on Republican Bill Targeting Sanctuary Cities')."),
    B("dateline", "Release date ('June 29, 2017')."),
    C("supports", "Lead-in: Quigley ('U.S. Representative Mike Quigley ... released the following statement'), who 'introduced recent legislation protecting Sanctuary Cities from the Trump Administration's anti-immigration threats'.",
      sp=[S(QUIGLEY, "Mike Quigley")]),
    C("supports", "Quigley ('said Rep. Quigley'): 'Sanctuary Cities exemplify many of our founding ideals'; the bill would 'foster mistrust at the local level'.",
      sp=[S(QUIGLEY, "Quigley")]),
    C("supports", "Release text: his Safeguarding Sanctuary Cities Act protects funds of places limiting detainer compliance; his bill against 287(g), which 'drives a wedge between police and the communities they serve'.",
      opt=[O(QUIGLEY, RELEASE_VOICE, "Quigley")]),
]

ANN["d3805_elgin-observer"] = [
    C("neutral", "DACA recipients may become eligible as firefighters and 'ICE free zones' may be established (what the council is considering)."),
    C("neutral", "The council met on Oct. 22 with about 150 residents present (an event)."),
    C("neutral", "Ortiz and Good proposed Article C on DACA firefighters (a proposal and a vote; not about enforcement)."),
    C("neutral", "Powell and Steffen presented Article H, an ordinance regulating City-owned property for civil immigration enforcement (a proposal, described)."),
    C("neutral", "ICE agents' presence has increased in Elgin and nearby (a fact)."),
    C("neutral", "ICE detained an ECC student in a college parking lot on Sept. 18; students 'still felt uneasy' (an event)."),
    C("neutral", "Stanger ('said Malachy Stanger'): what ICE is doing is 'disheartening and traumatizing'; he watched his friend arrested (about an ICE arrest, not local cooperation; alternative: supports, testimony for the ICE-free-zone ordinance).",
      sp=[S(STANGER, "Malachy Stanger")], amb=True),
    C("neutral", "Stanger ('The ECC student went on to say'): the arrest left him 'shocked and disgusted' (personal reaction).",
      sp=[S(STANGER, "The ECC student")]),
    C("neutral", "'Visibly shaking and emotional, he continued.' (lead-in to his next quote, which is neutral).",
      opt=[O(STANGER, LEAD_IN_HE)]),
    C("neutral", "Stanger ('Stanger said'): proud of a diverse community; friends from Spanish-speaking communities are hard-working (immigrants in general).",
      sp=[S(STANGER, "Stanger")]),
    C("supports", "Stanger ('Stanger said'): he does not want neighbours 'living in fear of a tyrannical government'; the measure is 'a meaningful step that will help many' (backs the ICE-free-zone ordinance; alternative: neutral, the step is not named in the line).",
      sp=[S(STANGER, "Stanger")], amb=True),
]

ANN["d3806_ibrahim-law-global"] = [
    C("neutral", "Firm's page: immigrants in Illinois worry; enforcement has varied (background)."),
    C("neutral", "Firm's page: the current administration signals changes; 'At Ibrahim Law Global ... our experienced immigration attorneys can answer your questions' (an advertisement).",
      opt=[O(IBRAHIM, FIRM_VOICE, "Ibrahim Law Global")]),
    T("subhead", "Subhead ('Illinois Trust Act and Voices Act')."),
    C("neutral", "Illinois has laws 'to protect immigrants': the Trust Act bars local police from ICE activities such as raids; the Voices Act protects crime victims (what the laws provide)."),
    C("neutral", "Federal law says state laws cannot interfere with ICE; no prosecutions of non-complying officials yet; 'legally unresolved' (legal background, both sides)."),
    T("subhead", "Subhead ('The Threat of Raids')."),
    C("neutral", "ICE agents assigned to areas with many migrants; raids aim to detain undocumented migrants (description)."),
    C("neutral", "Raids are unannounced and need no local police; 'the situation is fluid' (description)."),
]

ANN["d3807_illinois-legal-aid-online"] = [
    B("section_label", "Section label ('Immigrants & Immigration')."),
    B("banner", "Site banner ('Worried about doing this on your own?  You may be able to get free legal help.')."),
    T("headline", "Headline ('Preparing for the threat of mass deportation and ICE encounters')."),
    C("neutral", "Illinois 'is a sanctuary state' with laws like the TRUST Act, which stops local police from helping federal agents; the federal government can still enforce anywhere (what the law does and does not do)."),
    C("neutral", "Everyone has rights regardless of status; know your protections and have a plan (know-your-rights advice, not the policy)."),
    T("subhead", "Subhead ('Resources from the National Immigrant Justice Center')."),
    C("neutral", "NIJC's guides for mass deportations and ICE encounters (resources, described)."),
    B("link", "Link line ('Immigrant Justice - The Resurrection Project')."),
    T("subhead", "Subhead ('Help for noncitizens facing deportation in Cook County')."),
    C("neutral", "The Cook County Public Defender's Immigration Division helps noncitizens with deportation cases (a service)."),
    C("neutral", "Bullet: free help for non-detained people with a prior Public Defender case (eligibility)."),
    C("neutral", "Bullet: free help for people in ICE custody with Cook County ties (eligibility)."),
    C("neutral", "How to get help: email or phone hours (contact details)."),
    C("neutral", "Knowing your rights and resources makes a difference (advice)."),
    B("review_label", "Review label ('Last full review by a subject matter expert')."),
    B("dateline", "Review date ('January 22, 2025')."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d3800_breakout-news.txt", "outlet": "Breakout News (breakoutnews.pro)", "date": "2025-08-12",
     "title": "Republicans criticize Illinois immigration policies following deadly crash (from the URL slug; no headline in the stored text)",
     "url": "https://breakoutnews.pro/2025/08/12/republicans-criticize-illinois-immigration-policies-following-deadly-crash/"},
    {"file": "d3801_change-org.txt", "outlet": "Change.org (petition to Southern Illinois University Carbondale)", "date": "2017",
     "title": "Protect undocumented students at SIUC",
     "url": "https://www.change.org/p/chancellor-carlo-montemagno-protect-undocumented-students-at-siuc"},
    {"file": "d3802_chicago-sinai-congregation.txt", "outlet": "Chicago Sinai Congregation (chicagosinai.org; a letter from its rabbis)", "date": "2019-07",
     "title": "Ensuring freedom for all: a letter from our rabbis (from the URL slug; no headline in the stored text)",
     "url": "https://chicagosinai.org/worship/sermons/ensuring-freedom-for-all-a-letter-from-our-rabbis"},
    {"file": "d3803_congressman-garcia.txt", "outlet": "Congressman Jesús “Chuy” García (chuygarcia.house.gov, press release)", "date": "2023",
     "title": "Congressman García Applauds Chicago City Council Vote on Welcoming City Ordinance",
     "url": "https://chuygarcia.house.gov/media/press-releases/congressman-garcia-applauds-chicago-city-council-vote-on-welcoming-city-ordinance"},
    {"file": "d3804_congressman-quigley.txt", "outlet": "Congressman Mike Quigley (quigley.house.gov, press release)", "date": "2017-06-29",
     "title": "Quigley Statement on Republican Bill Targeting Sanctuary Cities",
     "url": "https://quigley.house.gov/media-center/press-releases/quigley-statement-republican-bill-targeting-sanctuary-cities"},
    {"file": "d3805_elgin-observer.txt", "outlet": "Elgin Observer (elginobserver.com, Elgin Community College student newspaper)", "date": "2025-10",
     "title": "City of Elgin considers ICE free zones (from the URL slug; no headline in the stored text)",
     "url": "https://elginobserver.com/23645/news/city-of-elgin-considers-ice-free-zones/"},
    {"file": "d3806_ibrahim-law-global.txt", "outlet": "Ibrahim Law Global (ibrahimlawyer.com, law firm page)", "date": "2025",
     "title": "Immigration enforcement: policies, practices and impacts (from the URL slug; no headline in the stored text)",
     "url": "https://ibrahimlawyer.com/immigration-enforcement-policies-practices-and-impacts"},
    {"file": "d3807_illinois-legal-aid-online.txt", "outlet": "Illinois Legal Aid Online (illinoislegalaid.org)", "date": "2025-01-22",
     "title": "Preparing for the threat of mass deportation and ICE encounters",
     "url": "https://www.illinoislegalaid.org/node/184851"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d38")
