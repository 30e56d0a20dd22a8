#!/usr/bin/env python3
"""Dev set, part ZO (files d4100-d4107): hand annotations -> fresh-zo/gold-fresh-zo.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 8 articles from 8 outlets, 2017-2025. Stored pages with
new outlets were scarce: three outlets are new (Refinery29, Smile Politely, US Immigration Application:
in no earlier part, in none of the seeds, named in no SOURCES file); the other five are outlets already
used in earlier parts, taken as the brief allows once new outlets ran out, each with a URL that is in no
manifest (PJ Media, part C; Rockford Register Star and Northern Public Radio, part B; WGLT, part G; The
Southern Illinoisan, part N). Every outlet name starts with a letter from M to Z (the split with part
ZN). No page carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square copy. One
article is not about Illinois (d4100, a national explainer on a comedy segment).

The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (models: build_gold_s.py
and build_gold_y.py): canonical names from canonical.py where they apply (Rahm Emanuel, Donald Trump,
Jeff Sessions, Raymond López, U.S. Immigration and Customs Enforcement), otherwise the fullest form the
article gives, titles dropped ("Chicago Mayor Rahm Emanuel" -> Rahm Emanuel, "NYC Mayor Bill de Blasio"
-> Bill de Blasio, "Whiteside County Sheriff Kelly Wilhelmi" -> Kelly Wilhelmi, "Mayor Chris Koos" ->
Chris Koos, "Police Chief Dan O'Shea" -> Dan O'Shea). A person speaking for a body is the person only
(Koos, O'Shea, Wilhelmi); an organisation speaking as itself is a speaker, and an organisation speaks
through its news release ("according to a news release from the Illinois Coalition for Immigrant and
Refugee Rights", "the release said", d4104); unnamed officials of a named body map to the body ("an ICE
official" -> U.S. Immigration and Customs Enforcement, d4104 #1). Filers speak through their filing: the
letter Lopez and Tabares sent to the City Council (d4103 #3, quoted in part after "which read in
part:") is their speech, with empty alias lists (the quote continues the attribution of #2); the
lead-in itself carries them as optional speakers (the "the Governor noted:" precedent of the seeds). A
quote continuing an attribution keeps the speaker with an empty alias list (Emanuel, d4102 #7). A
position stated without a speech verb ("Jeff Sessions has the opposite idea", d4102 #8; "Mayor Tom
McNamara believes strongly", "The mayor just wants", d4107 #1 and #7) is optional. A reporter of the
same paper quoted for what the ordinance does ("As reporter Jeff Kolkey explained in Tuesday's
newspaper", d4107 #4) is optional: he passes facts along rather than taking a position. Suing,
proposing, signing, voting and leaving a contract are actions; the executive orders, the DHS memos,
the ordinance and the Way Forward Act are documents. MSNBC (d4100: de Blasio "explained to MSNBC") only
passes words along: a cited outlet. Fox News is only named ("the straight up Fox News lies"), not
cited. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zo.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import EMANUEL, ICE, LOPEZ, SESSIONS, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("fresh-zo", "gold-fresh-zo.jsonl")


BEE = "Samantha Bee"
DEBLASIO = "Bill de Blasio"
TABARES = "Silvana Tabares"
ICIRR = "Illinois Coalition for Immigrant and Refugee Rights"
WILHELMI = "Kelly Wilhelmi"
KOOS = "Chris Koos"
MCNAMARA = "Tom McNamara"
KOLKEY = "Jeff Kolkey"
OSHEA = "Dan O'Shea"

LETTER_LEADIN = ("the lead-in announces the aldermen's letter ('the alderman sent a letter ..., which read in part:'); "
                 "the words are in the next line (the 'the Governor noted:' precedent)")
STATED_POSITION = "a position reported without a speech verb ('has the opposite idea', 'believes strongly', 'just wants')"
REPORTER = ("the paper's own reporter, cited for what the ordinance does ('As reporter Jeff Kolkey explained in "
            "Tuesday's newspaper'); he passes facts along rather than taking a position")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d4100_refinery29"] = [
    T("headline", "Headline ('How do sanctuary cities work?')."),
    C("supports", "One long line (the page's paragraphs run together, cut at the excerpt limit): Trump 'called these cities \"a Trojan horse\"' and 'has falsely said' they kill thousands; "
      "the author promises 'the straight up Fox News lies'; Bee ('Bee pointed out', 'as Bee notes'): sanctuary cities 'don't just hand get-out-of-jail free cards to every violent felon'; "
      "de Blasio ('explained to MSNBC', 'he said'): the city cooperates on violent crimes but not for marijuana or a stop sign. The framing and the defence dominate.",
      sp=[S(TRUMP, "Trump"), S(BEE, "Samantha Bee", "Bee"), S(DEBLASIO, "Bill de Blasio")], out=["MSNBC"]),
]

ANN["d4101_smile-politely"] = [
    B("site_name", "Site name ('Smile Politely')."),
    T("headline", "Headline ('Let’s make all of Champaign County a sanctuary')."),
    C("neutral", "Author: the Trump administration 'has managed to greatly increase human suffering'; 'the tragedies being perpetrated by Trump’s Immigration and Customs Enforcement' "
      "(a view on federal enforcement, nothing yet on local cooperation; alternative: supports, it opens the case for making the county a sanctuary).",
      amb=True),
    C("neutral", "Author: the administration 'criminalizes immigrants'; deportations; travellers detained at airports (federal enforcement and airports, not local police; "
      "alternative: supports, part of the argument for sanctuary).",
      amb=True),
]

ANN["d4102_us-immigration-application"] = [
    B("breadcrumb", "Breadcrumb trail ('Home » U.S. Immigration News » U.S. Citizenship » Sanctuary city Chicago')."),
    T("headline", "Post headline ('Sanctuary city Chicago')."),
    B("category_label", "Category and comment count ('posted in: U.S. Citizenship 0')."),
    C("neutral", "Chicago among some 300 sanctuary jurisdictions, set to be the first city to sue over the new rules (facts; the image file name 'sanctuary-city-welcome-all' is glued to the sentence)."),
    C("supports", "Author: 'Is it serious? Yes!' — Emanuel 'is ready see the President Donald Trump in court' (an action, framed with approval; alternative: neutral, a lawsuit is an action).",
      amb=True),
    C("supports", "Author: Chicago 'the first city to revolt'; will not follow the plan to separate families; 'By rejecting to be Trumps informants, they reduce the number of possible deportations' (the lawsuit against Sessions is the city's action; the reading is the author's)."),
    C("supports", "Emanuel ('said Mayor Emanuel'): 'Chicago will never be put in a situation of a false choice between being a welcoming city and ... community policing'.",
      sp=[S(EMANUEL, "Emanuel")]),
    C("supports", "Emanuel (continues #6, no attribution): Chicago will not let officers 'become political pawns'; 'will never relinquish our status as a welcoming city'.",
      sp=[S(EMANUEL)]),
    C("opposes", "Sessions 'has the opposite idea and sanctuary cities have no idea about the harm they bring to the U.S. citizens' (his position, without a speech verb; "
      "alternative: neutral, the author reporting the other side in one line).",
      opt=[O(SESSIONS, STATED_POSITION, "Jeff Sessions")], amb=True),
    C("neutral", "Unnamed 'experts are sure' other big cities will join the legal fight (a prediction about lawsuits).",
      un=["experts"]),
]

ANN["d4103_pj-media"] = [
    C("opposes", "Author's opening: the headline (aldermen want to tighten Chicago's sanctuary status) is 'encouraging' but 'hold your applause' — 'terms and conditions' (the author welcomes a rollback; "
      "alternative: neutral, a teaser without a claim).",
      amb=True),
    C("neutral", "Tabares and Lopez propose a change to the Welcoming City Ordinance (an action); the author guesses at motives ('the cries of their constituents', Homan's intentions) "
      "(alternative: opposes, the author's framing of constituents' complaints).",
      amb=True),
    C("opposes", "Lead-in to the aldermen's letter ('the alderman sent a letter ..., which read in part:'); it takes the stance of the letter it announces (for working with ICE on criminal cases).",
      opt=[O(LOPEZ, LETTER_LEADIN), O(TABARES, LETTER_LEADIN)]),
    C("opposes", "The letter (Lopez and Tabares, through their filing; continues #2): an amendment 'allowing City agents or agencies to work with federal immigration officers regarding individuals arrested for or convicted of criminal activities', "
      "presented as protecting law-abiding undocumented residents (a rollback of the no-exceptions ordinance).",
      sp=[S(LOPEZ), S(TABARES)]),
]

ANN["d4104_the-southern-illinoisan"] = [
    C("neutral", "Three detainees released, the rest to be transferred, 'according to a news release from the Illinois Coalition for Immigrant and Refugee Rights' (facts; the coalition speaks through its release).",
      sp=[S(ICIRR, "Illinois Coalition for Immigrant and Refugee Rights")]),
    C("neutral", "'According to an ICE official', about 50 people held in the 240-bed facility as of Aug. 26 (a count).",
      sp=[S(ICE, "an ICE official")]),
    C("neutral", "With the law that 'essentially ends immigration detention in Illinois', the Pulaski County Detention Center left its ICE contract (an action, reported)."),
    C("neutral", "Pritzker signed the Illinois Way Forward Act on Aug. 2; what it forbids and the Jan. 1, 2022 deadline (signing is an action; the law's terms)."),
    C("neutral", "Pulaski one of three counties with such an agreement; Kankakee and McHenry sued over the Act (facts; suing is an action)."),
    C("neutral", "Activists fight for release; 'According to the release', advocates were told only three would be released (facts from the coalition's release).",
      sp=[S(ICIRR)]),
    C("neutral", "The release ('the release said'): families and advocates sent release requests and 1,300 emails demanding release rather than transfer (ICE detention, not local cooperation; "
      "alternative: supports, the campaign that came with the Way Forward Act's end of detention contracts).",
      sp=[S(ICIRR)], amb=True),
    C("neutral", "Unnamed 'Advocates argue' ICE's review process at Pulaski was not sufficient (about ICE's release decisions).",
      un=["Advocates"]),
]

ANN["d4105_northern-public-radio"] = [
    B("copyright", "Copyright line ('© 2024 WNIJ and WNIU')."),
    B("site_name", "Station name ('Northern Public Radio')."),
    B("address", "Station street address ('801 N 1st St.')."),
    B("address", "Station city line ('DeKalb, IL 60115')."),
    B("site_name", "Station name repeated ('Northern Public Radio').", dup=1),
    B("player", "Audio player label ('Play Live Radio')."),
    B("player", "Audio player label ('Next Up:')."),
    B("player", "Audio player time display ('0:00 0:00')."),
    B("player", "Audio player label ('Available On Air Stations')."),
    B("program_blurb", "An element id glued to the Friday Forum programme blurb ('...WNIJ's Friday Forum features in-depth interviews ...')."),
    T("headline", "Headline ('Police, Legal Officials Discuss Local Enforcement Role In Immigration Issues')."),
    B("photo_credit", "Photo credit ('Richard Masoner/Cyclelicious / \"U.S. Mexico border\" (CC V. 2.0)')."),
    C("neutral", "Immigration 'remains a hot topic'; Trump's executive orders 'give local law enforcement the ability to detain undocumented immigrants' (background)."),
    C("opposes", "DHS memos (documents) on the orders; Sessions ('said in a speech') that local law enforcement 'could lose federal funding if they do not comply' (the federal threat against non-cooperation; "
      "alternative: neutral, reported background).",
      sp=[S(SESSIONS, "Jeff Sessions")], amb=True),
    C("opposes", "Wilhelmi ('Whiteside County Sheriff Kelly Wilhelmi said'): 'We have illegal immigrants here who are criminals that need to be deported, and if there are detainers or warrants ... we’re going to honor those.'",
      sp=[S(WILHELMI, "Kelly Wilhelmi")]),
]

ANN["d4106_wglt"] = [
    B("copyright", "Copyright line ('© 2023 WGLT')."),
    B("site_chrome", "Station tagline ('A public service of Illinois State University')."),
    B("player", "Audio player label ('Play Live Radio')."),
    B("player", "Audio player label ('Next Up:')."),
    B("player", "Audio player time display ('0:00 0:00')."),
    B("player", "Audio player label ('Available On Air Stations')."),
    B("section_label", "Series label ('GLT stories about immigrants living in Bloomington-Normal.')."),
    T("headline", "Headline ('Normal To Consider Welcoming Ordinance Monday')."),
    B("photo_caption", "Photo alt text ('Speakers hold signs and stand in front of Bloomington City Hall')."),
    B("photo_credit", "Photo credit ('Charlie Schlenker')."),
    B("photo_caption", "Photo caption ('The Keep Families Together Coalition rallied in 2016 ...')."),
    B("editor_note", "Editor's note (the story updated; 'You can read it here.')."),
    C("neutral", "The Normal Town Council will take up a Welcoming City ordinance on Monday (schedule)."),
    C("neutral", "Koos ('Mayor Chris Koos said'): last-minute tweaks possible; the measure leans on the Comprehensive Plan and Visioning Report (process).",
      sp=[S(KOOS, "Chris Koos")]),
    C("supports", "Koos ('said Koos'): the whereas language describes 'a welcoming community, a community that values diversity' (the mayor presenting the ordinance he negotiated; "
      "alternative: neutral, a description of the preamble).",
      sp=[S(KOOS, "Koos")], amb=True),
    C("neutral", "Koos ('Koos said'): talks went on four to six months; 'He characterized the atmosphere as cordial' (process).",
      sp=[S(KOOS, "Koos")]),
    B("pull_quote", "Pull quote repeating the opening of the next line ('Both sides were fairly passionate ... compromises.'); the next line is not an exact duplicate, so no duplicate_of."),
    C("supports", "Koos ('Koos said'): compromises; 'something our police chief could be comfortable with and something the Immigration Project could be comfortable with, and I think we have hit that point' "
      "(backing the negotiated ordinance; alternative: neutral, talk about the process).",
      sp=[S(KOOS, "Koos")], amb=True),
]

ANN["d4107_rockford-register-star"] = [
    T("dek", "Dek of the editorial ('The proposed ordinance merely says in writing what the city already does ...'); no headline is in the stored text."),
    C("supports", "McNamara 'believes strongly' Rockford should state in writing that it is a welcoming city (his position, no speech verb; the editorial sets it out with approval).",
      opt=[O(MCNAMARA, STATED_POSITION, "Tom McNamara")]),
    C("supports", "Editorial board: 'We do, too.'; the mayor wants an ordinance; unnamed aldermen on the committee are against it.",
      un=["Some aldermen on the Codes and Regulations Committee"]),
    C("supports", "Editorial board: 'We don't see it as controversial' — it puts into words what the city always has done."),
    C("neutral", "What the ordinance does, quoted from the paper's reporter ('As reporter Jeff Kolkey explained'): police will not check the status of crime victims and reporters, nor of people seeking services "
      "(the ordinance's terms; alternative: supports, 'seeks to improve public safety' quoted in an endorsement).",
      opt=[O(KOLKEY, REPORTER, "Jeff Kolkey")], amb=True),
    C("supports", "O'Shea ('Police Chief Dan O'Shea said'): 'That is consistent with our current practices. We don’t enforce immigration law.' (a chief backing the ordinance as current practice).",
      sp=[S(OSHEA, "Dan O'Shea")]),
    C("supports", "Editorial board: the ordinance 'would not make Rockford a so-called sanctuary city'; police comply with holds under a judge's warrant (denies on the ordinance's behalf that it is a harmful sanctuary law)."),
    C("supports", "Editorial board: the mayor 'just wants' policies in writing so immigrants see police and city workers 'are not Immigration and Customs Enforcement agents'.",
      opt=[O(MCNAMARA, STATED_POSITION, "The mayor")]),
    C("supports", "Editorial board: violent crime; police need all residents; people 'will simply not contact police' if it may trigger a status check (the trust argument)."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d4100_refinery29.txt", "outlet": "Refinery29 (refinery29.com)", "date": "2017-02",
     "title": "How do sanctuary cities work?",
     "url": "https://www.refinery29.com/en-us/2017/02/140098/full-frontal-samantha-bee-sanctuary-cities"},
    {"file": "d4101_smile-politely.txt", "outlet": "Smile Politely (smilepolitely.com, Champaign-Urbana online magazine; opinion)", "date": "2017",
     "title": "Let’s make all of Champaign County a sanctuary",
     "url": "http://smilepolitely.com/opinion/lets_make_all_of_champaign_county_a_sanctuary/"},
    {"file": "d4102_us-immigration-application.txt", "outlet": "US Immigration Application (usimmigrationapplication.org, immigration-services site blog)", "date": "2017-08",
     "title": "Sanctuary city Chicago",
     "url": "https://www.usimmigrationapplication.org/immigration-news/citizenship/sanctuary-city-chicago"},
    {"file": "d4103_pj-media.txt", "outlet": "PJ Media (pjmedia.com; outlet seen before, part C)", "date": "2025-01-10",
     "title": "Two Chicago officials want to tighten up the city's sanctuary status (from the URL slug; no headline in the stored text)",
     "url": "https://pjmedia.com/lincolnbrown/2025/01/10/two-chicago-officials-want-to-tighten-up-the-citys-sanctuary-status-n4935870"},
    {"file": "d4104_the-southern-illinoisan.txt", "outlet": "The Southern Illinoisan (thesouthern.com; outlet seen before, part N)", "date": "2021-09",
     "title": "3 released, others transferred as Pulaski County Detention Center closes (from the URL slug; no headline in the stored text)",
     "url": "https://thesouthern.com/news/local/3-released-others-transferred-as-pulaski-county-detention-center-closes/article_eb8a08e6-4d79-5c0a-9707-d7479f077fcd.html"},
    {"file": "d4105_northern-public-radio.txt", "outlet": "Northern Public Radio (WNIJ, northernpublicradio.org; outlet seen before, part B)", "date": "2017-04-14",
     "title": "Police, Legal Officials Discuss Local Enforcement Role In Immigration Issues",
     "url": "https://www.northernpublicradio.org/illinois/2017-04-14/police-legal-officials-discuss-local-enforcement-role-in-immigration-issues"},
    {"file": "d4106_wglt.txt", "outlet": "WGLT (wglt.org, Bloomington-Normal public radio; outlet seen before, part G)", "date": "2018-05-02",
     "title": "Normal To Consider Welcoming Ordinance Monday",
     "url": "https://www.wglt.org/news/2018-05-02/normal-to-consider-welcoming-ordinance-monday?nopop=1"},
    {"file": "d4107_rockford-register-star.txt", "outlet": "Rockford Register Star (rrstar.com, editorial; outlet seen before, part B)", "date": "2017-09-28",
     "title": "Our View: Aldermen should enact welcoming ordinance (from the URL slug; no headline in the stored text)",
     "url": "https://www.rrstar.com/news/20170928/our-view-aldermen-should-enact-welcoming-ordinance"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d41")
