#!/usr/bin/env python3
"""Dev set, fresh part G (held out, untouched; files d700-d719): hand annotations -> fresh-g/gold-fresh-g.jsonl.

A second fresh part that nobody has tuned on: 20 articles from 20 outlets, 2017-2025, none of them an
outlet of any earlier part (seeds, halves A and B, fresh part C, tune parts D-F), no URL shared with
any other part, and no page that carries AP, Chicago Tribune or The Center Square copy. The
annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-F (see SOURCES-c.md to
SOURCES-f.md): canonical names as the earlier parts write them (JB Pritzker, Brandon Johnson, Jeff
Sessions, Rahm Emanuel, Tom Homan, Kwame Raoul, U.S. Department of Justice, U.S. Department of Homeland
Security, Trump administration, ...), otherwise the fullest form the article gives, titles dropped; a
lawsuit or court argument of the DOJ is the DOJ speaking; unnamed officials of a named body map to that
body; a named spokesperson is recorded as the person; a block quote continuing an attribution made in
an earlier line keeps the speaker with an empty alias list (as in the seeds, 001 #2); a page's own voice
(an agency's release on its own site, an advocacy group's release) is the author, not a speaker. They
were made by reading the article text only; no analysis code or analysis output was looked at or run.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_g.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import AG_OFFICE, BJOHNSON, CHICAGO, DHS, DOJ, EMANUEL, HOMAN, ICE, LAW_DEPT, LIGHTFOOT, MAYOR_OFFICE, PRITZKER, RAOUL, RAUNER, SESSIONS, TRUMP, TRUMP_ADMIN

ARTICLES, MANIFEST, GOLD = part_files("fresh-g", "gold-fresh-g.jsonl")


BONDI = "Pam Bondi"
AQUINO = "Omar Aquino"
OAK_PARK = "Village of Oak Park"
SANDAGE = "Jon Sandage"
LEINENWEBER = "Leinenweber"          # the excerpt gives the surname only
JENKINS_D714 = "Lindsay Jenkins"     # fullest form in d714 (as in part C)
JENKINS_D715 = "Lindsay C. Jenkins"  # fullest form in d715 (as in part F)
YOST = "Dave Yost"
BISS = "Daniel Biss"
QUOTE_CONT = "block quote continuing the statement announced in an earlier line"
YOST_REASON = "the coalition speaks through its brief, which 'the office of Ohio Attorney General Dave Yost' authored (named in line 5)"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d700_americas-voice"] = [
    B("tag_list", "Tag line with empty tags ('tags: , , , , Press Releases')."),
    T("headline", "Press-release headline ('A Victory for Public Safety and for Immigrants as ... Rauner Signs ...')."),
    B("share", "Share prompt ('Share This:')."),
    C("supports", "Author (advocacy release): the signing is 'a victory for both public safety and for immigrants'; police will focus on safety instead of targeting immigrants; the bill defies the push to make police 'de facto deportation agents'.",
      opt=[O(TRUMP, "'the push by President Trump ... to compel local law enforcement' reports a policy aim without words", "Trump"),
           O(SESSIONS, "'the push by ... Attorney General Jeff Sessions to compel local law enforcement' reports a policy aim without words", "Jeff Sessions")]),
    C("supports", "Rauner, as the Chicago Tribune reported: law enforcement told him the bill 'is a reasonable compromise' that will keep communities safer (the police chiefs' words stay with Rauner, seeds rule).",
      sp=[S(RAUNER, "Rauner")], out=["Chicago Tribune"]),
    C("supports", "Lead-in: unnamed law enforcement voices 'spoke out in favor of the law', per ThinkProgress (rule 6).",
      un=["these same law enforcement voices"], out=["ThinkProgress"]),
    C("supports", "Covelli: immigrant communities feel safer coming to police; 'trust builds safer communities'.",
      sp=[S("Christopher Covelli", "Christopher Covelli")]),
]

ANN["d701_immigrationreform-com"] = [
    C("opposes", "Author (FAIR's blog): the bill will 'tie the hands of law enforcement', 'a sanctuary bill that threatens public safety'; the votes."),
    C("opposes", "Author: what SB 31 prohibits, and 'This prohibition alone will severely limit law enforcement’s ability to cooperate' (alternative: neutral, mostly a description of the bill).",
      amb=True),
    C("opposes", "Author: 'Outrageously, the bill also prohibits' jail access and release information for federal officials."),
    C("opposes", "Unnamed opponents warned the measure will encourage lawlessness; Bivins said it would be a 'law to tell law enforcement not to enforce the law'.",
      sp=[S("Tim Bivins", "Tim Bivins")], un=["Concerned lawmakers and citizens who oppose SB 31"]),
]

ANN["d702_sen-omar-aquino"] = [
    C("neutral", "Release voice: Rauner signed SB 31 (an action); the law 'seeks to protect immigrants from government overreach and unlawful arrest' (alternative: supports, a favourable description of its aim).",
      amb=True),
    C("supports", "Lead-in: Aquino 'issued the following statement' (rule 6: takes the stance of the statement that follows).",
      sp=[S(AQUINO, "Omar Aquino")]),
    C("supports", "Aquino's statement (no attribution in the line): immigrants contribute and 'deserve to know that they will not have their rights violated' (alternative: neutral, immigrants in general).",
      sp=[S(AQUINO)], amb=True),
    C("supports", "Aquino's statement continued: the law benefits immigrants and law enforcement, since crimes go unreported when witnesses fear deportation.",
      sp=[S(AQUINO)]),
    C("supports", "Aquino's statement continued: 'The Trust Act makes sense for Chicago and Illinois'; cooperation instead of fear; a reasonable bipartisan bill.",
      sp=[S(AQUINO)]),
]

ANN["d703_village-of-oak-park"] = [
    C("neutral", "The Board of Trustees adopted the welcoming-Village ordinance (an action); the dateline ('Feb. 7, 2017 –') is part of the line."),
    C("neutral", "The ordinance codifies the practice of not collecting immigration-status information; descriptive."),
    C("supports", "Village officials 'stressed' the ordinance does not violate federal law; officials said immigration is a federal issue that does not involve the Village (a defence of the ordinance).",
      sp=[S(OAK_PARK, "Village officials", "Officials")]),
    C("supports", "Melton: treating all people with respect and dignity is in keeping with Village policies and the nation's principles (a value statement made for the ordinance; alternative: neutral).",
      sp=[S("Cedric Melton", "Cedric Melton")], amb=True),
    C("supports", "Melton's words continued (no attribution in the line): the Welcoming Village Ordinance 'will promote the general welfare'.",
      sp=[S("Cedric Melton")]),
    C("neutral", "Release voice: the ordinance means business as usual, since the Village never asked about status; descriptive."),
]

ANN["d704_wglt"] = [
    T("headline", "Article headline ('Sheriff Sandage Notes No ICE Increase')."),
    B("byline", "Broken byline and time stamp ('By 40 minutes ago')."),
    B("photo_caption", "Photo caption (the McLean County Jail)."),
    B("photo_credit", "Photo credit ('Credit Staff / WGLT')."),
    C("neutral", "Sandage said he sees no big change in immigration enforcement yet; a report on enforcement.",
      sp=[S(SANDAGE, "Jon Sandage")]),
    C("neutral", "Context: Trump made border security and deportation a centerpiece of his policy."),
    C("neutral", "Sandage said there has been no call for central Illinois law enforcement to act as an immigration arm; a report.",
      sp=[S(SANDAGE, "Sandage")]),
    C("supports", "Sandage: his office lacks the manpower to go out seeking people, and that would not 'promote trust with the community'.",
      sp=[S(SANDAGE, "Sandage")]),
    C("neutral", "Sandage ('He said'): all fingerprints go to the FBI, which consults DHS; a description of practice.",
      sp=[S(SANDAGE, "He")]),
    C("neutral", "Sandage: 'We submit all the prints' so as not to be accused of profiling; a description of practice.",
      sp=[S(SANDAGE, "Sandage")]),
    C("neutral", "Sandage: unclear how aggressive ICE will become; ICE has not changed the frequency of its detainers.",
      sp=[S(SANDAGE, "Sandage")]),
    C("neutral", "Sandage ('He said'): the county's standard for holding arrestees for immigration authorities covers serious offenses only; a description of the jail's detainer practice.",
      sp=[S(SANDAGE, "He")]),
]

ANN["d705_the-atlantic"] = [
    C("opposes", "Sessions announced he would exclude sanctuary cities from Byrne JAG grants; 'he said' grants go only to places that give ICE jail access and 48 hours' notice.",
      sp=[S(SESSIONS, "Sessions", "he")]),
    C("supports", "Emanuel sued Sessions, 'arguing that the restrictions went beyond what Congress authorized'; a 'sharp rebuke' from cities like Chicago (criticism of the grant pressure).",
      sp=[S(EMANUEL, "Rahm Emanuel")],
      opt=[O(CHICAGO, "'a sharp rebuke from major cities like Chicago' names the city among unnamed others, without words", "Chicago")]),
    C("supports", "Judge Leinenweber largely agreed with the city; 'He noted' Congress gave no authority for the new grant conditions.",
      sp=[S(LEINENWEBER, "Leinenweber", "He")]),
    C("supports", "Leinenweber wrote that the Attorney General 'appears to concede the point'; the DOJ's general provision argument is persuasive only out of context.",
      sp=[S(LEINENWEBER, "he", "Leinenweber")],
      opt=[O(DOJ, "'did cite a general provision' reports its court argument as the judge relays it", "The Justice Department")]),
]

ANN["d706_news-gazette"] = [
    T("headline", "Article headline."),
    T("headline_repeat", "Headline repeated.", dup=0),
    B("site_notice", "Prompt ('Submit your Letter to the Editor here')."),
    C("neutral", "Local protesters have decried ICE activity in the area; about ICE arrests, not local cooperation.",
      un=["local protesters"]),
    C("neutral", "ICE stops at 70 addresses in two years, according to records the paper obtained; figures."),
    C("neutral", "METCAD records show where ICE operated since advance notification of local authorities began in 2013; descriptive."),
    C("neutral", "How the call-ahead arrangement with ICE started; unnamed officials said it would prevent a repeat (a notification practice described, no view on the limits).",
      un=["Officials"]),
    C("neutral", "Where agents went; 'All are places ICE is authorized to work'; descriptive."),
    C("neutral", "List item: stops in the second half of 2016."),
    C("neutral", "List item: stops in 2017."),
    C("neutral", "List item: calls logged in the first half of 2018."),
]

ANN["d707_block-club-chicago"] = [
    B("skip_link", "Skip link ('Skip to contents')."),
    T("headline", "Article headline ('Sanctuary City Ordinance Signed Into Law, Better Protecting ...')."),
    T("dek", "Dek: the ordinance 'closes loopholes' that let police work with ICE (if indexed as content: supports).", amb=True),
    B("photo_caption", "Photo caption (Lightfoot at a news conference)."),
    B("photo_credit", "Photo credit ('Colin Boyle/Block Club Chicago')."),
    B("section_label", "Template label ('  • Credibility:')."),
    C("supports", "Author: undocumented Chicagoans 'will be better protected' from ICE under the ordinance (alternative: neutral, a news lede).",
      amb=True),
    C("supports", "Author: the ordinance 'closes loopholes' that let police work with ICE, 'further protecting' immigrants; Lightfoot signed it (alternative: neutral).",
      amb=True),
    C("supports", "Lightfoot: the signing closes 'a long journey to fulfill Chicago’s promise of being a more open and welcoming city'.",
      sp=[S(LIGHTFOOT, "Lightfoot")]),
    C("supports", "Lightfoot's words continued (no attribution in the line): the immigrant heritage is one to 'celebrate and cherish' (alternative: neutral, immigrants in general).",
      sp=[S(LIGHTFOOT)], amb=True),
    C("neutral", "The exceptions that let police work with ICE before, now eliminated; descriptive."),
    C("neutral", "What else the ordinance requires (victims and witnesses, U visas); descriptive."),
]

ANN["d708_cbn"] = [
    T("headline", "Article headline."),
    C("neutral", "Trump has 'reaffirmed his commitment' to mass deportations, which sparked opposition from state and local leaders; about deportations.",
      opt=[O(TRUMP, "'has reaffirmed his commitment' reports a pledge without words", "Donald Trump")],
      un=["state and local leaders"]),
    C("neutral", "Homan 'revealed' in an announcement that Chicago will be a focal point of deportations; about deportations.",
      sp=[S(HOMAN, "Tom Homan")]),
    C("neutral", "Johnson: the administration is 'determined to stoke fear'; a reaction to the deportation plan, not about local cooperation (alternative: supports, a defence of the city against federal pressure).",
      sp=[S(BJOHNSON, "Brandon Johnson")], amb=True),
    B("photo_caption", "Photo caption with credit ('PHOTO: Mayor Brandon Johnson participates ...')."),
    C("supports", "Johnson and Pritzker 'vowed' Chicago will remain a sanctuary city and not cooperate with ICE; then Homan 'issued a stark warning' (lead-in to the next line; alternative: opposes, the emphasised warning).",
      sp=[S(BJOHNSON, "Johnson"), S(PRITZKER, "J.B. Pritzker"), S(HOMAN, "Homan")], amb=True),
    C("opposes", "Homan: if the mayor impedes us or harbors an illegal alien, 'I will prosecute him'.",
      sp=[S(HOMAN, "Homan")]),
    T("subhead", "Section subhead ('A Divided City')."),
    C("neutral", "Migrant arrivals and their cost; Johnson faces criticism from citizens and local officials; about migrant costs, not cooperation.",
      un=["both citizens and local officials"]),
    C("opposes", "An unnamed citizen: Johnson and Pritzker should not 'fight Tom Homan'; 'We need Tom Homan here' (alternative: neutral, anger at the politicians).",
      un=["One angry citizen"], amb=True),
    C("opposes", "Sposato 'acknowledged the frustration' of residents (lead-in; his words are cut from the stored excerpt; alternative: neutral).",
      sp=[S("Nick Sposato", "Nick Sposato")], un=["many residents"], amb=True),
]

ANN["d709_city-of-chicago"] = [
    B("timestamp_label", "Date line ('January 10, 2025')."),
    T("headline", "Press-release headline ('Mayor Brandon Johnson Reaffirms Welcoming City Ordinance')."),
    B("media_contact", "Press office and phone number."),
    C("supports", "The City and the mayor's administration 'reaffirm our commitment' to the welcoming city ordinance and compliance with the Trust Act; guidelines to keep Chicago a welcoming city.",
      sp=[S(CHICAGO, "The City of Chicago"), S(MAYOR_OFFICE, "Brandon Johnson’s Administration")]),
    T("subhead", "Section subhead ('Recommended Guidelines for Visits by Federal Representatives')."),
    C("neutral", "The guidelines are recommended under the ordinance by the Corporation Counsel; procedural.",
      opt=[O(LAW_DEPT, "the guidelines (a document) are 'recommended ... by the City of Chicago Corporation Counsel'; no words attributed", "City of Chicago Corporation Counsel")]),
    C("neutral", "Guideline heading for ICE visits to City property; procedural."),
    C("neutral", "Guideline A: contact the designated attorney; procedural."),
    C("neutral", "Guideline B: contact the highest ranking official onsite; procedural."),
    C("neutral", "Guideline C: do not consent to ICE entering private City locations, but do not interfere with a search (alternative: supports, an instruction not to consent).",
      amb=True),
    C("neutral", "Guideline D: ask for identification and record refusals; procedural."),
]

ANN["d710_chicago-defender"] = [
    B("site_logo", "Site logo text ('Site icon Chicago Defender')."),
    T("headline", "Article headline."),
    B("photo_caption", "Photo caption with source ('Kwame Raoul, kwameraoul.com')."),
    C("supports", "Raoul issued guidance 'stressing' the duty to follow the state laws that restrict involvement in immigration enforcement; the goal is trust and public safety.",
      sp=[S(RAOUL, "Kwame Raoul")]),
    C("neutral", "What the guidance covers; the laws 'aim to build cooperation' between immigrants and police (alternative: supports, a favourable description of the laws' aim).",
      amb=True),
    T("subhead", "Section subhead ('A Clear Division of Responsibility')."),
    C("supports", "Raoul: civil immigration enforcement is the federal government's job; local police may not assist without a criminal warrant (alternative: neutral, a statement of what the law says).",
      sp=[S(RAOUL, "Raoul")], amb=True),
    C("supports", "Raoul emphasized the acts do not hinder criminal investigations and 'enhance public safety'.",
      sp=[S(RAOUL, "Raoul")]),
    T("subhead", "Section subhead ('Key Provisions of the Guidance')."),
    C("neutral", "Lead-in to a list of restrictions that is missing from the stored text; descriptive."),
    T("subhead", "Section subhead ('Strengthening Transparency and Accountability')."),
]

ANN["d711_notus"] = [
    C("supports", "The administration sued (an action); 'Chicago officials' (unnamed officials of the city, mapped to it) call the suit 'just another scare tactic' (alternative: neutral, the filing as a fact).",
      sp=[S(CHICAGO, "Chicago officials")], amb=True),
    C("supports", "Villegas (told NOTUS): Trump targets Chicago and Illinois to send a political message to blue cities and states; a dismissal of the suit.",
      sp=[S("Gilbert Villegas", "Gilbert Villegas")]),
    C("opposes", "The DOJ's suit alleges the laws impede federal officers and 'reflect their intentional effort to obstruct' enforcement.",
      sp=[S(DOJ, "The suit", "the Justice Department", "the suit")]),
    C("neutral", "Author: the suit is part of a broader effort; Trump and Bondi 'have threatened' orders, funding limits and prosecution; the goal is more information sharing (background; alternative: opposes, their threats).",
      opt=[O(TRUMP, "'have threatened to combat these policies' reports threats without words", "Trump"),
           O(BONDI, "'have threatened to combat these policies' reports threats without words", "Pam Bondi")],
      amb=True),
    C("supports", "Rauner 'stood behind the state’s law'; the author adds the Act is meant to promote trust in police and protect victims.",
      opt=[O(RAUNER, "'stood behind the state’s law' reports a position without words or a speech verb", "Bruce Rauner")]),
    C("supports", "Pritzker (in a statement to CNN): the bipartisan TRUST Act 'has always been compliant with federal law'.",
      sp=[S(PRITZKER, "JB Pritzker")], out=["CNN"]),
]

ANN["d712_techdirt"] = [
    T("headline", "Post headline."),
    T("dek", "Techdirt's department line ('from the what-happened-to-states'-rights? dept')."),
    C("neutral", "Author: the administration is 'out of control', a 'constitutional emergency'; about the administration, not local cooperation (alternative: supports, it frames the suit as overreach).",
      amb=True),
    C("supports", "Author: powers not given to Congress belong to the states, and the suit over 'sanctuary laws' tests that (alternative: neutral).",
      amb=True),
    C("neutral", "Quoted news text: the administration filed a lawsuit over the sanctuary status; a fact."),
]

ANN["d713_cook-county-record"] = [
    C("opposes", "A coalition of 23 states 'have said in court' that the sanctuary policies incentivize illegal immigration and must be ordered to end.",
      opt=[O(YOST, YOST_REASON)], un=["a coalition of 23 states"]),
    C("opposes", "Attorneys general of nearly two dozen states filed a brief seeking an order forcing Illinois, Chicago and Cook County to cooperate with immigration authorities (alternative: neutral, the filing as a fact).",
      un=["attorneys general from nearly two dozen states"], amb=True),
    C("opposes", "The coalition wrote that sanctuary policies 'incent illegal immigration' and breach 'the bargain the Constitution itself struck'.",
      opt=[O(YOST, YOST_REASON)], un=["the coalition"]),
    B("photo_caption", "Photo caption ('Illinois Attorney General Kwame Raoul')."),
    B("photo_credit", "Photo credit ('| kwameraoul.com')."),
    C("neutral", "Who authored and signed the brief; facts."),
    C("neutral", "A judge is considering Raoul's motion to dismiss the DOJ suit (filings as facts)."),
]

ANN["d714_raw-story"] = [
    C("neutral", "Author: the lawsuit was thrown out by a federal judge (the ruling as a fact)."),
    C("neutral", "What Trump sought and what 'sanctuary laws' are; a definition."),
    C("opposes", "The administration argued federal law preempts Illinois' sanctuary policies and that Illinois discriminates by refusing to work with agents.",
      sp=[S(TRUMP_ADMIN, "The administration")]),
    C("supports", "Judge Jenkins 'rejected these arguments in her opinion' (alternative: neutral, the ruling as a fact).",
      sp=[S(JENKINS_D714, "Lindsay Jenkins")], amb=True),
    C("supports", "Jenkins wrote the policies are protected by the Tenth Amendment; the claims would be 'an end-run around the Tenth Amendment'.",
      sp=[S(JENKINS_D714, "Jenkins")]),
    C("supports", "Jenkins concluded the Tenth Amendment protects the Sanctuary Policies.",
      sp=[S(JENKINS_D714, "Jenkins")]),
]

ANN["d715_twitchy"] = [
    B("related_box", "Related headline above the article ('Pulitzer Prize-Winning Newspaper Says ICE Gave ...')."),
    T("headline", "Post headline."),
    B("byline", "Byline and time stamp ('Brett T. | 5:30 PM on July 26, 2025')."),
    B("photo_credit", "Photo credit ('AP Photo/Paul Beaty')."),
    C("opposes", "Author: a sanctuary city is 'an invitation to illegal aliens'; Johnson's 'attack on our city' remark used as hypocrisy; the DOJ suit against New York 'claiming' a Supremacy Clause violation.",
      sp=[S(BJOHNSON, "Brandon Johnson"), S(DOJ, "the Justice Department")]),
    C("opposes", "Author's sarcasm ('So leave it to a federal judge') at the judge 'claiming' the city is protected by the 10th Amendment; the judge is named three lines below (alternative: supports, the judge's holding).",
      sp=[S(JENKINS_D715, "a federal judge")], amb=True),
    C("neutral", "Lead-in to quoted NBC News text.",
      out=["NBC News"]),
    C("neutral", "Quoted NBC text: Jenkins granted Illinois' motion to dismiss for lack of standing (an action of the court)."),
    C("supports", "Quoted NBC text: the judge said in the ruling that the sanctuary laws are protected by the 10th Amendment.",
      sp=[S(JENKINS_D715, "The judge")]),
    C("opposes", "Quoted NBC text: the DOJ's suit sought to block the ordinances; Bondi said the policies 'obstruct' the federal government.",
      sp=[S(BONDI, "Bondi"), S(DOJ, "the Justice Department")]),
]

ANN["d716_illinois-latino-news"] = [
    T("headline", "Article headline."),
    T("headline_repeat", "Headline repeated.", dup=0),
    B("byline", "Byline ('Maria Gardner Lara')."),
    C("neutral", "The administration ramped up ICE operations as part of Trump's 'mass deportation' agenda and what 'he calls' out-of-control crime; about enforcement.",
      sp=[S(TRUMP, "Trump’s", "he")]),
    C("opposes", "Administration officials 'criticize' Illinois' protections as obstacles, pointing to the Trust Act.",
      sp=[S(TRUMP_ADMIN, "Administration officials")]),
    C("supports", "Bondi 'cites the law as a hindrance'; the author notes fear in immigrant communities and advocates argue the Act's description 'misrepresents its purpose' (the final, emphasised point; alternative: opposes or neutral).",
      sp=[S(BONDI, "Pam Bondi")], un=["Immigrant advocates"], amb=True),
    C("supports", "Alden: 'These laws are about public safety'.",
      sp=[S("Olivia Alden", "Olivia Alden")]),
    C("supports", "Alden: 'Sanctuary is a misnomer'; the point is that people feel safe reporting crimes.",
      sp=[S("Olivia Alden", "Alden")]),
    C("supports", "Advocates are concerned about possible coordination between ICE and local law enforcement 'despite the restrictions' (alternative: neutral).",
      un=["advocates"], amb=True),
    C("neutral", "ICE arrested a citizen outside the Kane County Judicial Center, Telemundo reported; a fact.",
      out=["Telemundo"]),
    C("neutral", "Kane County deputies assisted ICE agents in detaining a man in the courthouse (an action)."),
]

ANN["d717_redline-headlines"] = [
    T("headline", "Article headline ('DHS Blames Pritzker After Anti-ICE Riot ...')."),
    C("opposes", "Summary bullet: DHS says state and local authorities failed to assist federal agents.",
      sp=[S(DHS, "DHS")]),
    C("neutral", "Summary bullet: unnamed federal officials describe arrests and assaults; about the operation.",
      un=["Federal officials"]),
    C("supports", "Summary bullet: unnamed Illinois leaders deny obstruction and call for coordination (alternative: neutral).",
      un=["Illinois leaders"], amb=True),
    C("opposes", "DHS criticized Pritzker; 'The department alleges' local police 'under JB Pritzker’s sanctuary jurisdiction refused to answer multiple calls for assistance'.",
      sp=[S(DHS, "The Department of Homeland Security", "DHS", "The department")]),
    C("neutral", "Fox News Digital reported clashes; DHS 'labeled the protesters' rioters, and 'The agency accused the crowd' of violence; about the protest, not local cooperation.",
      sp=[S(DHS, "DHS", "The agency")], out=["Fox News Digital"]),
    C("supports", "Hill (to Fox News Digital): 'completely false' that the state or municipalities obstructed federal officials; no calls received; violence is unacceptable (a denial on the state's behalf; alternative: neutral).",
      sp=[S("Matt Hill", "Matt Hill", "He", "Hill")], out=["Fox News Digital"], amb=True),
]

ANN["d718_daily-northwestern"] = [
    C("neutral", "Community members express worry about safety since officials warned of agents' arrival; about ICE presence.",
      un=["officials", "community members"]),
    C("neutral", "Biss confirmed ICE's presence in an X post; community members were taken, according to the post.",
      sp=[S(BISS, "Daniel Biss", "the post")]),
    C("neutral", "Tyo: people are afraid to go to work, school and the store; about fear of ICE, not local cooperation.",
      sp=[S("Kate Jaggard Tyo", "Kate Jaggard Tyo")]),
    C("neutral", "The council voted 7-0 to bar city property from civil immigration enforcement operations; a vote (an action)."),
    C("neutral", "What the resolution directs (barriers, signage); descriptive."),
    C("supports", "Biss: 'a moral duty ... not to allow life to go on as usual'; 'your community is under attack' (said for the resolution; alternative: neutral, about the raids).",
      sp=[S(BISS, "Biss")], amb=True),
    C("neutral", "The council's September resolution on face coverings (an action; about masks)."),
    C("neutral", "Mendoza urged residents to support each other; 'She suggested' paying afraid employees; not about cooperation.",
      sp=[S("Stephanie Mendoza", "Stephanie Mendoza", "She")]),
]

ANN["d719_integrity-press"] = [
    C("opposes", "Author: Illinois released 1,768 people with detainers, 'forcing federal agents to hunt down potentially dangerous criminals' instead of 'proper channels'."),
    B("section_label", "Summary-box label ('At a Glance')."),
    C("opposes", "Summary bullet: ICE reports 1,768 releases, including people convicted of murder and rape (danger framing; alternative: neutral figures).",
      sp=[S(ICE, "ICE")], amb=True),
    C("opposes", "Summary bullet: 4,015 more with detainers, linked to homicides and sex offenses (continuing ICE's figures; alternative: neutral figures).",
      opt=[O(ICE, "the figures continue ICE's report of the bullet before; no attribution in this line")], amb=True),
    C("neutral", "Summary bullet: state law bars holds on detainers alone, 'creating a direct conflict' with federal priorities (alternative: opposes).",
      amb=True),
    C("neutral", "Summary bullet: federal courts ordering ICE to release detainees, 'citing' consent-decree violations; about ICE arrests.",
      un=["Federal courts"]),
    C("neutral", "Summary bullet: the dispute is a clash between state protections and federal authority; balanced."),
    T("subhead", "Section subhead ('Illinois Sanctuary Laws Block Federal Cooperation')."),
    C("neutral", "What the TRUST Act and Way Forward Act do; the Attorney General guidance 'explicitly states' agencies cannot hold people longer for ICE; descriptive.",
      opt=[O(AG_OFFICE, "the guidance (a document) 'explicitly states'; no person or office is said to speak", "Illinois Attorney General")]),
    T("subhead", "Section subhead ('ICE’s Public Warning on Criminal Releases'); the paragraph under it is cut from the stored excerpt."),
]

# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d700_americas-voice.txt", "outlet": "America's Voice (press release)", "date": "2017-08-28",
     "title": "A Victory for Public Safety and for Immigrants as GOP Governor Bruce Rauner Signs the Illinois Trust Act Into Law",
     "url": "https://americasvoice.org/press_releases/illinois-trust-act-is-law/"},
    {"file": "d701_immigrationreform-com.txt", "outlet": "ImmigrationReform.com (FAIR blog)", "date": "2017-05-30",
     "title": "Illinois legislature gearing up to send dangerous sanctuary bill to governor (from the URL slug)",
     "url": "http://immigrationreform.com/2017/05/30/illinois-legislature-gearing-up-to-send-dangerous-sanctuary-bill-to-governor/"},
    {"file": "d702_sen-omar-aquino.txt", "outlet": "State Sen. Omar Aquino (senator's site)", "date": "2017-08-28",
     "title": "Statement of State Senator Omar Aquino on the signing of the Trust Act (no headline in the stored text; descriptive)",
     "url": "http://senatoraquino.com/view.php?idnum=43&category=news&gohome=true"},
    {"file": "d703_village-of-oak-park.txt", "outlet": "Village of Oak Park (village news release)", "date": "2017-02-07",
     "title": "Oak Park adopts welcoming Village ordinance (from the URL slug)",
     "url": "https://oak-park.us./news/oak-park-adopts-welcoming-village-ordinance"},
    {"file": "d704_wglt.txt", "outlet": "WGLT (Bloomington-Normal public radio)", "date": "2017-02-15",
     "title": "Sheriff Sandage Notes No ICE Increase",
     "url": "http://wglt.org/post/sheriff-sandage-notes-no-ice-increase"},
    {"file": "d705_the-atlantic.txt", "outlet": "The Atlantic", "date": "2017-09",
     "title": "Federal court blocks Trump crackdown on sanctuary cities (from the URL slug)",
     "url": "https://www.theatlantic.com/politics/archive/2017/09/federal-court-blocks-trump-crackdown-on-sanctuary-cities/540072/"},
    {"file": "d706_news-gazette.txt", "outlet": "The News-Gazette (Champaign)", "date": "2018-07-24",
     "title": "Records show ICE activity on rise in Champaign County since 2016",
     "url": "http://www.news-gazette.com/news/local/2018-07-24/records-show-ice-activity-rise-champaign-county-2016.html"},
    {"file": "d707_block-club-chicago.txt", "outlet": "Block Club Chicago", "date": "2021-02-23",
     "title": "Sanctuary City Ordinance Signed Into Law, Better Protecting Chicago’s Immigrants From ICE",
     "url": "https://blockclubchicago.org/2021/02/23/sanctuary-city-ordinance-signed-into-law-better-protecting-chicagos-immigrants-from-ice/"},
    {"file": "d708_cbn.txt", "outlet": "CBN News", "date": "2024-12",
     "title": "Trump Border Czar to Start Mass Deportations in Chicago, Warns Mayor Could Be Prosecuted",
     "url": "https://cbn.com/news/politics/trump-border-czar-start-mass-deportations-chicago-warns-mayor-could-be-prosecuted"},
    {"file": "d709_city-of-chicago.txt", "outlet": "City of Chicago (Mayor's Press Office)", "date": "2025-01-10",
     "title": "Mayor Brandon Johnson Reaffirms Welcoming City Ordinance",
     "url": "https://chicago.gov/city/en/depts/mayor/press_room/press_releases/2025/january/Reaffirming-Welcoming-City-Ordinance.html"},
    {"file": "d710_chicago-defender.txt", "outlet": "Chicago Defender", "date": "2025-01",
     "title": "Illinois Attorney General Issues Guidance on Law Enforcement’s Role in Immigration Enforcement",
     "url": "https://staging.chicagodefender.com/illinois-attorney-general-issues-guidance-on-law-enforcements-role-in-immigration-enforcement/?amp=1"},
    {"file": "d711_notus.txt", "outlet": "NOTUS", "date": "2025-02-06",
     "title": "Illinois, Chicago sanctuary lawsuit (from the URL slug; no headline in the stored text)",
     "url": "https://www.notus.org/immigration/illinois-chicago-sanctuary-lawsuit"},
    {"file": "d712_techdirt.txt", "outlet": "Techdirt", "date": "2025-02-10",
     "title": "The Trump Administration Just Sued IL, Chicago Over State Laws Around Immigration Enforcement",
     "url": "https://www.techdirt.com/2025/02/10/the-trump-administration-just-sued-il-chicago-over-state-laws-around-immigration-enforcement"},
    {"file": "d713_cook-county-record.txt", "outlet": "Cook County Record", "date": "2025-04",
     "title": "23 states: IL, Chicago sanctuary laws incentivize illegal immigration, spill burden onto other states, rest of U.S. (from the URL slug)",
     "url": "https://cookcountyrecord.com/stories/670893602-23-states-il-chicago-sanctuary-laws-incentivize-illegal-immigration-spills-burden-onto-other-states-rest-of-u-s"},
    {"file": "d714_raw-story.txt", "outlet": "Raw Story", "date": "2025-07",
     "title": "Trump sanctuary cities (from the URL slug; no headline in the stored text)",
     "url": "https://www.rawstory.com/trump-sanctuary-cities-2673761022"},
    {"file": "d715_twitchy.txt", "outlet": "Twitchy", "date": "2025-07-26",
     "title": "Judge Dismisses Trump Admin Lawsuit Against Chicago Over Its Sanctuary City Policies",
     "url": "https://twitchy.com/brettt/2025/07/26/judge-dismisses-trump-admin-lawsuit-against-chicago-over-its-sanctuary-city-policies-n2416295"},
    {"file": "d716_illinois-latino-news.txt", "outlet": "Illinois Latino News (Latino News Network)", "date": "2025-09-25",
     "title": "Trump Administration Escalates ICE Operations in Chicago Suburbs, Sparking Illinois Trust Act Debate",
     "url": "https://illatinonews.com/trump-administration-escalates-ice-operations-in-chicago-suburbs-sparking-illinois-trust-act-debate"},
    {"file": "d717_redline-headlines.txt", "outlet": "Redline Headlines (aggregator)", "date": "2025-09",
     "title": "DHS Blames Pritzker After Anti-ICE Riot Disrupts Broadview Operation",
     "url": "https://redlineheadlines.com/dhs-accuses-gov-pritzker-of-failing-federal-agents-as-anti-ice-riot-escalates-in-chicago-suburb"},
    {"file": "d718_daily-northwestern.txt", "outlet": "The Daily Northwestern", "date": "2025-10-15",
     "title": "Evanston implements ICE-free zones amid continued community concerns (from the URL slug)",
     "url": "https://dailynorthwestern.com/2025/10/15/top-stories/evanston-implements-ice-free-zones-amid-continued-community-concerns/"},
    {"file": "d719_integrity-press.txt", "outlet": "Integrity Press", "date": "2025-12",
     "title": "Murderers walk free after Illinois defies ICE detainers (from the URL slug)",
     "url": "https://integritypress.org/murderers-walk-free-after-illinois-defies-ice-detainers"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d7")
