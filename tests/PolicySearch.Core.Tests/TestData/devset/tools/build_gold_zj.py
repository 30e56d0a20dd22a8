#!/usr/bin/env python3
"""Dev set, part ZJ (files d3600-d3607): hand annotations -> fresh-zj/gold-fresh-zj.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 8 articles from 8 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. d3606 (El Dorado News-Times) carries a syndicated column (its author is not named in the stored
text) that also ran elsewhere; it is not wire copy. Three articles are not about Illinois: d3600
(Albany Law School, a national explainer on 287(g)), d3602 (The Axis of Stevil Show, a national
explainer on detainers) and d3605 (The Des Moines Register, Iowa's 2018 ban on sanctuary cities).
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (models: build_gold_s.py
and build_gold_y.py): canonical names from canonical.py where they apply (Donald Trump, Jeff Sessions
for "Jefferson Beauregard Sessions The Third" and "Beauregard", U.S. Department of Justice for "the
Trump Department of Justice" and "The DOJ", City of Chicago for "Chicago officials", Trump
administration), otherwise the fullest form the article gives, titles dropped ("Rep. Steven Holt" ->
Steven Holt, "Michael Tupper, chief of police in Marshalltown" -> Michael Tupper). Organisations
speaking as themselves are speakers ("according to the independent Deportation Data Project", "the
advocacy group said in a prepared statement" for the Immigration Project, "the American Civil
Liberties Union of Iowa argued" -> ACLU of Iowa); a court speaks through its ruling ("It ruled that",
d3606 #8 -> U.S. Supreme Court). Unnamed officials of a named body map to that body ("Chicago
officials have argued", d3606 #4 -> City of Chicago). Figurative or borderline attributions are
optional: "In the world according to Trump and Beauregard" (d3603 #3), the Trump administration "has
used the term to characterize" (d3606 #6), and Amanda Karras, the named sender of the one-message
list page d3607, whose own words the content line is (the publisher's voice, the d1902 and d2509
precedents). Issuing executive orders, voting, advancing bills, sending requests and dismissing a
suit are actions; executive orders, bills and ordinances are documents. "The Community Word" (d3604
#7) is the column's own newspaper: a cited outlet. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zj.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import CHICAGO, DOJ, SESSIONS, TRUMP, TRUMP_ADMIN

ARTICLES, MANIFEST, GOLD = part_files("fresh-zj", "gold-fresh-zj.jsonl")


DDP = "Deportation Data Project"
IMM_PROJECT = "Immigration Project"
HOLT = "Steven Holt"
ACLU_IA = "ACLU of Iowa"
TUPPER = "Michael Tupper"
SCOTUS = "U.S. Supreme Court"
KARRAS = "Amanda Karras"

WORLD_ACCORDING = ("'In the world according to Trump and Beauregard' attributes the label figuratively "
                   "(the author's paraphrase of their view, no words of theirs)")
ADMIN_USAGE = ("the administration 'has used the term to characterize' towns and cities: a usage reported "
               "in passing, not a statement given in the line")
SENDER_VOICE = ("the line is the message's own text, written by its sender Amanda Karras (named in the "
                "header and signature), not attributed speech")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d3600_albany-law-school"] = [
    B("site_chrome", "Logo placeholder text ('Logo')."),
    T("headline", "Headline ('When Local Law-Enforcement Officers Become ICE Deputies: 287(g) Agreements')."),
    B("download_link", "Download link label ('Download PDF')."),
    B("byline", "Byline ('by Kendra Sena*')."),
    B("series_note", "Series blurb fused with an update stamp ('The Government Law Center’s explainers ... This explainer was updated on Mar. 18, 2019.')."),
    T("subhead", "Subhead ('Introduction')."),
    C("neutral", "Author: local roles in immigration enforcement vary; most agencies 'have remained neutral', some 'have willingly taken up the charge' (description)."),
    C("neutral", "Author: Trump's two executive orders to prioritize formal agreements; what a 287(g) agreement is; their number 'has increased dramatically' (background; orders are documents)."),
    C("neutral", "Author: 'questions remain'; jurisdictions expect a financial benefit, while critics ('Critics argue') say the program 'erodes trust' and 'nets few criminals'; the explainer's plan (both sides; alternative: supports, the critics' trust argument against local cooperation).",
      un=["Critics"], amb=True),
]

ANN["d3601_american-university-business-law-review"] = [
    B("byline", "Byline ('By Bianca Petcu')."),
    C("supports", "Author: the Trust Act's hearings and passage; with tension over 'sanctuary cities', the General Assembly 'sent a strong message': 'immigrants help our businesses and the economy will suffer without them' (favourable framing; alternative: neutral, mostly legislative history).",
      amb=True),
    C("supports", "Author: Rauner would need to sign; a bipartisan signing 'would show' that the issue 'should not be a political issue – but a humanitarian one' (the author backs the signing)."),
]

ANN["d3602_axis-of-stevil-show"] = [
    T("headline", "Post title ('Sanctuary Cities Explained')."),
    T("dek", "Dek fused with page metadata ('Clearing up the confusion on sanctuary cities. Creation Date Thursday, 19 January 2017. Hits 2516')."),
    C("neutral", "Author: 'Sanctuary Cities' said to disregard the law; Trump ('promising to crack down on them') made them a campaign issue; his supporters 'have no idea what a sanctuary city is'; the post will clear the air (set-up; alternative: supports, correcting the 'harbor illegals' misconception).",
      sp=[S(TRUMP, "Donald Trump")], un=["many of his supporters"], amb=True),
    C("neutral", "Author: 'let's discuss how the process of deporting an illegal alien is supposed to work' (transition)."),
    C("neutral", "List item: an arrested person is fingerprinted at the local jail (process)."),
    C("neutral", "List item: prints go to the FBI and on to ICE to check status (process)."),
    C("neutral", "List item: ICE sends a detainer request to the jail to hold the suspect while it obtains a warrant (process)."),
]

ANN["d3603_beery-blog"] = [
    T("headline", "Headline ('Cities Seek Sanctuary: Trump Likely to Get a Lesson in Federalism')."),
    C("supports", "Author: Trump and Sessions ('Jefferson Beauregard Sessions The Third') like local power only in the service of 'tribalism', least of all when municipalities adopt 'inclusive rather than exclusionary' policies (mocks federal hostility to sanctuary policies; alternative: neutral, no policy named in the line).",
      amb=True),
    C("supports", "Author (image-name residue 'Chicago_Theatre_blend' fused to the start): Chicago's Welcoming City Ordinance, sarcastically 'we can’t have anything like that', described with approval: respect and dignity, no papers asked, crimes reported without fear of deportation."),
    C("supports", "Author (residue 'sessions' fused to the start): calling Chicago a 'sanctuary city' is 'right-wing vernacular' of people who 'know nothing about' it; opponents mocked ('Cuz sank-ah-sherry’z fer Murkans!').",
      opt=[O(TRUMP, WORLD_ACCORDING, "Trump"), O(SESSIONS, WORLD_ACCORDING, "Beauregard")],
      un=["teabaggers", "a bagger"]),
]

ANN["d3604_bill-knight"] = [
    B("blog_note", "Blog header note on where the syndicated column appears ('Days after print publication, Bill Knight’s syndicated newspaper column ...')."),
    B("timestamp_label", "Date line ('Monday, September 1, 2025')."),
    T("headline", "Column headline ('ICE active in downstate Illinois, and it could increase')."),
    C("neutral", "White House goal of 3,000 detentions a day; 'masked agents without warrants' made 1,000+ arrests in the Chicago area of responsibility, 'according to the independent Deportation Data Project' (ICE arrests, not local cooperation).",
      sp=[S(DDP, "Deportation Data Project")]),
    C("neutral", "Arrests in Central Illinois, 'according to the Immigration Project' (report).",
      sp=[S(IMM_PROJECT, "Immigration Project")]),
    C("neutral", "The Immigration Project ('the advocacy group said in a prepared statement'): reports of arrests in Champaign, Kankakee, Bloomington, Springfield; enforcement 'likely happening everywhere' (no view on local cooperation).",
      sp=[S(IMM_PROJECT, "the advocacy group")]),
    C("neutral", "The detainee locator has few details; a man arrested outside the McLean County courthouse (report)."),
    C("neutral", "The Community Word contacted two Peoria law firms: one declined, the other spoke anonymously (sourcing).",
      un=["two Peoria law firms"], out=["The Community Word"]),
    C("neutral", "An unnamed immigration lawyer ('he said'): 'some bad and some good' in enforcement; agents should separate violent criminals from everyone else (about ICE's targeting, not local police).",
      un=["he"]),
]

ANN["d3605_des-moines-register"] = [
    T("headline", "Headline ('Iowa House advances 'sanctuary cities' ban despite opposition')."),
    B("byline", "Byline name ('Brianne Pfannenstiel')."),
    B("byline", "Byline outlet ('The Des Moines Register')."),
    B("comment_link", "Comment link label ('View Comments')."),
    C("neutral", "House Republicans voted to advance a bill prohibiting 'sanctuary cities' and denying state funding to non-compliant places (a vote, reported)."),
    B("photo_caption", "Photo caption ('Rep. Steven Holt, R-Denison, leads a subcommittee meeting on Senate File 481 ...')."),
    C("neutral", "Nobody from the public spoke in favor; the subcommittee voted 2-1 to advance the bill (procedure and vote)."),
    C("opposes", "Holt ('said Rep. Steven Holt'): 'Sanctuary cities place the interests of illegal immigrants ahead of that of their own citizens'; Iowans 'overwhelmingly reject' them.",
      sp=[S(HOLT, "Steven Holt")]),
    C("supports", "Dozens of opponents of the ban held signs ('Keep families together', 'An unjust law is no law at all') (their slogans dominate; alternative: neutral, a report of the hearing's turnout).",
      un=["dozens of opponents"], amb=True),
    C("supports", "Chiefs of police: the bill 'undermines the trust'; the ACLU of Iowa ('argued'): legal liability under the Constitution; domestic violence advocates: immigrants less likely to report crime.",
      sp=[S(ACLU_IA, "American Civil Liberties Union of Iowa")], un=["Several chiefs of police", "domestic violence prevention advocates"]),
    C("supports", "Tupper ('said Michael Tupper, chief of police in Marshalltown'): the legislation 'works to diminish public safety' and will 'cause people to go back into the shadows'.",
      sp=[S(TUPPER, "Michael Tupper")]),
]

ANN["d3606_el-dorado-news-times"] = [
    B("site_name", "Newspaper name at the top of the page ('El Dorado News-Times')."),
    T("headline", "Column headline ('Sanctuary Cities and the Rule of Law')."),
    B("separator", "Separator line ('-')."),
    C("opposes", "The DOJ ('told the mayor of Chicago') it would cease funding police grants because Chicago 'were not cooperating with federal immigration officials' (the federal threat; alternative: neutral, the column's factual lede).",
      sp=[S(DOJ, "the Trump Department of Justice")], amb=True),
    C("neutral", "Both sides: the DOJ ('contended') Chicago contributes to lawlessness, what the feds 'derisively call a \"sanctuary city\"'; Chicago officials ('have argued') their police are not obliged to work for the feds (even; alternative: supports, 'derisively').",
      sp=[S(DOJ, "The DOJ"), S(CHICAGO, "Chicago officials")], amb=True),
    C("neutral", "Rhetorical question ('Who is correct?'), no view yet."),
    C("supports", "Author: a sanctuary city is not one where federal law goes unenforced but where local authorities choose 'not to spend their tax dollars' helping the feds; 'not a legal term but a political one'.",
      opt=[O(TRUMP_ADMIN, ADMIN_USAGE, "The Trump administration")]),
    C("supports", "Author: can local authorities refuse to help the feds? 'In a word, yes'; no legal obligation to supply manpower, resources or data."),
    C("supports", "The Supreme Court ('It ruled') that the feds 'cannot commandeer local and state officials' (a gun-registration precedent, offered for the sanctuary case; alternative: neutral, a precedent described).",
      sp=[S(SCOTUS, "the Supreme Court")], amb=True),
]

ANN["d3607_imla-list"] = [
    B("list_header", "Mailing-list address ('immigration@lists.imla.org')."),
    B("list_header", "List description ('A list designated to discussing immigration issues.')."),
    B("site_chrome", "Navigation link ('View all threads')."),
    B("list_header", "List name ('IMLA Immigration Working Group')."),
    B("avatar", "Sender's avatar initials ('AK')."),
    B("byline", "Sender name ('Amanda Karras')."),
    B("timestamp_label", "Message timestamp ('Sat, Jul 26, 2025 12:24 AM')."),
    B("salutation", "Salutation ('Dear IMLA Immigration Working Group:')."),
    C("neutral", "Sender's voice: the district court in United States v. Illinois dismissed the federal claims against Chicago, Cook County and Illinois over their sanctuary policies, without prejudice; analysis to follow (a ruling reported).",
      opt=[O(KARRAS, SENDER_VOICE)]),
    B("signoff", "Sign-off ('Thanks,')."),
    B("signature", "Signature first name ('Amanda')."),
    B("signature", "Logo link ('[logo]https://imla.org/')."),
    B("signature", "Social-media icon links (Facebook, Twitter, LinkedIn)."),
    B("signature", "Signature name ('Amanda Karras (she/her)')."),
    B("signature", "Signature title ('Executive Director / General Counsel')."),
    B("signature", "Signature organisation ('International Municipal Lawyers Association')."),
    B("contact_info", "Phone line ('P: (202) 466-5424 x7116')."),
    B("contact_info", "Direct line ('D: (202) 742-1018')."),
    B("contact_info", "Postal address ('51 Monroe St. Suite 404 Rockville, MD, 20850')."),
    B("promo", "Events promotion ('Plan Ahead! See IMLA's upcoming events ...')."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d3600_albany-law-school.txt", "outlet": "Albany Law School, Government Law Center (albanylaw.edu; explainer by Kendra Sena)", "date": "2019-03-18",
     "title": "When Local Law-Enforcement Officers Become ICE Deputies: 287(g) Agreements",
     "url": "https://albanylaw.edu/government-law-center/when-local-law-enforcement-officers-become-ice-deputies-287g-agreements"},
    {"file": "d3601_american-university-business-law-review.txt", "outlet": "American University Business Law Review (aublr.org, student blog post by Bianca Petcu)", "date": "2017-10",
     "title": "Trusting Illinois lead way (from the URL slug 'trusting-illinois-lead-way'; no headline in the stored text)",
     "url": "https://aublr.org/2017/10/trusting-illinois-lead-way/"},
    {"file": "d3602_axis-of-stevil-show.txt", "outlet": "The Axis of Stevil Show (theaxisofstevilshow.com, blog)", "date": "2017-01-19",
     "title": "Sanctuary Cities Explained",
     "url": "http://theaxisofstevilshow.com/index.php/blog/political-zoo/item/sanctuary-cities-explained.html"},
    {"file": "d3603_beery-blog.txt", "outlet": "Beery Blog (beeryblog.com, personal blog)", "date": "2017-08-10",
     "title": "Cities Seek Sanctuary: Trump Likely to Get a Lesson in Federalism",
     "url": "https://beeryblog.com/2017/08/10/cities-seek-sanctuary-trump-likely-to-get-a-lesson-in-federalism/"},
    {"file": "d3604_bill-knight.txt", "outlet": "Bill Knight (mayflyproductions.blogspot.com, the columnist's blog; column for The Community Word)", "date": "2025-09-01",
     "title": "ICE active in downstate Illinois, and it could increase",
     "url": "https://mayflyproductions.blogspot.com/2025/09/ice-active-in-downstate-illinois-and-it.html"},
    {"file": "d3605_des-moines-register.txt", "outlet": "The Des Moines Register (desmoinesregister.com)", "date": "2018-01-30",
     "title": "Iowa House advances 'sanctuary cities' ban despite opposition",
     "url": "https://www.desmoinesregister.com/story/news/politics/2018/01/30/iowa-house-advances-sanctuary-cities-ban-despite-opposition/1078572001/"},
    {"file": "d3606_el-dorado-news-times.txt", "outlet": "El Dorado News-Times (Arkansas; print edition via PressReader, syndicated column)", "date": "2017-08-13",
     "title": "Sanctuary Cities and the Rule of Law",
     "url": "http://www.pressreader.com/usa/el-dorado-news-times/20170813/281569470831215"},
    {"file": "d3607_imla-list.txt", "outlet": "IMLA Immigration Working Group list (International Municipal Lawyers Association; archive mirrored at lists.ctbirding.org)", "date": "2025-07-26",
     "title": "United States v. Illinois dismissal (descriptive; the message has no subject line in the stored text)",
     "url": "https://lists.ctbirding.org/empathy/thread/RMETYC4ZPAKGKKXMHGWJAXPOR52WIEIB"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d36")
