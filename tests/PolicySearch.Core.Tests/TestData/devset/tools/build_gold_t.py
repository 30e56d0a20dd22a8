#!/usr/bin/env python3
"""Dev set, part T (files d2000-d2008): hand annotations -> fresh-t/gold-fresh-t.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 9 articles from 9 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. Three articles are not about Illinois (d2000 Massachusetts, d2007 Colorado, d2008 Texas). The
annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-S (model: build_gold_s.py):
canonical names from canonical.py where they apply (JB Pritzker, Trump administration, U.S. Department
of Homeland Security), otherwise the fullest form the article gives, titles dropped ("Rep. Brandon Gill"
-> Brandon Gill, "U.S. Representatives Mary Miller ... and Darin LaHood" -> Mary Miller, Darin LaHood,
"State Representative Lilian Jiménez" -> Lilian Jiménez, "Teller County Sheriff Jason Mikesell" -> Jason
Mikesell). John Curran (d2006, an Illinois state senator) is not canonical.py's Mark Curran. A person
speaking for an organisation is the person only; an organisation speaking as itself is a speaker ("The
Department of Homeland Security said", d2006 #7; "the Trump administration objected ... They argued",
d2006 #5; "the Welcoming Cicero Coalition ask that", d2003 #5); filers speak through their filing
("ACLU Colorado is suing ..., claiming", d2007 #1). The ACLU in d2007 is one speaker, ACLU of Colorado
(the article's "the American Civil Liberties Union ... it says" is the same group going after Colorado
sheriffs). A court's holding reported with "ruled that" (d2000 #8) is an optional speaker (a holding,
between an action and speech). An unquoted block quote whose attribution ends the line before
("emphasizing that ...:", d2005 #5) keeps the speaker with an empty alias list, as does a pronoun
("He also criticised", d2006 #6). The first-person voice of an official page ("We", "Our officers",
d2002) is the City of St. Charles as an optional speaker (authorship rather than attributed speech; the
d1902 Irvin precedent), and so is the press-release voice of d2003 #6 (the Welcoming Cicero
Coalition's release as eNews Park Forest carries it). Signing, passing, suing, enjoining, denying and
dismissing are actions; resolutions, bills and laws are documents, not speakers. The New York Times
(d2006) and Capital City Now (d2001, the dateline credit of the story) only pass words along: cited
outlets. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_t.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import DHS, PRITZKER, TRUMP_ADMIN

ARTICLES, MANIFEST, GOLD = part_files("fresh-t", "gold-fresh-t.jsonl")


GILL = "Brandon Gill"
MILLER = "Mary Miller"
LAHOOD = "Darin LaHood"
JIMENEZ = "Lilian Jiménez"
JCURRAN = "John Curran"
SJC = "Massachusetts Supreme Judicial Court"
ACLU_CO = "ACLU of Colorado"
MIKESELL = "Jason Mikesell"
COALITION = "Welcoming Cicero Coalition"
ST_CHARLES = "City of St. Charles"

CITY_VOICE = ("the page's own first-person voice ('We', 'Our officers') on the City of St. Charles's website: "
              "authorship rather than attributed speech")
RELEASE_VOICE = ("the press-release voice: the text is the Welcoming Cicero Coalition's release as eNews Park Forest "
                 "carries it ('the Welcoming Cicero Coalition ask that', #5); authorship rather than attributed speech")
HOLDING = "a court's holding reported with 'ruled that' (between an action and speech)"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d2000_boston-bar-journal"] = [
    B("photo_caption", "Image caption ('Massachusetts State House.')."),
    B("site_label", "Publication name ('Boston Bar Journal')."),
    T("headline", "Headline ('Massachusetts High Court Rules State Law Does Not Authorize Detention Based on ICE Detainers Alone')."),
    B("timestamp_label", "Date line ('October 26, 2017')."),
    B("issue_label", "Issue label ('| Fall 2017 Vol. 61 #4')."),
    B("image_alt", "Image file name of the authors' photo ('heuermcfadden')."),
    B("byline", "Byline ('by Tad Heuer and Daniel McFadden')."),
    B("section_label", "Section label ('Case Focus')."),
    C("neutral", "The SJC 'ruled that' state and local officials may not arrest on civil immigration detainers; officials 'generally cannot detain' on a detainer alone; first such state high-court ruling (a holding reported; alternative: supports, the ruling upholds the limit).",
      opt=[O(SJC, HOLDING, "Massachusetts Supreme Judicial Court")], amb=True),
    T("subhead", "Subhead ('The Detainer Controversy')."),
    C("neutral", "Author: what a detainer is — ICE's 'request' to delay release by up to 48 hours; 'an efficient mechanism' for ICE (explanation; issuing detainers is an action)."),
]

ANN["d2001_chambana-today"] = [
    C("neutral", "Pritzker one of three governors 'fielding questions about sanctuary policies' on Capitol Hill (the hearing reported; the dateline credits Capital City Now, which originated the story).",
      out=["Capital City Now"]),
    C("supports", "Pritzker ('Pritzker claimed'): the state's sanctuary policy 'does not shield undocumented migrants from illegal activity' (denies on the law's behalf that it is harmful).",
      sp=[S(PRITZKER, "Pritzker")]),
    C("supports", "Pritzker ('said Pritzker'): 'Violent criminals have no place on our streets'; undocumented ones 'I want them out' (a concession serving his defence of the policy; alternative: opposes, a call to remove criminals).",
      sp=[S(PRITZKER, "Pritzker")], amb=True),
    C("supports", "The administration lists Illinois among jurisdictions 'it says are defying federal immigration law'; Pritzker 'testified Illinois follows the law' and immigration is the federal government's job (his defence is the final point; alternative: neutral, both sides).",
      sp=[S(TRUMP_ADMIN, "The Trump administration"), S(PRITZKER, "Pritzker")], amb=True),
    C("neutral", "Author: the governors had little time; questions went off-topic (transgender residents, Medicaid)."),
    C("neutral", "Lead-in: immigration questions from Gill, then 'a sudden shift' (announces an off-topic exchange; asking questions gives no words here)."),
    C("neutral", "Pritzker ('said Pritzker'): 'I do not support abolishing an immigration force' (about ICE's existence, not local cooperation).",
      sp=[S(PRITZKER, "Pritzker")]),
    C("neutral", "Gill ('said Gill'): 'That’s good to hear' and a question about restrooms (off-topic).",
      sp=[S(GILL, "Gill")]),
    C("neutral", "Pritzker ('said Pritzker'): 'I’m noy sure how this has to do with immigration' (off-topic exchange).",
      sp=[S(PRITZKER, "Pritzker")]),
    C("neutral", "Gill ('said Gill'): 'It’s just a yes or no question' (off-topic exchange).",
      sp=[S(GILL, "Gill")]),
    C("neutral", "Pritzker ('asked Pritzker'): 'Why are you politicizing this? ... I thought we were doing fact-finding' (about the hearing, not the policy).",
      sp=[S(PRITZKER, "Pritzker")]),
]

ANN["d2002_city-of-st-charles"] = [
    T("headline", "Page title ('Federal Immigration Operations and the Illinois TRUST Act')."),
    T("dek", "Subtitle ('Information for Residents')."),
    T("subhead", "Subhead ('Our Commitment to the Community')."),
    C("supports", "City voice: 'numerous inquiries' about federal immigration operations; residents' safety 'our top priority'; everyone should feel 'safe, supported, and heard' (reassurance to immigrant residents; alternative: neutral, no policy named).",
      opt=[O(ST_CHARLES, CITY_VOICE)], amb=True),
    T("subhead", "Subhead ('St. Charles Police Department Policy')."),
    C("supports", "City page: the police 'fully complies with the Illinois TRUST Act', no detention on ICE detainers without a judicial warrant, 'aiming to protect immigrant communities and uphold due process' (an actor stating it does not cooperate, with a favourable purpose)."),
    C("supports", "City voice, bullet: 'Our officers do not conduct immigration-related investigations' (a promise not to take part in immigration enforcement).",
      opt=[O(ST_CHARLES, CITY_VOICE)]),
    C("supports", "City voice, bullet: 'Our officers do not participate in immigration-related arrests'.",
      opt=[O(ST_CHARLES, CITY_VOICE)]),
    C("neutral", "Bullet: the department gets no advance notice of federal operations (a fact about ICE's practice; alternative: supports, part of the non-participation list).",
      amb=True),
    C("supports", "City voice, bullet: 'We remain focused on protecting all residents ... regardless of immigration status'.",
      opt=[O(ST_CHARLES, CITY_VOICE)]),
    T("subhead", "List heading ('Key TRUST Act Immigration-Related Facts:')."),
    C("neutral", "Bullet: what the Act prevents (no questions about immigration status at traffic stops) — what the law provides."),
    C("neutral", "Bullet: no one denied police services for immigration status (what the law provides)."),
    C("neutral", "Bullet: 'The local police will not stop, search, or arrest' on perceived status (the law's rule; alternative: supports, the local police's promise).",
      amb=True),
    C("neutral", "Bullet: no witness or victim questioned about status (the law's rule; alternative: supports).",
      amb=True),
    C("neutral", "Bullet: the police 'will not proactively notify ICE' of arrests absent a criminal warrant or judicial probable cause (the law's rule; alternative: supports, a promise not to cooperate).",
      amb=True),
]

ANN["d2003_enews-park-forest"] = [
    B("section_label", "Section label ('Local')."),
    T("headline", "Headline ('Cicero Residents Demand Town President Larry Dominick Affirm 2008 Commitment and Sign Welcoming Cicero Ordinance')."),
    T("dek", "Dek ('No ordinance currently prohibits ... An ordinance is necessary to protect residents from Trump’s anti-immigrant agenda')."),
    B("photo_caption", "Image title ('Cicero Ordinance')."),
    B("photo_caption", "Photo caption ('Community members gather outside Cicero’s Town Hall ... (Image Provided)')."),
    C("supports", "The coalition ('the Welcoming Cicero Coalition ask that') wants Dominick to pass a Welcoming Cicero Ordinance that would 'strengthen and reaffirm' protections; the 2008 Safe Space resolution (a document) barred enforcing federal immigration laws.",
      sp=[S(COALITION, "Welcoming Cicero Coalition")]),
    C("supports", "Release voice: residents are 'targets of the Trump Administration’s anti-immigrant agenda'; by passing the ordinance Dominick 'will join other leaders ... willing to stand up to increased threats of immigration enforcement'.",
      opt=[O(COALITION, RELEASE_VOICE)], un=["community members"]),
]

ANN["d2004_heartland-informer"] = [
    C("opposes", "Author: by signing HB 1312 Pritzker 'confirmed the status of Illinois as a state in open rebellion' (signing is an action; the framing is the author's)."),
    C("opposes", "Author: Pritzker and his party 'have long contended' the federal government breaks the law, 'but they are no longer fooling anyone' (their position reported to be dismissed).",
      sp=[S(PRITZKER, "Pritzker")], un=["his party"]),
    C("opposes", "Author: the 'sanctuary state' is 'illegally welcoming unvetted and unapproved aliens'; gang members and criminals drawn in; so many 'vermin' that federal authorities had to intervene."),
    C("opposes", "Author: Illinois refuses to arrest or hold criminals and spends billions on 'illegal aliens' (bail and spending as much as cooperation; alternative: neutral for the target, though it serves the anti-sanctuary argument).",
      amb=True),
    C("opposes", "Author: the federal government 'should not have had to come to Chicago'; Pritzker 'and his cronies necessitated this'."),
]

ANN["d2005_illinois-family-action"] = [
    T("headline", "Headline ('JB Pritzker Gets Grilled Over Foolish Sanctuary Policies')."),
    B("byline", "Byline ('Written by David E. Smith')."),
    C("neutral", "The June 12 Oversight hearing 'A Hearing with Sanctuary State Governors'; Pritzker 'was confronted' about the policies' 'perceived impact' (event reported; 'confronted' is a light lean)."),
    C("opposes", "Miller and LaHood 'grilled' Pritzker 'on the devastating consequences of his sanctuary policies and his failure to cooperate' (the author's framing of their questioning).",
      sp=[S(MILLER, "Mary Miller"), S(LAHOOD, "Darin LaHood")]),
    C("opposes", "Miller ('Miller highlighted', 'emphasizing that'): murders by 'illegal aliens'; the policies are 'putting American lives at risk'.",
      sp=[S(MILLER, "Miller")]),
    C("opposes", "Miller's words as an unquoted block quote (attribution ends #4): 'roll out the red carpet for illegal aliens'; 'Your policies have been disastrous'.",
      sp=[S(MILLER)]),
    B("video_embed", "Video lead-in ('Watch the entire six-minute video of Miller’s questioning:')."),
    C("opposes", "LaHood ('LaHood accused', 'he said:'): Pritzker is 'endangering public safety' and committing 'government malpractice' with policies that 'hinder cooperation'.",
      sp=[S(LAHOOD, "LaHood")]),
]

ANN["d2006_indian-express"] = [
    C("neutral", "A photo caption run into the first paragraph ('... further shield illegal immigrants from deportations. (Photo: X/@FoxNews)'), then Pritzker 'has approved' the law restricting immigration arrests, as the Times 'reported' (an action reported; the caption's wording alone does not decide).",
      out=["The New York Times"]),
    C("neutral", "What the measure does: no civil immigration enforcement at or near state courthouses; more power to sue federal agents."),
    C("neutral", "When the law passed: during the federal crackdown in the Chicago area (background)."),
    C("supports", "Supporters 'said the law was needed'; Jiménez ('Lilian Jiménez said, according to The New York Times'): people 'should be able to go to court ... without fear'.",
      sp=[S(JIMENEZ, "Lilian Jiménez")], un=["supporters"], out=["The New York Times"]),
    C("neutral", "What the law limits: information hospitals, day care centres and colleges may share with immigration authorities."),
    C("opposes", "Republican lawmakers and the administration 'objected ... argued it could obstruct federal work'; Curran ('John Curran said') expects the Supreme Court to set the law aside.",
      sp=[S(TRUMP_ADMIN, "the Trump administration"), S(JCURRAN, "John Curran")], un=["Republican lawmakers"]),
    C("opposes", "Curran (continues #5, 'He also criticised'): the courthouse limits push arrests into 'uncontrolled settings'.",
      sp=[S(JCURRAN)]),
    C("opposes", "DHS ('The Department of Homeland Security said, as quoted by The New York Times'): 'nothing in the Constitution prohibits arresting a lawbreaker where you find them'; courthouse arrests save resources.",
      sp=[S(DHS, "The Department of Homeland Security")], out=["The New York Times"]),
]

ANN["d2007_law-week-colorado"] = [
    C("neutral", "Colorado sheriffs have largely declined ICE holds; the ACLU goes after sheriffs 'it says have been unlawfully cooperating' (background plus the ACLU's view; alternative: supports, the ACLU's claim).",
      sp=[S(ACLU_CO, "American Civil Liberties Union")], amb=True),
    C("neutral", "ACLU Colorado's suit ('is suing ..., claiming') that Mikesell violates the law by holding a releasable person for ICE; the sheriff ('The sheriff said', 'saying') claims federal authority (both sides, evenly).",
      sp=[S(ACLU_CO, "ACLU Colorado"), S(MIKESELL, "Jason Mikesell", "The sheriff")], amb=True),
    C("neutral", "How ICE uses detainers and administrative warrants; some counties still honor them 'despite mounting legal pressure' (description)."),
]

ANN["d2008_law-com-texas-lawyer"] = [
    C("supports", "Author: SB 4, the 'so-called “anti-sanctuary city”' law, challenged in court; asks what it would mean beyond concerns it 'will negatively impact a large number of Texans' (framed against the anti-sanctuary law; alternative: neutral, a question).",
      amb=True),
    C("neutral", "Author: SB 4 enacted despite opposition from Democrats, police chiefs and sheriffs; Sparks denied Paxton's suit; Garcia enjoined major provisions; an appeal expected (legal history; suing, denying and enjoining are actions).",
      un=["Texas Senate and House Democratic members", "police chiefs and sheriffs in most urban areas"]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d2000_boston-bar-journal.txt", "outlet": "Boston Bar Journal (bostonbar.org)", "date": "2017-10-26",
     "title": "Massachusetts High Court Rules State Law Does Not Authorize Detention Based on ICE Detainers Alone",
     "url": "https://bostonbar.org/journal/massachusetts-high-court-rules-state-law-does-not-authorize-detention-based-on-ice-detainers-alone/"},
    {"file": "d2001_chambana-today.txt", "outlet": "Chambana Today (chambanatoday.com; dateline credit Capital City Now)", "date": "2025-06",
     "title": "Mr. Pritzker goes to Washington, testifies on immigration policies (from the URL slug; no headline in the stored text)",
     "url": "https://chambanatoday.com/news/298892-mr-pritzker-goes-to-washington-testifies-on-immigration-policies"},
    {"file": "d2002_city-of-st-charles.txt", "outlet": "City of St. Charles, Illinois (stcharlesil.gov, official page)", "date": "2025",
     "title": "Federal Immigration Operations and the Illinois TRUST Act",
     "url": "https://www.stcharlesil.gov/Services/Police-Services/More-Police-Department-Information/Information-for-Residents-Federal-Immigration-Operations-and-the-Illinois-TRUST-Act"},
    {"file": "d2003_enews-park-forest.txt", "outlet": "eNews Park Forest (enewspf.com; a Welcoming Cicero Coalition release)", "date": "2017-11-14",
     "title": "Cicero Residents Demand Town President Larry Dominick Affirm 2008 Commitment and Sign Welcoming Cicero Ordinance",
     "url": "https://enewspf.com/2017/11/14/cicero-residents-demand-town-president-larry-dominick-affirm-2008-commitment-and-sign-welcoming-cicero-ordinance/"},
    {"file": "d2004_heartland-informer.txt", "outlet": "Heartland Informer (heartlandinformer.com)", "date": "2025-12",
     "title": "Pritzker signs HB 1312 (descriptive; no headline in the stored text or the URL)",
     "url": "https://heartlandinformer.com/?p=379"},
    {"file": "d2005_illinois-family-action.txt", "outlet": "Illinois Family Action (illinoisfamilyaction.org)", "date": "2025-06",
     "title": "JB Pritzker Gets Grilled Over Foolish Sanctuary Policies",
     "url": "https://illinoisfamilyaction.org/2025/06/jb-pritzker-gets-grilled-over-foolish-sanctuary-policies/"},
    {"file": "d2006_indian-express.txt", "outlet": "Indian Express (indianexpress.com; reports The New York Times)", "date": "2025-12",
     "title": "Illinois Gov. Pritzker signs law limiting immigration arrests (from the URL slug; no headline in the stored text)",
     "url": "https://indianexpress.com/article/world/illinois-gov-pritzker-signs-law-limiting-immigration-arrests-10411778"},
    {"file": "d2007_law-week-colorado.txt", "outlet": "Law Week Colorado (lawweekcolorado.com)", "date": "2018-08",
     "title": "ACLU, county sheriff embroiled in ICE hold battle (from the URL slug; no headline in the stored text)",
     "url": "https://lawweekcolorado.com/2018/08/aclu-county-sheriff-embroiled-in-ice-hold-battle/"},
    {"file": "d2008_law-com-texas-lawyer.txt", "outlet": "Law.com, Texas Lawyer (law.com)", "date": "2017-10-01",
     "title": "What the sanctuary cities legislation means for all Texans (from the URL slug; no headline in the stored text)",
     "url": "https://law.com/texaslawyer/2017/10/01/what-the-sanctuary-cities-legislation-means-for-all-texans"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d20")
