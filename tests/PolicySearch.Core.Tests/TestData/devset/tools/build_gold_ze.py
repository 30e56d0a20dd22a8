#!/usr/bin/env python3
"""Dev set, part ZE (files d3100-d3107): hand annotations -> fresh-ze/gold-fresh-ze.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 8 articles from 8 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. Three articles are not about Illinois (d3100 a national Christian blog post; d3103 and d3104 on
Oregon's Measure 105). The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field
conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (model:
build_gold_s.py): canonical names from canonical.py where they apply (Tom Homan, JB Pritzker, Dick
Durbin, Brandon Johnson, U.S. Immigration and Customs Enforcement, Trump administration), otherwise
the fullest form the article gives, titles dropped ("Acting Director ... Thomas Homan" -> Tom Homan,
"Oregon State Representative ... Knute Buehler" -> Knute Buehler, "'No on 105' campaign manager
Cristina Marquez" -> Cristina Marquez, "Senators Dick Durbin and Tammy Duckworth" -> Dick Durbin,
Tammy Duckworth). A person speaking for an organisation is the person only (Joel Iboa, not Causa;
Cristina Marquez, not the No on 105 campaign); an organisation speaking as itself is a speaker ("U.S.
Immigration and Customs Enforcement (ICE) threatened local government", d3107 #2). A quote continuing
an attribution keeps the speaker with an empty alias list (Buehler and Iboa after "offered the
following statement ...:", d3103; Homan's quote closed by "he whined", d3106 #2). Issuing an
executive order is an action, not speech (Brandon Johnson, d3107 #4: an optional speaker, because the
order is reported by what it "reaffirmed"). What an administration "wants", reported without a speech
verb, is description (d3100 #3: an optional speaker). Outlets that only pass words along (Washington
Examiner, CNN) are cited outlets; "Source: Washington Free Beacon" is a source label. Bylined authors
and law firms writing in their own voice are the author, not speakers. They were made by reading the
article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_ze.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, DURBIN, HOMAN, ICE, PRITZKER, TRUMP_ADMIN

ARTICLES, MANIFEST, GOLD = part_files("fresh-ze", "gold-fresh-ze.jsonl")


BUEHLER = "Knute Buehler"
IBOA = "Joel Iboa"
MARQUEZ = "Cristina Marquez"
DUCKWORTH = "Tammy Duckworth"

EO_REASON = ("issued an executive order 'that reaffirmed the city’s commitment to protecting immigrants' — an action "
             "reported through what the order says, not speech by Johnson")
WANTS_REASON = ("'what the Trump administration wants is ...' reports the administration's position without a speech "
                "verb (description rather than attributed speech)")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d3100_clare-de-graaf"] = [
    C("neutral", "Author: since Trump's election there has been 'lots of talk' about sanctuary cities and sanctuary churches (introduction)."),
    C("neutral", "Author: no legal definition of a sanctuary city; policies differ ('here’s the general idea') (definition)."),
    C("neutral", "Author: police in sanctuary cities 'don’t ask, or report the immigration status' of people they meet (what the policy is)."),
    C("neutral", "Author: what the Trump administration 'wants' — police to inquire, report to ICE and hold people (a federal position described, no evaluation).",
      opt=[O(TRUMP_ADMIN, WANTS_REASON, "Trump administration")]),
    C("supports", "Unnamed sanctuary cities' reasons ('Some sanctuary cities refuse ... on moral grounds', 'Others say', 'they say'): 'we will not facilitate deportations'; cracking down 'would undermine community relations' (alternative: neutral, the author explaining both sides).",
      un=["Some sanctuary cities", "Others"], amb=True),
]

ANN["d3101_holland-knight"] = [
    T("headline", "Headline with the site's region prefix ('United States: Illinois Sanctuary Jurisdiction Law: What It Means For Local Governments')."),
    B("byline", "Author line ('Peter Friedman and Hart Passman are Partners in the Chicago office')."),
    B("byline", "Author line ('Marco Crocetti is an Associate in the Washington D.C. office')."),
    T("subhead", "Section label ('HIGHLIGHTS:')."),
    C("neutral", "Firm (author): what the TRUST Act limits — detainers and stops based solely on immigration status (description)."),
    C("neutral", "Firm (author): local governments 'should review their internal policies and practices' to comply (compliance advice)."),
    C("neutral", "Firm (author): local governments should 'consider potential conflicts' between the Act and federal policies on 'sanctuary' jurisdictions (risk advice; alternative: opposes, stresses the Act's risks).",
      amb=True),
    C("neutral", "Firm (author): Rauner signed SB 31 (an action), 'a statewide sanctuary jurisdiction bill'; risk-based determinations; the Act does not preempt home rule (legal description)."),
]

ANN["d3102_american-action-news"] = [
    T("headline", "Headline ('Deportation Squad Chief BLASTS Sanctuary Cities')."),
    T("headline", "The headline repeated on the page.", dup=0),
    C("opposes", "Homan ('Thomas Homan castigated sanctuary cities as \"un-American\"') in an interview.",
      sp=[S(HOMAN, "Thomas Homan")]),
    C("opposes", "Homan ('Homan said'): 'Sanctuary cities, in my opinion, are un-American'; the interview was 'with the Washington Examiner'.",
      sp=[S(HOMAN, "Homan")], out=["Washington Examiner"]),
    C("opposes", "Homan ('Homan said'): jurisdictions with sanctuary policies 'are increasing crime in and around them'.",
      sp=[S(HOMAN, "Homan")]),
    C("opposes", "Homan ('Homan said'): crime 'has exploded in Chicago'; 'We're stepping up our game in Chicago'; Chicago is not doing everything it can (alternative: neutral, about crime rather than cooperation).",
      sp=[S(HOMAN, "Homan")], amb=True),
    B("source_label", "Source line (' Source: Washington Free Beacon')."),
    B("tags", "Tag line ('Tags: Issues: ; Categories:')."),
    B("category_label", "Category label ('People, Places & Things')."),
    B("nav_link", "Navigation link ('Article Index')."),
]

ANN["d3103_countable"] = [
    B("promo", "App promotion ('Like Countable?')."),
    B("promo", "App promotion ('Install the App')."),
    T("headline", "Headline ('Oregon Voters Could Repeal the Oldest Sanctuary State Law in the Nation')."),
    B("byline", "Byline and date ('by Countable | 11.4.18')."),
    T("subhead", "Subhead ('What the Initiative Does')."),
    C("neutral", "What Measure 105 would do: repeal Oregon's sanctuary law barring state resources for immigration enforcement (description)."),
    C("neutral", "What the measure would allow: any agency could use its funds and personnel to detect and apprehend people for immigration violations (description)."),
    T("subhead", "Subhead ('In Favor')."),
    C("opposes", "The 'In Favor' case as Countable puts it: the law 'jeopardizes public safety when dangerous unauthorized criminals are released' — 'it should be repealed' (one side's argument; alternative: neutral, a summary of one side).",
      amb=True),
    C("supports", "The opposing case as Countable puts it: repeal would put immigrants 'at risk of sudden deportation' and make them 'less likely to come forward' (one side's argument; alternative: neutral).",
      amb=True),
    C("opposes", "Lead-in: Buehler 'offered the following statement in support of Measure 105' (announces a statement for repealing the sanctuary law).",
      sp=[S(BUEHLER, "Knute Buehler")]),
    C("opposes", "Buehler's statement (continues #10): 'remove barriers' between local law enforcement and federal officials; 'regrettable that this measure is even needed'.",
      sp=[S(BUEHLER)]),
    C("supports", "Lead-in: Iboa of Causa 'offered the following statement opposed to Measure 105' (announces a defence of the sanctuary law).",
      sp=[S(IBOA, "Joel Iboa")]),
    C("supports", "Iboa's statement (continues #12): repeal 'opens the door to serious harassment and civil rights violations'; families torn apart.",
      sp=[S(IBOA)]),
    C("neutral", "How the measure reached the ballot: about 100,000 valid signatures (procedure)."),
]

ANN["d3104_jefferson-public-radio"] = [
    B("copyright", "Copyright line ('© 2024 | Jefferson Public Radio')."),
    B("address", "Station address ('Southern Oregon University')."),
    B("address", "Station address ('1250 Siskiyou Blvd.')."),
    B("address", "Station address ('Ashland, OR 97520')."),
    B("address", "Station phone numbers ('541.552.6301 | 800.782.6191')."),
    B("tagline", "Station tagline ('Listen | Discover | Engage a service of Southern Oregon University')."),
    B("player", "Audio player label ('Play Live Radio')."),
    B("player", "Audio player label ('Next Up:')."),
    B("player", "Audio player time ('0:00 0:00')."),
    B("nav_link", "Navigation label ('Available On Air Stations')."),
    T("headline", "Headline ('Oregonians Vote To Keep State's Sanctuary Law, Reject Measure 105')."),
    B("photo_caption", "Photo caption in HTML markup ('<p>Occupy ICE PDX protesters ...</p>')."),
    B("photo_credit", "Photo credit ('Arya Surowidjojo')."),
    B("photo_caption", "Photo caption as text ('Occupy ICE PDX protesters face federal law enforcement officers ...')."),
    C("neutral", "Result: voters rejecting Measure 105, 'upholding the state’s decades-old sanctuary law' and its limits on police cooperation (the vote reported)."),
    C("neutral", "Result figures: 36 percent to scrap the law, 63 percent to keep it (numbers)."),
    C("supports", "Marquez ('said ... campaign manager Cristina Marquez'): 'our movement for immigrant rights notched a major victory' (celebrates keeping the sanctuary law).",
      sp=[S(MARQUEZ, "Cristina Marquez")]),
    C("neutral", "The race drew national attention as Trump made immigration and the caravan central to his base (about national politics, not the law's merits)."),
    C("neutral", "History: the law signed in July 1987 after nearly unanimous passage; it limits police from enforcing federal immigration policies (description)."),
    C("neutral", "Purpose: the law 'was intended to prohibit racial profiling'; what it says (description of the statute)."),
]

ANN["d3105_kameli-law"] = [
    B("byline", "Byline ('By Taher Kameli and Chathan Vemuri')."),
    C("supports", "Firm (author): the Way Forward Act 'would go far in strengthening trust'; 'Proponents ... argue' it would improve cooperation; immigrants 'will have less reason to fear the police'.",
      un=["Proponents of the Way Forward Act"]),
    C("supports", "Firm (author): research shows immigrants trust police less when police work with ICE (the trust argument)."),
    C("supports", "Firm (author): Pritzker signing the Act 'would be a welcome development' correcting 'this imbalance of trust' (Pritzker is named, not speaking)."),
]

ANN["d3106_injustice-report"] = [
    C("neutral", "Author: so much to say about the new administration's immigration moves (birthright citizenship, TPS, ICE presence); starting 'with a hot minute of hometown pride' (introduction; about federal immigration policy, not local cooperation)."),
    C("opposes", "Homan ('Tom Homan ... complained') on CNN that ICE enforcement 'had been hampered in Chicago' (announces his complaint; the author mocks 'the made-up position'; alternative: supports, the author's framing; related topic, Know Your Rights).",
      sp=[S(HOMAN, "Tom Homan")], out=["CNN"], amb=True),
    C("opposes", "Homan's quote (closed by 'he whined'): Chicagoans 'educated how to defy ICE'; 'Know Your Rights' is 'how to escape from ICE' (against Chicago's resistance; related topic; alternative: neutral).",
      sp=[S(HOMAN)], amb=True),
    C("supports", "Author (former National Immigrant Justice Center staffer): Chicago's 'deep, established systems of care for immigrants' and 'commitments at the state and city levels'; 'a city ... who looked out for their own'."),
]

ANN["d3107_just-security"] = [
    B("photo_caption", "Photo caption / alt text ('Demonstrators protest near police officers')."),
    T("headline", "Headline ('Defending ‘Sanctuary’ Principles During the Chicago Crackdown')."),
    C("supports", "ICE 'threatened local government with a “shit show”'; author: DHS 'now appears to be making good on that threat' (criticises federal pressure on a sanctuary city; alternative: neutral, a report of the operation).",
      sp=[S(ICE, "U.S. Immigration and Customs Enforcement")], amb=True),
    C("neutral", "Author: Midway Blitz's 'familiar playbook' — arrests at stores, detentions 'based on “how they look,”' drones and boats; almost 3,000 arrests (critical of federal enforcement, but says nothing of local cooperation; alternative: supports).",
      amb=True),
    C("supports", "Johnson's executive order 'reaffirmed the city’s commitment' and keeps ICE off city property; Pritzker 'called on ICE to pause'; Durbin and Duckworth 'demanded briefings' (officials resisting the operation).",
      sp=[S(PRITZKER, "J.B. Pritzker"), S(DURBIN, "Dick Durbin"), S(DUCKWORTH, "Tammy Duckworth")],
      opt=[O(BJOHNSON, EO_REASON, "Brandon Johnson")]),
    C("supports", "Author: 'Chicago and Illinois could go even further'; sanctuary protections 'give officials a lawful roadmap' to protect protestors and public safety."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d3100_clare-de-graaf.txt", "outlet": "Clare De Graaf (claredegraaf.com, Christian blog)", "date": "2017",
     "title": "Sanctuary cities: what should Christians think (from the URL slug; no headline in the stored text)",
     "url": "https://www.claredegraaf.com/post/sanctuary-cities-what-should-christians-think"},
    {"file": "d3101_holland-knight.txt", "outlet": "Holland & Knight (law firm alert, republished on mondaq.com)", "date": "2017",
     "title": "Illinois Sanctuary Jurisdiction Law: What It Means For Local Governments",
     "url": "http://www.mondaq.com/unitedstates/x/626446/general+immigration/Illinois+Sanctuary+Jurisdiction+Law+What+It+Means+for+Local+Governments"},
    {"file": "d3102_american-action-news.txt", "outlet": "American Action News (americanactionnews.com; quotes the Washington Examiner, source line Washington Free Beacon)", "date": "2018",
     "title": "Deportation Squad Chief BLASTS Sanctuary Cities",
     "url": "https://americanactionnews.com/articles/ice-chief-slams-sanctuary-cities-calls-them-un-american"},
    {"file": "d3103_countable.txt", "outlet": "Countable (countable.us)", "date": "2018-11-04",
     "title": "Oregon Voters Could Repeal the Oldest Sanctuary State Law in the Nation",
     "url": "https://www.countable.us/articles/14169-oregon-voters-repeal-america-s-oldest-sanctuary-state-law"},
    {"file": "d3104_jefferson-public-radio.txt", "outlet": "Jefferson Public Radio (ijpr.org)", "date": "2018-11-06",
     "title": "Oregonians Vote To Keep State's Sanctuary Law, Reject Measure 105",
     "url": "https://www.ijpr.org/2018-11-06/oregonians-vote-to-keep-states-sanctuary-law-reject-measure-105"},
    {"file": "d3105_kameli-law.txt", "outlet": "Kameli Law (kameli.com, immigration law firm blog)", "date": "2021-07-20",
     "title": "Illinois Way Forward Act and undocumented immigrants' trust in law enforcement (from the URL slug 'undocumented-law-enforcement'; no headline in the stored text)",
     "url": "https://kameli.com/2021/07/20/undocumented-law-enforcement/"},
    {"file": "d3106_injustice-report.txt", "outlet": "Injustice Report (injusticereport.substack.com, newsletter)", "date": "2025",
     "title": "The ICE raid that wasn't (from the URL slug; no headline in the stored text)",
     "url": "https://injusticereport.substack.com/p/the-ice-raid-that-wasnt"},
    {"file": "d3107_just-security.txt", "outlet": "Just Security (justsecurity.org)", "date": "2025",
     "title": "Defending ‘Sanctuary’ Principles During the Chicago Crackdown",
     "url": "https://www.justsecurity.org/124069/defending-sanctuary-principles-chicago"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d31")
