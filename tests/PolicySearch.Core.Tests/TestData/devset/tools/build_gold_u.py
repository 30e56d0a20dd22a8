#!/usr/bin/env python3
"""Dev set, part U (files d2100-d2108): hand annotations -> fresh-u/gold-fresh-u.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 9 articles from 9 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy (d2102 cites an Associated Press report and paraphrases two of its points; it is not AP copy, see
SOURCES-u.md). Three articles are not about Illinois (d2101 a national blog post, d2103 a national
news brief, d2107 a Wisconsin advocacy letter). The annotations follow /work/shared/eval/seeds/NOTES.md
(speaker rules, field conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of
parts B-S (model: build_gold_s.py): canonical names from canonical.py where they apply (U.S.
Immigration and Customs Enforcement), otherwise the fullest form the article gives, titles dropped
("National FOP President Patrick Yoes" -> Patrick Yoes, "Illinois State FOP President Chris
Southwood" -> Chris Southwood, "Pritzker spokeswoman Jordan Abudayyeh" -> Jordan Abudayyeh). A person
speaking for an organisation is the person only (Abudayyeh, not the governor's office; Yoes and
Southwood, not their lodges); an organisation speaking as itself is a speaker ("The United States'
largest police union condemned", "The FOP also cited", d2106; "ICE says", d2108); descriptions and
pronouns are resolved where the text makes the referent clear, forward too (d2106 #4 "Presidents of
the National Fraternal Order of Police (FOP) and Illinois State FOP" = Yoes and Southwood, named in
#5-#6; #7 "They" = the two). A signed letter whose contents are reported as the agency's ("ICE's
letter, signed by senior official Todd Lyons ... ICE says") is the agency's speech; its signer is an
optional speaker. Executive orders, laws, resolutions and letters as documents are not speakers;
signing, suing and voting are actions. Outlets that only pass words along (Illinois Review, the
Associated Press) are cited outlets. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_u.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import ICE

ARTICLES, MANIFEST, GOLD = part_files("fresh-u", "gold-fresh-u.jsonl")


ELIK = "Amy Elik"
ABUDAYYEH = "Jordan Abudayyeh"
YOES = "Patrick Yoes"
SOUTHWOOD = "Chris Southwood"
NFOP = "National Fraternal Order of Police"
LYONS = "Todd Lyons"
ECIR = "Elgin Coalition for Immigrant Rights"

FOP_PRESIDENTS = "Presidents of the National Fraternal Order of Police (FOP) and Illinois State FOP"
LYONS_REASON = ("the letter's signer ('ICE's letter, signed by senior official Todd Lyons'); its contents are reported as "
                "ICE's ('ICE says'), so the agency is the core speaker")
ECIR_REASON = ("'Speakers from organizations like the Elgin Coalition for Immigrant Rights passionately shared personal "
               "stories': members speak, the coalition is named as an example, not quoted")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d2100_teri-obrien"] = [
    T("headline", "Post headline ('IL Governor Bruce Rauner, Really? Planning to Sign Bill Making State a “Sanctuary?”')."),
    C("opposes", "Author: 'pro-illegal alien amnesty groups were crowing' about Rauner's plan to sign SB 31, 'a law making his state a “sanctuary” state' ('Illinois Review reported': a cited outlet); hostile framing of a report (alternative: neutral, slanted wording only).",
      un=["pro-illegal alien amnesty groups"], out=["Illinois Review"], amb=True),
    C("opposes", "Author: 'Why would he do such a harmful, and destructive thing' (signing the bill); sets up her calls to his offices."),
    B("read_more", "Link pointer ('For more about SB 17, please check out Illinois Review’s excellent reporting here and here.')."),
    T("subhead", "Heading of the account of her call ('Governor Rauner’s Springfield Office, Monday, August 7, 2017'); the account itself was cut off."),
]

ANN["d2101_2greenenergy"] = [
    T("headline", "Post headline ('Sanctuary Cities')."),
    B("source_label", "Lead-in to quoted copy ('Background for those living outside the U.S., from Wikipedia:')."),
    C("neutral", "Quoted Wikipedia definition: what sanctuary policies limit; 'Leaders of sanctuary cities say' they want to reduce fear so people report crimes (background; alternative: supports, it gives the pro rationale).",
      un=["Leaders of sanctuary cities"], amb=True),
    C("supports", "Author: 'Most police chiefs around the U.S. support this notion' because 'it keeps cities safer' (everyone cooperates with police).",
      un=["Most police chiefs around the U.S."]),
    C("supports", "Author: opponents are 'xenophobes' who 'would happily accept a higher crime rate' for police 'marauding through immigrant neighborhoods'."),
    C("supports", "Author: 'this is precisely what they’re getting' — Trump supporters oppose sanctuary cities and get their way (criticises the crackdown).",
      un=["Trump supporters"]),
]

ANN["d2102_metro-east-sun"] = [
    C("neutral", "Report ('a report by the Associated Press'): under the TRUST Act undocumented inmates are not turned over to ICE and are released; 'people are taking notice' (alternative: opposes, the framing of releases).",
      out=["Associated Press"], amb=True),
    C("opposes", "Elik ('Amy Elik ... said in a statement'): Illinois 'should not be in the business of helping felons bypass federal immigration laws'; 'puts people ... in danger'.",
      sp=[S(ELIK, "Amy Elik")]),
    C("neutral", "Elik ('said Elik'): Bristow 'has remained silent on the issue' (a jab at her opponent, no view of the policy itself; alternative: opposes, part of her attack).",
      sp=[S(ELIK, "Elik")], amb=True),
    C("opposes", "Elik's statement ('Elik's statement said'): calls on the Pritzker administration to 'reverse course and allow coordination' between IDOC and local law enforcement.",
      sp=[S(ELIK, "Elik")]),
    C("neutral", "'The Associated Press noted' the transfers to ICE violate state law; Abudayyeh ('Pritzker spokeswoman Jordan Abudayyeh ... said') called it a 'pause' while the policy is reviewed.",
      sp=[S(ABUDAYYEH, "Jordan Abudayyeh")], out=["Associated Press"]),
    C("opposes", "'Law enforcement noted' the crimes of those transferred to ICE from Kankakee County in 2019 (sexual offenses against minors, murder): the danger argument.",
      un=["Law enforcement"]),
    C("neutral", "Elik's biography (CPA, township trustee, school board, family)."),
]

ANN["d2103_tallahassee-reports"] = [
    C("neutral", "Trump signed an executive order to list sanctuary cities and states, which 'could lose federal funding or face lawsuits' (an action and what the order provides)."),
    C("neutral", "What sanctuary jurisdictions do; 'Advocates say' they build trust, 'critics say' they undermine federal authority (evenly balanced).",
      un=["Advocates", "critics"]),
    C("neutral", "The order follows the February suit against Illinois, Chicago and Cook County and a ruling blocking funding cuts (background)."),
]

ANN["d2104_40th-ward"] = [
    C("supports", "Author (the ward office): 'Chicago has proudly operated as a sanctuary city since 1985' (introduces the explainer)."),
    T("subhead", "Question heading ('What does the Welcoming City Ordinance do?')."),
    C("neutral", "Lead-in ('The Welcoming City Ordinance does three things:')."),
    C("neutral", "List item: city employees may not ask about or help investigate immigration status (what the ordinance provides)."),
    C("neutral", "List item: city services may not be denied on the basis of immigration status."),
    C("neutral", "List item: the Chicago Police Department may not participate in or cooperate with civil immigration enforcement unless required."),
    T("subhead", "Question heading ('What does the Welcoming City Ordinance not do?')."),
    C("supports", "Author: the ordinance does not require the city to take in or fund immigrants (rebuts a charge against it; alternative: neutral, a description).",
      amb=True),
    C("supports", "Author: it 'doesn’t prevent immigrants from being arrested for committing crimes' (rebuts the crime argument; alternative: neutral).",
      amb=True),
    T("subhead", "Question heading ('Why does the Welcoming City Ordinance matter?')."),
    C("supports", "Author: 'Studies show' immigrants who fear deportation are 'less likely to report crimes' or use services (the trust argument)."),
    C("supports", "Author: 'Imagine if you lived next door to someone who was undocumented' — you would not want them to second-guess calling 911."),
]

ANN["d2105_nishadil"] = [
    B("weather_widget", "Site weather widget ('Delhi | 25°C (windy)')."),
    T("headline", "Headline ('Elgin's Defining Moment: City Council Confronts Divisive ICE Enforcement Policies')."),
    B("byline", "Byline item ('• Nishadil')."),
    B("timestamp_label", "Date item ('• September 12, 2025')."),
    B("comment_count", "Comment count ('• 0 Comments')."),
    B("read_time", "Reading time ('• 3 minutes read')."),
    B("view_count", "View count ('• 7 Views')."),
    T("headline_repeat", "Headline repeated above the body.", dup=1),
    C("neutral", "Scene: a packed council meeting on 'a landmark resolution defining Elgin's stance on federal immigration enforcement' (description)."),
    C("neutral", "The resolution would limit local law enforcement's cooperation with 'U.S.' (a sentence broken by the page across a blank line; description)."),
    C("supports", "'Proponents argued' the measure is 'vital to fostering trust' so people report crimes; 'Community leaders emphasized' immigrants' contributions.",
      un=["Proponents", "Community leaders"]),
    C("supports", "Speakers from immigrant-rights groups 'passionately shared personal stories' of fear of ICE keeping residents from services and from cooperating with local authorities.",
      opt=[O(ECIR, ECIR_REASON, "Elgin Coalition for Immigrant Rights")],
      un=["Speakers from organizations like the Elgin Coalition for Immigrant Rights"]),
    C("supports", "'one advocate pleaded': 'Our neighbors deserve to live without constant fear'; the resolution is about 'dignity, safety'.",
      un=["one advocate"]),
]

ANN["d2106_politekon"] = [
    B("timestamp_label", "Date line ('09 October 2025')."),
    T("headline", "Post headline ('U.S. National Police Union Condemns Chicago's Order Against ICE')."),
    B("section_label", "Label ('Police Union')."),
    C("opposes", "The union ('The United States' largest police union condemned ... calling it \"shocking\"') condemns Chicago officers being told not to help ICE agents (alternative: neutral, an officer-safety point rather than one about cooperation in enforcement).",
      sp=[S(NFOP, "The United States' largest police union")], amb=True),
    C("opposes", "Yoes and Southwood ('Presidents of the National Fraternal Order of Police (FOP) and Illinois State FOP expressed shock'; named in #5-#6) at the order not to assist ICE agents (alternative: neutral, as #3).",
      sp=[S(YOES, FOP_PRESIDENTS), S(SOUTHWOOD, FOP_PRESIDENTS)], amb=True),
    C("opposes", "Yoes ('said National FOP President Patrick Yoes in a press release'): officers were ordered not to assist ICE agents threatened by 'an angry mob'; 'you answer, no matter what' (alternative: neutral, officer safety).",
      sp=[S(YOES, "Patrick Yoes")], amb=True),
    C("opposes", "Yoes and Southwood ('said') the directive violated 'the most basic principle of law enforcement' (alternative: neutral, officer safety).",
      sp=[S(YOES, "Yoes"), S(SOUTHWOOD, "Chris Southwood")], amb=True),
    C("opposes", "The two ('They cited') blame the Illinois Trust Act for 'a breakdown between local and federal law enforcement' in sanctuary cities like Chicago.",
      sp=[S(YOES), S(SOUTHWOOD)]),
    C("opposes", "The FOP ('The FOP also cited') DHS data on a '1,000 percent increase in violence' against ICE agents (continues the argument; alternative: neutral, about violence against agents, not local cooperation).",
      sp=[S(NFOP, "The FOP")], amb=True),
    C("opposes", "Southwood ('Southwood called') the order 'a dangerous precedent for all law enforcement officers' (alternative: neutral, officer safety).",
      sp=[S(SOUTHWOOD, "Southwood")], amb=True),
]

ANN["d2107_nc-wisc-indivisible"] = [
    T("subject_line", "The sample letter's subject line ('Subject: Concerns Regarding the 287(g) Jail Enforcement Agreement')."),
    B("salutation", "Salutation placeholder ('Dear <Board Member>,')."),
    C("supports", "Letter voice: 'deep concern' about the 287(g) jail agreement Sheriff Billeb entered with ICE (against local cooperation; the signing is an action)."),
    C("supports", "Letter voice: 287(g) agreements 'cost local agencies more than expected, make communities less safe' and deliver 'little public safety benefit'."),
    C("supports", "Lead-in ('A few of the concerns I have are:') announcing the arguments against the agreement (alternative: neutral, a bare lead-in).",
      amb=True),
    C("supports", "Letter voice: extended detention raises medical and mental-health costs the county must bear (the cost argument against cooperation)."),
    C("supports", "Letter voice: 287(g) participation brings civil-rights lawsuits over unlawful detention and profiling, and their costs."),
    C("supports", "Letter voice: survivors of domestic violence and exploitation may avoid calling law enforcement if jail intake could trigger ICE (the trust argument)."),
    C("supports", "Letter voice: perpetrators stay at large; 'Public safety suffers when crimes go unreported'."),
    C("supports", "Letter voice: low-level arrests can lead to family separation or exile, a punishment out of proportion (moral argument against the agreement)."),
]

ANN["d2108_prime-chronicle"] = [
    T("headline", "Headline ('Illinois Lets Violent Offenders FREE — Community in TERROR')."),
    B("photo_caption", "Image caption ('Monopoly game card get out of jail free')."),
    C("opposes", "Author (standfirst): Illinois politicians let 'violent criminal non-citizens walk free despite ICE detainers', 'a direct threat to law‑abiding families' (kept as content; a second annotator could call it a dek)."),
    T("subhead", "Box heading ('Story Snapshot')."),
    C("opposes", "Bullet: 'ICE says Illinois has released 1,768 criminal non-citizens with active detainers', including homicide and sexual predators (the danger argument).",
      sp=[S(ICE, "ICE")]),
    C("neutral", "Bullet: more than 4,000 inmates with ICE detainers remain in custody 'under sanctuary-style limits' (a count; alternative: opposes, the framing).",
      amb=True),
    C("opposes", "Bullet: the TRUST Act blocks jails from holding offenders for ICE 'even after serious convictions' (critical framing; alternative: neutral, what the law does).",
      amb=True),
    C("opposes", "Bullet: Trump-era 'law-and-order priorities' against 'left-wing sanctuary policies that critics call soft on crime' (alternative: neutral, framing of a clash).",
      un=["critics"], amb=True),
    T("subhead", "Subhead ('ICE Sounds the Alarm on Illinois Releases')."),
    C("opposes", "ICE ('U.S. Immigration and Customs Enforcement has put Illinois on notice, warning') that 1,768 criminal non-citizens were released instead of transferred; 'Federal officials argue' they should be removed.",
      sp=[S(ICE, "U.S. Immigration and Customs Enforcement")], un=["Federal officials"]),
    C("opposes", "ICE ('ICE’s letter ... lays out', 'ICE says'): 4,015 more inmates with detainers; Illinois' refusal to honor detainers forces at-large arrests and 'higher risk to agents'.",
      sp=[S(ICE, "ICE")], opt=[O(LYONS, LYONS_REASON, "Todd Lyons")]),
    T("subhead", "Subhead ('How Sanctuary Laws Block Cooperation With ICE'); its section was cut off."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d2100_teri-obrien.txt", "outlet": "Teri O'Brien (teriobrien.com, blog)", "date": "2017-08",
     "title": "IL Governor Bruce Rauner, Really? Planning to Sign Bill Making State a “Sanctuary?”",
     "url": "http://teriobrien.com/il-governor-bruce-rauner-really-planning-to-sign-bill-making-state-a-sanctuary/"},
    {"file": "d2101_2greenenergy.txt", "outlet": "2GreenEnergy (2greenenergy.com, blog)", "date": "2020-03-02",
     "title": "Sanctuary Cities",
     "url": "https://2greenenergy.com/2020/03/02/sanctuary-cities"},
    {"file": "d2102_metro-east-sun.txt", "outlet": "Metro East Sun (metroeastsun.com)", "date": "2020-02",
     "title": "Amy Elik calls on Pritzker administration to reverse the Illinois TRUST Act (from the URL slug; no headline in the stored text)",
     "url": "https://metroeastsun.com/stories/526851032-amy-elik-calls-on-pritzker-administration-to-reverse-the-illinois-trust-act"},
    {"file": "d2103_tallahassee-reports.txt", "outlet": "Tallahassee Reports (tallahasseereports.com)", "date": "2025-04-29",
     "title": "Trump orders a list of sanctuary cities and states (descriptive; no headline in the stored text or the URL)",
     "url": "https://tallahasseereports.com/?p=238926"},
    {"file": "d2104_40th-ward.txt", "outlet": "40th Ward (40thward.org; a Chicago alderman's ward office)", "date": "2025-07",
     "title": "Welcoming City Ordinance explainer (from the URL slug; no headline in the stored text)",
     "url": "https://40thward.org/2025/07/welcoming-city-ordinance-explainer/"},
    {"file": "d2105_nishadil.txt", "outlet": "Nishadil (nishadil.com)", "date": "2025-09-12",
     "title": "Elgin's Defining Moment: City Council Confronts Divisive ICE Enforcement Policies",
     "url": "https://nishadil.com/news/elgins-defining-moment-city-council-confronts-divisive-ice-enforcement-policies/58f23dbc8e5b1ac9fe4edbcf16b18169"},
    {"file": "d2106_politekon.txt", "outlet": "Politekon (politekon.blogspot.com, blog)", "date": "2025-10-09",
     "title": "U.S. National Police Union Condemns Chicago's Order Against ICE",
     "url": "http://politekon.blogspot.com/2025/10/us-national-police-union-condemns.html"},
    {"file": "d2107_nc-wisc-indivisible.txt", "outlet": "North Central Wisconsin Indivisible (ncwiscindivisible.org)", "date": "2025-11",
     "title": "Concerns Regarding the 287(g) Jail Enforcement Agreement (the sample letter's subject line; page 'MarathonCo287g')",
     "url": "https://ncwiscindivisible.org/marathonco287g"},
    {"file": "d2108_prime-chronicle.txt", "outlet": "Prime Chronicle (primechronicle.org)", "date": "2025-12",
     "title": "Illinois Lets Violent Offenders FREE — Community in TERROR",
     "url": "https://primechronicle.org/illinois-lets-violent-offenders-free-community-in-terror"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d21")
