#!/usr/bin/env python3
"""Dev set, part W (files d2300-d2311): hand annotations -> fresh-w/gold-fresh-w.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 12 articles from 12 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. Three articles are not about Illinois (d2303 Harris County, Texas; d2304 a national op-ed in a
California student paper; d2305 Bettendorf, Iowa); d2309 is a Midwest round-up whose Illinois part is
Chicago. The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-S (model: build_gold_s.py):
canonical names from canonical.py where they apply (Brandon Johnson, JB Pritzker, Donald Trump, Tom
Homan, U.S. Department of Justice, U.S. Department of Homeland Security), otherwise the fullest form the
article gives, titles dropped ("Joliet Mayor Bob O'Dekirk" -> Bob O'Dekirk, "Harris County Sheriff Ed
Gonzalez" -> Ed Gonzalez, "State Representative Blaine Wilhour" -> Blaine Wilhour). A person speaking for
an organisation is the person only (Shawn Neudauer, not DHS); an organisation speaking as itself is a
speaker (the Justice Department's objections, d2302 #3; DHS "confirmed" and "framed", d2310 #0 and #6;
the Kane County State's Attorney's Office issuing a statement, d2311 #10; the House Republicans' caucus
blog, d2307 #10); a quote continuing an attribution keeps the speaker with an empty alias list (d2305
#2 and #9, d2309 #3 after "Mayor Brandon Johnson said:"). The op-ed author named only in the byline
(Habib Olapade, d2304) is an optional speaker of the argument lines (authorship rather than attributed
speech; the d1800 Herrera and d1902 Irvin precedent). Signing, opting out, launching an operation,
authorizing a base and proposing a bill are actions; executive orders, memorandums and the DOJ memo are
documents. Clich2Houston (d2303), NBC (d2308), NPR and The Washington Post (d2309) only pass words along
or host an interview: cited outlets. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_w.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, DHS, DOJ, HOMAN, PRITZKER, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("fresh-w", "gold-fresh-w.jsonl")


ODEKIRK = "Bob O’Dekirk"
BENTON = "Brian Benton"
GONZALEZ = "Ed Gonzalez"
OLAPADE = "Habib Olapade"
NEUDAUER = "Shawn Neudauer"
LANE = "Tim Lane"
REDINGTON = "Phil Redington"
WILHOUR = "Blaine Wilhour"
HOUSE_GOP = "Illinois House Republicans"
CHISHTI = "Muzaffar Chishti"
KANE_SAO = "Kane County State’s Attorney’s Office"

BYLINE_AUTHOR = ("the op-ed's author, named only in the byline ('Opinion by Habib Olapade'); the line is the "
                 "author's own voice, not attributed speech")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d2300_wjol"] = [
    T("headline", "Headline ('City of Joliet Holds Meeting to Discuss Enforcement of Immigration Law')."),
    C("supports", "O'Dekirk and Benton ('stated'): the city will never question immigration status and plays no active role in enforcement; O'Dekirk ('also said'): Joliet will not declare itself a sanctuary city, it would bring undue attention and offer no real protection (the promise of non-cooperation; alternative: neutral, the sanctuary label refused in the same line).",
      sp=[S(ODEKIRK, "Bob O’Dekirk", "The mayor", "O’Dekirk"), S(BENTON, "Brian Benton")], amb=True),
    B("related_box", "Related-links label ('Related Content')."),
]

ANN["d2301_spagui-law-firm"] = [
    B("site_name", "Firm name, twice ('The Spagui Law Firm The Spagui Law Firm')."),
    B("tagline", "Site tagline ('Serving The State of Illinois and Worldwide')."),
    B("section_label", "Blog name ('Waukegan Immigration Law Blog')."),
    T("headline", "Post headline ('Will Illinois become a sanctuary state?')."),
    C("neutral", "Author: Rauner is considering signing the Trust Act, 'aimed at protecting undocumented immigrants' (what the bill is for; no evaluation)."),
    C("neutral", "Author: the bill passed both chambers; if enacted Illinois would be 'commonly referred to as a \"sanctuary state\"'; federal agents would need a warrant (what the law would do)."),
    B("review_link", "Link text ('Review Us')."),
]

ANN["d2302_mevorah-law"] = [
    T("headline", "Post headline ('The TRUST Act and What It Means')."),
    C("neutral", "Author: Rauner signed the Act, 'the strongest state-level bulwark against profiling'; it grants protection but 'drags the state into a potential fight' with the Justice Department (description with a light lean each way; alternative: supports, 'bulwark against profiling').",
      amb=True),
    T("subhead", "Subhead ('DOJ Objections')."),
    C("supports", "The Justice Department's objection ('they believe the Act appears to \"restrict ...\"'), answered by the author: complying with detainers 'is not cut and dried', 'an ICE detainer is a mere request' (the author's rebuttal dominates; alternative: neutral, a legal explainer).",
      sp=[S(DOJ, "Justice Department’s")], amb=True),
    C("supports", "Author: the Act bars holding anyone on immigration status alone; the Justice Department's reading of it as 'recalcitrant' is 'on shaky legal ground' (defends the Act against the federal objection).",
      opt=[O(DOJ, "the author's paraphrase of the department's view ('is taken by the Justice Department as'), no speech verb", "the Justice Department")]),
    T("subhead", "Subhead ('Increased Protection'); its paragraph is cut off by the excerpt limit."),
]

ANN["d2303_my-attorney-usa"] = [
    C("neutral", "Background: what 287(g) agreements are; Trump's January 2017 orders and Kelly's memorandums expanding them (documents and actions, described)."),
    C("neutral", "Harris County Sheriff Gonzalez opted out of 287(g) ('Aaron Barker of Clich2Houston reported'; an action, passed along by a cited outlet).",
      out=["Clich2Houston"]),
    C("neutral", "Gonzalez ('the article quotes Sheriff Gonzalez', 'He noted', 'the Sheriff noted', 'the Sheriff stated'): out of 287(g) for cost, the money better spent elsewhere, but Harris County will keep giving ICE database access and 'comply with any requests made by the ICE' (a limit on one program and full cooperation otherwise; alternative: opposes, the closing promise to comply with ICE).",
      sp=[S(GONZALEZ, "Sheriff Gonzalez", "the Sheriff")], amb=True),
]

ANN["d2304_stanford-daily"] = [
    T("headline", "Op-ed headline ('Trump’s sanctuary cities folly')."),
    B("byline", "Byline ('Opinion by Habib Olapade')."),
    B("timestamp_label", "Date line ('May 1, 2017, 12:14 a.m.')."),
    C("supports", "Author: Trump's directives are vague; Executive Order 13768 'purports to withdraw federal funding from sanctuary cities'; 'Funding withdrawal threats can be quite coercive' (criticises federal pressure on sanctuary places).",
      opt=[O(OLAPADE, BYLINE_AUTHOR)]),
    C("supports", "Author: 'On balance, sanctuary cities have a positive impact' (trust, no raids), conceding they 'can serve as safe harbors for criminals' (Steinle) and that serious criminals 'should not be here' (the thesis with a concession; alternative: neutral, evenly balanced).",
      opt=[O(OLAPADE, BYLINE_AUTHOR)], amb=True),
]

ANN["d2305_quad-city-times"] = [
    C("neutral", "ICE arrested one person at a Bettendorf construction site (an action, reported)."),
    C("neutral", "Neudauer ('said in an email'): a 'routine immigration arrest based on an investigative lead' (federal enforcement, nothing on local cooperation).",
      sp=[S(NEUDAUER, "Shawn Neudauer")]),
    C("neutral", "Neudauer (continues #1, 'he said in the email'): anyone suspected of violating immigration laws can be arrested and removed (a statement on federal enforcement, not on local cooperation).",
      sp=[S(NEUDAUER)]),
    C("neutral", "Neudauer ('Neudauer declined', 'said') would not name the person; the charge was 'suspicion of violating U.S. immigration laws'.",
      sp=[S(NEUDAUER, "Neudauer")]),
    C("neutral", "Unknown employer and place of detention (fact)."),
    C("neutral", "Lane ('said'): no inmates at the county jail with an ICE detainer (fact).",
      sp=[S(LANE, "Tim Lane")]),
    C("neutral", "Location of the arrest (fact)."),
    C("neutral", "Redington ('confirmed', 'the chief said'): ICE called the department for assistance; agents were already there when officers arrived (fact).",
      sp=[S(REDINGTON, "Phil Redington", "the chief")]),
    C("neutral", "Redington ('said'): the request was 'more of a courtesy' (a description of ICE's call).",
      sp=[S(REDINGTON, "Redington")]),
    C("neutral", "Redington's quote ('he said'): 'hey, we’re going to be in your city' (continues #8).",
      sp=[S(REDINGTON)]),
    C("neutral", "Redington ('said'): officers stood by, one spoke to the agents, another stayed on the road 'if they need anybody' (police on standby for ICE, described without evaluation).",
      sp=[S(REDINGTON, "Redington")]),
    C("neutral", "Redington ('said'): ICE rarely asks for help, but it happens when an arrest is made in another agency's city (practice described).",
      sp=[S(REDINGTON, "Redington")]),
]

ANN["d2306_will-county-lawyer"] = [
    B("language_bar", "Language bar ('We speak: flagEnglish, flagSpanish, flagPolish, flagUrdu')."),
    B("contact_label", "Contact label ('Call us')."),
    B("contact_label", "Contact label ('Free Consultation')."),
    B("phone_number", "Phone number ('630-932-9100')."),
    T("headline", "Post headline ('Illinois Immigration, Post TRUST Act')."),
    B("timestamp_label", "Date line (' Posted on January 30, 2019 in Immigration')."),
    C("neutral", "Author (after the image text 'IL immigration lawyer' run into the line): Illinois is divided; the TRUST Act 'contains certain protections'; know your rights (an introduction)."),
    T("subhead", "Subhead ('The TRUST Act')."),
    C("supports", "Author: the Act 'does not hinder cooperation' and 'is thus not a \"sanctuary\" act'; 'A sanctuary city is not the lawless den of criminals that some propaganda would describe' (denies on the law's behalf that it is a harmful sanctuary law)."),
]

ANN["d2307_south-central-reporter"] = [
    B("site_chrome", "Tracking label ('Quantcast')."),
    B("site_name", "Site name ('South Central Reporter')."),
    B("timestamp_label", "The site's date line ('Monday, December 23, 2024'), not the article's date."),
    T("headline", "Headline ('Wilhour on Illinois’ sanctuary status: ‘This needs to be repealed immediately’')."),
    B("image_alt", "Image text ('Webp wilhour web')."),
    B("photo_caption", "Photo caption with source URL ('State Representative Blaine Wilhour (R-Beecher City) | https://repwilhour.com/')."),
    B("photo_caption", "The same caption repeated.", dup=5),
    C("opposes", "Wilhour 'is calling for the immediate repeal of the TRUST Act', 'citing the substantial financial burden on taxpayers'.",
      sp=[S(WILHOUR, "Blaine Wilhour")]),
    C("opposes", "Wilhour ('Wilhour said on Facebook'): the Act made Illinois a sanctuary state, 'costing taxpayers billions. This needs to be repealed immediately'.",
      sp=[S(WILHOUR, "Wilhour")]),
    C("opposes", "Cost figures; House Republicans back Wilhour's stance and propose HB 4187 to revoke the Act and let police cooperate with federal authorities (a rollback reported with cost framing).",
      opt=[O(HOUSE_GOP, "backing a stance and proposing a bill are a position and an action, not speech", "Illinois House Republicans")]),
    C("neutral", "The caucus blog ('the Illinois House Republicans Caucus Blog reads'): Democratic leaders asked the White House for money and federal border control (about the migrant influx, not local cooperation; alternative: opposes, offered as part of the repeal case).",
      sp=[S(HOUSE_GOP, "Illinois House Republicans")], amb=True),
    C("opposes", "Author: Chicago's 18,500 migrants are 'exacerbating the city's violence and costing taxpayers $361 million', 'leading to calls for the repeal of the TRUST Act' (crime and cost against the Act)."),
    C("neutral", "What HB 4187 would do, and the reasons given for it (a bill described; alternative: opposes, the 'humanitarian crisis' framing).",
      amb=True),
]

ANN["d2308_sojourners"] = [
    C("neutral", "Author (a Chicago pastor): the stakes of mass deportation; Homan 'has signaled' Chicago will be first; resistance from labor, faith and immigration leaders (against federal enforcement, not about local police limits; alternative: supports, resistance in a sanctuary city).",
      opt=[O(HOMAN, "'has signaled' gives his plan in the author's words, not his own", "Tom Homan")], amb=True),
    C("neutral", "Trump ('promised', in 'an interview with NBC’s Kristen Welker') to end the 'sensitive locations' memo; what church 'sanctuary spaces' are (churches and schools, not local police cooperation).",
      sp=[S(TRUMP, "Trump")], out=["NBC"]),
    C("neutral", "Author: the memo's end will not end sanctuary, 'I think it will only make it stronger' (church sanctuary, a related topic; alternative: supports, a defence of sanctuary).",
      amb=True),
    C("neutral", "Author: a scholar of the Sanctuary Movement and pastor, thinking about how churches should respond (background)."),
]

ANN["d2309_st-louis-public-radio"] = [
    B("editor_note", "Editor's note ('This is a developing story that will be updated.')."),
    C("neutral", "News reports of ICE raids planned for Chicago; 'what Trump has characterized as attacks and invasions' (reported; his framing given in passing).",
      opt=[O(TRUMP, "'has characterized as' gives his framing in passing", "Trump")]),
    C("supports", "Lead-in: 'the Chicago mayor made the position of his city’s police department clear'; 'Mayor Brandon Johnson said:' (announces the non-cooperation quote that follows; interview with NPR).",
      sp=[S(BJOHNSON, "the Chicago mayor", "Brandon Johnson")], out=["NPR"]),
    C("supports", "Johnson's quote (attribution in #2): 'our police department will not intervene or participate in any way as federal agents'; no city agency will cooperate.",
      sp=[S(BJOHNSON)]),
    C("neutral", "Trump signed executive orders on Inauguration Day to fulfil his deportation pledge (an action)."),
    C("neutral", "Chishti ('described'): 'Shock and awe' (about the administration's tactics, not local cooperation).",
      sp=[S(CHISHTI, "Muzaffar Chishti")]),
    C("neutral", "Chishti ('Chishti said'): a more concerted effort; Trump is 'delivering on the promise' (analysis of federal aims).",
      sp=[S(CHISHTI, "Chishti")]),
    C("neutral", "Local police could be in the crosshairs; 'The Washington Post reported' a DOJ memo saying the supremacy clause 'requires states and local actors to comply' (a document, reported).",
      out=["The Washington Post"]),
]

ANN["d2310_views-oa-news"] = [
    C("neutral", "Operation Midway Blitz launched against immigrants with criminal records; DHS 'confirmed the initiative' (reported).",
      sp=[S(DHS, "Department of Homeland Security", "DHS")]),
    C("supports", "Pritzker and Johnson 'condemned it as politically orchestrated intimidation'; 'Although positioned as a law-and-order measure' (criticism of the federal crackdown on a sanctuary state; alternative: neutral, criticism of raids rather than a view on the limits).",
      sp=[S(PRITZKER, "JB Pritzker"), S(BJOHNSON, "Brandon Johnson")], amb=True),
    T("subhead", "Subhead ('Political Flashpoint in the Heartland')."),
    C("neutral", "Background: Trump 'had previously threatened' the National Guard; the shift to 'Democratic strongholds known for sanctuary policies' (description).",
      opt=[O(TRUMP, "'had previously threatened to deploy' reports a threat in passing", "President Trump")]),
    C("supports", "'State leaders argue the campaign betrays public safety by undermining trust in immigrant communities'; Pritzker 'described it as political theater'; Johnson 'echoed the criticism, warning of due process abuses' (the trust argument).",
      sp=[S(PRITZKER, "Governor Pritzker"), S(BJOHNSON, "Mayor Johnson")], un=["State leaders"]),
    T("subhead", "Subhead ('Scope and Strategy: Targets and Impact')."),
    C("opposes", "DHS ('DHS framed the operation') targets the 'worst of the worst ... released under the state’s sanctuary laws'; the author adds that no detailed data were disclosed (the federal charge against sanctuary laws dominates).",
      sp=[S(DHS, "DHS")]),
    C("neutral", "The Pentagon authorized Naval Station Great Lakes as a hub (an action)."),
    C("neutral", "Evanston and other suburbs issued alerts about ICE activity (actions, reported)."),
    T("subhead", "Subhead ('Mixed Reactions Across Illinois')."),
    T("subhead", "Sub-subhead ('State and Local Officials'); its list is cut off by the excerpt limit."),
]

ANN["d2311_tri-cities-central"] = [
    B("newsletter_intro", "Masthead blurb ('Welcome to Tri-Cities Central, a twice-weekly newsletter ...')."),
    B("subscribe", "Subscribe and referral links ('Get yours: subscribe here. Refer a friend: share this link.')."),
    C("neutral", "A council debate on ICE activity and what the city should do to limit enforcement on city property (the meeting described)."),
    T("subhead", "List heading ('Here’s what you should know:')."),
    C("supports", "'Multiple speakers urged' a policy barring federal agents from city property and making clear local law enforcement 'won’t be used to support federal immigration enforcement without judicial warrants'.",
      un=["Multiple speakers"]),
    C("neutral", "'Several residents described' intimidating enforcement tactics, masked agents, fear (about ICE's conduct, not local cooperation; alternative: supports, offered as a reason for the policy).",
      un=["Several residents"], amb=True),
    C("supports", "'Some public comments argued' that allowing ICE on city property raises the city's legal exposure under HB 1312 (an argument for the limits).",
      un=["Some public comments"]),
    C("supports", "'Speakers also pushed for practical steps', a training session (continues the residents' push for protections; alternative: neutral, a procedural step).",
      un=["Speakers"], amb=True),
    C("neutral", "No vote was taken; 'Watch the full City Council meeting recording.' (fact and a link sentence)."),
    T("subhead", "Subhead ('Illinois’ new law limiting federal immigration enforcement')."),
    C("neutral", "Lead-in: the Kane County State's Attorney's Office 'issued the following statement' on the new law (the statement itself is cut off by the excerpt limit, so no stance is announced).",
      sp=[S(KANE_SAO, "Kane County State’s Attorney’s Office")]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d2300_wjol.txt", "outlet": "WJOL (wjol.com, Joliet radio)", "date": "2017-02",
     "title": "City of Joliet Holds Meeting to Discuss Enforcement of Immigration Law",
     "url": "http://www.wjol.com/city-joliet-holds-meeting-discuss-enforcement-immigration-law/"},
    {"file": "d2301_spagui-law-firm.txt", "outlet": "The Spagui Law Firm (spaguilaw.com, law firm blog)", "date": "2017",
     "title": "Will Illinois become a sanctuary state?",
     "url": "http://www.spaguilaw.com/blog/"},
    {"file": "d2302_mevorah-law.txt", "outlet": "Mevorah Law (mevorahlaw.com, law firm blog)", "date": "2017",
     "title": "The TRUST Act and What It Means",
     "url": "https://mevorahlaw.com/blog/the-trust-act-and-what-it-means"},
    {"file": "d2303_my-attorney-usa.txt", "outlet": "My Attorney USA (myattorneyusa.com, immigration law blog)", "date": "2017-02",
     "title": "Harris County (containing Houston), Texas opts out of section 287(g) agreement (from the URL slug; no headline in the stored text)",
     "url": "https://myattorneyusa.com/immigration-blog/harris-county-containing-houston-texas-opts-out-of-section-287g-agreement"},
    {"file": "d2304_stanford-daily.txt", "outlet": "The Stanford Daily (stanforddaily.com, student newspaper opinion)", "date": "2017-05-01",
     "title": "Trump’s sanctuary cities folly",
     "url": "https://stanforddaily.com/2017/05/01/trumps-sanctuary-cities-folly"},
    {"file": "d2305_quad-city-times.txt", "outlet": "Quad-City Times (qctimes.com)", "date": "2018-03",
     "title": "ICE arrests one at Bettendorf construction site (from the URL slug; no headline in the stored text)",
     "url": "http://qctimes.com/news/local/crime-and-courts/ice-arrests-one-at-bettendorf-construction-site/article_c1ec69c3-a5c9-52b8-b395-f9341856fe8b.html"},
    {"file": "d2306_will-county-lawyer.txt", "outlet": "Will County Lawyer (will-county-lawyer.com, law firm blog)", "date": "2019-01-30",
     "title": "Illinois Immigration, Post TRUST Act",
     "url": "http://www.will-county-lawyer.com/blog/illinois-immigration-post-trust-act"},
    {"file": "d2307_south-central-reporter.txt", "outlet": "South Central Reporter (southcentralreporter.com)", "date": "2023",
     "title": "Wilhour on Illinois’ sanctuary status: ‘This needs to be repealed immediately’",
     "url": "https://southcentralreporter.com/stories/650702568-wilhour-on-illinois-sanctuary-status-this-needs-to-be-repealed-immediately"},
    {"file": "d2308_sojourners.txt", "outlet": "Sojourners (sojo.net, opinion)", "date": "2025-01",
     "title": "Trump wants to end sanctuary churches. We won't be intimidated (from the URL slug; no headline in the stored text)",
     "url": "https://sojo.net/articles/opinion/trump-wants-end-sanctuary-churches-we-won-t-be-intimidated"},
    {"file": "d2309_st-louis-public-radio.txt", "outlet": "St. Louis Public Radio (stlpr.org)", "date": "2025-01-28",
     "title": "ICE deportations and immigration in the Midwest: Kansas, Missouri, Iowa, Nebraska (from the URL slug; no headline in the stored text)",
     "url": "https://stlpr.org/news/2025-01-28/ice-deportations-immigration-midwest-kansas-missouri-iowa-nebraska"},
    {"file": "d2310_views-oa-news.txt", "outlet": "Views OA News (viewsoanews.com)", "date": "2025-09",
     "title": "Operation Midway Blitz: Trump unleashes ICE crackdown across Illinois (from the URL slug; no headline in the stored text)",
     "url": "https://viewsoanews.com/operation-midway-blitz-trump-unleashes-ice-crackdown-across-illinois"},
    {"file": "d2311_tri-cities-central.txt", "outlet": "Tri-Cities Central (tricitiescentral.com, local newsletter)", "date": "2025-12",
     "title": "St. Charles residents press city to take clearer stance on ICE activity (from the URL slug; no headline in the stored text)",
     "url": "https://www.tricitiescentral.com/p/st-charles-residents-press-city-to-take-clearer-stance-on-ice-activity"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d23")
