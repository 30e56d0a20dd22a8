#!/usr/bin/env python3
"""Dev set, part ZU (files d4700-d4707): hand annotations -> fresh-zu/gold-fresh-zu.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 8 articles from 8 outlets, all dated 2022-2025 by
their own text (the year split with part ZT), all in English, none of them an outlet of the seeds, no
URL shared with any other part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News
Illinois or Center Square copy. Three outlets are new (Conservative Institute, Instapundit, America's
News Desk); the other five were named or used in earlier parts (stored English pages from new
outlets have run out; the brief allowed this): Illinois Opportunity Project (named in SOURCES-y, -zh,
-zk, not taken there), Sangamon Sun (named in SOURCES-zf), Rockford Sun (named in SOURCES-v), Nadig
Newspapers (used in part Y, another article) and Chicago City Wire (used in part P, another article).
d4700 is national (287(g) agreements); the rest are about Illinois and Chicago.

The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-Y (models: build_gold_s.py and
build_gold_y.py): canonical names from canonical.py where they apply (JB Pritzker, Brandon Johnson,
Lori Lightfoot, Tom Homan, Donald Trump), otherwise the fullest form the article gives, titles
dropped ("ICE Deputy Director Madison Sheahan" -> Madison Sheahan, "Alderman Anthony Napolitano
(41st)" -> Anthony Napolitano, "Ald. Beale" -> Anthony Beale, the full name from the same page's
caption and lede). A quote continuing an attribution keeps the speaker with an empty alias list
(Sheahan after "she continued", d4700 #9; Napolitano's Facebook post running on, d4707 #11);
Lightfoot's quote in d4701 #2 is attributed only by the citation line under it, so it has her as a
core speaker with no alias, and the citation line itself (a Newsweek headline, "Lori Lightfoot Says
Immigrants 'Welcome'") has her as optional (the d2503 headline precedent). "one of its sponsors"
(d4706 #3) is Napolitano, named in the next line. Tweeting, writing a post and 'stated' are speech;
signing legislation, sending a letter, forwarding a resolution and a press release announcing a
count are actions or documents. The generic critics and opponents of d4705 (an unsigned news-network
rewrite; its photo caption names Sen. Dave Syverson, but no line gives him words) are unnamed
sources, not Syverson. Breitbart, Politico, NBC, Newsweek and WGN 720AM only pass words along:
cited outlets. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zu.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, HOMAN, LIGHTFOOT, PRITZKER, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("fresh-zu", "gold-fresh-zu.jsonl")


SHEAHAN = "Madison Sheahan"
NAPOLITANO = "Anthony Napolitano"
BEALE = "Anthony Beale"

NEWSWEEK_HEADLINE = ("Lightfoot's words are reported here only inside the cited Newsweek headline ('Lori Lightfoot Says "
                     "Immigrants ‘Welcome’'); the line is a source citation for the quote above it")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d4700_conservative-institute"] = [
    T("headline", "Headline ('DHS and ICE reach partnership agreements with more than 1,000 state and local law enforcement agencies')."),
    B("byline", "Byline label with no name ('By ')."),
    B("timestamp_label", "Date line (' September 18, 2025')."),
    C("neutral", "Author: 'the hallmarks of the Democrat-led \"sanctuary\" jurisdictions' is refusal or statutory bans on any assistance to immigration enforcement (a description of sanctuary policy in slanted wording; alternative: opposes, the piece sets it against the 'flip side').",
      amb=True),
    C("neutral", "The 287(g) programme: more than 1,000 local agreements with DHS and ICE, 'according to Breitbart' (a count, reported).",
      out=["Breitbart"]),
    C("neutral", "Author: 'a massive change' under Noem compared with about 135 agreements under Mayorkas (figures; no view on local limits stated)."),
    T("subhead", "Subhead ('1,001 immigration enforcement partnership agreements')."),
    C("neutral", "A press release announced at least 1,001 agreements under the 287(g) programme (a document and a count)."),
    C("opposes", "Sheahan ('ICE Deputy Director Madison Sheahan said'): ICE is 'multiplying partnerships with state and local law enforcement to remove the worst of the worst' (local cooperation with ICE promoted).",
      sp=[S(SHEAHAN, "Madison Sheahan")]),
    C("opposes", "Sheahan ('she continued'): a new reimbursement programme for local law enforcement 'who partner with DHS to make America safe again' (cooperation urged; alternative: neutral, about funding).",
      sp=[S(SHEAHAN)], amb=True),
    C("opposes", "Sheahan ('Sheahan added'): 'We encourage all state and local law enforcement agencies to sign a 287(g) agreement now ... part of a national effort to ensure the safety of every American family.'",
      sp=[S(SHEAHAN, "Sheahan")]),
]

ANN["d4701_instapundit"] = [
    B("timestamp_label", "Post date ('September 6, 2022')."),
    T("subhead", "The post's own label ('HOW IT STARTED:'), no claim of its own."),
    C("supports", "Lightfoot's quoted words (attributed by the citation line below): 'We are a city that is a sanctuary city ... truly a welcoming community for those immigrants'.",
      sp=[S(LIGHTFOOT)]),
    C("supports", "Citation line: the Newsweek headline 'Chicago Mayor-elect Lori Lightfoot Says Immigrants ‘Welcome’ Despite Donald Trump’s Remarks on Sanctuary Cities' (her pro-sanctuary stance, reported; alternative: neutral, a bare source citation).",
      opt=[O(LIGHTFOOT, NEWSWEEK_HEADLINE, "Lori Lightfoot")], out=["Newsweek"], amb=True),
    C("opposes", "Author: 'How it’s going: Chicago Asking for Help After Texas Sends Over…100 Migrants to IL.' (the ironic contrast mocks the sanctuary boast; alternative: neutral, a quoted headline about migrant arrivals).",
      amb=True),
    B("source_credit", "Source credit for the quoted headline ('—Julio Rosas, Townhall, today.')."),
]

ANN["d4702_americas-news-desk"] = [
    T("headline", "Headline ('Tom Homan Lets Chicago Know What’s Coming')."),
    B("photo_credit", "Photo credit with a Wikimedia link ('[Photo Credit: By U.S. Customs and Border Protection ...]')."),
    C("neutral", "Homan, in a speech to Chicago Republicans, 'emphasized' the intent to apply immigration laws and 'noted' that U.S.-born children could be affected (immigration enforcement in general, not local cooperation).",
      sp=[S(HOMAN, "Tom Homan", "Homan")]),
    C("neutral", "Homan ('Homan remarked, according to Politico'): 'When you have a child, that’s on you ... My goal is to enforce the law' (about family separation, not local cooperation).",
      sp=[S(HOMAN, "Homan")], out=["Politico"]),
    C("neutral", "Trump ('On NBC’s Meet the Press, Trump acknowledged'): 'We have to do something about the Dreamers'; the author contrasts it with Homan's harder line (about Dreamers and deportations, not local cooperation).",
      sp=[S(TRUMP, "Trump")], out=["NBC"]),
]

ANN["d4703_illinois-opportunity-project"] = [
    B("timestamp_label", "Date line ('October 3, 2023')."),
    B("byline", "Byline ('By: Katie Clancy')."),
    C("opposes", "Author: 'Democrat led states and cities ... are now eating their words as the crisis at the southern border comes to their front doorstep' (the sanctuary declarations mocked; alternative: neutral, about migrant arrivals).",
      amb=True),
    C("supports", "Pritzker ('Gov. Pritzker tweeted') in 2018: 'I’ll stand up for sanctuary cities and make Illinois a welcoming place'.",
      sp=[S(PRITZKER, "Pritzker")]),
    C("neutral", "Pritzker 'signed legislation' titled 'Further Establishing Illinois as the Most Welcoming State in the Nation' (an action and a title; alternative: supports, the welcoming label).",
      amb=True),
    C("supports", "Johnson ('then-candidate Brandon Johnson for Mayor tweeted'): 'Chicago must lead with and live by the promise to be a sanctuary city ... Immigrants are welcome here.'",
      sp=[S(BJOHNSON, "Brandon Johnson")]),
    C("opposes", "Author: facing a '$1 billion price tag' and '$31 million a month', Pritzker and Johnson are 'stuck with a crisis that they preferred to manage by press releases and feel good tweets' (the cost of their sanctuary stance)."),
    C("neutral", "Pritzker 'sent a letter' to Biden asking for federal funds for the busloads of migrants (an action)."),
    C("neutral", "Pritzker ('Pritzker also stated'): 'Allowing just one state to lay the burden upon a certain few states run by Democrats is untenable' (burden-sharing, nothing on local cooperation; alternative: opposes, offered as the author's evidence against him).",
      sp=[S(PRITZKER, "Pritzker")], amb=True),
    C("opposes", "Author: 'when he declared Illinois a sanctuary state, did it ever occur to him that someone would actually take him up on his declarations? ... just for good public relations?'"),
    C("opposes", "Author: 'Illinois residents are suffering the consequences as state dollars are strained and law enforcement officials remain overwhelmed'."),
    C("opposes", "Author: 'No cash bail, sanctuary status, and ballooning pension debt, what could go wrong?' (sanctuary status listed among failures)."),
]

ANN["d4704_sangamon-sun"] = [
    B("site_chrome", "Tracker label left in the page text ('Quantcast')."),
    B("site_name", "Site name ('Sangamon Sun')."),
    B("timestamp_label", "Date line ('Wednesday, May 8, 2024'; the page's display date, later than the story's own time references)."),
    T("headline", "Headline ('Illinois as a Sanctuary State is Costing Taxpayers Billions')."),
    B("image_filename", "Image file name ('Webp qmpr465eseiy62ry7r4tctz8vq9z')."),
    B("photo_credit", "Photo caption and credit ('State Representative Wayne Rosenthal (IL) | ...')."),
    B("photo_credit", "The same caption and credit repeated.", dup=5),
    C("opposes", "Author: the TRUST Act made Illinois 'a sanctuary state' and bars cooperation with federal authorities; 'the consequences of this policy are now becoming apparent'."),
    C("opposes", "Author: the border crisis is 'felt in Illinois'; 'The cost to taxpayers is staggering, reaching nearly $3 billion annually' (the cost case against sanctuary status, under the headline; alternative: neutral, border figures).",
      amb=True),
    C("neutral", "Democratic leaders in Illinois 'have reached out to the White House' and call for federal action; the influx 'has reached a crisis point' (reported requests and a description).",
      un=["Democratic leaders in Illinois"]),
    C("neutral", "Figures: 18,500 arrivals in 15 months, 2,900 on police-station floors, a projected $361 million cost to Chicago in 2023 (facts; alternative: opposes, the cost framing).",
      amb=True),
]

ANN["d4705_rockford-sun"] = [
    B("site_chrome", "Tracker label left in the page text ('Quantcast')."),
    B("site_name", "Site name ('Rockford Sun')."),
    B("timestamp_label", "Date line ('Tuesday, June 17, 2025')."),
    T("headline", "Headline ('Governor Pritzker's sanctuary policies face criticism during Washington testimony')."),
    B("image_filename", "Image file name ('Webp pk0gpjcwcsemsdvbe6omm3ic9g5f')."),
    B("photo_credit", "Photo caption and credit ('State Senator Dave Syverson | Illinois General Assembly')."),
    B("photo_credit", "The same caption and credit repeated.", dup=5),
    C("opposes", "Critics ('Critics argue') that Pritzker 'intensified' sanctuary policies, limiting law enforcement and 'transforming Illinois into a refuge for criminal illegal immigrants'.",
      un=["Critics"]),
    C("opposes", "Opponents ('some opponents claim'): 'Pritzker hasn’t just embraced dangerous sanctuary policies, he has supercharged them'; the policies 'strip law enforcement of necessary tools'.",
      un=["some opponents"]),
    C("opposes", "Local police barred from cooperating without a federal criminal warrant: 'That’s not public safety. That’s reckless,' according to those who oppose these measures.",
      un=["those who oppose these measures"]),
    C("opposes", "Concerns about the Attorney General's new powers to investigate departments that cooperate with immigration enforcement; 'Opponents view this as an attack on law enforcement'.",
      un=["Opponents"]),
    C("opposes", "'some argue' resources went to 'free healthcare and benefits for illegal immigrants while \"everyday Illinoisans are left behind\"' (spending rather than local cooperation; alternative: neutral).",
      un=["some"], amb=True),
    C("opposes", "Critics ('say critics'): 'This isn’t compassion, it’s betrayal' (continues the criticism of Pritzker's sanctuary agenda; alternative: neutral, about his priorities in general).",
      un=["critics"], amb=True),
    B("related_box", "Link-box label ('MORE NEWS')."),
]

ANN["d4706_nadig-newspapers"] = [
    T("headline", "Headline ('Ald. Napolitano says proposed sanctuary city referendum may not get City Council vote, as some members want to avoid the issue')."),
    B("byline", "Byline ('by BRIAN NADIG')."),
    C("neutral", "The referendum resolution on keeping Chicago's sanctuary status could be decided at a special meeting on Nov. 2 (status report)."),
    C("opposes", "Supporters want a full-council vote; 'one of its sponsors says' (Napolitano, named next) Johnson's administration and allies are blocking it (the push for a vote on the sanctuary status; alternative: neutral, about procedure).",
      sp=[S(NAPOLITANO, "one of its sponsors")], un=["Supporters of the resolution"], amb=True),
    C("neutral", "Napolitano ('Alderman Anthony Napolitano (41st) said'): 'It’s b.s. ... undemocratic' maneuvers; 'He added' the council is 'overrun by socialists and progressives' (about procedure and the council; alternative: opposes, a referendum backer attacking its blockers).",
      sp=[S(NAPOLITANO, "Anthony Napolitano")], amb=True),
    C("neutral", "Napolitano ('Napolitano said'): the three-referendum limit is being used to leave no room for the sanctuary question (procedure).",
      sp=[S(NAPOLITANO, "Napolitano")]),
    C("neutral", "Napolitano ('Napolitano said') on the flooding referendum: 'You don’t need a referendum for that ... Just do it.' (about another question).",
      sp=[S(NAPOLITANO, "Napolitano")]),
    C("neutral", "The two other proposed referenda (mental health clinics, a transfer tax for the homeless)."),
    C("neutral", "Napolitano ('said Napolitano, a sponsor of the resolution'): a vote would put members on record, and some want to avoid that (about the council's tactics).",
      sp=[S(NAPOLITANO, "Napolitano")]),
    C("opposes", "Napolitano ('said Napolitano'): colleagues are 'fearful of their (constituents) telling them they made the wrong decision' (backing sanctuary status cast as the wrong decision); he has voted against resolutions affirming it (alternative: neutral, about accountability).",
      sp=[S(NAPOLITANO, "Napolitano")], amb=True),
]

ANN["d4707_chicago-city-wire"] = [
    B("site_chrome", "Tracker label left in the page text ('Quantcast')."),
    B("site_name", "Site name ('Chicago City Wire')."),
    B("timestamp_label", "Date line ('Saturday, November 23, 2024'; the page's display date, later than the 2023 story)."),
    T("headline", "Headline ('Two aldermen call for referendum on Chicago's sanctuary city status')."),
    B("image_filename", "Image file name ('Webp aldermen 3')."),
    B("photo_credit", "Photo caption and credit ('Aldermen Anthony Napolitano (left) and Anthony Beale | ...')."),
    B("photo_credit", "The same caption and credit repeated.", dup=5),
    C("neutral", "Two aldermen want voters to decide whether Chicago remains a 'so-called \"sanctuary city\"' (a proposal, reported)."),
    C("neutral", "Beale and Napolitano 'have forwarded a resolution' for a referendum on the March 19 ballot (an action)."),
    C("neutral", "The ballot question: 'Should the City of Chicago continue to keep it's designation as a Sanctuary City?' (the text of the proposal)."),
    C("opposes", "Napolitano ('On Facebook, Ald. Napolitano wrote'): residents 'can decide' on sanctuary status; his ordinance requires aldermanic approval for 'illegal-immigrant housing' (his case for the referendum; alternative: neutral, a description of the measures).",
      sp=[S(NAPOLITANO, "Napolitano")], amb=True),
    C("opposes", "Napolitano's post continued: 'The illegal-immigrant crisis is quickly spiraling out of control, and the hardworking residents of Chicago are left holding the bag.'",
      sp=[S(NAPOLITANO)]),
    C("opposes", "Beale ('Ald. Beale told WGN 720AM'): the sanctuary designation came from 'a different time and different era'; unfair that his ward is denied benefits while millions go to 'illegal migrants'.",
      sp=[S(BEALE, "Beale")], out=["WGN 720AM"]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d4700_conservative-institute.txt", "outlet": "Conservative Institute (conservativeinstitute.org)", "date": "2025-09-18",
     "title": "DHS and ICE reach partnership agreements with more than 1,000 state and local law enforcement agencies",
     "url": "https://conservativeinstitute.org/conservative-news/dhs-ice-partnership-more-1000-state-local-agencies.htm"},
    {"file": "d4701_instapundit.txt", "outlet": "Instapundit (instapundit.com, blog post)", "date": "2022-09-06",
     "title": "HOW IT STARTED / How it's going (descriptive; the post has no headline in the stored text)",
     "url": "https://instapundit.com/541142/"},
    {"file": "d4702_americas-news-desk.txt", "outlet": "America's News Desk (americasnewsdesk.com)", "date": "2024-12-11",
     "title": "Tom Homan Lets Chicago Know What’s Coming",
     "url": "https://americasnewsdesk.com/2024/12/11/tom-homan-border-czar-immigration-enforcement-chicago"},
    {"file": "d4703_illinois-opportunity-project.txt", "outlet": "Illinois Opportunity Project (illinoisopportunity.org, blog; outlet named before, parts Y, ZH, ZK)", "date": "2023-10-03",
     "title": "The Reality of Press Release Politics (from the URL slug; no headline in the stored text)",
     "url": "https://www.illinoisopportunity.org/the-reality-of-press-release-politics/"},
    {"file": "d4704_sangamon-sun.txt", "outlet": "Sangamon Sun (sangamonsun.com; outlet named before, part ZF)", "date": "2023",
     "title": "Illinois as a Sanctuary State is Costing Taxpayers Billions",
     "url": "https://sangamonsun.com/stories/650700594-illinois-as-a-sanctuary-state-is-costing-taxpayers-billions"},
    {"file": "d4705_rockford-sun.txt", "outlet": "Rockford Sun (rockfordsun.com; outlet named before, part V)", "date": "2025-06",
     "title": "Governor Pritzker's sanctuary policies face criticism during Washington testimony",
     "url": "https://rockfordsun.com/stories/673150504-governor-pritzker-s-sanctuary-policies-face-criticism-during-washington-testimony"},
    {"file": "d4706_nadig-newspapers.txt", "outlet": "Nadig Newspapers (nadignewspapers.com; outlet seen before, part Y)", "date": "2023",
     "title": "Ald. Napolitano says proposed sanctuary city referendum may not get City Council vote, as some members want to avoid the issue",
     "url": "https://nadignewspapers.com/ald-napolitano-says-proposed-sanctuary-city-referendum-may-not-get-city-council-vote-as-some-members-want-to-avoid-the-issue/"},
    {"file": "d4707_chicago-city-wire.txt", "outlet": "Chicago City Wire (chicagocitywire.com; outlet seen before, part P)", "date": "2023",
     "title": "Two aldermen call for referendum on Chicago's sanctuary city status",
     "url": "https://chicagocitywire.com/stories/649759378-two-aldermen-call-for-referendum-on-chicago-s-sanctuary-city-status"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d47")
