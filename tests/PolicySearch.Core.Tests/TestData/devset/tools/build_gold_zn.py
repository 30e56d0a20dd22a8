#!/usr/bin/env python3
"""Dev set, part ZN (files d4000-d4010): hand annotations -> fresh-zn/gold-fresh-zn.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 11 articles from 11 outlets, 2019-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, every outlet's name starting
with a letter A to L (the part built alongside this one takes M to Z), no URL shared with any other
part, and no page that carries AP, Reuters, AFP, Chicago Tribune, Sun-Times, Capitol News Illinois or
Center Square copy. Stored English pages from new outlets had run out, so seven of the eleven pages are
not in English: Brasil em Folhas (Portuguese), Daily Might, El Ahuizote and Libero (Spanish), Gaya One
(German), Helm News (Japanese with an English gloss after each sentence), Internazionale (Italian) and
L'Information nationaliste (French). All are about Illinois or Chicago.

The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-ZM (models: build_gold_s.py and
build_gold_y.py): canonical names from canonical.py where they apply (Brandon Johnson, JB Pritzker,
Donald Trump, Trump administration, U.S. Department of Justice, U.S. Department of Homeland Security),
otherwise the fullest form the article gives, titles dropped ("La jueza federal de distrito Lindsay C.
Jenkins" -> Lindsay Jenkins, as parts S and later name her; "Republican Illinois state senator Terri
Bryant" -> Terri Bryant, as part Y names her). Aliases are the forms in the line, in the line's own
language ("la administración Trump", "Die Trump-Regierung", "Il presidente", "le président", "A Casa
Branca", "テリー・ブライアント", and the page's misspelling "JB Prizker"). A person speaking for an
organisation is the person only; an organisation speaking as itself is a speaker (the White House
"labeled" and "accused", d4005 #4; "A Casa Branca respondeu", d4001 #0; DHS "told Newsweek", d4000 #3);
filers speak through their filing ("in der sie behauptet", "Die Trump-Regierung argumentiert", d4004;
"acusándolos de", d4007); a judge's written ruling is the judge's speech (d4003 #2-#3). Chicago
Community and Worker's Rights (d4002) writes in its own first-person voice on its own site: it is an
optional speaker of those lines (the publisher's voice, not attributed speech; the d1902 Irvin and d2509
River Forest precedent). Signing orders, dismissing suits, suing, blocking deployments and proposing
bills are actions; the executive orders, the suit as a document and the ordinances are documents. Fox
News, Newsweek (d4000) and the New York Times (d4009) only pass words along: cited outlets. Where a page
is about federal raids or the National Guard rather than local cooperation (d4000, most of d4008 and
d4009), the paragraph is neutral and ambiguous unless it answers a sanctuary argument (guideline 7).
They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zn.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, DHS, DOJ, PRITZKER, TRUMP, TRUMP_ADMIN

ARTICLES, MANIFEST, GOLD = part_files("fresh-zn", "gold-fresh-zn.jsonl")


JENKINS = "Lindsay Jenkins"
BRYANT = "Terri Bryant"
WHITE_HOUSE = "White House"
CCWR = "Chicago Community and Worker’s Rights"

CCWR_VOICE = ("the post is the organisation's own first-person text on its own site ('we joined', 'we present'); "
              "the line is the publisher's voice, not attributed speech")
TRUMP_THREAT = ("'ha amenazado con tomar medidas legales' (has threatened legal action) is reported as a standing "
                "threat, not a statement made here (the seeds' 'has long-threatened' precedent)")
TRUMP_ANNOUNCE = "'President Trump’s announcement to deploy' names an announcement as background, not his words"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d4000_ariana-jasmine"] = [
    C("neutral", "Author: 'The resistance is starting on the streets' and Pritzker is 'at the forefront' (resistance to federal raids, not about local cooperation; alternative: supports).",
      amb=True),
    C("neutral", "Pritzker ('He told local Fox News affiliate'): ICE agents 'may get prosecuted after the Trump administration' (about agents' conduct in raids, not local cooperation; alternative: supports, the state standing up to federal enforcement).",
      sp=[S(PRITZKER, "Pritzker")], out=["Fox News"], amb=True),
    C("neutral", "Pritzker ('Pritzker suggested') the Attorney General and state's attorneys could examine DHS misconduct; author doubts it will happen (prosecuting agents, not sanctuary limits; alternative: supports).",
      sp=[S(PRITZKER, "Pritzker")], amb=True),
    C("neutral", "DHS ('told Newsweek') called Pritzker's statement 'disgusting'; author: DHS 'has repeatedly lied' (a quarrel over agents' conduct; alternative: supports, the author's side).",
      sp=[S(DHS, "the Department of Homeland Security", "DHS")], out=["Newsweek"], amb=True),
    C("neutral", "Author: Pritzker a possible 2028 nominee 'ramping up his fight against Trump's actions' (politics, no policy claim)."),
    C("neutral", "Author: raids accused of racial profiling, 'the unjustified ICE raids' (about federal raids, not local cooperation; alternative: supports).",
      un=["people"], amb=True),
    C("neutral", "An appeals court blocked the National Guard deployment into Illinois (a ruling reported; the Guard, not sanctuary policy)."),
    C("neutral", "The Trump administration 'suggested that it might invoke the Insurrection Act' (about troops, not local cooperation).",
      sp=[S(TRUMP_ADMIN, "the Trump administration")]),
]

ANN["d4001_brasil-em-folhas"] = [
    C("supports", "Johnson ('anunciou', 'afirmou') that Chicago police will not collaborate with the federal immigration operation; 'Eu não recebo ordens do governo federal'; the White House ('A Casa Branca respondeu') says the operation fights crime (a short closing reply).",
      sp=[S(BJOHNSON, "Brandon Johnson", "Johnson"), S(WHITE_HOUSE, "A Casa Branca")]),
]

ANN["d4002_chicago-workers-rights"] = [
    T("headline", "Post headline ('Where do Mayoral Candidates Stand on Expanding Sanctuary?')."),
    C("supports", "Organisation's own voice: working 'to remove all carveouts from the Welcoming City Ordinance, so that Chicago Police have no collusion with' ICE; the mayor 'has been a roadblock'.",
      opt=[O(CCWR, CCWR_VOICE, "Chicago Community and Worker’s Rights")]),
    C("supports", "Organisation's own voice: presents the candidates' answers on 'ending the Chicago Gang Database and removing the carve-outs' (framed by its campaign; alternative: neutral, an introduction).",
      opt=[O(CCWR, CCWR_VOICE)], amb=True),
    B("language_link", "Link to the Spanish version ('In Spanish Here')."),
]

ANN["d4003_daily-might"] = [
    T("headline", "Headline ('Juez desestima demanda del Departamento de Justicia contra Illinois y Chicago por políticas de “ciudad santuario”')."),
    C("neutral", "A federal judge dismissed the suit (an action); the policies 'según la administración Trump' hinder its efforts (the claim attributed, reported).",
      sp=[S(TRUMP_ADMIN, "la administración Trump")]),
    C("neutral", "Jenkins ('dijo', 'agregó en su fallo'): the administration 'carece de legitimación'; the Sanctuary Policies do not regulate ICE's operations (the ruling's reasoning; alternative: supports, it upholds the policies).",
      sp=[S(JENKINS, "Lindsay C. Jenkins")], amb=True),
    C("neutral", "The order's words ('escribió Jenkins'): the individual defendants and the Cook County Board dismissed; the suit dismissed without prejudice (procedure).",
      sp=[S(JENKINS, "Jenkins")]),
    C("neutral", "Background: Trump's crackdown on what he calls 'ciudades santuario', whose policies limit local cooperation; he has threatened legal action (reported).",
      opt=[O(TRUMP, TRUMP_THREAT, "Donald Trump")]),
]

ANN["d4004_gaya-one"] = [
    T("headline", "Headline ('Trump-Regierung verklagt Illinois und Chicago wegen Sanctuary-City-Politik')."),
    B("byline", "Editor line ('Bearbeitet von: Katya Palm Beach')."),
    C("opposes", "The administration's suit ('in der sie behauptet') says the sanctuary policy 'die Bundesbehörden daran hindert, Einwanderungsgesetze durchzusetzen'; the first such suit (alternative: neutral, a suit filed).",
      sp=[S(TRUMP_ADMIN, "Die Trump-Regierung")], amb=True),
    C("neutral", "What the suit targets: the TRUST Act, the Welcoming City Ordinance and Cook County's detainer policy, and what they do (description; the suit is a document)."),
    C("opposes", "The administration ('Die Trump-Regierung argumentiert'): the policies impair federal enforcement and Americans' safety; it seeks injunctions.",
      sp=[S(TRUMP_ADMIN, "Die Trump-Regierung")]),
    C("supports", "Pritzker and Johnson ('haben beide erklärt', 'Sie argumentieren') will defend the sanctuary policies; they comply with federal law and let police prioritise crime.",
      sp=[S(PRITZKER, "JB Pritzker"), S(BJOHNSON, "Brandon Johnson")]),
]

ANN["d4005_global-newz-live"] = [
    T("headline", "Page title ('Exposing Criminal Immigrant Killers: A Shocking Truth') above the byline (it may belong to the site's post template rather than this story; alternative: a related headline).",
      amb=True),
    B("byline", "Byline ('David H. Johnson')."),
    B("reading_time", "Reading-time label ('2 Min Read')."),
    T("subhead", "Story heading ('Tensions Rise as Chicago Mayor Bans ICE from City Property')."),
    C("opposes", "Johnson signed an order barring ICE from city property (an action); the White House 'labeled the mayor’s actions as “sick” and accused him of enabling criminal activity' (the closing criticism; alternative: neutral, an action and a reaction reported).",
      sp=[S(WHITE_HOUSE, "the White House")], amb=True),
    T("subhead", "Subhead ('The Executive Order: A Response to Federal Actions')."),
    C("supports", "Johnson ('announced the creation of “ICE Free Zones,”') to keep ICE from using city schools, libraries and parks; Trump's Guard deployment is the backdrop.",
      sp=[S(BJOHNSON, "Johnson")], opt=[O(TRUMP, TRUMP_ANNOUNCE, "President Trump")]),
    C("supports", "Johnson ('Johnson stated', 'He further asserted'): 'Our school parking lots are not for ICE to load their weapons'; author: 'the mayor’s commitment to protecting immigrant communities'.",
      sp=[S(BJOHNSON, "Johnson")]),
    T("subhead", "Subhead ('Historical Context: Chicago’s Sanctuary City Status')."),
]

ANN["d4006_helm-news"] = [
    T("headline", "Item title in Japanese with its English gloss ('Illinois senator proposes law change to allow local cops to work with ICE on undocumented felons.') (alternative: content, opposes).",
      amb=True),
    C("opposes", "Bryant ('claims', 'と主張している') got calls about undocumented inmates; Pritzker ('denies these claims') says prisons do not track citizenship; Bryant and others propose amending the TRUST Act so police can work with ICE on felony suspects (the closing, emphasised point; alternative: neutral, claims, a denial and a bill reported).",
      sp=[S(BRYANT, "Terri Bryant", "テリー・ブライアント", "Bryant"), S(PRITZKER, "JB Prizker", "JB Pritzker")], amb=True),
]

ANN["d4007_el-ahuizote"] = [
    C("opposes", "The Justice Department's suit ('acusándolos de dificultar el trabajo de las autoridades migratorias') seeks to strike down the local and state protections (the filer's claim; alternative: neutral, a suit filed).",
      sp=[S(DOJ, "El Departamento de Justicia de EE. UU.")], amb=True),
]

ANN["d4008_information-nationaliste"] = [
    C("neutral", "Trump ('qualifiée par le président de « capitale mondiale du meurtre »') targets Chicago; Johnson 'riposte', ordering police not to cooperate and denouncing 'militarisation'; author: Trump's agenda 'soutenu par une large base populaire' against Democratic bastions that protect their 'villes sanctuaires' (both sides; alternative: opposes, the nationalist blog's framing, or supports, Johnson's refusal).",
      sp=[S(TRUMP, "le président"), S(BJOHNSON, "Brandon Johnson")], amb=True),
]

ANN["d4009_internazionale"] = [
    C("neutral", "Press review: the New York Times reports the planned operation; Trump ('Il presidente sostiene', 'accusa') says local politicians protect undocumented immigrants; Johnson ('ha detto') will resist and ordered police not to collaborate (both sides, evenly; alternative: supports, Johnson's refusal is the emphasised point).",
      sp=[S(TRUMP, "Il presidente"), S(BJOHNSON, "Brandon Johnson")], out=["New York Times"], amb=True),
]

ANN["d4010_libero"] = [
    B("counter", "A lone '0' above the headline (a comment or share counter)."),
    T("headline", "Headline ('Chicago desafía a ICE: el alcalde firma una orden que blinda a los inmigrantes y limita la acción federal')."),
    T("dek", "Dek ('El alcalde Brandon Johnson firmó una orden que prohíbe al ICE usar espacios públicos ...')."),
    B("byline", "Byline ('Dara Rojas')."),
    B("caption", "Image caption or label ('Alcalde en defensa de los migrantes') between the byline and the text (alternative: a subhead)."),
    C("supports", "Johnson signed a 'histórica' order that 'blinda a la comunidad inmigrante' and restricts ICE's access to city property, to reaffirm Chicago as a 'ciudad santuario' (an action, framed approvingly by the author)."),
    B("related_label", "Label of an inserted box ('Solicitud de Visa')."),
    B("related_headline", "Inserted link ('PUEDES VER: ¿Rechazaron tu visa en Estados Unidos? ...')."),
    T("subhead", "Subhead ('La nueva orden ejecutiva: límites claros al ICE')."),
    C("neutral", "What the order provides: ICE may not use municipal buildings, parks or lots; private owners urged to refuse entry without a judicial warrant (the order is a document)."),
    C("supports", "Johnson ('afirmó Johnson'): 'Chicago protege a sus residentes, sin importar su estatus migratorio'.",
      sp=[S(BJOHNSON, "Johnson")]),
    T("subhead", "Subhead ('Un mensaje político con historia')."),
    C("neutral", "Background: the order joins Chicago's and Illinois' measures against 'las políticas migratorias restrictivas'; both have sued the administration over the Guard (suits are actions; 'persecución indiscriminada' is a light lean; alternative: supports).",
      amb=True),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d4000_ariana-jasmine.txt", "outlet": "Ariana Jasmine (arianajasmine.com, newsletter blog)", "date": "2025-10",
     "title": "JB Pritzker fights back at Trump (from the URL slug; no headline in the stored text)",
     "url": "https://www.arianajasmine.com/p/jb-pritzker-fights-back-at-trump"},
    {"file": "d4001_brasil-em-folhas.txt", "outlet": "Brasil em Folhas (brasilemfolhas.com.br; Portuguese)", "date": "2025-08-30",
     "title": "Prefeito de Chicago se opõe a plano de Trump sobre imigração (from the URL slug; no headline in the stored text)",
     "url": "https://www1.brasilemfolhas.com.br/2025/08/prefeito-de-chicago-se-opoe-a-plano-de-trump-sobre-imigracao"},
    {"file": "d4002_chicago-workers-rights.txt", "outlet": "Chicago Community and Worker's Rights (chicagoworkersrights.org, advocacy group)", "date": "2019-02-13",
     "title": "Where do Mayoral Candidates Stand on Expanding Sanctuary?",
     "url": "https://chicagoworkersrights.org/2019/02/13/where-do-mayoral-candidates-stand-on-expanding-sanctuary/"},
    {"file": "d4003_daily-might.txt", "outlet": "Daily Might (dailymight.com; Spanish)", "date": "2025-07",
     "title": "Juez desestima demanda del Departamento de Justicia contra Illinois y Chicago por políticas de “ciudad santuario”",
     "url": "https://dailymight.com/story/juez-desestima-demanda-del-departamento-de-justicia-contra-illinois-y-chicago-por-politicas-de-ciudad-santuario/9805"},
    {"file": "d4004_gaya-one.txt", "outlet": "Gaya One (gayaone.com; German)", "date": "2025-02",
     "title": "Trump-Regierung verklagt Illinois und Chicago wegen Sanctuary-City-Politik",
     "url": "https://gayaone.com/de/world-events/trump-us/1efe4ce3-94a3-6cfa-b4e4-438459c777fb"},
    {"file": "d4005_global-newz-live.txt", "outlet": "Global Newz Live (globalnewzlive.com)", "date": "2025-10",
     "title": "Exposing Criminal Immigrant Killers: A Shocking Truth (page title; story heading: Tensions Rise as Chicago Mayor Bans ICE from City Property)",
     "url": "https://www.globalnewzlive.com/?p=38280"},
    {"file": "d4006_helm-news.txt", "outlet": "Helm News (jp.helm.news; Japanese with English gloss)", "date": "2025-01-31",
     "title": "Illinois senator proposes law change to allow local cops to work with ICE on undocumented felons.",
     "url": "https://jp.helm.news/2025-01-31/illinois-senator-proposes-law-change-allow-local-cops-work-ice.html"},
    {"file": "d4007_el-ahuizote.txt", "outlet": "El Ahuizote (elahuizote.mx; Spanish)", "date": "2025-02",
     "title": "Gobierno de Trump demanda a Chicago por obstaculizar deportaciones (from the URL slug; no headline in the stored text)",
     "url": "https://elahuizote.mx/internacional/gobierno-de-trump-demanda-a-chicago-por-obstaculizar-deportaciones/"},
    {"file": "d4008_information-nationaliste.txt", "outlet": "L'Information nationaliste (linformationnationaliste.hautetfort.com, blog; French)", "date": "2025-09",
     "title": "Trump, la Garde nationale et Chicago ville sanctuaire (descriptive; a post's opening on the blog's immigration category page, no headline in the stored text)",
     "url": "http://linformationnationaliste.hautetfort.com/archives/category/immigration/index-26.html"},
    {"file": "d4009_internazionale.txt", "outlet": "Internazionale (internazionale.it, magazine; Italian; quotes the New York Times)", "date": "2025-09-04",
     "title": "Chicago nel mirino (from the URL slug; no headline in the stored text)",
     "url": "https://www.internazionale.it/magazine/2025/09/04/chicago-nel-mirino"},
    {"file": "d4010_libero.txt", "outlet": "Libero (libero.pe; Spanish)", "date": "2025-10-07",
     "title": "Chicago desafía a ICE: el alcalde firma una orden que blinda a los inmigrantes y limita la acción federal",
     "url": "https://libero.pe/estados-unidos/2025/10/07/chicago-desafia-ice-alcalde-firma-orden-ejecutiva-protege-inmigrantes-lbeu-71932"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d40")
