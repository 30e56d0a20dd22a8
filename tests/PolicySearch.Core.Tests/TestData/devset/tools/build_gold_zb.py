#!/usr/bin/env python3
"""Dev set, part ZB (files d2800-d2808): hand annotations -> fresh-zb/gold-fresh-zb.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 9 articles from 9 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy (d2804 is a university news page that reposts the opening of a KFVS12 story; KFVS is in no earlier
part; d2808 is an LGBTQ media blog quoting Windy City Times, which is also d2800's outlet in this part).
Two articles are not about Illinois (d2802 St. Clair County, Michigan; d2803 Carbondale, Colorado).
Built beside a second helper's part ZA: every outlet name here starts with a letter M to Z.
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-Z (models: build_gold_s.py and
build_gold_y.py): canonical names from canonical.py where they apply (Mark Curran, U.S. Department of
Justice, U.S. Immigration and Customs Enforcement), otherwise the fullest form the article gives, titles
dropped ("Capt. Tom Bliss" -> Tom Bliss, "Deputy Mayor ... Beatriz Ponce de León" -> Beatriz Ponce
de León, "Alderman Jessie Fuentes" -> Jessie Fuentes, "State Senator Dale Fowler" -> Dale Fowler,
"Professor Buys" -> Cindy Buys, the form of d2804's headline; "Lake County Sheriff Mark Curran" -> Mark Curran, with the bare
title "Lake County Sheriff" kept as an alias where the line uses it for him). "Chesney" (d2805) is the
only form that page's text gives (the first name is in the URL only), as "Irvin" was in d1902.
A person speaking for an organisation is the person only (Seemi Choudry, not the Mayor's Office of New
Americans; Ponce de León, "speaking on behalf of Mayor Brandon Johnson", with Johnson optional, d2808
#4); an organisation speaking as itself is a speaker (the Chicago Immigration Working Group
"issued the following statement", d2800 #15-#17, its statement continuing with an empty alias list in
#17); unnamed officials of a named body map to that body ("Federal prosecutors" -> U.S. Department of
Justice, d2806 #4; "Federal immigration officials" -> U.S. Immigration and Customs Enforcement, d2807 #0,
whose next lines name ICE); filers speak through their filing ("The suit claims", d2806 #3). A
legislator's newsletter in his own first-person voice (d2805) carries him as an optional speaker of its
prose lines (the publisher's own voice rather than attributed speech; the d1902 Irvin and d2509 River
Forest precedent). Filing, signing, passing resolutions, delegating and approving contracts are actions;
resolutions, bills, suits as documents and executive orders are not speakers. Windy City Times and "WCT"
(d2808) only pass words along, and its managing editor "wrote" them as its reporter: cited outlets, not
speakers. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zb.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, CURRAN, DOJ, ICE

ARTICLES, MANIFEST, GOLD = part_files("fresh-zb", "gold-fresh-zb.jsonl")


CIWG = "Chicago Immigration Working Group"
CHOUDRY = "Seemi Choudry"
BLISS = "Tom Bliss"
FOWLER = "Dale Fowler"
BUYS = "Cindy Buys"
CHESNEY = "Chesney"
PONCE = "Beatriz Ponce de León"
FUENTES = "Jessie Fuentes"

NEWSLETTER = ("the newsletter's author, named only in its item heading ('Chesney Sponsors Legislation'); the line is "
              "the newsletter's own first-person voice, not attributed speech")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d2800_windy-city-times"] = [
    B("masthead", "Site banner ('Windy City Media Group Frontpage News')."),
    B("masthead", "Site tagline ('THE VOICE OF CHICAGO'S GAY, LESBIAN, BI, TRANS AND QUEER COMMUNITY SINCE 1985')."),
    B("navigation", "Navigation links ('home search facebook twitter join')."),
    B("ad_label", "Sponsor strip with the issue date of the capture ('Gay News Sponsor Windy City Times 2023-12-13')."),
    B("navigation", "Link ('DOWNLOAD ISSUE')."),
    B("navigation", "Link ('Donate')."),
    B("ad_label", "Ad label ('Sponsor')."),
    B("ad_label", "Ad label repeated ('Sponsor').", dup=6),
    B("ad_label", "Ad label repeated ('Sponsor').", dup=6),
    B("masthead", "Publication label ('  WINDY CITY TIMES', leading spaces kept)."),
    T("headline", "Headline of the letters page ('LETTERS Sanctuary, gun violence')."),
    B("timestamp_label", "Date line ('2017-08-16')."),
    B("share_count", "Share counter ('This article shared 583 times since Wed Aug 16, 2017')."),
    B("share_links", "Share links ('facebook twitter google +1 reddit email')."),
    T("subhead", "Title of the first letter ('Sanctuary situation')."),
    C("supports", "Lead-in announcing the Chicago Immigration Working Group's statement ('issued the following statement'), a coalition 'working on strengthening Chicago's Welcoming City Ordinance'; the threat was to cities with 'common-sense protections to immigrants from deportation' (rule 6: takes the stance of the statement it announces).",
      sp=[S(CIWG, "the Chicago Immigration Working Group")]),
    C("supports", "The Working Group's statement: it 'supports efforts to push back against the the Trump administration's bullying and overreach', but the city's suit is 'not to defend the rights of undocumented Chicagoans' (criticises the city from the side of stronger protections; alternative: neutral, an attack on the city's motives rather than on the policy).",
      sp=[S(CIWG, "the Chicago Immigration Working Group")], amb=True),
    C("supports", "Statement continues ('Furthermore', empty alias): the city uses the suit to end talks on removing 'the discriminatory carve outs from the Welcoming City Ordinance in order to protect all Chicagoans'; Seemi Choudry ('noted') says the city cannot discuss amendments while in litigation (her words neutral; the statement's view dominates).",
      sp=[S(CIWG), S(CHOUDRY, "Seemi Choudry")]),
]

ANN["d2801_upstream-ideas"] = [
    T("headline", "Post headline ('Lake County Sheriff Supports Sanctuary State Bill')."),
    C("supports", "Curran ('Lake County Sheriff says', 'Lake County Sheriff Mark Curran joins'): the bill 'does nothing new and it’ll be business as usual' (defends the Act as no change; the hosts' teaser questions - 'Are those here illegally getting extra protection?' - lean sceptical; alternative: neutral, a show teaser posing questions).",
      sp=[S(CURRAN, "Lake County Sheriff", "Mark Curran")], amb=True),
]

ANN["d2802_times-herald"] = [
    T("headline", "Headline ('Immigration crackdown pays the bills at county jail')."),
    B("byline", "Byline name ('Jackie Smith')."),
    B("byline", "Byline outlet ('Times Herald')."),
    B("comments_link", "Link ('View Comments')."),
    B("caption", "Photo caption (detainees in the A Unit of the St. Clair County Jail; the county approving a five-year contract with DHS's ICE division)."),
    C("neutral", "Housing immigration detainees has long been a revenue generator for the county; the political climate may bring more (description)."),
    C("neutral", "The Trump administration emphasised deportation; the White House requested $1.2 billion for detention capacity (actions and figures)."),
    C("neutral", "ICE requested information from potential detention facilities, including around Detroit (an action reported)."),
    C("neutral", "Bliss ('Capt. Tom Bliss, the county’s jail administrator, said'): 'probably a slight increase' in ICE requests for beds (a figure).",
      sp=[S(BLISS, "Tom Bliss")]),
    C("neutral", "Bliss continues ('he said', no name): most of the increase came after the 2016 election.",
      sp=[S(BLISS)]),
    C("neutral", "Bliss ('Bliss said'): 'If we’ve got the space and they’ve got the people, we put them in' (describes the jail's routine cooperation in housing ICE detainees; no argument about limits).",
      sp=[S(BLISS, "Bliss")]),
    B("related_headline", "Related-story link ('County jails' lodging fees on inmates no moneymaker')."),
    C("neutral", "Revenue from the ICE program has climbed since 2013 (figures)."),
    C("neutral", "About $1.4 million so far in 2017 (a figure)."),
]

ANN["d2803_sopris-sun"] = [
    B("byline", "Byline ('By John Colson')."),
    B("byline", "Byline credit ('Sopris Sun Staff')."),
    C("neutral", "The trustees passed a resolution 'aimed at protecting Carbondale’s Hispanic community from deportation', not in the students' original form (an action reported)."),
    C("neutral", "Four middle-school students submitted the resolution; the trustees delegated Sparhawk and Mayor Richardson to rework it (actions)."),
    C("neutral", "What the resolution declares ('recognizes the importance of all persons ... regardless of immigration status', 'a clear path for immigrants'); a document, quoted (alternative: supports, the town's stated welcome).",
      amb=True),
    C("neutral", "The resolution's action clause: no town employee shall inquire into immigration status, including in police interactions (what the policy provides)."),
    C("neutral", "No action solely on immigration status; no department may partner with federal immigration authorities without the trustees' approval (what the policy provides)."),
    C("neutral", "Author: the provision 'apparently is an effort to distance the town from' ICE, which has sought local police help (explanation, no evaluation)."),
]

ANN["d2804_siu-school-of-law"] = [
    T("headline", "The law school's headline ('SIULAW Prof. Cindy Buys discusses the impact of the Illinois Way Forward Act ...')."),
    B("byline", "Date and byline of the reposted story ('August 06, 2021 , By Colin Baillie | KFVS 12')."),
    C("neutral", "The Pulaski County Detention Center will no longer hold immigration detainees (a fact; the '(KFVS)' dateline is the reposted copy's own)."),
    C("neutral", "Ullin's facility is one of three in the state with an ICE contract (fact)."),
    C("neutral", "The three facilities are in McHenry, Kankakee and Pulaski counties (fact)."),
    C("neutral", "Pritzker signed a bill banning the holding of immigration detainees (an action reported)."),
    C("neutral", "The bill's name: Illinois Way Forward Act, Senate Bill 667 (fact)."),
    C("opposes", "Fowler ('said State Senator Dale Fowler'): 'This is alarming, it’s concerning ... everyone should be concerned' about the law ending ICE detention contracts.",
      sp=[S(FOWLER, "Dale Fowler")]),
    C("neutral", "Fowler has one of the three facilities in his district (a fact, no speech)."),
    C("opposes", "Fowler ('Fowler said'): 'a big economic impact' when the detainees are sent elsewhere (cost of the limit).",
      sp=[S(FOWLER, "Fowler")]),
    C("neutral", "Buys ('According to Buys'): the facility's age and size; most beds hold immigration detainees (facts).",
      sp=[S(BUYS, "Buys")]),
    C("neutral", "Buys ('Professor Buys said'): most detainees 'haven’t broken any other laws' (a fact offered against the criminal framing; alternative: supports).",
      sp=[S(BUYS, "Buys")], amb=True),
    C("neutral", "Buys ('said Buys'): detainees may be visa overstayers or picked up in work raids (explanation).",
      sp=[S(BUYS, "Buys")]),
    C("neutral", "Illinois's ban does not change national policy (author, fact)."),
    B("read_more", "Link text ('Read the rest of the story and watch the video here.')."),
]

ANN["d2805_sen-andrew-chesney"] = [
    T("subhead", "Heading of the newsletter's first item ('Chesney Sponsors Legislation that Repeals the TRUST Act; Requires Law Enforcement to Coordinate with ICE'); the page's own title is not in the stored text."),
    C("opposes", "Newsletter voice: 'I filed Senate Bill 1203, which would repeal the TRUST Act' and bar local rules that 'interfere with the enforcement of federal immigration laws' (his own repeal bill, presented as his cause).",
      opt=[O(CHESNEY, NEWSLETTER)]),
    C("opposes", "Newsletter voice: Pritzker's policies make it 'virtually impossible for law enforcement to work with federal immigration authorities'; officers directed 'to obstruct federal law'.",
      opt=[O(CHESNEY, NEWSLETTER)]),
    C("opposes", "Newsletter voice: the TRUST Act 'shields illegal immigrants ... from deportation'; 'Elements of the TRUST Act do the exact opposite'.",
      opt=[O(CHESNEY, NEWSLETTER)]),
    C("opposes", "Newsletter voice: 'Governor Pritzker isn’t protecting families, he’s protecting criminals'; 'allow law enforcement to cooperate with ICE'.",
      opt=[O(CHESNEY, NEWSLETTER)]),
    B("video_link", "Link ('Click here to watch a video of my press conference remarks.')."),
    T("subhead", "Heading of the next item ('IPASS on Demand Comes to South Beloit TODAY')."),
    C("neutral", "Newsletter voice on toll-transponder events in the 45th District (off topic).",
      opt=[O(CHESNEY, NEWSLETTER)]),
    C("neutral", "Newsletter voice: the Tollway is replacing transponders with stickers (off topic).",
      opt=[O(CHESNEY, NEWSLETTER)]),
    T("subhead", "Event title ('IPASS on Demand in South Beloit')."),
    C("neutral", "Event detail: the date ('Monday, February 3'; off topic)."),
    C("neutral", "Event detail: the hours ('3:00 PM – 7:00 PM'; off topic)."),
    C("neutral", "Event detail: the venue ('Nature at the Confluence'; off topic)."),
    C("neutral", "Event detail: the address ('306 Dickop Street, South Beloit'; off topic)."),
]

ANN["d2806_northwestern-now"] = [
    B("navigation", "Skip link ('Skip to main content')."),
    B("navigation", "Search-box fragment ('for')."),
    T("headline", "Headline ('Northwestern law experts on DOJ lawsuit against Chicago over sanctuary city policies')."),
    C("opposes", "The Department of Justice filed suit over the sanctuary policies; 'The suit claims the local and state laws violate federal immigration law' (the filer speaking through its suit; alternative: neutral, a lawsuit reported).",
      sp=[S(DOJ, "The Department of Justice")], amb=True),
    C("neutral", "'Federal prosecutors specifically called out' the Welcoming City Ordinance and the Trust Act; what the two laws prevent (mostly description of the laws; alternative: opposes, the prosecutors' criticism).",
      sp=[S(DOJ, "Federal prosecutors")], amb=True),
    C("opposes", "'The DOJ claims the local laws are unconstitutional and are an intentional effort to obstruct' federal enforcement.",
      sp=[S(DOJ, "The DOJ")]),
    C("neutral", "Professors available for comment (media advisory)."),
    C("neutral", "Nadav Shoked's field of work (a biography; not speech)."),
    C("neutral", "Daniel Rodriguez's field of work and availability (a biography)."),
    C("neutral", "Heidi Kitrosser's field of work and availability (a biography)."),
    B("contact_info", "Media contact line ('To set up an interview ... contact Shanice Harris at shanice.harris@northwestern.edu.')."),
]

ANN["d2807_steadfast-loyalty"] = [
    C("opposes", "ICE ('Federal immigration officials are warning'): Illinois 'is putting communities at risk' by releasing people with criminal histories despite detainers.",
      sp=[S(ICE, "Federal immigration officials")]),
    C("opposes", "ICE ('According to the agency', 'ICE reports'): more than 1,700 released; many convicted of violent crimes (a warning of danger).",
      sp=[S(ICE, "the agency", "ICE")]),
    C("opposes", "ICE ('ICE argued', 'The agency said'): refusing detainers lets 'dangerous offenders' return; 'undermines public safety'.",
      sp=[S(ICE, "ICE", "The agency")]),
    C("opposes", "'Federal officials also signaled' possible action; 'Illinois lawmakers defending current policy argue' it limits entanglement, 'but critics insist the practice leaves residents vulnerable' (the emphasised last point against the policy; alternative: neutral, both sides given). 'Federal officials' may be ICE continuing or other agencies: optional.",
      opt=[O(ICE, "'Federal officials' continues the ICE account but may be other federal agencies", "Federal officials")],
      un=["Illinois lawmakers", "critics"], amb=True),
]

ANN["d2808_press-pass-q"] = [
    T("headline", "Post headline ('ICE raids in Chicago an issue for LGBTQ media')."),
    B("byline", "Byline ('by Joe Siegel')."),
    C("neutral", "Author: ICE raids and Texas National Guard members in Chicago drew wide coverage (background)."),
    C("supports", "A Windy City Times story 'highlighted Chicago officials vowing to protect the city’s immigrant communities from ICE' (reports officials' promise of protection; alternative: neutral, a summary of another outlet's story).",
      un=["Chicago officials"], out=["Windy City Times"], amb=True),
    C("supports", "Ponce de León ('said', 'She pointed to'; quoted as 'WCT reported'): the city 'is drawing on every tool available to resist ICE'; executive orders reaffirming the Welcoming City Ordinance, 'ensuring that Chicago police will not cooperate or assist ICE'. She spoke 'on behalf of Mayor Brandon Johnson' (optional).",
      sp=[S(PONCE, "Beatriz Ponce de León")],
      opt=[O(BJOHNSON, "she speaks 'on behalf of Mayor Brandon Johnson'; the words are hers", "Brandon Johnson")],
      out=["WCT"]),
    C("neutral", "A WCT story on Fuentes's threatened lawsuit against an ICE agent (a suit against an agent, not about local cooperation).",
      out=["WCT"]),
    C("neutral", "Quoted WCT copy ('wrote Jake Wittich, WCT’s managing editor'): Fuentes ('Fuentes said') is consulting lawyers after an agent handcuffed her at a hospital (an incident and a planned suit; the editor only passes it along).",
      sp=[S(FUENTES, "Fuentes")], out=["WCT", "Windy City Times"]),
    C("neutral", "Fuentes ('Fuentes told WCT'): 'What’s happening in the city of Chicago is not about safety. It’s about a white supremacist project' (against the federal operation, not about police cooperation; alternative: supports, it rejects the safety case made against the sanctuary city).",
      sp=[S(FUENTES, "Fuentes")], out=["WCT"], amb=True),
    B("caption", "Photo caption ('Windy City Times’ Matt Simonette')."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d2800_windy-city-times.txt", "outlet": "Windy City Times (windycitytimes.com; letters page)", "date": "2017-08-16",
     "title": "LETTERS Sanctuary, gun violence",
     "url": "https://www.windycitytimes.com/lgbt/LETTERS-Sanctuary-gun-violence/60119.html"},
    {"file": "d2801_upstream-ideas.txt", "outlet": "Upstream Ideas (upstream-ideas.com; radio show's post)", "date": "2017-08",
     "title": "Lake County Sheriff Supports Sanctuary State Bill",
     "url": "http://upstream-ideas.com/upstream-ideas/ideas/lake-county-sheriff-supports-sanctuary-state-bill"},
    {"file": "d2802_times-herald.txt", "outlet": "Times Herald (thetimesherald.com, Port Huron, Michigan)", "date": "2017-12-08",
     "title": "Immigration crackdown pays the bills at county jail",
     "url": "https://www.thetimesherald.com/story/news/local/port-huron-township/2017/12/08/immigration-crackdown-pays-bills-county-jail/920909001/"},
    {"file": "d2803_sopris-sun.txt", "outlet": "Sopris Sun (soprissun.com, Carbondale, Colorado)", "date": "2017-08",
     "title": "Mayor: We're about public safety and not immigration status (from the URL slug; no headline in the stored text)",
     "url": "https://soprissun.com/mayor-were-about-public-safety-and-not-immigration-status/"},
    {"file": "d2804_siu-school-of-law.txt", "outlet": "SIU School of Law (law.siu.edu; news page reposting KFVS12)", "date": "2021-08-06",
     "title": "SIULAW Prof. Cindy Buys discusses the impact of the Illinois Way Forward Act on the Pulaski County Detention Center in Ullin, Illinois with local CBS affiliate, KFVS12",
     "url": "https://law.siu.edu/about/news/2021/08-06-2021.php"},
    {"file": "d2805_sen-andrew-chesney.txt", "outlet": "State Sen. Andrew Chesney (senatorchesney.com, legislator's newsletter)", "date": "2025-02-03",
     "title": "Senator Andrew Chesney's Week in Review (from the URL slug; the stored text opens with the item 'Chesney Sponsors Legislation that Repeals the TRUST Act; Requires Law Enforcement to Coordinate with ICE')",
     "url": "https://senatorchesney.com/senator-andrew-chesneys-week-in-review-19/"},
    {"file": "d2806_northwestern-now.txt", "outlet": "Northwestern Now (news.northwestern.edu; university media advisory)", "date": "2025-02-06",
     "title": "Northwestern law experts on DOJ lawsuit against Chicago over sanctuary city policies",
     "url": "https://news.northwestern.edu/stories/2025/02/northwestern-law-experts-on-doj-lawsuit-against-chicago-over-sanctuary-city-policies"},
    {"file": "d2807_steadfast-loyalty.txt", "outlet": "Steadfast Loyalty (steadfastloyalty.com)", "date": "2025",
     "title": "ICE says Illinois releases violent offenders despite detainers (from the URL slug; no headline in the stored text)",
     "url": "https://steadfastloyalty.com/ice-says-illinois-releases-violent-offenders-despite-detainers/"},
    {"file": "d2808_press-pass-q.txt", "outlet": "Press Pass Q (blog.presspassq.gay; quotes Windy City Times)", "date": "2025-11",
     "title": "ICE raids in Chicago an issue for LGBTQ media",
     "url": "https://blog.presspassq.gay/2025/11/ice-raids-in-chicago-an-issue-for-lgbtq-media.html"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d28")
