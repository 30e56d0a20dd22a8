#!/usr/bin/env python3
"""Dev set, part ZG (files d3300-d3309): hand annotations -> fresh-zg/gold-fresh-zg.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 10 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. Two articles are not about Illinois (d3300 a national advocacy group's statement on Trump's 2017
order; d3305 a national essay on sanctuary policies and conservatism). The annotations follow
/work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and STANCE_GUIDELINES.md (stance
rules), and the conventions of the earlier parts (model: build_gold_s.py): canonical names from
canonical.py where they apply (U.S. Department of Homeland Security, Office of the Illinois Attorney
General), otherwise the fullest form the article gives, titles dropped ("Cardinal Blase Cupich" -> Blase
Cupich, "Chicago Police Superintendent David Brown" -> David Brown, "The acting director of the DHS,
Todd Lyons" -> Todd Lyons). A person speaking for an organisation is the person only (Rosi Carrasco, not
Organized Communities Against Deportations); an organisation speaking as itself is a speaker ("The Arab
American Institute released the following statement", d3300 #1; "The Chicago Police Department (CPD)
made a notable declaration", d3306 #1; "DHS argues", d3307; "the response from the Attorney General’s
office ... They argued", d3308 #2). The paragraphs of a statement whose attribution sits in the block
before keep the speaker with an empty alias list (d3300 #2-#3, the NOTES 001 #2 precedent). The author
of a release named only in its "From:" line (Organized Communities Against Deportations, d3301) is an
optional speaker of the release's own lines (authorship, the d1902 Irvin precedent). A report's or a
summary's finding ("A report by ... David Hausman in PNAS found", d3305; "according to a summary from
the Campaign for a Welcoming Illinois", d3303) gives its author as an optional speaker: the words are a
document's. Executive orders, laws and rulings as documents are not speakers; signing, approving,
arresting and hiring are actions. Unnamed groups ("Illinois officials", "Officials in such cities",
"Illinois lawmakers") go in unnamed_sources. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zg.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import AG_OFFICE, DHS

ARTICLES, MANIFEST, GOLD = part_files("fresh-zg", "gold-fresh-zg.jsonl")


AAI = "Arab American Institute"
OCAD = "Organized Communities Against Deportations"
CARRASCO = "Rosi Carrasco"
CUPICH = "Blase Cupich"
CAMPAIGN = "Campaign for a Welcoming Illinois"
NOWRASTEH = "Alex Nowrasteh"
HAUSMAN = "David Hausman"
CPD = "Chicago Police Department"
BROWN = "David Brown"
LYONS = "Todd Lyons"

RELEASE = ("the release's author, named only in its 'From: Organized Communities Against Deportations' line (boilerplate); "
           "the line is the release's own voice, not attributed speech")
SUMMARY = ("'according to a summary from the Campaign for a Welcoming Illinois' / 'the summary said': the coalition's "
           "written summary of the bill, a document's words")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d3300_arab-american-institute"] = [
    B("timestamp_label", "Posting line ('Posted on January 25, 2017 in Press Releases')."),
    C("supports", "Lead-in: 'The Arab American Institute released the following statement' on the orders on the 'Wall and sanctuary cities' (takes the stance of the statement it announces, rule 6).",
      sp=[S(AAI, "The Arab American Institute")]),
    C("supports", "The statement (attribution in #1): Trump 'is attempting to wipe away local communities’ ability to welcome'; sanctuary cities advance 'public safety because they are free to speak without fear'; the order 'forces local police officers to act as federal agents' under threat of lost funding.",
      sp=[S(AAI)]),
    C("neutral", "The statement (continues #2): the wall is 'an extremely costly symbol of xenophobia'; 'scapegoat politics' (about the border wall, not local cooperation; alternative: supports, the close of a statement against the sanctuary-city order).",
      sp=[S(AAI)], amb=True),
]

ANN["d3301_copyline-magazine"] = [
    T("headline", "Headline ('Immigrant Communities Respond to Executive Actions Banning Refugees and Attacking Sanctuary Cities')."),
    B("source_label", "Release source line ('From: Organized Communities Against Deportations')."),
    C("supports", "Release voice: Trump's orders 'targeting sanctuary cities' (with the wall, visa and refugee bans) are 'nothing more than the institutionalization of the xenophobia and Islamophobia' (alternative: neutral, the sanctuary order is one of several and the attack is mostly on the bans).",
      opt=[O(OCAD, RELEASE)], amb=True),
    C("neutral", "Release voice: a press conference will respond to orders 'attacking cities that stand with immigrants'; time and place (an announcement; alternative: supports, the framing of the orders).",
      opt=[O(OCAD, RELEASE)], amb=True),
    C("neutral", "Release voice: the list of families and organisations attending (a list)." ,
      opt=[O(OCAD, RELEASE)]),
    C("supports", "Carrasco ('said Rosi Carrasco'): the policies 'demonize and target immigrant communities' and 'erode the hard fought-for protections that we have won'.",
      sp=[S(CARRASCO, "Rosi Carrasco")]),
]

ANN["d3302_catholic-culture"] = [
    B("section_label", "Publication label ('Catholic World News')."),
    T("headline", "Headline ('Cardinal Cupich: sanctuary churches create ‘false hope’; immigration officials need warrant')."),
    B("timestamp_label", "Date line ('March 02, 2017')."),
    C("neutral", "Cupich ('Cardinal Blase Cupich has told'): solidarity with those troubled by the executive orders, but churches are not named 'sanctuaries' to avoid 'false hope' (about church sanctuary, not police cooperation; alternative: supports, his solidarity against the orders).",
      sp=[S(CUPICH, "Blase Cupich")], amb=True),
    C("neutral", "Cupich ('The prelate ... stating that'): priests should not house people at risk of deportation without permission (church residence rules, not local cooperation with ICE).",
      sp=[S(CUPICH, "The prelate")]),
    C("supports", "Cupich ('Cardinal Cupich said'): without a warrant, 'tell them politely they cannot come on the premises' (a refusal to help ICE without a warrant; alternative: neutral, church property rather than police policy).",
      sp=[S(CUPICH, "Cardinal Cupich")], amb=True),
]

ANN["d3303_equal-voice"] = [
    B("section_label", "Site label ('Equal Voice')."),
    T("headline", "Headline ('IIl. Advocates: TRUST Act Is a Solution Amid Immigration Crackdown')."),
    B("timestamp_label", "Date line ('April 14, 2017')."),
    B("byline", "Byline name ('Paul Nyhan')."),
    B("byline", "Byline ('By Paul Nyhan')."),
    B("byline", "Byline title ('Manager of Storytelling')."),
    C("supports", "Author: the administration's 'public crackdown on immigration', including 'a state legislative threat to jail local law enforcement officials who don’t cooperate' (criticises pressure on non-cooperation; alternative: neutral, a description).",
      amb=True),
    B("photo_caption", "Photo caption ('Social justice advocates with the Illinois Coalition ... Photo courtesy of ICIRR')."),
    C("supports", "Author: the crackdown 'is spreading fear'; communities 'are responding by crafting measures' to keep local police out of immigration enforcement."),
    C("neutral", "The Senate Executive Committee approved the bill barring police from immigration enforcement without a warrant, 'according to a summary from the Campaign for a Welcoming Illinois' (a vote and provisions).",
      opt=[O(CAMPAIGN, SUMMARY, "Campaign for a Welcoming Illinois")]),
    C("neutral", "What the TRUST Act would also do (no private immigration prisons; no agents in schools or clinics without a warrant), 'the summary said' (provisions; 'A clear response' is a light lean).",
      opt=[O(CAMPAIGN, SUMMARY)]),
    C("supports", "Author: the measure 'is designed to alleviate fear' that followed the White House's orders (the purpose, told sympathetically; alternative: neutral, a stated purpose).",
      amb=True),
]

ANN["d3304_georgetown-law"] = [
    B("photo_caption", "Image text ('A picture of the opening text of the 7th Circuit's ruling in \"City of Chicago v Barr\"')."),
    B("byline", "Byline ('Written by Meryl Chertoff, Executive Director, SALPAL')."),
    C("supports", "Author: the Seventh Circuit 'dealt a blow to the Trump Administration’s battle against sanctuary cities'; 'a victory for 21st Century Federalism' against 'an overreaching federal executive branch' (the court's ruling is an action, reported; the evaluation is the author's)."),
]

ANN["d3305_hoover-institution"] = [
    C("neutral", "Author: how Trump's fight against sanctuary cities ended in 2020 (the Supreme Court declined United States v. California; Biden won); the question whether a Republican should resume it (history and a question)."),
    C("neutral", "Author: 'Sanctuary jurisdictions impede the ability of [ICE] to identify and remove unauthorized immigrants'; Hausman's report ('found') and Nowrasteh ('noted', 'He attributed') on fewer deportations (evidence of effect, set up for the essay's argument; alternative: opposes, 'impede').",
      sp=[S(NOWRASTEH, "Alex Nowrasteh")], opt=[O(HAUSMAN, "'A report by ... David Hausman in PNAS found': the report's finding, a document", "David Hausman")],
      out=["Cato at Liberty", "PNAS"], amb=True),
    C("neutral", "Author: the questions the essay addresses (what a sanctuary is; whether states must follow federal enforcement priorities; implications beyond immigration)."),
]

ANN["d3306_buzztoday"] = [
    T("headline", "Headline ('Chicago Police Refuse to Aid ICE in Immigrant Deportations')."),
    C("supports", "The CPD ('made a notable declaration ... stating its refusal to cooperate') will not cooperate with ICE in deportations (an actor promising not to cooperate with ICE).",
      sp=[S(CPD, "Chicago Police Department")]),
    C("supports", "Author: sanctuary cities pledge not to cooperate; the CPD's decision aligns, 'demonstrating a commitment to protecting the city’s immigrant community'."),
    T("subhead", "Subhead ('Reinforcing Sanctuary City Status')."),
    C("supports", "Author: the CPD reinforces sanctuary status; definition of a sanctuary city; officials in such cities argue federal enforcement 'undermines trust' between police and communities (alternative: neutral, a definition and a reported argument).",
      un=["Officials in such cities"], amb=True),
    C("supports", "Brown ('said Chicago Police Superintendent David Brown in a statement', 'He argued'): people should 'not ... fear the police'; cooperation with ICE 'would erode the trust'.",
      sp=[S(BROWN, "David Brown")]),
    T("subhead", "Subhead ('Responses and Repercussions')."),
]

ANN["d3307_autulu"] = [
    T("headline", "Headline ('Chicago Told to “Shelter in Place” as Reports Claim “Biden-Appointed Judge” Freed 1,700 Migrants in One Move')."),
    T("dek", "Dek ('DHS Blasts Illinois Over ICE Detainers as Chicago Becomes the Latest Flashpoint in a National Fight')."),
    T("subhead", "Subhead ('The Allegation: 1,700 Releases After Detainers “Not Honored”')."),
    C("opposes", "DHS ('is accusing', 'DHS says'): Illinois jurisdictions failed to honor detainers, releasing more than 1,700 'criminal illegal aliens' (the accusation dominates; the author adds that it fuels a clash).",
      sp=[S(DHS, "U.S. Department of Homeland Security", "DHS")]),
    B("separator", "A lone '.' line."),
    B("separator", "A lone '.' line (repeat).", dup=4),
    B("separator", "A lone '.' line (repeat).", dup=4),
    C("opposes", "DHS ('DHS argues'): when local agencies decline to cooperate, ICE must arrest in neighbourhoods, 'higher-risk operations' (after a neutral account of what a detainer is).",
      sp=[S(DHS, "DHS")]),
    C("supports", "Illinois officials ('have long argued'): detainers 'are requests, not mandates'; state law restricts holding someone for immigration reasons.",
      un=["Illinois officials"]),
    T("subhead", "Subhead ('The Numbers Being Cited — and Why They Matter')."),
    C("neutral", "Author on 'DHS-aligned messaging': the statistic's 'storyline' is that 'non-cooperation ... [is] a direct pipeline from jail release' (analysis of the messaging, kept at a distance: 'claimed offenses'; alternative: opposes, the DHS argument restated).",
      opt=[O(DHS, "'DHS-aligned messaging': messaging aligned with DHS, not attributed to it", "DHS")], amb=True),
]

ANN["d3308_conservative-advocacy"] = [
    C("opposes", "DHS ('is pointing fingers') accuses Illinois of not honoring detainers, releasing 'over 1,700 criminal illegal aliens'; author: 'Yes, you read that right', 'serious safety concerns'.",
      sp=[S(DHS, "Department of Homeland Security")]),
    C("opposes", "DHS ('the DHS claims', 'stating'): homicide, assault and sex-offence cases among those released; 4,000 more may be released 'if local law enforcement does not cooperate'; author: 'enough to make anyone’s stomach turn'.",
      sp=[S(DHS, "DHS")]),
    C("opposes", "Lyons ('sent a letter ... urging') asks the Attorney General to put citizens' safety first; the Attorney General's office ('They argued') says he cannot force police to honor detainers; author: the response was 'less than encouraging' (the author sides with Lyons; alternative: neutral, both sides given).",
      sp=[S(LYONS, "Todd Lyons"), S(AG_OFFICE, "Attorney General’s office")], amb=True),
]

ANN["d3309_facts-first"] = [
    T("headline", "Headline ('THE SANCTUARY STATE UNRAVELING: HOW ILLINOIS PUT ITS OWN CITIZENS IN DANGER')."),
    T("headline", "Second headline ('THE STATE THAT LET GO OF THE BRAKE: ...')."),
    T("dek", "Dek ('An investigation into how one illegal-immigrant police officer, thousands of secret releases, and billions in taxpayer spending collided ...')."),
    B("byline", "Byline ('By Staff Writer')."),
    B("timestamp_label", "Date line ('December 10, 2025')."),
    C("neutral", "Author: the scene of a handcuffed man brought out at a federal processing facility (narrative opening)."),
    C("neutral", "Author: 'A freshly sworn-in suburban police officer.' (narrative fragment)."),
    C("neutral", "Author: 'A police officer who wasn’t a U.S. citizen.' (narrative fragment)."),
    C("neutral", "Author: 'A police officer who had overstayed a tourist visa' (narrative fragment)."),
    C("neutral", "Author: the arrest on October 15 spread through statehouse offices; he posted bond on October 31 (narrative)."),
    C("neutral", "Author: 'he returned to duty.' (narrative fragment)."),
    C("neutral", "Author: Hanover Park put him back on the street (about a village's hiring, not cooperation with ICE)."),
    C("neutral", "Author: 'To some, this was a bureaucratic glitch.' (rhetorical set-up)."),
    C("neutral", "Author: 'To others, it was a symbol.' (rhetorical set-up)."),
    C("opposes", "Author: lawmakers 'already frustrated by a state spiraling under sanctuary mandates' saw 'the final spark' (hostile framing of the sanctuary laws).",
      un=["Illinois lawmakers"]),
    C("opposes", "Author: 'This was not an isolated failure.' (continues #14: a failure of the sanctuary state; alternative: neutral, a fragment with no claim about cooperation).",
      amb=True),
    C("opposes", "Author: 'It was part of a pattern.' (continues #14-#15; alternative: neutral).",
      amb=True),
    C("neutral", "Author: 'that pattern was about to be exposed in staggering detail' (a transition; alternative: opposes, the 'pattern' framing).",
      amb=True),
    T("subhead", "Section heading ('PART I: THE BADGE THAT BROKE THE SILENCE')."),
    C("neutral", "Author: Niemerg 'had heard whispers' about hiring rules letting noncitizens become officers and the Freedom Caucus's frustration (about police hiring rules, not cooperation with ICE; 'had heard' is not speech)."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d3300_arab-american-institute.txt", "outlet": "Arab American Institute (aaiusa.org, press release)", "date": "2017-01-25",
     "title": "Statement: Executive Actions on Wall, Sanctuary Cities Are Scapegoat Politics (from the URL slug; no headline in the stored text)",
     "url": "https://www.aaiusa.org/statement_executive_actions_on_wall_sanctuary_cities_are_scapegoat_politics"},
    {"file": "d3301_copyline-magazine.txt", "outlet": "Copyline Magazine (copylinemagazine.com; a release of Organized Communities Against Deportations)", "date": "2017-01-25",
     "title": "Immigrant Communities Respond to Executive Actions Banning Refugees and Attacking Sanctuary Cities",
     "url": "http://copylinemagazine.com/2017/01/25/immigrant-communities-respond-to-executive-actions-banning-refugees-and-attacking-sanctuary-cities/"},
    {"file": "d3302_catholic-culture.txt", "outlet": "Catholic Culture (catholicculture.org, Catholic World News)", "date": "2017-03-02",
     "title": "Cardinal Cupich: sanctuary churches create ‘false hope’; immigration officials need warrant",
     "url": "http://www.catholicculture.org/news/headlines/index.cfm?storyid=30898&utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+CatholicWorldNewsFeatureStories+%28Catholic+World+News+%28on+CatholicCulture.org%29%29"},
    {"file": "d3303_equal-voice.txt", "outlet": "Equal Voice (caseygrants.org/evn, Marguerite Casey Foundation)", "date": "2017-04-14",
     "title": "IIl. Advocates: TRUST Act Is a Solution Amid Immigration Crackdown",
     "url": "https://www.caseygrants.org/evn/iil-advocates-trust-act-is-a-solution-amid-immigration-crackdown/"},
    {"file": "d3304_georgetown-law.txt", "outlet": "Georgetown Law, SALPAL (law.georgetown.edu)", "date": "2020-05",
     "title": "Explainer: City of Chicago v. Barr (from the URL slug; no headline in the stored text)",
     "url": "https://www.law.georgetown.edu/salpal/explainer-city-of-chicago-v-barr/"},
    {"file": "d3305_hoover-institution.txt", "outlet": "Hoover Institution (hoover.org, essay)", "date": "2022",
     "title": "Seeking Sanctuary (from the URL slug; no headline in the stored text)",
     "url": "https://www.hoover.org/research/seeking-sanctuary"},
    {"file": "d3306_buzztoday.txt", "outlet": "BuzzToday (buzztoday.com)", "date": "2025-01",
     "title": "Chicago Police Refuse to Aid ICE in Immigrant Deportations",
     "url": "https://buzztoday.com/?p=3445"},
    {"file": "d3307_autulu.txt", "outlet": "Autulu (autulu.com)", "date": "2025-12",
     "title": "Chicago Told to “Shelter in Place” as Reports Claim “Biden-Appointed Judge” Freed 1,700 Migrants in One Move",
     "url": "https://autulu.com/baoanhrb/chicago-told-to-shelter-in-place-as-reports-claim-biden-appointed-judge-freed-1700-migrants-in-one-move"},
    {"file": "d3308_conservative-advocacy.txt", "outlet": "Conservative Advocacy (conservativeadvocacy.com)", "date": "2025-12",
     "title": "DHS confirms 1,700 illegal migrants released in Illinois (from the URL slug; no headline in the stored text)",
     "url": "https://conservativeadvocacy.com/dhs-confirms-1700-illegal-migrants-released-in-illinois"},
    {"file": "d3309_facts-first.txt", "outlet": "Facts First (factsfirstus.com)", "date": "2025-12-10",
     "title": "THE SANCTUARY STATE UNRAVELING: HOW ILLINOIS PUT ITS OWN CITIZENS IN DANGER",
     "url": "https://factsfirstus.com/post/illinois-sanctuary-state-crisis-criminal-releases-illegal-immigrant-police-officer"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d33")
