#!/usr/bin/env python3
"""Dev set, part ZW (files d4900-d4910): hand annotations -> fresh-zw/gold-fresh-zw.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 11 English articles from 11 outlets, all dated
2022-2025 (the year split with part ZV, built alongside). Three outlets are in no earlier part and named
in no SOURCES file (Clinton Foundation Timeline, The Right Wing Club, The Aspiring Screenwriter); eight
are outlets seen before in earlier parts or named in their SOURCES files (La Raza, localbusinessheadlines.com,
Foreign Desk News, Capitol Fax, pslc.org, American Thinker, usnewsandbusiness.com, Public Law Library),
taken with article URLs that are in no manifest, as this part's brief allows once English pages from
new outlets ran out. None is an outlet of the seeds, and no page carries AP, Chicago Tribune, Sun-Times,
Capitol News Illinois or Center Square copy (d4909 is a Medill Illinois News Bureau story; d4910 is a
rewrite of a WNIJ story). One article is national (d4900, the House hearing with four sanctuary-city
mayors); the rest are about Illinois.
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (models: build_gold_s.py
and build_gold_y.py): canonical names from canonical.py where they apply (U.S. Department of Justice,
Office of the Illinois Attorney General), otherwise the fullest form the article gives, titles dropped
("Representative James Comer" -> James Comer, "Attorney General Pam Bondi" -> Pam Bondi, "Chicago Mayor
Brandon Johnson and Illinois Gov. JB Pritzker" -> Brandon Johnson and JB Pritzker, canonical.py's names).
Judge Lindsay Jenkins dismissing the suit is an action (d4908 #1); her quoted reasoning ("Jenkins
noted") makes her a speaker (#5). The mocking "“Let’s give them protection!” they mutter" (d4908 #4) is
the author's parody, with no speaker. Rudy Valdez "and others have argued" (d4910 #1): Valdez is the
speaker; Sheriff Gary Caruana's proposal and Fred Tsao's drafting are actions. A person
speaking for an organisation is the person only (Oliva Kuncio, the governor's press secretary, d4905
#5); an organisation speaking as itself is a speaker (the DOJ "argues" and its "position is", d4901 #5
and #7; the DOJ through its suit, d4907 #5). The attorney general's guidance manual quoted in Capitol
Fax (d4906 #3-#4) is the Office of the Illinois Attorney General speaking through its document (as
filers speak through their filings), with an empty alias list because the excerpt continues the
attribution of #2; the lead-in of #2 names the office only as the manual's author, so there it is
optional (the Rauner "the Governor noted:" precedent). Voting, submitting and cosponsoring resolutions,
suing and reading emails into the record are actions; the Will County resolution ("the resolution
states") is a document. Unnamed groups ("Republican lawmakers", "several residents", "Several audience
members", "Republican members of the county board’s Executive Committee") go in unnamed_sources. "a local
NBC affiliate" (d4905 #4) passes words along: a cited outlet, though not named. They were made by
reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zw.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import AG_OFFICE, BJOHNSON, DOJ, PRITZKER

ARTICLES, MANIFEST, GOLD = part_files("fresh-zw", "gold-fresh-zw.jsonl")


COMER = "James Comer"
BOEBERT = "Lauren Boebert"
MACE = "Nancy Mace"
BONDI = "Pam Bondi"
GUERRERO = "Cesar Guerrero"
NGARCIA = "Nancy Garcia"
ASANCHEZ = "Amy Sanchez"
CHAVEZ = "Griselda Chavez"
KUNCIO = "Oliva Kuncio"
JENKINS = "Lindsay Jenkins"
MUFFLER = "Drew Muffler"
VALDEZ = "Rudy Valdez"

MANUAL_LEADIN = ("the line only announces 'Some excerpts from the Illinois attorney general’s guidance manual'; "
                 "the office's words come in the next lines")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d4900_clinton-foundation-timeline"] = [
    T("headline", "Timeline entry title ('March 5, 2025 – Sanctuary City Mayors testify before House Oversight Committee')."),
    B("byline", "Category and byline line ('In Email/Dossier/Govt Corruption Investigations, Featured Timeline Entries by Katie Weddington')."),
    B("photo_caption", "Photo caption naming the four mayors ('Mayor Mike Johnston-Denver, Mayor Brandon Johnson-Chicago, ...')."),
    C("neutral", "The hearing 'took place' before the Oversight Committee; the four mayors 'testified regarding' their policies; part of Comer's investigation (an event reported; testifying without any words given is not a stated position)."),
    C("opposes", "Republican lawmakers 'accused the mayors of violating federal law by shielding undocumented immigrants'; Comer, Boebert and Mace pressed them; 'They argued that such policies obstruct' Trump's agenda, some suggesting prosecution.",
      sp=[S(COMER, "Comer"), S(BOEBERT, "Lauren Boebert"), S(MACE, "Nancy Mace")], un=["Republican lawmakers"]),
]

ANN["d4901_right-wing-club"] = [
    T("headline", "Headline ('Trump Administration Declares Legal War on Chicago’s Sanctuary Policies')."),
    B("photo_credit", "Photo credit ('Jim Vallee / shutterstock.com')."),
    B("photo_credit", "The same photo credit repeated.", dup=1),
    C("opposes", "Author: Chicago 'a hot mess'; 'no one actually wanted to get rid of the sanctuary laws and do what needed to be done'."),
    C("opposes", "Author: the suit 'should come as no surprise'; the 'so-called ‘sanctuary’ laws' have been 'thumbing their noses at federal immigration enforcement for years'."),
    C("opposes", "The DOJ ('argues') that the Trust Act and the Welcoming City ordinance are 'hindering' ICE from arresting and deporting people.",
      sp=[S(DOJ, "Department of Justice", "DOJ")]),
    C("opposes", "Bondi ('Attorney General Pam Bondi', 'Bondi declared'): the suit is the opening salvo; 'This action sends a clear message to other sanctuary cities'.",
      sp=[S(BONDI, "Pam Bondi", "Bondi")]),
    C("opposes", "The DOJ's position: by refusing detainers the jurisdictions 'are obstructing ICE’s ability'; author: 'local governments thinking they know better than Uncle Sam', though also 'pure, unadulterated politics' (the anti-sanctuary case dominates).",
      sp=[S(DOJ, "DOJ")]),
    C("opposes", "Author: sanctuary cities are 'bastions of progressive ideology, openly defying federal immigration policies'; the administration's crackdown (alternative: neutral, a description of both sides' politics).",
      amb=True),
]

ANN["d4902_aspiring-screenwriter"] = [
    T("headline", "Blog post title ('Thoughts on Sanctuary Cities')."),
    C("neutral", "Author: 'I am pissed.' (an emotion with no object in the line; alternative: opposes, the post's anger at sanctuary Chicago under its title).",
      amb=True),
    C("neutral", "Author: the emotion 'boils up most days I walk down Michigan Avenue lately' (no view on the policy in the line; alternative: opposes, continuing the post's complaint).",
      amb=True),
    C("opposes", "Author: 'Sanctuary city Chicago is now learning what it actually means to be a sanctuary city'; the moniker was one of the 'virtue signals' practised by politicians 'to manipulate us'."),
    B("read_more_link", "Teaser link ('Continue reading “Thoughts on Sanctuary Cities”')."),
]

ANN["d4903_la-raza"] = [
    T("headline", "Headline ('Sanctuary city, a safer city for immigrants')."),
    T("dek", "Dek under the headline: activists mobilised against the referendum proposal, which was rejected (a standfirst with no closing period)."),
    B("photo_caption", "Photo caption of the ICIRR press conference, with its credit ('(Courtesy of ICIRR)')."),
    B("photo_caption", "The same caption repeated with a further credit ('Crédito: Cortesía'); not identical, so no duplicate_of."),
    C("supports", "Author: fear of arrest keeps immigrants from reporting crimes; the non-cooperation of local authorities with immigration authorities 'is key to providing greater security' to immigrant neighbourhoods."),
    C("neutral", "What the Welcoming City ordinance prohibits: asking about status, arrests on suspicion of being undocumented, cooperating with ICE agents (description)."),
]

ANN["d4904_local-business-headlines"] = [
    C("supports", "The board rejected the non-sanctuary resolution 'after several residents said it was an anti-immigrant resolution that runs counter to the county’s welcoming values' (the residents' opposition to an anti-sanctuary declaration; alternative: neutral, a vote reported).",
      un=["several residents"], amb=True),
    C("supports", "Audience members ('told the board', 'they said'): the resolution tells immigrants they do not belong and 'needlessly scapegoats' them (against the anti-sanctuary declaration).",
      un=["Several audience members"]),
    C("supports", "Guerrero ('Cesar Guerrero said'): 'It does nothing in the affirmative ... political posturing' (against the resolution; alternative: neutral, a complaint about an empty gesture rather than about the policy).",
      sp=[S(GUERRERO, "Cesar Guerrero")], amb=True),
    C("neutral", "The vote count: eleven Democrats against, eight Republicans for (a vote)."),
    C("supports", "Garcia ('Nancy Garcia, director of civic engagement ... said'): the resolution 'is not progress' (against the anti-sanctuary declaration).",
      sp=[S(NGARCIA, "Nancy Garcia")]),
    C("supports", "Sanchez ('said Amy Sanchez'): the resolution's message 'is divisive'.",
      sp=[S(ASANCHEZ, "Amy Sanchez")]),
    C("supports", "Sanchez ('Sanchez said'): 'Let the federal government pass responsible immigration reform ... That is not the place of the county board' (alternative: neutral, about which level of government acts).",
      sp=[S(ASANCHEZ, "Sanchez")], amb=True),
    C("supports", "Chavez ('Griselda Chavez said'): the resolution would undermine diversity and 'fail to protect the residents who live here'.",
      sp=[S(CHAVEZ, "Griselda Chavez")]),
    C("supports", "Chavez ('Chavez said'): residents 'do not deserve to live in fear'; the board should promote the well-being of all residents.",
      sp=[S(CHAVEZ, "Chavez")]),
    C("supports", "The clerk read emails for two hours from residents asking the board to reject the resolution; 'They noted' the county's 84,000 immigrants contribute to its economy (reading the emails is an action; the residents' position dominates; alternative: neutral, procedure).",
      un=["residents"], amb=True),
    C("opposes", "Republican members of the Executive Committee recommended the declaration, 'saying' illegal immigration is a main concern; 'Sanctuary cities overwhelm social service agencies and strain community resources, the resolution states'.",
      un=["Republican members of the county board’s Executive Committee"]),
]

ANN["d4905_foreign-desk-news"] = [
    C("neutral", "Aldermen proposed a referendum resolution on keeping the 'Sanctuary City' designation (an action; alternative: opposes, the framing 'the influx of illegal immigrants it granted protection to').",
      amb=True),
    C("neutral", "Beale submitted the resolution; Napolitano and nine others cosponsored (actions)."),
    C("neutral", "The resolution not yet introduced; Taylor 'joined as a cosponsor' (an action)."),
    C("neutral", "Chicago's struggle to shelter more than 14,000 migrants, tents, police stations (background on the migrant crisis, not local cooperation)."),
    C("neutral", "The 2021 update of the Welcoming City Ordinance barring police cooperation with ICE and participation in 'civil immigration enforcement operations', per 'a local NBC affiliate' (what the ordinance provides).",
      out=["local NBC affiliate"]),
    C("neutral", "Kuncio ('Oliva Kuncio said'): the state has allocated $330 million in 'migrant assistance' to Chicago (spending, not local cooperation).",
      sp=[S(KUNCIO, "Oliva Kuncio")]),
    B("related_headline", "Related-story link ('Related Story: Chicago Mayor Tells Residents to Make ‘Sacrifices’ ...')."),
]

ANN["d4906_capitol-fax"] = [
    T("headline", "Post title ('A quick Illinois TRUST Act primer')."),
    B("byline", "Date and byline ('Wednesday, Jan 22, 2025 - Posted by Rich Miller')."),
    C("neutral", "Author: questions about the TRUST Act; 'Some excerpts from the Illinois attorney general’s guidance manual for law enforcement' (a lead-in to an explanation of the law).",
      opt=[O(AG_OFFICE, MANUAL_LEADIN, "Illinois attorney general")]),
    C("neutral", "The manual (continuing the excerpt): no federal law compels Illinois police to assist; a local agency 'cannot' give ICE access, hold on detainers or share custody information (what the law provides).",
      sp=[S(AG_OFFICE)]),
    C("neutral", "The manual: the federal government 'cannot require' local police to enforce federal law; ICE or CBP requests 'must be viewed as requests, not obligations' (legal guidance; alternative: supports, the office defending the limits' legality).",
      sp=[S(AG_OFFICE)], amb=True),
]

ANN["d4907_pslc"] = [
    T("headline", "Case page title ('United States v. Illinois')."),
    T("dek", "Case summary under the title ('Trump administration sues Illinois, Chicago, Cook County for allegedly blocking immigration enforcement ...')."),
    B("metadata_label", "Tracker field label ('- Categories')."),
    B("metadata_label", "Tracker field ('- Date Filed Feb 6, 2025')."),
    B("metadata_label", "Tracker field ('- Litigation Status Success: Challenged policy permanently blocked')."),
    C("neutral", "The DOJ sued, 'alleging' that the 'sanctuary' policies obstruct federal law enforcement ('The suit claims'); then what the TRUST Act, the Welcoming City Ordinance, the Way Forward Act and the Cook County policy provide (a suit filed and a description dominate; alternative: opposes, the DOJ's allegations).",
      sp=[S(DOJ, "U.S. Department of Justice")], amb=True),
]

ANN["d4908_american-thinker"] = [
    C("opposes", "Author: Trump's 'ongoing fight to remove dangerous illegal aliens' continues, yet 'some Democrats still believe that being “sanctuary cities” is the right way to go' (alternative: neutral, the column's set-up).",
      amb=True),
    C("neutral", "A federal judge, Jenkins, 'dismissed a lawsuit brought on by the Trump administration' (a ruling reported; dismissing is an action; 'a Joe Biden appointee' is wording only)."),
    C("opposes", "Author: 'Trump’s thinking against “sanctuary cities” is sound'; Democrats 'are trying to protect these illegal aliens'."),
    C("opposes", "Author: thousands who entered under Biden 'have gone on to create criminal empires'; gangs, assaults and murders (the crime case against protection; alternative: neutral, about illegal immigration in general).",
      amb=True),
    C("opposes", "Author mocks Chicago: 'sees no problem with that. “Let’s give them protection!” they mutter' (the quoted words are the author's parody, not a speaker's)."),
    C("supports", "Jenkins ('Jenkins noted'): treating the policies as discrimination 'would provide an end-run around the Tenth Amendment' and let the federal government 'commandeer States' (the ruling's reasoning upholding the limits).",
      sp=[S(JENKINS, "Jenkins")]),
]

ANN["d4909_us-news-and-business"] = [
    C("neutral", "Activists and public officials in Chicago 'have been scaling up protections for immigrants' as deportations begin (actions reported).",
      un=["activists and public officials in Chicago"]),
    C("supports", "Johnson and Pritzker 'have both vowed to leverage state law to limit such arrests'; the suit that followed; what the TRUST Act prevents (the vow leads; alternative: neutral, the suit and the law described).",
      sp=[S(BJOHNSON, "Brandon Johnson"), S(PRITZKER, "JB Pritzker")], amb=True),
    C("neutral", "Beyond Chicago the landscape 'is more mixed'; some downstate lawmakers 'are trying to block those protections' (a situation reported).",
      un=["some lawmakers in downstate Illinois"]),
    C("neutral", "Over a dozen counties and cities passed non-sanctuary laws or resolutions, 'explicitly stating that they don’t intend to welcome undocumented immigrants', and are 'doubling down' (actions reported; alternative: opposes, the municipalities' stated stance).",
      amb=True),
    C("opposes", "Muffler ('Drew Muffler, chairman of the Grundy County Board, said'): voters gave 'a clear mandate' for 'the more ‘Trump way’'; the county would not be 'financially on the hook' for migrants.",
      sp=[S(MUFFLER, "Drew Muffler")]),
    C("opposes", "Grundy County enacted the first non-sanctuary ordinance; Muffler ('Muffler said') it was sparked by a 2020 referendum in which 64% preferred 'a more conservative approach' (alternative: neutral, the ordinance's history).",
      sp=[S(MUFFLER, "Muffler")], amb=True),
]

ANN["d4910_public-law-library"] = [
    T("headline", "Headline ('Community Triumphs as Illinois Laws Strengthen Against ICE Detention Agreements')."),
    C("supports", "Caruana's plan to make part of the county jail an ICE detention centre 'stirred significant backlash'; Valdez ('Valdez and others have argued'): 'detrimental from a business perspective but morally egregious' (against local detention for ICE).",
      sp=[S(VALDEZ, "Rudy Valdez", "Valdez")]),
    C("supports", "Officials dropped the plan after protest; the rally became 'a celebration', 'highlighting that officials were responsive to community concerns' (the author's approving frame; alternative: neutral, the decision reported).",
      un=["county officials"], amb=True),
    C("neutral", "The TRUST Act, 'a robust piece of legislation' drafted with Tsao's help, bars local police from assisting ICE or holding people without a criminal warrant (what the law provides; alternative: supports, 'robust'; Tsao drafting is an action).",
      amb=True),
    C("neutral", "The statute bars arrests or detention on immigration status; enacted in 2017 under Rauner, it 'fortified the state’s stand' against local involvement (description)."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d4900_clinton-foundation-timeline.txt", "outlet": "Clinton Foundation Timeline (clintonfoundationtimeline.com; entry by Katie Weddington)", "date": "2025",
     "title": "March 5, 2025 – Sanctuary City Mayors testify before House Oversight Committee",
     "url": "https://www.clintonfoundationtimeline.com/march-5-2025-sanctuary-city-mayors-testify-before-house-oversight-committee/"},
    {"file": "d4901_right-wing-club.txt", "outlet": "The Right Wing Club (therightwingclub.com)", "date": "2025",
     "title": "Trump Administration Declares Legal War on Chicago’s Sanctuary Policies",
     "url": "https://therightwingclub.com/trump-administration-declares-legal-war-on-chicagos-sanctuary-policies"},
    {"file": "d4902_aspiring-screenwriter.txt", "outlet": "The Aspiring Screenwriter (theaspiringscreenwriter.com, personal blog)", "date": "2023-12",
     "title": "Thoughts on Sanctuary Cities",
     "url": "https://theaspiringscreenwriter.com/2023/12/"},
    {"file": "d4903_la-raza.txt", "outlet": "La Raza (laraza.com, English page)", "date": "2024-03-01",
     "title": "Sanctuary city, a safer city for immigrants",
     "url": "https://laraza.com/2024/03/01/sanctuary-city-a-safer-city-for-immigrants/"},
    {"file": "d4904_local-business-headlines.txt", "outlet": "localbusinessheadlines.com (aggregator)", "date": "2024-07",
     "title": "Will County Board votes against non-sanctuary designation, calling it anti-immigrant (from the URL slug; no headline in the stored text)",
     "url": "https://localbusinessheadlines.com/will-county-board-votes-against-non-sanctuary-designation-calling-in-anti-immigrant"},
    {"file": "d4905_foreign-desk-news.txt", "outlet": "Foreign Desk News (foreigndesknews.com)", "date": "2023",
     "title": "Chicago aldermen propose referendum on sanctuary city designation (from the URL slug; no headline in the stored text)",
     "url": "https://foreigndesknews.com/us/chicago-aldermen-propose-referendum-on-sanctuary-city-designation"},
    {"file": "d4906_capitol-fax.txt", "outlet": "Capitol Fax (capitolfax.com; post by Rich Miller)", "date": "2025-01-22",
     "title": "A quick Illinois TRUST Act primer",
     "url": "https://capitolfax.com/2025/01/22/a-quick-illinois-trust-act-primer"},
    {"file": "d4907_pslc.txt", "outlet": "pslc.org (litigation tracker case page)", "date": "2025",
     "title": "United States v. Illinois",
     "url": "https://pslc.org/cases/united-states-v-illinois"},
    {"file": "d4908_american-thinker.txt", "outlet": "American Thinker (americanthinker.com, blog)", "date": "2025-07-28",
     "title": "Chicago believes it just scored a huge win over Trump's lawsuit against sanctuary policies, but it's a hollow victory (from the URL slug; no headline in the stored text)",
     "url": "https://www.americanthinker.com/blog/2025/07/chicago_believes_it_just_scored_a_huge_win_over_trump_s_lawsuit_against_sanctuary_policies_but_it_s_a_hollow_victory.html"},
    {"file": "d4909_us-news-and-business.txt", "outlet": "usnewsandbusiness.com (aggregator; a Medill Illinois News Bureau story)", "date": "2025-02",
     "title": "Chicago strengthens immigrant protections, downstate officials split on sanctuary laws (descriptive; no headline in the stored text)",
     "url": "https://usnewsandbusiness.com/?p=80540"},
    {"file": "d4910_public-law-library.txt", "outlet": "Public Law Library (publiclawlibrary.org)", "date": "2024-12",
     "title": "Community Triumphs as Illinois Laws Strengthen Against ICE Detention Agreements",
     "url": "https://publiclawlibrary.org/community-triumphs-as-illinois-laws-strengthen-against-ice-detention-agreements/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d49")
