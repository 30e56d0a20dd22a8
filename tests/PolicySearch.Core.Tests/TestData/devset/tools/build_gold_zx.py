#!/usr/bin/env python3
"""Dev set, part ZX (files d5000-d5008): hand annotations -> fresh-zx/gold-fresh-zx.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 9 articles from 9 outlets, all dated 2017-2021 (the
year split with part ZY, built alongside), all in English, none an outlet of the seeds, no URL shared
with any manifest of another part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol
News Illinois or Center Square copy. Stored pages from outlets never seen are nearly exhausted: one
outlet is new (d5000 Rottier Law); three were only named before in SOURCES files, never used
(d5001 Evanston RoundTable, d5002 Wednesday Journal, d5007 Mad Dog PAC); five were used by earlier
parts (d5003 Northwest Herald, d5004 Daily Herald, d5005 ACLU of Illinois, d5006 WAND, d5008 Capitol
Fax), each with an
article URL no manifest holds (SOURCES-zx.md marks them). One article is not about Illinois (d5007,
the national Byrne JAG grant conditions, though Chicago's suit is where they were first blocked).

The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-ZW (models: build_gold_s.py and
build_gold_y.py): canonical names from canonical.py where they apply (Office of the Illinois Attorney
General, U.S. Department of Justice, Jeff Sessions), otherwise the fullest form the article gives,
titles dropped ("McHenry County State's Attorney Patrick Kenneally" -> Patrick Kenneally, "Illinois
Senate President John Cullerton" -> John Cullerton, "McHenry County Board member Tanya Jindrich" ->
Tanya Jindrich, "Mr. Rivera" -> Edward Rivera with the alias "Rivera"). A person speaking for an
organisation is the person only (Mony Ruiz-Velasco, not PASO); an unnamed spokesperson of a named
body is the body ("The Illinois attorney general's office ..., a spokesperson said", d5004 #9); filers
speak through their filing ("McHenry and Kankakee counties allege in their civil complaint" -> McHenry
County and Kankakee County, d5004 #10); a quote continuing an attribution keeps the speaker with an
empty alias list (Ruiz-Velasco after "She said", d5002 #9; the DOJ notice's second paragraph, d5007
#10). d5005 is the ACLU of Illinois's own press release: the ACLU is an optional speaker of its
evaluative narrative lines (the publisher's own voice rather than attributed speech; the d2509 River
Forest precedent). d5007 quotes the Justice Department's July 2017 notice under the label "The
Attorney General & Department of Justice Position": the department is the core speaker, Sessions
(whose words the notice carries) optional. The unattributed quote d5001 #6 sits just before a quote
closed by "said Mr. Rivera"; Rivera is optional there. d5008 (Capitol Fax) is a link post: its quoted Illinois Review excerpt and the unquoted
block of Dan Proft's radio words keep their speakers (Michael Bekesha; Proft with an empty alias list
after "Dan Proft went after the governor"); Fox News Channel and Illinois Review pass words along
(cited outlets), and John Kass, whose "gab" is summarised inside the description of the Fox report,
is optional. Declining to comment (Bill Prim, d5003 #4) and
not being reached (Rex Wilburn, d5004 #8) give no words: no speaker. Signing, voting, filing suit and
launching an effort are actions. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zx.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import AG_OFFICE, DOJ, SESSIONS

ARTICLES, MANIFEST, GOLD = part_files("fresh-zx", "gold-fresh-zx.jsonl")


RIVERA = "Edward Rivera"
RUIZ_VELASCO = "Mony Ruiz-Velasco"
JINDRICH = "Tanya Jindrich"
SCHMIDT = "Paul Wickham Schmidt"
KENNEALLY = "Patrick Kenneally"
MCHENRY = "McHenry County"
KANKAKEE = "Kankakee County"
ACLU_IL = "ACLU of Illinois"
CULLERTON = "John Cullerton"
HERNANDEZ = "Marcio Hernandez Rodriguez"
KASS = "John Kass"
BEKESHA = "Michael Bekesha"
PROFT = "Dan Proft"

ACLU_VOICE = ("the line is the ACLU of Illinois's own press-release narrative (publisher's voice), not "
              "attributed speech")
RIVERA_NEXT = ("the quote has no attribution in its own line; 'said Mr. Rivera' closes the quote of the next "
               "line, so the words are most likely his")
SESSIONS_NOTICE = ("the page labels the quotes 'The Attorney General & Department of Justice Position via their "
                   "July 2017 Notice'; the words are Sessions's in the department's notice")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d5000_rottier-law"] = [
    B("site_chrome", "Page-builder marker ('top of page')."),
    B("byline", "Author widget ('Writer's picture' + 'rottierlawoffice')."),
    T("headline", "Headline ('Chicago Mayor Lightfoot signs Welcoming City ordinance adding protections for immigrants')."),
    C("supports", "Author (law office blog): Lightfoot signed the ordinance, which 'took the legal protections a step further' to 'protect the due process rights of Chicago’s immigrants'; no police arrests on status alone or support to ICE operations (favourable framing; alternative: neutral, a signing and what the ordinance forbids).",
      amb=True),
    B("view_count", "View and comment counter ('13 views0 comments')."),
    B("site_chrome", "Page-builder marker ('bottom of page')."),
]

ANN["d5001_evanston-roundtable"] = [
    B("photo_caption", "Photo caption naming the ordinance's supporters, with credit ('RoundTable photo')."),
    B("newsletter_prompt", "Newsletter prompt ('Evanston news delivered free to your inbox!')."),
    C("neutral", "The council's unanimous vote aligning the Welcoming City Ordinance with the Trust Act: no detention on status alone or handover to ICE, warrants only if 'signed by a judge' (a vote and what it does; alternative: supports, 'further protection from unwarranted stops').",
      amb=True),
    C("supports", "Author: the change 'was good news to many in attendance, such as Edward Rivera'; then his father's disappearance (a favourable reception reported; alternative: neutral, most of the line is family history).",
      opt=[O(RIVERA, "his view ('good news') is reported by the author without a speech verb", "Edward Rivera")],
      un=["many in attendance"], amb=True),
    C("neutral", "Rivera's family history: his father stopped for driving without a license, detained and deported (background; alternative: supports, the story of a traffic stop ending in deportation that the ordinance now prevents).",
      amb=True),
    C("neutral", "Rivera ('Mr. Rivera says'): it was a struggle to grow up without his father (personal account, nothing on the ordinance).",
      sp=[S(RIVERA, "Rivera")]),
    C("supports", "Unattributed quote: undocumented immigrants 'can live with less fear that they will be turned over to federal authorities unless there is a warrant issued by a judge' (praise of the change).",
      opt=[O(RIVERA, RIVERA_NEXT)]),
    C("supports", "Rivera ('said Mr. Rivera'): 'The problem is when it rips apart families' (handovers that break families, in a story on the ordinance; alternative: neutral, about deportation in general).",
      sp=[S(RIVERA, "Rivera")], amb=True),
]

ANN["d5002_wednesday-journal"] = [
    T("headline", "Headline ('Oak Park approves sanctuary city ordinance')."),
    T("dek", "Dek ('Immigration advocates say measure is among the strongest in the nation')."),
    B("share_widget", "Share link ('Share on Facebook')."),
    B("share_widget", "Share link ('Share on Twitter')."),
    B("byline", "Byline ('By Timothy Inklebarger')."),
    B("byline", "Byline title ('Staff Reporter')."),
    C("neutral", "The board 'thumbed its nose at President Donald Trump' and unanimously approved the ordinance, which advocates called among the strongest (a vote; the colourful verb is the only evaluative signal; alternative: supports).",
      un=["immigration advocates"], amb=True),
    C("supports", "Immigration advocates packed village hall 'to state their support' for the Welcoming Village ordinance.",
      un=["Immigration advocates"]),
    C("supports", "Ruiz-Velasco ('said Mony Ruiz-Velasco'): 'the strongest, most progressive and inclusive ordinance in the country'; she spearheaded the initiative.",
      sp=[S(RUIZ_VELASCO, "Mony Ruiz-Velasco", "Ruiz-Velasco")]),
    C("supports", "Ruiz-Velasco ('She said'): the move shows Oak Park is 'staying true to its strong historical values of equality, diversity and justice'.",
      sp=[S(RUIZ_VELASCO)]),
    C("supports", "Ruiz-Velasco ('Ruiz-Velasco said'): 'You send a strong message that there is no place in Oak Park for anti-immigrant ... policies'.",
      sp=[S(RUIZ_VELASCO, "Ruiz-Velasco")]),
    C("supports", "Advocates 'argued' the earlier draft 'included a loophole' letting local police cooperate with federal immigration officials (the case for closing cooperation; alternative: neutral, drafting history).",
      un=["advocates"], amb=True),
    C("neutral", "That language was removed; the new ordinance was 'almost universally supported' by the advocates at the meeting (a change and its reception, reported)."),
    C("neutral", "What the ordinance provides: employees may not assist in investigating status without a court order (description)."),
]

ANN["d5003_northwest-herald"] = [
    C("neutral", "A new law limiting local cooperation with ICE has 'complicated implications' for McHenry County, whose jail doubles as a detention center (framing of the story)."),
    C("neutral", "What the Way Forward Act requires: ICE jail agreements in McHenry, Pulaski and Kankakee counties end by Jan. 1; no future agreements (description)."),
    C("neutral", "The county board voted down a resolution to cancel the ICE agreement, two weeks before the legislature passed the bills (votes, reported)."),
    C("neutral", "With the signing, ICE must transfer or release detainees held in Illinois (consequence described)."),
    C("neutral", "Sheriff Bill Prim 'declined to comment' on the new law (no words given; no speaker)."),
    C("supports", "Jindrich ('To ... Tanya Jindrich'): the act is about 'protecting the community as a whole'.",
      sp=[S(JINDRICH, "Tanya Jindrich")]),
    C("supports", "Jindrich ('Jindrich said'): people can seek county help 'without fear that [they] may be retaliated against or detained'.",
      sp=[S(JINDRICH, "Jindrich")]),
    C("neutral", "Schmidt ('said Paul Wickham Schmidt'): the law doesn't prevent ICE from detaining people, only requires another way (explanation).",
      sp=[S(SCHMIDT, "Paul Wickham Schmidt")]),
    C("neutral", "Schmidt ('Schmidt said'): 'They’re not purporting to outlaw ICE detention' - ICE must set up its own facilities (explanation; alternative: supports, a defence of the law's limited reach).",
      sp=[S(SCHMIDT, "Schmidt")], amb=True),
]

ANN["d5004_daily-herald"] = [
    T("headline", "Headline ('McHenry, Kankakee counties challenge new immigration law limiting ICE detention, enforcement')."),
    B("photo_caption", "Photo caption ('The McHenry County Jail at 2200 N. Seminary Ave., Woodstock.')."),
    B("photo_credit", "The caption repeated with its credit ('Courtesy Shaw Media')."),
    B("timestamp_label", "Update stamp ('Updated 9/2/2021 10:56 AM')."),
    C("neutral", "McHenry and Kankakee counties filed a joint federal lawsuit against the state law limiting ICE detention and local cooperation (a suit filed)."),
    C("neutral", "The suit names Raoul and seeks relief from the Way Forward Act, which ends the ICE jail agreements by Jan. 1 (the filing and the law, described)."),
    C("neutral", "The legislation, signed by Pritzker Aug. 2, also bars future ICE detention agreements (what the law provides; signing is an action)."),
    C("opposes", "Kenneally ('said Patrick Kenneally'): 'This was an overstep'.",
      sp=[S(KENNEALLY, "Patrick Kenneally")]),
    C("neutral", "Rex Wilburn 'could not be reached' to comment (no words; no speaker)."),
    C("neutral", "The attorney general's office is reviewing the lawsuit, 'a spokesperson said' (no view).",
      sp=[S(AG_OFFICE, "The Illinois attorney general's office")]),
    C("opposes", "The counties 'allege in their civil complaint' that the act violates the U.S. and Illinois constitutions, infringes 'intergovernmental immunity' and threatens millions in revenue.",
      sp=[S(MCHENRY, "McHenry and Kankakee counties", "The counties"), S(KANKAKEE, "McHenry and Kankakee counties", "The counties")]),
]

ANN["d5005_aclu-of-illinois"] = [
    C("supports", "Release voice: a coalition led by PASO, ICIRR, NIJC, the ACLU and Access Living launches 'an effort to ensure uniform enforcement' of the TRUST Act (a push to enforce the limits).",
      opt=[O(ACLU_IL, ACLU_VOICE, "the ACLU of Illinois")]),
    C("neutral", "What the TRUST Act provides and when it took effect (description)."),
    C("supports", "Release voice: the lawsuits against the Ogle and Stephenson sheriffs for 'flagrant violations' of the Act; the men held after posting bond until ICE came (the Act's violation condemned).",
      opt=[O(ACLU_IL, ACLU_VOICE)]),
    C("supports", "Cullerton ('said ... John Cullerton'): 'The police in Illinois do not work for ICE ... this law needs to be followed'.",
      sp=[S(CULLERTON, "John Cullerton")]),
    C("supports", "Hernandez Rodriguez ('Plaintiff Marcio Hernandez Rodriguez ... said'): being held for ICE was 'frightening' and 'also illegal'; 'That is why I am a part of this lawsuit' (a plaintiff backing the Act's enforcement; alternative: neutral, a personal account).",
      sp=[S(HERNANDEZ, "Marcio Hernandez Rodriguez")], amb=True),
]

ANN["d5006_wand"] = [
    C("neutral", "A bill 'to keep police from acting as ICE agents' passed the General Assembly and goes to Pritzker (passage, reported)."),
    C("neutral", "HB 1637, the Keep Illinois Families Together Act, limits law enforcement's assistance with immigration enforcement (description)."),
    C("neutral", "The bill's rules for schools, health facilities, libraries and courthouses; no questions on status or place of birth (description)."),
    C("neutral", "Who may not be asked: people in custody, crime victims, witnesses and others (description)."),
    B("attachment_note", "Note that the bill's full text is in an attached PDF."),
]

ANN["d5007_mad-dog-pac"] = [
    B("site_chrome", "Shop link ('My Cart')."),
    T("headline", "Post title ('Federal Judge - AG Sessions JAG Grant Update UNCONSTITUTIONAL')."),
    B("donate_button", "Donation link ('Donate to Mad Dog')."),
    B("timestamp_label", "Date line ('Posted on July 29 2018')."),
    C("neutral", "Author: pointer to an earlier post on Philadelphia v. Sessions and 'so called Sanctuary Cities' (links, no view stated)."),
    T("subhead", "Subhead ('Sanctuary Cities Round Two...')."),
    C("supports", "Author: Sessions 'had likely overstepped/exceeded his authority' in the conditions imposed on JAG grants (criticism of federal grant pressure on sanctuary places)."),
    C("supports", "Author: the executive has 'zero constituional authority' to attach conditions to funds Congress appropriated (the legal case against the grant conditions; alternative: neutral, a separation-of-powers point).",
      amb=True),
    C("opposes", "Lead-in: 'The Attorney General & Department of Justice Position via their July 2017 Notice' (announces the quotes against sanctuary policies; alternative: neutral, a source label).",
      sp=[S(DOJ, "Department of Justice")], opt=[O(SESSIONS, SESSIONS_NOTICE, "The Attorney General")], amb=True),
    C("opposes", "The notice: 'So-called 'sanctuary' policies make all of us less safe ... protect illegal aliens who have committed crimes'.",
      sp=[S(DOJ)], opt=[O(SESSIONS, SESSIONS_NOTICE)]),
    C("opposes", "The notice continued: sanctuary policies 'encourage illegal immigration and even human trafficking'; 'sanctuary' jurisdictions must 'change their policies and partner with federal law enforcement'.",
      sp=[S(DOJ)], opt=[O(SESSIONS, SESSIONS_NOTICE)]),
]

ANN["d5008_capitol-fax"] = [
    T("page_title", "Page title with the site name ('Capitol - Your Illinois News Radar » Rauner again hit from the right on TRUST Act')."),
    T("headline", "Headline ('Rauner again hit from the right on TRUST Act')."),
    B("timestamp_label", "Date line ('Tuesday, Aug 29, 2017')."),
    C("neutral", "Author: the Fox News Channel report on the signing 'has everything for right-wing Rauner haters': the victim's family, Rauner 'uncomfortably dissembling', Kass on the alienated base (a report described with a wry jab at both sides; alternative: opposes, the critics' case summarised).",
      opt=[O(KASS, "his talk ('to gab about how the governor has alienated his conservative base') is summarised inside the description of a TV report", "John Kass")],
      out=["Fox News Channel"], amb=True),
    B("source_label", "Source label for the quoted excerpt ('* Illinois Review')."),
    C("neutral", "Judicial Watch filed a FOIA request within an hour of the signing of a bill making Illinois the 'latest sanctuary state' (an action; the label is quoted)."),
    C("neutral", "Illinois Review asked Bekesha why the group was interested in the law (lead-in to a question, no view).",
      out=["Illinois Review"]),
    C("opposes", "Bekesha ('Bekesha said'): Judicial Watch promotes 'the rule of law' on illegal immigration, and 'Illinois has now become the latest sanctuary state' (alternative: neutral, an account of the group's interest).",
      sp=[S(BEKESHA, "Bekesha")], amb=True),
    C("opposes", "Lead-in: 'Dan Proft went after the governor today on this topic' (announces an attack over the signing; alternative: neutral, about Rauner as a politician).",
      sp=[S(PROFT, "Dan Proft")], amb=True),
    C("opposes", "Proft's words (unquoted block after the lead-in): Rauner 'is Rahm Emanuel', 'political expediency over principle', 'pander and preen' (the signing attacked as pandering; alternative: neutral, about Rauner's character, not the Act).",
      sp=[S(PROFT)], amb=True),
    B("byline", "Post footer ('- Posted by Rich Miller')."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d5000_rottier-law.txt", "outlet": "Rottier Law Office (rottierlawchicago.com, law firm blog)", "date": "2021",
     "title": "Chicago Mayor Lightfoot signs Welcoming City ordinance adding protections for immigrants",
     "url": "https://www.rottierlawchicago.com/post/lightfoot-signs-city-ordinance-protections-for-immigrants"},
    {"file": "d5001_evanston-roundtable.txt", "outlet": "Evanston RoundTable (evanstonroundtable.com)", "date": "2017-10-18",
     "title": "Home is where the heart is: Evanston's Welcoming City Ordinance aligns with Illinois Trust Act (from the URL slug; no headline in the stored text)",
     "url": "https://evanstonroundtable.com/2017/10/18/home-is-where-the-heart-is-evanstons-welcoming-city-ordinance-aligns-with-illinois-trust-act/"},
    {"file": "d5002_wednesday-journal.txt", "outlet": "Wednesday Journal of Oak Park (oakpark.com)", "date": "2017-02-07",
     "title": "Oak Park approves sanctuary city ordinance",
     "url": "https://www.oakpark.com/News/Articles/2-7-2017/Oak-Park-approves-sanctuary-city-ordinance/"},
    {"file": "d5003_northwest-herald.txt", "outlet": "Northwest Herald (shawlocal.com)", "date": "2021-08-14",
     "title": "Here's what Illinois' new immigration detention law could mean for McHenry County (from the URL slug; no headline in the stored text)",
     "url": "https://shawlocal.com/northwest-herald/news/local/2021/08/14/heres-what-illinois-new-immigration-detention-law-could-mean-for-mchenry-county"},
    {"file": "d5004_daily-herald.txt", "outlet": "Daily Herald (dailyherald.com)", "date": "2021-09-02",
     "title": "McHenry, Kankakee counties challenge new immigration law limiting ICE detention, enforcement",
     "url": "https://www.dailyherald.com/article/20210902/news/210909830/"},
    {"file": "d5005_aclu-of-illinois.txt", "outlet": "ACLU of Illinois (aclu-il.org, press release)", "date": "2019",
     "title": "Coalition of community groups demand enforcement of Illinois TRUST Act after lawsuits (from the URL slug; no headline in the stored text)",
     "url": "https://www.aclu-il.org/en/press-releases/coalition-community-groups-demand-enforcement-illinois-trust-act-after-lawsuits"},
    {"file": "d5006_wand.txt", "outlet": "WAND (wandtv.com, Decatur TV)", "date": "2019-05-30",
     "title": "Bill to keep police from acting as ICE agents passes (from the URL slug; no headline in the stored text)",
     "url": "https://www.wandtv.com/news/bill-to-keep-police-from-acting-as-ice-agents-passes/article_5a4d51b0-8338-11e9-9425-3bbce8b79c8f.html"},
    {"file": "d5007_mad-dog-pac.txt", "outlet": "Mad Dog PAC (maddogpac.com, blog)", "date": "2018-07-29",
     "title": "Federal Judge - AG Sessions JAG Grant Update UNCONSTITUTIONAL",
     "url": "https://maddogpac.com/blogs/spicy-files/federal-judge-ag-sessions-jag-grant-update"},
    {"file": "d5008_capitol-fax.txt", "outlet": "Capitol Fax (capitolfax.com, Rich Miller)", "date": "2017-08-29",
     "title": "Rauner again hit from the right on TRUST Act",
     "url": "https://capitolfax.com/2017/08/29/rauner-again-hit-from-the-right-on-trust-act/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d50")
