#!/usr/bin/env python3
"""Dev set, part E (tune; files d500-d519): hand annotations -> tune-e/gold-tune-e.jsonl.

Additional TUNING data for paragraph kinds, speakers and stance, chosen for attributed speech of
varied forms. None of the outlets is an outlet of the held-out part or of the fresh part C, and no
URL is shared with any other part. The annotations follow /work/shared/eval/seeds/NOTES.md (speaker
rules, field conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-D
(see SOURCES-b.md, SOURCES-d.md). They were made by reading the article text only; no analysis code
was looked at or run before they were final and committed.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_e.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, DHS, DOJ, EMANUEL, GOV_OFFICE, ICE, LAW_DEPT, LIGHTFOOT, PRITZKER, RAUNER, SESSIONS

ARTICLES, MANIFEST, GOLD = part_files("tune-e", "gold-tune-e.jsonl")


SISKEL = "Ed Siskel"
CITY = "City of Chicago"
RAMIREZ_ROSA = "Carlos Ramirez-Rosa"
BEALE = "Anthony Beale"
ABUGHAZALEH = "Kat Abughazaleh"
KTHOMPSON = "Katrina Thompson"
BROADVIEW = "Village of Broadview"
QUOTE_CONT = "block quote continuing the statement announced in an earlier line"

# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d500_stay-on-the-black"] = [
    T("headline", "Article headline."),
    C("supports", "Emanuel made clear he will not let Sessions or the Trump administration violate 'fundamental rights': resisting federal pressure on the welcoming city.",
      sp=[S(EMANUEL, "Emanuel")]),
    C("supports", "Emanuel's statement: Chicago 'will not be blackmailed' and will remain a welcoming city.",
      sp=[S(EMANUEL, "Emanuel")]),
    C("neutral", "Teaser of a broadcast segment: Robert Law of FAIR gives a reaction whose words are not on the page.",
      opt=[O("Robert Law", "a lead-in announcing his reaction; his words do not appear", "Robert Law")]),
    C("neutral", "Albuquerque's mayor denied in a letter that his city is a sanctuary and said he works with immigration authorities; about another city, no view on the limits (alternative: opposes, he distances himself from sanctuary status).",
      sp=[S("Richard Berry", "Richard Berry")], amb=True),
    C("neutral", "Timing of Emanuel's suit; 'telegraphed … during an interview' reports that he signalled it, not a position.",
      opt=[O(EMANUEL, "'telegraphed that it was coming' reports a signal, not a stated view", "Emanuel's", "he")]),
    C("supports", "Background on the counties' wins, then 'He' (Emanuel, the subject of the surrounding lines) says the city challenges the administration's 'misguided policies' that threaten residents' safety.",
      sp=[S(EMANUEL, "He")]),
    C("supports", "The city's lawsuit calls the grant conditions 'unauthorized and unconstitutional'; Siskel maintains the DOJ cannot 'commandeer local law enforcement'; the author adds that holds exceed what the Fourth Amendment allows.",
      sp=[S(SISKEL, "Siskel")],
      opt=[O(CITY, "the plaintiff speaking through its lawsuit ('the lawsuit states'); a document, so optional", "the lawsuit")]),
]

ANN["d501_immigration2usa-law"] = [
    C("supports", "What the Act prohibits, then Rauner's statement that Illinois has been welcoming and the bill continues that tradition.",
      sp=[S(RAUNER, "Rauner")]),
]

ANN["d502_nbc-chicago"] = [
    B("tag_list", "Topic tag standing alone ('Donald Trump')."),
    T("headline", "Article headline."),
    C("neutral", "Author's lede: what the bill would do; descriptive."),
    C("neutral", "A spokeswoman for Rauner says when he will sign; no view.",
      sp=[S(GOV_OFFICE, "a spokeswoman for Rauner")]),
    C("supports", "Rauner indicated in a radio interview that he would support the bill, saying it 'seems very reasonable'.",
      sp=[S(RAUNER, "Rauner")]),
    C("neutral", "What the measure prohibits."),
    C("neutral", "The bill was scaled back; what it still allows (communication, criminal warrants, guidance); descriptive."),
    C("neutral", "'Some say' the bill makes Illinois a 'sanctuary state', then a long definition of the term (alternative: opposes, the critics' claim).",
      un=["Some"], amb=True),
]

ANN["d503_cbs-news-chicago"] = [
    T("headline", "Article headline."),
    C("neutral", "Author: the city filed a suit against Sessions challenging the grant rules; a fact."),
    C("supports", "Emanuel said the suit is 'a matter of doing what's right'.",
      sp=[S(EMANUEL, "Rahm Emanuel")]),
    C("neutral", "What Sessions's new rules require (jail access, release notice); descriptive.",
      opt=[O(SESSIONS, "'has announced new rules' describes an official act more than a stated view", "Sessions")]),
    C("supports", "City attorneys said the grant conditions would let agents 'interrogate at will' and force longer holds: criticism of the federal conditions.",
      sp=[S(LAW_DEPT, "City attorneys")]),
    C("supports", "The stakes of the grant; Siskel says it gives crucial support to the police (alternative: neutral, mostly figures).",
      sp=[S(SISKEL, "Ed Siskel")], amb=True),
    C("neutral", "What the Welcoming City Ordinance provides."),
]

ANN["d504_chicago-sun-times"] = [
    B("nav", "Site navigation link ('Our Pledge To You')."),
    B("section_label", "Section label ('City Hall')."),
    T("headline", "Article headline."),
    B("photo_caption", "Photo caption with credit ('| File photos')."),
    B("photo_caption", "Repeat of the photo caption.", dup=3),
    C("neutral", "Author: the city is set to file another suit over withheld grants; a fact."),
    C("supports", "City Law Department officials accuse the feds of tying grants to 'new and unlawful' immigration requirements.",
      sp=[S(LAW_DEPT, "City Law Department officials")]),
    C("supports", "Emanuel: the Trump DOJ should stop 'placing illegal conditions' on grants; Chicago 'will not be bullied' into choosing between its welcoming values and community policing.",
      sp=[S(EMANUEL, "Emanuel")]),
    C("neutral", "The Justice Department did not return messages."),
    C("supports", "According to the city, the feds imposed a 'harboring' condition and extra certification: the city's complaint about the conditions (alternative: neutral, a description).",
      sp=[S(CITY, "the city")], amb=True),
    C("neutral", "History: the first suit in 2017 and what the DOJ ordered; facts."),
]

ANN["d505_chicago-sun-times"] = [
    T("headline", "Article headline."),
    T("dek", "Dek under the headline."),
    B("share", "Share-button text with the headline ('SHARE …')."),
    B("photo_caption", "Photo caption."),
    B("photo_caption", "Second photo caption."),
    B("photo_credit", "Photo credit standing alone ('Sun-Times file')."),
    C("supports", "Lightfoot campaigned on a promise to stop police working with immigration agents by removing the carve-outs: an actor promising not to cooperate with ICE.",
      sp=[S(LIGHTFOOT, "Lori Lightfoot")]),
    C("neutral", "Author: the mayor will deliver 'albeit 20 months late' (alternative: supports, the delivery is welcomed).",
      amb=True),
    C("neutral", "The new committee approved an even stronger version; a procedural fact."),
    B("section_label", "Sidebar label ('La Voz Sidebar')."),
    B("language_link", "Cross-link to the Spanish-language edition."),
    C("supports", "Ramirez-Rosa describes the vote as symbolic, taken on Trump's last full day in office (framing that announces his supportive quote).",
      sp=[S(RAMIREZ_ROSA, "Carlos Ramirez-Rosa")]),
    C("supports", "Ramirez-Rosa: Trump's assault on sanctuary cities failed; 'we are strengthening' the policies.",
      sp=[S(RAMIREZ_ROSA, "Ramirez-Rosa")]),
    C("supports", "The ordinance 'will provide relief' to immigrants like Ozzie Garcia, who said any police contact could raise his risk of deportation.",
      sp=[S("Ozzie Garcia", "Ozzie Garcia", "He")]),
]

ANN["d506_lightfoot-for-chicago"] = [
    C("supports", "Author (campaign site): Chicago became a more 'welcoming city' for immigrants living in fear (alternative: neutral, a lede).",
      amb=True),
    C("supports", "Author: 'another red-letter day' celebrates the vote (alternative: neutral, a one-line transition).",
      amb=True),
    C("neutral", "The 41-8 vote removing the carve-outs, listed; facts."),
    B("source_link", "'Read more:' link to the source story."),
]

ANN["d507_state-of-the-union"] = [
    C("neutral", "The council rejected the non-binding referendum; a fact."),
    C("neutral", "The decision was seen as a victory for Johnson; descriptive."),
    C("neutral", "What the referendum aimed at (spending limits); an inline 'Trending' link inside the line does not change it."),
    C("neutral", "The discussion highlighted concerns about financial impact (alternative: opposes, the author foregrounds the critics' concerns).",
      amb=True),
    C("neutral", "Supporters of the decision (care for migrants) and critics (a distraction) set side by side; balanced.",
      un=["Supporters of the decision", "critics"], amb=True),
    C("neutral", "What the Welcoming City Ordinance provides; 'illegal immigrants' is wording only.",
      amb=True),
    C("opposes", "Beale, pushing the referendum on the sanctuary status, accuses the chair of having 'something up your sleeve' (alternative: neutral, procedure).",
      sp=[S(BEALE, "Anthony Beale")], amb=True),
    C("opposes", "Beale's quote continues (no attribution in the line): colleagues are 'scared' to let the people have a voice on the sanctuary status.",
      sp=[S(BEALE)], amb=True),
    C("opposes", "Beale: are we afraid people will say 'we are spending money frivolously' and going 'in the wrong direction'.",
      sp=[S(BEALE, "he")]),
    C("opposes", "Beale's concession 'I'm all for taking care of people' (no attribution in the line), offered inside his argument.",
      sp=[S(BEALE)], amb=True),
    C("opposes", "Beale: more sympathetic to taxpayers in his community who cannot get resources.",
      sp=[S(BEALE, "he")]),
    C("opposes", "Beale: colleagues 'continued to turn your backs' on taxpayers by blocking the vote.",
      sp=[S(BEALE, "Beale")]),
]

ANN["d508_mystateline"] = [
    C("neutral", "Aldermen voted against letting voters decide on the sanctuary status; a fact."),
    C("neutral", "What the referendum would have done; the vote, per The Center Square.",
      out=["The Center Square"]),
    C("neutral", "Taliaferro: his constituents want to be heard on whether Chicago remains a sanctuary city; wants a vote, takes no side (alternative: opposes).",
      sp=[S("Chris Taliaferro", "Chris Taliaferro")], amb=True),
    C("neutral", "Poll: 70% say housing migrants hurts residents; about migrant housing, not police cooperation.",
      un=["those who responded"]),
    C("neutral", "Poll breakdown by group."),
    C("neutral", "Poll: half say housing migrants made Chicago less safe; migrant housing, not cooperation.",
      un=["respondents"]),
    C("neutral", "Poll: two-thirds want the federal government to act at the border; not about local cooperation.",
      un=["Two-thirds"]),
    C("neutral", "Poll: 'Only 39%' want Chicago to remain a sanctuary city (alternative: opposes, the author's 'Only').",
      un=["respondents"], amb=True),
    C("neutral", "What the ordinance provides (no status questions, no reports to ICE)."),
    C("neutral", "City spending on migrants; a figure."),
    C("neutral", "Migrants bused to 'self-declared' sanctuary cities; slanted wording only.",
      amb=True),
]

ANN["d509_target-news"] = [
    C("opposes", "Author's opening line: sanctuary cities 'face the consequences of their openness' (alternative: title; it stands alone above the text).",
      amb=True),
    C("neutral", "Author: Johnson asserts a commitment to the welcoming status but his bus rules 'contradict this sentiment'; criticism of the mayor over migrant buses, not of police-cooperation limits (alternative: opposes).",
      sp=[S(BJOHNSON, "Johnson")], amb=True),
    C("neutral", "Abbott criticises Johnson for failing to uphold the Welcoming City ordinance while flying migrants in; border figures; blame directed at Abbott. About migrant transport, not local cooperation (alternative: opposes).",
      sp=[S("Greg Abbott", "Greg Abbott")], amb=True),
]

ANN["d510_webtimes-uk"] = [
    T("headline", "Article headline."),
    T("headline_repeat", "Headline repeated.", dup=0),
    C("neutral", "Two councilmen want voters to decide on the sanctuary designation; a fact."),
    C("neutral", "Beale plans a resolution; Napolitano backs it; actions."),
    C("neutral", "Beale told WGN-TV the question should go to the taxpayers; wants a vote, takes no side (alternative: opposes).",
      sp=[S(BEALE, "Beale")], out=["WGN-TV"], amb=True),
    C("neutral", "What the Welcoming City Ordinance means."),
    C("neutral", "When police may detain, according to the ordinance."),
    C("neutral", "Busing from southern states; background."),
    C("neutral", "Record number of buses; figures."),
    C("neutral", "Pacione-Zayas gives the count of buses and flights; no view.",
      sp=[S("Cristina Pacione-Zayas", "Cristina Pacione-Zayas")]),
]

ANN["d511_the-illinoize"] = [
    T("headline", "Article headline."),
    B("photo_caption", "Photo caption with credit."),
    B("subscribe", "Subscriber note with 'click here'."),
    C("opposes", "The DOJ filed suit, arguing the sanctuary policies and laws are illegal (alternative: neutral, the filing as a fact).",
      sp=[S(DOJ, "The Department of Justice")], amb=True),
    C("neutral", "Who the suit names; facts."),
    C("opposes", "The DOJ argues the laws interfere with federal enforcement in violation of the Supremacy Clause.",
      sp=[S(DOJ, "Trump Department of Justice")]),
    C("opposes", "The lawsuit states that Illinois and Chicago officials 'affirmatively thwarting' immigration law released countless criminals; the DOJ speaks through its complaint.",
      sp=[S(DOJ, "the lawsuit")]),
    C("neutral", "The DOJ alleges ICE detained about 13,500 in Illinois; a figure.",
      sp=[S(DOJ, "DOJ")]),
    C("supports", "The Governor's office said the state is following federal law.",
      sp=[S(GOV_OFFICE, "the Governor’s office")]),
]

ANN["d512_the-chicago-today"] = [
    C("neutral", "Protest outside the Broadview facility; the operation draws criticism over its scope; descriptive."),
    T("subhead", "Subhead."),
    C("opposes", "DHS announced the operation against 'criminal illegal aliens'; DHS officials claim sanctuary policies let criminals 'roam free'.",
      sp=[S(DHS, "The Department of Homeland Security", "DHS officials", "DHS")], un=["Federal authorities"]),
    T("subhead", "Subhead."),
]

ANN["d513_patriot-fetch"] = [
    C("neutral", "Author: protest at Broadview, agents deployed tear gas; events."),
    C("neutral", "Protest timeline; some attendees described a 'warzone'; events.",
      un=["some attendees"]),
    C("supports", "Stratton criticised the lack of notice and tweeted that she stands with those defending neighbours 'from the cruelty' at Broadview: criticism of the federal operation (alternative: neutral, about enforcement tactics, not cooperation).",
      sp=[S("Juliana Stratton", "Juliana Stratton", "She")], amb=True),
    C("neutral", "Abughazaleh shoved to the ground; supporters and posts call it an attack; events.",
      un=["her supporters", "Posts on social media"]),
]

ANN["d514_newsnation"] = [
    C("neutral", "Tensions at Broadview; descriptive."),
    C("neutral", "Protesters call for transparency; the facility's role; facts.",
      un=["protesters"]),
    C("neutral", "Encounters and weapons used; descriptive."),
    C("neutral", "Arrests and Noem's visit, per NewsNation sources.",
      un=["NewsNation sources"]),
    C("neutral", "The village spokesperson describes the joint patrol and the arrest counts.",
      sp=[S(BROADVIEW, "the village spokesperson")]),
    C("neutral", "A village spokesperson says Noem came unannounced and Thompson went to the facility to meet her.",
      sp=[S(BROADVIEW, "A village spokesperson", "He")]),
]

ANN["d515_racket-news"] = [
    B("byline", "Editor's-note byline ('A note from Managing Editor …:')."),
    C("neutral", "Protests intensified since the operation began; a fact."),
    C("opposes", "ICE's press release: criminals flocked to Illinois because Pritzker's sanctuary policies would protect them.",
      sp=[S(ICE, "ICE")]),
    C("supports", "Pritzker (spelt 'Prizker') calls ICE enforcement a 'pretext to deploy military troops' and warned of troops on the way: criticism of federal enforcement in the state (alternative: neutral, about troops).",
      sp=[S(PRITZKER, "Prizker")], amb=True),
    C("supports", "Pritzker's X post (spelt 'Pritzer'): record agents, speak up for neighbours, 'we won't stand for it' (alternative: neutral, about enforcement tactics).",
      sp=[S(PRITZKER, "Pritzer")], amb=True),
    C("neutral", "Author: protesters pound on vehicles; a journalist documented it; descriptive."),
]

ANN["d516_the-recruiter-collective"] = [
    C("neutral", "Demonstrators gathered in opposition to the operation; an event.",
      un=["Demonstrators"]),
    C("supports", "At the rally's press conference members of the two organising groups pledged to keep fighting federal immigration operations (alternative: neutral, about raids, not local cooperation).",
      sp=[S("Revcom Corps for the Emancipation of Humanity Chicago", "Revcom Corps for the Emancipation of Humanity Chicago"),
          S("Revolutionary Black Panther Party", "Revolutionary Black Panther Party")], amb=True),
    C("neutral", "Protesters vowed to keep showing up; an event.",
      un=["Protesters"]),
    C("neutral", "One unnamed protester: 'this is all of our fight … They're coming for us all' (alternative: supports).",
      un=["one protester"], amb=True),
    C("supports", "Broadview's mayor sent ICE a letter calling on it to stop what she calls war in her village (alternative: neutral, about tactics).",
      sp=[S(KTHOMPSON, "Katrina Thompson", "she")], amb=True),
    C("neutral", "Thompson says tear gas affects homes and ICE illegally built a gate blocking the fire department; local harm, not cooperation (alternative: supports).",
      sp=[S(KTHOMPSON, "She")], amb=True),
    C("neutral", "Demonstrators camp outside, saying they will not leave; events.",
      un=["Some demonstrators"]),
    C("neutral", "Earlier confrontations; events."),
    C("neutral", "Dozens of arrests; a fact."),
    C("neutral", "Pushback from state and local leaders and rapid response teams, unnamed (alternative: supports).",
      un=["state and local leaders", "community members"], amb=True),
]

ANN["d517_evrim-agaci"] = [
    C("neutral", "Author: the Broadview confrontation; events."),
    C("neutral", "Per CNN, Abughazaleh recounts being thrown to the ground and shot; an account of force, not a view on cooperation (alternative: supports).",
      sp=[S(ABUGHAZALEH, "Kat Abughazaleh", "Abughazaleh")], out=["CNN"], amb=True),
    C("supports", "Abughazaleh told reporters detainees are held for weeks and 'We need to get it shut down' (alternative: neutral, about detention conditions).",
      sp=[S(ABUGHAZALEH, "Abughazaleh")], out=["WBBM", "CNN"], amb=True),
]

ANN["d518_the-nation"] = [
    T("headline", "Article headline."),
    T("dek", "Dek."),
    B("photo_caption", "Photo caption."),
    C("neutral", "Photo credit run into the first paragraph; agents tossing protesters and tear gas; descriptive."),
    C("supports", "Author: Broadview became a testing ground for how the federal government 'could terrorize local communities' and how people fought back (alternative: neutral, about enforcement, not cooperation).",
      amb=True),
    C("neutral", "Bovino's 'reign of terror'; Loomer complained about the tracking groups and Meta shut some down; not about cooperation.",
      sp=[S("Laura Loomer", "Laura Loomer")], amb=True),
]

ANN["d519_midtown-tribune"] = [
    B("timestamp_label", "Archive date label ('Day: December 23, 2025')."),
    B("related_box", "Bulleted entry of the archive list."),
    T("headline", "Article headline."),
    T("headline_repeat", "Headline repeated with a category label appended ('… USA News')."),
    C("neutral", "The DOJ sued, arguing the laws interfere with federal authority; supporters frame them as due-process protections while the DOJ frames them as unconstitutional; balanced.",
      sp=[S(DOJ, "The U.S. Department of Justice", "DOJ")], un=["supporters"], amb=True),
    T("headline", "Headline of the reproduced DOJ press release, first line."),
    T("headline", "Headline of the reproduced DOJ press release, second line."),
    C("opposes", "DOJ press release: the suit challenges an 'unconstitutional attempt to regulate federal law enforcement'; the laws are 'illegal' and threaten officers.",
      sp=[S(DOJ, "the Department of Justice")]),
]

MANIFEST_ENTRIES = [
    {"file": "d500_stay-on-the-black.txt", "outlet": "Stay on the Black (aggregator)", "date": "2017-08",
     "title": "'Sanctuary city' Chicago sues Trump administration",
     "url": "http://stayontheblack.com/2017/08/sanctuary-city-chicago-sues-trump-administration/"},
    {"file": "d501_immigration2usa-law.txt", "outlet": "Immigration2USA Law (law-firm blog)", "date": "2017-08",
     "title": "Rauner signs Illinois TRUST Act (from the URL slug)",
     "url": "https://www.immigration2usalaw.com/blog/2017/08/rauner-signs-illinois-trust-act/"},
    {"file": "d502_nbc-chicago.txt", "outlet": "NBC Chicago", "date": "2017-08",
     "title": "Rauner to Sign Immigration Bill Amid Conservative Backlash",
     "url": "https://www.nbcchicago.com/news/local/rauner-to-sign-illinois-trust-act/22832/"},
    {"file": "d503_cbs-news-chicago.txt", "outlet": "CBS News Chicago", "date": "2017-08-07",
     "title": "Chicago Sues Attorney General Sessions Over Plan To Withhold Funds From Sanctuary Cities",
     "url": "https://cbsnews.com/amp/chicago/news/rahm-emanuel-lawsuit-justice-department-sanctuary-cities"},
    {"file": "d504_chicago-sun-times.txt", "outlet": "Chicago Sun-Times", "date": "2018",
     "title": "City to file 2nd suit against Sessions, Trump DOJ over sanctuary city policies",
     "url": "https://chicago.suntimes.com/news/rahm-emanuel-jeff-sessions-justice-department-immigration-funding-sanctuary-city-lawsuit/"},
    {"file": "d505_chicago-sun-times.txt", "outlet": "Chicago Sun-Times", "date": "2021-01-19",
     "title": "Committee eliminates exceptions to Chicago’s Welcoming City Ordinance",
     "url": "https://chicago.suntimes.com/city-hall/2021/1/19/22238629/immigrants-chicago-federal-ice-immigration-customs-enforcement-welcoming-city-ordinance"},
    {"file": "d506_lightfoot-for-chicago.txt", "outlet": "Lightfoot for Chicago (campaign site; Sun-Times excerpt)", "date": "2021-01",
     "title": "City Council eliminates carve-outs to strengthen Welcoming City ordinance",
     "url": "https://lightfootforchicago.com/city-council-eliminates-carve-outs-to-strengthen-welcoming-city-ordinance/"},
    {"file": "d507_state-of-the-union.txt", "outlet": "State of the Union (stateofunion.org)", "date": "2023-12-19",
     "title": "Chicago leaders take power into their own hands as migrant crisis wreaks havoc (from the URL slug)",
     "url": "https://www.stateofunion.org/2023/12/19/chicago-leaders-take-power-into-their-own-hands-as-migrant-crisis-wreaks-havoc/"},
    {"file": "d508_mystateline.txt", "outlet": "MyStateline (WTVO)", "date": "2023-12-15",
     "title": "Chicago will not allow citizens to vote on whether to keep city's sanctuary status (from the URL slug)",
     "url": "https://www.mystateline.com/news/chicago-will-not-allow-citizens-to-vote-on-whether-to-keep-citys-sanctuary-status/"},
    {"file": "d509_target-news.txt", "outlet": "Target News", "date": "2023-12",
     "title": "Sanctuary cities face the consequences of their openness (first line; no headline on the page)",
     "url": "https://targetnews.org/?p=3335"},
    {"file": "d510_webtimes-uk.txt", "outlet": "WebTimes (aggregator; NewsNation story)", "date": "2023-06",
     "title": "Chicago councilmen want sanctuary city status put to voters",
     "url": "https://webtimes.uk/?p=908195"},
    {"file": "d511_the-illinoize.txt", "outlet": "The Illinoize", "date": "2025-02-06",
     "title": "DOJ Sues Illinois Over Sanctuary Laws",
     "url": "https://theillinoize.com/articles/doj-sues-illinois-over-sanctuary"},
    {"file": "d512_the-chicago-today.txt", "outlet": "The Chicago Today", "date": "2025-09-12",
     "title": "Protesters gather at Broadview ICE facility over Operation Midway Blitz (no headline in the excerpt)",
     "url": "https://thechicagotoday.com/?p=8424"},
    {"file": "d513_patriot-fetch.txt", "outlet": "Patriot Fetch", "date": "2025-09",
     "title": "Chaos at Broadview ICE processing center protest over Operation Midway Blitz (from the URL slug)",
     "url": "https://patriotfetch.com/2025/09/chaos-broadview-ice-processing-center-protest-operation-midway-blitz"},
    {"file": "d514_newsnation.txt", "outlet": "NewsNation", "date": "2025-10",
     "title": "ICE Broadview video: protests in Chicago over immigration (from the URL slug)",
     "url": "https://digital-release.newsnationnow.com/us-news/immigration/ice-broadview-video-protests-chicago-immigration"},
    {"file": "d515_racket-news.txt", "outlet": "Racket News", "date": "2025-09",
     "title": "Activism Uncensored: a return to ICE (from the URL slug)",
     "url": "https://www.racket.news/p/activism-uncensored-a-return-to-ice"},
    {"file": "d516_the-recruiter-collective.txt", "outlet": "The Recruiter Collective (aggregator; WGN story)", "date": "2025-09",
     "title": "Demonstrators rally at Broadview ICE center against Operation Midway Blitz (no headline in the excerpt)",
     "url": "https://therecruitercollective.com/?p=177551"},
    {"file": "d517_evrim-agaci.txt", "outlet": "Evrim Ağacı (English news)", "date": "2025-09",
     "title": "Tear gas and arrests mark Chicago ICE protest clash (from the URL slug)",
     "url": "https://evrimagaci.org/gpt/tear-gas-and-arrests-mark-chicago-ice-protest-clash-501979"},
    {"file": "d518_the-nation.txt", "outlet": "The Nation", "date": "2025-11-20",
     "title": "The Counteroffensive Against Operation Midway Blitz",
     "url": "https://www.thenation.com/article/activism/broadview-ice-cbp-gregory-bovino"},
    {"file": "d519_midtown-tribune.txt", "outlet": "Midtown Tribune", "date": "2025-12-23",
     "title": "DOJ Sues Illinois Gov. J.B. Pritzker and AG Kwame Raoul Over State Immigration Laws",
     "url": "https://midtowntribune.com/2025/12/23"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d5")
