#!/usr/bin/env python3
"""Dev set, part N (files d1400-d1414): hand annotations -> fresh-n/gold-fresh-n.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
analysis code, its tests or any of its output. 15 articles from 15 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. Four articles are about other states (d1400 Minnesota, d1405 Oregon, d1406 Connecticut, d1412
Georgia) and one is a national explainer (d1404). The annotations follow
/work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and STANCE_GUIDELINES.md (stance
rules), and the conventions of parts B-M: canonical names from canonical.py where they apply (Brandon
Johnson, U.S. Immigration and Customs Enforcement, Donald Trump) and the forms earlier parts wrote
(House Oversight Committee, Dave Yost, Illinois Sheriffs' Association), otherwise the fullest form the
article gives, titles dropped ("Governor Lamont" -> Ned Lamont). Unnamed officials of a named body map
to that body ("an ICE official" -> U.S. Immigration and Customs Enforcement; "the police department and
mayor's office" of Champaign -> Champaign Police Department and Office of the Mayor of Champaign, the
office being a separate entity from the mayor, as the seed NOTES keep the governor's office apart from
the governor); a person speaking for an organisation is the person only (Noel Andersen, not Church World
Service; Julián Lazalde, not the National Immigrant Justice Center); organisations that speak as
themselves are speakers (Hennepin County Sheriff's Office "disputed", the Illinois Sheriffs' Association
"sounding the alarm", Organized Communities Against Deportations "hopes", the House Oversight
Committee's letter "asserting"); a statement continuing an attribution made in an earlier line keeps the
speakers with an empty alias list (the Champaign statement's bullets, d1407 #4-#8) while the lead-in line
carries them as optional speakers (as d1306 #1 and d1308 #1 of part M); unattributed text of an official
or organisational release carries the releasing body as an optional speaker (Church World Service in
d1402, the Connecticut governor's office in d1406, as in parts B, L and M); a site's own first-person
voice whose owner is not named in the text has no speaker (Sen. Tracy's site, d1408; the Georgia blog,
d1412; as part M did with Rep. McCombie's site); a brief, a poll or a report is a document, so its
author is optional at most (Dave Yost's brief in d1414, as part G; the Illinois Policy Institute's poll
in d1411, as part M's DHS report); refusing to comment is not a stated position. Cited outlets are the
outlets that pass words along, the page's own outlet included when the text names it ("in an email to
The Southern", as part M did with the Washington Free Beacon). They were made by reading the article
text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_n.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, ICE, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("fresh-n", "gold-fresh-n.jsonl")


HCSO = "Hennepin County Sheriff's Office"
STANEK = "Rich Stanek"
CWS = "Church World Service"
ANDERSEN = "Noel Andersen"
NWH_BOARD = "Northwest Herald Editorial Board"
SCHAAF = "Libby Schaaf"
LUNDBERG = "Christine Lundberg"
LAUDATI = "Niel Laudati"
CUTRELL = "Carissa Cutrell"
TADEO = "Johanis Tadeo"
LAMONT = "Ned Lamont"
CT_GOV_OFFICE = "Office of the Governor of Connecticut"
FEINEN = "Deborah Frank Feinen"
CHAMPAIGN_PD = "Champaign Police Department"
CHAMPAIGN_MAYOR_OFFICE = "Office of the Mayor of Champaign"
LANGFELDER = "Jim Langfelder"
ISA = "Illinois Sheriffs' Association"
LAZALDE = "Julián Lazalde"
OCAD = "Organized Communities Against Deportations"
IPI = "Illinois Policy Institute"
SNELLING = "Larry Snelling"
HADDEN = "Maria Hadden"
OVERSIGHT = "House Oversight Committee"
YOST = "Dave Yost"

RELEASE = "unattributed release text: the {} is the author of the release the site carries"
CWS_RELEASE = RELEASE.format("Church World Service")
CT_RELEASE = RELEASE.format("Connecticut governor's office")
STATEMENT = "the joint statement continues: its words are the police department's and the mayor's office's (named in #3), with no attribution in this line"
LEAD_IN = "'In a statement, ... stated:' only announces the words, which are in the next lines"
CHILL = "about fear of ICE raids (the chilling effect), not local cooperation, and answering no argument for or against the limits"


def champaign_statement():
    """The two bodies d1407 #3 names as the authors of the bulleted statement, for the bullets themselves."""
    return [S(CHAMPAIGN_PD), S(CHAMPAIGN_MAYOR_OFFICE)]


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d1400_sun-current"] = [
    B("nav", "Carousel arrows standing alone ('< >')."),
    C("neutral", "The Sheriff's Office 'disputed' its inclusion on the federal list of agencies that have not honored ICE holds (a dispute over the list; alternatives: opposes, it rejects being counted as non-cooperative; supports, it pushes back on the federal list).",
      sp=[S(HCSO, "The Hennepin County Sheriff’s Office")], amb=True),
    C("neutral", "The DHS report was issued under Trump's executive order requiring ICE to report releases after holds (a document and an action; descriptive)."),
    C("neutral", "About 50 other jails are on the report; Trump 'promised to crack down' on non-complying agencies and threatened funding (background; alternative: opposes, Trump's promised crackdown).",
      opt=[O(TRUMP, "'promised to crack down ... threatening' reports his position without his words", "Trump")], amb=True),
    C("opposes", "Stanek: 'there is no safe haven or sanctuary of criminals anywhere in Hennepin County'; the office 'fully cooperates' with ICE 'to the fullest extent of the law' (rejects sanctuary, affirms cooperation; alternative: neutral, he also stresses constitutional rights, i.e. the limits of that cooperation).",
      sp=[S(STANEK, "Rich Stanek")], amb=True),
    C("neutral", "Why the county was listed: two men arrested by Minneapolis police, their charges (facts)."),
]

ANN["d1401_isba"] = [
    B("timestamp_label", "Newsletter issue label with a PDF link ('May 2017Volume 18Number 4PDF icon PDF version (for best printing)')."),
    T("headline", "Article headline ('Sanctuary cities')."),
    C("neutral", "Author: counties, cities and villages are weighing whether to designate themselves sanctuaries and whether they would lose federal funding; 'a complicated and volatile subject' (framing of the questions; even-handed)."),
    C("neutral", "Outline question I: what federal law requires of local governments on immigration information and assistance."),
    C("neutral", "Outline question II: common provisions of Illinois sanctuary ordinances."),
    C("neutral", "Outline question III: federal funds and Executive Order 13768."),
    C("neutral", "Outline question IV: are sanctuary ordinances necessary or effective (a question, no answer)."),
    C("neutral", "Outline question V: a state-wide legislative fix."),
    C("neutral", "Outline item VI: alternatives to sanctuary ordinances."),
    C("neutral", "Lead-in to the definitions (descriptive)."),
    C("neutral", "How Chicago's and Evanston's ordinances define an administrative warrant (documents; descriptive)."),
    C("neutral", "Oak Park's definition, quoted from its ordinance (a document)."),
    C("neutral", "Definition of ICE."),
]

ANN["d1402_church-world-service"] = [
    T("headline", "Release headline ('CWS Applauds Illinois Governor for Signing Trust Act Into Law')."),
    B("timestamp_label", "Date line ('August 29, 2017')."),
    T("dek", "Dek ('Illinois Governor signs new law to protect communities and welcome immigrants.')."),
    C("supports", "Release text: Rauner signed the Act (an action), 'a milestone in ensuring due process protections'; communities 'are safer' when immigrants can come forward (trust and safety arguments).",
      opt=[O(CWS, CWS_RELEASE)]),
    C("supports", "Andersen ('said Rev. Noel Andersen', speaking for Church World Service): faith communities 'celebrate' the signing; forcing police to abandon community policing is wrong; 'CWS encourages states and cities' to adopt such policies.",
      sp=[S(ANDERSEN, "Noel Andersen")]),
    C("neutral", "Release text: what the Act prohibits (detaining on a detainer or non-judicial warrant, stops or arrests on status alone); descriptive.",
      opt=[O(CWS, CWS_RELEASE)]),
]

ANN["d1403_krv-legal"] = [
    T("headline", "Post headline ('Ridings: Northwest Herald misses the mark on Trust Act'); the author is named only here."),
    B("byline", "Byline: the law firm's name ('KRV Legal')."),
    C("supports", "Author (first person): writes 'out of concern for the facts and opinions' of the Northwest Herald's editorial 'Trust Act goes too far' (a lead-in to a rebuttal that defends the Act; alternatives: neutral, an opening; opposes, the editorial's quoted title).",
      opt=[O(NWH_BOARD, "the board's position appears only as the quoted title of its editorial", "Northwest Herald Editorial Board")], amb=True),
    C("supports", "Author: the editorial rests on 'significant factual errors'; the Act 'codifies what is already the law' (the statute quoted), since local police have no authority to enforce federal civil immigration law (the legality argument; the editorial is a document, not a speaker)."),
    C("supports", "Author: 'There is nothing complicated' about the Act's two rules (lead-in to the author's defence; alternative: neutral, an announcement of the rules).",
      amb=True),
    C("supports", "Author: the sheriff 'has no authority to enforce federal laws', so he cannot detain on status without a proper federal warrant (legality argument; alternative: neutral, a statement of the rule).",
      amb=True),
    C("supports", "Author: no federal official can confer that authority through informal 'requests', contracts or non-judicial warrants (legality argument; alternative: neutral, a statement of the rule).",
      amb=True),
]

ANN["d1404_five-figure-news"] = [
    T("headline", "Article headline ('The Scoop on Sanctuary Cities')."),
    T("dek", "Dek ('What is a sanctuary city? Is it safe to live in one?')."),
    T("subhead", "Box heading ('Five Figures to Consider')."),
    C("neutral", "Figure: 764 counties limit local detention on behalf of ICE (a count)."),
    C("neutral", "Figure: an 81% increase in ICE detainer requests (a count)."),
    C("supports", "Figure: no statistically significant difference in crime between sanctuary and non-sanctuary cities (answers the crime argument against sanctuaries; alternative: neutral, a figure without comment).",
      amb=True),
    C("neutral", "Figure: immigrants here illegally are less likely to be incarcerated (about immigrants, not local cooperation; alternative: supports, it answers the crime argument).",
      amb=True),
    C("neutral", "Figure: 94.3% of detainer requests fulfilled in fiscal 2017 (a count)."),
    C("neutral", "Author: what a sanctuary city is; 'Sanctuary does not hamstring local law enforcement from prosecuting crimes', but the policies cause 'friction', as when Schaaf 'warned constituents' of an ICE operation (definition and an even account; alternative: supports, the 'does not hamstring' rebuttal).",
      sp=[S(SCHAAF, "Libby Schaaf")], amb=True),
]

ANN["d1405_eugene-weekly"] = [
    T("headline", "Article headline ('ICE Agreement with Springfield Melts Away')."),
    T("dek", "Dek ('City Council cancels contract to house detainees in municipal jail')."),
    C("neutral", "The council voted unanimously to end the ICE jail contract (an action) amid 'cheering and clapping' after 'emotional discussion from the public' (alternative: supports, the lede dwells on the applause; slanted wording only).",
      un=["the public"], amb=True),
    C("supports", "Author: the decision ended an agreement in place since 2012 and 'may bring some small reassurance' to immigrants facing 'increased scrutiny' (favourable framing; alternative: neutral).",
      amb=True),
    C("neutral", "Lundberg 'had earlier said' the council would consider keeping only detainees with criminal charges or history (a proposal reported; no view of the limits).",
      sp=[S(LUNDBERG, "Christine Lundberg")]),
    C("neutral", "ICE was notified the jail would no longer hold detainees, 'according to Niel Laudati', the city's public affairs manager (a fact).",
      sp=[S(LAUDATI, "Niel Laudati")]),
    C("opposes", "Cutrell 'says' ICE has no replacement facility; ICE 'must now dedicate more resources for transportation', which 'steers resources away from apprehending at-large criminal aliens, negatively impacting public safety' (cost and safety argument against ending cooperation).",
      sp=[S(CUTRELL, "Carissa Cutrell", "she")]),
    C("supports", "Tadeo, an organizer, expected a split vote; 'he adds' that when councilors backed ending the contract 'he was in tears' (an advocate's joy at the end of cooperation; alternative: neutral, a reaction without a stated view).",
      sp=[S(TADEO, "Johanis Tadeo", "he")], amb=True),
]

ANN["d1406_ct-governor"] = [
    B("section_label", "Section label ('Press Releases')."),
    B("masthead", "Office name standing alone ('Governor Ned Lamont')."),
    T("headline", "Release headline ('Governor Lamont Applauds Final Passage of Legislation Strengthening the Connecticut Trust Act ...')."),
    C("supports", "Lamont 'is applauding' the General Assembly for updating the Trust Act and plans to sign it (praise of stronger limits).",
      sp=[S(LAMONT, "Ned Lamont")], opt=[O(CT_GOV_OFFICE, CT_RELEASE)]),
    C("neutral", "Release text: what the Trust Act does; it 'was created in an effort to strike a balance' between assisting ICE for public safety and police-community relations (description, evenly balanced).",
      opt=[O(CT_GOV_OFFICE, CT_RELEASE)]),
    C("neutral", "Release text: lead-in to the list of modifications.",
      opt=[O(CT_GOV_OFFICE, CT_RELEASE)]),
    C("neutral", "Provision: no detention on a civil detainer alone unless serious felonies, the terrorist watch list or a judicial warrant.",
      opt=[O(CT_GOV_OFFICE, CT_RELEASE)]),
    C("neutral", "Provision: limits information sharing with ICE.",
      opt=[O(CT_GOV_OFFICE, CT_RELEASE)]),
    C("neutral", "Provision: police must tell a person when ICE has requested their detention.",
      opt=[O(CT_GOV_OFFICE, CT_RELEASE)]),
    C("supports", "Lamont: the changes 'strengthen the important relationship' between police and communities; federal duties 'stretch limited resources' and distract from local safety (trust and resources arguments).",
      sp=[S(LAMONT, "Lamont")]),
]

ANN["d1407_illinois-eagle"] = [
    T("headline", "Post headline ('Champaign mayor says police won’t help ICE')."),
    B("photo_caption", "Image caption with its source ('Champaign, Illinois (From the City of Champaign website)')."),
    C("supports", "Feinen 'announced' that the police department 'will not help ICE officials' (an actor promising not to cooperate).",
      sp=[S(FEINEN, "Deborah Frank Feinen")]),
    C("supports", "Lead-in: 'In a statement, the police department and mayor’s office stated:' (takes the stance of the statement it announces).",
      opt=[O(CHAMPAIGN_PD, LEAD_IN, "the police department"), O(CHAMPAIGN_MAYOR_OFFICE, LEAD_IN, "mayor’s office")]),
    C("supports", "Statement: Champaign police do not take part in ICE raids or enforcement operations (a promise not to cooperate).",
      sp=champaign_statement()),
    C("neutral", "Statement: the TRUST Act prohibits local police from assisting federal immigration enforcement (what the law provides; alternative: supports, given as the ground for not helping).",
      sp=champaign_statement(), amb=True),
    C("supports", "Statement: police will not stop, arrest, search or detain anyone on nationality or status alone (a promise).",
      sp=champaign_statement()),
    C("supports", "Statement: police will not share information about an undocumented person with federal officials (a promise not to cooperate).",
      sp=champaign_statement()),
    C("supports", "Statement: police enforce court warrants but 'do not enforce federal Immigration Detainers or Hold Requests' (refusing detainers).",
      sp=champaign_statement()),
    C("neutral", "Feinen ('said in the statement'): the city remains a 'welcoming community'; 'fully supportive' of its immigrants (a view on immigrants that says nothing about police cooperation; alternative: supports, it closes the statement on not helping ICE).",
      sp=[S(FEINEN, "Feinen")], amb=True),
    C("supports", "WICS/WCCU 'reported' that Langfelder 'released a statement' instructing Springfield police not to take part in ICE raids (an actor refusing cooperation).",
      sp=[S(LANGFELDER, "Jim Langfelder")], out=["WICS/WCCU"]),
    B("comment_prompt", "Comments notice ('Comments are closed.')."),
    B("site_notice", "Cookie notice ('This website uses cookies ...')."),
    B("site_notice", "Cookie policy link ('Privacy & Cookies Policy')."),
]

ANN["d1408_sen-tracy"] = [
    T("headline", "Post headline ('IDOC policy change comes under scrutiny')."),
    C("opposes", "The Sheriffs' Association's members are 'sounding the alarm' about a policy that releases non-citizen felons without notifying federal immigration authorities (warns against not cooperating).",
      sp=[S(ISA, "Illinois Sheriffs’ Association")]),
    C("opposes", "Site text: IDOC 'was required to coordinate' with ICE to transfer such felons 'instead of releasing them into our communities' (favours the earlier cooperation; alternative: neutral, an account of the earlier practice).",
      amb=True),
    C("neutral", "Site text, first person ('I was joined by'; the senator is not named in the text): who stood at the press conference (an event; names only)."),
    C("opposes", "Site text: the issues raised by 'our dedicated law enforcement officials should concern all Illinois residents'; 'This issue is simply about safety' (safety argument backing the sheriffs).",
      un=["our dedicated law enforcement officials"]),
    C("opposes", "Site text: given the Association's concerns and 'the potential dangers to public safety', 'we would like IDOC to answer' (a demand for answers framed by danger; lead-in to the questions; alternative: neutral, a request).",
      opt=[O(ISA, "'the Sheriffs’ Association’s concerns' refers to its position without words", "Sheriffs’ Association’s")], amb=True),
    C("neutral", "Question: 'Why was this policy changed?' (a bare question; alternative: opposes, a challenge to the policy).",
      amb=True),
    C("neutral", "Question: 'Whose decision was it to change this policy?' (a bare question; alternative: opposes).",
      amb=True),
    C("neutral", "Question: 'Why weren’t lawmakers informed?' (about process; alternative: opposes).",
      amb=True),
]

ANN["d1409_the-southern"] = [
    C("neutral", "Dateline lede: the Pulaski County Detention Center leaves its ICE contract after the law ending detention; detainees transferred or released (facts)."),
    C("neutral", "Pritzker signed the Way Forward Act (an action); what it makes illegal and the Jan. 1, 2022 deadline (provisions)."),
    C("neutral", "Pulaski was one of three counties with such a contract (a fact)."),
    C("neutral", "'The Associated Press reports' that most ICE detainees are in private facilities, banned in Illinois since 2019 (a fact passed along).",
      out=["The Associated Press"]),
    C("neutral", "An ICE official ('said in an email to The Southern'): case-by-case assessment, transfers, keeping detainees in Illinois where possible (procedure).",
      sp=[S(ICE, "an ICE official")], out=["The Southern"]),
    C("supports", "Despite the expected economic impact, 'immigration advocates say the move is a step in the right direction' (the emphasised final point favours ending the ICE contract).",
      un=["immigration advocates"]),
    C("neutral", "Lazalde (NIJC, recorded as the person) 'said' ICE set a deadline for detainees to ask for release (procedure).",
      sp=[S(LAZALDE, "Julián Lazalde")]),
    C("neutral", "Lazalde 'said' they estimate 50 to 70 people are held; ICE 'refused to comment' on the number (figures; refusing to comment is not a position).",
      sp=[S(LAZALDE, "Lazalde")], out=["The Southern"]),
]

ANN["d1410_nyu-law-review"] = [
    B("masthead", "Journal name, first line of the logo ('NewYorkUniversity')."),
    B("masthead", "Journal name, second line of the logo ('LawReview')."),
    B("section_label", "Section name ('The Law Review Forum')."),
    T("headline", "Essay title ('Ending Immigration Detention in Illinois: Challenges and Lessons From the Implementation of the Illinois Way Forward Act')."),
    B("byline", "Byline ('Karina Solano, Antonio Gutierrez, Julia Davis')."),
    B("timestamp_label", "Date line ('June 15, 2023')."),
    B("author_bio", "The authors' bio note (their roles at Organized Communities Against Deportations)."),
    C("supports", "The authors, first person as OCAD staff ('we wrote'); 'OCAD hopes' the story supports the movement to 'dismantle state detention center systems' that 'profit from human suffering'; the Way Forward Act as the result of organizing (celebrates ending ICE detention and local cooperation).",
      sp=[S(OCAD, "OCAD")]),
    T("subhead", "Section heading ('I. INTRODUCTION')."),
    T("subhead", "Section heading ('Setting the Stage')."),
]

ANN["d1411_don-debat"] = [
    B("nav", "Skip link ('top of page')."),
    T("headline", "Column headline ('Are Chicagoans Growing Weary Of The Sanctuary City Crisis?')."),
    C("opposes", "Author: are even liberal Chicagoans growing 'weary' of the city 'becoming the nation’s leading sanctuary city?' (a rhetorical question against the sanctuary city; alternative: neutral, a question, and 'sanctuary city' here means migrant shelter rather than police limits).",
      amb=True),
    C("neutral", "Author: Johnson moving 3,300 migrants out of police stations, tents on sidewalks; his 'political boat is rapidly sinking' (migrant shelter and politics, not local cooperation)."),
    C("neutral", "A poll: Chicago voters 2 to 1 against housing migrants in heated tents (about shelter, not local cooperation; the poll is a document).",
      opt=[O(IPI, "'According to the Illinois Policy Institute’s Lincoln Poll': the figures are a poll's (a document)", "Illinois Policy Institute")],
      un=["Chicago voters"]),
    C("neutral", "The 17th district police station holds migrant beds; Northwest Side residents 'were vocally opposed' to tents (about shelter).",
      un=["Northwest Side residents"]),
    C("neutral", "'one Albany Park resident' 'exclaimed': camping on parkways is 'abusive government' (against the city's migrant shelter, not local cooperation; alternative: opposes, anger at what the column calls the sanctuary city crisis).",
      un=["one Albany Park resident"], amb=True),
    B("photo_caption", "Photo caption ('(Left) Migrant tents in Albany Park.')."),
    C("neutral", "More than 20,000 migrants in the city, many bused by Abbott; 'City officials said' 10,000 resettled (figures).",
      un=["City officials"]),
    C("neutral", "Author: migrant costs will 'drive up real estate taxes' and make Johnson 'a one-term mayor' (a cost argument about sheltering migrants, not the limits on police; alternative: opposes, the cost of the 'sanctuary city crisis').",
      amb=True),
    C("neutral", "Budget figures for migrants ($150 million earmarked, $40 million a month, $300 million projected)."),
]

ANN["d1412_immigration-politics-ga"] = [
    C("neutral", "HB 1105, sponsored by Petrea, passed and was signed by Kemp (actions)."),
    C("opposes", "Author: invites readers to find the 'hate' the 'corporate-funded illegal alien lobby is howling about'; calls the bill a 'commonsense public safety bill' (for a law forcing cooperation with ICE, against its critics).",
      un=["the corporate-funded illegal alien lobby"]),
    C("neutral", "Author: lead-in to the explanation of the bill."),
    C("neutral", "What HB 1105 does: requires cooperation with federal authorities, penalties against 'sanctuary' policies, jails honoring detainers (provisions; alternative: opposes, 'ensures' frames them approvingly).",
      amb=True),
    C("neutral", "The Act's text quoted: implemented consistently with federal immigration and civil-rights law (a document)."),
    C("opposes", "Provision with the author's jab ('hello, Gwinnett Sheriff Keybo Taylor'): penalizes sheriffs who defy the duty to report to ICE (criticism of a sheriff who limits cooperation; alternative: neutral, a provision).",
      amb=True),
    C("neutral", "Provision: penalizes local leaders who support sanctuary policies."),
    C("neutral", "Provision: jailers must honor ICE detainers."),
    C("neutral", "Provision: jails must apply for 287(g) agreements."),
    C("neutral", "Provision: funds withheld from governments that support sanctuary policies."),
    C("neutral", "Provision: quarterly jail reports on detainers and ICE responses."),
    C("neutral", "Provision: audits of immigration compliance reports."),
]

ANN["d1413_loyola-phoenix"] = [
    T("dek", "Dek ('As Chicago — considered a sanctuary city — is targeted, local leaders emphasize the importance of immigrant rights.'); the page's headline is not in the stored text."),
    T("dek", "The dek repeated word for word.", dup=0),
    C("neutral", "Loyola and Rogers Park respond to increased ICE activity as the deportation plan picks up (background)."),
    C("supports", "Over 100 arrests 'according to' Snelling; Johnson 'reaffirmed Chicago’s status as a sanctuary city' per ABC7 Chicago (the reaffirmation is the point; alternative: neutral, an arrest count and a report).",
      sp=[S(SNELLING, "Larry Snelling"), S(BJOHNSON, "Brandon Johnson")], out=["ABC7 Chicago"], amb=True),
    C("neutral", "Hadden 'said' she finds the situation concerning; the ward's immigrant community makes Rogers Park great (about immigrants, not local cooperation).",
      sp=[S(HADDEN, "Maria Hadden", "Hadden")]),
    C("neutral", "Hadden 'said' the threat of deportation creates fear (alternative: supports; " + CHILL + ").",
      sp=[S(HADDEN, "Hadden")], amb=True),
    C("neutral", "Hadden: 'It really erodes our sense of community' (alternative: supports; " + CHILL + ").",
      sp=[S(HADDEN, "Hadden")], amb=True),
    C("neutral", "Hadden voted with 39 members to reject weakening the Welcoming City Ordinance (an action); what the ordinance prohibits (alternative: supports, she voted to keep the limits).",
      amb=True),
    C("supports", "Hadden 'said' the ordinance is 'one safeguard against racial profiling and other civil rights violations' (defends the limits).",
      sp=[S(HADDEN, "Hadden")]),
]

ANN["d1414_united-cause"] = [
    T("headline", "Article headline ('23 AGs Pile On—Illinois Braces for Court Clash')."),
    B("photo_caption", "Image alt text ('Documents labeled \"Lawsuit\" with glasses on top.')."),
    T("dek", "Dek ('Federal pressure on Illinois’ “sanctuary” framework is colliding with state resistance ...'); even as content it would be neutral.", amb=False),
    T("subhead", "Box heading ('Story Snapshot')."),
    C("opposes", "House Oversight and 23 attorneys general 'are challenging' Illinois's policies 'as obstructions to federal enforcement' (their position reported).",
      sp=[S(OVERSIGHT, "House Oversight")], un=["23 state attorneys general"]),
    C("supports", "'Illinois leaders argue' the limits reflect constitutional policing and do not block ICE (their position reported).",
      un=["Illinois leaders"]),
    C("neutral", "The dispute: jail access, detainers without warrants, 'harbor' claims (descriptive)."),
    C("neutral", "Court outcomes could reset the boundaries of local cooperation (a forecast, no side)."),
    T("subhead", "Section heading ('What Washington Is Demanding From Illinois')."),
    C("opposes", "House Oversight's letter demanded documents, 'asserting' the policies hinder removing dangerous people and raise safety risks; 'The committee' warned of consequences (condemns the limits).",
      sp=[S(OVERSIGHT, "House Oversight", "The committee")]),
    C("opposes", "Twenty-three attorneys general led by Yost filed a brief (an action); 'The multistate brief argues' Illinois, Chicago and Cook County 'unlawfully impede ICE' and urges federal supremacy (the brief, a document, against the limits).",
      opt=[O(YOST, "the coalition speaks through its brief; Yost is named only as the one who led the filing", "Dave Yost")],
      un=["Twenty-three attorneys general"]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d1400_sun-current.txt", "outlet": "Sun Current (Sun Newspapers, Minnesota)", "date": "2017-03-28",
     "title": "Hennepin County Sheriff’s Office disputes Department of Homeland Security report (from the URL slug; no headline in the stored text)",
     "url": "http://current.mnsun.com/2017/03/28/hennepin-county-sheriffs-office-disputes-department-of-homeland-security-report/"},
    {"file": "d1401_isba.txt", "outlet": "Illinois State Bar Association (Government Lawyers newsletter)", "date": "2017-05",
     "title": "Sanctuary cities",
     "url": "https://www.isba.org/committees/governmentlawyers/newsletter/2017/05/sanctuarycities"},
    {"file": "d1402_church-world-service.txt", "outlet": "Church World Service (release)", "date": "2017-08-29",
     "title": "CWS Applauds Illinois Governor for Signing Trust Act Into Law",
     "url": "https://cwsglobal.org/cws-applauds-illinois-governor-for-signing-trust-act-into-law/"},
    {"file": "d1403_krv-legal.txt", "outlet": "KRV Legal (law-firm blog; reply to a newspaper editorial)", "date": "2017-09",
     "title": "Ridings: Northwest Herald misses the mark on Trust Act",
     "url": "http://krvlegal.com/ridings-northwest-herald-misses-mark-trust-act/2017/09/"},
    {"file": "d1404_five-figure-news.txt", "outlet": "Five Figure News", "date": "2018",
     "title": "The Scoop on Sanctuary Cities",
     "url": "http://fivefigurenews.com/national/immigration/scoop-sanctuary-cities/"},
    {"file": "d1405_eugene-weekly.txt", "outlet": "Eugene Weekly (Eugene, Oregon)", "date": "2018-06-28",
     "title": "ICE Agreement with Springfield Melts Away",
     "url": "https://eugeneweekly.com/2018/06/28/ice-agreement-with-springfield-melts-away/"},
    {"file": "d1406_ct-governor.txt", "outlet": "Office of the Governor of Connecticut (press release, portal.ct.gov)", "date": "2019-05",
     "title": "Governor Lamont Applauds Final Passage of Legislation Strengthening the Connecticut Trust Act, Plans to Sign It in the Coming Days",
     "url": "https://portal.ct.gov/office-of-the-governor/news/press-releases/2019/05-2019/governor-lamont-applauds-final-passage-of-legislation-strengthening-the-connecticut-trust-act"},
    {"file": "d1407_illinois-eagle.txt", "outlet": "Illinois Eagle (blog)", "date": "2019-07-19",
     "title": "Champaign mayor says police won’t help ICE",
     "url": "https://illinoiseagle.com/2019/07/19/champaign-mayor-says-police-wont-help-ice/"},
    {"file": "d1408_sen-tracy.txt", "outlet": "State Sen. Jil Tracy (senator's site)", "date": "2020-03-02",
     "title": "IDOC policy change comes under scrutiny",
     "url": "https://senatorjiltracy.com/2020/03/02/idoc-policy-change-comes-under-scrutiny/"},
    {"file": "d1409_the-southern.txt", "outlet": "The Southern Illinoisan (thesouthern.com)", "date": "2021",
     "title": "Activists call for release of detainees as Pulaski County Detention Center ends ICE contract (from the URL slug; no headline in the stored text)",
     "url": "https://thesouthern.com/news/local/activists-call-for-release-of-detainees-as-pulaski-county-detention-center-ends-ice-contract/article_a21e55ae-ad28-5b6f-98b3-1fa9d5346d50.html"},
    {"file": "d1410_nyu-law-review.txt", "outlet": "New York University Law Review (The Law Review Forum)", "date": "2023-06-15",
     "title": "Ending Immigration Detention in Illinois: Challenges and Lessons From the Implementation of the Illinois Way Forward Act",
     "url": "https://www.nyulawreview.org/forum/2023/06/ending-immigration-detention-in-illinois/"},
    {"file": "d1411_don-debat.txt", "outlet": "Don Debat (columnist's site, dondebat.biz)", "date": "2023",
     "title": "Are Chicagoans Growing Weary Of The Sanctuary City Crisis?",
     "url": "https://www.dondebat.biz/single-post/are-chicagoans-growing-weary-of-the-sanctuary-city-crisis"},
    {"file": "d1412_immigration-politics-ga.txt", "outlet": "ImmigrationPoliticsGA (blog)", "date": "2024-05",
     "title": "HB 1105, the Georgia Criminal Alien Track and Report Act of 2024, explained (from the URL slug; no headline in the stored text)",
     "url": "https://immigrationpoliticsga.com/hb-1105-the-georgia-criminal-alien-track-and-report-act-of-2024-explained"},
    {"file": "d1413_loyola-phoenix.txt", "outlet": "The Loyola Phoenix (Loyola University Chicago student paper)", "date": "2025-01",
     "title": "Rogers Park supporting immigrant community amid deportation threats (from the URL slug; no headline in the stored text)",
     "url": "https://loyolaphoenix.com/2025/01/rogers-park-supporting-immigrant-community-amid-deportation-threats"},
    {"file": "d1414_united-cause.txt", "outlet": "United Cause (unitedcause.com)", "date": "2025",
     "title": "23 AGs Pile On—Illinois Braces for Court Clash",
     "url": "https://unitedcause.com/?p=1811"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d14")
