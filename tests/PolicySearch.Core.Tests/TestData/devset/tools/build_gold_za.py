#!/usr/bin/env python3
"""Dev set, part ZA (files d2700-d2709): hand annotations -> fresh-za/gold-fresh-za.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 10 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file (every name and domain grepped),
no URL shared with any other part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News
Illinois or Center Square copy. Every outlet's name, as written in SOURCES-za.md, starts with a letter
from A to L (a second helper built part ZB from the rest of the alphabet at the same time). Three
articles are not about an Illinois place (d2700 a national advocacy post written from Arizona; d2702 a
blog post about the author's unnamed hometown; d2704 a national ethics newsletter on sanctuary campuses).
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (model: build_gold_s.py):
canonical names from canonical.py where they apply (none of its people or bodies speaks in this part),
otherwise the fullest form the article gives, titles dropped ("Jess Jobe with the Southern Illinois
immigrants rights project" -> Jess Jobe). A person speaking for an organisation is the person only (Jobe,
not the project); an organisation speaking as itself is a speaker ("The organization Immigrant Legal
Resource Center estimates", d2700 #8); filers speak through their filing ("the suit alleges" ->
Wilmer Catalan-Ramirez, the plaintiff, d2705 #4); a sign a named person holds is her words ("read a sign
held by Celene Adame", d2705 #1). A lead-in that only describes a person named in the next line ("One of
the people who started the resolution process was very happy", d2701 #9) carries that person as an
optional speaker. Unnamed groups ("several city mayors", "The one councilman who voted no", "Chicago
residents who say") go in unnamed_sources; a blog named only as where the author saw a post ("NZ
Conservative Coalition", d2703 #1) is a cited outlet. Approving a resolution, issuing an executive order,
signing and voting are actions. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_za.py
"""
from goldlib import B, C, O, S, T, build, part_files

ARTICLES, MANIFEST, GOLD = part_files("fresh-za", "gold-fresh-za.jsonl")


ILRC = "Immigrant Legal Resource Center"
JOBE = "Jess Jobe"
ADAME = "Celene Adame"
CATALAN = "Wilmer Catalan-Ramirez"

JOBE_LEADIN = ("a lead-in that describes, without a speech verb, the resolution's initiator who is named and "
               "quoted in the next line ('Jess Jobe ... said')")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d2700_frontera-fund"] = [
    B("section_label", "Section label ('Frontera Fund News')."),
    T("headline", "Headline ('Sanctuary Cities Are Cities of Economic Development')."),
    B("photo_credit", "Image file name / credit ('Fotosearch_k6508116 (1)')."),
    B("photo_caption", "Photo caption ('Los Angeles, California.')."),
    B("byline", "Byline ('Written by Carmen Cornejo')."),
    C("supports", "Author: mayors of sanctuary cities 'were quick to reject President Trump’s executive orders and are ready to fight back' (approving framing of the resistance).",
      un=["Mayors of some of the most prosperous cities in the U.S."]),
    C("neutral", "Trump's two January 2017 orders described: the wall and enforcement officers; stripping 'so-called “sanctuary cities”' of federal funding (signing an order is an action; 'so-called' is wording only)."),
    C("supports", "Author: immigrant groups and mayors rejected 'this extension of federal power, addressing a problem that does not exist'; such cities 'favor economic development for all' (criticises federal pressure).",
      un=["Immigrant groups", "several city mayors"]),
    C("neutral", "The Immigrant Legal Resource Center's count ('estimates') of 39 cities and 364 counties that can be considered 'sanctuary' (a figure).",
      sp=[S(ILRC, "Immigrant Legal Resource Center")]),
    C("supports", "Author: 'Yes, all of them are cool cities.' (approval of the sanctuary cities just listed; alternative: neutral, a quip).",
      amb=True),
    C("supports", "Author: Phoenix, after SB1070, 'embracing benign policies regarding immigrants' and 'siding ... with pro-immigrants' policies (approving; alternative: neutral, about immigration policy in general rather than police cooperation).",
      amb=True),
]

ANN["d2701_kfvs12"] = [
    B("byline", "Byline ('Written by Jasmine Adams, Web producer')."),
    B("photo_credit", "Image credit, repeated ('(Source: Hank Cavagnaro/KFVS)')."),
    B("dateline", "Dateline fragment ('CARBONDALE, IL (KFVS) -')."),
    C("neutral", "Carbondale officials held a meeting on how the city handles immigrants (fact)."),
    C("neutral", "Framing question ('How will the city handle immigrants?')."),
    C("neutral", "What the 'Safe And Welcoming Community' wording means: the city 'won't use their resources for federal issues such as immigration enforcement' (description of the measure)."),
    C("neutral", "Continues the description: resources for local matters, 'a welcoming environment to all immigrants' (what the resolution says)."),
    C("neutral", "The vote passed 6 to 1, with applause (fact)."),
    C("neutral", "Most of those attending came to support the resolution (a fact about the audience).",
      un=["those in attendance"]),
    C("supports", "Lead-in: one of the resolution's initiators 'was very happy' with the process (announces Jobe's approving quote; alternative: neutral, satisfaction with the process rather than the policy).",
      opt=[O(JOBE, JOBE_LEADIN, "One of the people who started the resolution process")], amb=True),
    C("supports", "Jobe ('Jess Jobe ... said'): city staff were responsive and produced 'a resolution that we're happy with' (the initiator endorses the welcoming resolution).",
      sp=[S(JOBE, "Jess Jobe")]),
    C("opposes", "The one councilman who voted no 'said he has concerns that the resolution supports those who are were illegally too much'.",
      un=["The one councilman who voted no"]),
]

ANN["d2702_empires-and-mangers"] = [
    B("timestamp_label", "Post date line ('Tuesday, May 30, 2017')."),
    T("headline", "Post headline ('A Closer Look At Sanctuary Cities')."),
    C("neutral", "Author: the hometown is considering a 'sanctuary city' designation; the author decided to research it (no position)."),
    C("neutral", "Author: a confusing topic, contradictory studies and 'dishonest reporting' on both sides (even-handed)."),
    C("neutral", "Author: will offer facts and perspectives; 'not an expert' (no position)."),
    B("separator", "A line of asterisks ('* * * * *')."),
    T("subhead", "Subhead ('WHAT IS A SANCTUARY CITY?')."),
    C("neutral", "A quoted definition (no source given): cities with 'policies designed to not prosecute illegal aliens' that keep municipal resources from federal immigration enforcement (definition; the slanted 'not prosecute illegal aliens' is the only lean, so flagged).",
      amb=True),
    C("neutral", "Definition bullet: policies that limit how far law enforcement assists federal immigration enforcement."),
    C("neutral", "Definition bullet: policies that disregard ICE requests to hold inmates beyond their detention dates."),
    C("neutral", "Definition bullet: policies barring police from asking for proof of citizenship or arresting people only for lacking documents."),
]

ANN["d2703_letters-to-a-young-conservative"] = [
    T("headline", "Post headline ('What is Governor Rauner thinking?')."),
    C("opposes", "Author: making it 'hard to apprehend illegals ... especially the ones who commit crimes' in already 'crime-riddled' Chicago is 'just exacerbating the problem' (the post reblogged from 'NZ Conservative Coalition').",
      out=["NZ Conservative Coalition"]),
    B("related_headline", "Title of the reblogged post, shown as a link ('Illinois Republican Governor Signs Sanctuary State Law ...')."),
    B("comment_form", "Comment form heading ('Leave a Reply')."),
    B("comment_form", "Comment form prompt ('Fill in your details below ...')."),
    B("comment_form", "Comment form image label ('WordPress.com Logo')."),
    B("comment_form", "Comment form account line (WordPress.com)."),
    B("comment_form", "Comment form image label ('Twitter picture')."),
    B("comment_form", "Comment form account line (Twitter)."),
    B("comment_form", "Comment form image label ('Facebook photo')."),
    B("comment_form", "Comment form account line (Facebook)."),
    B("comment_form", "Comment form status ('Connecting to %s')."),
]

ANN["d2704_ethics-sage"] = [
    T("subhead", "Heading that opens the stored text ('College Campus'); no headline is in the stored text."),
    C("neutral", "Author: whether a campus should become a 'sanctuary campus' (no ICE on campus without a warrant, no sharing of status); governors and Congress threaten funding (balanced description of the debate).",
      un=["some state governors"]),
    C("neutral", "Author: sanctuary-campus funding is a separate issue from DACA; 'Congress must act now to protect DACA students' (a view on DACA, not on local cooperation; alternative: supports, sympathy for the students the sanctuary campuses would shield).",
      amb=True),
]

ANN["d2705_grissy-flores"] = [
    T("headline", "Post headline ('If Immigration and Customs Enforcement (ICE) has access to Chicago police’s gang database, is Chicago really a “sanctuary city”?')."),
    C("neutral", "Adame's sign ('“My family was separated by ICE,” read a sign held by Celene Adame') at a press conference on Catalan-Ramirez's case (about an ICE arrest, not local cooperation).",
      sp=[S(ADAME, "Celene Adame")]),
    C("neutral", "Background: Catalan-Ramirez, Adame's partner, was arrested by ICE at home eight months earlier (fact)."),
    C("neutral", "Adame ('Adame said'): 'eight long and difficult months'; she will keep fighting for his freedom (personal; nothing on cooperation).",
      sp=[S(ADAME, "Adame")]),
    C("neutral", "The suit ('the suit alleges'): his arrest on a gang label put him 'at odds with Chicago’s Welcoming City ordinance', which protects undocumented immigrants 'but not those who are gang members' (a legal claim and the ordinance's exception described; alternative: supports, the suit invokes the ordinance's protections against police help for ICE).",
      sp=[S(CATALAN, "Catalan-Ramirez")], amb=True),
]

ANN["d2706_depaul-migration-collaborative"] = [
    C("supports", "Author: Chicago's 'long-standing commitment' as a sanctuary city since Washington's 1985 order, which 'aimed to protect undocumented immigrants and foster trust between law enforcement and immigrant communities'; his legacy celebrated; events announced (favourable; alternative: neutral, history and an event notice). Issuing an order is an action; Mousin's article is cited, not quoted.",
      amb=True),
]

ANN["d2707_cpf-insider"] = [
    C("neutral", "Author: the 'current crisis our “sanctuary city” is in'; wants a better understanding of what 'sanctuary' status means and a better response to asylum seekers (about the migrant influx, not police cooperation; alternative: supports, sympathy for the city's sanctuary role).",
      amb=True),
    T("subhead", "Subhead ('We Are Not Covering Ourselves In Glory')."),
    C("supports", "Author: asylum seekers bused from Texas 'by sadists' using people as pawns to 'destabilize “Democrat” cities'; 'these people are not “illegals”' (answers the attack on sanctuary cities; alternative: neutral, about busing rather than police cooperation).",
      amb=True),
    C("supports", "Author: Texas wants to show 'so-called “sanctuary cities”' they cannot cope; 'performance art' (rejects the anti-sanctuary stunt; alternative: neutral, as #2).",
      amb=True),
    C("neutral", "Author: Texas gets more federal aid; Chicago's $33M of DHS funds, $13M for shelters, the mayor's 'penchant for tents' (migrant-shelter funding; criticism of the city's response, not of sanctuary limits)."),
]

ANN["d2708_america-uncovered"] = [
    B("timestamp_label", "Date line ('Nov 10, 2023')."),
    T("headline", "Episode headline ('Chicago's a Sanctuary City. Residents Are FURIOUS')."),
    C("opposes", "Author: sanctuary cities 'getting busloads of illegal immigrants' to shelter; Chicago under 'a massive strain on its resources'; residents who 'say the city should take care of them before any newcomers' (cost framing against sanctuary cities; alternative: neutral, about migrant shelter rather than police cooperation).",
      un=["Chicago residents"], amb=True),
]

ANN["d2709_kane-county-connects"] = [
    B("photo_caption", "Photo caption ('The resolution limits activity on county-owned parking lots, vacant lots and garages.')."),
    B("photo_caption", "The same caption again.", dup=0),
    T("headline", "Headline ('Kane County Board Approves Limits on Use of County Property for Civil Immigration Enforcement')."),
    B("byline", "Byline and timestamp ('Kane County Connects Staff 11/18/2025 12:00PM')."),
    C("neutral", "The Kane County Board approved a resolution limiting use of county lots and garages for civil immigration enforcement, after community concerns (an action, reported)."),
    C("neutral", "The resolution complies with the TRUST Act (what it bars) and Executive Order 25-06's Illinois Accountability Commission (description)."),
    C("neutral", "What the policy forbids (staging areas, processing sites, bases); civil only; no interference with lawful federal duties or judicial warrants (description)."),
    C("neutral", "Signage at county facilities; employees may report attempted or actual use (procedure)."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d2700_frontera-fund.txt", "outlet": "Lacey and Larkin Frontera Fund (laceyandlarkinfronterafund.org, advocacy fund's news blog)", "date": "2017-01",
     "title": "Sanctuary Cities Are Cities of Economic Development",
     "url": "https://www.laceyandlarkinfronterafund.org/sanctuary-cities-are-cities-of-economic-development/"},
    {"file": "d2701_kfvs12.txt", "outlet": "KFVS12 (kfvs12.com, local TV, Cape Girardeau / southern Illinois)", "date": "2017-04-11",
     "title": "City of Carbondale, IL will become a safe and welcoming community for immigrants (from the URL slug; no headline in the stored text)",
     "url": "http://www.kfvs12.com/story/35127868/city-of-carbondale-il-will-become-a-safe-and-welcoming-community-for-immigrants"},
    {"file": "d2702_empires-and-mangers.txt", "outlet": "Empires and Mangers (empiresandmangers.blogspot.com, personal blog)", "date": "2017-05-30",
     "title": "A Closer Look At Sanctuary Cities",
     "url": "https://empiresandmangers.blogspot.com/2017/05/a-closer-look-at-sanctuary-cities.html"},
    {"file": "d2703_letters-to-a-young-conservative.txt", "outlet": "Letters to a Young Conservative (letterstoayoungconservative.wordpress.com, blog)", "date": "2017-09-04",
     "title": "What is Governor Rauner thinking?",
     "url": "https://letterstoayoungconservative.wordpress.com/2017/09/04/what-is-governor-rauner-thinking/"},
    {"file": "d2704_ethics-sage.txt", "outlet": "Ethics Sage (e-mail newsletter, myemail.constantcontact.com)", "date": "2017-09",
     "title": "A quick note from Ethics Sage (from the URL; the stored text opens with 'College Campus')",
     "url": "https://myemail.constantcontact.com/A-quick-note-from-Ethics-Sage.html?soid=1128811763178&aid=jbuPAI9slzg"},
    {"file": "d2705_grissy-flores.txt", "outlet": "Grissy Flores (grissyflores.com, journalist's site)", "date": "2018-01-02",
     "title": "If Immigration and Customs Enforcement (ICE) has access to Chicago police’s gang database, is Chicago really a “sanctuary city”?",
     "url": "https://www.grissyflores.com/readme/2018/1/2/if-immigration-and-customs-enforcement-ice-has-access-to-chicago-polices-gang-database-is-chicago-really-a-sanctuary-city"},
    {"file": "d2706_depaul-migration-collaborative.txt", "outlet": "DePaul Migration Collaborative (blogs.depaul.edu, university blog)", "date": "2023",
     "title": "Harold Washington and Chicago's sanctuary city commitment (descriptive; no headline in the stored text or the URL)",
     "url": "https://blogs.depaul.edu/depaul-migration-collaborative/?p=369"},
    {"file": "d2707_cpf-insider.txt", "outlet": "CPF Insider (cpfinsider.substack.com, newsletter)", "date": "2023",
     "title": "Chicago, we need to talk (from the URL slug; no headline in the stored text)",
     "url": "https://cpfinsider.substack.com/p/chicago-we-need-to-talk?action=share"},
    {"file": "d2708_america-uncovered.txt", "outlet": "America Uncovered (americauncovered.tv, online video show)", "date": "2023-11-10",
     "title": "Chicago's a Sanctuary City. Residents Are FURIOUS",
     "url": "https://www.americauncovered.tv/america-uncovered-episodes/chicago's-a-sanctuary-city.-residents-are-furious"},
    {"file": "d2709_kane-county-connects.txt", "outlet": "Kane County Connects (kanecountyconnects.com, county government news site)", "date": "2025-11-18",
     "title": "Kane County Board Approves Limits on Use of County Property for Civil Immigration Enforcement",
     "url": "https://kanecountyconnects.com/article/KaneCounty-ImmigrationEnforcement-KaneCountyBoard"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d27")
