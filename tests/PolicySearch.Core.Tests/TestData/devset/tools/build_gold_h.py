#!/usr/bin/env python3
"""Dev set, part H (files d800-d817): hand annotations -> tune-h/gold-tune-h.jsonl.

A new part that nobody has tuned on yet: 18 articles from 18 outlets, 2017-2025, none of them an
outlet of any earlier part (seeds, halves A and B, fresh part C, tune parts D-F, fresh part G), no URL
shared with any other part, and no page that carries AP, Chicago Tribune, Sun-Times, Center Square or
Capitol News Illinois copy. The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules,
field conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-G:
canonical names as the earlier parts write them (JB Pritzker, Rahm Emanuel, Jeff Sessions, Lori
Lightfoot, Raymond López, Kwame Raoul, Tricia McLaughlin, Office of the Illinois Attorney General,
U.S. Department of Justice, U.S. Department of Homeland Security, ...), otherwise the fullest form the
article gives, titles dropped; a lawsuit or court argument of the DOJ is the DOJ speaking; unnamed
officials or lawyers of a named body map to that body; a block quote continuing an attribution made in
an earlier line keeps the speaker with an empty alias list; words reported inside a speaker's own
account stay with the outer speaker (the nested speaker is optional at most); a page's own voice (an
advocacy group's release or blog) is the author, not a speaker. They were made by reading the article
text only; no analysis code or analysis output was looked at or run.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_h.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import AG_OFFICE, CHICAGO, DHS, DOJ, EMANUEL, ICE, LIGHTFOOT, LOPEZ, MCLAUGHLIN, PRITZKER, RAOUL, SESSIONS, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("tune-h", "gold-tune-h.jsonl")


SIGCHO = "Byron Sigcho-López"
CATALAN = "Wilmer Catalan-Ramirez"
ISAACSON = "Emily Isaacson"
BUTLER = "Dan Butler"
IHRKE = "Ann Ihrke"
QUOTE_CONT = "block quote continuing the statement announced in an earlier line"
AGS_REASON = "Raoul is one of the 13 attorneys general who issued the joint statement (named in line 0); the line gives the words to the group"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d800_viatorians"] = [
    B("site_notice", "Site promo link, first line ('Click here to learn about')."),
    B("site_notice", "Site promo link, second line ('the Creation Windows.')."),
    T("headline", "Post headline ('Illinois Takes One Step Closer to Being Safer for Immigrants ...')."),
    B("timestamp_label", "Date line ('April 7, 2017')."),
    C("supports", "Author (advocacy post): the committee vote is 'an important step ... toward making Illinois safer'; the bill 'creates a bright line' and tells immigrants police help will not mean deportation."),
    C("neutral", "Lead-in to the list of the bill's provisions; descriptive."),
    C("neutral", "List item: bar federal agents from schools and health facilities without a warrant; a provision."),
    C("neutral", "List item: bar local law enforcement from immigration enforcement without a court-issued warrant; a provision."),
    C("neutral", "List item: assist immigrant crime victims; a provision."),
    C("neutral", "List item: bar participation in a registry by origin or religion; a provision."),
]

ANN["d801_chicagoist"] = [
    B("site_notice", "Site notice ('The Chicagoist will be launching later ...')."),
    T("headline", "Article headline ('ICE Arrest Of Man In CPD Gang Database Shows Disturbing Loophole ...')."),
    B("byline", "Byline with date and time ('By Stephen Gossett in News on May 2, 2017 8:12PM')."),
    B("photo_credit", "Photo credit ('Getty Images / Photo: John Moore')."),
    C("supports", "Emanuel 'has affirmed and reaffirmed Chicago as a sanctuary city' against Sessions' threats; unnamed activists 'maintain' the protections only extend so far (criticism that they are too weak; alternative: neutral, background).",
      sp=[S(EMANUEL, "Rahm Emanuel", "Emanuel")],
      opt=[O(SESSIONS, "'threats by Attorney General Jeff Sessions to strip millions' reports threats without words", "Jeff Sessions")],
      un=["activists"], amb=True),
    C("supports", "Catalan-Ramirez's suit: ICE reached him through CPD's gang database ('according to his lawsuit'); the author calls the carve-out a pathway for local-federal cooperation on detention (criticism of a gap in the limits; alternative: neutral).",
      sp=[S(CATALAN, "Catalan-Ramirez")], un=["civil-liberties advocates"], amb=True),
    C("neutral", "Catalan-Ramirez 'says' he is not a gang member and that agents shoved him; 'according to family' he was a bystander in a shooting; about the arrest, not local cooperation.",
      sp=[S(CATALAN, "Catalan-Ramirez", "he")], un=["family"]),
    B("photo_caption", "Photo caption with credit ('Celene Adame addresses demonstrators ... (Photo: OCAD)'); her quote below is cut from the stored excerpt."),
]

ANN["d802_new-york-magazine"] = [
    B("section_label", "Section tag ('immigration')."),
    T("headline", "Article headline ('Chicago Sues Over Sanctuary City Threat, Sessions Blasts ...')."),
    B("photo_caption", "Photo caption with credit ('It’s a start, ... Photo: Anadolu Agency/Getty Images')."),
    C("supports", "Author: Sessions threatened sanctuary cities to get back in Trump's good graces; what the new grant rules require (a cynical frame on the federal pressure; alternative: neutral, background).",
      opt=[O(SESSIONS, "'by threatening so-called sanctuary cities' reports threats without words", "the attorney general"),
           O(DOJ, "'The new Justice Department rules said' gives words to a document", "Justice Department")],
      amb=True),
    C("supports", "Chicago sued, 'arguing' the conditions are 'unauthorized and unconstitutional'; 'In the lawsuit, Chicago said' they 'fly in the face of' city policy that promotes cooperation with immigrant communities.",
      sp=[S(CHICAGO, "Chicago")]),
    C("opposes", "Sessions: no federal dollars for a city that 'refuses to help its own residents'; Chicago's leadership 'obstructs this country’s lawful immigration system'.",
      sp=[S(SESSIONS, "Sessions")]),
    C("opposes", "Sessions 'went on to suggest' Chicago's killings result from a 'culture of lawlessness' created by local officials.",
      sp=[S(SESSIONS, "Sessions")]),
]

ANN["d803_republican-attorneys-general"] = [
    T("headline", "Release headline ('Ten State Coalition Backs President Trump On Sanctuary Cities Order')."),
    C("opposes", "Release voice (RAGA): Republican attorneys general 'are leading the fight against sanctuary cities'; ten AGs filed a brief for Trump's order (the filing is an action)."),
    C("opposes", "Paxton (colon attribution): without cooperation 'dangerous criminals will unlawfully remain'; 'honor federal laws and cooperate with ICE detainers'.",
      sp=[S("Ken Paxton", "Ken Paxton")]),
    C("opposes", "Morrisey (colon attribution, then 'Morrisey said'): sanctuary cities undermine the rule of law; law enforcement must cooperate with federal law enforcement.",
      sp=[S("Patrick Morrisey", "Patrick Morrisey", "Morrisey")]),
]

ANN["d804_real-gop-illinois"] = [
    C("opposes", "Author (blog): the SB31 signing 'officially turned Illinois into a sanctuary state' amid 'Republican voter outrage'; the repeal pledge by conservative legislators ('vowed/said/claimed') was 'hot air' (alternative: neutral, mainly about the legislators' sincerity).",
      un=["a group of conservative legislators"], amb=True),
    C("neutral", "The blog's own voice ('Real GOP Illinois thinks it was'): the repeal talk was hot air; says nothing about the Act itself."),
    T("subhead", "Section subhead ('A repeal bill just meant “for show”')."),
    C("neutral", "Author: the repeal bill's one-line synopsis (a document) 'banks little'; mocks the GOP legislators (alternative: opposes, the author wants a real repeal).",
      amb=True),
    C("neutral", "Author: the repeal was 'cover' for legislators distancing themselves from Rauner; it cannot pass (about the legislators; alternative: opposes).",
      amb=True),
    C("opposes", "Author: leaders knew Rauner would sign and stayed silent; voters were kept in the dark; 'time to be outraged about this…again' (alternative: neutral, about the GOP leaders).",
      amb=True),
    T("subhead", "Section subhead ('History of the lame “repeal” bill')."),
    C("opposes", "Cabello and McSweeney filed the repeal bill (an action) after voter anger over 'Rauner’s betrayal' (the author's word for the signing)."),
]

ANN["d805_jcua"] = [
    T("headline", "Post headline ('Making Chicago a true “sanctuary city”')."),
    B("tag_list", "Category list ('Categories: Congregation Partners, ...')."),
    C("supports", "Lead-in: Isaacson 'delivered the following remarks' (rule 6: takes the stance of the remarks, which ask for a truer sanctuary).",
      sp=[S(ISAACSON, "Emily Isaacson")]),
    B("photo_caption", "Photo caption ('JCUA Avodah Organizer Emily Isaacson')."),
    C("supports", "Isaacson's remarks (no attribution in the line): she wants to be proud Chicago is a 'sanctuary city', a place of protection for immigrants.",
      sp=[S(ISAACSON)],
      opt=[O(TRUMP, "'When Donald Trump says he wants to send ...' is reported inside Isaacson's own remarks (seed rule: such words stay with the outer speaker)", "Donald Trump")]),
    C("supports", "Isaacson's remarks continued: sanctuary should mean the same rights regardless of status and protection from ICE; is Chicago a true sanctuary city?",
      sp=[S(ISAACSON)]),
    C("neutral", "Isaacson's remarks continued: ICE has threatened raids; anger and urgency to fight them (about raids, not local cooperation; alternative: supports).",
      sp=[S(ISAACSON)], amb=True),
]

ANN["d806_the-triibe"] = [
    B("photo_caption", "Photo caption with credit ('Lori Lightfoot, Mayor of Chicago. (Getty Images)')."),
    C("supports", "Lightfoot 'has promised to maintain Chicago as a welcoming city' and 'has said' she will defend immigrants from the Trump administration's attacks.",
      sp=[S(LIGHTFOOT, "Lori Lightfoot")]),
    C("neutral", "The 2013 passage of the Welcoming City Ordinance (an action); it has four exceptions."),
    C("neutral", "What the ordinance prohibits; ICE administrative warrants are not valid for collaboration; descriptive."),
    C("supports", "Unnamed immigrant rights advocates 'consider' the exceptions should go; Lightfoot 'has reiterated that she will' remove them.",
      sp=[S(LIGHTFOOT, "Lightfoot", "She")], un=["immigrant rights advocates"]),
    C("supports", "Lightfoot told La Raza 'it is not enough to be a welcoming city'; the exceptions have to go.",
      sp=[S(LIGHTFOOT, "Lightfoot")], out=["La Raza"]),
    C("neutral", "Lead-in to the list of exceptions; descriptive."),
    C("neutral", "List item: an outstanding criminal warrant; an exception."),
]

ANN["d807_the-crime-report"] = [
    T("headline", "Article headline ('IL Sheriffs Challenge Bar on Immigration Arrests')."),
    B("share", "Print and share prompt ('Print More')."),
    C("opposes", "The (unnamed) sheriffs sued and 'argue' the law forces them to choose between state and federal law, Courthouse News Service reports; then what the Act prohibits (alternative: neutral, a suit filed and a description).",
      un=["Illinois sheriffs", "the sheriffs"], out=["Courthouse News Service"], amb=True),
    C("opposes", "Federal courts have found detainers insufficient to hold people (background), but the sheriffs' complaint 'says' the Act 'is in direct conflict with federal laws' (the quoted, final point; alternative: neutral, mixed).",
      un=["Federal courts", "sheriffs from four counties"], amb=True),
    B("comment_prompt", "Comment form heading ('Leave a Reply')."),
    B("comment_prompt", "Comment form notice ('Your email address will not be published ...')."),
]

ANN["d808_fwr-news"] = [
    T("headline", "Article headline ('Will County Board — Sanctuary County Resolution Rejected ...')."),
    T("headline_repeat", "Headline repeated.", dup=0),
    B("byline", "Byline ('By Nick Reiher')."),
    C("supports", "Board Democrats, 'charging' that Republicans were creating divisiveness, rejected the non-sanctuary resolution (alternative: neutral, a vote; the resolution is about migrants more than police cooperation).",
      un=["Democrats on the Will County Board"], amb=True),
    C("neutral", "The vote count; a fact."),
    C("neutral", "Tatroe 'responded', saying the resolution would not require law enforcement to enforce its provisions; a legal answer.",
      sp=[S("Mary Tatroe", "Mary Tatroe")]),
    C("opposes", "Butler 'was adamant' the resolution would send a message that illegal immigrants are not welcome.",
      sp=[S(BUTLER, "Dan Butler")]),
    C("opposes", "Butler ('He said'): not aimed at legal immigrants, but at those 'draining the welfare system'.",
      sp=[S(BUTLER, "He")]),
    C("neutral", "Butler 'chafed at' the 166 emails and 'asked' to suspend the rules; procedural.",
      sp=[S(BUTLER, "Butler")]),
    C("opposes", "Butler ('he said'): 'Did they even read the resolution?' (dismisses the emailed opposition; alternative: neutral, procedural annoyance).",
      sp=[S(BUTLER, "he")], amb=True),
    C("neutral", "The motion failed and the clerk kept reading; procedural."),
    C("neutral", "Vera said the group drafted the letter and all 166 came from county residents; about the emails.",
      sp=[S("Jose Vera", "Jose Vera", "He")]),
]

ANN["d809_ford-county-chronicle"] = [
    T("headline", "Article headline ('Ford County declared a ‘non-sanctuary county for immigrants’')."),
    C("neutral", "The board voted 8-3 for the non-sanctuary resolution, 'a symbolic stand against the state’s handling of the migrant crisis' (a vote)."),
    C("opposes", "The resolution (reviewed by the State's Attorney) is 'designed to send a message' that not all counties agree with Illinois' 'sanctuary state' status (the county's position reported without a speaker; alternative: neutral).",
      amb=True),
    B("photo_caption", "Photo caption (two board members at the meeting)."),
    C("opposes", "Ihrke said the county lacks resources for busloads of migrants; migrants 'would strain' resources, 'she noted' taxpayers would pay (cost argument for the non-sanctuary resolution; alternative: neutral, about migrant busing, not police cooperation).",
      sp=[S(IHRKE, "Ann Ihrke", "Ihrke", "she")], amb=True),
    C("opposes", "Ihrke: 'nothing to do with the color of somebody’s skin'; it is about resources taxpayers pay for (alternative: neutral, as above).",
      sp=[S(IHRKE, "Ihrke")], amb=True),
]

ANN["d810_the-depaulia"] = [
    C("neutral", "The council voted 39-11 against the amendment; the city keeps its sanctuary status 'to protect undocumented residents' (a vote; alternative: supports, the favourable purpose clause).",
      amb=True),
    C("neutral", "López and Tabares introduced the amendment (an action); what it would allow; descriptive."),
    C("neutral", "The crimes covered, 'according to the proposed amendment' (a document)."),
    C("opposes", "López said the decision will have 'very real consequences', since federal agents can already come into communities (for police cooperation on priority targets).",
      sp=[S(LOPEZ, "López")]),
    C("opposes", "López ('he said'): the amendment would have limited intrusions by handing over priority targets.",
      sp=[S(LOPEZ, "he")]),
    C("opposes", "López: without it, 'collateral captures' are more likely and all undocumented immigrants are at risk.",
      sp=[S(LOPEZ, "López")]),
    C("opposes", "López 'previously stated' the amendment would reduce deportations under Trump.",
      sp=[S(LOPEZ, "López")]),
    C("supports", "Sigcho-López said community members and CPD officers are against the amendment.",
      sp=[S(SIGCHO, "Byron Sigcho-López")]),
    C("supports", "Sigcho-López (spelled 'Sigcho-Lopez' here): constitutional concerns, due process and racial profiling.",
      sp=[S(SIGCHO, "Sigcho-Lopez")]),
    C("neutral", "The Wall Street Journal reported Chicago will be the first city targeted for mass deportation; about deportations.",
      out=["Wall Street Journal"]),
]

ANN["d811_wmal"] = [
    T("headline", "Article headline ('Trump administration sues Illinois, Chicago over sanctuary policy')."),
    B("byline", "Byline with outlet and date ('By Stephen Dinan and Jeff Mordock The Washington Times ...')."),
    C("opposes", "The U.S. government (the DOJ's suit) filed suit, 'arguing' the policies unlawfully interfere with federal arrests and deportations.",
      sp=[S(DOJ, "The U.S. government")]),
    C("opposes", "Justice Department lawyers (unnamed lawyers of the DOJ, mapped to it) said the policies 'intentionally obstruct' the government.",
      sp=[S(DOJ, "Justice Department lawyers")]),
    C("opposes", "State and local authorities refuse to hold targets or share release information, 'the federal government said'.",
      sp=[S(DOJ, "the federal government")]),
    C("opposes", "'The lack of cooperation has consequences, the Justice Department said', pointing to a released migrant later arrested for sexual assault of a minor.",
      sp=[S(DOJ, "the Justice Department")]),
    C("opposes", "Shumate (said in the new lawsuit): the provisions are 'deliberately impeding' federal immigration officers.",
      sp=[S("Brett Shumate", "Brett Shumate")]),
    C("neutral", "Where the suit was filed; a fact."),
    C("supports", "Raoul's office said the 10th Amendment lets Illinois 'decide how we use our law enforcement resources'.",
      sp=[S(AG_OFFICE, "Kwame Raoul’s office")]),
    C("supports", "'he said' (Raoul, after his office's statement): opting out of federal attempts to commandeer state law enforcement.",
      sp=[S(RAOUL, "he")],
      opt=[O(AG_OFFICE, "the quote continues the statement of 'Kwame Raoul’s office' in the line before; the text switches to 'he'")]),
]

ANN["d812_northwestern-undergraduate-law-journal"] = [
    T("headline", "Post headline ('Governor Pritzker’s Fight Against ICE')."),
    B("byline", "Byline ('By: Baylee Krulewitz')."),
    B("byline", "Editors line ('Edited by: ...')."),
    C("supports", "The DOJ sued (an action) and 'claimed' Chicago's sanctuary status is unlawful; Pritzker 'has stood his ground, claiming' the laws protect against violent crime (the final, emphasised point; alternative: neutral, both sides reported).",
      sp=[S(DOJ, "the Justice Department"), S(PRITZKER, "JB Pritzker")], amb=True),
    C("neutral", "Author: 'sanctuary city' is loosely used and has no fixed definition; a definition."),
]

ANN["d813_legal-newsline"] = [
    C("supports", "Raoul and 12 other attorneys general 'issued a joint statement' in response to a DOJ memorandum (lead-in; rule 6: the statement defends limits on state involvement in immigration enforcement).",
      sp=[S(RAOUL, "Kwame Raoul")], un=["attorneys general from 12 other states"]),
    C("supports", "The attorneys general 'emphasized' the Constitution bars the federal government from commandeering states (Printz).",
      opt=[O(RAOUL, AGS_REASON)], un=["The attorneys general"]),
    C("supports", "The statement 'further noted' the president cannot re-write the Constitution; the AGs 'expressed concern' over 'troubling threats' to prosecute officials who follow state laws.",
      opt=[O(RAOUL, AGS_REASON),
           O(TRUMP, "'troubling threats by the president' reports threats without words", "the president")],
      un=["The attorneys general"]),
    C("supports", "They 'assured' the threats are 'empty words on paper', 'warned' their states would respond, and will prosecute crimes 'regardless of immigration status'.",
      opt=[O(RAOUL, AGS_REASON)], un=["the state attorneys general"]),
]

ANN["d814_chicago-crusader"] = [
    C("supports", "Lead-in: Raoul 'issued the following statement' after the suit against the TRUST Act was dismissed (rule 6).",
      sp=[S(RAOUL, "Kwame Raoul")]),
    C("supports", "Raoul's statement (no attribution in the line): 'I am pleased with today’s decision'.",
      sp=[S(RAOUL)]),
    C("supports", "Raoul's statement continued: thanks to the team defending against the attempt 'to dismantle the TRUST Act'.",
      sp=[S(RAOUL)]),
    C("supports", "Raoul's statement continued: immigration enforcement is the federal government's job; local resources are best used protecting communities.",
      sp=[S(RAOUL)]),
    C("supports", "Raoul's statement continued: 'I will continue to defend the constitutionality of the TRUST Act'.",
      sp=[S(RAOUL)]),
]

ANN["d815_newsmax"] = [
    C("opposes", "'According to the Department of Homeland Security', New York, Illinois and California are intent on releasing 'thousands of criminal illegal aliens'.",
      sp=[S(DHS, "the Department of Homeland Security")]),
    C("opposes", "DHS said Illinois and New York 'told the government they won’t support lawful DHS immigration enforcement' (DHS's account of a refusal).",
      sp=[S(DHS, "DHS")],
      opt=[O("State of Illinois", "its reply is reported only inside DHS's account ('DHS said ... told the government')", "Illinois")]),
    C("neutral", "'The department said California did not respond' (a non-response).",
      sp=[S(DHS, "The department")]),
    C("neutral", "Author: whether the states will 'continue to ignore' ICE detainers (slanted wording only; alternative: opposes).",
      amb=True),
    C("neutral", "What a detainer is; a definition."),
    C("opposes", "DHS said refusing detainers led to 'murderers, rapists, and pedophiles' being released.",
      sp=[S(DHS, "DHS")]),
    C("opposes", "ICE delivered letters 'warning of stronger measures'; 'The department said' the Illinois attorney general's office refused to accept the letter.",
      sp=[S(ICE, "ICE"), S(DHS, "The department")]),
    C("opposes", "McLaughlin (in a statement): 'These dangerous sanctuary policies' release criminal illegal aliens, threatening Americans' lives.",
      sp=[S(MCLAUGHLIN, "Tricia McLaughlin")]),
    C("neutral", "DHS said it has arrested 400,000 people despite sanctuary policies; figures (alternative: opposes, 'despite so-called sanctuary policies').",
      sp=[S(DHS, "DHS")], amb=True),
]

ANN["d816_rich-garling-substack"] = [
    T("headline", "Post headline ('The Shield Is Cracking')."),
    T("headline_repeat", "Headline with the series name ('No Badge Above the Law: The Shield Is Cracking'); not an exact repeat."),
    C("supports", "Author: what ICE agents do in Illinois 'may be illegal under state law'; federal immunity is cracking (a defence of the state's limits against ICE; alternative: neutral, about ICE's conduct).",
      amb=True),
    C("neutral", "Author: the TRUST Act was passed 'to protect residents from unlawful detention'; what it prohibits (alternative: supports, a favourable description of its aim).",
      amb=True),
    C("neutral", "The Way Forward Act 'went even further': no jail contracts with ICE; descriptive."),
    C("neutral", "An ICE agent's fatal shooting in Franklin Park; Pritzker 'called it' the most unusual situation, 'condemning' the lack of transparency (about the shooting, not local cooperation; alternative: supports).",
      sp=[S(PRITZKER, "Pritzker")], amb=True),
    C("neutral", "A raid in Chicago; a federal judge ruled ICE violated a consent decree (a ruling as a fact)."),
    C("supports", "Author: a pattern of abuse that 'violates ... state sanctuary laws'; litigation and state enforcement can pierce the armor."),
    C("supports", "Author: 'We’re documenting. We’re organizing.' to hold ICE agents accountable (alternative: neutral, about ICE agents, not the laws).",
      amb=True),
]

ANN["d817_uu-advocacy-network"] = [
    B("section_label", "Section label ('Immigration Action')."),
    T("headline", "Post headline ('Disentangling Police from Immigration Enforcement: ...')."),
    C("supports", "Author (advocacy network): entangling police with immigration enforcement undermines trust; the TRUST Act 'seeks to protect and build trust'."),
    C("supports", "Call to action: urge leaders 'to create a bright line' between police and immigration enforcement (a link line; if treated as boilerplate: no stance).",
      amb=True),
    C("neutral", "Lead-in to the list of the bill's provisions; descriptive."),
    C("neutral", "List item: bar deputizing local police as immigration agents; a provision."),
    C("neutral", "List item: limit arrests based on federal database information; a provision."),
    C("neutral", "List item: bar private prisons for immigration detainees; a provision."),
    C("neutral", "List item: bar participation in registry programs; a provision."),
    C("neutral", "List item: include the Immigration Safe Zones Act; a provision."),
]

# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d800_viatorians.txt", "outlet": "Clerics of St. Viator (Viatorians; religious order's site)", "date": "2017-04-07",
     "title": "Illinois Takes One Step Closer to Being Safer for Immigrants and their Families",
     "url": "https://www.viatorians.com/illinois-takes-one-step-closer-to-being-safer-for-immigrants-and-their-families/p=6639"},
    {"file": "d801_chicagoist.txt", "outlet": "Chicagoist", "date": "2017-05-02",
     "title": "ICE Arrest Of Man In CPD Gang Database Shows Disturbing Loophole For 'Sanctuary City'",
     "url": "https://chicagoist.com/2017/05/02/ice_sanctuary_city_cpd_gang_database.php"},
    {"file": "d802_new-york-magazine.txt", "outlet": "New York Magazine (Intelligencer)", "date": "2017-08",
     "title": "Chicago Sues Over Sanctuary City Threat, Sessions Blasts City’s ‘Culture of Lawlessness’",
     "url": "http://nymag.com/intelligencer/2017/08/sessions-blasts-chicago-for-suing-over-sanctuary-city-threat.html"},
    {"file": "d803_republican-attorneys-general.txt", "outlet": "Republican Attorneys General Association (press release)", "date": "2017",
     "title": "Ten State Coalition Backs President Trump On Sanctuary Cities Order",
     "url": "http://www.republicanags.com/ten_state_coalition_backs_president_trump_on_sanctuary_cities_order"},
    {"file": "d804_real-gop-illinois.txt", "outlet": "Real GOP Illinois (blog)", "date": "2017-11-17",
     "title": "Attempt to repeal Rauner sanctuary state bill stalls (from the URL slug; no headline in the stored text)",
     "url": "https://realgopillinois.com/2017/11/17/attempt-repeal-rauner-sanctuary-state-bill-stalls/"},
    {"file": "d805_jcua.txt", "outlet": "Jewish Council on Urban Affairs (JCUA blog)", "date": "2019",
     "title": "Making Chicago a true “sanctuary city”",
     "url": "https://jcua.org/making-chicago-a-true-sanctuary-city/"},
    {"file": "d806_the-triibe.txt", "outlet": "The TRiiBE", "date": "2020-02",
     "title": "Mayor Lightfoot boosts protection for immigrants, but collaboration between Chicago police and ICE continues in criminal cases (from the URL slug; no headline in the stored text)",
     "url": "https://thetriibe.com/2020/02/mayor-lightfoot-boosts-protection-for-immigrants-but-collaboration-between-chicago-police-and-ice-continues-in-criminal-cases/"},
    {"file": "d807_the-crime-report.txt", "outlet": "The Crime Report", "date": "2020-03-10",
     "title": "IL Sheriffs Challenge Bar on Immigration Arrests",
     "url": "https://thecrimereport.org/2020/03/10/il-sheriffs-challenge-bar-on-immigration-arrests/"},
    {"file": "d808_fwr-news.txt", "outlet": "FWR News (Will County)", "date": "2024-07-18",
     "title": "Will County Board — Sanctuary County Resolution Rejected On Partisan Vote",
     "url": "https://fwrnews.com/2024/07/18/will-county-board-sanctuary-county-resolution-rejected-on-partisan-vote/"},
    {"file": "d809_ford-county-chronicle.txt", "outlet": "Ford County Chronicle", "date": "2024",
     "title": "Ford County declared a ‘non-sanctuary county for immigrants’",
     "url": "https://www.fordcountychronicle.com/articles/featured/ford-county-declared-a-non-sanctuary-county-for-immigrants/"},
    {"file": "d810_the-depaulia.txt", "outlet": "The DePaulia (DePaul University student paper)", "date": "2025-01",
     "title": "City Council votes to keep Welcoming City Ordinance in Chicago (from the URL slug; no headline in the stored text)",
     "url": "https://depauliaonline.com/73976/ladepaulia/city-council-votes-to-keep-welcoming-city-ordinance-in-chicago"},
    {"file": "d811_wmal.txt", "outlet": "WMAL (The Washington Times story)", "date": "2025-02-07",
     "title": "Trump administration sues Illinois, Chicago over sanctuary policy",
     "url": "https://wmal.com/2025/02/07/trump-administration-sues-illinois-chicago-over-sanctuary-policy"},
    {"file": "d812_northwestern-undergraduate-law-journal.txt", "outlet": "Northwestern Undergraduate Law Journal (NULJ Forum)", "date": "2025",
     "title": "Governor Pritzker’s Fight Against ICE",
     "url": "https://www.thenulj.com/nuljforum/governor-pritzkers-fight-against-ice"},
    {"file": "d813_legal-newsline.txt", "outlet": "Legal Newsline", "date": "2025-01",
     "title": "State AGs assert limits on federal power in immigration enforcement (from the URL slug; no headline in the stored text)",
     "url": "https://legalnewsline.com/stories/669233613-state-ags-assert-limits-on-federal-power-in-immigration-enforcement"},
    {"file": "d814_chicago-crusader.txt", "outlet": "Chicago Crusader", "date": "2025-07",
     "title": "Attorney General Kwame Raoul responds to TRUST Act lawsuit dismissal (from the URL slug; no headline in the stored text)",
     "url": "https://chicagocrusader.com/attorney-general-kwame-raoul-responds-to-trust-act-lawsuit-dismissal/"},
    {"file": "d815_newsmax.txt", "outlet": "Newsmax", "date": "2025-09-20",
     "title": "DHS: New York, Illinois, California intent on releasing criminal illegal aliens (descriptive; the URL slug is 'dhs-ice-new-york')",
     "url": "https://www.newsmax.com/politics/dhs-ice-new-york/2025/09/20/id/1227184/"},
    {"file": "d816_rich-garling-substack.txt", "outlet": "Rich Garling (Substack newsletter)", "date": "2025",
     "title": "The Shield Is Cracking",
     "url": "https://richgarling.substack.com/p/the-shield-is-cracking"},
    {"file": "d817_uu-advocacy-network.txt", "outlet": "Unitarian Universalist Advocacy Network of Illinois (action alert)", "date": "2017-05-13",
     "title": "Immigration Action: Disentangling Police from Immigration Enforcement",
     "url": "http://www.uuani.org/action-of-the-week/2017/5/13/immigration-action"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d8")
