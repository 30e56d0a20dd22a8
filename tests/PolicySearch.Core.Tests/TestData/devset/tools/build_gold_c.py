#!/usr/bin/env python3
"""Dev set, fresh part C (held out; files d300-d399): hand annotations -> fresh/gold-fresh.jsonl.

A third part of the development set that nobody tunes on. The articles come from 20 outlets that
are in neither half A nor half B (nor the seeds). The annotations below follow
/work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and STANCE_GUIDELINES.md
(stance rules), and the conventions half B added (see SOURCES-b.md). They were made by reading the
article text only; no analysis code was looked at or run before they were final and committed.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_c.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import CHICAGO, DHS, DOJ, DOWNEY, EMANUEL, FOUR_SHERIFFS_REASON, GOV_OFFICE, HOMAN, ICE, LIGHTFOOT, PRIM, PRITZKER, RAUNER, SESSIONS, SNYDERS, TRUMP, VANVICKLE

ARTICLES, MANIFEST, GOLD = part_files("fresh", "gold-fresh.jsonl")


RELEASE_REASON = "unattributed press-release text: the governor's office is the author of the release the blog reproduces"


RAUNER = "Bruce Rauner"
GOV_OFFICE = "Office of the Governor of Illinois"
DOJ = "U.S. Department of Justice"
DHS = "U.S. Department of Homeland Security"
ICE = "U.S. Immigration and Customs Enforcement"
WAUKEGAN = "City of Waukegan"
SISKEL = "Edward Siskel"
VANVICKLE = "Brian VanVickle"
SNYDERS = "David Snyders"
PRIM = "Bill Prim"
DOWNEY = "Mike Downey"
FOUR_SHERIFFS_REASON = "the claim is the lawsuit's (the four plaintiff sheriffs speaking through their filing)"
CITY_SUIT_REASON = "the argument is the city's lawsuit's (a document); the city is its filer"

# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d300_peoria-public-radio"] = [
    B("copyright", "Station copyright line at the top of the page template."),
    B("masthead", "Station tagline ('A joint service of Bradley University and Illinois State University')."),
    B("audio_player", "Live-radio player label ('Play Live Radio')."),
    B("audio_player", "Player label ('Next Up:')."),
    B("audio_player", "Player time display ('0:00')."),
    B("audio_player", "Player time display repeated.", dup=4),
    B("audio_player", "Player time display ('0:00 0:00')."),
    B("nav", "Navigation link ('Available On Air Stations')."),
    T("headline", "Article headline."),
    B("photo_caption", "Image alt text (a long description of the courthouse photo)."),
    B("photo_credit", "Photo credit, photographer's name standing alone."),
    B("photo_credit", "A lone '/' separating the photographer from the agency in the credit."),
    B("photo_credit", "Photo credit, agency name standing alone ('Medill Illinois News Bureau')."),
    B("photo_caption", "Photo caption (the sheriff's office in the Pulaski County Courthouse)."),
    C("opposes", "Author's lede reports that some sheriffs want greater cooperation with ICE despite the state laws; their view is the paragraph's subject (alternative: neutral lede).",
      un=["some Illinois sheriffs"], amb=True),
    C("opposes", "Survey result: over two-thirds of responding sheriffs are frustrated by the law and favour repeal or changes (alternative: neutral, a survey count).",
      un=["those who responded"], amb=True),
    C("opposes", "Grootens mocks the consequences of violating the state law ('lock myself up in my own jail?'), defiance of the limits.",
      sp=[S("Anthony Grootens", "Anthony Grootens")]),
    C("neutral", "Author: factual description of what the TRUST Act and the Way Forward Act forbid."),
]

ANN["d301_advantage-news"] = [
    C("neutral", "Wire lede (Center Square credit at the start): Pritzker signed the Way Forward Act and what it does (factual)."),
    C("neutral", "Author: Aquino filed the measure 'to protect immigrants' (an action and its purpose, no words; alternative: supports).",
      amb=True),
    C("supports", "Tsao: when people fear the police the whole community suffers (trust argument).",
      sp=[S("Fred Tsao", "Fred Tsao")]),
    C("supports", "Tsao quote: alienation from the police 'injures the entire community'.",
      sp=[S("Fred Tsao", "Tsao")]),
    C("neutral", "Author: what the legislation restricts (factual)."),
    C("opposes", "Keicher warned against closing the detention centers.",
      sp=[S("Jeff Keicher", "Jeff Keicher")]),
    C("opposes", "Keicher: 'do not open this gate because we will not be able to close it.'",
      sp=[S("Jeff Keicher", "Keicher")]),
    C("opposes", "Keicher: the law could bring criminals to Illinois.",
      sp=[S("Jeff Keicher", "Keicher")]),
    C("opposes", "Keicher: police are 'hamstrung'; the law could allow 'pedophiles on our streets'.",
      sp=[S("Jeff Keicher", "Keicher")]),
    C("opposes", "Windhorst 'took issue with' closing the detention centers (a criticism).",
      sp=[S("Patrick Windhorst", "Patrick Windhorst")]),
    C("opposes", "Windhorst: the closures cost the counties jobs and revenue (cost argument).",
      sp=[S("Patrick Windhorst", "Windhorst")]),
]

ANN["d302_illinois-senate-democrats"] = [
    C("neutral", "Caucus press release: the Act was signed; Aquino 'championed' it (an action, no words)."),
    C("neutral", "Press-release voice: what the initiative limits and ends (factual)."),
    C("supports", "Aquino: the law gives immigrant communities certainty; families will not fear questioning by local police.",
      sp=[S("Omar Aquino", "Aquino")]),
    C("supports", "Press-release voice: SB 667 improves immigrant-police relations, enhances safety and frees police resources."),
    C("supports", "Aquino: 'a step forward for immigrants'; thanks the sponsors; Congress should mirror Illinois.",
      sp=[S("Omar Aquino", "Aquino")]),
    C("neutral", "The law takes effect immediately (factual)."),
]

ANN["d303_national-immigrant-justice-center"] = [
    B("skip_link", "Accessibility skip link."),
    B("site_notice", "Site banner about the organisation's new address and email domain (cut in the page)."),
    B("section_label", "Sidebar label ('Media Inquiries')."),
    B("media_contact", "Press contact line (communications director, phone)."),
    T("headline", "Press-release headline."),
    C("supports", "NIJC celebrates the law that opposes the 'harmful' detention and deportation system.",
      sp=[S("National Immigrant Justice Center", "National Immigrant Justice Center", "NIJC")]),
    C("supports", "Factual account of the signing and of what the Act ends, closing on NIJC's support as a campaign member (alternative: neutral).",
      opt=[O("National Immigrant Justice Center", "'supported this legislation' states a position without a speech verb or words", "NIJC")], amb=True),
    C("supports", "Lead-in to McCarthy's statement, whose words are cut from the stored excerpt; it takes the stance of the release it introduces (alternative: neutral).",
      opt=[O("Mary Meg McCarthy", "'issued the following statement:' with the words in the next block (cut here)", "Mary Meg McCarthy")], amb=True),
]

ANN["d304_washington-examiner"] = [
    C("opposes", "Lead-in: Sessions 'hit back at' Chicago for suing over the sanctuary-city grant policy.",
      sp=[S(SESSIONS, "Jeff Sessions")]),
    C("opposes", "Sessions: Chicago 'obstructs this country's lawful immigration system'; no federal dollars for it.",
      sp=[S(SESSIONS, "Sessions")]),
    C("opposes", "Sessions: Chicago protects criminals who prey on its residents.",
      sp=[S(SESSIONS, "Sessions")]),
    C("supports", "The city argues Sessions cannot withhold grants from cities that limit cooperation with ICE (against federal pressure; alternative: neutral report of a filing).",
      sp=[S(CHICAGO, "The city of Chicago")], amb=True),
    C("neutral", "Author: what Chicago bought with the grant money (factual)."),
    C("supports", "The suit's lawyers call the grant conditions 'unauthorized and unconstitutional' (the sentence does not make clear whose lawyers speak).",
      opt=[O(EMANUEL, "lawyers for him filed the suit; the words are the lawsuit's", "Rahm Emanuel"),
           O(SISKEL, "named among those behind the suit; the words are the lawsuit's", "Ed Siskel"),
           O("Eddie Johnson", "named among those behind the suit; the words are the lawsuit's", "Eddie Johnson")],
      un=["Lawyers"]),
    C("supports", "Emanuel: Chicago 'will not be blackmailed' and will remain a welcoming city.",
      sp=[S(EMANUEL, "Emanuel")]),
]

ANN["d305_fox-2-st-louis"] = [
    T("headline", "Headline, preceded by a stray close-button glyph ('×')."),
    C("opposes", "AP lede: Sessions hit back hard at Chicago; the city's argument sits in a subordinate clause.",
      sp=[S(SESSIONS, "Jeff Sessions")],
      opt=[O(CHICAGO, CITY_SUIT_REASON, "the city")]),
    C("neutral", "Timing of Sessions' statement after the suit was filed (no words given).",
      un=["its lawsuit"]),
    C("opposes", "Sessions: Chicago leaders show 'open hostility' to enforcing the law (text has the typo \"Sessions’ says\").",
      sp=[S(SESSIONS, "Sessions’")]),
    C("opposes", "Sessions: no grants for cities that 'protect criminal aliens'; 'Comply with the law or forego taxpayer dollars.'",
      sp=[S(SESSIONS, "Sessions", "he")]),
    B("timestamp_label", "Live-update time stamp ('11:40 a.m.')."),
    C("supports", "Chicago's top lawyer (named in the next line) will ask a judge to halt the grant-withholding policy (fights federal pressure; alternative: neutral procedure).",
      sp=[S(SISKEL, "The head of Chicago’s legal office")], amb=True),
    C("neutral", "Siskel spoke to reporters after the filing (no words or position in this line)."),
    C("neutral", "Author: an injunction could come within days (procedural)."),
    C("supports", "Siskel: the city had to take a stand against 'the rhetoric and the threats' that breed 'a climate of fear'.",
      sp=[S(SISKEL, "Siskel", "He")]),
    B("timestamp_label", "Live-update time stamp ('10:50 a.m.')."),
    C("supports", "The city alleges it is illegal to withhold grants from sanctuary cities (alternative: neutral report of a filing).",
      sp=[S(CHICAGO, "The city of Chicago")], amb=True),
]

ANN["d306_9-and-10-news"] = [
    T("headline", "Article headline (followed by a double blank line)."),
    C("supports", "Emanuel: the city will sue in defense of its sanctuary status.",
      sp=[S(EMANUEL, "Rahm Emanuel")]),
    C("supports", "Emanuel told a radio show the city will argue grants cannot be withheld over cooperation with ICE.",
      sp=[S(EMANUEL, "Emanuel")], out=["WLS-AM"]),
    C("opposes", "Sessions announced grant conditions requiring release notice and wants ICE access to jails (alternative: neutral background on the policy).",
      sp=[S(SESSIONS, "Jeff Sessions", "He")], amb=True),
    C("neutral", "Officials: the grant amount and its use (factual).",
      un=["Officials"]),
    C("supports", "Emanuel: the city will not pick between its values and strengthening the police.",
      sp=[S(EMANUEL, "Emanuel")]),
    B("tag_list", "Category label ('Categories: National News')."),
]

ANN["d307_just-the-news"] = [
    T("headline", "Article headline."),
    T("dek", "Dek (repeated word for word as the fifth paragraph). As content it would be supports, like #5."),
    B("timestamp_label", "Publication time stamp ('Published: July 25, 2025 6:36pm')."),
    C("neutral", "Author's lede: the judge dismissed the suit, ruling that forcing the parties to help would violate state autonomy (report of a ruling; alternative: supports, the ruling's legality point).",
      opt=[O("Lindsay Jenkins", "'ruling that' reports the court's holding without its words; she is named two lines below", "A federal judge")], amb=True),
    C("opposes", "The administration's claim, quoted from its complaint, that the sanctuary policies interfere with federal enforcement (alternative: neutral report of a filing).",
      opt=[O("Trump administration", "'sued ... alleging' -- the accusation is made through the suit", "The Trump administration")],
      amb=True),
    C("supports", "Jenkins: forcing compliance is an 'end-run around the Tenth Amendment' (legality of the policies; alternative: neutral report of a ruling). Repeats the dek word for word.",
      sp=[S("Lindsay Jenkins", "Lindsay Jenkins")], amb=True, dup=1),
    C("supports", "Jenkins wrote that the Tenth Amendment protects the sanctuary policies (legality).",
      sp=[S("Lindsay Jenkins", "Jenkins")]),
    C("neutral", "Author: dismissed without prejudice; the Justice Department can amend (procedural)."),
    B("author_bio", "Reporter's bio line with a follow prompt (trailing space kept)."),
    B("section_label", "Site section label ('The Facts Inside Our Reporter's Notebook')."),
    B("section_label", "Site section label ('Just the News Spotlight')."),
    B("donate", "Donation prompt ('Support Just the News')."),
]

ANN["d308_visaverge"] = [
    T("headline", "Article headline."),
    T("dek", "Summary dek under the headline (factual: the dismissal and the deadline)."),
    B("outlet_label", "Site name ('VisaVerge.com')."),
    B("section_label", "Template label of the summary box ('Key takeaways')."),
    C("neutral", "Takeaway bullet (no bullet mark): the judge dismissed the suit on July 25 (factual)."),
    C("neutral", "Takeaway bullet: the DOJ's deadline to amend (factual)."),
    C("neutral", "Takeaway bullet: the ruling upholds laws allowing cooperation only in criminal cases (factual characterisation)."),
    C("neutral", "Author: the dismissal 'marks a major legal and political moment' (descriptive)."),
    C("neutral", "Author: the laws stay in place and the administration's efforts are blocked for now (factual)."),
    T("headline_repeat", "Headline repeated (image alt text or caption).", dup=0),
    T("headline_repeat", "Headline repeated again on the next line.", dup=0),
    T("subhead", "In-article subhead ('What Happened and Why It Matters')."),
]

ANN["d309_chapin-rose"] = [
    T("headline", "Post headline."),
    C("neutral", "Newsletter voice: the governor signed the Trust Act and what it prevents (factual)."),
    C("opposes", "Rose and other opponents: the bill goes too far and could have long-term public-safety consequences.",
      sp=[S("Chapin Rose", "Rose")], un=["Opponents"]),
    B("masthead", "The senator's name standing alone (site name / signature block)."),
    B("subscribe", "Newsletter prompt ('Want to stay up to date with your Senator?')."),
    B("subscribe", "Newsletter sign-up prompt."),
]

ANN["d310_lake-mchenry-scanner"] = [
    C("neutral", "City officials warn of ongoing ICE operations (a warning about raids, not about local cooperation).",
      sp=[S(WAUKEGAN, "City officials")]),
    C("neutral", "The city confirmed reports of ICE operations (factual).",
      sp=[S(WAUKEGAN, "The City of Waukegan")]),
    C("neutral", "The city's statement: know your rights, beware of misinformation (advice, not about local cooperation; alternative: supports).",
      sp=[S(WAUKEGAN, "the city’s")], amb=True),
    C("neutral", "The city: its officers do not conceal their identity (about police conduct, not cooperation).",
      sp=[S(WAUKEGAN, "The city")]),
    C("neutral", "Author: ICE agents criticized for masks and unmarked vehicles (about ICE conduct, not local cooperation)."),
    C("supports", "The city says its police will not participate in federal immigration enforcement (a promise not to cooperate).",
      sp=[S(WAUKEGAN, "the city")]),
    C("neutral", "Author: what the TRUST Act prohibits (factual)."),
    C("neutral", "The city referred residents to a know-your-rights website (an action, no words).",
      opt=[O(WAUKEGAN, "'referred residents to a website' reports an action without words", "The city")]),
    C("neutral", "The website's advice on rights when agents approach (a document; not about local cooperation)."),
    C("neutral", "Author: 200-300 ICE agents deployed in a surge operation (factual)."),
    C("neutral", "Author: the agents operate out of Naval Station Great Lakes (factual)."),
    C("neutral", "Jackson: logistics and command set up at the naval base (factual).",
      sp=[S("Gregory Jackson", "Gregory Jackson")]),
]

ANN["d311_peoples-tribune"] = [
    C("supports", "Taylor: police would not check papers but profile Black and Latino people and 'take you in' (argument against police involvement in immigration enforcement; it stands above the dateline like a pull quote; alternative: neutral).",
      sp=[S("Jeanette Taylor", "Jeanette Taylor")], out=["The TRiiBE"], amb=True),
    C("neutral", "Author's sarcastic opening on the GOP party's lack of 'goodwill' toward immigrant children (hostile wording, nothing on local cooperation; alternative: supports).",
      amb=True),
    C("neutral", "Author: Homan (named in the next line) gave a 'harsh, belligerent speech' on the 'chilling plans' (framing against enforcement, nothing on local cooperation; alternative: supports).",
      opt=[O(HOMAN, "a speech is mentioned, its content only as 'chilling plans'; he is named in the next line", "He")], amb=True),
    C("neutral", "Author: Homan addressed Chicago-area Republicans at a PAC event (the event, no words).",
      opt=[O(HOMAN, "'addressed' reports a speech without its words", "Tom Homan")]),
    C("opposes", "Homan: more agents for Chicago; he would prosecute Johnson if he kept protecting asylum seekers.",
      sp=[S(HOMAN, "Homan")]),
    C("opposes", "Homan: 'Do not impede us'; the crowd cheers an insult to Johnson.",
      sp=[S(HOMAN, "Homan")], un=["One person"]),
    C("opposes", "Homan warns Johnson to 'get the hell out of the way' and will sue sanctuary cities that do not cooperate with ICE.",
      sp=[S(HOMAN, "Homan", "He")]),
    C("neutral", "Author: Homan's record and the 'brutal' family-separation policy (about the border, not local cooperation)."),
]

ANN["d312_curbed-chicago"] = [
    B("image_filename", "Image URL fragment shown as text ('/cdn.vox-cdn.com/...jpg)')."),
    C("supports", "Lightfoot says she directed the police not to cooperate with ICE enforcement actions.",
      sp=[S(LIGHTFOOT, "Lori Lightfoot")]),
    C("neutral", "Author: Chicago among ten cities targeted in planned raids (factual)."),
    C("supports", "Lightfoot condemned the raids, ordered no assistance and cut ICE's database access; Johnson confirmed the order.",
      sp=[S(LIGHTFOOT, "Lightfoot"), S("Eddie Johnson", "Eddie Johnson", "Johnson")]),
    C("supports", "Lead-in to Lightfoot's statement, which follows as an unquoted block (rule 6: takes the stance it announces).",
      opt=[O(LIGHTFOOT, "'Here's the full text of Lightfoot's statement:' with the words in the next block", "Lightfoot’s")]),
    C("supports", "Lightfoot's statement as an unquoted block: CPD cut ICE's database access and will not cooperate with ICE; Chicago stays a welcoming city. Attribution sits in the line before.",
      sp=[S(LIGHTFOOT)]),
    C("neutral", "Author: Chicago and other sanctuary cities have clashed with the administration (background)."),
]

ANN["d313_the-hill"] = [
    T("headline", "Article headline."),
    C("neutral", "Author: Pritzker signed the private-detention ban ahead of planned ICE raids (factual; trailing space kept)."),
    C("neutral", "Author: first state to ban; the second bill bars local police from federal immigration enforcement (factual; two trailing spaces kept)."),
    C("neutral", "Author: background on federal use of private detention. The line starts with a stray ad-template code '{mosads}'."),
    C("supports", "Pritzker ('The Illinois Democrat') cast the bills as protecting immigrants from 'attacks from the federal government'.",
      sp=[S(PRITZKER, "The Illinois Democrat")]),
    C("supports", "Pritzker: Illinois is a welcoming state and a 'firewall against Donald Trump's attacks' (trailing space kept).",
      sp=[S(PRITZKER, "Pritzker")]),
    C("neutral", "Author: the planned ICE operation (factual, 'reportedly')."),
    C("neutral", "Trump defends the raids: those arrested broke the law (deportation, not local cooperation).",
      sp=[S(TRUMP, "Trump")]),
]

ANN["d314_pacific-standard"] = [
    B("skip_link", "Accessibility skip link."),
    T("headline", "Article headline."),
    T("dek", "Dek under the headline."),
    B("photo_caption", "Image title / alt text ('ICE Final')."),
    C("neutral", "Author: Pritzker signed the bill; the state gets the strictest limits on private detention (factual)."),
    C("neutral", "Author: other states' limits on detention contracts; Illinois goes further (factual comparison)."),
    C("neutral", "Author corrects the governor's office's 'full ban' claim and explains why the law still hinders ICE (explanatory).",
      sp=[S(GOV_OFFICE, "the governor's office")]),
    C("neutral", "The law aims to halt the Dwight facility; Fleming: it will prohibit such annexation agreements (factual).",
      sp=[S("Mark Fleming", "Mark Fleming")]),
]

ANN["d315_one-illinois"] = [
    T("headline", "Article headline."),
    T("dek", "Dek under the headline ('Immigration battle finds Illinois, Chicago on the front lines against Trump')."),
    B("photo_caption", "Photo caption quoting Pritzker, with credit '(One Illinois/Ted Cox)'."),
    B("photo_caption", "Photo caption repeated.", dup=2),
    B("byline", "Byline."),
    C("neutral", "Author: Pritzker signed the ban as Chicago acted against Trump's 'continued war on immigration' (slanted wording, the acts are facts; alternative: supports).",
      amb=True),
    C("supports", "Lightfoot declared the police records off limits to ICE in response to Trump's threatened raids (refusal to cooperate).",
      sp=[S(LIGHTFOOT, "Lori Lightfoot")],
      opt=[O(TRUMP, "'threatened nationwide raids' reports a threat without words", "Trump")]),
    C("neutral", "Trump demanded Democrats settle the problem; Durbin tweets that Trump created the humanitarian crisis (asylum and raids, not local cooperation).",
      sp=[S(TRUMP, "Trump"), S("Dick Durbin", "Dick Durbin")]),
    C("neutral", "Pritzker signed HB 2040; the Governor's Office release describes what it prohibits (factual).",
      sp=[S(GOV_OFFICE, "the Governor’s Office")]),
]

ANN["d316_rep-chris-miller"] = [
    C("opposes", "Author (a state representative's blog): Pritzker refuses to let ICE detain 'illegal criminals' and is 'fighting to protect criminals'."),
    C("neutral", "Author's lead-in to an embedded image of the IDOC letter, which is not in the text (alternative kind: embed placeholder)."),
    C("opposes", "Author's petition call: the TRUST Act lets 'illegal criminals ... roam free'; 'END the madness!' (a call to action, but its claim is the post's stance)."),
]

ANN["d317_pj-media"] = [
    C("opposes", "Author: resisting Trump means 'releasing rapists, murderers, and pedophiles' (sarcastic attack on the non-cooperation)."),
    C("opposes", "Lyons' letter demands that Illinois honor detainers; the author calls the numbers 'staggering and disturbing'.",
      sp=[S("Todd Lyons", "Todd Lyons")]),
    C("opposes", "Author: Illinois' 'failure to honor ICE detainers' and the crimes of those released (counts framed as a failure; alternative: neutral figures).",
      amb=True),
    C("opposes", "Author: Raoul's office ignored ICE's request; states 'too ideologically committed to sanctuary policies to care about public safety'.",
      opt=[O(ICE, "'They sent a letter ... requesting cooperation' reports a request without its words", "They")]),
    C("opposes", "McLaughlin: sanctuary politicians release murderers; calls on Pritzker to honor detainers.",
      sp=[S("Tricia McLaughlin", "Tricia McLaughlin", "She")]),
]

ANN["d318_wifr"] = [
    C("neutral", "Author: four sheriffs filed a joint suit for an injunction against the Act (an action, no words)."),
    C("opposes", "The group (the four sheriffs of the line before) says the Act exposed them to litigation (their complaint is the emphasised point).",
      sp=[S(PRIM, "The group"), S(VANVICKLE, "The group"), S(SNYDERS, "The group"), S(DOWNEY, "The group")]),
    C("opposes", "The suit: the federal government alone has authority over immigration (a preemption argument against the Act; alternative: neutral legal background).",
      opt=[O(PRIM, FOUR_SHERIFFS_REASON), O(VANVICKLE, FOUR_SHERIFFS_REASON),
           O(SNYDERS, FOUR_SHERIFFS_REASON), O(DOWNEY, FOUR_SHERIFFS_REASON)],
      un=["The suit"], amb=True),
    C("opposes", "The suit: the Act 'has both the purpose and effect of obstructing federal immigration enforcement'; then the detainer conflict explained.",
      opt=[O(PRIM, FOUR_SHERIFFS_REASON), O(VANVICKLE, FOUR_SHERIFFS_REASON),
           O(SNYDERS, FOUR_SHERIFFS_REASON), O(DOWNEY, FOUR_SHERIFFS_REASON)],
      un=["The suit"]),
    C("neutral", "What the Act bars, quoted from the statute (factual)."),
]

ANN["d319_rep-dan-caulkins"] = [
    T("headline", "Post headline ('Sanctuary State Policies Failing the Citizens of Illinois')."),
    C("opposes", "Author (a state representative's site): migrant aid money should go to citizens; 'Failed sanctuary state and city policies' cause suffering.",
      opt=[O(PRITZKER, "'promised' reports a funding pledge, not words on sanctuary policy", "Pritzker")]),
    B("source_link", "Link to the news story the post responds to ('... | WICS ('), cut where the link was."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d300_peoria-public-radio.txt", "outlet": "Peoria Public Radio (WCBU)", "date": "2025-09-29",
     "title": "Illinois law prohibits sheriffs from assisting ICE with immigration enforcement. Some wish they could",
     "url": "https://www.wcbu.org/state-news/2025-09-29/illinois-law-prohibits-sheriffs-from-assisting-ice-with-immigration-enforcement-some-wish-they-could"},
    {"file": "d301_advantage-news.txt", "outlet": "Advantage News (The Center Square)", "date": "2021-10-03",
     "title": "Pritzker signs measure to limit how law enforcement works with ICE",
     "url": "https://www.advantagenews.com/news/local/granite-city-news/pritzker-signs-measure-to-limit-how-law-enforcement-works-with-ice/article_5a54c09c-222a-11ec-ae9b-63b440c99eee.html"},
    {"file": "d302_illinois-senate-democrats.txt", "outlet": "Illinois Senate Democrats", "date": "2021-08-02",
     "title": "Aquino's legislation protecting immigrants and refugees signed into law",
     "url": "https://illinoissenatedemocrats.com/caucus-news/12-senator-omar-aquino-news/2871-aquino-s-legislation-protecting-immigrants-and-refugees-signed-into-law"},
    {"file": "d303_national-immigrant-justice-center.txt", "outlet": "National Immigrant Justice Center", "date": "2021-08-02",
     "title": "NIJC Celebrates Illinois’ Bold Action to Defend Justice for Immigrants",
     "url": "https://immigrantjustice.org/press-releases/new-state-law-takes-effect-end-ice-detention-illinois"},
    {"file": "d304_washington-examiner.txt", "outlet": "Washington Examiner", "date": "2017-08-07",
     "title": "Jeff Sessions slams Chicago's 'open hostility' to immigration law after sanctuary city lawsuit against DOJ",
     "url": "http://www.washingtonexaminer.com/jeff-sessions-slams-chicagos-open-hostility-to-immigration-law-after-sanctuary-city-lawsuit-against-doj/article/2630867"},
    {"file": "d305_fox-2-st-louis.txt", "outlet": "FOX 2 St. Louis (AP)", "date": "2017-08-07",
     "title": "Sessions blasts Chicago legal action",
     "url": "http://fox2now.com/2017/08/07/sessions-blasts-chicago-legal-action/"},
    {"file": "d306_9-and-10-news.txt", "outlet": "9&10 News (AP)", "date": "2017-08-05",
     "title": "Chicago to sue US Justice Department over funding threat",
     "url": "https://www.9and10news.com/2017/08/05/ap11-79/"},
    {"file": "d307_just-the-news.txt", "outlet": "Just the News", "date": "2025-07-25",
     "title": "Federal judge dismisses Trump admin's Illinois lawsuit over sanctuary policies",
     "url": "https://app.justthenews.com/government/courts-law/federal-judge-dismisses-trump-admins-illinois-lawsuit-over-sanctuary-policies"},
    {"file": "d308_visaverge.txt", "outlet": "VisaVerge", "date": "2025-07",
     "title": "Federal Judge Dismisses Trump Administration Suit Against Chicago Sanctuary Laws",
     "url": "https://www.visaverge.com/news/federal-judge-dismisses-trump-administration-suit-against-chicago-sanctuary-laws"},
    {"file": "d309_chapin-rose.txt", "outlet": "State Sen. Chapin Rose (senator's site)", "date": "2017-08-31",
     "title": "Trust Act signed into law",
     "url": "https://senchapinrose.com/2017/08/31/trust-act-signed-into-law/"},
    {"file": "d310_lake-mchenry-scanner.txt", "outlet": "Lake and McHenry County Scanner", "date": "2025-09-15",
     "title": "City officials warn residents about confirmed ICE operations ongoing in Waukegan",
     "url": "https://www.lakemchenryscanner.com/2025/09/15/city-officials-warn-residents-about-confirmed-ice-operations-ongoing-in-waukegan/"},
    {"file": "d311_peoples-tribune.txt", "outlet": "People's Tribune", "date": "2025-01",
     "title": "Chicagoans vow to fight Trump's attack on immigrant workers",
     "url": "https://peoplestribune.org/2025/01/chicagoans-vow-to-fight-trumps-attack-on-immigrant-workers"},
    {"file": "d312_curbed-chicago.txt", "outlet": "Curbed Chicago", "date": "2019-06-21",
     "title": "ICE raids Chicago: Mayor Lightfoot to protect immigrants from deportation",
     "url": "https://chicago.curbed.com/2019/6/21/18701620/ice-raids-chicago-mayor-lightfoot-protect-immigrants-deportation"},
    {"file": "d313_the-hill.txt", "outlet": "The Hill", "date": "2019-06",
     "title": "Illinois governor signs bill banning private immigrant detention centers",
     "url": "https://digital-stage.thehill.com/?p=449835"},
    {"file": "d314_pacific-standard.txt", "outlet": "Pacific Standard", "date": "2019-06",
     "title": "Illinois Is Cracking Down on Private Immigration Detention",
     "url": "https://psmag.com/news/illinois-is-cracking-down-on-private-immigration-detention"},
    {"file": "d315_one-illinois.txt", "outlet": "One Illinois", "date": "2019-06-24",
     "title": "Pritzker bans private detention centers",
     "url": "https://www.oneillinois.com/stories/2019/6/24/pritzker-bans-private-detention-centers"},
    {"file": "d316_rep-chris-miller.txt", "outlet": "Rep. Chris Miller (representative's site)", "date": "2025-01-23",
     "title": "Illinois Department of Corrections to release illegal criminals",
     "url": "https://repcmiller.com/2025/01/23/illinois-department-of-corrections-to-release-illegal-criminals/"},
    {"file": "d317_pj-media.txt", "outlet": "PJ Media", "date": "2025-12-08",
     "title": "For JB Pritzker, resisting Trump means releasing murderers and pedophiles",
     "url": "https://pjmedia.com/matt-margolis/2025/12/08/for-jb-pritzker-resisting-trump-means-releasing-murderers-and-pedophiles-n4946825"},
    {"file": "d318_wifr.txt", "outlet": "WIFR", "date": "2020-03-09",
     "title": "A few sheriffs allege Illinois Trust Act invalid and unenforceable in lawsuit",
     "url": "https://www.wifr.com/content/news/A-Few-Sheriffs-allege-Illinois-Trust-Act-invalid-and-unenforceable-in-lawsuit-568635221.html?ref=221"},
    {"file": "d319_rep-dan-caulkins.txt", "outlet": "Rep. Dan Caulkins (representative's site)", "date": "2023-11-17",
     "title": "Sanctuary State Policies Failing the Citizens of Illinois",
     "url": "https://repcaulkins.com/2023/11/17/sanctuary-state-policies-failing-the-citizens-of-illinois/"},
]


# ---------------------------------------------------------------- build
if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d3")
