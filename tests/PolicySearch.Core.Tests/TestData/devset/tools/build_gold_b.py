#!/usr/bin/env python3
"""Dev set, half B (outlets M-Z, files d200-d299): hand annotations -> gold-b.jsonl.

The annotations below follow /work/shared/eval/seeds/NOTES.md (speaker rules, field
conventions) and STANCE_GUIDELINES.md (stance rules). They were made by reading the article
text only; no analysis code was looked at or run.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_b.py
"""
import os

from goldlib import B, C, O, S, T, build

HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.normpath(os.path.join(HERE, ".."))
ARTICLES = os.path.join(DEVSET, "articles")
MANIFEST = os.path.join(ARTICLES, "articles-b.json")
GOLD = os.path.join(DEVSET, "gold-b.jsonl")


RAUNER = "Bruce Rauner"
GOV_OFFICE = "Office of the Governor of Illinois"
DOJ = "U.S. Department of Justice"
DHS = "U.S. Department of Homeland Security"
ICE = "U.S. Immigration and Customs Enforcement"
VANVICKLE = "Brian VanVickle"
SNYDERS = "David Snyders"
PRIM = "Bill Prim"
DOWNEY = "Mike Downey"
FOUR_SHERIFFS_REASON = "the claim is the lawsuit's (the four plaintiff sheriffs speaking through their filing)"
RELEASE_REASON = "unattributed press-release text: the governor's office is the author of the release the blog reproduces"

# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d200_nbc-chicago"] = [
    B("tag_list", "Topic tag ('Donald Trump') above the headline."),
    T("headline", "Article headline."),
    C("neutral", "Author: factual lede on the signing and what the measure does."),
    C("neutral", "Author: where the bill was signed; ends with a stray video-embed code [[442016773, C]]."),
    C("supports", "Rauner's statement: continues the welcoming tradition; police should fight violent crime, not federal prerogatives a court found illegal.",
      sp=[S(RAUNER, "Rauner")]),
    C("supports", "Legislative timeline ending with Rauner saying the bill 'seems very reasonable' (alternative: neutral background).",
      sp=[S(RAUNER, "Rauner", "he")], amb=True),
    C("neutral", "Author: factual description of what the measure prohibits."),
    C("neutral", "Author: factual; communication with immigration authorities and criminal-warrant holds remain allowed."),
]

ANN["d201_wand-tv"] = [
    T("headline", "Article headline."),
    B("timestamp_label", "Empty 'Posted: Updated:' timestamp labels from the page template."),
    C("neutral", "Author: factual lede (no detention without a warrant; law signed)."),
    C("neutral", "Author: factual summary of SB 31 and the court ruling it reinforces."),
    C("neutral", "Author balances opponents ('sanctuary state') against supporters ('safer for all residents'); evenly split.",
      un=["opponents", "others"], amb=True),
    C("supports", "Welch: immigrants should not feel unsafe; the law ensures proper legal procedures.",
      sp=[S("Chris Welch", "Chris Welch")]),
    C("supports", "Rauner says the Act will help police focus on violent crime.",
      sp=[S(RAUNER, "Rauner")]),
    C("supports", "Rauner's signing statement (welcoming tradition; police mission is violent crime).",
      sp=[S(RAUNER, "Rauner")]),
    C("supports", "Author reports that police agencies (Illinois State Police) and immigration groups back the Act.",
      opt=[O("Illinois State Police", "'have shown support' states a position without a speech verb or words", "Illinois State Police")],
      un=["Law enforcement agencies", "immigration groups"]),
    B("weather_widget", "'Current Conditions' weather widget label from the TV station template."),
]

ANN["d202_mchenry-county-blog"] = [
    T("headline", "Blog post headline (calls the bill a 'Sanctuary State Bill')."),
    C("supports", "Blogger's lead-in announcing the governor's press release that follows (rule 6: takes the stance it announces; alternative: neutral source label).",
      opt=[O(RAUNER, "'A press release from' names the source of the text that follows, without a speech verb", "Bruce Rauner")], amb=True),
    T("embedded_headline", "Headline of the reproduced press release."),
    T("subhead", "Subhead of the reproduced press release."),
    C("supports", "Press-release voice: the Act continues Illinois' welcoming history and lets police focus on violent crime.",
      opt=[O(GOV_OFFICE, RELEASE_REASON)]),
    C("supports", "Rauner: the bill continues Illinois' welcoming tradition.",
      sp=[S(RAUNER, "Rauner")]),
    C("supports", "Continuation of Rauner's quote (no attribution in this line): police mission is violent crime, not prerogatives a court found illegal.",
      sp=[S(RAUNER)]),
    C("supports", "Press-release voice: a federal court found ICE detainer orders illegal (a legality argument for the Act; alternative: neutral fact).",
      opt=[O(GOV_OFFICE, RELEASE_REASON)], amb=True),
    C("neutral", "Press-release voice: SB 31 reinforces the ruling (factual).",
      opt=[O(GOV_OFFICE, RELEASE_REASON)]),
    C("neutral", "Press-release voice: factual statement of what the Act prohibits.",
      opt=[O(GOV_OFFICE, RELEASE_REASON)]),
    C("neutral", "Press-release voice: a judge's warrant is required (factual).",
      opt=[O(GOV_OFFICE, RELEASE_REASON)]),
    C("supports", "Press-release voice: the law improves immigrant-police connectivity and makes Illinois safer.",
      opt=[O(GOV_OFFICE, RELEASE_REASON)]),
    C("supports", "Rauner: prioritize resources for preventing violent crime (resource argument for the Act).",
      sp=[S(RAUNER, "Rauner")]),
    C("supports", "Press-release voice: Illinois stays a good federal partner and keeps communicating (denies a harmful 'sanctuary' effect).",
      opt=[O(GOV_OFFICE, RELEASE_REASON)]),
    C("supports", "Sandoval (co-sponsor): the Act ensures residents are treated equally and with dignity.",
      sp=[S("Martin Sandoval", "Martin Sandoval")]),
]

ANN["d203_public-news-service"] = [
    B("skip_link", "Accessibility skip link."),
    B("skip_link", "Accessibility skip link."),
    B("timestamp_label", "Site date bar (capture day, 2024), not the article date."),
    B("site_logo", "Logo alt text."),
    B("social_links", "Social-network link labels."),
    B("newscast_link", "Newscast widget link label."),
    B("audio_player", "Newscast audio player label."),
    B("newscast_teaser", "Unrelated newscast summary (2024 headlines)."),
    B("newscast_link", "Newscast widget link label (repeat).", dup=5),
    B("audio_player", "Newscast audio player label (repeat).", dup=6),
    B("newscast_teaser", "Unrelated newscast summary (2024 headlines)."),
    B("newscast_link", "Newscast widget link label (repeat).", dup=5),
    B("audio_player", "Newscast audio player label (repeat).", dup=6),
    B("newscast_teaser", "Unrelated newscast summary (2024 headlines)."),
    T("headline", "Article headline."),
    B("audio_player", "Story audio player label."),
    B("audio_player", "Story audio player button."),
    B("timestamp_label", "Article date line (with trailing spaces)."),
    C("supports", "Author: Republicans unhappy but the immigrant community applauds Rauner; the applause is the main clause (alternative: neutral).",
      un=["some Illinois Republicans", "the immigrant community"], amb=True),
    C("neutral", "Author: factual description of SB 31 (and the other bill), 'under fire' only reports the controversy."),
    C("supports", "Welch: the bills give immigrants basic rights and make Illinois a safe state without fear of arrest.",
      sp=[S("Chris Welch", "Chris Welch")]),
    C("supports", "Welch: the signature defies what Trump is pushing (framed approvingly).",
      sp=[S("Chris Welch", "Welch")]),
]

ANN["d204_punching-bag-post"] = [
    B("nav", "'Select Page' navigation label."),
    T("headline", "Article headline."),
    T("headline_repeat", "Headline repeated.", dup=1),
    C("neutral", "Author's slanted lede: the signing makes more of Illinois a 'sanctuary'; no explicit judgement (alternative: opposes).", amb=True),
    C("neutral", "Author: factual description of what the bill does."),
    C("neutral", "Author: claims the law lets officers 'protect illegal immigrants' by not notifying ICE; slanted wording only (alternative: opposes).", amb=True),
    C("opposes", "Author undercuts Rauner's 'bipartisan' claim (only six Republicans voted yes) (alternative: neutral vote count).",
      sp=[S(RAUNER, "Rauner")], amb=True),
    C("neutral", "Quoted Fox News summary: what the Act bans, plus the governor's office denial that it is a sanctuary policy (alternative: supports).",
      opt=[O(GOV_OFFICE, "the denial is the governor's office's, but it sits inside the Fox News quote")],
      un=["other supporters"], out=["Fox News"], amb=True),
    C("supports", "Rauner's stated belief that protecting immigrants serves law enforcement.",
      sp=[S(RAUNER, "Rauner")]),
    C("supports", "Rauner's signing statement (welcoming tradition; police mission is violent crime).",
      sp=[S(RAUNER, "Rauner")]),
]

ANN["d205_rockford-register-star"] = [
    T("dek", "Editorial dek: Rockford and Winnebago County are not sanctuaries but cooperate when asked, 'their appropriate role'. As content it would be opposes.", amb=True),
    C("neutral", "Editorial board: defines sanctuaries and notes Trump is at odds with them (background)."),
    C("neutral", "Background on Trump's funding threat and the Illinois bill; 'We doubt Rauner would sign' is a prediction, not a judgement (alternative: opposes).",
      opt=[O("Donald Trump", "'threatens' describes statements without reporting any words", "Trump")], amb=True),
    C("opposes", "Editorial praises the area for not declaring sanctuary ('oasis of reason', no 'grandstanding ... defiance')."),
    C("neutral", "Editorial says local agencies use 'common sense' and points to the paper's own story; the approach praised is not yet specified (alternative: opposes).",
      out=["Rockford Register Star"], amb=True),
    C("supports", "Editorial: immigration enforcement is federal; police need residents' cooperation, which they would lose as 'ICE sidekicks' (trust argument)."),
]

ANN["d206_wrex"] = [
    C("neutral", "Author: factual lede, sheriffs suing the attorney general over the Act."),
    C("opposes", "The lawsuit says the Act 'oversteps'; it is the final, emphasised point (alternative: neutral reporting of a filing).",
      un=["the lawsuit"], amb=True),
    C("opposes", "The sheriffs say the Act makes their jobs hard.",
      un=["the sheriffs"]),
    C("opposes", "VanVickle: two opposing systems cannot keep the community safe.",
      sp=[S(VANVICKLE, "Brian VanVickle")]),
    C("neutral", "Author: names the two systems (factual)."),
    C("neutral", "Glenberg explains what the Act prohibits (factual description).",
      sp=[S("Rebecca Glenberg", "Rebecca Glenberg")]),
    C("neutral", "Reports the lawsuit's reading of detainers and what the Act says (factual).",
      un=["the lawsuit"]),
    C("opposes", "Snyders: the Act forces sheriffs to choose between Washington and Springfield.",
      sp=[S(SNYDERS, "David Snyders")]),
    C("supports", "Glenberg rejects the sheriffs' claim ('not accurate').",
      sp=[S("Rebecca Glenberg", "Glenberg")]),
    C("supports", "Glenberg: courts hold detainers are only requests; no duty to comply.",
      sp=[S("Rebecca Glenberg", "Glenberg")]),
    C("supports", "Glenberg: most detained immigrants are not a threat.",
      sp=[S("Rebecca Glenberg", "Glenberg")]),
    C("supports", "Glenberg: cooperation with ICE mainly hurts people who are not violent criminals.",
      sp=[S("Rebecca Glenberg", "Glenberg")]),
]

ANN["d207_nw-illinois-news"] = [
    B("tracker", "'Quantcast' analytics tag text."),
    B("masthead", "Site name."),
    B("timestamp_label", "Site date bar (capture day, 2025), not the article date (the suit was filed 2020-03-09)."),
    T("headline", "Article headline."),
    B("image_filename", "Image file name shown as text."),
    B("photo_caption", "Photo caption (2018 campaign photo of Raoul)."),
    B("photo_caption", "Photo caption repeated.", dup=5),
    C("opposes", "The four sheriffs claim the state law is unconstitutional (named in the next line).",
      sp=[S(VANVICKLE, "Four Illinois sheriffs"), S(SNYDERS, "Four Illinois sheriffs"),
          S(PRIM, "Four Illinois sheriffs"), S(DOWNEY, "Four Illinois sheriffs")]),
    C("opposes", "Names the plaintiffs and the suit's claim that the Act is unconstitutional (alternative: neutral reporting of a filing).",
      opt=[O(VANVICKLE, FOUR_SHERIFFS_REASON, "Brian VanVickle"), O(SNYDERS, FOUR_SHERIFFS_REASON, "David Snyders"),
           O(PRIM, FOUR_SHERIFFS_REASON, "Bill Prim"), O(DOWNEY, FOUR_SHERIFFS_REASON, "Mike Downey")],
      un=["The suit"], out=["WREX"], amb=True),
    C("neutral", "Author: factual description of the judicial-warrant requirement."),
    C("neutral", "The lawsuit's description of where the conflicts arise (descriptive).",
      un=["the lawsuit"]),
    C("opposes", "The complaint: the Act is in direct conflict with federal laws requiring cooperation.",
      opt=[O(VANVICKLE, FOUR_SHERIFFS_REASON), O(SNYDERS, FOUR_SHERIFFS_REASON),
           O(PRIM, FOUR_SHERIFFS_REASON), O(DOWNEY, FOUR_SHERIFFS_REASON)],
      un=["the complaint"]),
    C("supports", "ACLU of Illinois alleges sheriffs violated the Act by holding men for ICE after bond (alternative: neutral report of suits).",
      sp=[S("ACLU of Illinois", "The ACLU of Illinois")], amb=True),
    C("neutral", "The complaint notes Prim was sued under the Act (factual).",
      opt=[O(VANVICKLE, FOUR_SHERIFFS_REASON), O(SNYDERS, FOUR_SHERIFFS_REASON),
           O(PRIM, FOUR_SHERIFFS_REASON), O(DOWNEY, FOUR_SHERIFFS_REASON)],
      un=["the complaint"]),
    C("neutral", "Author states as fact that federal law requires 48-hour holds, the sheriffs' contested reading (alternative: opposes).", amb=True),
]

ANN["d208_wttw"] = [
    B("section_label", "Section label ('Latino Voices')."),
    T("headline", "Article headline."),
    T("headline_repeat", "Headline repeated after a double blank line.", dup=1),
    C("neutral", "Author: what the Way Forward Act changes ('sea change', 'stronger protections' are descriptive)."),
    C("supports", "Rashid: immigrants should no longer be detained in Illinois; counties should not profit from an 'unjust system'.",
      sp=[S("Diana Rashid", "Diana Rashid")]),
    B("sponsor", "Sponsor block label."),
    B("sponsor", "Sponsor link."),
    C("neutral", "Donayre: closing one center did not mean detainees were released (factual).",
      sp=[S("Karina Donayre", "Karina Donayre")]),
    C("neutral", "Donayre: detainees were transferred to other jails (factual).",
      sp=[S("Karina Donayre", "Donayre")]),
    C("neutral", "Author: describes ICDI's transit-assistance program."),
]

ANN["d209_northern-public-radio"] = [
    C("neutral", "Author: background on Valdez and the sheriff's proposed ICE detention site."),
    C("supports", "Valdez: an ICE detention site at the jail is bad for the community and morally wrong.",
      sp=[S("Rudy Valdez", "Valdez")]),
    C("neutral", "Valdez recounts the meetings and the county dropping the ICE agreement (narrative).",
      sp=[S("Rudy Valdez", "He")], un=["county officials"]),
    C("supports", "Valdez celebrates that officials listened and dropped the ICE detention plan.",
      sp=[S("Rudy Valdez", "he")]),
    C("neutral", "Author: cooperation with ICE is now prohibited by law (factual)."),
    C("neutral", "Author: Trump will find no local partners in Illinois (factual consequence of the law)."),
    C("supports", "Tsao: the Trust Act draws a clear line against local help with deportations.",
      sp=[S("Fred Tsao", "Fred Tsao")]),
    C("neutral", "Author: Tsao helped draft the Act; what it prohibits (factual)."),
    C("neutral", "Tsao explains the federal criminal-warrant route ICE must use (procedural).",
      sp=[S("Fred Tsao", "Tsao")]),
]

ANN["d210_wttw"] = [
    B("section_label", "Section label ('Politics')."),
    T("headline", "Article headline."),
    B("photo_caption", "Photo caption with credit."),
    C("supports", "Johnson: the city will keep shielding all immigrants from federal agents.",
      sp=[S("Brandon Johnson", "Brandon Johnson")]),
    C("supports", "Johnson: Chicago police will not help ICE deport Chicagoans.",
      sp=[S("Brandon Johnson", "Johnson")]),
    C("supports", "Johnson: 'We will not bend or break ... we will not go back.'",
      sp=[S("Brandon Johnson", "Johnson")]),
    C("neutral", "Author: Homan named border czar; quotes the GOP platform (a document) on mass deportation."),
    C("neutral", "Trump's plans for deportation operations (raids, not local cooperation).",
      sp=[S("Donald Trump", "Trump", "he")]),
    C("opposes", "Homan would strip federal funds from cities that do not assist ICE; the author adds Chicago won a similar fight (alternative: neutral).",
      sp=[S("Tom Homan", "Homan", "he")], out=["Fox News"], amb=True),
    C("opposes", "Homan promises to 'flood agents to the sanctuary cities'.",
      sp=[S("Tom Homan", "Homan")]),
    C("supports", "Johnson will fight any cut to federal funds over non-cooperation.",
      sp=[S("Brandon Johnson", "Johnson", "he")]),
]

ANN["d211_yucatan-times"] = [
    C("opposes", "Homan shames sanctuary cities and vows to target places that limit cooperation with ICE.",
      sp=[S("Tom Homan", "Homan")]),
    C("neutral", "Homan: 'If I offend anyone, I don't care' (about his strategy, nothing on local cooperation; alternative: opposes).",
      sp=[S("Tom Homan", "Homan")], amb=True),
    C("opposes", "Homan: jurisdictions refusing ICE jail access will get more at-large sweeps.",
      sp=[S("Tom Homan", "He")]),
    C("opposes", "Homan: harboring is a felony; ICE will sweep communities if jails are closed to it.",
      sp=[S("Tom Homan", "Homan")]),
    C("opposes", "Homan criticizes Johnson for reaffirming Chicago's sanctuary stance.",
      sp=[S("Tom Homan", "Homan")],
      opt=[O("Brandon Johnson", "'reaffirming the city's sanctuary stance' reports Johnson's position without his words", "Brandon Johnson")]),
    C("opposes", "Homan mocks the mayor and promises to be in Chicago on day one.",
      sp=[S("Tom Homan", "he")]),
    C("supports", "Johnson vows to protect residents from federal overreach.",
      sp=[S("Brandon Johnson", "Johnson", "he")], out=["CNN"]),
    C("supports", "Johnson: local police acting as ICE agents is not permissible in sanctuary cities.",
      sp=[S("Brandon Johnson", "the Chicago mayor")]),
    C("neutral", "Author: sanctuary policies, 'upheld as lawful by courts', set local cooperation levels (alternative: supports).", amb=True),
    C("neutral", "American Immigration Council: there is no single definition of sanctuary policies.",
      sp=[S("American Immigration Council", "American Immigration Council")]),
    C("opposes", "Homan: more federal-local cooperation is needed against violent crime and narcotics.",
      sp=[S("Tom Homan", "Homan")]),
    C("opposes", "Homan: 'Sanctuary cities are sanctuaries for criminals.'",
      sp=[S("Tom Homan", "Homan")], out=["Fox News"]),
]

ANN["d212_sauk-valley-media"] = [
    T("headline", "Article headline."),
    B("photo_caption", "Photo caption (with the page's typo 'candidte')."),
    C("neutral", "Area sheriffs say state law forbids them from assisting Trump's deportation program (statement of the law).",
      un=["Sheriffs from across the Sauk Valley"]),
    C("neutral", "Trump's campaign promise of mass deportation (not about local cooperation).",
      sp=[S("Donald Trump", "Trump", "he")]),
    C("neutral", "Van Vickle: state law prohibits helping ICE with detainers without a judicial warrant (description).",
      sp=[S(VANVICKLE, "Brian Van Vickle")]),
    C("neutral", "Van Vickle describes penalties and the ban on asking about status; 'can't even ask' sounds frustrated (alternative: opposes).",
      sp=[S(VANVICKLE, "Van Vickle")], amb=True),
    C("opposes", "Author: the Act's trust purpose, then many agencies feel it leaves them in an 'impossible position' (final, emphasised point; alternative: neutral).",
      un=["many law enforcement agencies"], amb=True),
    C("neutral", "Booker will obey the Act to avoid being sued (compliance out of caution, not endorsement; alternative: opposes).",
      sp=[S("John Booker", "John Booker")], amb=True),
    C("neutral", "Author: the 2021 amendment bans ICE detention contracts (factual)."),
]

ANN["d213_nbc-chicago"] = [
    C("neutral", "Author: Pritzker asked to appear after Johnson's testimony (factual)."),
    C("neutral", "Author: the committee's request and the hearing date (factual)."),
    C("neutral", "Comer calls the governors to testify on sanctuary policies (a request, no view stated).",
      sp=[S("James Comer", "James Comer")]),
    C("opposes", "Comer: sanctuary policies jeopardize Americans' safety and defy immigration law.",
      sp=[S("James Comer", "Comer")]),
    C("opposes", "Trump announces he will withhold federal funds from sanctuary places (alternative: neutral background).",
      sp=[S("Donald Trump", "Donald Trump", "he")], amb=True),
    B("video_caption", "Caption of an embedded video report ('NBC Chicago's Mary Ann Ahern reports')."),
    C("neutral", "Author: Illinois is considered a sanctuary state because of the TRUST Act (factual)."),
    C("neutral", "Pritzker expanded the Act; lead-in to a spokesperson statement that is cut from the stored excerpt (alternative: supports).",
      sp=[S(GOV_OFFICE, "A spokesperson for Pritzker")], out=["NBC 5 Chicago"], amb=True),
]

ANN["d214_new-republic"] = [
    T("headline", "Article headline ('B.S. Rationale')."),
    T("dek", "Dek under the headline."),
    C("neutral", "Author: the crackdown is coming to Chicago (raids, not local cooperation)."),
    C("neutral", "Author: DHS announced the operation (factual)."),
    C("opposes", "DHS: immigrants flocked to Illinois because Pritzker's sanctuary policies let them 'roam free'.",
      sp=[S(DHS, "the DHS")]),
    C("supports", "Author rebuts the DHS claim: sanctuary cities still process accused criminals like anyone else (alternative: neutral explainer).",
      amb=True),
    C("neutral", "Author: ICE will use Naval Station Great Lakes, per a procurement document (factual).",
      out=["The Independent"]),
    C("supports", "Author: Trump's 'intimidation campaign against Democratic cities' (criticizes federal pressure; it is about raids and troops; alternative: neutral).",
      amb=True),
]

ANN["d215_upi"] = [
    T("headline", "Article headline."),
    B("outlet_label", "Outlet name ('UPI')."),
    T("headline_repeat", "Headline repeated.", dup=0),
    T("dek", "Dek: DHS will target 'the worst of the worst'."),
    B("photo_caption", "Photo caption with credit ('File Photo by Bill Greenblatt/UPI UPI')."),
    C("neutral", "DHS announces the operation targeting criminal immigrants (no word on local cooperation).",
      sp=[S(DHS, "The U.S. Department of Homeland Security")]),
    C("neutral", "ICE's press release dedicates the operation to a crash victim (factual).",
      sp=[S(ICE, "Department of Immigration and Customs Enforcement")]),
    C("neutral", "Author: the accused driver (factual)."),
    C("opposes", "McLaughlin: Pritzker and 'sanctuary politicians' released dangerous criminals onto Chicago's streets.",
      sp=[S("Tricia McLaughlin", "Tricia McLaughlin")]),
]

ANN["d216_times-examiner"] = [
    B("section_label", "Section label ('News')."),
    T("headline", "Article headline."),
    C("neutral", "Author: DHS launches the operation, drawing pushback from Illinois leaders (factual).",
      opt=[O(DHS, "'announced ... the start of' reports an act, without words", "Department of Homeland Security")],
      un=["Illinois leaders"]),
    C("opposes", "ICE says the operation targets criminals released under Illinois' sanctuary policies (the claim is the emphasised point).",
      sp=[S(ICE, "ICE")]),
    C("opposes", "DHS: criminals flocked to Illinois because Pritzker's sanctuary policies protect them.",
      sp=[S(DHS, "DHS")]),
    T("subhead", "In-article subhead quoting Trump."),
    C("neutral", "Trump denies declaring 'war' on Chicago (not about local cooperation).",
      sp=[S("Donald Trump", "Donald Trump", "he")]),
    C("neutral", "Trump: 'clean up our cities' (crime, not sanctuary limits).",
      sp=[S("Donald Trump", "Trump")]),
    C("neutral", "Trump's 'Chipocalypse now' post and 'Department of War' line (a threat to Chicago, not about local cooperation; alternative: opposes).",
      sp=[S("Donald Trump", "Trump", "He")], amb=True),
]

ANN["d217_washington-digest"] = [
    T("headline", "Article headline."),
    B("timestamp_label", "Date line (with a leading space)."),
    C("neutral", "Author: the judge dismissed the suit, a 'setback' for the administration (factual), credited to Breitbart.",
      out=["Breitbart"]),
    C("neutral", "Author: what the suit aimed at (factual)."),
    C("neutral", "Author: the suit's timing; critics' claim that the policies hinder enforcement is a side note (alternative: opposes).",
      un=["critics"], amb=True),
    C("opposes", "DOJ labels the laws impediments that contradict the Supremacy Clause.",
      sp=[S(DOJ, "The Department of Justice")]),
    T("subhead", "In-article subhead."),
    C("neutral", "Author: what the Illinois and Chicago policies require (factual)."),
    C("opposes", "DOJ: the requirements undermine federal immigration law.",
      sp=[S(DOJ, "The DOJ")]),
    C("supports", "Johnson: the ruling shows local policies serve public safety.",
      sp=[S("Brandon Johnson", "Brandon Johnson", "he")]),
    C("supports", "Johnson: the Welcoming City Ordinance is lawful and supports public safety; the city should not be coerced.",
      sp=[S("Brandon Johnson", "Johnson", "He", "he")]),
    T("subhead", "In-article subhead (the text after it is cut from the stored excerpt)."),
]

ANN["d218_patriot-news-daily"] = [
    T("headline", "Article headline ('Outrageous Sanctuary Bill')."),
    C("opposes", "Author: the signing is a bid for 'Worst of All Time', a 'cave-in to Chicago Democrats' that blocks deportations."),
    C("supports", "Rauner's signing statement (welcoming tradition; police mission is violent crime).",
      sp=[S(RAUNER, "Rauner")]),
    C("opposes", "Rauner's denial that it is a sanctuary bill, then the author stresses the detainer ban and Trump supporters 'crying foul' (final point; alternative: neutral).",
      sp=[S(RAUNER, "Rauner")], un=["Trump supporters"], amb=True),
    C("opposes", "An unnamed DOJ spokesperson: laws like the TRUST Act feed lawlessness (his name is in the next line, cut from the stored excerpt).",
      sp=[S(DOJ, "A Justice Department spokesperson")], out=["Fox News"]),
]

ANN["d219_wqlz"] = [
    T("headline", "Article headline."),
    C("neutral", "Author: Republican lawmakers lobby Rauner to change his mind (an action, no words; alternative: opposes).",
      un=["Some Republican lawmakers"], amb=True),
    C("neutral", "Rauner has indicated he will sign; what the bill does (factual; alternative: supports).",
      sp=[S(RAUNER, "Rauner", "he")], amb=True),
    C("opposes", "McCarter and other conservatives: the bill makes Illinois a 'sanctuary state' and a haven for illegal immigrants.",
      sp=[S("Kyle McCarter", "Kyle McCarter")], un=["some conservatives"]),
    C("opposes", "McCarter urges people to ask Rauner to veto the bill.",
      sp=[S("Kyle McCarter", "McCarter")]),
    B("tag_list", "Empty tag list ('Tags: , ,')."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d200_nbc-chicago.txt", "outlet": "NBC Chicago", "date": "2017-08-28",
     "title": "Rauner Signs ‘Illinois Trust Act' on Immigration",
     "url": "https://www.nbcchicago.com/news/local/rauner-signs-illinois-trust-act-immigration-bill/22861/"},
    {"file": "d201_wand-tv.txt", "outlet": "WAND TV", "date": "2017-08-28",
     "title": "Gov. Rauner signs TRUST Act",
     "url": "http://www.wandtv.com/story/36236348/gov-rauner-signs-trust-act"},
    {"file": "d202_mchenry-county-blog.txt", "outlet": "McHenry County Blog", "date": "2017-08-28",
     "title": "Governor’s Press Release on Sanctuary State Bill",
     "url": "https://mchenrycountyblog.com/2017/08/28/governors-press-release-on-sanctuary-state-bill/"},
    {"file": "d203_public-news-service.txt", "outlet": "Public News Service", "date": "2017-08-28",
     "title": "Illinois Immigrants to Benefit from Bill Being Signed Monday",
     "url": "https://www.publicnewsservice.org/index.php?/content/article/59187-1"},
    {"file": "d204_punching-bag-post.txt", "outlet": "Punching Bag Post", "date": "2017-09",
     "title": "Republicans Push to Counter Illinois Sanctuary State Law",
     "url": "https://punchingbagpost.com/?p=7019"},
    {"file": "d205_rockford-register-star.txt", "outlet": "Rockford Register Star", "date": "2017-02-08",
     "title": "Rockford, Winnebago County handling illegal immigration prudently, sensibly",
     "url": "https://www.rrstar.com/opinion/20170208/rockford-winnebago-county-handling-illegal-immigration-prudently-sensibly"},
    {"file": "d206_wrex.txt", "outlet": "WREX", "date": "2020-03-09",
     "title": "Ogle, Stephenson county sheriffs join lawsuit against IL AG over TRUST Act",
     "url": "https://wrex.com/2020/03/09/ogle-stephenson-county-sheriffs-join-lawsuit-against-il-ag-over-trust-act/"},
    {"file": "d207_nw-illinois-news.txt", "outlet": "NW Illinois News", "date": "2020-03",
     "title": "Sheriffs sue Illinois attorney general over TRUST Act",
     "url": "https://nwillinoisnews.com/stories/528073302-sheriffs-sue-illinois-attorney-general-over-trust-act"},
    {"file": "d208_wttw.txt", "outlet": "WTTW", "date": "2021-10-23",
     "title": "Illinois Way Forward Act Maps New Path for Immigrants",
     "url": "https://news.wttw.com/2021/10/23/illinois-way-forward-act-maps-new-path-immigrants"},
    {"file": "d209_northern-public-radio.txt", "outlet": "Northern Public Radio (WNIJ)", "date": "2024-12-18",
     "title": "Illinois laws create roadblocks but don't stop deportations, expert says",
     "url": "https://www.northernpublicradio.org/wnij-news/2024-12-18/illinois-laws-create-roadblocks-but-dont-stop-deportations-expert-says"},
    {"file": "d210_wttw.txt", "outlet": "WTTW", "date": "2024-11-12",
     "title": "Chicago Will Remain a Sanctuary City, Despite Donald Trump’s Threats, Mayor Brandon Johnson Says",
     "url": "https://news.wttw.com/2024/11/12/chicago-will-remain-sanctuary-city-despite-trump-s-threats-mayor-brandon-johnson-says"},
    {"file": "d211_yucatan-times.txt", "outlet": "The Yucatan Times", "date": "2024-12",
     "title": "Border czar Tom Homan says he will target sanctuary cities",
     "url": "https://theyucatantimes.com/2024/12/border-czar-tom-homan-says-he-will-target-sanctuary-cities/?doing_wp_cron=1735056484.6673910617828369140625"},
    {"file": "d212_sauk-valley-media.txt", "outlet": "Sauk Valley Media (Shaw Local)", "date": "2025-01-21",
     "title": "State law prohibits Sauk Valley-area sheriffs from assisting ICE with mass deportations",
     "url": "https://shawlocal.com/sauk-valley/2025/01/21/state-law-prohibits-sauk-valley-area-sheriffs-from-assisting-ice-with-mass-deportations"},
    {"file": "d213_nbc-chicago.txt", "outlet": "NBC Chicago", "date": "2025-04-10",
     "title": "Gov. J.B. Pritzker called to testify before Congress on sanctuary city laws",
     "url": "https://www.nbcchicago.com/news/local/chicago-politics/gov-j-b-pritzker-called-to-testify-before-congress-on-sanctuary-city-laws/3719547/"},
    {"file": "d214_new-republic.txt", "outlet": "The New Republic", "date": "2025-09-08",
     "title": "Trump’s DHS Gives B.S. Rationale for Launching Chicago Crackdown",
     "url": "https://newrepublic.com/post/200164/dhs-chicago-crackdown-trump-rationale"},
    {"file": "d215_upi.txt", "outlet": "UPI", "date": "2025-09-08",
     "title": "DHS touts 'Operation Midway Blitz' to arrest Chicago 'criminal aliens'",
     "url": "https://mobileposse.com/lookbook/97fEBPJnUZ/dhs-touts-operation-midway-blitz-to-arrest-chicago-criminal-aliens"},
    {"file": "d216_times-examiner.txt", "outlet": "Times Examiner (Worthy News)", "date": "2025-09-10",
     "title": "Trump Administration Launches ‘Operation Midway Blitz’ in Chicago Amid Clash with Illinois Leaders",
     "url": "https://www.timesexaminer.com/news/13898-trump-administration-launches-operation-midway-blitz-in-chicago-amid-clash-with-illinois-leaders"},
    {"file": "d217_washington-digest.txt", "outlet": "Washington Digest", "date": "2025-07-27",
     "title": "Illinois judge dismisses federal lawsuit targeting sanctuary jurisdictions",
     "url": "https://washingtondigest.com/illinois-judge-dismisses-federal-lawsuit-targeting-sanctuary-jurisdictions/page/3"},
    {"file": "d218_patriot-news-daily.txt", "outlet": "Patriot News Daily", "date": "2017-08",
     "title": "Illinois (Republican!) Governor Signs Outrageous Sanctuary Bill",
     "url": "https://patriotnewsdaily.com/illinois-republican-governor-signs-outrageous-sanctuary-bill/"},
    {"file": "d219_wqlz.txt", "outlet": "WQLZ", "date": "2017-08-25",
     "title": "Some Republicans Urging Rauner Not to Sign TRUST Act",
     "url": "http://www.wqlz.com/2017/08/25/some-republicans-urging-rauner-not-to-sign-trust-act/"},
]


# ---------------------------------------------------------------- build
if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d2")
