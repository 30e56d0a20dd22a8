#!/usr/bin/env python3
"""Dev set, part I (files d900-d911): hand annotations -> tune-i/gold-tune-i.jsonl.

A new part that nobody has tuned on yet: 12 articles from 12 outlets, 2017-2020 only (part J, made at
the same time, takes 2021-2025), none of them an outlet of any earlier part (seeds, halves A and B,
fresh parts C and G, tune parts D-F and H), no URL shared with any other part, and no page that carries
AP, Chicago Tribune, Sun-Times, Center Square or Capitol News Illinois copy. Seven articles are about
Illinois; five are other states' sanctuary debates (California's SB 54 suit, Oregon's Measure 105).
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-H: canonical names as the earlier
parts write them (Bruce Rauner, Rahm Emanuel, Jeff Sessions, Kyle McCarter, U.S. Department of Justice,
Illinois Coalition for Immigrant and Refugee Rights, Asian Americans Advancing Justice | Chicago,
National Immigrant Justice Center, City of Chicago, ...), otherwise the fullest form the article gives,
titles dropped; a lawsuit of the DOJ is the DOJ speaking; a block quote continuing an attribution made
in an earlier line keeps the speaker with an empty alias list; words reported inside a speaker's own
account stay with the outer speaker (the nested speaker is optional at most); a page's own voice (an
advocacy group's case page, a book promotion) is the author, not a speaker. They were made by reading
the article text only; no analysis code or analysis output was looked at or run.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_i.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import CHICAGO, DOJ, EMANUEL, RAUNER, SESSIONS

ARTICLES, MANIFEST, GOLD = part_files("tune-i", "gold-tune-i.jsonl")


MCCARTER = "Kyle McCarter"
ICIRR = "Illinois Coalition for Immigrant and Refugee Rights"
AAAJ = "Asian Americans Advancing Justice | Chicago"
NIJC = "National Immigrant Justice Center"
SPICER = "Sean Spicer"
MOORE = "Joe Moore"
LOOS = "Adam Loos"
MARLIN = "Diane Marlin"
CORTINA = "Frank Cortina"
ANDERSON = "Jared Anderson"
GARCIA = "Sonny Garcia"
GINGER = "Leslie Ginger"
FLOTT = "Mary Flott"
BROWN = "Jerry Brown"
ESQUIVEL = "Sal Esquivel"
LUDWICK = "Jim Ludwick"
HUMMEL = "John Hummel"
NO105 = "No on 105 campaign"
ACLU_OR = "ACLU of Oregon"
DETENTION = ("a private ICE detention centre, not local police cooperation (rule 7: counts only when it answers "
             "a sanctuary argument)")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d900_daily-caller"] = [
    T("headline", "Article headline ('Illinois GOP Governor Signs Bill Helping Criminal Immigrants')."),
    B("photo_credit", "Photo credit ('Photo by John Gress/Getty Images')."),
    B("site_notice", "Logo text ('Daily Caller News Foundation logo')."),
    B("byline", "Byline with the reporter's beat ('Will Racke Immigration and Foreign Policy Reporter')."),
    B("site_notice", "Page widget ('Font Size:')."),
    C("neutral", "Author: Rauner signed a bill that 'sharply curtails' detaining 'criminal immigrants' for federal authorities (signing is an action; only the slanted wording leans against the Act; alternative: opposes).",
      amb=True),
    C("neutral", "Author: Rauner 'signaled' he would approve the Act; what the measure does to detainers (descriptive).",
      opt=[O(RAUNER, "'signaled last week that he would approve the measure' reports a position without words", "the first-term Republican")]),
    C("supports", "Immigrant advocates 'celebrated' the law, 'calling it the “gold standard”' for protections against deportation, 'reports the Chicago Sun-Times'.",
      un=["Immigrant advocates"], out=["Chicago Sun-Times"]),
    C("supports", "Joint statement of ICIRR, Asian Americans Advancing Justice and NIJC: 'an unprecedented level of protection' for undocumented residents who could enter the deportation pipeline through a traffic stop or a crime report.",
      sp=[S(ICIRR, "Illinois Coalition for Immigrant and Refugee Rights"),
          S(AAAJ, "Asian Americans Advancing Justice"),
          S(NIJC, "National Immigrant Justice Center")]),
    C("supports", "Rauner 'had called the TRUST Act a “very reasonable” limit'; the rest describes what the bill bars and what detainers are (alternative: neutral, mostly descriptive).",
      sp=[S(RAUNER, "Rauner")], amb=True),
]

ANN["d901_medium-bia-medious"] = [
    T("headline", "Post headline ('Emanuel says Chicago to remain a sanctuary city')."),
    B("byline", "Byline ('By Bia Medious')."),
    C("supports", "Trump's executive order targets sanctuary cities (an action); Emanuel 'has spent every day since vehemently reaffirming Chicago’s commitment in both words and actions'.",
      sp=[S(EMANUEL, "Rahm Emanuel")]),
    C("supports", "Emanuel: 'we’re going to stay a sanctuary city' (press conference of 25 January).",
      sp=[S(EMANUEL, "Emanuel")]),
    C("neutral", "Author: what the executive order authorizes (a document; descriptive)."),
    C("opposes", "Spicer: Americans will no longer be 'forced to subsidize this disregard for our laws'.",
      sp=[S(SPICER, "Sean Spicer")]),
    C("supports", "Author ('Ironically'): the Council passed a resolution 47-2 to protect all residents regardless of status; 'the City vowed to “vigorously oppose all federal efforts”'; several aldermen spoke in support (the two no votes are actions).",
      opt=[O(CHICAGO, "'the City vowed to ...' quotes the Council's resolution, a document", "the City")],
      un=["Several aldermen"]),
    C("supports", "Moore: keep speaking out 'even if it means that our federal funding is threatened'; do not give in to threats.",
      sp=[S(MOORE, "Joe Moore")]),
]

ANN["d902_patch"] = [
    B("section_label", "Section label ('Politics & Government')."),
    T("headline", "Article headline ('Illinois' Other Welcoming Communities Not Watching Chicago's Trump Lawsuit')."),
    T("dek", "Dek ('Illinois' welcoming communities say they're not worried ...')."),
    C("neutral", "Leaders in Urbana and Carbondale 'say they're not watching' Chicago's suit over the Justice Department's sanctuary policies (a group, named only in later lines; descriptive).",
      un=["Leaders in central and southern Illinois' welcoming communities"]),
    C("neutral", "Municipalities considering becoming welcoming communities, which 'according to the group Welcoming America' are guided by inclusion (says nothing about police cooperation; alternative: supports).",
      sp=[S("Welcoming America", "Welcoming America")], amb=True),
    C("neutral", "Author: they have or would have policies similar to Chicago's (descriptive)."),
    B("promo", "Site promo ('Find out what's happening in Across Illinoisfor free ...')."),
    C("neutral", "Loos 'said' downstate cities run no jails and need not worry about informing ICE (an explanation; alternative: supports, the lead-in to his refusal).",
      sp=[S(LOOS, "Adam Loos")], amb=True),
    C("supports", "Loos: 'we're not going to use our limited resources to enforce federal immigration law'; that is the federal government's job.",
      sp=[S(LOOS, "Loos")]),
    B("promo", "Site promo repeated ('Find out what's happening ...').", dup=6),
    C("supports", "Lead-in: Marlin 'said pretty much the same thing' (rule 6: takes the stance of Loos' refusal and of her quote; alternative: neutral).",
      sp=[S(MARLIN, "Diane Marlin")], amb=True),
    C("supports", "Marlin ('the mayor said in an email'): Urbana complies with the law, obtains no status information, and Sessions' efforts are unlikely to affect its grants (defends the policy against federal pressure; alternative: neutral).",
      sp=[S(MARLIN, "the mayor")], amb=True),
]

ANN["d903_the-will-county-news"] = [
    B("timestamp_label", "Blog date line ('Thursday, March 8, 2018')."),
    T("headline", "Post headline ('Sanctuary State and Your New Neighbors')."),
    B("release_label", "Release label ('For Immediate Release ')."),
    T("subhead", "Chapter title ('Chapter Five: Sanctuary State and Your New Neighbors'); differs from the headline, so no duplicate_of."),
    C("opposes", "Release voice (book promotion): the Trust Act 'exemplified the way the left uses political language as a smokescreen'."),
    C("opposes", "Release voice: the measure 'was sold' as protecting immigrants from police 'more interested in deporting them than protecting us' (the supporters' pitch, set up to be rejected; alternative: neutral).",
      amb=True),
    C("opposes", "Release voice: that pitch is 'a blatantly inaccurate assessment'; there would have been no uproar if that were all."),
    C("opposes", "Release voice: the law made Illinois 'a criminal sanctuary state' for people who commit further crimes."),
    C("opposes", "Release voice: government's first duty is to protect its people, 'but the Trust Act did just the opposite'."),
    C("opposes", "Release voice: the chapter (a document) shows how the Trust Act 'destroyed the trust' conservatives had placed in Rauner."),
    C("opposes", "Book excerpt (no named author): Rauner's 'sanctuary state actions risk billions of dollars in federal funding' and even prosecution."),
    C("opposes", "Book excerpt: 'backers' call the Act a good compromise and Rauner termed it 'a very reasonable, decent outcome', but it 'gives criminals the right to roam our communities'.",
      opt=[O(RAUNER, "'Rauner termed it ...' is reported inside the book's excerpt (words inside a quoted document)", "Rauner")],
      un=["backers of the Trust Act"]),
    C("opposes", "McCarter 'said, ‘This could be the last straw’ for downstate supporters of Rauner' (political consequences as criticism; reported inside the book excerpt, kept core since the outer voice is a document, not a speaker).",
      sp=[S(MCCARTER, "Kyle McCarter")]),
]

ANN["d904_central-illinois-proud"] = [
    T("headline", "Article headline ('Dwight Planning Commission OK’s proposed Immigration Detention Facility')."),
    B("section_label", "Section label ('Local News')."),
    C("neutral", "The planning commission met to decide whether to recommend the detention facility (descriptive)."),
    C("neutral", "The commission decided to recommend approval after three hours of testimony (an action)."),
    C("neutral", "Over 25 people 'spoke out' calling the facility wrong; the company's lawyer (Cortina, named in line 6) 'spoke on the issue' (" + DETENTION + "; alternative: supports for the opponents).",
      sp=[S(CORTINA, "the lawyer representing Immigration Centers of America")], un=["Over 25 people"], amb=True),
    C("neutral", "Cortina ('He said'): Congress sought better housing for immigrants than jail; the detention facility is 'an upgrade from a county jail' (" + DETENTION + "; alternative: opposes).",
      sp=[S(CORTINA, "He")], amb=True),
    C("neutral", "Cortina: immigrants should not sit in jail; Congress required detention facilities with better standards (" + DETENTION + "; alternative: opposes).",
      sp=[S(CORTINA, "Frank Cortina")], amb=True),
    C("neutral", "The deal pays the village a dollar per detainee per day; Anderson 'says' the money will upgrade the sewage system (money, not cooperation).",
      sp=[S(ANDERSON, "Jared Anderson")]),
    C("neutral", "Citizens did not believe the facility is an upgrade; 'Some claimed' the company played a hand in deaths of children in detention (" + DETENTION + "; alternative: supports).",
      un=["citizens", "Some"], amb=True),
]

ANN["d905_week-25"] = [
    B("site_notice", "Accessibility link ('Skip to Content')."),
    T("headline", "Article headline ('Village of Dwight votes in favor of immigration detention center')."),
    C("neutral", "The village board voted 5-2 to move forward with the detention facility (an action)."),
    C("neutral", "The board voted 5-2 on all three agenda items (an action)."),
    C("neutral", "First item: the annexation agreement and parcel (descriptive)."),
    C("neutral", "Second and third items: the annexation petition and the zoning (descriptive)."),
    C("neutral", "The timeline is unclear; the federal government has still to decide (descriptive)."),
    C("neutral", "Protesters marched through Dwight to sway the board (an action, no words).",
      un=["protesters"]),
    C("neutral", "Garcia: 'no to private prisons in our community', 'morally wrong', not economically viable (" + DETENTION + "; alternative: supports).",
      sp=[S(GARCIA, "Sonny Garcia")], amb=True),
    C("neutral", "Residents 'questioned the motives' of out-of-town protesters; 'One man urged' the village not to be scared by them (about the protesters; alternative: opposes).",
      un=["many Dwight residents", "One man"], amb=True),
    C("neutral", "'One resident told the board' she approved, as the centers are a better alternative to prison (" + DETENTION + "; alternative: opposes).",
      un=["One resident"], amb=True),
    C("neutral", "Ginger: residents elected the board in good faith and trust its due diligence (about the board, not cooperation).",
      sp=[S(GINGER, "Leslie Ginger")]),
    C("neutral", "Other residents, 'like Mary Flott, thanked' the protesters for coming (her quote is cut from the stored excerpt; alternative: supports).",
      sp=[S(FLOTT, "Mary Flott")], un=["other residents"], amb=True),
]

ANN["d906_aclu-of-illinois"] = [
    C("supports", "Page voice (ACLU of Illinois case page): 'We have sued' two sheriffs for violating the TRUST Act, whose goal is to 'foster confidence' between police and immigrant communities (the suit is the page's own action and the law's purpose its own argument)."),
    C("supports", "Page voice: three clients arrested for minor traffic violations posted bond, which 'should have led to their immediate release', but were held until ICE picked them up (criticises holding people for ICE)."),
    C("supports", "Page voice: 'The Sheriffs’ actions were in clear violation on the TRUST Act'; separate suits filed."),
    B("credits", "Counsel list ('Rebecca Glenberg (ACLU of Illinois), ... Mark Fleming (National Immigrant Justice Center)'); names without words."),
]

ANN["d907_sacramento-bee"] = [
    B("section_label", "Section label ('Capitol Alert')."),
    T("headline", "Article headline (''There is no secession,' Sessions declares the day after suing California'); a title, no speakers."),
    C("opposes", "Sessions appeared in Sacramento 'to say states cannot defy the federal government' on immigration; the administration sued California (an action).",
      sp=[S(SESSIONS, "Jeff Sessions")]),
    C("supports", "Brown 'promised he would' defy the federal government on immigration.",
      sp=[S(BROWN, "Jerry Brown")]),
    C("opposes", "Sessions 'said sanctuary laws endanger law enforcement officers and the public' and California oversteps its powers.",
      sp=[S(SESSIONS, "Sessions")]),
    C("opposes", "Sessions: 'Stop protecting lawbreakers and giving all officers more dangerous work to do'.",
      sp=[S(SESSIONS, "Sessions")]),
    C("supports", "Brown 'hit back' at the idea that the sanctuary laws overreach or create danger (lead-in, rule 6).",
      sp=[S(BROWN, "Brown")]),
    C("supports", "Brown (the speech verb is missing in the page: 'Brown of Sessions' appearance'): 'a political stunt', 'not about protecting our state' (criticism of the federal attack on the laws).",
      sp=[S(BROWN, "Brown")]),
    C("supports", "Brown's quote continued (no attribution in the line): 'These laws do not protect criminals'; the attorney general is 'initiating a reign of terror'.",
      sp=[S(BROWN)]),
    C("neutral", "The Trump campaign emailed to promote the lawsuit; the White House 'confirmed' a visit; Trump may face protests (descriptive).",
      opt=[O("Trump campaign", "'sent out an email promoting the lawsuit' reports a message without its words", "Trump campaign"),
           O("White House", "'confirmed Trump would visit' is a scheduling statement with no view on the laws", "White House")]),
]

ANN["d908_politico"] = [
    T("headline", "Article headline ('Trump administration goes on offense, sues California over sanctuary laws')."),
    C("opposes", "The Justice Department filed suit against California 'that alleges obstruction of federal immigration enforcement' (the DOJ speaking through its suit; alternative: neutral, the filing as a fact).",
      sp=[S(DOJ, "the Justice Department")], amb=True),
    C("neutral", "The suit targets three sanctuary-focused laws passed in a backlash against Trump's enforcement vows (descriptive)."),
    C("neutral", "The suit is modeled on the 2010 suit against Arizona's SB 1070 (background)."),
    C("opposes", "Lead-in: Sessions traveled 'to tout the new lawsuit' in a speech to law enforcement (rule 6).",
      sp=[S(SESSIONS, "Jeff Sessions")]),
    C("opposes", "Sessions: the DOJ will fight 'these unjust, unfair and unconstitutional policies'.",
      sp=[S(SESSIONS, "Sessions")]),
    C("opposes", "Sessions 'compared' California's defiance to southern states' battle against civil rights and desegregation.",
      sp=[S(SESSIONS, "Sessions")]),
    C("opposes", "Sessions: 'There is no nullification. There is no secession'; federal law is supreme.",
      sp=[S(SESSIONS, "Sessions")]),
]

ANN["d909_siuslaw-news"] = [
    T("headline", "Article headline ('Measure 105 seeks to overturn ‘Sanctuary State’ law in place for 30 years')."),
    T("dek", "Ballot title line ('Oregon Measure 105 — Repeals law limiting use of ...')."),
    C("neutral", "Author (dated line): what Measure 105 would repeal and the 1987 law's intent against racial profiling (descriptive)."),
    C("neutral", "Author: Measure 105 would let authorities use all methods to pursue illegal immigrants (what the measure does; leading space kept)."),
    C("neutral", "Three Republican representatives filed the proposal (an action)."),
    C("opposes", "Esquivel ('said when introducing the measure'): 'It’s time that Oregon complies with federal law'.",
      sp=[S(ESQUIVEL, "Esquivel")]),
    C("neutral", "Author: what the measure would allow agencies to do (descriptive)."),
    C("opposes", "Ludwick, of a group financing the repeal: people who break the law are always separated from their children (answers the family-separation argument; alternative: neutral, about the border).",
      sp=[S(LUDWICK, "Jim Ludwick")], amb=True),
]

ANN["d910_statesman-journal"] = [
    T("headline", "Article headline ('Measure 105 election results: Voters uphold Oregon's sanctuary state law')."),
    B("byline", "Byline, name ('Whitney Woodworth')."),
    B("byline", "Byline, outlet ('Statesman Journal')."),
    B("comment_prompt", "Comment link ('View Comments')."),
    B("photo_caption", "Photo caption ('People cheer as the initial governor's race results are posted ...')."),
    C("neutral", "Voters upheld the sanctuary law with a 'dramatic lead' of no votes (a result)."),
    C("neutral", "About 63 percent voted to keep the statute (a result)."),
    C("opposes", "'Proponents of the measure claimed' the sanctuary law emboldens undocumented immigrants to commit crimes and ties police hands.",
      un=["Proponents of the measure"]),
    C("supports", "'Opponents said' the law prevents racial profiling and repeal would make immigrants too frightened to report crimes.",
      un=["Opponents"]),
    C("supports", "The No on 105 campaign 'posted on Facebook': 'We have defended Oregon’s values' against those who want to divide Oregonians.",
      sp=[S(NO105, "No on 105 campaign")]),
    C("supports", "ACLU of Oregon 'called the defeat a rejection of “racism, xenophobia, and the politics of division and fear-mongering.”'",
      sp=[S(ACLU_OR, "ACLU of Oregon")]),
    C("neutral", "Most Marion and Polk county voters voted no (a result)."),
    C("neutral", "The law traces back to House Bill 2314 of 1987 (background)."),
    B("related_box", "Related link ('Full Election Results:Governor, statewide measures and local races')."),
    B("related_box", "Related link ('All our election coverage: ...')."),
    B("photo_caption", "Photo caption ('Michelle Lewin, a ballot box security guard, ...'); names a person without words."),
]

ANN["d911_bend-bulletin"] = [
    C("neutral", "Author: Measure 105 is part of a 'national wave of pro-border proposals' from the right and a serious challenge to the 31-year-old law (framing is descriptive)."),
    C("neutral", "Author: what the measure would repeal (descriptive)."),
    C("neutral", "Deschutes County's sheriff supports it and its district attorney opposes it (positions stated without words; balanced)."),
    C("supports", "The 'No on 105' ad features Hummel 'saying the passage of Measure 105 would make his job harder'.",
      sp=[S(HUMMEL, "John Hummel")]),
    C("supports", "Hummel ('he says in the ad'): 105 'could force local police to be immigration agents' and make people afraid to report crimes.",
      sp=[S(HUMMEL, "he")]),
    C("neutral", "Author: the 1987 law's passage and aim, and how Trump's election changed the debate (background)."),
    C("supports", "'opponents say' Measure 105 would lead to profiling, deportation of children and separation of families.",
      un=["opponents"]),
    C("neutral", "List of opponents (ACLU, Columbia Sportswear, Nike, Portland-area sheriffs and DAs); no words (alternative: supports).",
      amb=True),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d900_daily-caller.txt", "outlet": "The Daily Caller (Daily Caller News Foundation)", "date": "2017-08-28",
     "title": "Illinois GOP Governor Signs Bill Helping Criminal Immigrants",
     "url": "https://dailycaller.com/2017/08/28/illinois-gop-governor-signs-bill-helping-criminal-immigrants/"},
    {"file": "d901_medium-bia-medious.txt", "outlet": "Bia Medious (Medium blog)", "date": "2017",
     "title": "Emanuel says Chicago to remain a sanctuary city",
     "url": "https://medium.com/@biamedious/emanuel-says-chicago-to-remain-a-sanctuary-city-a8c8cec7a1ad"},
    {"file": "d902_patch.txt", "outlet": "Patch (Across Illinois)", "date": "2017-08",
     "title": "Illinois' Other Welcoming Communities Not Watching Chicago's Trump Lawsuit",
     "url": "https://new-test-origin.patch.com/illinois/across-il/illinois-other-welcoming-communities-not-watching-chicagos-trump-lawsuit"},
    {"file": "d903_the-will-county-news.txt", "outlet": "The Will County News (blog)", "date": "2018-03-08",
     "title": "Sanctuary State and Your New Neighbors",
     "url": "http://thewillcountynews.blogspot.com/2018/03/sanctuary-state-and-your-new-neighbors.html?m=0"},
    {"file": "d904_central-illinois-proud.txt", "outlet": "Central Illinois Proud (WMBD/WYZZ, Peoria)", "date": "2019-02",
     "title": "Dwight Planning Commission OK’s proposed Immigration Detention Facility",
     "url": "https://www.centralillinoisproud.com/news/local-news/dwight-planning-commission-oks-proposed-immigration-detention-facility/"},
    {"file": "d905_week-25.txt", "outlet": "WEEK 25 (Peoria TV)", "date": "2019-03-11",
     "title": "Village of Dwight votes in favor of immigration detention center",
     "url": "https://week.com/2019/03/11/village-of-dwight-votes-in-favor-of-building-ice-detention-center/"},
    {"file": "d906_aclu-of-illinois.txt", "outlet": "ACLU of Illinois (case page)", "date": "2019",
     "title": "TRUST Act (case page; no headline in the stored text, title from the URL)",
     "url": "https://www.aclu-il.org/en/cases/trust-act"},
    {"file": "d907_sacramento-bee.txt", "outlet": "The Sacramento Bee", "date": "2018-03-07",
     "title": "'There is no secession,' Sessions declares the day after suing California",
     "url": "https://www.sacbee.com/news/politics-government/capitol-alert/article203846144.html"},
    {"file": "d908_politico.txt", "outlet": "Politico", "date": "2018-03",
     "title": "Trump administration goes on offense, sues California over sanctuary laws",
     "url": "https://www.politico.com/story/2018/03/06/trump-california-sanctuary-laws-443835"},
    {"file": "d909_siuslaw-news.txt", "outlet": "Siuslaw News (Florence, Oregon)", "date": "2018-10-24",
     "title": "Measure 105 seeks to overturn ‘Sanctuary State’ law in place for 30 years",
     "url": "https://thesiuslawnews.com/article/measure-105-seeks-to-overturn-sanctuary-state-law-in-place-for-30-years"},
    {"file": "d910_statesman-journal.txt", "outlet": "Statesman Journal (Salem, Oregon)", "date": "2018-11-06",
     "title": "Measure 105 election results: Voters uphold Oregon's sanctuary state law",
     "url": "https://www.statesmanjournal.com/story/news/politics/2018/11/06/measure-105-voters-appear-keep-oregons-sanctuary-state-law-election-results/1782171002/"},
    {"file": "d911_bend-bulletin.txt", "outlet": "The Bulletin (Bend, Oregon)", "date": "2018",
     "title": "Measure 105 a referendum on Oregon's sanctuary status (from the URL slug; no headline in the stored text)",
     "url": "https://www.bendbulletin.com/localstate/elections/6605454-151/measure-105-a-referendum-on-oregons-sanctuary-status?referrer=section"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d9")
