#!/usr/bin/env python3
"""Dev set, part V (files d2200-d2209): hand annotations -> fresh-v/gold-fresh-v.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 10 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy (d2207 cites a WTTW News report for one quote of Johnson; it is not WTTW copy). Three articles are
not about Illinois (d2200 a national commentary on Trump's 2017 order, d2201 a Madison, Wisconsin
hearing, d2206 a Denver case). The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules,
field conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-U (models:
build_gold_s.py, build_gold_u.py): canonical names from canonical.py where they apply (Brandon Johnson,
JB Pritzker, Tricia McLaughlin, Bruce Rauner), otherwise the fullest form the article gives, titles
dropped ("Representative Emmanuel “Chris” Welch" -> Chris Welch, the seeds' name; "Senator Don Harmon"
-> Don Harmon). A person speaking for an organisation is the person only (McLaughlin, not DHS); an
organisation speaking as itself is a speaker ("Judicial Watch announced", d2207 #8); filers speak through
their filing ("the city of San Francisco sued ..., arguing", d2200 #13 -> City of San Francisco). The
signers of a letter named only in its closing signature line (a non-content row) are optional speakers
of its argument lines (the d1902 Irvin precedent of part S). Executive orders, memos, laws and research
as documents are not speakers; signing, suing and releasing are actions. Outlets that only pass words
along (WTTW News) are cited outlets. Pull quotes that repeat a later line of the article, page
navigation, taglines, captions, labels and signature lines are boilerplate. The annotations were made
by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_v.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, MCLAUGHLIN, PRITZKER, RAUNER

ARTICLES, MANIFEST, GOLD = part_files("fresh-v", "gold-fresh-v.jsonl")


SAN_FRANCISCO = "City of San Francisco"
DENVER = "City of Denver"
JUDICIAL_WATCH = "Judicial Watch"
WELCH = "Chris Welch"
HARMON = "Don Harmon"
RUIZ_VELASCO = "Mony Ruiz-Velasco"

LETTER = ("a signer of the letter, named only in its closing signature line (a boilerplate row); the line is the "
          "letter's own voice, not attributed speech (the d1902 Irvin precedent)")
LETTER_SIGNERS = [O(WELCH, LETTER), O(HARMON, LETTER), O(RUIZ_VELASCO, LETTER)]


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d2200_brookings"] = [
    B("navigation", "Site navigation label ('Sections')."),
    B("section_label", "Section label ('Commentary')."),
    T("headline", "Headline ('Sanctuary cities and Trump’s executive order')."),
    B("photo_caption", "Photo caption ('Immigration protest in NYC')."),
    B("editor_note", "Label of the series note ('Editor's note:')."),
    B("editor_note", "Series note ('In Unpacked, Brookings experts provide analysis of Trump administration policies and news.')."),
    C("neutral", "Author: 'THE ISSUE': Trump's order to withhold federal funding from sanctuary cities, defined as jurisdictions that limit cooperation (background)."),
    B("pull_quote", "Pull quote that repeats the fourth bullet (#12) nearly word for word, with a bracketed '[sanctuary city executive order]'."),
    T("subhead", "Subhead ('THE THINGS YOU NEED TO KNOW:')."),
    C("neutral", "Bullet: what 'sanctuary city' generally refers to, 'typically by refusing to honor detention requests' from ICE (definition)."),
    C("neutral", "Bullet: dozens of declared sanctuary cities and about 600 counties with some sanctuary status (counts)."),
    C("neutral", "Bullet: in January 2017 Trump issued an order to withhold federal funding (an action, reported)."),
    C("neutral", "Bullet: Trump campaigned on a crackdown, so the order was 'a very explicit way for him to suggest that he was doing that' (casts the order as political signalling; alternative: supports, a sceptical view of the federal pressure).",
      amb=True),
    C("supports", "San Francisco's suit ('the city of San Francisco sued ..., arguing') that the order is 'constitutional overreach'; 'other cities will follow suit' (resisting federal pressure; alternative: neutral, a suit reported).",
      sp=[S(SAN_FRANCISCO, "the city of San Francisco")], amb=True),
    C("supports", "Bullet: 'Research shows that sanctuary cities are on average safer and have lower crime rates' (the safety argument; research is a document, not a speaker)."),
    C("supports", "Bullet: the order 'could actually make cities less safe by deterring immigrant communities from coming forward to report criminal activity' (the trust argument)."),
]

ANN["d2201_center-for-growth-and-opportunity"] = [
    T("headline", "Headline ('Sanctuary for immigrants?')."),
    T("dek", "Dek ('Crime, trust, and community in America')."),
    C("neutral", "Author: cities, states and counties debating sanctuary policies; Madison, Wisconsin, 'a microcosm' in December 2019 (background)."),
    C("neutral", "Author: Madison's proposal to require police to enforce immigration rules; what sanctuary policies are (declining detainers, not notifying ICE, not joining deputisation programmes) (definition)."),
    C("neutral", "Author: the hearing was on a Wisconsin bill to ban sanctuary cities and 'revolved around how sanctuary cities affect public safety' (background)."),
    C("neutral", "Both sides: critics say the immigrants ICE wants are 'a public threat'; proponents say the policies build trust, and people facing deportation 'may be unlikely to report a crime' (balanced; alternative: supports, the closing sentence elaborates the trust argument).",
      un=["Critics of sanctuary policies", "Proponents"], amb=True),
]

ANN["d2202_chicago-criminal-lawyer-blog"] = [
    T("headline", "Post headline ('Ice Detainers Vs. Warrants — A Critical Difference Every Chicago Defendant Must Understand')."),
    T("subhead", "Subhead ('How Immigration Enforcement Collides with Illinois Criminal Law')."),
    C("neutral", "Author (a defence lawyer, first person): clients confuse an ICE detainer with a warrant; the difference 'determines whether your rights were violated' (legal explainer)."),
    C("neutral", "Author: a warrant is signed by a judge; an ICE detainer is 'a civil administrative notice' asking a 48-hour hold, 'not signed by a judge' (legal definitions)."),
    C("supports", "Author: treating a detainer as a criminal warrant 'crosses constitutional lines'; the Welcoming City Ordinance and the TRUST Act prohibit holding anyone for civil immigration reasons; 'Despite these clear rules, errors still occur' (defends the limits against violations)."),
    T("subhead", "Subhead ('Why Chicago’s Local Policies Matter')."),
]

ANN["d2203_daily-news-brew"] = [
    T("headline", "Headline ('Democrats Create ICE Free Zones')."),
    C("opposes", "Author: 'far-left Mayor Brandon Johnson' took 'another shocking step in his war on law enforcement'; his order bars agents from city property (signing is an action)."),
    C("neutral", "Author: what the order does; Johnson gave departments five days and 'demanded that employees report anyone who helps federal agents' (the order's terms; alternative: opposes, continues the hostile account).",
      opt=[O(BJOHNSON, "'demanded' reports a term of his executive order, not words he spoke", "Johnson")], amb=True),
    C("opposes", "Author: 'Even worse, the order urges private businesses and nonprofits to follow the same “no cooperation” policy'."),
    T("subhead", "Subhead ('Defying Federal Law — and Common Sense')."),
    C("neutral", "Author: ICE carries out 'Operation Midway Blitz', 'targeting illegal migrants with criminal records' (background; alternative: opposes, frames the operation as aimed at criminals).",
      amb=True),
    C("opposes", "Johnson and Pritzker 'have denounced the operation, accusing the federal government of “overreach”', framed by the author as 'instead of supporting law and order' (the author's framing dominates; alternative: supports, their words resist the federal operation).",
      sp=[S(BJOHNSON, "Johnson"), S(PRITZKER, "J.B. Pritzker")], amb=True),
    C("supports", "Johnson ('Johnson said'): 'We will not tolerate ICE agents violating our residents’ constitutional rights'; 'He even accused' agents of tear gas (defends his stand against the agents; alternative: neutral, about agents' conduct rather than local cooperation).",
      sp=[S(BJOHNSON, "Johnson")], amb=True),
    C("opposes", "Unnamed critics ('Critics say'): Johnson ignores that agents enforce the law; 'Chicago leaders are protecting criminals who shouldn’t be here'.",
      un=["Critics"]),
    T("subhead", "Subhead ('DHS Fires Back: ‘Reckless and Dangerous’')."),
    C("opposes", "McLaughlin ('blasted the mayor’s order as reckless and dangerous', 'accusing Johnson of “demonizing ICE officers”').",
      sp=[S(MCLAUGHLIN, "Tricia McLaughlin")]),
]

ANN["d2204_davidson-seseri"] = [
    T("headline", "Page headline ('The Illinois TRUST Act becomes Law on August 28, 2017')."),
    C("neutral", "Author: Rauner will sign the TRUST Act on August 28, 2017; immigrants may wonder what it means (signing is an action)."),
    C("supports", "Author: the Act will prevent 'unnecessary or unwarranted cooperation between local police and immigration authorities' and build trust with immigrant communities (its benefits)."),
    C("neutral", "Author: how: no acting on detainers or warrants not issued by a judge, no stops or arrests based on status (what the law provides)."),
    C("neutral", "Author: 'police can still enforce federally issued warrants, and otherwise communicate with ICE' (what the law does not forbid)."),
    B("link_lead_in", "Lead-in to a list of links that is not in the stored text (' For more information on the Illinois TRUST Act, please visit:')."),
]

ANN["d2205_forest-park-review"] = [
    C("neutral", "The letter's opening reference to a June 6 article ('Regarding Deb Kadin’s June 6 article ...'); no view.",
      opt=list(LETTER_SIGNERS)),
    C("supports", "Letter: 'Local welcoming policies continue to be critically necessary'; the Trust Act is a negotiated bill that makes Illinois 'a welcoming state for immigrants' (Welch and Harmon named as its sponsors in the third person).",
      opt=list(LETTER_SIGNERS)),
    C("supports", "Letter: 'The Trust Act is a strong bill' (no holds on detainers, no status questions); communities must push for Welcoming policies; the governor's signing fits 'his statements against deputizing local police'.",
      opt=list(LETTER_SIGNERS) + [O(RAUNER, "'his statements against deputizing local police' — a position of the governor named in passing, no words given", "governor’s")]),
    B("signature", "Signature line (Welch, Harmon and Ruiz-Velasco with their titles)."),
]

ANN["d2206_jonathan-turley"] = [
    C("opposes", "Author (first person): sanctuary cities are 'in a poor legal position' and face losing federal funding; the Valles case will 'reinforce moves ... to clamp down'; 'no barrier in cooperating through notice to ICE' (alternative: neutral, the paragraph ends on an open legal question about 48-hour holds).",
      opt=[O(DENVER, "'cities like Denver, which have responded that their police would have no legal basis' — a group of cities with Denver as the example", "Denver")], amb=True),
    C("neutral", "Facts of Valles's arrest and charges."),
    C("opposes", "Critics ('Critics have noted') that a detainer was placed; the author: Denver 'refuses to cooperate' and released Valles 'without even notice to the ICE'.",
      un=["Critics"]),
]

ANN["d2207_judicial-watch"] = [
    B("navigation", "Skip link ('Skip to content')."),
    B("site_tagline", "Site description ('Judicial Watch, Inc. is a conservative, non-partisan educational foundation ...')."),
    B("site_tagline", "The site description repeated.", dup=1),
    B("site_tagline", "Slogan, first line ('Because no one')."),
    B("site_tagline", "Slogan, second line ('is above the law!')."),
    B("donate", "Donate button ('Donate')."),
    B("section_label", "Section label ('Press Releases')."),
    T("headline", "Release headline ('Judicial Watch Sues Chicago Mayor for Records on Pledge to Resist Trump’s Mass Deportation Efforts')."),
    C("neutral", "Judicial Watch ('Judicial Watch announced') sued Johnson for records on 'his vow to resist' mass deportation (a suit filed; alternative: opposes, a records suit aimed at the sanctuary pledge).",
      sp=[S(JUDICIAL_WATCH, "Judicial Watch")],
      opt=[O(BJOHNSON, "his 'vow' is named as the subject of the records request, not reported as speech here", "Brandon Johnson")], amb=True),
    C("supports", "Johnson ('the mayor ... stated'): Chicago 'would remain a so-called “sanctuary city”' and officials 'will continue to shield all immigrants in Chicago from federal agents'.",
      sp=[S(BJOHNSON, "the mayor")]),
    C("supports", "Johnson ('Mayor Johnson said', 'According to a WTTW News report'): he 'was prepared to fight any effort to stop federal funds' because Chicago will not cooperate with mass deportation.",
      sp=[S(BJOHNSON, "Johnson")], out=["WTTW News"]),
    C("supports", "Johnson ('Johnson said'): 'We will not bend or break ... we will not be stopped' (continues his sanctuary pledge; alternative: neutral, vague values without a policy).",
      sp=[S(BJOHNSON, "Johnson")], amb=True),
]

ANN["d2208_kurczaba-associates"] = [
    T("headline", "Page title ('Kurczaba & Associates, Immigration Attorneys, Chicago Immigration Law | FAQs')."),
    B("link_text", "Link text of the logo ('This links to the home page')."),
    C("supports", "Firm's FAQ: under the new orders and DHS memos anyone undocumented can be arrested; 'especially troubling in that they instruct local police officials to execute immigration laws' (the emphasised final point; alternative: neutral, mostly about federal enforcement).",
      amb=True),
    C("neutral", "FAQ: start the process to legalise status and carry proof (advice, off the policy)."),
    C("neutral", "FAQ: the right to a hearing before an immigration judge after two years (advice)."),
    C("neutral", "FAQ: officers need a warrant to enter a home; ICE priorities; Border Patrol checks near the border (advice)."),
]

ANN["d2209_lawyersimmigration"] = [
    T("headline", "Headline ('Illinois TRUST Act: No Detention By Local Police')."),
    C("neutral", "Author: what the Act prohibits; undocumented Chicagoans should still seek lawful status; lawyers can help (explainer and advertising)."),
    T("subhead", "Subhead ('What the Law Does and Does not Do')."),
    C("supports", "Author: the Act is 'designed to facilitate a trusting relationship'; immigrants fear reporting crimes and 'The law is meant to allay these fears' (the trust argument; alternative: neutral, the law's purpose described).",
      amb=True),
    C("neutral", "Author: the law does not stop police from talking to immigration authorities or acting on criminal warrants (what the law provides)."),
    T("subhead", "Subhead ('Opposing Views')."),
    C("neutral", "Author: 'Some people argue' the law makes Illinois a sanctuary state; what sanctuary jurisdictions are; Trump's push and the grant threat that 'prompted Chicago to sue' (the opposing view reported; alternative: opposes).",
      un=["Some people"], amb=True),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d2200_brookings.txt", "outlet": "Brookings Institution (brookings.edu, Unpacked commentary)", "date": "2017-02-24",
     "title": "Sanctuary cities and Trump’s executive order",
     "url": "https://www.brookings.edu/blog/unpacked/2017/02/24/sanctuary-cities-and-trumps-executive-order/"},
    {"file": "d2201_center-for-growth-and-opportunity.txt", "outlet": "Center for Growth and Opportunity (thecgo.org)", "date": "2020",
     "title": "Sanctuary for immigrants?",
     "url": "https://www.thecgo.org/news/sanctuary-for-immigrants/"},
    {"file": "d2202_chicago-criminal-lawyer-blog.txt", "outlet": "Chicago Criminal Lawyer Blog (chicagocriminallawyerblog.com, law firm blog)", "date": "2025",
     "title": "Ice Detainers Vs. Warrants — A Critical Difference Every Chicago Defendant Must Understand",
     "url": "https://www.chicagocriminallawyerblog.com/ice-detainers-vs-warrants-a-critical-difference-every-chicago-defendant-must-understand"},
    {"file": "d2203_daily-news-brew.txt", "outlet": "Daily News Brew (dailynewsbrew.org)", "date": "2025-10",
     "title": "Democrats Create ICE Free Zones",
     "url": "https://dailynewsbrew.org/polls/vote-for-trump-in-2028"},
    {"file": "d2204_davidson-seseri.txt", "outlet": "Davidson & Seseri (davidsonseseri.com, law firm page)", "date": "2017-08",
     "title": "The Illinois TRUST Act becomes Law on August 28, 2017",
     "url": "https://davidsonseseri.com/trust-act/"},
    {"file": "d2205_forest-park-review.txt", "outlet": "Forest Park Review (forestparkreview.com, letter to the editor)", "date": "2017-06-13",
     "title": "The Illinois Trust Act paves the way for local welcoming ordinances and resolutions (from the URL slug; no headline in the stored text)",
     "url": "https://www.forestparkreview.com/2017/06/13/the-illinois-trust-act-paves-the-way-for-local-welcoming-ordinances-and-resolutions/"},
    {"file": "d2206_jonathan-turley.txt", "outlet": "Jonathan Turley (jonathanturley.org, blog)", "date": "2017-02-27",
     "title": "Sanctuary Versus Legality Rationales: Is There A Legal Barrier To Cities Holding Illegal Immigrants For Federal Authorities? (from the URL slug; no headline in the stored text)",
     "url": "https://jonathanturley.org/2017/02/27/sanctuary-versus-legality-rationales-is-there-a-legal-barrier-to-cities-holding-illegal-immigrants-for-federal-authorities/comment-page-1/"},
    {"file": "d2207_judicial-watch.txt", "outlet": "Judicial Watch (judicialwatch.org, press release)", "date": "2025",
     "title": "Judicial Watch Sues Chicago Mayor for Records on Pledge to Resist Trump’s Mass Deportation Efforts",
     "url": "https://www.judicialwatch.org/judicial-watch-sues-chicago-mayor"},
    {"file": "d2208_kurczaba-associates.txt", "outlet": "Kurczaba & Associates (kurczabalegal.com, law firm FAQ)", "date": "2017",
     "title": "Kurczaba & Associates, Immigration Attorneys, Chicago Immigration Law | FAQs",
     "url": "https://www.kurczabalegal.com/faqs"},
    {"file": "d2209_lawyersimmigration.txt", "outlet": "lawyersimmigration.com (law firm blog)", "date": "2017",
     "title": "Illinois TRUST Act: No Detention By Local Police",
     "url": "http://lawyersimmigration.com/the-illinois-trust-act/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d22")
