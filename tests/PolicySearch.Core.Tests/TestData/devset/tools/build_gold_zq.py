#!/usr/bin/env python3
"""Dev set, part ZQ (files d4300-d4307): hand annotations -> fresh-zq/gold-fresh-zq.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 8 articles in English from 7 outlets, 2017-2025. Stored
pages from new outlets have run out: every outlet here was used by an earlier part (SOURCES-zq.md marks
each row "outlet seen before (part X)"), but none is an outlet of the seeds, no article URL is in any
manifest, and every outlet name starts with a letter M-Z (the split with part ZP). No page carries AP,
Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square copy (d4301 has an AP photo credit
under its caption, a boilerplate row only). Two articles are national (d4300 The Washington Times and
d4301 Route Fifty, both on 287(g)); d4306 (Mint) is an Indian outlet's report on Operation Midway Blitz.

The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-Y (models: build_gold_s.py and
build_gold_y.py): canonical names from canonical.py where they apply (Bruce Rauner, Mark Curran, Tricia
McLaughlin, Donald Trump, the U.S. Department of Homeland Security, the Office of the Illinois Attorney
General), otherwise the fullest form the article gives, titles dropped ("acting chief of ICE" and "Mr."
-> Matthew T. Albence, "Board member Jack Skrogstad" -> Jack Skrogstad, "Winnebago County Sheriff Gary
Caruana" -> Gary Caruana, "State Rep. David McSweeney" -> David McSweeney, "Fox News host Bret Baier" ->
Bret Baier, "Kendall County Sheriff's Deputy and public information officer Dan Briars" -> Dan Briars).
A person speaking for a body is the person only (Briars, not the sheriff's office; Curran, quoted in the
party's release); an organisation speaking as itself is a speaker (the Illinois Republican Party's
release "defending the TRUST Act", d4304 #8; the Kendall County Sheriff's Office "Citing state law" and
not planning to work with ICE, d4307 #3; the Attorney General's Office "according to", d4307 #5 and #7).
A quote continuing an attribution keeps the speaker with an empty alias list (Caruana's unattributed
quotes, d4305 #2 and #9); a pronoun alone ("She says", d4302 #12) gives the resolved speaker with an
empty alias list. The party is an optional speaker of Curran's quote from its release (d4304 #9); DHS is
an optional speaker of the operation's announcement (d4306 #0, an announcement reported as an act).
Resolutions are documents ("part of the resolution reads", d4303 #4: no speaker). The publisher named as
the interviewer ("told The Washington Times", "in a Feb. 23 phone interview with Shaw Local News
Network") is not a cited outlet: it passes along no other outlet's words. Voting, signing, approving,
ending an agreement and announcing an operation are actions. They were made by reading the article text
only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zq.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import AG_OFFICE, CURRAN, DHS, MCLAUGHLIN, RAUNER, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("fresh-zq", "gold-fresh-zq.jsonl")


ALBENCE = "Matthew T. Albence"
ANTHONY = "Casey Anthony"
SKROGSTAD = "Jack Skrogstad"
SHIPPERT = "Angie Shippert"
BAIER = "Bret Baier"
MCSWEENEY = "David McSweeney"
ILGOP = "Illinois Republican Party"
CARUANA = "Gary Caruana"
KENDALL_SO = "Kendall County Sheriff's Office"
BRIARS = "Dan Briars"

GOP_RELEASE = ("Curran's words are quoted from the Illinois Republican Party's news release ('was quoted as saying "
               "in the release'); the party passes them along")
DHS_ANNOUNCED = ("DHS 'announced' the operation: the announcement is reported as an act, its aim given in the "
                 "author's words")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d4300_washington-times"] = [
    B("timestamp_label", "Site name and date line ('- The Washington Times - Tuesday, June 30, 2020')."),
    C("neutral", "Author: despite 'feverish anti-ICE sentiment' and 'defections', the Trump administration expanded the jurisdictions cooperating with DHS in their jails (a trend, reported; alternative: opposes, the slanted 'feverish')",
      amb=True),
    C("neutral", "287(g) participants rose from 36 on Inauguration Day to 142 (figures)."),
    C("neutral", "The population covered by cooperating jurisdictions rose from 22 to 31 million (figures)."),
    C("neutral", "Prince William County ended 13 years of cooperation with ICE, 'A major defection' (an action, reported)."),
    C("opposes", "Albence ('said'): ICE lacks the personnel to scour the county's jails; some of the 700 flagged a year 'will end up back on the streets' (the cost of ending cooperation).",
      sp=[S(ALBENCE, "Matthew T. Albence")]),
    C("opposes", "Albence ('Mr. Albence told'): 'If you can get a criminal off the street, why wouldn’t you do that?'; partners lost 'because of politics'.",
      sp=[S(ALBENCE, "Albence")]),
    C("neutral", "What the 287(g) program does: trains local officers to begin the deportation process (description)."),
    C("neutral", "The program's former community and jail models (description)."),
]

ANN["d4301_route-fifty"] = [
    T("headline", "Headline ('Local Law Enforcement Must Decide if They Want to Continue Working With ICE')."),
    B("photo_caption", "Photo caption ('Sheriffs attend an event to salute ... ICE officers at the White House in 2018.')."),
    B("photo_caption", "The caption again with its photo credit ('Andrew Harnik/AP Photo')."),
    B("tagline", "Site tagline ('Connecting state and local government leaders')."),
    T("dek", "Dek ('The 287(g) program has significantly expanded since 2017, stoking controversy about cost and transparency ...')."),
    C("neutral", "Trump's crackdown includes an expanded partnership of sheriffs with ICE; how deputies are trained (description)."),
    C("neutral", "81 jurisdictions' 287(g) agreements expire on June 30 unless renewed (facts)."),
    C("neutral", "History of 287(g); Trump's 2017 order nearly doubled the counties; arrests rose from under 300 to over 945 a month (figures)."),
]

ANN["d4302_northern-public-radio"] = [
    B("copyright", "Copyright line ('© 2024 WNIJ and WNIU')."),
    B("promo", "Site promo for Hola, in Spanish and English ('Hola es su centro ...')."),
    T("headline", "Headline ('Stephenson County approves ‘non-sanctuary’ resolution')."),
    B("byline", "Byline ('Northern Public Radio | By Maria Gardner Lara')."),
    B("timestamp_label", "Publication time ('Published April 22, 2024 at 1:58 PM CDT')."),
    B("photo_caption", "Photo caption ('Stephenson County Board on April 18, 2024.')."),
    B("photo_caption", "The photo caption repeated.", dup=5),
    C("neutral", "The board approved a resolution declaring a non-sanctuary county, like Ogle and Winnebago (a vote)."),
    C("neutral", "Approved 10 to 6 after arguments 'ranging from anti-immigrant rhetoric to pleas' on immigrants' role in the economy (both sides, reported)."),
    C("neutral", "Author: the text 'doesn’t do much'; an 'apolitical overview' by its author Larry Yogerst (about the resolution's effect; alternative: supports, belittling the anti-sanctuary measure).",
      amb=True),
    C("neutral", "Abbott's busing of migrants since 2022; 'Critics says it’s cruel and inhumane' (about busing, not local cooperation).",
      un=["Critics"]),
    C("supports", "Anthony voted against; she ('She said') says it 'does little to understand the reality' in the county, where nonprofits help migrants (against the anti-sanctuary resolution; alternative: neutral, about migrants' support rather than police cooperation).",
      sp=[S(ANTHONY, "Casey Anthony")], amb=True),
    C("neutral", "Anthony ('She says'): some in the business community also help (a fact about local support).",
      sp=[S(ANTHONY)]),
    C("supports", "Anthony ('Anthony said'): 'the people coming are their workforce' (her case against the resolution; alternative: neutral, about the economy, not local cooperation).",
      sp=[S(ANTHONY, "Anthony")], amb=True),
    C("neutral", "The text commits funding to 'legal residents' and calls for the repeal of the TRUST Act (what a document says)."),
    C("neutral", "The Act was passed under Rauner, a Republican (background)."),
]

ANN["d4303_shaw-local-sauk-valley"] = [
    T("headline", "Headline ('Lee County Board declares county a ‘nonsanctuary county’')."),
    T("dek", "Dek ('Resolution passed unanimously, but its authors say it ‘carries no weight’ ...')."),
    B("photo_caption", "Photo caption ('Lee County Board')."),
    C("neutral", "The board unanimously declared a 'nonsanctuary county', no taxpayer money for the 'immigration crisis' (a vote, reported)."),
    C("opposes", "The resolution's text ('part of the resolution reads', a document): Lee County, 'by declaring itself a non-sanctuary county', will fund no services toward the immigration crisis."),
    C("neutral", "Skrogstad ('said'): the resolution 'carries no weight' and is 'totally unenforceable' (about its effect).",
      sp=[S(SKROGSTAD, "Jack Skrogstad")]),
    C("opposes", "Skrogstad ('Skrogstad said'): 'We are not a sanctuary county like the Chicago area'; county funds for citizens.",
      sp=[S(SKROGSTAD, "Skrogstad")]),
    C("neutral", "Shippert ('said'): parts of the resolution were based on others passed elsewhere (procedure).",
      sp=[S(SHIPPERT, "Angie Shippert")]),
    C("neutral", "Shippert ('said') heard from constituents concerned with 'the influx of illegal immigrants' and asked for committee review (alternative: opposes, the concern behind the resolution).",
      sp=[S(SHIPPERT, "Shippert")], un=["constituents"], amb=True),
    C("neutral", "Shippert ('Shippert said'): migrants face a 'safety crisis' crossing the border and the federal government puts them at risk (about the border, not local cooperation).",
      sp=[S(SHIPPERT, "Shippert")]),
]

ANN["d4304_will"] = [
    B("section_label", "Section label ('News Local/State')."),
    T("headline", "Headline ('Governor Signs Bill Blocking State Police Arrests On Immigration Status')."),
    C("neutral", "Rauner signed the TRUST Act, which 'could create political problems' on his right; what it prohibits (a signing and the law, described)."),
    C("neutral", "Rauner 'was cagey about the idea' on Fox News (lead-in to the exchange, no view on the Act)."),
    C("neutral", "Baier ('asked'): 'So are you going to sign that bill?' (a question).",
      sp=[S(BAIER, "Bret Baier")]),
    C("neutral", "Rauner's reply ('began Rauner’s reply'): his staff 'is evaluating that bill' (no view).",
      sp=[S(RAUNER, "Rauner’s")]),
    C("neutral", "McSweeney and other conservatives 'say they’re confused' by the timing of the signing (about timing; alternative: opposes, the lead-in to his sanctuary-state attack).",
      sp=[S(MCSWEENEY, "David McSweeney")], un=["Some conservatives"], amb=True),
    C("opposes", "McSweeney ('said McSweeney'): Rauner is 'signing an act (SB31) that'll make Illinois effectively a sanctuary state' instead of fighting the CPS bailout.",
      sp=[S(MCSWEENEY, "McSweeney")]),
    C("supports", "The Illinois Republican Party's release 'defending the TRUST Act', quoting law enforcement officials who supported it.",
      sp=[S(ILGOP, "Illinois Republican Party")], un=["law enforcement officials who supported it"]),
    C("supports", "Curran ('was quoted as saying'): 'this is not a sanctuary state bill!'; the relationships built will help convince victims and witnesses to come forward.",
      sp=[S(CURRAN, "Mark Curran")], opt=[O(ILGOP, GOP_RELEASE)]),
    C("neutral", "Rauner's re-election must 'thread the needle' between conservatives and moderate voters (political analysis)."),
]

ANN["d4305_wrex"] = [
    C("neutral", "Rauner signed the Trust Act; what it prohibits (a signing and the law, described)."),
    C("neutral", "Caruana ('says'): the law 'means business as usual for his deputies' (no change; no view on the Act).",
      sp=[S(CARUANA, "Gary Caruana")]),
    C("neutral", "Caruana's unattributed quote (continuing 'says'): deputies do not stop people for their looks (alternative: supports, endorsing the rule against stops on status).",
      sp=[S(CARUANA)], amb=True),
    C("supports", "Rauner ('In a statement ... says'): the law continues the tradition of welcoming immigrants; resources for violent crime; 'will help keep Illinois safe'.",
      sp=[S(RAUNER, "Bruce Rauner")]),
    C("neutral", "Caruana ('says'): an immigrant who commits a crime is still taken to the county jail (what the law allows).",
      sp=[S(CARUANA, "Caruana")]),
    C("neutral", "Caruana ('says Caruana'): fingerprints taken at intake go to the FBI repository (procedure).",
      sp=[S(CARUANA, "Caruana")]),
    C("neutral", "Caruana ('says'): on a warrant, deputies hold a suspect for federal immigration authorities (procedure).",
      sp=[S(CARUANA, "Caruana")]),
    C("neutral", "Caruana ('says Caruana'): 'It has to be on a judicious warrant, signed by a judge' (what the law requires).",
      sp=[S(CARUANA, "Caruana")]),
    C("supports", "Caruana ('says'): his department 'has never, and will never search out illegal immigrants' (a promise not to hunt immigrants).",
      sp=[S(CARUANA, "Caruana")]),
    C("supports", "Caruana's unattributed quote (continuing): searching out immigrants is 'not doing good ethical police work' and not what the Constitution was built on.",
      sp=[S(CARUANA)]),
]

ANN["d4306_mint"] = [
    C("neutral", "DHS announced Operation Midway Blitz, aimed at 'criminal illegal aliens', in honor of Katie Abraham (an operation announced; the wording alone does not decide).",
      opt=[O(DHS, DHS_ANNOUNCED, "The Department of Homeland Security")]),
    C("neutral", "McLaughlin ('said'), after a run-in label: Abraham was killed by 'a criminal illegal alien who should have never been in our country'; the operation targets 'the worst of the worst' (no word on sanctuary policy here; alternative: opposes, the case for the operation).",
      sp=[S(MCLAUGHLIN, "Tricia McLaughlin")], amb=True),
    C("opposes", "McLaughlin ('criticised', 'She added'): Illinois' sanctuary policies let dangerous people 'roam freely'; 'no city is a safe haven for criminal illegal aliens'.",
      sp=[S(MCLAUGHLIN, "McLaughlin")]),
    C("neutral", "After a run-in label, Trump 'reiterated his commitment to enforcing federal law' in cities 'plagued by crime' (about crime, not local cooperation).",
      sp=[S(TRUMP, "Donald Trump")]),
    C("neutral", "Trump ('Trump said'): 'We'd love to go into Chicago and straighten it out'; a governor who 'doesn’t care about crime' (about crime, not sanctuary policy).",
      sp=[S(TRUMP, "Trump")]),
]

ANN["d4307_shaw-local-kendall"] = [
    T("headline", "Headline ('Kendall County Sheriff’s Office doesn’t plan to help in deportations')."),
    T("dek", "Dek ('Sheriff’s Office points to TRUST Act ...')."),
    B("photo_caption", "Photo caption ('Kendall County Sheriff's Office')."),
    C("supports", "The sheriff's office ('Citing state law') 'doesn’t plan to work with federal immigration officials' on the deportation plan (an actor declining to cooperate).",
      sp=[S(KENDALL_SO, "Kendall County Sheriff’s Office")]),
    C("supports", "Briars ('said in an email'): 'Our policies mirror the state statute which broadly prohibits' participation in immigration enforcement or sharing information (the office's commitment; alternative: neutral, compliance described).",
      sp=[S(BRIARS, "Dan Briars")], amb=True),
    C("neutral", "State law prohibits participation in immigration enforcement, 'according to the Illinois Attorney General’s Office'; signed by Rauner in 2017 (what the law provides).",
      sp=[S(AG_OFFICE, "Illinois Attorney General’s Office")]),
    C("neutral", "Author: the law bars holds on ICE requests; its goal 'is to foster confidence' between police and immigrant communities (the Act's purpose, described; alternative: supports).",
      amb=True),
    C("neutral", "The Attorney General's Office ('according to'): ICE and CBP requests 'must be viewed as requests, not obligations'; state law decides (legal guidance; alternative: supports, denying detainers bind).",
      sp=[S(AG_OFFICE, "Illinois Attorney General’s Office")], amb=True),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d4300_washington-times.txt", "outlet": "The Washington Times (washingtontimes.com)", "date": "2020-06-30",
     "title": "ICE cooperation surges as deportation agreements triple (from the URL slug; no headline in the stored text)",
     "url": "https://www.washingtontimes.com/news/2020/jun/30/ice-cooperation-surges-deportation-agreements-trip/"},
    {"file": "d4301_route-fifty.txt", "outlet": "Route Fifty (routefifty.com)", "date": "2019-06",
     "title": "Local Law Enforcement Must Decide if They Want to Continue Working With ICE",
     "url": "https://www.routefifty.com/public-safety/2019/06/working-with-ice/157824/?oref=counties-feed"},
    {"file": "d4302_northern-public-radio.txt", "outlet": "Northern Public Radio (northernpublicradio.org, WNIJ and WNIU)", "date": "2024-04-22",
     "title": "Stephenson County approves ‘non-sanctuary’ resolution",
     "url": "https://www.northernpublicradio.org/illinois/2024-04-22/stephenson-county-approves-non-sanctuary-resolution"},
    {"file": "d4303_shaw-local-sauk-valley.txt", "outlet": "Shaw Local (shawlocal.com)", "date": "2024-02-24",
     "title": "Lee County Board declares county a ‘nonsanctuary county’",
     "url": "https://www.shawlocal.com/sauk-valley/2024/02/24/lee-county-board-declares-county-a-nonsanctuary-county/"},
    {"file": "d4304_will.txt", "outlet": "WILL (will.illinois.edu, Illinois Public Media)", "date": "2017-08",
     "title": "Governor Signs Bill Blocking State Police Arrests On Immigration Status",
     "url": "https://will.illinois.edu/news/story/governor-signs-bill-blocking-state-police-arrests-on-immigration-status"},
    {"file": "d4305_wrex.txt", "outlet": "WREX (wrex.com, Rockford TV)", "date": "2017-09-04",
     "title": "Winnebago County Sheriff Department says Trust Act won't change the way it polices (from the URL slug; no headline in the stored text)",
     "url": "http://www.wrex.com/story/36287666/winnebago-county-sheriff-department-says-trust-act-wont-change-the-way-it-polices"},
    {"file": "d4306_mint.txt", "outlet": "Mint (livemint.com)", "date": "2025-09-09",
     "title": "Operation Midway Blitz: Trump administration move to tackle criminal illegal aliens in Chicago (from the URL slug; no headline in the stored text)",
     "url": "https://www.livemint.com/news/us-news/operation-midway-blitz-trump-administration-move-to-tackle-criminal-illegal-aliens-in-chicago-11757363342304.html"},
    {"file": "d4307_shaw-local-kendall.txt", "outlet": "Shaw Local (shawlocal.com)", "date": "2025-01-20",
     "title": "Kendall County Sheriff’s Office doesn’t plan to help in deportations",
     "url": "https://shawlocal.com/kendall-county-now/2025/01/20/kendall-county-sheriffs-office-doesnt-plan-to-help-in-deportations"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d43")
