#!/usr/bin/env python3
"""Dev set, part X (files d2400-d2409): hand annotations -> fresh-x/gold-fresh-x.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 10 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy (d2402 borrows one sentence of figures that the Tribune also printed; see SOURCES-x.md). Three
articles are not about an Illinois place: d2401 (a Kentucky policy group's commentary on Chicago's
lawsuit, so its subject is Chicago), d2404 (Lake County, Florida) and d2406 (a national podcast page
whose subject is Chicago). The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules,
field conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-W (models:
build_gold_s.py, build_gold_w.py): canonical names from canonical.py where they apply (Brandon Johnson,
Rahm Emanuel, Jeff Sessions, Tom Homan, Kristi Noem, Donald Trump, City of Chicago), otherwise the
fullest form the article gives, titles dropped ("Sheriff Peyton Grinnell" -> Peyton Grinnell,
"sheriff’s Lt. John Herrell" -> John Herrell, "Board Member Rob Arnold" -> Rob Arnold). A person
speaking for an organisation is the person only; an organisation speaking as itself is a speaker (the
City of Chicago as the source of a figure, "according to the city", d2402 #5). The author of a signed
piece named only in its byline (Richard Nelson, d2401) is an optional speaker of its argument line
(the d1800 Herrera, d1902 Irvin and d2304 Olapade precedent). Pages that speak in an organisation's
own voice with no named author (AILA Chicago's action alert d2400, the Keep Families Together
campaign page d2403) are the author's voice and carry no speaker. A quote continuing an attribution
keeps the speaker with an empty alias list (d2409 #6, "he insisted"); a bare quote line with no
attribution of its own is an optional speaker (d2409 #7). Signing an executive order, proposing or
passing a resolution, signing an agreement with ICE, suing and voting are actions; executive orders,
resolutions and bills are documents. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_x.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, CHICAGO, EMANUEL, HOMAN, NOEM, SESSIONS, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("fresh-x", "gold-fresh-x.jsonl")


NELSON = "Richard Nelson"
GRINNELL = "Peyton Grinnell"
HERRELL = "John Herrell"
LUCHTEFELD = "Karen Luchtefeld"
FOSTER = "Lloyd Foster"
ARNOLD = "Rob Arnold"
BUTLER = "Daniel J. Butler"
BERKOWICZ = "Julie Berkowicz"

BYLINE_AUTHOR = ("the commentary's author, named only in the byline ('By Richard Nelson'); the line is the "
                 "author's own voice, not attributed speech")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d2400_aila-chicago"] = [
    B("site_name", "Organisation name ('American Immigration Lawyers Association')."),
    B("site_name", "Chapter name, second line of the masthead ('Chicago Chapter')."),
    T("headline", "Post headline ('Action Alert — May 3, 2017')."),
    C("neutral", "Author's greeting ('Happy Advocacy Wednesday!'); no claim."),
    C("supports", "Author (the chapter's alert): 'good news' that the TRUST Act is coming back; asks readers to call their senator and 'urge him/her to support the Illinois TRUST Act (SB 31)'."),
    C("neutral", "Author's pointer to a lookup link ('here is a quick link to find out:'); no claim."),
    C("neutral", "Author's transition to the attached fact sheets ('some of the basics'); no claim."),
    B("attachment_link", "Attachment link text ('Two Page Version')."),
    B("attachment_link", "Attachment link text ('One Page Version')."),
    T("subhead", "Fact-sheet heading naming the bill and its sponsors ('Illinois TRUST Act (SB 31-J. Cullerton / HB 3099-Hernandez)')."),
    C("supports", "Author (fact sheet): the Act 'sets reasonable, constitutional limits' on police interaction with ICE and 'fosters trust' between police and immigrant communities."),
    T("subhead", "Fact-sheet heading ('Major provisions')."),
    C("neutral", "Provision described: no deputizing of local police; no immigration enforcement without a judge's warrant (what the bill provides; alternative: supports, a selling point in an advocacy alert).",
      amb=True),
    C("neutral", "Provision described: deadlines and standards for U-visa certifications for immigrant crime victims (what the bill provides)."),
    C("neutral", "Provision described: no local part in discriminatory registry programs such as a potential Muslim registry (what the bill provides)."),
]

ANN["d2401_commonwealth-policy-center"] = [
    T("headline", "Headline ('Chicago Sues Over Sanctuary City Crackdown')."),
    B("byline", "Byline ('By Richard Nelson')."),
    B("timestamp_label", "Date line ('August 17, 2017')."),
    C("opposes", "Author: Sessions's demand for 48 hours' notice is 'a reasonable request' that Chicago refuses; cities that refuse to comply 'become lawless themselves' and make it 'less safe for all of us'. Sessions 'is demanding' (a stated position); his withholding of grants and Chicago's suing are actions.",
      sp=[S(SESSIONS, "Jeff Sessions", "Sessions")], opt=[O(NELSON, BYLINE_AUTHOR)]),
]

ANN["d2402_chicago-financial-times"] = [
    T("headline", "Headline ('ChiTalk – Chicago as a Sanctuary City')."),
    B("timestamp_label", "Date fragment ('on Oct6')."),
    B("timestamp_label", "Date line ('6 October 2017 | 7:47 pm')."),
    T("headline_repeat", "The headline repeated.", dup=0),
    C("supports", "Author's introduction: sanctuary status 'has allowed many immigrants ... to feel safe and not threatened by deportation'; Trump 'believes that all sanctuary cities should stop' and funding be withdrawn (alternative: neutral, an introduction that calls the topic 'pretty controversial').",
      opt=[O(TRUMP, "'believes' is the author's summary of Trump's position, with no quote or speech verb", "Trump")], amb=True),
    C("supports", "Emanuel ('claiming') it is illegal to withhold public-safety grants; the grant figure 'according to the city'; author: a sanctuary state 'doesn’t allow criminals to live among us', those with criminal backgrounds 'aren’t “safe”' (denies the harm on the policy's behalf).",
      sp=[S(EMANUEL, "Rahm Emanuel"), S(CHICAGO, "the city")]),
    C("neutral", "The interviewer's line ('Chicago News:'): a definition of a sanctuary city, the funding threat, and the question 'What are your feelings ...?' (no view)."),
]

ANN["d2403_keep-families-together"] = [
    B("site_chrome", "Skip link ('top of page')."),
    T("headline", "Page heading ('LEARN MORE')."),
    T("subhead", "Section heading ('Welcoming Cities:')."),
    T("subhead", "Section heading ('What does a welcoming city ordinance NOT do:')."),
    C("neutral", "Campaign page (author): an ordinance would not stop deportations or raids; it 'just prevents city resources from being used to help those operations' (the limits of the policy; alternative: supports, reassurance that answers objections).",
      amb=True),
    C("supports", "Campaign page (author): an ordinance 'would not violate federal immigration laws'; local officials only stay out of voluntary programs (defends the legality of the limits)."),
    C("neutral", "Campaign page (author): an ordinance would not give lawful status; only the federal government can (a limit stated)."),
    T("subhead", "Section heading ('WHAT IS A WELCOMING CITY ORDINANCE?')."),
    C("supports", "Campaign page (author): 'The ordinance we are proposing for Bloomington-Normal would...' (the author's own proposal announced; alternative: neutral, a lead-in to the list).",
      amb=True),
    C("neutral", "Proposal item: no local resources to aid immigration enforcement (what the proposed ordinance would do)."),
    C("neutral", "Proposal sub-item: no stopping or holding anyone on immigration status (a provision)."),
    C("neutral", "Proposal sub-item: no help to ICE with surveillance or raids (a provision)."),
    C("neutral", "Proposal item: the city not to collect information on residents' status (a provision; the page's slip 'on the on status' kept)."),
    C("supports", "Proposal item: U-visa certifications, 'instrumental in building trust between crime victims and police' (the trust argument; alternative: neutral, a provision described).",
      amb=True),
    C("neutral", "Proposal item: train police to weigh the risk of deportation when deciding to arrest (a provision)."),
    B("read_more", "Link text ('The full text of our proposed ordinance can be found here')."),
    T("subhead", "Section heading ('Why is it important that we pass an ordinance?'); its first bullet was cut by the excerpt."),
]

ANN["d2404_daily-commercial"] = [
    T("kicker", "Kicker above the headline ('No sanctuary')."),
    T("headline", "Headline ('Sheriff's Office agrees to hold undocumented lawbreakers for ICE')."),
    B("byline", "Byline with e-mail ('Frank Stanfield / frankstanfield@dailycommercial.com')."),
    B("photo_caption", "Photo caption with credit ('A cell block of the Lake County Detention Center. [Daily Commercial file]')."),
    C("opposes", "Author's lede: 'Make no mistake about it: Lake County is NOT a “sanctuary” county' (emphatic framing against sanctuary status; alternative: neutral, the county's status stated).",
      amb=True),
    C("neutral", "The Sheriff's Office signed an agreement with ICE to hold undocumented criminals for deportation (an action)."),
    C("neutral", "Background: the first detainer holds since a 2014 federal ruling banned the practice."),
    C("neutral", "Background: some cities, especially in California, declared themselves sanctuary cities and refuse ICE holds."),
    C("neutral", "Background: Larry Metz's failed bill to make sanctuary cities in Florida illegal, and his appointment as a judge (actions)."),
    C("opposes", "Grinnell ('said in a press release'): 'a tremendous benefit'; the ability to 'turn violent criminal aliens over' to ICE and get them 'off our streets' (for working with ICE).",
      sp=[S(GRINNELL, "Peyton Grinnell")]),
    C("neutral", "Herrell ('said'): ICE decides whom to deport; jails may hold people 48 hours after the paperwork arrives (procedure).",
      sp=[S(HERRELL, "John Herrell")]),
]

ANN["d2405_effingham-daily-news"] = [
    B("site_name", "Host site greeting ('Welcome to the Senate Republican Press Search.')."),
    B("site_chrome", "Host page label ('View Article Details')."),
    T("headline", "Headline ('Effingham County considering 'immigrant sanctuary' resolution')."),
    B("source_label", "Source label naming the newspaper ('Effingham Daily News')."),
    B("timestamp_label", "Date and type line ('Tuesday, July 10, 2018  |  Article  |  ')."),
    B("tag_list", "Host's subject tags ('Immigration (99a) , Local Government (60)')."),
    C("neutral", "The board's lone Democrat proposed a resolution making the county a sanctuary for immigrant families (an action)."),
    C("neutral", "Background: Luchtefeld's resolution follows the board's gun and unborn 'sanctuary' resolutions, which she opposed (votes, actions)."),
    C("neutral", "The gun resolution drew national attention; Luchtefeld's proposal died for lack of a second (facts)."),
    C("supports", "Luchtefeld ('said'): the resolution rests on the Catholic bishops' call to stand against separating immigrant children from their families (the case for her sanctuary resolution; alternative: neutral, about family separation rather than local cooperation).",
      sp=[S(LUCHTEFELD, "Luchtefeld")], amb=True),
    C("neutral", "Foster ('questioned', 'said') whether the status covers legal or illegal immigrants; Arnold ('said') he would consider it if that were spelled out (questions and a conditional opening; alternative: opposes, doubts about the proposal).",
      sp=[S(FOSTER, "Lloyd Foster", "Foster"), S(ARNOLD, "Rob Arnold")], amb=True),
    C("opposes", "Arnold ('Arnold said'): 'I can’t support an illegal act'; an illegal alien 'has not followed the proper procedures' (against sanctuary for people here illegally; alternative: neutral, 'I wouldn’t be opposed' if defined).",
      sp=[S(ARNOLD, "Arnold")], amb=True),
    C("supports", "Luchtefeld ('said', 'urged'): unsure about the bishops' scope, she urged members to consider the Church's standpoint (presses for her resolution).",
      sp=[S(LUCHTEFELD, "Luchtefeld")]),
    C("supports", "Luchtefeld ('Luchtefeld said'): 'All the churches and all the bishops are asking us to support these families'.",
      sp=[S(LUCHTEFELD, "Luchtefeld")]),
]

ANN["d2406_crooked-media"] = [
    T("headline", "Page title with the site name ('Chicago Caught In The Trump Administration's Crosshairs | Crooked Media')."),
    B("promo_banner", "Event promotion, twice ('Crooked Con: New Venue, More Tickets, More Guests! Learn More ...')."),
    B("timestamp_label", "Date line ('September 01, 2025')."),
    B("section_label", "Show name ('What A Day')."),
    T("headline_repeat", "The episode headline without the site name (not an exact duplicate of #0)."),
    T("subhead", "Section heading ('In This Episode')."),
    C("supports", "Episode summary (author): a major ICE operation is planned; per Homan ('According to') the White House may use a Naval base; Trump's 'threats to federally invade cities'; Johnson 'is not having it' and ordered local police 'not to cooperate' with troops or federal agents (alternative: neutral, mostly a news summary in which the order is an action).",
      sp=[S(HOMAN, "Tom Homan")], amb=True),
    C("neutral", "Headline round-up (Congress back, a judge blocks deportations of migrant children to Guatemala, Labor Day protests); nothing on local cooperation."),
    B("section_label", "Section label ('Show Notes:')."),
    B("social_link", "Social link ('Follow us on Instagram – https://www.instagram.com/crookedmedia/')."),
    B("section_label", "Section label ('TRANSCRIPT'); the transcript's first line was cut by the excerpt."),
]

ANN["d2407_conservative-coalition"] = [
    C("opposes", "Author: Johnson's 'ICE-free zones' order is 'a dereliction of duty' that hands 'a safe harbor to criminals'; 'grandstanding' (the order is a document, Johnson's signing an action)."),
    C("opposes", "Noem ('call out', 'pointed to', 'warned', 'demanded'): local leaders 'block sensible cooperation with ICE', detainers refused at 'alarming rates'; author: 'Conservatives should applaud Noem'.",
      sp=[S(NOEM, "Kristi Noem", "Noem")]),
    C("opposes", "Author: federal arrests are real results; local politicians who 'hide behind slogans' are 'abandoning their constituents' (Noem's joining agents is an action)."),
    C("opposes", "Author: business owners live with 'the consequences of lawlessness and the fear that comes from permissive, sanctuary-style policies'; Johnson's 'rhetoric' hurts them."),
]

ANN["d2408_beecher-local"] = [
    B("image_alt", "Image file name ('Screenshot 2025-10-10 at 12.05.55 PM')."),
    T("headline", "Headline ('Will County Board Committee Passes Contentious ‘Live and Work Without Fear’ Resolution on 4-3 Vote')."),
    B("share_label", "Share prompt ('Spread the love')."),
    T("dek", "Label naming the meeting the article covers ('Will County Legislative Committee Meeting October 7, 2025')."),
    C("neutral", "Summary: the committee narrowly passed the resolution after a heated debate; it 'drew accusations of being inflammatory' (the vote and the dispute reported)."),
    T("subhead", "Section heading ('“Live and Work Without Fear” Resolution Key Points:')."),
    C("neutral", "Key point: Resolution 25-3117 affirms protections regardless of status and calls for policies barring enforcement in sensitive locations (the resolution described; passing is an action)."),
    C("opposes", "Butler and Berkowicz ('strongly opposed', 'calling its claims') the measure 'reckless and dangerous' and 'not truthful' (against the county's stand against immigration enforcement; alternative: neutral, a dispute over facts about sensitive locations rather than local police cooperation).",
      sp=[S(BUTLER, "Daniel J. Butler"), S(BERKOWICZ, "Julie Berkowicz")], amb=True),
    C("neutral", "Key point: the amendment asking that ICE officers be identifiable and unmasked was approved (an action)."),
    C("neutral", "Key point: the 4-3 vote and nearly 300 public comments (facts)."),
    C("neutral", "The committee approved a resolution on protecting residents from profiling and 'aggressive immigration enforcement' by 4-3 (an action, reported)."),
]

ANN["d2409_legal-insurrection"] = [
    T("headline", "Headline ('Why the Chicago Mayor’s ‘ICE-Free Zones’ Executive Order Is Doomed to Fail')."),
    T("dek", "Dek: an unattributed pull quote ('They gave a stand down order in Chicago ... But they have refused.'); if read as content, opposes (police refusing to help federal agents).",
      amb=True),
    C("opposes", "Author: 'Two days after Chicago activists used their cars to ram ICE vehicles', Johnson signed the 'ICE-free zones' order (hostile framing of the order; the signing is an action; alternative: neutral, the order reported).",
      amb=True),
    C("supports", "Johnson ('the Marxist mayor said'): he is acting to 'rein in this out of control administration'; city property 'will no longer serve as staging grounds for these raids' (non-cooperation; the slur is the author's wording).",
      sp=[S(BJOHNSON, "the Marxist mayor")]),
    C("supports", "Johnson ('Johnson demanded'): 'The Trump administration must end the war on Chicago' (criticises the federal pressure on the city; alternative: neutral, about the federal surge in general).",
      sp=[S(BJOHNSON, "Johnson")], amb=True),
    C("neutral", "Johnson ('added a new claim'): the 'extreme right' still refuses to accept the Civil War's outcome (nothing on local cooperation; alternative: opposes, the author mocking him).",
      sp=[S(BJOHNSON, "Johnson")], amb=True),
    C("neutral", "Johnson (continues, 'he insisted'): 'build greater resistance'; militarizing troops in Chicago 'will not be tolerated' (about troops, not local cooperation; alternative: supports, resistance to the federal surge).",
      sp=[S(BJOHNSON)], amb=True),
    C("neutral", "A bare quote line ('The right wing in this country wants a rematch of the Civil War.'), Johnson's by context (nothing on local cooperation).",
      opt=[O(BJOHNSON, "a bare quote with no attribution in the line; Johnson's only by the lines around it")]),
    C("neutral", "Author: the 'right wing' fought to abolish slavery and won, so why want a rematch (a rebuttal about history; alternative: opposes, mocking Johnson).",
      amb=True),
    C("supports", "Johnson ('threatened', 'warned'): legal action if the administration violates his order; Trump to leave Chicago 'the freak alone' (defends the order against federal pressure).",
      sp=[S(BJOHNSON, "Johnson")]),
    C("opposes", "Author: Johnson's rhetoric 'only reinforced' why his approval fell into the single digits (political consequences as criticism of his stand; alternative: neutral, about Johnson rather than the policy).",
      amb=True),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d2400_aila-chicago.txt", "outlet": "AILA Chicago (ailachicago.org; the Chicago Chapter of the American Immigration Lawyers Association)", "date": "2017-05-03",
     "title": "Action Alert — May 3, 2017",
     "url": "https://ailachicago.org/2017/05/03/action-alert-may-3-2017/"},
    {"file": "d2401_commonwealth-policy-center.txt", "outlet": "Commonwealth Policy Center (commonwealthpolicycenter.org; a Kentucky policy group)", "date": "2017-08-17",
     "title": "Chicago Sues Over Sanctuary City Crackdown",
     "url": "https://commonwealthpolicycenter.org/chicago-sues-over-sanctuary-city-crackdown/"},
    {"file": "d2402_chicago-financial-times.txt", "outlet": "Chicago Financial Times (chicagofinancialtimes.com)", "date": "2017-10-06",
     "title": "ChiTalk – Chicago as a Sanctuary City",
     "url": "https://chicagofinancialtimes.com/2017/10/06/chitalk-chicago-as-a-sanctuary-city/"},
    {"file": "d2403_keep-families-together.txt", "outlet": "Keep Families Together campaign (keepfamiliestogether.wixsite.com; Bloomington-Normal coalition)", "date": "2017",
     "title": "LEARN MORE: Welcoming Cities (the page's heading; the page is undated, 2017 estimated from the campaign's Bloomington-Normal proposal)",
     "url": "https://keepfamiliestogether.wixsite.com/home/learn-more"},
    {"file": "d2404_daily-commercial.txt", "outlet": "Daily Commercial (dailycommercial.com; Lake County, Florida)", "date": "2018-06-02",
     "title": "Sheriff's Office agrees to hold undocumented lawbreakers for ICE",
     "url": "https://www.dailycommercial.com/story/news/local/tavares/2018/06/02/lake-sheriffs-office-to-hold-undocumented-criminals-for-ice/12071625007/"},
    {"file": "d2405_effingham-daily-news.txt", "outlet": "Effingham Daily News (as carried by the Illinois Senate Republican caucus press search, press.senaterepublicancaucus.com)", "date": "2018-07-10",
     "title": "Effingham County considering 'immigrant sanctuary' resolution",
     "url": "http://press.senaterepublicancaucus.com/ArticleDetails.aspx?aid=213560"},
    {"file": "d2406_crooked-media.txt", "outlet": "Crooked Media (crooked.com; the What A Day podcast page)", "date": "2025-09-01",
     "title": "Chicago Caught In The Trump Administration's Crosshairs",
     "url": "https://crooked.com/podcast/chicago-caught-in-the-trump-administrations-crosshairs"},
    {"file": "d2407_conservative-coalition.txt", "outlet": "Conservative Coalition (conservativecoalition.us)", "date": "2025-10",
     "title": "Chicago mayor's 'ICE-free zones' order a dereliction of duty (descriptive; no headline in the stored text or the URL)",
     "url": "https://conservativecoalition.us/?p=35157"},
    {"file": "d2408_beecher-local.txt", "outlet": "Beecher Local (beecherlocal.com)", "date": "2025-10-16",
     "title": "Will County Board Committee Passes Contentious ‘Live and Work Without Fear’ Resolution on 4-3 Vote",
     "url": "https://beecherlocal.com/2025/10/16/will-county-board-committee-passes-contentious-live-and-work-without-fear-resolution-on-4-3-vote/page/36"},
    {"file": "d2409_legal-insurrection.txt", "outlet": "Legal Insurrection (legalinsurrection.com)", "date": "2025-10",
     "title": "Why the Chicago Mayor’s ‘ICE-Free Zones’ Executive Order Is Doomed to Fail",
     "url": "https://legalinsurrection.com/2025/10/why-the-chicago-mayors-ice-free-zones-executive-order-is-doomed-to-fail"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d24")
