#!/usr/bin/env python3
"""Dev set, part F (tune; files d600-d619): hand annotations -> tune-f/gold-tune-f.jsonl.

Additional TUNING data, mainly for speaker attribution, chosen for attributed speech of varied forms
(organisations and agencies speaking, several speakers in one line, forward references, judges
writing, lawsuits, posts and press releases, block quotes continuing an earlier attribution). None of
the outlets is an outlet of the held-out part or of the fresh part C, and no URL is shared with any
other part. The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field
conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-E (see
SOURCES-c.md to SOURCES-e.md): canonical names as the earlier parts write them (JB Pritzker, Brandon
Johnson, Raymond López, Mike Downey, ACLU of Illinois, U.S. Department of Homeland Security, ...);
a lawsuit of the DOJ is the DOJ speaking; the sheriffs' lawsuit gives the four plaintiff sheriffs as
optional speakers (as in part C); a block quote continuing an attribution made in an earlier line
keeps the speaker with an empty alias list (as in the seeds, 001 #2). They were made by reading the
article text only; no analysis code was looked at or run before they were final and committed.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_f.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import AG_OFFICE, BJOHNSON, DHS, DOJ, DOWNEY, DURBIN, FOUR_SHERIFFS_REASON, ICE, LOPEZ, MAYOR_OFFICE, MCLAUGHLIN, NOEM, PRIM, PRITZKER, RAUNER, SNYDERS, TRUMP, TRUMP_ADMIN, VANVICKLE

ARTICLES, MANIFEST, GOLD = part_files("tune-f", "gold-tune-f.jsonl")


DUCKWORTH = "Tammy Duckworth"
TABARES = "Silvana Tabares"
ACLU = "ACLU of Illinois"
ISA = "Illinois Sheriffs' Association"
JENKINS = "Lindsay C. Jenkins"
RELEASE_REASON = "unattributed press-release text: DHS is the author of the release the page carries"


def four_sheriffs_opt():
    return [O(PRIM, FOUR_SHERIFFS_REASON), O(VANVICKLE, FOUR_SHERIFFS_REASON),
            O(SNYDERS, FOUR_SHERIFFS_REASON), O(DOWNEY, FOUR_SHERIFFS_REASON)]


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d600_breitbart"] = [
    C("opposes", "The DOJ filed suit against Pritzker and Johnson for 'interfering' with federal immigration enforcement; the quoted charge is the DOJ's (alternative: neutral, the filing as a fact).",
      sp=[S(DOJ, "The Department of Justice")], amb=True),
    C("opposes", "The suit alleges the Illinois and Chicago rules 'interfere with and discriminate against' federal enforcement, violating the Supremacy Clause; Fox News passes it along.",
      sp=[S(DOJ, "The suit")], out=["Fox News"]),
    C("supports", "Lead-in: Pritzker 'blasted back' at the suit; 'He said:' announces the statement of the next line.",
      sp=[S(PRITZKER, "Pritzker", "He")]),
    C("supports", "Pritzker's statement as an unquoted block quote (attribution in the line before): Illinois follows the law, the TRUST Act has always complied with federal law, Illinois will defend it.",
      sp=[S(PRITZKER)]),
    C("supports", "Johnson's office: 'Local law enforcement will not double as federal agents.'",
      sp=[S(MAYOR_OFFICE, "Johnson’s office")]),
    C("supports", "Johnson defends the ordinance: a clear separation, not a matter of police ignoring violent criminals; the president should help with illegal guns.",
      sp=[S(BJOHNSON, "Johnson")]),
    C("opposes", "The suit adds that sanctuary cities give aliens 'safe havens' among Americans who may become their crime victims.",
      sp=[S(DOJ, "the suit")]),
]

ANN["d601_pantagraph"] = [
    C("neutral", "Mathy said he would support an ordinance but not in its current form (alternative: supports, he backs the immigration part).",
      sp=[S("Jamie Mathy", "Jamie Mathy")], amb=True),
    C("neutral", "Mathy ('he'): fine with the immigration portion, concerned about pieces that 'wander loose of immigration' (alternative: supports).",
      sp=[S("Jamie Mathy", "he")], amb=True),
    C("supports", "Emig said it is time to push the welcoming-city initiative forward.",
      sp=[S("Julie Emig", "Julie Emig")]),
    C("supports", "Emig ('she'): experts say this is 'the one leadership action' that will make a difference.",
      sp=[S("Julie Emig", "she")]),
    C("supports", "Quote continuing Emig's words (no attribution in the line): 'we are not going to export you'.",
      sp=[S("Julie Emig")]),
    C("neutral", "Straw poll vote to have staff draft an ordinance; a fact."),
]

ANN["d602_fox-32-chicago"] = [
    T("headline", "Article headline."),
    C("neutral", "Author: the council voted to block a proposal for more police cooperation with federal enforcement; a fact."),
    C("neutral", "Lopez and Tabares proposed the change (an action, no words)."),
    C("neutral", "Fuentes moved to table; the 39-11 vote (actions)."),
    T("subhead", "Section subhead ('A controversial proposal')."),
    T("subhead", "Section subhead ('The backstory:')."),
    C("neutral", "When the change was proposed; a fact."),
    C("neutral", "What the existing law limits; descriptive."),
    C("opposes", "The council members (Lopez and Tabares of the lines before) argued that letting police report serious criminals keeps immigrant communities safer; 'They said' without local help agents might target whole communities.",
      sp=[S(LOPEZ, "The council members", "They"), S(TABARES, "The council members", "They")]),
    C("supports", "Unnamed opponents of the change say keeping local officers out of immigration enforcement fosters trust.",
      un=["Opponents of changing the existing law"]),
    T("subhead", "Section subhead ('Big picture view:')."),
    C("neutral", "Context: Trump days from taking office after promising mass deportations.",
      opt=[O(TRUMP, "'after promising to deport' reports a pledge without words", "Donald Trump")]),
    C("neutral", "Context: migrant arrivals since 2022 stretched the city's resources."),
    T("subhead", "Section subhead ('Legal concerns')."),
    T("subhead", "Section subhead ('Dig deeper:')."),
    C("supports", "Unnamed opponents' backlash: the change could violate due process protections.",
      un=["opponents"]),
]

ANN["d603_cbs-news-chicago"] = [
    T("headline", "Article headline."),
    C("neutral", "Author: the council blocked an effort to 'water down' the sanctuary ordinance, amid the incoming administration's 'ground zero' threat (alternative: supports, the framing of the rollback).",
      opt=[O(TRUMP_ADMIN, "'a threat ... to make the city \"ground zero\"' reports a threat in a quoted phrase", "the incoming Trump administration")],
      amb=True),
    C("neutral", "The 39-11 vote to table the Lopez-Tabares amendment and what it would allow; facts."),
    C("neutral", "What the Welcoming City Ordinance currently bars; descriptive."),
    C("neutral", "Lopez and Tabares tried a parliamentary maneuver to restore the carve-outs (actions)."),
    C("neutral", "Lead-in to the list of offences in the proposal; descriptive."),
    C("neutral", "List item: gang-related activities."),
    C("neutral", "List item: drug-related activities."),
    C("neutral", "List item: prostitution-related activities."),
    C("neutral", "List item: sexual crimes involving minors."),
]

ANN["d604_einpresswire"] = [
    T("headline", "Press-release headline ('DHS Calls on Governor Pritzker and Mayor Johnson to condemn these rioters ...')."),
    C("neutral", "DHS release text: rioters blocked gates of the Broadview facility and chanted 'Arrest ICE, Shoot ICE'; about protests, not local cooperation.",
      opt=[O(DHS, RELEASE_REASON)]),
    C("neutral", "DHS release text: earlier violence at the facility since Operation Midway Blitz began.",
      opt=[O(DHS, RELEASE_REASON)]),
    C("neutral", "DHS release text ('Our ICE law enforcement officers'): assaults up 1,000%, the Dallas shooting.",
      opt=[O(DHS, RELEASE_REASON)]),
    C("neutral", "McLaughlin condemns the riots and calls on Pritzker and Johnson to tone down their rhetoric about ICE; about rhetoric and violence, not the limits on cooperation (alternative: opposes, an attack on sanctuary politicians).",
      sp=[S(MCLAUGHLIN, "Tricia McLaughlin")], amb=True),
]

ANN["d605_trendyblazeup"] = [
    T("headline", "Article headline ('..., DHS says')."),
    C("neutral", "DHS said it detained more than 500 people; a figure.",
      sp=[S(DHS, "the Department of Homeland Security")]),
    C("neutral", "Unnamed federal officials claim they target violent criminals; reports of a citizen detained.",
      un=["Federal officials"]),
    C("neutral", "An agent killed a man whom unnamed officials said had a history of reckless driving.",
      un=["officials"]),
    T("subhead", "Section subhead ('Disputes over arrests')."),
    T("subhead", "Section subhead ('What we know:')."),
    C("neutral", "Durbin said he is not buying the DHS arrest numbers; about arrests, not local cooperation.",
      sp=[S(DURBIN, "Dick Durbin")]),
    C("neutral", "Durbin: fewer than 30% of those arrested have a criminal background; 'put the resources into stopping criminals' (about ICE arrests; alternative: supports).",
      sp=[S(DURBIN, "Durbin")], amb=True),
    C("neutral", "Context of the senator's comments: clashes at Broadview.",
      opt=[O(DURBIN, "'The senator’s comments' refers back to his words without giving any", "The senator’s")]),
    T("subhead", "Section subhead ('The other side:')."),
    C("neutral", "A DHS spokeswoman blamed the actions and rhetoric of Johnson and Pritzker for escalating tensions; about rhetoric, not the limits on cooperation (alternative: opposes).",
      sp=[S(DHS, "A spokeswoman for the Department of Homeland Security")], amb=True),
]

ANN["d606_eurasia-review"] = [
    B("byline", "Byline ('By Eurasia Review')."),
    C("neutral", "DHS announced more than 800 arrests in Operation Midway Blitz; a figure.",
      sp=[S(DHS, "The Department of Homeland Security")]),
    C("opposes", "Author: the operation targets criminal aliens who 'flocked to Chicago and Illinois seeking protection under the sanctuary policies of Governor Pritzker' (the sanctuary policies shelter criminals)."),
    C("neutral", "Author: DHS and ICE remain undeterred despite violence against officers; about enforcement, not local cooperation."),
    C("opposes", "McLaughlin: 'We will not allow sanctuary politicians or violent rioters to stop us' from arresting pedophiles, murderers ...",
      sp=[S(MCLAUGHLIN, "Tricia McLaughlin")]),
]

ANN["d607_chicago-news-weekly"] = [
    T("headline", "Page title: headline with the blog's name."),
    B("timestamp_label", "Date line ('Monday, September 8, 2025')."),
    T("headline_repeat", "Headline repeated without the blog's name."),
    C("neutral", "ICE and DHS announced new operations after Trump posted about 'Department of War' efforts; facts.",
      sp=[S(ICE, "U.S. Immigrations and Customs Enforcement"), S(DHS, "the Department of Homeland Security")],
      opt=[O(TRUMP, "'posted on social media about' reports a post whose words are not given", "Donald Trump")]),
    C("neutral", "DHS posted that the operation will 'target the criminal illegal aliens who flocked to Chicago and Illinois' (alternative: opposes, the post implies the state draws criminals).",
      sp=[S(DHS, "The Department of Homeland Security")], amb=True),
    C("neutral", "The death of Katie Abraham the operation references; facts."),
    C("neutral", "Author: the post gives no timing or locations."),
    C("neutral", "ICE posted a photo of an ICE vehicle (an action; the words follow in the next line).",
      opt=[O(ICE, "'posted a photo' announces the post quoted in the next line", "U.S. Immigrations and Customs Enforcement")]),
    C("opposes", "ICE's post: Chicago is 'a sanctuary city that attracts and protects criminal illegal aliens'; the agency is here to remove them.",
      sp=[S(ICE, "the post")]),
    C("neutral", "The city of Evanston's alert: it was informed federal agents will likely be present; a notice.",
      sp=[S("City of Evanston", "the city of Evanston")]),
]

ANN["d608_lakeshore-public-media"] = [
    C("neutral", "Noem held a press conference in Gary about Operation Midway Blitz (an event)."),
    C("neutral", "Noem stated the operation made arrests and emphasised the need to 'destroy terrorists' and deal with CDLs; about enforcement, not local cooperation.",
      sp=[S(NOEM, "Noem")]),
    C("neutral", "Noem ('she'): drivers here illegally 'your days are numbered'.",
      sp=[S(NOEM, "she")]),
    C("neutral", "About 3,000 arrests, according to Homeland Security; a figure.",
      sp=[S(DHS, "Homeland Security")]),
    C("neutral", "Braun expressed gratitude to the administration and praised the efforts; about enforcement in Indiana.",
      sp=[S("Mike Braun", "Mike Braun")]),
    C("neutral", "Braun: the operation makes highways safer; arrest figures.",
      sp=[S("Mike Braun", "Braun")]),
    C("neutral", "Braun shares that ICE will keep working with Indiana State Police to expand the program (alternative: opposes, state police working with ICE).",
      sp=[S("Mike Braun", "Braun")], amb=True),
    C("opposes", "Braun's words continued (no attribution in the line): 'We're going to work with ice ... even though other places are making them the opposite' (a jab at places that do not cooperate).",
      sp=[S("Mike Braun")], amb=True),
]

ANN["d609_state-journal-register"] = [
    C("opposes", "Four sheriffs (named in line 3, a forward reference) sued to overturn the Act that 'they believe' interferes with law enforcement.",
      sp=[S(PRIM, "Four sheriffs"), S(VANVICKLE, "Four sheriffs"), S(SNYDERS, "Four sheriffs"), S(DOWNEY, "Four sheriffs")]),
    C("opposes", "The lawsuit contends the Act is pre-empted because it 'undermines and frustrates' federal power over immigration.",
      opt=four_sheriffs_opt(), un=["The lawsuit"]),
    C("supports", "The ACLU said the sheriffs were trying to choose which laws they want to enforce.",
      sp=[S(ACLU, "The American Civil Liberties Union")]),
    C("neutral", "Who brought the lawsuit (an action)."),
    C("neutral", "The lawsuit says VanVickle and Snyders are defendants in Trust Act suits and Prim was sued; facts.",
      opt=four_sheriffs_opt(), un=["The lawsuit"]),
    C("opposes", "Downey was among sheriffs contending at a news conference that a new state policy endangers communities by releasing undocumented felons.",
      sp=[S(DOWNEY, "Downey")]),
    C("opposes", "The lawsuit states federal law requires Illinois officers to comply with immigration detainers (alternative: neutral, legal background).",
      opt=four_sheriffs_opt(), un=["The lawsuit", "the lawsuit"], amb=True),
]

ANN["d610_conservatively-speakin"] = [
    C("opposes", "Author: Rauner 'made the state a sanctuary for illegal immigrants' with an Act that stops detainers for 'criminal illegal aliens' (alternative: neutral, mostly a description of the Act).",
      amb=True),
    C("opposes", "The Illinois Sheriffs Association and Republican lawmakers drew attention to a policy letting 'illegal alien felons' leave prisons instead of going to federal custody.",
      sp=[S(ISA, "the Illinois Sheriffs Association")], un=["Republican lawmakers"]),
    C("opposes", "Author: federal law stipulates such felons be held and transferred to federal custody (alternative: neutral, a legal statement).",
      amb=True),
    C("opposes", "Author: Illinois 'willfully flaunting federal law is dangerous to the residents'."),
    C("opposes", "The four sheriffs sued claiming the Act is unconstitutional; 'The Sheriffs argue' federal supremacy and want an injunction against the 'sanctuary state law'.",
      sp=[S(PRIM, "Bill Prim", "The Sheriffs"), S(VANVICKLE, "Brian Vanvickle", "The Sheriffs"),
          S(SNYDERS, "David Snyders", "The Sheriffs"), S(DOWNEY, "Mike Downey", "The Sheriffs")]),
    C("opposes", "Lead-in announcing the lawsuit quote the State Journal-Register reports (rule 6; alternative: neutral).",
      out=["State Journal-Register"], amb=True),
    C("opposes", "The lawsuit states federal law requires Illinois officers to comply with detainers; then the author: the Act interferes with law enforcement.",
      opt=four_sheriffs_opt(), un=["the lawsuit"]),
]

ANN["d611_today-headline"] = [
    C("neutral", "Author: a federal judge dismissed the administration's suit against the sanctuary policies (a ruling as a fact)."),
    C("neutral", "Jenkins granted Illinois's motion to dismiss for lack of standing (an action of the court)."),
    C("supports", "The judge noted in the ruling that the sanctuary laws are protected by the 10th Amendment.",
      sp=[S(JENKINS, "The judge")]),
    C("supports", "The judge wrote that the Sanctuary Policies are protected by the Tenth Amendment and not preempted.",
      sp=[S(JENKINS, "the judge")]),
    C("supports", "The federal judge wrote that the request would be an 'end-run around the Tenth Amendment'.",
      sp=[S(JENKINS, "The federal judge")]),
    C("supports", "The judge's words continued (no attribution in the line): it would let the federal government commandeer States.",
      sp=[S(JENKINS)]),
    C("supports", "Pritzker praised the dismissal; 'he said' it keeps state law enforcement from carrying out 'unlawful policies'.",
      sp=[S(PRITZKER, "JB Pritzker", "he")]),
]

ANN["d612_sen-dick-durbin"] = [
    T("headline", "Press-release headline ('Durbin Slams ...')."),
    C("supports", "Durbin slammed the administration's efforts to turn local law enforcement into a deportation force.",
      sp=[S(DURBIN, "Dick Durbin", "Durbin")]),
    C("supports", "Durbin at the sanctuary-cities hearing: the President 'has declared war on immigrants' and the community's fear is why they are there (alternative: neutral, about immigrants in general).",
      sp=[S(DURBIN, "Durbin")], amb=True),
    B("video_embed", "Link to video of the remarks ('... available here')."),
    B("audio_player", "Link to audio of the remarks ('... available here')."),
    B("video_embed", "Link to footage for TV stations ('... available here')."),
    C("supports", "Durbin cited Superintendent Eddie Johnson, who said undocumented immigrants do not drive violence and officers should not be 'the immigration police'.",
      sp=[S(DURBIN, "Durbin"), S("Eddie Johnson", "Eddie Johnson")]),
    C("neutral", "Release text: the bipartisan TRUST Act and what it prohibits; descriptive."),
]

ANN["d613_sen-dick-durbin"] = [
    T("headline", "Press-release headline ('Durbin On ICE Enforcement In Illinois: ...')."),
    T("dek", "Dek under the headline."),
    C("neutral", "Durbin spoke on the Senate floor about being denied entry to the Broadview facility; oversight of ICE, not local cooperation.",
      sp=[S(DURBIN, "Dick Durbin")]),
    C("neutral", "Durbin: he does not understand why they were denied entry; if the operations were lawful, ICE would want funders to see them.",
      sp=[S(DURBIN, "Durbin")]),
    C("neutral", "Durbin and Duckworth visited Naval Station Great Lakes and asked to meet DHS officials and visit Broadview (visits and requests).",
      opt=[O(DURBIN, "'they asked to meet' reports a request, not a view", "Durbin"),
           O(DUCKWORTH, "'they asked to meet' reports a request, not a view", "Duckworth")]),
]

ANN["d614_the-federal-newswire"] = [
    T("headline", "Article headline."),
    B("image_filename", "Image file name ('Webp 3lf6...')."),
    B("photo_caption", "Photo caption with credit ('| Official U.S. Senate headshot')."),
    T("headline_repeat", "Headline repeated.", dup=0),
    B("section_label", "Section label ('ORGANIZATIONS IN THIS STORY')."),
    C("neutral", "Durbin released a video on what 'he describes as abuses' by federal immigration agencies (alternative: supports).",
      sp=[S(DURBIN, "Dick Durbin", "he")], amb=True),
    C("neutral", "The video highlights ICE, CBP and DHS actions that 'Durbin says' harmed families; Ofelia Torres's account.",
      sp=[S(DURBIN, "Durbin")]),
    C("neutral", "Durbin: 'What’s happening with ICE in Chicago is an outrage'; masked agents, tear gas, defiance of court orders (about ICE tactics; alternative: supports).",
      sp=[S(DURBIN, "Durbin", "He")], amb=True),
    C("neutral", "Durbin ('He adds'): he is doing everything to hold the administration accountable.",
      sp=[S(DURBIN, "He")]),
]

ANN["d615_rep-luis-arroyo"] = [
    T("headline", "Post headline."),
    T("headline_repeat", "Headline repeated (with extra spaces)."),
    B("tag_list", "Category tag standing alone ('Trust Act')."),
    C("supports", "Author, first person (a state representative's site, not named in the text): 'I commend Gov. Rauner for committing to sign' the Act he co-sponsored; it 'creates a bright line'.",
      opt=[O(RAUNER, "'for committing to sign' reports a pledge without words", "Rauner")]),
    C("supports", "Author: the Act tells immigrants that seeking police help will not lead to deportation; stronger ties between police and communities."),
    C("neutral", "Lead-in to the bill summary ('From the bill;')."),
    C("neutral", "Bill summary item."),
    C("neutral", "Bill summary item."),
    C("neutral", "Bill summary item: no detention on a detainer or administrative warrant."),
    C("neutral", "Bill summary item: no access, transfer, facilities or inquiries for immigration agents."),
]

ANN["d616_daily-journal"] = [
    C("neutral", "Author: the law ending ICE detention agreements is on hold; a fact."),
    C("neutral", "What the act signed by Pritzker required; facts."),
    C("neutral", "Kankakee County joined a suit that was dismissed (actions)."),
    C("neutral", "The judge's extension and the new deadline, according to an AP story.",
      out=["Associated Press"]),
    C("neutral", "Downey said the county still houses 39 detainees; a figure.",
      sp=[S(DOWNEY, "Mike Downey")]),
    C("neutral", "Downey: detainees released after the policy change in Washington; facts.",
      sp=[S(DOWNEY, "Downey")]),
    C("neutral", "Downey had no exact number; 'he said' it is ICE's decision who is released.",
      sp=[S(DOWNEY, "Downey", "he")]),
    C("neutral", "Downey: 'We released some and are deporting some.'",
      sp=[S(DOWNEY, "Downey")]),
    C("neutral", "Why the detainees were held; facts."),
    C("opposes", "Downey: 'There’s still a need for ICE to have detainees' housed (a case for the detention contracts the law ends; alternative: neutral).",
      sp=[S(DOWNEY, "Downey")], amb=True),
]

ANN["d617_pantagraph"] = [
    C("neutral", "Boelen: the Welcoming America initiative 'is not window dressing'; a membership programme, not limits on police cooperation (alternative: supports).",
      sp=[S("Boelen", "Boelen")], amb=True),
    C("neutral", "The programme's cost and staffing, Boelen said; facts.",
      sp=[S("Boelen", "Boelen")]),
    C("supports", "Carrillo and Crabill voted against the initiative, 'throwing support behind' the Welcoming City ordinance instead (votes; alternative: neutral).",
      opt=[O("Jenn Carrillo", "support shown by a vote, no words", "Jenn Carrillo"),
           O("Jeff Crabill", "support shown by a vote, no words", "Jeff Crabill")], amb=True),
    C("supports", "Crabill wants the Welcoming City ordinance discussed first, to get 'internal procedures in order with respect to immigrants'.",
      sp=[S("Jeff Crabill", "Crabill")]),
    C("neutral", "Several council members argued the two do not preclude each other; unnamed.",
      un=["several council members"]),
]

ANN["d618_riverbender"] = [
    C("neutral", "Durbin and Duckworth issued a joint statement on the mass deportation actions (lead-in; the statement is about deportations, not local cooperation).",
      sp=[S(DURBIN, "Dick Durbin"), S(DUCKWORTH, "Tammy Duckworth")]),
    C("neutral", "Joint statement continued (no attribution in the line): remove dangerous individuals, but mass deportations go too far.",
      sp=[S(DURBIN), S(DUCKWORTH)]),
    C("neutral", "Joint statement continued: deport dangerous people, legal status for the rest.",
      sp=[S(DURBIN), S(DUCKWORTH)]),
    C("neutral", "Joint statement continued: 'We stand with the immigrant community'; caseworkers ready to help (alternative: supports).",
      sp=[S(DURBIN), S(DUCKWORTH)], amb=True),
    C("neutral", "Durbin held a hearing on mass deportations (an action); what it examined."),
]

ANN["d619_elawnj"] = [
    B("timestamp_label", "Date line ('July 28, 2025')."),
    T("headline", "Post headline."),
    C("supports", "Author: 'a significant legal defeat' for the administration; the ruling affirms the policies are protected (alternative: neutral, the ruling as a fact).",
      amb=True),
    C("supports", "Jenkins emphasized that Illinois, Chicago and Cook County are 'constitutionally justified' in refusing to cooperate with civil immigration enforcement.",
      sp=[S(JENKINS, "Lindsay C. Jenkins")]),
    T("subhead", "Section subhead ('Key Takeaway: ...')."),
    C("supports", "Author: the decision reiterates that states cannot be compelled to enforce federal immigration laws; a 'protective barrier' against overreach."),
    T("subhead", "Section subhead ('Judge Jenkins' Strong Words ...')."),
    C("supports", "Judge Jenkins criticized the attempt to 'commandeer' local jurisdictions as unconstitutional.",
      sp=[S(JENKINS, "Jenkins")]),
    T("subhead", "Section subhead ('Trump Administration's Broad Campaign ...')."),
    C("neutral", "Author: the case is part of a broader campaign met with judicial pushback; descriptive."),
    T("subhead", "Section subhead ('Illinois Governor JB Pritzker's Firm Stance')."),
    C("supports", "Pritzker applauded the ruling as a victory for civil liberties; 'He reiterated' cooperation only when federal authorities follow the law.",
      sp=[S(PRITZKER, "JB Pritzker", "He")]),
]

# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d600_breitbart.txt", "outlet": "Breitbart", "date": "2025-02-06",
     "title": "Sanctuary state governor and mayor slam DOJ's lawsuit (from the URL slug)",
     "url": "https://www.breitbart.com/immigration/2025/02/06/sanctuary-state-governor-and-mayor-slam-dojs-lawsuit/"},
    {"file": "d601_pantagraph.txt", "outlet": "The Pantagraph", "date": "2021-01-19",
     "title": "Watch now: Bloomington council moves forward on Welcoming City ordinance (from the URL slug)",
     "url": "https://www.pantagraph.com/news/local/govt-and-politics/watch-now-bloomington-council-moves-forward-on-welcoming-city-ordinance/article_cac2b426-c7f0-52df-9eca-5f5c53116608.html"},
    {"file": "d602_fox-32-chicago.txt", "outlet": "FOX 32 Chicago", "date": "2025-01",
     "title": "Chicago City Council votes to block change to Welcoming City Ordinance",
     "url": "https://fox32chicago.com/news/chicago-welcoming-city-change-vote"},
    {"file": "d603_cbs-news-chicago.txt", "outlet": "CBS News Chicago", "date": "2025-01",
     "title": "City Council blocks bid to roll back Chicago's protections for undocumented immigrants",
     "url": "https://cbsnews.com/chicago/news/city-council-vote-sanctuary-city-ordinance"},
    {"file": "d604_einpresswire.txt", "outlet": "EIN Presswire (DHS press release)", "date": "2025-09-27",
     "title": "DHS Calls on Governor Pritzker and Mayor Johnson to condemn these rioters and their threats on our brave ICE law enforcement",
     "url": "https://www.einpresswire.com/article/853009359/days-after-the-dallas-terrorist-attack-on-ice-rioters-gather-outside-an-ice-broadview-il-facility-and-chant-arrest-ice-shoot-ice"},
    {"file": "d605_trendyblazeup.txt", "outlet": "Trendy Blaze Up (aggregator)", "date": "2025-09",
     "title": "Operation Midway Blitz in Chicago area yields more than 500 arrests, DHS says",
     "url": "https://trendyblazeup.com/operation-midway-blitz-in-chicago-area-yields-more-than-500-arrests-dhs-says"},
    {"file": "d606_eurasia-review.txt", "outlet": "Eurasia Review", "date": "2025-10-01",
     "title": "DHS says more than 800 illegal aliens arrested in Operation Midway Blitz despite sanctuary politicians and violent riots (from the URL slug)",
     "url": "https://www.eurasiareview.com/02102025-dhs-says-more-than-800-illegal-aliens-arrested-in-operation-midway-blitz-despite-sanctuary-politicians-and-violent-riots/"},
    {"file": "d607_chicago-news-weekly.txt", "outlet": "Chicago News Weekly (blog)", "date": "2025-09-08",
     "title": "‘Operation Midway Blitz': Homeland Security, ICE warn of new operation in Chicago",
     "url": "https://chicagonewsweekly.blogspot.com/2025/09/operation-midway-blitz-homeland.html"},
    {"file": "d608_lakeshore-public-media.txt", "outlet": "Lakeshore Public Media", "date": "2025-10-30",
     "title": "No clear deadline for Operation Midway Blitz (from the URL slug)",
     "url": "https://www.lakeshorepublicmedia.org/local-news/2025-10-30/no-clear-deadline-for-operation-midway-blitz"},
    {"file": "d609_state-journal-register.txt", "outlet": "The State Journal-Register", "date": "2020-03-09",
     "title": "Sheriffs file suit to overturn Illinois Trust Act (from the URL slug)",
     "url": "https://www.sj-r.com/news/20200309/sheriffs-file-suit-to-overturn-illinois-trust-act"},
    {"file": "d610_conservatively-speakin.txt", "outlet": "Conservatively Speakin' (blog)", "date": "2020-03",
     "title": "Illinois sheriffs sue to stop sanctuary (from the URL slug)",
     "url": "https://conservativelyspeakin.blogspot.com/2020/03/illinois-sheriffs-sue-to-stop-sanctuary.html"},
    {"file": "d611_today-headline.txt", "outlet": "Today Headline (aggregator)", "date": "2025-07-26",
     "title": "Federal judge dismisses Trump administration's lawsuit against Chicago over its sanctuary city policies (from the URL slug)",
     "url": "https://todayheadline.co/federal-judge-dismisses-trump-administrations-lawsuit-against-chicago-over-its-sanctuary-city-policies/"},
    {"file": "d612_sen-dick-durbin.txt", "outlet": "Sen. Dick Durbin (senator's site)", "date": "2019-10",
     "title": "Durbin Slams Trump Administration's Efforts To Turn Local Law Enforcement Into Immigration Police",
     "url": "https://www.durbin.senate.gov/newsroom/press-releases/durbin-slams-trump-administrations-efforts-to-turn-local-law-enforcement-into-immigration-police"},
    {"file": "d613_sen-dick-durbin.txt", "outlet": "Sen. Dick Durbin (senator's site)", "date": "2025",
     "title": "Durbin On ICE Enforcement In Illinois: It's Terrible, It's Indefensible, It's Embarrassing",
     "url": "https://www.durbin.senate.gov/newsroom/press-releases/durbin-on-ice-enforcement-in-illinois-its-terrible-its-indefensible-its-embarrassing"},
    {"file": "d614_the-federal-newswire.txt", "outlet": "The Federal Newswire", "date": "2025",
     "title": "Durbin challenges Trump Administration's immigration enforcement tactics in Chicago",
     "url": "https://thefederalnewswire.com/stories/676060199-durbin-challenges-trump-administration-s-immigration-enforcement-tactics-in-chicago"},
    {"file": "d615_rep-luis-arroyo.txt", "outlet": "Rep. Luis Arroyo (representative's site)", "date": "2017-08",
     "title": "TRUST ACT to become law in Illinois",
     "url": "http://reparroyo.com/trust-act-become-law-illinois/"},
    {"file": "d616_daily-journal.txt", "outlet": "Daily Journal (Kankakee)", "date": "2022-01-04",
     "title": "State law ending federal detainees put on hold (from the URL slug)",
     "url": "https://www.daily-journal.com/news/illinois/state-law-ending-federal-detainees-put-on-hold/article_f47ccd8c-6cd4-11ec-9230-575694cb8575.html"},
    {"file": "d617_pantagraph.txt", "outlet": "The Pantagraph", "date": "2020-12-14",
     "title": "Watch now: Bloomington council moves forward with Welcoming America initiative (from the URL slug)",
     "url": "https://www.pantagraph.com/news/local/govt-and-politics/watch-now-bloomington-council-moves-forward-with-welcoming-america-initiative/article_de98d9e2-40cb-5df4-9279-8a60f09861e5.html"},
    {"file": "d618_riverbender.txt", "outlet": "RiverBender.com", "date": "2025-01-27",
     "title": "Durbin, Duckworth statement on Trump's mass deportation actions in Chicago (from the URL slug)",
     "url": "https://www.riverbender.com/news/details/durbin-duckworth-statement-on-trumps-mass-deportation-actions-in-chicago-79137.cfm"},
    {"file": "d619_elawnj.txt", "outlet": "eLawNJ (law blog)", "date": "2025-07-28",
     "title": "Federal Judge Dismisses Trump's Immigration Lawsuit, Upholds Illinois Sanctuary Laws",
     "url": "https://elawnj.com/blog/article_1753699055_3_1.html"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d6")
