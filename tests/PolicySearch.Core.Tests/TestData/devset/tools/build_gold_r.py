#!/usr/bin/env python3
"""Dev set, part R (files d1800-d1810): hand annotations -> fresh-r/gold-fresh-r.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 11 articles from 11 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. Two articles are about other places than Illinois (d1800 San Francisco, d1801 a national
editorial built on a San Francisco case). The annotations follow /work/shared/eval/seeds/NOTES.md
(speaker rules, field conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of
parts B-Q: canonical names from canonical.py where they apply (Brandon Johnson, JB Pritzker, City of
Chicago, U.S. Department of Justice, Tricia McLaughlin, Trump administration), otherwise the fullest
form the article gives, titles dropped ("Board Chairman Chris Balkema" -> Chris Balkema, "Cardinal
Blase Cupich" -> Blase Cupich, "Boston Mayor Michelle Wu" -> Michelle Wu). A person speaking for an
organisation is the person only (Gail Montenegro, not ICE; Tricia McLaughlin, not DHS); filers speak
through their filing ("the city of Chicago sued ..., arguing" -> City of Chicago; "The Justice
Department argues ... The lawsuit claims" -> U.S. Department of Justice); a quote continuing an
attribution of an earlier line keeps the speaker with an empty alias list (Cupich d1803 #8, Johnson
d1808 #4). The author of an op-ed named only in its byline (Dennis Herrera, d1800) is an optional
speaker of its argument lines: the op-ed's own voice is authorship rather than attributed speech
(part M kept a byline-named letter writer as core; a second annotator could do that here).
Documents (the guidelines, the resolutions, the conditions, the executive order) are not speakers.
Signing, suing, voting, placing conditions and detaining are actions. News outlets that only pass
words along are cited outlets (WCSJ News, the New York Times, The Chicago Tribune). They were made by
reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_r.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, CHICAGO, DOJ, MCLAUGHLIN, PRITZKER, TRUMP_ADMIN

ARTICLES, MANIFEST, GOLD = part_files("fresh-r", "gold-fresh-r.jsonl")


HERRERA = "Dennis Herrera"
CUPICH = "Blase Cupich"
MONTENEGRO = "Gail Montenegro"
BALKEMA = "Chris Balkema"
OJP = "Office of Justice Programs"
WU = "Michelle Wu"
JOHNSTON = "Mike Johnston"
ADAMS = "Eric Adams"
BONDI = "Pam Bondi"

OPED = "the op-ed's author, named only in the byline (#1); the line is the op-ed's own voice, not attributed speech"
CHURCH = ("about church property, not about state or local police cooperation; a private body refusing ICE entry without "
          "a warrant (alternative: supports, an actor declining to cooperate with ICE)")
MAYORS = "one of 'the mayors of Chicago, New York, Boston and Denver', who 'appeared ... to defend' their cities' efforts; no name is in the line"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d1800_sf-city-attorney"] = [
    T("headline", "Op-ed headline ('Are sanctuary cities good for the community?')."),
    B("byline", "Byline ('By Dennis Herrera')."),
    B("source_label", "Republication note ('[Originally published in the San Francisco Chronicle, April 7, 2017]')."),
    C("supports", "Op-ed voice: more than 600 jurisdictions have sanctuary policies because 'They work.'",
      opt=[O(HERRERA, OPED)]),
    C("supports", "Op-ed voice: 'We're all better off' when everyone is willing to report a crime, enroll children, access vaccines (the trust argument).",
      opt=[O(HERRERA, OPED)]),
    C("supports", "Op-ed voice: a sanctuary jurisdiction focuses resources on local priorities; 'Immigration enforcement is the federal government's job. Public safety is local government's job.'",
      opt=[O(HERRERA, OPED)]),
    C("supports", "Op-ed voice: cities 'have to deal with reality' of millions of undocumented residents, 'our neighbors' (offered as a reason for the policies; alternative: neutral, the 'broken' system and the residents say nothing about cooperation by themselves).",
      opt=[O(HERRERA, OPED)], amb=True),
    C("supports", "Op-ed voice: fear of deportation means crimes go unreported and 'Everyone is less safe' when Trump forces police 'to become deportation agents'.",
      opt=[O(HERRERA, OPED)]),
    C("supports", "Op-ed voice: a study found 44% of Latinos and 70% of undocumented immigrants less likely to contact police (evidence for the chilling-effect argument).",
      opt=[O(HERRERA, OPED)]),
    C("supports", "Op-ed voice: 'Some think sanctuary policies protect criminals. That's false.' (rebuts the anti-sanctuary claim).",
      opt=[O(HERRERA, OPED)]),
    C("supports", "Op-ed voice: 'we follow federal law'; detainers are not required; Trump's withholding of funds is 'patently unconstitutional' (defends the policy, criticises grant threats).",
      opt=[O(HERRERA, OPED)]),
]

ANN["d1801_usa-today-pressreader"] = [
    B("outlet_label", "Edition label of the PressReader page ('USA TODAY International Edition')."),
    T("headline", "Editorial headline ('When ‘ sanctuary cities’ go too far, public safety suffers')."),
    B("separator", "A lone '-' between headline and text."),
    C("supports", "Editorial: 'Many immigration supporters laud \"sanctuary cities\" as beacons of humanity' (the supporters' view reported; alternative: opposes, it is the set-up the next line answers with 'But').",
      un=["Many immigration supporters"], amb=True),
    C("opposes", "Editorial: when policies shield people with serious crimes, 'immigration advocates undermine their credibility by defending the indefensible'.",
      un=["immigration advocates"]),
    C("neutral", "Editorial: 'sanctuary' is a rallying cry for both sides; the issue is 'more complex than the sound bites suggest' (balanced framing)."),
    C("neutral", "Editorial: no government can offer absolute sanctuary; several hundred jurisdictions refuse detainers, 'from sensible policies to irrational ones that endanger public safety' (balanced; alternative: opposes, the emphasis falls on the irrational end).",
      amb=True),
    C("opposes", "Editorial: 'A notorious example of irrationality' — Lopez-Sanchez freed by the San Francisco sheriff because the policy 'barred contact' with ICE, then Steinle killed (blames a sanctuary release)."),
]

ANN["d1802_national-league-of-cities"] = [
    T("headline", "Post headline ('Chicago Granted Injunction in Fight Against “Sanctuary City” Restrictions')."),
    B("timestamp_label", "Date and reading-time line ('September 18, 2017 - (4 min read)')."),
    C("supports", "The DOJ added grant requirements; 'the city of Chicago sued ..., arguing that these new requirements ... are unlawful and/or unconstitutional' (the filer's argument against the grant conditions; alternative: neutral, mostly the facts of the suit).",
      sp=[S(CHICAGO, "the city of Chicago")], amb=True),
    C("neutral", "The court granted Chicago's request for a nationwide preliminary injunction (a ruling, reported)."),
    C("neutral", "Background: Byrne JAG created in 2005; DOJ required documentation of compliance with 8 U.S.C. 1373 (facts)."),
    C("neutral", "The 'notice' and 'access' requirements: 48 hours' notice of release and jail access (what the conditions say)."),
    C("neutral", "The requirements conflict with the Welcoming City policy, which bars answering ICE inquiries except for serious crime (describes the policy and the conflict, without evaluation)."),
]

ANN["d1803_catholic-herald"] = [
    B("section_label", "Section label ('Latest News')."),
    T("headline", "Headline ('US cardinal tells priests to turn away immigration officers without warrants')."),
    B("photo_caption", "Photo caption ('Cardinal Blase Cupich of Chicago (CNS)')."),
    C("neutral", "Cupich ('The Archbishop of Chicago has told priests') not to allow immigration officers on Church property without a warrant (" + CHURCH + ").",
      sp=[S(CUPICH, "The Archbishop of Chicago")], amb=True),
    C("neutral", "Cupich's letter ('Cardinal Blase Cupich wrote'): 'tell them politely they cannot come on the premises' (" + CHURCH + ").",
      sp=[S(CUPICH, "Blase Cupich")], amb=True),
    C("neutral", "Trump's new deportation guidelines, in the words 'according to the New York Times' (the guidelines are a document; Trump issuing them is an action).",
      out=["New York Times"]),
    C("neutral", "The new policy could add thousands of enforcement officers (a fact)."),
    C("neutral", "Cupich ('Cardinal Cupich said') the Church must stand with worried parishioners (pastoral, not about cooperation).",
      sp=[S(CUPICH, "Cardinal Cupich")]),
    C("neutral", "Cupich's letter (continues #7): parishioners' trust; the Archdiocese 'supports the dignity of all persons without regard to immigration status' (not about cooperation).",
      sp=[S(CUPICH)]),
    C("neutral", "Cupich ('The cardinal clarified'): churches not named 'sanctuaries' because it would be 'irresponsible to create false hope' (about church sanctuary, not local policing).",
      sp=[S(CUPICH, "The cardinal")]),
    C("neutral", "Montenegro, an ICE spokeswoman, 'told The Chicago Tribune' agents still abide by the 2011 'sensitive locations' directive (procedure).",
      sp=[S(MONTENEGRO, "Gail Montenegro")], out=["The Chicago Tribune"]),
]

ANN["d1804_grundy-reporter"] = [
    C("neutral", "Three county resolutions passed after the Nov. 3 ballot, 'as reported by WCSJ News' (facts).",
      out=["WCSJ News"]),
    C("neutral", "The redistricting resolution (off topic), 'as reported by WCSJ News'.",
      out=["WCSJ News"]),
    C("neutral", "Balkema ('Board Chairman Chris Balkema said') on the independent-commission vote (off topic).",
      sp=[S(BALKEMA, "Chris Balkema")], out=["WCSJ News"]),
    B("photo_caption", "Photo caption ('Three resolutions have been passed by Grundy County')."),
    B("photo_credit", "Photo credit ('| Shutterstock')."),
    C("neutral", "64% of voters favoured allowing county authorities to help federal immigration enforcement (a vote result; alternative: opposes, read as the county's endorsement of cooperation).",
      amb=True),
    C("neutral", "Ann Gill voted against that resolution (an action, not speech); voters opposed limits on the Second Amendment."),
    C("neutral", "Balkema ('Balkema said') on the 67% for the gun resolution (off topic).",
      sp=[S(BALKEMA, "Balkema")], out=["WCSJ News"]),
    C("neutral", "The resolutions go to the state; unknown whether Illinois will listen (descriptive)."),
]

ANN["d1805_syracuse-law-review"] = [
    T("headline", "Post headline ('Illinois District Court Judge Rules Against Conditioning Grants for Sanctuary Cities')."),
    B("byline", "Byline ('Written By Alex Grzebyk')."),
    T("subhead", "Subhead ('Background')."),
    C("neutral", "What Byrne JAG funds and how Chicago has used them since 2005 (background)."),
    C("neutral", "DOJ's 2016 compliance condition, 8 U.S.C. § 1373, and the Office of Justice Programs' determination (legal background; the notice and the determination are close to documents).",
      opt=[O(DOJ, "'the Department of Justice notified all Byrne JAG applicants' of a condition: a notice, closer to a document than speech", "Department of Justice"),
           O(OJP, "'the Office of Justice Programs determined that ...': an official determination, closer to a document than speech", "Office of Justice Programs")]),
    C("neutral", "Sessions 'placed two new conditions' (an action); the quoted words are the conditions themselves (documents)."),
]

ANN["d1806_the-daily-line"] = [
    B("separator", "A lone '-' above the headline."),
    T("headline", "Headline ('Johnson, other mayors say sanctuary city policies make cities safer at daylong House Oversight Committee hearing')."),
    B("photo_caption", "Photo caption ('Mayor Brandon Johnson testifies ... [Livestream]')."),
    C("supports", "Johnson 'joined three other big city mayors ... to defend Chicago's Welcoming City Ordinance' at the hearing (his stated position at a hearing).",
      sp=[S(BJOHNSON, "Brandon Johnson")]),
    C("supports", "Johnson ('Johnson said'): fears of deportation 'make Chicago more dangerous'; witnesses and victims avoid police (the trust argument).",
      sp=[S(BJOHNSON, "Johnson")]),
    C("neutral", "Wu, Johnston and Adams 'also testified about' their cities' policies (what they testified about, without their words; alternative: supports, they came to defend them).",
      sp=[S(WU, "Michelle Wu"), S(JOHNSTON, "Mike Johnston"), S(ADAMS, "Eric Adams")], amb=True),
    C("supports", "'the four reiterated' their policies ensure people report crimes and 'claimed' police still help apprehend violent criminals (defence of the policies).",
      sp=[S(BJOHNSON, "the four"), S(WU, "the four"), S(JOHNSTON, "the four"), S(ADAMS, "the four")], un=["congressional Republicans"]),
    C("supports", "Johnson ('Johnson said'): 'myths about these laws', 'fearmongering'; Chicago's crime rates trending down.",
      sp=[S(BJOHNSON, "Johnson")]),
    C("opposes", "'Republicans argued that the policies run afoul of federal law' and hinder federal authorities (the author adds that agencies can still operate; the argument dominates).",
      un=["Republicans"]),
]

ANN["d1807_389country"] = [
    B("image_filename", "Image markdown with a wixstatic URL ('![](https://static.wixstatic.com/...)')."),
    C("neutral", "DOJ sued Illinois, Chicago and Cook County (an action); Bondi 'called for such regions to be federally defunded' (the facts of the suit dominate; alternative: opposes, Bondi's call).",
      sp=[S(BONDI, "Pam Bondi")], amb=True),
    C("neutral", "Author: a dozen states and hundreds of cities have such statutes; they 'ostensibly' build trust, 'though critics claim' they flout federal authority (both sides; 'ostensibly' a light lean; alternative: opposes).",
      un=["critics"], amb=True),
    C("neutral", "The anticommandeering question; 'The Trump administration argues federal power preempts such state laws' (legal framing dominates; alternative: opposes, the administration's argument).",
      sp=[S(TRUMP_ADMIN, "The Trump administration")], amb=True),
    B("comment_prompt", "Comments widget label ('Comments')."),
]

ANN["d1808_fourteen-east"] = [
    T("headline", "Headline ('Johnson testifies in Congress alongside mayors of New York City, Boston, Denver for over six hours')."),
    C("neutral", "Johnson 'testified ... about the city's sanctuary status', which restricts CPD from helping with mass deportations (what the testimony was about, and what the policy does).",
      sp=[S(BJOHNSON, "Brandon Johnson")]),
    C("supports", "The four mayors 'appeared ... to defend their city's efforts to combat closed borders, detention and deportation, as well as to oppose cooperation with federal immigration enforcement'.",
      opt=[O(BJOHNSON, MAYORS), O(ADAMS, MAYORS), O(WU, MAYORS), O(JOHNSTON, MAYORS)]),
    C("neutral", "Johnson ('In his opening statement, Johnson said'): 'a proud city of immigrants' (about immigration, not cooperation; alternative: supports, the opening of his defence of the ordinance).",
      sp=[S(BJOHNSON, "Johnson")], amb=True),
    C("neutral", "Johnson's statement (continues #3): serving 77 neighbourhoods; 'the safety and well being of all residents' (no view on cooperation).",
      sp=[S(BJOHNSON)]),
    C("neutral", "The committee's make-up; Connolly against DOGE (off topic)."),
    C("neutral", "Signs behind Connolly show a child's letter, 'If ICE takes me ...' (fear of deportation, not local cooperation; the letter writer is unnamed).",
      un=["a child"]),
]

ANN["d1809_daily-boulder"] = [
    C("neutral", "Author: Johnson 'isn't pulling punches'; his executive order bans ICE from city property, 'Not one square inch' (an action told with colour; alternative: supports, approving framing).",
      amb=True),
    C("supports", "Johnson and Pritzker 'ha[ve] made it clear: Chicago won't be a playground for federal immigration raids'.",
      sp=[S(BJOHNSON, "Johnson"), S(PRITZKER, "JB Pritzker")]),
    C("supports", "Johnson ('Johnson said in a statement'): 'We will not tolerate ICE agents violating our residents' constitutional rights'.",
      sp=[S(BJOHNSON, "Johnson")]),
    C("neutral", "Author: the directive's steps; 'a full-court press aimed at keeping ICE out' (description; alternative: supports).",
      amb=True),
    C("supports", "Johnson ('Johnson pointed to', 'Johnson said'): ICE detained Ald. Fuentes and used tear gas; 'Chicago stands firm in protecting the Constitutional rights of our residents and immigrant communities'.",
      sp=[S(BJOHNSON, "Johnson")]),
    C("neutral", "'The move has set off a political firestorm.' (transition)."),
    C("opposes", "McLaughlin 'accused Johnson of \"demonizing ICE law enforcement\"' and claimed Chicago police refused to back up federal officers.",
      sp=[S(MCLAUGHLIN, "Tricia McLaughlin")]),
]

ANN["d1810_polar-herald"] = [
    T("headline", "Headline ('DOJ Sues Illinois Governor Over Sanctuary Laws Protecting Immigrants')."),
    T("dek", "Second headline line ('U.S. Sues Illinois Over Immigrant Protection Laws'); the text differs from #0, so no duplicate_of."),
    C("neutral", "DOJ 'has initiated a significant legal challenge' to two laws on enforcement at hospitals and courthouses (an action, reported)."),
    T("subhead", "Subhead ('The Core of the Legal Dispute')."),
    C("neutral", "Author: the Way Forward Act and related laws 'were designed to build trust' and bar arrests near hospitals and courthouses without a judicial warrant (their stated purpose and content; alternative: supports).",
      amb=True),
    C("opposes", "'The Justice Department argues' the statutes interfere with federal authority; 'The lawsuit claims' Illinois creates sanctuary jurisdictions that impede officers and endanger public safety (the filer's view).",
      sp=[S(DOJ, "The Justice Department")]),
    T("subhead", "Subhead ('Context and Recent Enforcement Actions')."),
    C("neutral", "Border Patrol agents including Bovino were seen detaining a person in Little Village (an enforcement action, not speech)."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d1800_sf-city-attorney.txt", "outlet": "San Francisco City Attorney's Office (sfcityattorney.org; the City Attorney's op-ed, first printed in the San Francisco Chronicle)", "date": "2017-04-07",
     "title": "Are sanctuary cities good for the community?",
     "url": "https://www.sfcityattorney.org/2017/04/07/sanctuary-cities-good-community/"},
    {"file": "d1801_usa-today-pressreader.txt", "outlet": "USA Today (International Edition, on PressReader)", "date": "2017-03-14",
     "title": "When ‘ sanctuary cities’ go too far, public safety suffers",
     "url": "http://www.pressreader.com/usa/usa-today-international-edition/20170314/281724089356285"},
    {"file": "d1802_national-league-of-cities.txt", "outlet": "National League of Cities (nlc.org)", "date": "2017-09-18",
     "title": "Chicago Granted Injunction in Fight Against “Sanctuary City” Restrictions",
     "url": "http://www.nlc.org/big-ideas-for-cities/chicago"},
    {"file": "d1803_catholic-herald.txt", "outlet": "Catholic Herald (catholicherald.co.uk)", "date": "2017-03-02",
     "title": "US cardinal tells priests to turn away immigration officers without warrants",
     "url": "https://catholicherald.co.uk/news/2017/03/02/us-cardinal-tells-priests-to-turn-away-immigration-officers-without-warrants/"},
    {"file": "d1804_grundy-reporter.txt", "outlet": "Grundy Reporter (grundyreporter.com)", "date": "2020-11",
     "title": "Board sides with Grundy County voters and approves resolutions (from the URL slug; no headline in the stored text)",
     "url": "https://grundyreporter.com/stories/569748861-board-sides-with-grundy-county-voters-and-approves-resolutions"},
    {"file": "d1805_syracuse-law-review.txt", "outlet": "Syracuse Law Review (lawreview.syr.edu, online post)", "date": "2017",
     "title": "Illinois District Court Judge Rules Against Conditioning Grants for Sanctuary Cities",
     "url": "https://lawreview.syr.edu/illinois-district-court-judge-rules-against-conditioning-grants-for-sanctuary-cities/"},
    {"file": "d1806_the-daily-line.txt", "outlet": "The Daily Line (thedailyline.com)", "date": "2025-03-05",
     "title": "Johnson, other mayors say sanctuary city policies make cities safer at daylong House Oversight Committee hearing",
     "url": "https://www.thedailyline.com/chicago-mayor-brandon-johnson-sanctuary-city-policies-defend-house-oversight-committee-hearing"},
    {"file": "d1807_389country.txt", "outlet": "389country.com (blog)", "date": "2025-02",
     "title": "Sanctuary city suit (from the URL slug; no headline in the stored text)",
     "url": "https://389country.com/post/sanctuary-city-suit"},
    {"file": "d1808_fourteen-east.txt", "outlet": "Fourteen East (fourteeneastmag.com, DePaul student magazine)", "date": "2025-03-08",
     "title": "Johnson testifies in Congress alongside mayors of New York City, Boston, Denver for over six hours",
     "url": "http://fourteeneastmag.com/index.php/2025/03/08/mayor-brandon-johnson-defends-chicagos-sanctuary-status-in-front-of-congress"},
    {"file": "d1809_daily-boulder.txt", "outlet": "Daily Boulder (dailyboulder.com)", "date": "2025-10",
     "title": "Chicago draws the line: mayor bans ICE use of city-owned property amid raids (from the URL slug; no headline in the stored text)",
     "url": "https://dailyboulder.com/chicago-draws-the-line-mayor-bans-ice-use-of-city-owned-property-amid-raids"},
    {"file": "d1810_polar-herald.txt", "outlet": "Polar Herald (polarherald.com)", "date": "2025-12",
     "title": "DOJ Sues Illinois Governor Over Sanctuary Laws Protecting Immigrants",
     "url": "https://polarherald.com/politics/immigration-policy/us-sues-illinois-over-immigrant-protection-laws.html"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d18")
