#!/usr/bin/env python3
"""Dev set, part D (tune; files d400-d419): hand annotations -> tune-d/gold-tune-d.jsonl.

Additional TUNING data for paragraph kinds, speakers and stance. The 20 articles come from 20
outlets; none is an outlet of the held-out part or of the fresh part C, and no URL is shared with
any other part. The annotations below follow /work/shared/eval/seeds/NOTES.md (speaker rules, field
conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions parts B and C added
(see SOURCES-b.md). They were made by reading the article text only; no analysis code was looked
at or run before they were final and committed.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_d.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, DHS, DOJ, GOV_OFFICE, HOMAN, ICE, LIGHTFOOT, LOPEZ, PRITZKER, RAUNER, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("tune-d", "gold-tune-d.jsonl")


EJOHNSON = "Eddie Johnson"
DAVIDSMEYER = "C.D. Davidsmeyer"
CIWG = "Chicago Immigration Working Group"
INSKEEP = "Steve Inskeep"
FLEMING = "Mark Fleming"
MENDRICK = "James Mendrick"
HOST_REASON = "the interviewer (radio host) asking questions; his words are questions, not a position"
QUOTE_CONT = "block quote continuing the statement announced in an earlier line"

# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d400_money-street-news"] = [
    T("headline", "Article headline."),
    C("neutral", "Author's lede: the law is 'designed to protect' undocumented immigrants from deportation; descriptive."),
    C("neutral", "What the TRUST Act does (no cooperation to detain without a warrant)."),
    C("supports", "Activists working with ICIRR 'praised the legislation as a shield' for undocumented residents.",
      opt=[O("Illinois Coalition for Immigrant and Refugee Rights", "the praising activists are unnamed; they work with the coalition, which is named", "Illinois Coalition for Immigrant and Refugee Rights")],
      un=["Activists working with the Illinois Coalition for Immigrant and Refugee Rights"]),
    C("neutral", "Signing scene: cheers, greeting in Spanish (an action)."),
    C("supports", "Rauner said the bill reassures immigrants that reporting a crime will not lead to deportation and frees police for serious crime.",
      sp=[S(RAUNER, "Rauner")]),
    C("supports", "Rauner: police have limited resources; diverting them to paperwork means 'we all lose'.",
      sp=[S(RAUNER, "Rauner")]),
    C("supports", "Lead-in announcing the law-enforcement speakers whose supportive quote follows (alternative: neutral, a fact about the order of speakers).",
      un=["law enforcement officials"], amb=True),
    C("supports", "State Police Director Schmitz: all people should feel secure to reach out to law enforcement to report crimes.",
      sp=[S("Leo P. Schmitz", "Leo Schmitz")]),
    C("supports", "Detective Covelli defends the law: it 'does not make Illinois a sanctuary state' (alternative: neutral, he also stresses continued cooperation with federal custody requests).",
      sp=[S("Chris Covelli", "Chris Covelli")], amb=True),
    C("opposes", "Rep. Cabello 'fears' federal retaliation (the line is cut before his quote on losing federal funding): political consequences used as criticism.",
      sp=[S("John Cabello", "John Cabello")]),
]

ANN["d401_will-illinois-public-media"] = [
    B("section_label", "Programme name used as a section label ('The 21st Show')."),
    T("headline", "Article headline."),
    B("photo_credit", "Photo credit standing alone ('Seth Perlman/AP')."),
    C("neutral", "Author: the bill is 'under review', a change from the governor's earlier commitment; factual."),
    C("neutral", "Background: groups waiting for the signing and having thanked Rauner earlier.",
      un=["Immigrant rights groups", "immigrant rights groups"]),
    C("supports", "Andy Kang expects the signing and wants to 'celebrate this as a win for the community'.",
      sp=[S("Andy Kang", "Andy Kang")]),
    C("neutral", "Rauner told Fox News his staff is evaluating the bill; no view on it.",
      sp=[S(RAUNER, "Rauner")], out=["Fox News"]),
    C("neutral", "The governor's spokeswoman confirms the bill is 'under review'.",
      sp=[S(GOV_OFFICE, "spokeswoman with Governor Rauner’s office")]),
    C("supports", "Unnamed supporters describe the Act as designed to 'clarify' police-ICE relations (a mild defence; alternative: neutral).",
      un=["Supporters of the bill"], amb=True),
    C("neutral", "What the bill provides (no detainer holds without a judge's warrant)."),
]

ANN["d402_chronicle-illinois"] = [
    T("headline", "Article headline."),
    B("byline", "Byline with the staff title."),
    B("photo_caption", "Photo caption: a name standing alone ('Lori Lightfoot')."),
    C("supports", "Lightfoot says ICE agents will get no support from the city in planned raids (an actor promising not to cooperate).",
      sp=[S(LIGHTFOOT, "Lori Lightfoot")]),
    C("supports", "Lightfoot: Chicago took 'concrete steps to support our immigrant communities' against the ICE raids.",
      sp=[S(LIGHTFOOT, "Lightfoot")]),
    C("supports", "The mayor said she directed, and Supt. Eddie Johnson confirmed, the end of ICE's access to CPD databases.",
      sp=[S(LIGHTFOOT, "The mayor"), S(EJOHNSON, "Eddie Johnson")]),
    C("supports", "Lightfoot: she objected to the raids and 'CPD will not cooperate with or facilitate any ICE enforcement actions'.",
      sp=[S(LIGHTFOOT, "Lightfoot")]),
    C("neutral", "Trump tweeted that ICE raids were coming; about raids, not local cooperation.",
      sp=[S(TRUMP, "Donald Trump")]),
    C("neutral", "Trump's tweet on removing 'millions of illegal aliens'; immigration in general.",
      sp=[S(TRUMP, "the president")]),
    C("neutral", "Trump reiterated the raids were coming.",
      sp=[S(TRUMP, "the president")]),
    C("neutral", "Trump to reporters: those who come illegally 'have to go out'; immigration in general.",
      sp=[S(TRUMP, "Trump")]),
    B("photo_caption", "Photo caption: a name standing alone ('Donald Trump')."),
    C("neutral", "Trump (the 'He' of the previous quote) on Mexico and Guatemala stemming migration.",
      sp=[S(TRUMP)]),
    C("neutral", "Trump: Democrats should solve the asylum and loophole problems; immigration in general.",
      sp=[S(TRUMP, "Trump")]),
    C("neutral", "Lightfoot: the city is ready to help immigrants in whatever way needed (help to immigrants, not cooperation with ICE; alternative: supports).",
      sp=[S(LIGHTFOOT, "Lightfoot")], amb=True),
]

ANN["d403_wgn-tv"] = [
    C("supports", "Lightfoot says the police department will not participate in the ICE roundup.",
      sp=[S(LIGHTFOOT, "Lori Lightfoot")]),
    C("neutral", "Background: Trump directed pre-dawn raids, 'according to published reports'.",
      un=["published reports"]),
    C("supports", "Lightfoot directed CPD to end ICE database access; Supt. Eddie Johnson confirms it was done.",
      sp=[S(LIGHTFOOT, "Lightfoot"), S(EJOHNSON, "Eddie Johnson")]),
    C("supports", "Lightfoot voiced her objection to any roundup (about raids, said in the frame of refusing cooperation; alternative: neutral).",
      sp=[S(LIGHTFOOT, "Lightfoot")], amb=True),
    C("supports", "Lightfoot: Chicago 'will always be a welcoming city and a champion for the rights of our immigrant ... communities'.",
      sp=[S(LIGHTFOOT, "Lightfoot")]),
    C("neutral", "Lead-in to a statement ('Read the full statement:'); what follows is ICE's statement, which takes no side on local cooperation."),
    C("neutral", "ICE's statement in its own words ('the agency will not offer specific details'): it prioritises criminal aliens; nothing on local cooperation.",
      sp=[S(ICE, "the agency")]),
    C("neutral", "Chicago is one of 10 cities expected to be targeted; factual."),
]

ANN["d404_wosu"] = [
    B("copyright", "Station copyright line at the top of the page template."),
    B("audio_player", "Live-radio player label ('Play Live Radio')."),
    B("audio_player", "Player label ('Next Up:')."),
    B("audio_player", "Player time display ('0:00 0:00')."),
    B("nav", "Navigation link ('Available On Air Stations')."),
    T("headline", "Article headline."),
    C("neutral", "Host's intro: Trump announced the raids on Twitter, delayed them, and said they will proceed; factual.",
      sp=[S(TRUMP, "the president")]),
    C("neutral", "Trump: Democrats 'want to have open borders'; immigration in general, not local cooperation.",
      sp=[S(TRUMP, "DONALD TRUMP")]),
    C("neutral", "Host: mayors deciding how to proceed; Lightfoot says she has given orders to police (no content of the orders yet).",
      sp=[S(LIGHTFOOT, "Lori Lightfoot")], opt=[O(INSKEEP, HOST_REASON, "INSKEEP")]),
    C("neutral", "Host's question on what Chicago will stop doing.",
      opt=[O(INSKEEP, HOST_REASON)]),
    C("supports", "Lightfoot: ICE can no longer access CPD databases and police cannot 'in any way, facilitate any of the ICE raids'.",
      sp=[S(LIGHTFOOT, "LORI LIGHTFOOT")]),
    C("neutral", "Host's question: Emanuel had taken similar positions; is she going beyond them?",
      opt=[O(INSKEEP, HOST_REASON, "INSKEEP"), O("Rahm Emanuel", "his position is only mentioned by the host ('had taken similar positions')", "Rahm Emanuel")]),
    C("supports", "Lightfoot: 'this cannot be something that we do'; no street closures or traffic blocking for ICE.",
      sp=[S(LIGHTFOOT, "LIGHTFOOT")]),
    C("neutral", "Host's hypothetical about police backup for an ICE raid, put as a question.",
      opt=[O(INSKEEP, HOST_REASON, "INSKEEP")]),
]

ANN["d405_the-independent-io"] = [
    B("nav", "Skip link ('Skip to main content')."),
    B("source_label", "Source and date label of the aggregated report ('HuffPost - July 11, 2019')."),
    C("supports", "Lightfoot said the city has permanently banned ICE from CPD databases.",
      sp=[S(LIGHTFOOT, "Lori Lightfoot")]),
    C("supports", "The mayor: police 'will not team up with ICE'; no assistance in raids; ICE cut off permanently.",
      sp=[S(LIGHTFOOT, "the mayor")]),
    C("supports", "Lightfoot said CPD would not cooperate with ICE; now a permanent ban.",
      sp=[S(LIGHTFOOT, "Lightfoot")]),
    C("supports", "Lightfoot ('she said'): Chicago 'will never tolerate ICE tearing our families apart'; immigrants should not fear.",
      sp=[S(LIGHTFOOT)]),
    C("supports", "Immigrant rights groups say the mayor is not doing enough and want an executive order denying DHS database access: they push for stronger limits.",
      un=["Many immigrant rights groups in Chicago", "Organizers"], out=["Chicago Sun-Times"]),
    B("source_link", "Aggregator link to the original ('Read full report at HuffPost')."),
]

ANN["d406_wgfa"] = [
    C("opposes", "The sheriffs' suit claims the Act 'oversteps its bounds' and conflicts with federal law; the ACLU attorney's rebuttal takes one closing sentence (alternative: neutral, a report of a filing with both sides).",
      sp=[S("Mike Downey", "Mike Downey"), S("ACLU of Illinois", "ACLU Illinois")],
      un=["The Ogle, McHenry and Stephenson county sheriffs"], amb=True),
    B("masthead", "Station name standing alone ('94.1 WGFA')."),
]

ANN["d407_cbs-news-chicago"] = [
    B("nav", "Site label ('Watch CBS News')."),
    T("headline", "Article headline."),
    C("neutral", "Lede: police will be prohibited from cooperating with ICE after the council vote; factual."),
    C("neutral", "Vote count and what the plan removes."),
    C("supports", "Ald. Rodriguez Sanchez: 'a beautiful moment' as the exceptions that justified CPD-ICE collaboration are removed.",
      sp=[S("Rossana Rodriguez Sanchez", "Rossana Rodriguez Sanchez")]),
    C("neutral", "What the ordinance allowed before the change."),
    C("neutral", "What the mayor's proposal prohibits."),
    C("supports", "Ald. Maldonado: the exemptions were used by 'racist police officers' to profile the undocumented.",
      sp=[S("Roberto Maldonado", "Roberto Maldonado")]),
]

ANN["d408_advancing-justice-chicago"] = [
    T("headline", "Article headline."),
    T("dek", "Dek naming the statement ('STATEMENT from the Chicago Immigration Working Group ...')."),
    C("supports", "Lead-in: amendments passed and the CIWG 'issued the following statement' (announces the celebrating statement; alternative: neutral).",
      sp=[S(CIWG, "The Chicago Immigration Working Group")], amb=True),
    C("supports", "CIWG statement, first person: 'we celebrate'; the carve-outs undermined severing ties between police and ICE; 'we have finally won'.",
      sp=[S(CIWG, "Chicago Immigration Working Group", "CIWG")]),
    C("supports", "CIWG: immigrants faced deportation after contact with a 'racially biased' system; a step closer to 'a sanctuary for all'.",
      sp=[S(CIWG, "CIWG")]),
]

ANN["d409_gambacorta-law"] = [
    B("photo_caption", "Image alt text ('person with hand on fence')."),
    T("headline", "Article headline."),
    C("neutral", "The signing and what the Way Forward Act does; descriptive."),
    C("neutral", "According to ICE, three counties hold about 260 detainees; what ICE can do next.",
      sp=[S(ICE, "U.S. Immigration and Customs Enforcement")]),
    C("neutral", "Background on the 2017 TRUST Act signing and what it allows."),
    C("neutral", "Lead-in to the list of provisions."),
    C("neutral", "List item: bans private detention centres (a provision)."),
    C("neutral", "List item: no agreements with ICE (a provision)."),
    C("neutral", "List item: no arrests for immigration violations (a provision)."),
    C("neutral", "List item: encourages crime reporting without fear (the law's stated aim, listed as a provision; alternative: supports).",
      amb=True),
]

ANN["d410_rep-windhorst"] = [
    T("headline", "Article headline (press release)."),
    C("opposes", "Three Republicans 'issued a joint statement' calling for repeal of the TRUST Act; 'The legislators say' the flow must be stopped.",
      sp=[S("Patrick Windhorst", "Patrick Windhorst"), S("Dave Severin", "Dave Severin"), S("Paul Jacobs", "Paul Jacobs")]),
    C("opposes", "Windhorst: the TRUST Act's results 'have been disastrous'; 'We must repeal the TRUST Act.'",
      sp=[S("Patrick Windhorst", "Windhorst")]),
    C("opposes", "Severin says migrants know that in the sanctuary state they will not face deportation efforts by police.",
      sp=[S("Dave Severin", "Dave Severin")]),
]

ANN["d411_wlds"] = [
    T("headline", "Article headline."),
    B("byline", "Byline with date and time ('By Benjamin Cox on October 25, 2023 at 11:35am')."),
    C("neutral", "Davidsmeyer filed repeal legislation (an action)."),
    C("opposes", "Davidsmeyer says the TRUST Act 'needs to be repealed'; citizens first.",
      sp=[S(DAVIDSMEYER, "Davidsmeyer")]),
    C("neutral", "Count of undocumented immigrants from his office's press release.",
      opt=[O(DAVIDSMEYER, "figure from a press release of his office (a document)", "Davidsmeyer’s office")]),
    C("neutral", "Davidsmeyer on the migrant budget crisis and the undocumented healthcare costs; immigration costs, nothing on local cooperation (alternative: opposes, offered in the repeal argument).",
      sp=[S(DAVIDSMEYER, "Davidsmeyer")], amb=True),
]

ANN["d412_american-faith"] = [
    C("neutral", "Author: Johnson 'doubling down' on the 'controversial' ordinance; slanted wording only (alternative: opposes).",
      amb=True),
    C("neutral", "Johnson issued guidelines (action); Homan 'has vowed' to prioritise enforcement in cities like Chicago; council vote ahead (alternative: opposes, Homan's vow).",
      sp=[S(HOMAN, "Tom Homan")], amb=True),
    C("supports", "Johnson urges city agencies to resist ICE operations on city property without a judicial warrant.",
      sp=[S(BJOHNSON, "Johnson")]),
    C("opposes", "Lopez: the mayor's 'extraordinary measures to obstruct' the amendment; the goal is public safety.",
      sp=[S(LOPEZ, "Ray Lopez")]),
    C("neutral", "Timing of the memo; the Lopez-Tabares amendment to allow collaboration with ICE (described, not argued)."),
]

ANN["d413_newsfinale"] = [
    B("share", "Share-button text ('Share and Follow')."),
    C("neutral", "Trump and Homan 'have pledged' to make Chicago 'ground zero' for deportations; about deportations, not local cooperation (alternative: opposes).",
      sp=[S(TRUMP, "Donald Trump"), S(HOMAN, "Tom Homan")], amb=True),
    C("supports", "Johnson pushed back, 'insisting' federal agents get no cooperation; the second sentence reports the aldermen's plan to amend (alternative: neutral, mixed).",
      sp=[S(BJOHNSON, "Brandon Johnson")], amb=True),
    C("neutral", "The plan to bring the amendment to a vote; what the current policy prohibits."),
    C("neutral", "What the proposal would allow."),
    C("opposes", "Lopez told (the station) Chicago can remain a sanctuary city while helping deport migrants with criminal pasts: a rollback of the limits.",
      sp=[S(LOPEZ, "Lopez")]),
    C("opposes", "Lopez: 'I should have no sanctuary for you here in my city' for those who act in dangerous and illegal ways.",
      sp=[S(LOPEZ, "Lopez")]),
]

ANN["d414_crains-chicago-business"] = [
    T("headline", "Article headline."),
    B("photo_caption", "Image caption/alt text ('Lights on top of police car')."),
    B("photo_credit", "Photo credit ('Credit: Getty Images')."),
    C("neutral", "Author: the effort to weaken sanctuary status comes up for a vote; factual."),
    C("opposes", "Lopez 'says he's not backing down' and will force a vote on amending the ordinance (a rollback).",
      sp=[S(LOPEZ, "Ray Lopez")]),
    C("neutral", "What the change would allow."),
    C("supports", "The amendment is opposed by Johnson, CPD and advocates 'who say' it exposes the city to liability, violates state law and deters immigrants from police.",
      sp=[S(BJOHNSON, "Brandon Johnson"), S("Chicago Police Department", "Chicago Police Department")],
      un=["advocates"]),
    C("neutral", "What the current law forbids."),
    C("supports", "Taliaferro, a co-sponsor, 'says he'll now vote against it' and wants a hearing first (alternative: neutral, a procedural objection).",
      sp=[S("Chris Taliaferro", "Chris Taliaferro")], amb=True),
    C("neutral", "Taliaferro: Lopez should allow amendments so the ordinance is preserved without liability; procedural, sides unclear (alternatives: supports or opposes).",
      sp=[S("Chris Taliaferro", "Taliaferro")], amb=True),
]

ANN["d415_times-of-america"] = [
    C("opposes", "The Trump administration sued; the DOJ seeks to block the policies, 'arguing that these laws subvert federal authority' (alternative: neutral, a lawsuit filed).",
      sp=[S(DOJ, "The Department of Justice")], amb=True),
    C("opposes", "Bondi's funding freeze (action); prosecutors 'state' the ordinance and the TRUST Act violate the Supremacy Clause.",
      sp=[S(DOJ, "Prosecutors")]),
    C("opposes", "The DOJ complaint and 'the department asserts' the policies let dangerous individuals avoid removal.",
      sp=[S(DOJ, "The department")]),
    C("supports", "Pritzker rejected the suit, 'claiming' Illinois follows the law; Johnson says the city will not back down from its sanctuary policies.",
      sp=[S(PRITZKER, "Pritzker"), S(BJOHNSON, "Johnson")]),
    C("opposes", "The Justice Department 'has warned' obstructing officials; prosecutors 'have emphasized' the administration will not tolerate it.",
      sp=[S(DOJ, "The Justice Department", "Prosecutors")]),
    C("neutral", "Author's wrap-up: the lawsuit adds pressure; Johnson to testify; the battle expected to escalate."),
]

ANN["d416_daily8"] = [
    T("headline", "Article headline."),
    T("dek", "Dek (what the law limits)."),
    T("subhead", "Section subhead ('The backstory')."),
    C("neutral", "Background: the TRUST Act enacted in 2017 under Rauner."),
    C("neutral", "What the law bans."),
    C("neutral", "What the law also bars."),
    C("neutral", "2021 laws expanded protections."),
    C("supports", "Fleming (NIJC, helped craft the bill) said the point is to keep immigration enforcement with federal agents.",
      sp=[S(FLEMING, "Mark Fleming")]),
    C("supports", "Fleming: state and local governments decide 'not to participate in civil immigration enforcement'.",
      sp=[S(FLEMING, "Fleming")]),
    C("supports", "Fleming's concession that police can help in some cases, offered inside his defence of the law (alternative: neutral).",
      sp=[S(FLEMING, "Fleming")], amb=True),
    C("neutral", "'We're not allowed to ask where you're from ...', 'he said' (read as Fleming, the last named speaker): describes the Act (alternative: the words sound like a police officer's complaint, opposes).",
      sp=[S(FLEMING)], amb=True),
    T("subhead", "Section subhead ('The other side')."),
    C("opposes", "Sheriff Mendrick said the Act forced officers to choose between conflicting state and federal laws.",
      sp=[S(MENDRICK, "James Mendrick")]),
    C("opposes", "Mendrick: 'They've got the cops scared to death'; cops fear being sued.",
      sp=[S(MENDRICK, "Mendrick")]),
    C("neutral", "Mendrick 'believes' sharing status would make communities safer; 'But Fleming says' the idea is to let residents out of the shadows: both sides, close to even (alternatives: opposes, the longer part; supports, the final point).",
      sp=[S(MENDRICK, "Mendrick"), S(FLEMING, "Fleming")], amb=True),
]

ANN["d417_the-caucus-blog"] = [
    T("headline", "Article headline (caucus blog post)."),
    C("opposes", "Three Republicans held a news conference 'to denounce' the 'costly and dangerous' sanctuary state policy.",
      sp=[S(DAVIDSMEYER, "C.D. Davidsmeyer"), S("Mike Coffey", "Mike Coffey"), S("Paul Jacobs", "Paul Jacobs")]),
    C("neutral", "The press conference focused on Biden's border policy and a package on stopping illegal immigration; immigration in general (alternative: opposes).",
      amb=True),
    C("opposes", "According to Davidsmeyer, 530,000 immigrants overwhelmed resources; the author calls the TRUST Act 'a misguided law' and the policy 'failed'.",
      sp=[S(DAVIDSMEYER, "Davidsmeyer")]),
    C("opposes", "Davidsmeyer: the sanctuary state policy 'has cost Illinois taxpayers billions' and 'made our communities less safe'.",
      sp=[S(DAVIDSMEYER, "Davidsmeyer")]),
    C("neutral", "The Auditor General's audit of the immigrant healthcare programme; costs, not local cooperation."),
]

ANN["d418_riverbender"] = [
    C("opposes", "Lede of the release: Noem visited 'to highlight how sanctuary policies in Illinois have unleashed violence' while shielding those responsible.",
      opt=[O("Kristi Noem", "her view is given as the purpose of a visit, with no speech verb", "Kristi Noem")]),
    C("opposes", "Release text: the TRUST Act is 'a misguided law'; the bill would end the 'failed sanctuary state policy'.",
      opt=[O(DAVIDSMEYER, "unattributed press-release text of the representative's office", "C.D. Davidsmeyer")]),
    C("opposes", "Lead-in announcing Davidsmeyer's statement, which follows and opposes (alternative: neutral).",
      sp=[S(DAVIDSMEYER, "Davidsmeyer")], amb=True),
    C("neutral", "Davidsmeyer thanks Noem and Trump for their leadership on illegal immigration and the border; nothing on local cooperation.",
      sp=[S(DAVIDSMEYER)]),
    C("neutral", "Davidsmeyer: the 'flood of illegal immigrants' under Biden led to crimes and budget damage; immigration in general (alternative: opposes, part of the anti-sanctuary statement).",
      sp=[S(DAVIDSMEYER)], amb=True),
    C("opposes", "Davidsmeyer: Pritzker's 'failed sanctuary state policy' cost billions and made communities less safe.",
      sp=[S(DAVIDSMEYER)]),
    C("opposes", "Davidsmeyer: 'we should be working with the Trump Administration to detain and deport dangerous criminal aliens'.",
      sp=[S(DAVIDSMEYER)]),
    C("opposes", "Davidsmeyer: Pritzker cares more for his image than protecting families from 'murderers and rapists' (attack in the anti-sanctuary statement; alternative: neutral, about Pritzker).",
      sp=[S(DAVIDSMEYER)], amb=True),
    C("opposes", "Davidsmeyer: 'End the failed sanctuary state policy now!'",
      sp=[S(DAVIDSMEYER)]),
]

ANN["d419_usconstitution-net"] = [
    C("neutral", "Author's lede: the administration declared a new front in its war on sanctuary policies; descriptive."),
    C("supports", "Author: 'a deliberately provocative and high-profile show of federal force' against a city's leaders; criticises federal pressure on a sanctuary city (alternative: neutral).",
      amb=True),
    C("neutral", "Author: a 'furious constitutional and political firestorm' pitting executive power against the city's leaders; even-handed.",
      amb=True),
    T("subhead", "Explainer box heading ('At a Glance: ...')."),
    C("neutral", "Bullet: what is happening (a targeted enforcement surge)."),
    C("neutral", "Bullet: the administration's 'extremely aggressive language'; Trump calls DHS the 'Department of WAR'; about rhetoric, not local cooperation.",
      sp=[S(TRUMP, "Trump")], amb=True),
    C("supports", "Bullet: Pritzker and Johnson 'have condemned' the operation as a political stunt to 'scare Illinoisians'.",
      sp=[S(PRITZKER, "J.B. Pritzker"), S(BJOHNSON, "Brandon Johnson")]),
    C("neutral", "Bullet: the constitutional issue, federal power against the Tenth Amendment; balanced."),
    T("subhead", "Section subhead ('A Mission Named for a Victim')."),
    C("neutral", "The administration dedicated the operation 'in honor of Katie Abraham'.",
      opt=[O("Trump administration", "'The administration' dedicates the operation; the words are a dedication, not a position", "The administration")]),
    C("opposes", "DHS: 'Governor Pritzker stands with criminal illegal aliens' (the department announced).",
      sp=[S(DHS, "the department")]),
]

MANIFEST_ENTRIES = [
    {"file": "d400_money-street-news.txt", "outlet": "Money Street News (Chicago Sun-Times story)", "date": "2017-08-28",
     "title": "Rauner signs immigrant protections, automatic voter registration bill",
     "url": "http://moneystreetnews.com/rauner-signs-immigrant-protections-automatic-voter-registration-bill/"},
    {"file": "d401_will-illinois-public-media.txt", "outlet": "WILL Illinois Public Media (The 21st Show)", "date": "2017-08",
     "title": "Gov. Rauner Says TRUST Act Is Currently ‘Under Review’",
     "url": "https://will.illinois.edu/21stshow/program/gov.-rauner-says-trust-act-is-currently-under-review"},
    {"file": "d402_chronicle-illinois.txt", "outlet": "Chronicle Illinois", "date": "2019-06",
     "title": "Chicago Mayor Lightfoot says city will not help ICE with raids",
     "url": "https://chronicleillinois.com/news/cook-county-news/chicago-mayor-lightfoot-says-city-will-not-help-ice-with-raids/"},
    {"file": "d403_wgn-tv.txt", "outlet": "WGN-TV", "date": "2019-06-21",
     "title": "Chicago mayor says police won't assist ICE in migrant sweep",
     "url": "https://wgntv.com/2019/06/21/chicago-mayor-says-police-wont-assist-ice-in-migrant-sweep/"},
    {"file": "d404_wosu.txt", "outlet": "WOSU Public Media (NPR Morning Edition)", "date": "2019-07-02",
     "title": "Chicago Police May Not Facilitate ICE Raids, Mayor Lightfoot Says",
     "url": "https://www.wosu.org/news-partners/2019-07-02/chicago-police-may-not-facilitate-ice-raids-mayor-lightfoot-says"},
    {"file": "d405_the-independent-io.txt", "outlet": "The Independent (theindependent.io; HuffPost excerpt)", "date": "2019-07-11",
     "title": "Chicago mayor bans ICE from access to city's police database permanently",
     "url": "https://theindependent.io/communityindependentjournal/politics/chicago-mayor-bans-ice-from-access-to-city-s-police-database-permanently"},
    {"file": "d406_wgfa.txt", "outlet": "WGFA 94.1 (Watseka radio)", "date": "2020-03",
     "title": "Kankakee County Sheriff Mike Downey among four sheriffs suing over the Trust Act (no headline stored)",
     "url": "https://wgfaradio.com/49f"},
    {"file": "d407_cbs-news-chicago.txt", "outlet": "CBS News Chicago", "date": "2021-01-27",
     "title": "City Council Expands Protections For Immigrants, Blocks CPD From Cooperating With ICE",
     "url": "https://www.cbsnews.com/chicago/news/city-council-expands-protections-for-immigrants-blocks-cpd-from-cooperating-with-ice/"},
    {"file": "d408_advancing-justice-chicago.txt", "outlet": "Asian Americans Advancing Justice | Chicago", "date": "2021-01-27",
     "title": "Welcoming City Ordinance Amendments Pass",
     "url": "https://www.advancingjustice-chicago.org/welcoming-city-ordinance-amendments-pass/?lang=ko"},
    {"file": "d409_gambacorta-law.txt", "outlet": "Gambacorta Law (law-firm blog)", "date": "2021-08",
     "title": "Gov. Pritzker Signs New Law to End Immigration Detention in IL",
     "url": "https://www.gambacortalaw.com/blogs/2021/august/gov-pritzker-signs-new-law-to-end-immigration-de/"},
    {"file": "d410_rep-windhorst.txt", "outlet": "Rep. Patrick Windhorst (representative's site)", "date": "2023-10-30",
     "title": "Southern IL Republican Representatives: Time to End Illinois’ Sanctuary State Status",
     "url": "https://repwindhorst.com/2023/10/30/southern-il-republican-representatives-time-to-end-illinois-sanctuary-state-status/"},
    {"file": "d411_wlds.txt", "outlet": "WLDS (Jacksonville radio)", "date": "2023-10-25",
     "title": "Davidsmeyer Files Bill to Repeal Illinois’ Status as a Sanctuary State",
     "url": "https://wlds.com/davidsmeyer-files-bill-to-repeal-illinois-status-as-a-sanctuary-state/"},
    {"file": "d412_american-faith.txt", "outlet": "American Faith", "date": "2025-01",
     "title": "Chicago Mayor Brandon Johnson reaffirms city's Welcoming City Ordinance (headline rebuilt from the URL slug)",
     "url": "https://americanfaith.com/chicago-mayor-brandon-johnson-reaffirms-citys-welcoming-city-ordinance-with-illegal-immigration/"},
    {"file": "d413_newsfinale.txt", "outlet": "NewsFinale (aggregator)", "date": "2025-01",
     "title": "Chicago alderpersons advocate for changes to sanctuary city policies",
     "url": "https://newsfinale.com/us/chicago-alderpersons-advocate-for-changes-to-sanctuary-city-policies"},
    {"file": "d414_crains-chicago-business.txt", "outlet": "Crain's Chicago Business", "date": "2025-01",
     "title": "City Council to mull weakening 'welcoming city' law that made Chicago a target of immigration hawks",
     "url": "https://www.chicagobusiness.com/politics/city-council-mull-weakening-chicago-welcoming-city-law"},
    {"file": "d415_times-of-america.txt", "outlet": "Times of America", "date": "2025-02",
     "title": "Trump's Justice Department sues Illinois and Chicago for defying White House on illegal immigrants",
     "url": "https://timesofamerica.news/trumps-justice-department-sues-illinois-and-chicago-for-defying-white-house-on-illegal-immigrants/"},
    {"file": "d416_daily8.txt", "outlet": "Daily8 (aggregator; NBC Chicago story)", "date": "2025-06",
     "title": "Controversial Illinois ‘sanctuary' law at center of Pritzker's testimony in Washington",
     "url": "https://test.daily8.com/en/article/1430036c1978070072d6e148ab171faa"},
    {"file": "d417_the-caucus-blog.txt", "outlet": "The Caucus Blog (Illinois House Republicans)", "date": "2025-03",
     "title": "House Republicans Fight to End Costly Sanctuary State Policies, Stop Illegal Immigration",
     "url": "https://thecaucusblog.com/2025/03/house-republicans-fight-to-end-costly.html"},
    {"file": "d418_riverbender.txt", "outlet": "RiverBender.com", "date": "2025-05-07",
     "title": "After Sec. Noem's Springfield visit, Davidsmeyer again calls for end of Illinois' failed sanctuary policy (from the URL slug)",
     "url": "https://www.riverbender.com/news/details/after-sec-noems-springfield-visit-davidsmeyer-again-calls-for-end-of-illinois-failed-sanctuary-policy-82245.cfm"},
    {"file": "d419_usconstitution-net.txt", "outlet": "USConstitution.net", "date": "2025-09",
     "title": "Trump unleashes Operation Midway Blitz on Chicago (from the URL slug)",
     "url": "https://usconstitution.net/trump-unleashes-operation-midway-blitz-on-chicago"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d4")
