#!/usr/bin/env python3
"""Dev set, part Q (files d1700-d1714): hand annotations -> fresh-q/gold-fresh-q.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 15 articles from 15 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. Four articles are about other states (d1703 Oregon, d1704 and d1706 New Jersey, d1705 Florida).
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-P: canonical names from
canonical.py where they apply (JB Pritzker, Lori Lightfoot, City of Chicago, U.S. Immigration and
Customs Enforcement) and the forms earlier parts wrote (Greg Abbott, Gurbir Grewal, Shaun Golden,
Anthony Beale, Lawrence Benito, Illinois Coalition for Immigrant and Refugee Rights; Chris Welch as
the seeds write him), otherwise the fullest form the article gives, titles dropped ("Deschutes County
Sheriff Shane Nelson" -> Shane Nelson, "Republican Gov. Ron DeSantis" -> Ron DeSantis). One person,
one name: d1707 spells ICE's acting director "Mathew Albence", d1706 "Matthew Albence"; both are
Matthew Albence, with the page's spelling as the alias. Unnamed officials of a named body map to that
body ("ICIRR organizers" -> ICIRR, "an ICE spokesman" and "ICE officials" -> ICE, "City leaders" ->
City of Chicago, "The University" -> University of Chicago); a person speaking for an organisation is
the person only (Lawrence Benito, not ICIRR; Diana Schwartz Francisco, not AAUP); a quote continuing
an attribution of an earlier line keeps the speaker with an empty alias list (William J. Kelly's
statement, d1700 #5-#8, announced in #4). A campaign's or organisation's own page voice carries the
campaign or organisation as an optional speaker (d1700 #2, d1709 #2-#3), as part B did for
reproduced releases. The author of the unrolled thread (d1708) is never named in the text, so its
lines have no speaker. Documents (the directive, "an official summary", the ordinance) are not
speakers. Signing, ordering, filing, introducing and issuing are actions. They were made by reading
the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_q.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import CHICAGO, ICE, LIGHTFOOT, PRITZKER

ARTICLES, MANIFEST, GOLD = part_files("fresh-q", "gold-fresh-q.jsonl")


KELLY = "William J. Kelly"
ICIRR = "Illinois Coalition for Immigrant and Refugee Rights"
HUNT = "Dan Hunt"
NELSON = "Shane Nelson"
NJ_AG_OFFICE = "Office of the New Jersey Attorney General"
DESANTIS = "Ron DeSantis"
GREWAL = "Gurbir Grewal"
ALBENCE = "Matthew Albence"
GOLDEN = "Shaun Golden"
PAYNE = "Lawerence Payne"
RAC_IL = "RAC-IL"
WELCH = "Chris Welch"
BAILEY = "Darren Bailey"
BEALE = "Anthony Beale"
ABBOTT = "Greg Abbott"
BENITO = "Lawrence Benito"
SCHWARTZ = "Diana Schwartz Francisco"
UCHICAGO = "University of Chicago"

CAMPAIGN = "the campaign page's own voice (Citizens for William J. Kelly); Kelly is named as speaker only from #4"
RAC_VOICE = "the organisation's own blog voice (a RAC-IL post; the byline is Jacob Greenblatt)"
BUSING = "about busing migrants and the services and costs of sheltering them, not about police cooperation with ICE"
RAIDS = "about ICE enforcement itself, not about local cooperation, and answering no argument for or against the limits"
THREAD = "the thread's author, an alderman, is not named in the text; first person, no speaker"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d1700_william-j-kelly"] = [
    B("skip_link", "Navigation residue ('Back to Top')."),
    T("headline", "Campaign post headline ('Kelly says passage of Secret Illinois Sanctuary State Bill a Stab in the Back')."),
    C("opposes", "Campaign voice: the House 'quietly passed' the 'sanctuary state bill'; nobody knows of it but non-citizen \"voters\" organised by ICIRR (framing the TRUST Act as a secret sanctuary bill; alternative: neutral, a vote reported in slanted words).",
      opt=[O(KELLY, CAMPAIGN)], amb=True),
    C("opposes", "Author: the name is 'a legislative euphemism' to keep the bill quiet; 'ICIRR organizers say they intentionally avoided the word, \"sanctuary.\"'; 'political hell to pay' (the organizers' words serve the author's charge).",
      sp=[S(ICIRR, "ICIRR")]),
    C("opposes", "Lead-in: Kelly 'has issued the following statement' (takes the stance of the statement in #5-#8).",
      sp=[S(KELLY, "William J. Kelly")]),
    C("opposes", "Kelly's statement (continues #4): the 'secret legislation' is 'the ultimate stab in the back' to soldiers; Rauner 'afraid to talk about the Trust Act'.",
      sp=[S(KELLY)]),
    C("opposes", "Kelly's statement: 'Supporters of this bill claim it will make immigrants feel more secure' — 'Illegal immigrants or legal citizens?' (dismisses the pro-sanctuary argument).",
      sp=[S(KELLY)], un=["Supporters of this bill"]),
    C("opposes", "Kelly's statement: the Act is 'intended for people who are breaking laws and illegally siphoning welfare and medical benefits'.",
      sp=[S(KELLY)]),
    C("opposes", "Kelly's statement: 'This is a sanctuary state bill'; Rauner afraid of offending illegal immigrants rather than citizens.",
      sp=[S(KELLY)]),
]

ANN["d1701_the-federalist"] = [
    C("opposes", "Author: the man who shot Kate Steinle was free 'All because the sanctuary city released him from jail instead of allowing' ICE to arrest him (blames a sanctuary release)."),
    C("supports", "'Chicago claims' the Welcoming City policy removes barriers to cooperation of all persons; 'according to City leaders' assisting immigration enforcement would 'chill effective local law enforcement' (the city's stated arguments for the limits dominate; alternative: opposes, the author's 'boasts of its refusal' sets up the rebuttal in #2-#3).",
      sp=[S(CHICAGO, "Chicago", "City leaders")], amb=True),
    C("opposes", "Author: federal officials are not asking cities to profile residents or check victims' status (answers the pro-sanctuary argument of #1)."),
    C("opposes", "Author: the federal government 'merely wants' release dates and jail access, which San Francisco failed to give 'with dire consequences' (argues for that cooperation; the quoted words are the grant conditions, a document)."),
]

ANN["d1702_pekin-daily-times"] = [
    T("headline", "Column headline ('What exactly is ICE doing in Peoria County?')."),
    C("neutral", "Readers may have seen a story from Sludge 'picked up by Block Club Chicago' (where the question came from; outlets passing a story along).",
      out=["Sludge", "Block Club Chicago"]),
    C("neutral", "What the story looked at: ICE contracts and payments (descriptive)."),
    C("neutral", "Peoria County appeared with a $250 payment (a fact)."),
    C("neutral", "The column's question ('What, we wondered, could that have been for?')."),
    C("neutral", "The payment predates Trump and the recent controversy (a fact)."),
    C("neutral", "Hunt ('says Dan Hunt'): 'We haven't had any recent involvement with ICE' (a fact about the county, no view on the limits).",
      sp=[S(HUNT, "Dan Hunt")]),
    C("neutral", "Hunt ('Hunt says'): one juvenile held in 2016, paid for in 2017 (facts).",
      sp=[S(HUNT, "Hunt")]),
    C("neutral", "How the detention center holds a juvenile with an active warrant until the wanting agency comes (procedure, in the author's words)."),
    C("neutral", "Hunt ('Hunt says'): 'We're not making any decisions'; 'We're acting on a judicial warrant' (procedure).",
      sp=[S(HUNT, "Hunt")]),
    C("neutral", "The county charges $125 a day; ICE's $250 covered two person-days (arithmetic)."),
    C("neutral", "Hunt ('Hunt says') does not follow up on the cases (procedure).",
      sp=[S(HUNT, "Hunt")]),
]

ANN["d1703_central-oregon-daily"] = [
    T("headline", "Headline of the tag page's first item ('Election 2018: Oregonians Vote Down Most State Ballot Measures')."),
    C("neutral", "Oregonians voted no on all but one measure (results)."),
    C("neutral", "Measure 102 on affordable housing passed (off topic)."),
    C("neutral", "Lead-in to the list of failed measures."),
    C("neutral", "Measure 103 (grocery tax; off topic)."),
    C("neutral", "Measure 104 (revenue bills; off topic)."),
    C("neutral", "Measure 105, which would have repealed the sanctuary law, failed (a vote result; alternative: supports, the law's survival as the news).",
      amb=True),
    C("neutral", "Measure 106 (abortion funding; off topic)."),
    T("headline", "Headline of the tag page's second item ('16 Oregon Sheriffs Endorse Repeal of State’s Sanctuary Law')."),
    C("opposes", "Sheriff Nelson and 15 others 'released a letter' endorsing repeal; 'they stated' the sanctuary status 'undermines respect for law' and hinders policing immigrants who commit crimes.",
      sp=[S(NELSON, "Shane Nelson")], un=["15 other sheriffs"]),
    C("supports", "Author: 'However, nothing in Oregon’s sanctuary law prohibits' officers from enforcing the law or arresting suspects (rebuts the sheriffs' claim on the law's behalf; alternative: neutral, what the law provides).",
      amb=True),
    C("neutral", "The signers cover nearly half the counties but 16 percent of the population (a fact; alternative: supports, it diminishes the sheriffs' weight).",
      amb=True),
    C("opposes", "Nelson ('Sheriff Nelson says') supports Measure 105 to end 'the conflict between local and federal laws'; local law enforcement is split.",
      sp=[S(NELSON, "Nelson")]),
]

ANN["d1704_illegal-immigration-com"] = [
    T("headline", "Post headline ('Gurbir Grewal tells county sheriffs to release illegal alien prisoners')."),
    C("neutral", "Grewal 'issued a statewide directive' limiting assistance to ICE (an action; descriptive)."),
    C("supports", "The directive 'is described in an official summary' as designed to strengthen trust so victims and witnesses report crimes (the trust argument, in a document's words; alternative: neutral, a stated purpose reported on a hostile page).",
      opt=[O(NJ_AG_OFFICE, "the 'official summary' is the Attorney General's office's; documents are not speakers")], amb=True),
    C("opposes", "Author: the office 'did not mention that this directive threatens public safety by sabotaging efforts to deport criminals'."),
    T("subhead", "Section heading ('Important Features of New Jersey's Immigrant Trust Directive')."),
    C("neutral", "Lead-in to the directive's limitations (descriptive)."),
    C("neutral", "The directive: no stops or arrests based solely on status (what it provides)."),
    C("neutral", "The directive: no participation in ICE civil operations or access to resources (what it provides)."),
    C("neutral", "The directive: ICE interviews only with the detainee's consent (what it provides)."),
    C("neutral", "The directive: no holding minor offenders on ICE detainers (what it provides)."),
]

ANN["d1705_tampa-bay-times"] = [
    B("breadcrumb", "Breadcrumb ('1. Florida Politics')."),
    B("breadcrumb", "Breadcrumb separator ('2. /')."),
    B("breadcrumb", "Breadcrumb ('3. The Buzz')."),
    T("headline", "Article headline ('Fulfilling key promise, Gov. DeSantis signs bill banning ‘sanctuary cities’ in Florida')."),
    T("dek", "Dek ('The policy is expected to draw a legal skirmish ...')."),
    B("photo_caption", "Photo caption with credit ('Members of Florida's immigrant population express their disappointment ... [SAMANTHA J. GROSS | Miami Herald]')."),
    B("photo_caption", "The same caption repeated.", dup=5),
    B("timestamp_label", "Date line ('Published Jun. 14, 2019')."),
    B("timestamp_label", "Date line ('Updated Jun. 14, 2019')."),
    C("neutral", "Lede: DeSantis 'signed a bill' banning sanctuary cities, a legal skirmish expected (an action)."),
    C("neutral", "What SB 168 requires: honoring detainers, no sanctuary policies; there are no sanctuary cities in Florida (descriptive)."),
    B("related_headline", "Related-story link ('On sanctuary cities bill, Pinellas sheriff tells immigrant community, ‘You should not be concerned.’')."),
    C("opposes", "DeSantis ('told a packed crowd') the ban 'is about the rule of law' and 'public safety' (defends the ban on sanctuary policies).",
      sp=[S(DESANTIS, "DeSantis")]),
]

ANN["d1706_nj-com"] = [
    T("headline", "Article headline ('N.J.’s top cop blocks jails from helping ICE with more deportations')."),
    B("photo_caption", "Photo caption with credit ('NJ Attorney General Gurbir Grewal. Michael Mancuso')."),
    C("supports", "Grewal curbs ICE's use of local cops, 'saying he wants to draw “a bright line between New Jersey law enforcement officers and federal civil immigration agents.”'",
      sp=[S(GREWAL, "Gurbir Grewal")]),
    C("neutral", "Grewal 'ordered' police to end 287(g) participation (an action; alternative: supports, an official ending cooperation).",
      amb=True),
    C("neutral", "Tensions with the Trump administration; 'ICE officials announced' 54 arrests, 'accusing state authorities of “detainer non-cooperation.”' (background; alternative: opposes, ICE's accusation is the only stated view).",
      sp=[S(ICE, "ICE officials")], amb=True),
    C("opposes", "'an ICE spokesman pointed to remarks' by Albence 'assailing “uncooperative jurisdictions.”' (lead-in to the quote in #6).",
      sp=[S(ICE, "an ICE spokesman"), S(ALBENCE, "Matthew Albence")]),
    C("opposes", "Albence ('he said'): people are hurt every day 'because of jurisdictions that refuse to cooperate with ICE'.",
      sp=[S(ALBENCE, "he")]),
    C("neutral", "Only Cape May and Monmouth have such deals (facts)."),
    C("opposes", "Golden 'criticized the attorney general’s new rules, and threatened legal action' (against ending the county's ICE agreement).",
      sp=[S(GOLDEN, "Shaun Golden")]),
]

ANN["d1707_the-patriot-hill"] = [
    C("neutral", "The administration is sending Border Patrol tactical agents to sanctuary cities 'because of local law enforcement’s lack of cooperation' with ICE (the deployment and its stated reason; descriptive)."),
    C("neutral", "Where the agents will work (descriptive; 'battling from the inside' is wording only)."),
    C("neutral", "Payne ('said'): 100 BORTAC officers to enhance 'the integrity of the immigration system' (the deployment, nothing on cooperation).",
      sp=[S(PAYNE, "Lawerence Payne")]),
    C("opposes", "Albence ('stated', 'Albence said'): the deployment is because of sanctuary policies; 'When sanctuary cities release these criminals back to the street, it increases the occurrence of preventable crimes'.",
      sp=[S(ALBENCE, "Mathew Albence", "Albence")]),
    C("supports", "Lightfoot 'condemned' the deployment as 'fearmongering and xenophobia', advised residents not to open doors without a warrant, 'reminded residents' city police cannot assist civil immigration enforcement.",
      sp=[S(LIGHTFOOT, "Lori Lightfoot", "Lightfoot")]),
]

ANN["d1708_twunroll"] = [
    C("neutral", "First person: the author's immigrant family and empathy for migrants (" + THREAD + ")."),
    C("neutral", "The sentence's end, cut by the thread's line break ('themselves and their families.')."),
    C("neutral", "As alderman he represents immigrant communities and helps residents regardless of citizenship (background)."),
    C("neutral", "The sentence's end ('feel welcomed & supported in their pursuits.')."),
    C("opposes", "'I will not stand for positive opportunities to be hijacked by individuals wanting sanctuary for the small number of criminals' (against sanctuary protection for criminals)."),
    C("opposes", "'Criminals committed to violence ... should not be given the same respect!'"),
    C("neutral", "What the Welcoming City Ordinance says: no department cooperates on deportation (a document; descriptive)."),
    C("neutral", "The ordinance's four exceptions (warrant, felony conviction, pending felony, gang database) (descriptive)."),
    C("neutral", "Sentence fragment: 'Mayor Lori Lightfoot & her allies' (its verb is in #9; wanting is not speech)."),
    C("opposes", "Lightfoot's allies 'want those exceptions eliminated'; in Brighton Park 'there are real, dangerous consequences' (against removing the carve-outs, i.e. against stronger limits)."),
    C("opposes", "A self-identified gang member with nine arrests will be in court tomorrow (an example serving the argument; alternative: neutral, a fact).",
      amb=True),
    C("opposes", "He is undocumented; 'Lightfoot’s changes would give him sanctuary in Chicago.'"),
    C("opposes", "'This cannot happen.'"),
    C("neutral", "'I stand with my residents in saying “NO!”' but 'Chicago must remain a sanctuary for all that wish' (both sides in one line: no to the changes, yes to sanctuary; alternatives: opposes, the emphasised 'NO!'; supports, 'must remain a sanctuary').",
      amb=True),
]

ANN["d1709_religious-action-center"] = [
    T("headline", "Blog post headline ('RAC-IL Helps Secure Landmark Immigrant Justice Victory')."),
    B("byline", "Date and byline run together ('June 17, 2021Jacob Greenblatt')."),
    C("supports", "Blog voice: passing the Way Forward Act is 'a landmark immigrant justice victory'; the bill 'strictly limits local law enforcement collaboration with civil immigration authorities'.",
      opt=[O(RAC_IL, RAC_VOICE, "RAC-IL")]),
    C("supports", "RAC-IL 'is proud' of its role; Welch ('stated'): the Act gives 'even greater protections to our residents against the threat of the federal deportation machine'.",
      sp=[S(WELCH, "Emanuel “Chris” Welch")], opt=[O(RAC_IL, RAC_VOICE, "RAC-IL")]),
]

ANN["d1710_wnns"] = [
    T("headline", "Story headline ('Pritker, Bailey Clash Over Migrants Sent Here From Texas')."),
    C("neutral", "The migrants' plight is 'a political football' this election year (framing)."),
    C("neutral", "Pritzker ('says', 'calls') Illinois is 'a welcoming state' and Abbott's busing 'disgusting'; Bailey ('says') blames Democrats' 'open border' policy (" + BUSING + "; alternative: supports, Pritzker's 'welcoming state').",
      sp=[S(PRITZKER, "JB Pritzker", "Pritzker"), S(BAILEY, "Darren Bailey")], amb=True),
    C("neutral", "Bailey ('says') Pritzker should house the migrants free in family-run Hyatt hotels (" + BUSING + ").",
      sp=[S(BAILEY, "Bailey")]),
    B("related_box", "Widget label ('Recommended Posts')."),
]

ANN["d1711_clearstory-news"] = [
    C("opposes", "Beale 'is advocating' a vote on keeping sanctuary status 'as an increasing number of migrants arrive and place a burden on local resources' (a push to revisit the status, framed by cost; alternative: neutral, asking for a referendum).",
      sp=[S(BEALE, "Anthony Beale")], amb=True),
    C("neutral", "Beale, urged by constituents; 'He believes' the question belongs on the March 2024 ballot so voters have a voice (procedure; alternative: opposes, the same push).",
      sp=[S(BEALE, "Beale", "He")], amb=True),
    C("neutral", "Other cities face migrants too; under the Welcoming City ordinance authorities 'do not cooperate with federal immigration agencies' (descriptive)."),
    C("neutral", "Abbott ('noted') 6,700 migrants bused to Chicago; Beale ('emphasizes', 'He argues') the rest of the country should share the burden (" + BUSING + ").",
      sp=[S(ABBOTT, "Abbott"), S(BEALE, "Beale", "He")]),
]

ANN["d1712_hows-tech"] = [
    T("headline", "Post headline ('Chicago: The Windy City, Sanctuary City')."),
    C("neutral", "Author's breezy introduction (no view)."),
    T("subhead", "Section heading ('A Brief History Lesson (Or, How We Got Here)')."),
    C("neutral", "Author: Mayor Washington's 1985 executive order ('Chicago ain't gonna be no snitch'), told with approval ('bless his soul') (history; alternative: supports, the approving tone).",
      amb=True),
    C("neutral", "Author: Emanuel's 2012 Welcoming City ordinance codified it (history)."),
    T("subhead", "Section heading ('What Does It All Mean?')."),
    C("supports", "Author: a sanctuary city 'prioritizes community safety'; undocumented immigrants report crimes without fear of deportation, 'which, let's be real, makes everyone safer' (the trust argument)."),
    C("neutral", "'Critics argue it's a magnet ...', 'Proponents say it fosters trust ...'; 'Who's right? ... a debate for another day' (both sides; evenly balanced).",
      un=["Critics", "Proponents"]),
    T("subhead", "Section heading ('The Bottom Line')."),
    C("neutral", "Author: love it or hate it, sanctuary status is a fact and here to stay (no view)."),
    T("subhead", "Section heading ('How To... Sanctuary City Edition'); the list under it is cut by the excerpt."),
]

ANN["d1713_lawndale-news"] = [
    B("byline", "Byline ('By: Ashmar Mandou')."),
    C("neutral", "City leaders and activists 'rallied ... to protest' the Lopez-Tabares amendment letting police work with ICE after arrests for certain crimes; what the amendment would do (the protest and the proposal reported; alternative: supports, the lede is the rally against the rollback).",
      un=["City leaders and activists"], amb=True),
    C("supports", "Benito ('shared'): Chicago 'has said YES to protecting immigrants, and NO to efforts that divide our city', the Welcoming City protections built up since 1985 (against the rollback).",
      sp=[S(BENITO, "Lawrence Benito")]),
]

ANN["d1714_chicago-maroon"] = [
    C("neutral", "Union representatives held a press conference to criticise the University's 'inaction' on the ICE presence and ask for protection (about a university, not police; alternative: supports, a demand that an institution not facilitate ICE).",
      un=["Representatives from five UChicago faculty, staff, and student unions"], amb=True),
    C("neutral", "'The University has said it will cooperate with federal enforcement as required by law'; 'union members called for a more direct approach' (both positions stated; descriptive).",
      sp=[S(UCHICAGO, "The University")], un=["union members"]),
    C("neutral", "Which unions spoke (a list)."),
    C("neutral", "A student was briefly detained last month; four others detained nearby (events)."),
    C("neutral", "Schwartz Francisco ('said'): 'Violent kidnappings and assaults by federal agents' are happening in our neighborhoods (" + RAIDS + "; alternative: supports).",
      sp=[S(SCHWARTZ, "Diana Schwartz Francisco")], amb=True),
    C("supports", "Schwartz Francisco 'called on the University' to state that ICE agents cannot enter buildings without a judicial warrant, and to recognise 'the federal occupation is a threat to us all' (a limit on an institution's help to ICE; alternative: neutral, a university, not police).",
      sp=[S(SCHWARTZ, "Schwartz Francisco")], amb=True),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d1700_william-j-kelly.txt", "outlet": "William J. Kelly for Governor (williamjkelly.org, campaign site)", "date": "2017",
     "title": "Kelly says passage of Secret Illinois Sanctuary State Bill a Stab in the Back",
     "url": "https://www.williamjkelly.org/news/kelly-says-passage-of-secret-illinois-sanctuary-state-bill-a-stab-in-the-back"},
    {"file": "d1701_the-federalist.txt", "outlet": "The Federalist", "date": "2018-01-16",
     "title": "Chicago is right: the feds can't withhold funding over sanctuary cities (from the URL slug; no headline in the stored text)",
     "url": "https://thefederalist.com/2018/01/16/chicago-is-right-the-feds-cant-withhold-funding-over-sanctuary-cities/"},
    {"file": "d1702_pekin-daily-times.txt", "outlet": "Pekin Daily Times (pekintimes.com)", "date": "2018-07-15",
     "title": "What exactly is ICE doing in Peoria County?",
     "url": "https://www.pekintimes.com/news/20180715/word-on-street-what-exactly-is-ice-doing-in-peoria-county"},
    {"file": "d1703_central-oregon-daily.txt", "outlet": "Central Oregon Daily (TV station site, tag page)", "date": "2018-11",
     "title": "Tag: sanctuary state (tag page; its first item is 'Election 2018: Oregonians Vote Down Most State Ballot Measures')",
     "url": "https://centraloregondaily.com/tag/sanctuary-state/"},
    {"file": "d1704_illegal-immigration-com.txt", "outlet": "illegal-immigration.com (blog)", "date": "2018",
     "title": "Gurbir Grewal tells county sheriffs to release illegal alien prisoners",
     "url": "https://illegal-immigration.com/post/pro-immigration-zealotry-new-jersey-state-government"},
    {"file": "d1705_tampa-bay-times.txt", "outlet": "Tampa Bay Times (The Buzz)", "date": "2019-06-14",
     "title": "Fulfilling key promise, Gov. DeSantis signs bill banning ‘sanctuary cities’ in Florida",
     "url": "https://www.tampabay.com/florida-politics/buzz/2019/06/14/fulfilling-key-promise-gov-desantis-signs-bill-banning-sanctuary-cities-in-florida/"},
    {"file": "d1706_nj-com.txt", "outlet": "NJ.com", "date": "2019-09",
     "title": "N.J.’s top cop blocks jails from helping ICE with more deportations",
     "url": "https://www.nj.com/politics/2019/09/njs-top-cop-blocks-jails-from-helping-ice-with-deportations.html"},
    {"file": "d1707_the-patriot-hill.txt", "outlet": "The Patriot Hill (thepatriothill.com)", "date": "2020-02-16",
     "title": "Elite tactical agents deployed to sanctuary cities to boost power to ICE, but Chicago mayor calls it fearmongering and xenophobia (from the URL slug; no headline in the stored text)",
     "url": "https://thepatriothill.com/politics/2020/02/16/elite-tactical-agents-deployed-to-sanctuary-cities-to-boost-power-to-ice-but-chicago-mayor-calls-it-fearmongering-and-xenophobia/"},
    {"file": "d1708_twunroll.txt", "outlet": "twunroll.com (unrolled social-media thread)", "date": "2020-12-16",
     "title": "Unrolled thread of a Chicago alderman on the Welcoming City Ordinance exceptions (no headline in the stored text)",
     "url": "https://twunroll.com/article/1339329207030132736"},
    {"file": "d1709_religious-action-center.txt", "outlet": "Religious Action Center of Reform Judaism (rac.org, RAC-IL blog)", "date": "2021-06-17",
     "title": "RAC-IL Helps Secure Landmark Immigrant Justice Victory",
     "url": "https://rac.org/blog/rac-il-helps-secure-landmark-immigrant-justice-victory"},
    {"file": "d1710_wnns.txt", "outlet": "WNNS (Springfield radio station site)", "date": "2022-09-09",
     "title": "Pritker, Bailey Clash Over Migrants Sent Here From Texas",
     "url": "https://www.wnns.com/2022/09/09/pritker-bailey-clash-over-migrants-sent-here-from-texas/"},
    {"file": "d1711_clearstory-news.txt", "outlet": "ClearStory.news", "date": "2023-10-13",
     "title": "Chicago alderman pushes for voter decision on sanctuary city status amid migrant influx (from the URL slug; no headline in the stored text)",
     "url": "https://clearstory.news/2023/10/13/chicago-alderman-pushes-for-voter-decision-on-sanctuary-city-status-amid-migrant-influx/"},
    {"file": "d1712_hows-tech.txt", "outlet": "hows.tech (explainer blog)", "date": "2024-08",
     "title": "Chicago: The Windy City, Sanctuary City",
     "url": "https://www.hows.tech/2024/08/when-and-how-did-chicago-become.html"},
    {"file": "d1713_lawndale-news.txt", "outlet": "Lawndale News (lawndalenews.com)", "date": "2025-01",
     "title": "Protect sanctuary city: activists fight against Welcoming City changes (from the URL slug; no headline in the stored text)",
     "url": "http://lawndalenews.com/2025/01/protect-sanctuary-city-activists-fight-against-welcoming-city-changes"},
    {"file": "d1714_chicago-maroon.txt", "outlet": "The Chicago Maroon (student newspaper)", "date": "2025-11",
     "title": "UChicago unions criticise the University's response to ICE (no headline in the stored text; title from the text)",
     "url": "https://chicagomaroon.com/6d8c"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d17")
