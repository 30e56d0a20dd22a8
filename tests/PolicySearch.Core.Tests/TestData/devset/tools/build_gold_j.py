#!/usr/bin/env python3
"""Dev set, part J (files d1000-d1013): hand annotations -> tune-j/gold-tune-j.jsonl.

A new part that nobody has tuned on yet: 14 articles from 14 outlets, 2022-2025 (the part takes
2021-2025 only; part I, made at the same time, takes 2017-2020), none of them an outlet of any
earlier part (seeds, halves A and B, fresh parts C and G, tune parts D-F and H), no URL shared with
any other part, and no page that carries AP, Chicago Tribune, Sun-Times, Center Square or Capitol
News Illinois copy. The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field
conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-H: canonical
names as the earlier parts write them (JB Pritzker, Brandon Johnson, Tom Homan, James Comer, Raymond
López, Tricia McLaughlin, Kristi Noem, Dick Durbin, Donald Trump, U.S. Department of Justice, U.S.
Department of Homeland Security, Office of the Mayor of Chicago, ...), otherwise the fullest form the
article gives, titles dropped; a lawsuit or court argument of the DOJ is the DOJ speaking ("the Trump
administration sued ..., arguing"); unnamed officials of a named body map to that body; a quote
continuing an attribution made in an earlier line keeps the speaker with an empty alias list; words
reported inside a speaker's own account stay with the outer speaker (the nested speaker is optional at
most). New here: embedded social-media posts. The post's text lines are content; their author, named
only in the "— Name (@handle) date" line, is an optional speaker of the text lines (reason given), and
the attribution line itself is boilerplate (`embed_attribution`). They were made by reading the
article text only; no analysis code or analysis output was looked at or run.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_j.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, DHS, DOJ, DURBIN, HOMAN, LOPEZ, MAYOR_OFFICE, MCLAUGHLIN, NOEM, PRITZKER, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("tune-j", "gold-tune-j.jsonl")


COMER = "James Comer"
ADAMS = "Eric Adams"
WCPD = "West Chicago Police Department"
WEST_CHICAGO = "City of West Chicago"
QUOTE_CONT = "quote continuing the attribution made in an earlier line"
EMBED = "embedded post: its author is named only in the attribution line ('— {} ...')"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d1000_suburban-chicagoland"] = [
    T("headline", "Article headline ('Chicago Aldermen set to reestablish limits to Welcoming City Ordinance')."),
    C("opposes", "After 'an uptick in illegal activities at migrant shelters', López and others 'want to return “commonsense restrictions”' to the ordinance (his quoted phrase; a proposed rollback).",
      sp=[S(LOPEZ, "Raymond Lopez")], un=["several others"]),
    C("neutral", "Under Lightfoot the carveouts were removed; what they covered; descriptive."),
    C("neutral", "The four carveouts listed; descriptive."),
    C("neutral", "The 41-8 vote and the aldermen who voted no (votes, no words)."),
    C("neutral", "Background: the ordinance passed as a rebuke to Trump; sanctuary cities in the national debate; Abbott sent asylum-seekers to Chicago (an action)."),
    C("opposes", "Napolitano: 'adamantly against' the ordinance, 'nothing more than pandering'; 'Chicago’s bluff has been exposed' and lacks resources.",
      sp=[S("Anthony Napolitano", "Napolitano")]),
    C("neutral", "Figures: 14,000 sent to Chicago, 1,500 housed in police districts; facts."),
]

ANN["d1001_mahomet-daily"] = [
    C("neutral", "Republican lawmakers introduced a repeal bill; who filed and co-sponsored it (actions, no words)."),
    C("neutral", "What the Act 'established' and its purpose: to limit local participation in immigration enforcement; descriptive."),
    C("neutral", "Lead-in to the list of provisions; descriptive."),
    C("neutral", "List item: no detention solely on status or ICE detainers; a provision."),
    C("neutral", "List item: restricted information sharing; a provision."),
    C("neutral", "List item: limited access to local facilities; a provision."),
    C("neutral", "Author: the law 'was enacted to foster trust ... enhancing public safety' (its stated aim; alternative: supports, a favourable description).",
      amb=True),
    C("supports", "Unnamed supporters 'argued' it would make Illinois safer; backing from immigrant rights organisations and some law enforcement agencies.",
      un=["Supporters of the TRUST Act", "various immigrant rights organizations", "some law enforcement agencies"]),
    C("opposes", "Unnamed critics 'argue' it made Illinois a 'sanctuary state' and hampers cooperation; 'They contend' repeal would improve enforcement and safety.",
      un=["critics of the TRUST Act"]),
]

ANN["d1002_frontline-america"] = [
    C("opposes", "Homan 'has declared war on sanctuary cities, starting with Chicago' and 'didn’t mince words' (lead-in to his quote, rule 6).",
      sp=[S(HOMAN, "Tom Homan", "Homan")]),
    C("opposes", "Homan ('he said bluntly'): 'your mayor sucks and your governor sucks', aimed at the leaders of the sanctuary city (an insult more than an argument; alternative: neutral).",
      sp=[S(HOMAN, "he")],
      opt=[O(BJOHNSON, "named only as the target of Homan's words", "Brandon Johnson"),
           O(PRITZKER, "named only as the target of Homan's words", "J.B. Pritzker")],
      amb=True),
    C("neutral", "Homan 'vowed aggressive enforcement' and 'outlined a strategy' of mass arrests (about enforcement, not local cooperation; alternative: opposes).",
      sp=[S(HOMAN, "Homan", "He")], amb=True),
    C("neutral", "Homan: others found with a target 'are going to be arrested too' (collateral arrests; about enforcement; alternative: opposes).",
      sp=[S(HOMAN, "Homan")], amb=True),
    B("video_embed", "Video label ('WATCH:'); the video is not in the text."),
    C("opposes", "Author: the stance responds to Chicago's sanctuary policies; Homan 'suggested' the city's leadership 'forced him into this position'.",
      sp=[S(HOMAN, "Homan")]),
    T("subhead", "Section subhead ('Federal Funding and Legal Fights')."),
    C("opposes", "Homan 'hinted' federal funding might be withheld from sanctuary jurisdictions (a threat of federal pressure); background on Trump's first-term efforts.",
      sp=[S(HOMAN, "Homan")],
      opt=[O(TRUMP, "'Trump’s previous efforts to pressure sanctuary cities' reports actions, no words", "Trump")]),
    C("supports", "Pritzker, 'calling Homan’s proposals “illegal”'; 'In a statement, Pritzker pledged to protect migrants and promised legal action'.",
      sp=[S(PRITZKER, "Pritzker")]),
    C("supports", "Pritzker: Homan 'does not have the authority'; 'Being a border czar is not an official position' (rejects the federal threats).",
      sp=[S(PRITZKER, "Pritzker")]),
    C("opposes", "'Homan fired back, emphasizing his commitment to enforcing immigration laws, regardless of political resistance' (alternative: neutral, enforcement in general).",
      sp=[S(HOMAN, "Homan")], amb=True),
    T("subhead", "Section subhead ('Chicago’s Migrant Crisis')."),
    C("neutral", "Migrant numbers since 2022 and Abbott's busing; the influx 'sparked debates'; facts."),
]

ANN["d1003_redstate"] = [
    C("opposes", "Author: Trump's officials 'have put sanctuary city/state mayors and governors on notice that their continued defiance of federal law ... will not be tolerated' (the author's frame: defiance of law).",
      opt=[O(TRUMP, "'have put ... on notice' reports warnings without words", "Donald Trump"),
           O(HOMAN, "'have put ... on notice' reports warnings without words", "Tom Homan"),
           O("Pam Bondi", "'have put ... on notice' reports warnings without words", "Pam Bondi")]),
    C("neutral", "Comer sent letters to the four mayors; 'In the letter, he requested they appear' (a letter's request; procedural).",
      opt=[O(COMER, "the request is in a letter (a document); sending letters is an action", "James Comer", "he")]),
    C("neutral", "'The goal of the hearing, Comer noted, was to assess if new legislation would be needed' (procedural; alternative: opposes).",
      sp=[S(COMER, "Comer")], amb=True),
    B("related_headline", "Related-story link ('READ MORE: Sanctuary City Mayors in Hot Seat ...')."),
    C("neutral", "Author: Johnson's approval rating is the lowest ever, 'as we previously reported'; about Johnson, not the policies."),
    C("neutral", "Embedded post: a poll shows Johnson's approval under 7% (a figure).",
      opt=[O("Rise Chicago", EMBED.format("Rise Chicago"))]),
    B("embed_attribution", "Embedded-post attribution ('— Rise Chicago (@RiseChicagoOrg) February 24, 2025')."),
    C("neutral", "Embedded post continued: the poll's top challenges (figures).",
      opt=[O("Rise Chicago", EMBED.format("Rise Chicago"))]),
    C("neutral", "Embedded post continued: 'this isn’t a time for apathy' (about the election).",
      opt=[O("Rise Chicago", EMBED.format("Rise Chicago"))]),
    C("opposes", "Author: Johnson 'proceeds to make it worse for himself' in testifying for the sanctuary policies (lead-in mocking his defence; alternative: neutral, about Johnson).",
      amb=True),
    C("opposes", "Embedded post: Johnson 'tries to justify his sanctuary city policies' (dismissive; alternative: neutral, a video caption).",
      opt=[O("Media Research Center", EMBED.format("Media Research Center"))], amb=True),
    B("embed_attribution", "Embedded-post attribution ('— Media Research Center (@theMRC) March 5, 2025'); Johnson's quoted words after it are cut from the excerpt."),
]

ANN["d1004_straight-arrow-news"] = [
    B("skip_link", "Skip link ('Skip to main content')."),
    B("section_label", "Section label ('U.S.')."),
    T("headline", "Article headline ('Some sanctuary cities collaborate with ICE, others push back')."),
    B("audio_player", "Audio player label ('Listen')."),
    B("share", "Share prompt ('Share')."),
    C("neutral", "Summary bullet: some sanctuary cities scale back, others (New York City) increase cooperation; Adams 'has decided to allow ICE access to Rikers' (a decision)."),
    C("neutral", "Summary bullet: Adams 'justifies the move as necessary for safety'; critics including the NYCLU 'argue it undermines sanctuary city protections' (both sides; alternative: supports, the critics come last).",
      sp=[S(ADAMS, "Adams"), S("New York Civil Liberties Union", "New York Civil Liberties Union")], un=["critics"], amb=True),
    C("neutral", "Summary bullet: Colorado lawmakers advancing a bill limiting ICE's access to records (an action).",
      un=["Colorado lawmakers"]),
    B("section_label", "Section label ('Full Story')."),
    C("neutral", "Background: the administration's confrontations with sanctuary cities; descriptive."),
    C("neutral", "Definition of sanctuary cities, with 'to protect those who entered the country illegally ... despite federal law' (slanted wording only; alternative: opposes).",
      amb=True),
    C("neutral", "Adams' administration issued an executive order giving ICE access to Rikers (an action)."),
    B("ad", "App promotion ('QR code for SAN app download')."),
    B("ad", "App promotion ('Download the SAN app today ...')."),
    B("ad", "App promotion ('Point phone camera here')."),
    T("subhead", "Section subhead ('What does Adams’ order mean?')."),
    C("neutral", "The order reinstates ICE at the prison after a ban; a fact."),
    C("opposes", "Adams met Homan; 'He committed to protecting hardworking immigrants while focusing on safety concerns related to repeat offenders' (a case for cooperating on repeat offenders; alternative: neutral).",
      sp=[S(ADAMS, "Adams", "He")],
      opt=[O(HOMAN, "meetings with Homan (an action), no words", "Tom Homan")], amb=True),
]

ANN["d1005_my-wayne-county-now"] = [
    C("supports", "The West Chicago Police Department 'confirmed' the city's statement on (not) taking part in ICE operations (lead-in to the statement, rule 6).",
      sp=[S(WCPD, "The West Chicago Police Department")],
      opt=[O(WEST_CHICAGO, "its statement is only mentioned here; its words are in line 3", "the City of West Chicago’s")]),
    C("supports", "The department's account 'stated': 'This was true on February 5th, and it still holds true today' (reaffirms the no-assistance statement).",
      sp=[S(WCPD, "the West Chicago Police Department account")]),
    C("supports", "'The City of West Chicago issued this statement' in response to residents' 'growing concerns' (lead-in, rule 6).",
      sp=[S(WEST_CHICAGO, "The City of West Chicago")], un=["West Chicago residents"]),
    C("supports", "The statement ('the statement said'): personnel follow the TRUST Act and 'will not assist ICE' without a warrant; 'We are not and will not become involved' in administrative deportation cases.",
      sp=[S(WEST_CHICAGO)]),
    C("neutral", "What ICE is; a definition."),
    C("neutral", "The city's statement came after Trump's executive orders; background.",
      opt=[O(WEST_CHICAGO, "its statement is mentioned, not quoted", "The City of West Chicago Government’s")]),
    C("neutral", "What Trump's executive orders address; a list."),
    C("neutral", "Protests and the Los Angeles deployment; facts."),
]

ANN["d1006_joe-my-god"] = [
    B("source_label", "Source label for the block quote ('The Washington Post reports:')."),
    C("neutral", "Block quote (the Washington Post): a judge dismissed the suit over policies 'that the Trump administration has said impede its efforts' (a ruling as a fact).",
      opt=[O(DOJ, "'the Trump administration has said' reports its claim as background", "the Trump administration")]),
    C("supports", "Jenkins 'said' the administration 'lacks standing' and the Sanctuary Policies 'do not ... regulate' ICE operations (a ruling for the policies; alternative: neutral, a court ruling).",
      sp=[S("Lindsay C. Jenkins", "Lindsay C. Jenkins")], amb=True),
    C("opposes", "The Trump administration (the DOJ's suit) sued, 'arguing' the ordinance and the Act reflect 'an intentional effort to obstruct' federal enforcement.",
      sp=[S(DOJ, "the Trump administration")]),
    C("neutral", "Blogger: 'Read the full article'; the DOJ filed a similar suit against New York City (an action)."),
    C("neutral", "Embedded post: a federal judge dismissed the DOJ's suit (news, a fact).",
      opt=[O("Reuters Legal", EMBED.format("Reuters Legal"))]),
    B("embed_attribution", "Embedded-post attribution ('— Reuters Legal (@ReutersLegal) July 25, 2025')."),
]

ANN["d1007_frank-nez"] = [
    C("neutral", "Dateline and fact: a federal judge dismissed the suit against Illinois, Chicago and Pritzker."),
    C("opposes", "The lawsuit (the DOJ's) 'sought to invalidate' the laws, 'arguing they violated federal law' (the suit's argument; alternative: neutral, a description of the suit).",
      opt=[O(DOJ, "the suit argues; the DOJ is not named in the line")], amb=True),
    C("neutral", "Author: 'a significant setback' for efforts to dismantle 'so-called “sanctuary jurisdictions”' (alternative: supports, the author frames the ruling as a loss for the administration).",
      amb=True),
    C("opposes", "'The Trump administration filed the lawsuit claiming' the policies violate the INA and intergovernmental immunity.",
      sp=[S(DOJ, "The Trump administration")]),
    C("opposes", "'The administration further argued' the policies discriminate against federal agents.",
      sp=[S(DOJ, "The administration")]),
    C("neutral", "The suit was part of a campaign to pressure jurisdictions that limit coordination with ICE; descriptive."),
    C("neutral", "Jenkins 'rejected these arguments in a detailed opinion' (a ruling as an action; alternative: supports).",
      opt=[O("Lindsay Jenkins", "'rejected these arguments' reports the ruling without its words", "Lindsay Jenkins")], amb=True),
    C("supports", "'Jenkins ruled that' the administration failed to show a violation, 'affirming the legality of local sanctuary laws'.",
      sp=[S("Lindsay Jenkins", "Jenkins")]),
    C("neutral", "The decision aligns with first-term rulings that struck down similar challenges (alternative: supports).",
      amb=True),
    T("subhead", "Section subhead ('Sanctuary Policies and Their Context')."),
]

ANN["d1008_heads-up-news"] = [
    C("supports", "Author: Chicago 'a hotbed of resistance' with 'a strong tradition of actively supporting its immigrants' (alternative: neutral, not about police cooperation).",
      amb=True),
    C("opposes", "Homan 'was already complaining' that advocates' outreach made things difficult for ICE (lead-in to his quote, rule 6).",
      sp=[S(HOMAN, "Tom Homan")], un=["immigration advocates"]),
    C("opposes", "Homan ('he said on CNN'): 'Sanctuary cities are making it very difficult to arrest the criminals'; 'Know your rights' is 'How to escape arrest'.",
      sp=[S(HOMAN, "he")], out=["CNN"]),
    C("neutral", "Author: Trump is about to flood Chicago with agents 'against the wishes of the city, its mayor, and its governor' (alternative: supports).",
      amb=True),
    C("neutral", "Trump 'wrote' in a 'lie-filled' post that Chicago is dangerous and he will solve crime (about crime and troops, not the policies).",
      sp=[S(TRUMP, "Trump")]),
    C("neutral", "Trump, asked about the Guard, 'responded': 'we're going in' (about troops).",
      sp=[S(TRUMP, "Trump")]),
    C("neutral", "Author: Pritzker is 'a true resistance hero' (praise of the governor; alternative: supports).",
      amb=True),
    C("supports", "Pritzker 'said' masked agents plan to raid Latino communities; 'None of this is about fighting crime' (criticism of the federal push against the state; alternative: neutral, about raids).",
      sp=[S(PRITZKER, "Pritzker", "He")], amb=True),
]

ANN["d1009_workday-magazine"] = [
    B("section_label", "Section label ('Midwest')."),
    T("headline", "Article headline ('“Don’t Open the Door”: How Chicago Is Frustrating ICE’s Campaign of Fear')."),
    B("separator", "Separator line ('|')."),
    C("supports", "Joint-publication note; Klein 'proclaimed gleefully' that 'Tom Homan said Chicago is very organized' at an immigrant rights training (alternative: neutral, not about police cooperation).",
      sp=[S("Margarita Klein", "Margarita Klein")],
      opt=[O(HOMAN, "his words are reported inside Klein's (seed rule: they stay with the outer speaker)", "Tom Homan")], amb=True),
    C("opposes", "Homan 'told anchor Kaitlan Collins' on CNN: 'Sanctuary cities are making it very difficult'; Chicago was 'educated on how to defy ICE'.",
      sp=[S(HOMAN, "Homan")], out=["CNN"]),
    C("supports", "Author: Chicago's immigrant rights networks prepared residents with the message 'Don’t talk to ICE' (alternative: neutral, community organising rather than police cooperation).",
      un=["Chicago’s immigrant rights community", "workers’ centers, unions, and community organizations"], amb=True),
]

ANN["d1010_daily-immigrant"] = [
    T("subhead", "Section label heading ('What happened:')."),
    C("neutral", "DHS 'announced the launch' of Operation Midway Blitz as part of 'the Trump administration’s intensified crackdown on sanctuary cities' (an announcement of an operation; alternative: opposes).",
      sp=[S(DHS, "The Department of Homeland Security")], amb=True),
    T("subhead", "Section label heading ('Context:')."),
    C("opposes", "The operation is 'framed by DHS' as targeting criminals; McLaughlin: 'No city is a safe haven for criminal illegal aliens'.",
      sp=[S(DHS, "DHS"), S(MCLAUGHLIN, "Tricia McLaughlin")]),
    C("neutral", "Trump 'posted a dramatic meme' ('I love the smell of deportations in the morning'); about deportations.",
      sp=[S(TRUMP, "Trump")]),
    T("subhead", "Section label heading ('What’s Changing?')."),
    C("neutral", "List item: ICE enforcement actions and arrests, 'Reports indicate'; facts.",
      un=["Reports"]),
    C("neutral", "List item: Evanston alerts and Naval Station Great Lakes as a hub; facts."),
    T("subhead", "Section label heading ('Reactions:')."),
    C("supports", "List item: Pritzker 'says' he got no notice and 'criticized it as more of a spectacle' (criticism of the federal operation; alternative: neutral, about the raids).",
      sp=[S(PRITZKER, "JB Pritzker")], amb=True),
    C("supports", "List item: Johnson 'condemned the operation, calling it potentially unconstitutional' (alternative: neutral, about the raids).",
      sp=[S(BJOHNSON, "Brandon Johnson")], amb=True),
    C("supports", "List item: Durbin 'called it a campaign targeting hardworking immigrants without criminal convictions' (alternative: neutral).",
      sp=[S(DURBIN, "Dick Durbin")], amb=True),
    C("supports", "List item: immigrant rights groups 'echoed concerns', citing lower incarceration rates (answers the crime argument; alternative: neutral).",
      un=["Immigrant rights groups"], amb=True),
    T("subhead", "Section label heading ('Why it matters:'); its item is cut from the excerpt."),
]

ANN["d1011_am1-news-epoch-times"] = [
    B("byline", "Byline with source ('Authored by Tom Ozimek via The Epoch Times (emphasis ours),')."),
    C("opposes", "Nearly 550 arrests in a crackdown that DHS officials 'describe as targeting dangerous criminals shielded by Illinois’s sanctuary policies' (unnamed officials mapped to DHS).",
      sp=[S(DHS, "the Department of Homeland Security")]),
    C("neutral", "McLaughlin 'told The Epoch Times in an emailed statement' the operation has made almost 550 arrests (a figure).",
      sp=[S(MCLAUGHLIN, "Tricia McLaughlin")], out=["The Epoch Times"]),
    C("opposes", "McLaughlin's statement continued: 'We will not be deterred by sanctuary politicians or violent rioters.'",
      sp=[S(MCLAUGHLIN)]),
    C("neutral", "Abraham's death; 'Authorities charged' the driver; facts.",
      un=["Authorities"]),
    C("neutral", "'DHS said' the operation aims at people with serious records and deportation orders (aims; alternative: opposes).",
      sp=[S(DHS, "DHS")], amb=True),
    C("opposes", "McLaughlin 'said at the time', 'alleging that Chicago had become a “magnet for criminals” due to sanctuary city policies'.",
      sp=[S(MCLAUGHLIN, "McLaughlin")]),
    C("opposes", "McLaughlin ('she said'): 'No city is a safe haven for criminal illegal aliens'.",
      sp=[S(MCLAUGHLIN, "she")],
      opt=[O(TRUMP, "his 'clear message' is reported inside McLaughlin's words", "Donald"),
           O(NOEM, "her 'clear message' is reported inside McLaughlin's words", "Kristi")]),
    C("opposes", "McLaughlin's quote continued: 'we will hunt you down, arrest you, deport you' (continues the no-safe-haven point; alternative: neutral, about illegal immigration in general).",
      sp=[S(MCLAUGHLIN)], amb=True),
]

ANN["d1012_townhall"] = [
    C("neutral", "Author: Johnson signed an order banning ICE agents from city-owned spaces, as the city challenges the deportation efforts (an action)."),
    C("neutral", "What the order bars; descriptive."),
    B("source_label", "Source label for the block quote ('From NBC Chicago:')."),
    C("supports", "Block quote (NBC Chicago): the order (a document that 'states') bars staging on city lots; 'the mayor's office said in a release' such use 'undermines community trust and runs counter to Chicago’s Welcoming City Ordinance'.",
      sp=[S(MAYOR_OFFICE, "the mayor's office")]),
    C("supports", "Johnson 'explained' the order is 'aimed at reining in this out-of-control administration' and 'establishes ICE-free zones'.",
      sp=[S(BJOHNSON, "Johnson")]),
    C("supports", "'the mayor added': city property and businesses 'will no longer serve as staging grounds for these raids'.",
      sp=[S(BJOHNSON, "the mayor")]),
]

ANN["d1013_washington-stand"] = [
    B("masthead", "Site motto ('\". . . and having done all . . . stand firm.\" Eph. 6:13')."),
    B("subscribe", "Newsletter box ('Newsletter')."),
    B("subscribe", "Newsletter box ('The News You Need')."),
    B("subscribe", "Newsletter box ('Subscribe to The Washington Stand')."),
    B("social_links", "Social link ('X')."),
    B("image_filename", "Image alt text ('Article banner image')."),
    B("share", "Print link ('Print Icon')."),
    B("section_label", "Section label ('News')."),
    T("headline", "Article headline ('State, County, and City Officials Nixing ‘Sanctuary’ Policies to Avoid Trump Admin. Ire')."),
    B("timestamp_label", "Date line ('November 11, 2025')."),
    C("opposes", "Author: jurisdictions 'opted to reverse course and rescind' sanctuary policies; Noem 'announced' Nevada's removal from the list after 17 sheriffs 'recommitted' to honouring ICE detainers.",
      sp=[S(NOEM, "Kristi Noem")], un=["17 sheriffs"]),
    C("opposes", "Noem ('said in a social media post'): 'I applaud' the sheriffs and Lombardo for working with ICE; 'I encourage every leader ... to follow their example'.",
      sp=[S(NOEM, "Noem")]),
]

# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d1000_suburban-chicagoland.txt", "outlet": "Suburban Chicagoland", "date": "2023-08-28",
     "title": "Chicago Aldermen set to reestablish limits to Welcoming City Ordinance",
     "url": "https://suburbanchicagoland.com/2023/08/28/chicago-aldermen-set-to-reestablish-limits-to-welcoming-city-ordinance/"},
    {"file": "d1001_mahomet-daily.txt", "outlet": "Mahomet Daily", "date": "2025-01",
     "title": "Illinois Republicans introduce bill to repeal Illinois TRUST Act (from the URL slug; no headline in the stored text)",
     "url": "https://mahometdaily.com/illinois-republicans-introduce-bill-to-repeal-illinois-trust-act"},
    {"file": "d1002_frontline-america.txt", "outlet": "Frontline America", "date": "2024-12",
     "title": "Tom Homan targets Chicago in sanctuary city crackdown (from the URL slug; no headline in the stored text)",
     "url": "https://frontlineamerica.com/tom-homan-targets-chicago-in-sanctuary-city-crackdown"},
    {"file": "d1003_redstate.txt", "outlet": "RedState", "date": "2025-03-05",
     "title": "Brandon Johnson shows why approval rating is 7 percent during House hearing on sanctuary cities (from the URL slug; no headline in the stored text)",
     "url": "https://redstate.com/sister-toldjah/2025/03/05/brandon-johnson-shows-why-approval-rating-is-7-percent-during-house-hearing-on-sanctuary-cities-n2186302"},
    {"file": "d1004_straight-arrow-news.txt", "outlet": "Straight Arrow News (SAN)", "date": "2025-04",
     "title": "Some sanctuary cities collaborate with ICE, others push back",
     "url": "https://san.com/cc/some-sanctuary-cities-collaborate-with-ice-others-push-back"},
    {"file": "d1005_my-wayne-county-now.txt", "outlet": "MyWayneCountyNow", "date": "2025-06",
     "title": "West Chicago police confirm city statement on ICE following arrests (from the URL slug; no headline in the stored text)",
     "url": "https://mywaynecountynow.com/west-chicago-police-confirm-city-statement-on-ice-following-arrests"},
    {"file": "d1006_joe-my-god.txt", "outlet": "Joe.My.God. (blog; Washington Post excerpt)", "date": "2025-07",
     "title": "Judge boots sanctuary suit against Illinois and Chicago (from the URL slug; no headline in the stored text)",
     "url": "https://www.joemygod.com/2025/07/judge-boots-sanctuary-suit-against-illinois-and-chicago"},
    {"file": "d1007_frank-nez.txt", "outlet": "Frank Nez (blog)", "date": "2025-07-25",
     "title": "Trump's aggressive immigration lawsuit has now been dismissed in Illinois (from the URL slug; no headline in the stored text)",
     "url": "https://franknez.com/trumps-aggressive-immigration-lawsuit-has-now-been-dismissed-in-illinois"},
    {"file": "d1008_heads-up-news.txt", "outlet": "Heads Up News (newsletter)", "date": "2025",
     "title": "All eyes on Chicago's resistance (from the URL slug; no headline in the stored text)",
     "url": "https://www.headsupnews.org/p/all-eyes-on-chicagos-resistance"},
    {"file": "d1009_workday-magazine.txt", "outlet": "Workday Magazine (with In These Times)", "date": "2025-09",
     "title": "“Don’t Open the Door”: How Chicago Is Frustrating ICE’s Campaign of Fear",
     "url": "https://workdaymagazine.org/author/rebecca-burns"},
    {"file": "d1010_daily-immigrant.txt", "outlet": "The Daily Immigrant", "date": "2025-09-08",
     "title": "DHS launches Operation Midway Blitz (descriptive; the stored page has no headline and the URL is '?p=2463')",
     "url": "https://dailyimmigrant.com/?p=2463"},
    {"file": "d1011_am1-news-epoch-times.txt", "outlet": "AM1 News (The Epoch Times story via ZeroHedge)", "date": "2025-09",
     "title": "ICE makes almost 550 arrests in Chicago area as part of Midway Blitz (from the URL slug; no headline in the stored text)",
     "url": "https://am1.news/usconservative/topic/zerohedge/6-slug-ice-makes-almost-550-arrests-in-chicago-area-as-part-of-midway-blitz"},
    {"file": "d1012_townhall.txt", "outlet": "Townhall", "date": "2025-10-06",
     "title": "Chicago Mayor Brandon Johnson announces ICE-free zones (from the URL slug; no headline in the stored text)",
     "url": "https://townhall.com/tipsheet/jeff-charles/2025/10/06/chicago-mayor-brandon-johnson-announces-ice-free-zones-n2664518"},
    {"file": "d1013_washington-stand.txt", "outlet": "The Washington Stand (Family Research Council)", "date": "2025-11-11",
     "title": "State, County, and City Officials Nixing ‘Sanctuary’ Policies to Avoid Trump Admin. Ire",
     "url": "https://washingtonstand.com/article/state-county-and-city-officials-nixing-sanctuary-policies-to-avoid-trump-admin-ire"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d10")
