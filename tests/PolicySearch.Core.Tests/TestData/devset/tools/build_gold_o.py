#!/usr/bin/env python3
"""Dev set, part O (files d1500-d1514): hand annotations -> fresh-o/gold-fresh-o.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 15 articles from 15 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. Three articles are about other states or the nation (d1507 287(g) nationally and in Texas, d1508
and d1509 New Jersey). The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field
conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-N: canonical names
from canonical.py where they apply (U.S. Department of Justice; Emanuel, Trump and Pritzker appear only
acting, never speaking) and the forms earlier parts wrote (James Comer, Gurbir Grewal, House Oversight Committee, Anthony Beale,
Anthony Napolitano, Cristina Pacione-Zayas), otherwise the fullest form the article gives, titles
dropped ("Cardinal Cupich" -> Cupich, "President Freeman" -> Freeman). Unnamed officials of a named body
map to that body ("The agency" -> U.S. Department of Justice; "Cape May and Ocean County officials" ->
the two counties); a person speaking for an organisation is the person only (Charlotte Alvarez, not The
Immigration Project; Kayla Nguyen, not the IRWC); organisations that speak as themselves are speakers
(the Diocese of Chicago "has pledged"); filers speak through their filing (the Immigration Reform Law
Institute's brief, "IRLI shows in its brief"; the Justice Department's statement of interest, "the
Justice Department argues", "the statement reads"); a quote continuing an attribution made in an earlier
line keeps the speaker with an empty alias list (Bleichner, d1505 #6). A signed letter to the editor
whose author is named in its byline (d1504, "By Thomas Phillips", who writes "As the Chief of Police
... I") gives its first-person lines to the author with an empty alias list: the byline is not a content
line, but it names the "I" unambiguously (unlike part N's KRV Legal, named only in a headline). Words of
an event notice whose sponsor is named only at the foot of the page (d1506) carry the sponsor as an
optional speaker; a petition is a document. Cited outlets are the outlets that pass words along, the
page's own outlet included when the text names it ("in an interview with VICE News", "told Episcopal
News Service", as part N did with The Southern). They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_o.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import DOJ

ARTICLES, MANIFEST, GOLD = part_files("fresh-o", "gold-fresh-o.jsonl")


CUPICH = "Cupich"
PHILLIPS = "Thomas Phillips"
FREEMAN = "Freeman"
BLEICHNER = "Richard Bleichner"
ALVAREZ = "Charlotte Alvarez"
CONNECT = "Connect"
LOUDERBACK = "Andy Louderback"
GREWAL = "Gurbir Grewal"
GOLDEN = "Shaun Golden"
CAPE_MAY = "Cape May County"
OCEAN = "Ocean County"
NAPOLITANO = "Anthony Napolitano"
BEALE = "Anthony Beale"
PACIONE_ZAYAS = "Cristina Pacione-Zayas"
IRLI = "Immigration Reform Law Institute"
DIOCESE = "Diocese of Chicago"
CASTILLO = "Sandra Castillo"
COMER = "James Comer"
NGUYEN = "Kayla Nguyen"

CHURCH = "a church keeping ICE off its property without a warrant: not a government limit on police cooperation, but the same refusal the guidelines count as a promise not to cooperate"
LETTER = "the letter's first person ('I', 'we'); its author is named in the byline (#1), not in this line"
EVENT = "the Facebook event's words, which the post quotes; the event's sponsor Connect is named only in #6"
CHILL = "about fear of ICE enforcement and churches' help for immigrants, not local cooperation, and answering no argument for or against the limits"


def phillips():
    return [S(PHILLIPS)]


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d1500_illinois-catholic"] = [
    B("timestamp_label", "Date line ('Tuesday, Feb 28, 2017'); the page's headline is not in the stored text."),
    C("supports", "Cupich 'told priests' to keep immigration officials off church property unless they have a warrant (a refusal to let ICE in without a warrant; alternative: neutral, " + CHURCH + ").",
      sp=[S(CUPICH, "Cupich")], amb=True),
    C("supports", "Cupich's letter 'held firm against allowing' ICE officials onto church property without a warrant (alternative: neutral, " + CHURCH + ").",
      sp=[S(CUPICH, "Cupich")], amb=True),
    C("supports", "Cupich ('wrote in a letter'): without a warrant, 'tell them politely they cannot come on the premises' and call the archdiocese's lawyers (alternative: neutral, procedure; " + CHURCH + ").",
      sp=[S(CUPICH, "Cupich")], amb=True),
    C("neutral", "Background: immigrants living in fear since the federal guidelines enforcing Trump's executive orders (no view of local cooperation)."),
    C("neutral", "What the new guidelines allow; the departure from Obama's priorities (descriptive)."),
    C("neutral", "DHS procedures expand 'expedited removal' (a document; descriptive)."),
    C("neutral", "Cupich 'acknowledged' the 'emotionally trying times' and asked pastors to support parishioners (pastoral; nothing on cooperation).",
      sp=[S(CUPICH, "Cupich")]),
    C("neutral", "Cupich ('he wrote'): the archdiocese 'supports the dignity of all persons without regard to immigration status' (a view on immigrants, nothing on cooperation; alternative: supports, the letter's closing solidarity).",
      sp=[S(CUPICH, "he")], amb=True),
]

ANN["d1501_mcdonough-voice"] = [
    C("neutral", "The WIU Faculty Senate's resolution urging a task force on 'sanctuary campus' policies and the student government's bill (actions; no author view yet). The commentary's author is not named in the stored text."),
    C("neutral", "Author: worth understanding what the task force may consider to make the campus 'a safe place for all students' (an announcement of the explanation; alternative: supports, its framing of the aim)."),
    C("supports", "Author: sanctuary campuses are where immigrant students 'can feel welcomed and safe' knowing the school will not go out of its way to cooperate with ICE (a favourable definition; alternative: neutral, a definition).",
      amb=True),
    C("supports", "Author: sanctuary campuses 'neither violate federal legislation nor ... disregard our court system' and respect students' privacy (the legality defence)."),
    C("supports", "Author: limiting the university's sharing of status information with ICE is what the resolution asks; the information is already protected by FERPA (the limit presented as consistent with federal law; alternative: neutral, what the resolution asks and what FERPA covers).",
      amb=True),
]

ANN["d1502_liberty-hangout"] = [
    T("headline", "Post headline ('Chicago Sues for Federal Funds for Sanctuary Cities')."),
    C("neutral", "Emanuel 'has filed a lawsuit' against the DOJ over threatened funds; Trump's executive order (actions; descriptive)."),
    C("neutral", "Author: the lawsuit 'is not able to happen yet' under the Case or Controversy Clause (a procedural argument against Chicago's suit; alternative: opposes, it dismisses the city's defence of its sanctuary funding).",
      amb=True),
    C("opposes", "Author: the question is 'already settled', South Dakota v. Dole upholding federal power to withhold funds to influence policy (endorses the federal funding pressure on sanctuary cities; alternative: neutral, a legal argument about grants).",
      amb=True),
    C("neutral", "Author: libertarians 'should celebrate' Dole; states have no right to federal funding (decentralisation and federal funds in general, nothing on the limits; alternative: opposes, it cheers the ruling used against the sanctuary city).",
      amb=True),
]

ANN["d1503_american-conservative-herald"] = [
    T("headline", "Article headline ('You Won’t Believe Which Republican Governor Signed Sanctuary State Law, President Trump Speechless')."),
    C("neutral", "Author: divisions within political parties in general (no view of the limits)."),
    C("neutral", "Author: divisions at the state level; sanctuary jurisdictions, backed by 'the left', 'just got some help' from an unexpected source (a lead-in to the criticism; alternative: opposes, the slanted framing).",
      amb=True),
    C("opposes", "Author: Rauner signed 'a bill turning Illinois into a sanctuary state'; it 'portends disaster' for the party and the people who 'will suffer under such an unwise law'."),
    B("photo_caption", "Image alt text ('Image result for bruce rauner')."),
    C("neutral", "A quoted description, its source not named: the TRUST Act bars detaining on detainers or administrative warrants and limits immigration agents (what the law provides)."),
    C("opposes", "Author: Rauner 'simply erred', he 'would make a fine Democrat' on the basis of 'this action' (criticism of the signing)."),
    T("subhead", "A heading inside the quoted material ('“What the TRUST Act will do, specifically'); the quoted bill text after it is cut by the excerpt.", amb=True),
]

ANN["d1504_northern-star"] = [
    T("headline", "Letter headline ('Letter to the Editor: NIU Police stands with students')."),
    B("byline", "Byline ('By Thomas Phillips'), the letter's author."),
    C("neutral", "Phillips, first person ('As the Chief of Police ... I want to clarify'): lead-in to what the DACA changes mean for NIU students (alternative: supports, it announces the refusal in #3).",
      sp=phillips(), amb=True),
    C("supports", "Phillips: 'NIU Police will not arrest or hold an individual solely based upon their immigration status. Period.' (a promise not to enforce immigration law; " + LETTER + ").",
      sp=phillips()),
    C("supports", "Phillips ('we believe'): civil immigration enforcement rests with ICE, not local or university police; no voluntary agreement with ICE (" + LETTER + ").",
      sp=phillips()),
    C("supports", "Phillips: the approach was 'reaffirmed' when Rauner signed the Trust Act, which bars detaining on detainers or non-judicial warrants (defends the limits with the law; Rauner's signing is an action)."
      , sp=phillips()),
    C("supports", "Phillips echoes Freeman's message 'NIU Stands with Our DACA Students'; campus police will provide a safe place 'regardless of their immigration status' (the letter's close on not enforcing; alternative: neutral, a welcome without a word on cooperation).",
      sp=phillips(), opt=[O(FREEMAN, "her message is named only by its title, echoed by the letter's author", "Freeman")], amb=True),
]

ANN["d1505_adaptbn"] = [
    T("headline", "Article headline ('Town Council Designates Normal a ‘Welcoming Community’ for Non-Citizens')."),
    B("section_label", "Section labels ('News Government')."),
    B("photo_caption", "Photo caption with credit ('Members of the Keep Families Together Campaign spoke at a rally ...')."),
    B("photo_caption", "The same caption repeated.", dup=2),
    C("neutral", "Normal now has a welcoming city ordinance (a fact)."),
    C("neutral", "The council voted 5-2 (an action) for an ordinance Bleichner 'said formalizes the department’s current practices' (a description of its effect; alternative: supports, the chief backs it).",
      sp=[S(BLEICHNER, "Richard Bleichner")], amb=True),
    C("supports", "Bleichner's quote continues (no attribution in the line): 'we provide police services to the entire community regardless of status' (community-policing argument).",
      sp=[S(BLEICHNER)]),
    C("supports", "Bleichner 'said' codifying the practices 'helps build trust' with immigrants, since fear of deportation keeps some from calling police (the trust argument).",
      sp=[S(BLEICHNER, "Bleichner")]),
    T("subhead", "Section heading ('What the Ordinance Does and Does Not Do')."),
    C("neutral", "Bleichner 'said' the ordinance does not mean police won't ask about status or talk to ICE (the ordinance's limits; alternatives: supports, a reassurance defending it; opposes, cooperation stays possible).",
      sp=[S(BLEICHNER, "Bleichner")], amb=True),
    C("neutral", "The ordinance's 'check-and-balance': the chief's approval before contacting ICE; Bleichner 'said' he will balance public safety against immigrants' concerns (a description; balanced).",
      sp=[S(BLEICHNER, "Bleichner")]),
    C("neutral", "Author, citing Town documents: the ordinance 'is not a sanctuary city ordinance' (a characterisation from a document)."),
    C("supports", "Alvarez ('said Charlotte Alvarez', of The Immigration Project, recorded as the person): the Town could not bar ICE; 'Unfortunately' neighbours 'can still be torn from their families' (an advocate wanting stronger limits; alternative: neutral, a statement of the ordinance's limits).",
      sp=[S(ALVAREZ, "Charlotte Alvarez")], amb=True),
]

ANN["d1506_cup61820"] = [
    T("headline", "Post headline ('Help Protest Expansion of Kankakee County as an ICE Detention Center!')."),
    C("supports", "Site text: a rally 'to protest expanding Kankakee' into one of the largest ICE detention centers; lead-in to the event's text (against a county's expanded detention work for ICE; alternative: neutral, an event notice).",
      amb=True),
    C("neutral", "Event text (quoted): the jail holds about 150 ICE detainees a day and the sheriff wants to expand it 'to expedite deportations' (facts with a critical edge; alternative: supports).",
      opt=[O(CONNECT, EVENT)], amb=True),
    C("supports", "Event text: the rally will 'hold county officials accountable'; detainees 'should not be held in prison indefinitely' and the county 'should not build financial solvency' on their backs (against the county's ICE detention contract).",
      opt=[O(CONNECT, EVENT)]),
    C("neutral", "Event text: what to bring; shoes for 'those we have lost through deportations' (logistics).",
      opt=[O(CONNECT, EVENT)]),
    C("supports", "Connect's petition 'to stop housing detainees for profit' in the county (a document; its aim favours ending the jail's ICE work; alternative: neutral, an action reported).",
      opt=[O(CONNECT, "a petition is a document; Connect is named as its author, not as speaking", "Connect")], amb=True),
    B("credits", "Sponsor line ('This event is sponsored by Connect (Facebook page or web site).')."),
]

ANN["d1507_vice"] = [
    B("site_notice", "Archive notice ('This story is over 5 years old.')."),
    T("headline", "Article headline ('Sheriffs see dollar signs and political wins by cooperating with ICE')."),
    T("dek", "Dek ('The number of local law enforcement agencies formally cooperating with ICE has more than doubled in the past year.')."),
    C("neutral", "Author: some places declared themselves sanctuaries while others are 'quietly rolling out the red carpet' for ICE (a contrast; alternative: supports, the ironic 'red carpet').",
      amb=True),
    C("neutral", "What the 287(g) program is; 78 offices in 20 states, up from 31 (description and counts)."),
    C("neutral", "The Texas cluster of 287(g) counties; Texas's share (counts)."),
    T("pull_quote", "Pull quote set in the body before its attribution ('“We stand for the law. That’s what we do.”'), Louderback's words from #8 (alternative kind: content, opposes, with Louderback optional).", amb=True),
    C("opposes", "Jackson County; for Louderback, who joined 287(g) days after the inauguration, it 'was a no-brainer' (his view reported without a speech verb; his words follow in #8; alternative: neutral, a fact about the county).",
      opt=[O(LOUDERBACK, "his view is reported ('was a no-brainer') without a speech verb; he speaks in #8", "Andy Louderback")], amb=True),
    C("opposes", "Louderback ('said ... in an interview with VICE News'): 'a clear nexus between criminality and illegal aliens'; 'We stand for the law' (for cooperating with ICE through 287(g)).",
      sp=[S(LOUDERBACK, "Louderback")], out=["VICE News"]),
    B("related_headline", "Related link ('Read: The nation's sheriffs are getting a heavy does of nativist immigration politics from FAIR')."),
    T("subhead", "Section heading ('Follow the money')."),
]

ANN["d1508_news12-new-jersey"] = [
    B("site_notice", "Weather alert label ('STORM WATCH')."),
    B("site_notice", "Weather alert text ('Tracking scattered overnight snow & rain in NJ ...')."),
    T("headline", "Article headline ('3 NJ sheriffs contest attorney general; renew agreement with ICE')."),
    T("dek", "Dek, the same sentence as the lede (#8)."),
    B("byline", "Byline ('News 12 Staff')."),
    B("timestamp_label", "Date and time ('Jul 11, 2019, 11:54 PM')."),
    B("timestamp_label", "Update label ('Updated 1,972 days ago')."),
    B("share", "Share label ('Share:')."),
    C("neutral", "Lede: Republican sheriffs in three counties contested Grewal's directive and renewed their ICE agreements (actions).", dup=3),
    C("neutral", "The directive mostly bars officers from enforcing immigration law; three counties renewed policies letting ICE into jails (facts)."),
    C("supports", "Grewal ('Grewal said'): the sheriffs' move 'flouts the directive' and his authority over law enforcement (defends the limits on cooperation).",
      sp=[S(GREWAL, "Grewal")]),
    C("opposes", "Golden 'says' he is 'just trying to do his job' (defends renewing the ICE agreement; lead-in to his quotes; alternative: neutral).",
      sp=[S(GOLDEN, "Shaun Golden")], amb=True),
    C("opposes", "Golden ('Golden says'): people charged criminally with an ICE detainer are evaluated 'per the policy' (honouring detainers in the jail; alternative: neutral, procedure).",
      sp=[S(GOLDEN, "Golden")], amb=True),
    C("neutral", "What the 287(g) policy allows (federal law quoted); Monmouth's jail in the program nine years, renewed for ten (facts)."),
    C("neutral", "Golden ('Golden says'): it is a 'misnomer' that deputies seek people out in communities; 'That's a job for ICE. That's not our job' (a denial offered in defence of the jail agreement; alternatives: opposes, for that reason; supports, enforcement is ICE's job).",
      sp=[S(GOLDEN, "Golden")], amb=True),
]

ANN["d1509_north-jersey"] = [
    T("headline", "Article headline ('Trump administration backs two NJ counties in lawsuits challenging limited ICE cooperation')."),
    B("byline", "Byline ('Monsy Alvarado')."),
    C("opposes", "The Justice Department 'backed' Cape May and Ocean County officials in their lawsuits against the directive limiting cooperation (its filing's position reported; alternative: neutral, a filing reported).",
      sp=[S(DOJ, "U.S. Justice Department")],
      opt=[O(CAPE_MAY, "plaintiffs whose suit is named but whose claims are not given in the line"),
           O(OCEAN, "plaintiffs whose suit is named but whose claims are not given in the line")], amb=True),
    C("opposes", "'the Justice Department argues' in its statement of interest that the directive's provisions are unlawful and conflict with federal immigration law.",
      sp=[S(DOJ, "Justice Department")]),
    C("opposes", "'The agency argues in the statement' that the directive impedes the federal government's 'statutorily granted powers'.",
      sp=[S(DOJ, "The agency")]),
    B("photo_caption", "Photo caption (Grewal announcing a directive in Newark, Sept. 27, 2019; the page's 'Grubir')."),
    C("opposes", "The DOJ statement quoted ('the statement reads'): the directive 'impermissibly singles out the federal government' (the filing's words; no name for the filer in the line).",
      sp=[S(DOJ)]),
    C("supports", "Grewal 'said in a statement' he was 'deeply disappointed' that the administration challenges the directive (defends the limits against federal pressure).",
      sp=[S(GREWAL, "Gurbir Grewal")]),
    C("supports", "Grewal ('he said'): the directive helps residents 'feel safe interacting with state and local police'; the federal government pushes immigrants 'further into the shadows' (trust argument).",
      sp=[S(GREWAL, "he")]),
]

ANN["d1510_city-cast-chicago"] = [
    C("neutral", "Opening question ('Should Chicago remain a sanctuary city?'), answered by the next line; the page's own headline is not in the stored text (alternative kind: title)."),
    C("neutral", "Napolitano and Beale 'want to ask voters to decide' and sponsored a referendum resolution, 'CBS Chicago reported' (a plan reported; alternative: opposes, they seek a vote against the status).",
      opt=[O(NAPOLITANO, "his aim is reported ('want to ask voters') without his words; sponsoring is an action", "Anthony Napolitano"),
           O(BEALE, "his aim is reported ('want to ask voters') without his words; sponsoring is an action", "Anthony Beale")],
      out=["CBS Chicago"], amb=True),
    C("neutral", "Author: what the explainer will cover."),
    T("subhead", "Question heading ('What is a Sanctuary City?')."),
    C("neutral", "Definition: the city 'relaxes local enforcement of federal immigration laws'; no status questions, no disclosure (descriptive)."),
    T("subhead", "Question heading ('When Did Chicago Become a Sanctuary City?')."),
    C("neutral", "History: Washington's 1985 order, law in 2006, reaffirmed under Trump (facts)."),
    T("subhead", "Question heading ('Why Do Some Alder Want to Remove the Status?')."),
    C("neutral", "The city is overwhelmed sheltering asylum-seekers; some residents and alders are frustrated by shelters opened without notice (migrant shelter, not police limits; alternative: opposes, the reason given for removing the status).",
      un=["Some residents and alders"], amb=True),
    T("subhead", "Question heading ('What’s Next?')."),
    C("supports", "The resolution needs 26 alders; removing the designation 'could introduce legal complications with the state', Pacione-Zayas 'told the Sun-Times' (a warning against removal; alternative: neutral, a procedural forecast).",
      sp=[S(PACIONE_ZAYAS, "Cristina Pacione-Zayas")], out=["Sun-Times"], amb=True),
    T("subhead", "Question heading ('Where are Other Sanctuary Cities?')."),
    C("neutral", "The Center for Immigration Studies 'has tracked' similar jurisdictions (an organisation's tracking, not speech; a pointer)."),
]

ANN["d1511_irli"] = [
    C("opposes", "Release text: the Immigration Reform Law Institute 'filed a brief ... attacking Illinois’ TRUST Act'; the federal government has sued, 'claiming' the law violates federal supremacy (the filer speaks through its brief).",
      sp=[S(IRLI, "Immigration Reform Law Institute")],
      opt=[O(DOJ, "'The federal government has sued ..., claiming': the plaintiff's claim reported in passing; the line names no department", "The federal government")]),
    C("opposes", "The TRUST Act is 'meant to protect illegal aliens and criminal aliens'; its limits, 'IRLI shows in its brief', obstruct Congress's purposes and are preempted.",
      sp=[S(IRLI, "IRLI")]),
    C("opposes", "'IRLI makes another argument': the TRUST Act makes officers commit the federal crime of harboring, a 'textbook case of conflict preemption'.",
      sp=[S(IRLI, "IRLI")]),
]

ANN["d1512_episcopal-news-service"] = [
    C("neutral", "The Diocese of Chicago 'has pledged support for immigrants as a “sanctuary diocese”' since 2019 and Episcopalians live out 'that spirit of “sanctuary”' (church sanctuary, not local police limits; alternative: supports).",
      sp=[S(DIOCESE, "The Diocese of Chicago")], amb=True),
    C("neutral", "Congregations consider offering physical sanctuary; Castillo builds a volunteer network to respond to arrests (actions; alternative: supports, " + CHILL + ").",
      amb=True),
    C("neutral", "A 'know your rights' training in Galena led by Castillo (an event)."),
    C("neutral", "Trump sent immigration officials to Chicago; 'It is causing a tremendous amount of anxiety,' Castillo 'told Episcopal News Service' (alternative: supports; " + CHILL + ").",
      sp=[S(CASTILLO, "Castillo")], out=["Episcopal News Service"], amb=True),
    C("neutral", "Castillo ('Castillo said'): 'We have the strength we need to protect our immigrant community if we all stand together' (alternative: supports; " + CHILL + ").",
      sp=[S(CASTILLO, "Castillo")], amb=True),
]

ANN["d1513_republican-post"] = [
    C("neutral", "The House Oversight Committee prepares a hearing on sanctuary policies and their impact on enforcement and safety (an announcement; no side)."),
    T("subhead", "Box heading ('At a Glance')."),
    C("neutral", "Bullet: three governors will testify on June 12 (a fact)."),
    C("neutral", "Bullet: Comer 'initiated an investigation' (an action)."),
    C("neutral", "Bullet: the committee seeks documents (an action)."),
    C("opposes", "Bullet: 'Critics argue sanctuary policies protect criminal illegal aliens' (the critics' view reported).",
      un=["Critics"]),
    T("subhead", "Section heading ('Governors to Testify Before Committee')."),
    C("opposes", "Author: the governors will testify; the policies 'have been scrutinized' for limiting cooperation, 'potentially allowing criminal illegal aliens to avoid detention and deportation' (framing against the limits; alternative: neutral, the hearing's background).",
      amb=True),
    C("opposes", "Comer, 'a vocal critic': 'He argues' sanctuary jurisdictions undermine federal efforts and endanger citizens; 'According to Comer' they are 'safe havens'; the governors 'must be held accountable'.",
      sp=[S(COMER, "James Comer", "He", "Comer")]),
    T("subhead", "Section heading ('Documents and Communications Sought'); the paragraph under it is cut by the excerpt."),
]

ANN["d1514_fight-back-news"] = [
    B("masthead", "Site name ('Fight Back! News')."),
    B("masthead", "Site tagline ('News and Views from the People's Struggle')."),
    B("tag_list", "Tag label of the page ('irwc'); the stored page is the tag's listing, opening with this story."),
    B("byline", "Byline ('By Alec Ozawa')."),
    B("photo_caption", "Photo caption (protesters' banners, 'Close the Broadview Detention Center! Legalization For All!')."),
    C("neutral", "Dateline lede: 200 protested at the Broadview ICE facility; the rally's organisers and their campaign to close it (an event; actions)."),
    C("supports", "Nguyen ('opened the rally, stating'): Broadview is 'a de-facto detention center'; she calls on Burke and Raoul to investigate, 'uphold the Illinois Trust Act, and close the Broadview facility' (demands the state's limits be enforced).",
      sp=[S(NGUYEN, "Kayla Nguyen")]),
    C("supports", "Author: Illinois law restricts ICE detention, yet Broadview holds 'kidnapped community members' for up to a week, a 'de-facto detention center' (the state's limits invoked against ICE; alternative: neutral, conditions at a federal site, not local cooperation).",
      amb=True),
    C("neutral", "Author: the facility lacks beds, meals and showers (conditions; nothing on local cooperation)."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d1500_illinois-catholic.txt", "outlet": "Illinois Catholic (ilcatholic.org)", "date": "2017-02-28",
     "title": "Cardinal Cupich takes stand on immigration enforcement (from the URL slug; no headline in the stored text)",
     "url": "https://www.ilcatholic.org/cardinal-cupich-takes-stand-on-immigration-enforcement/"},
    {"file": "d1501_mcdonough-voice.txt", "outlet": "McDonough Voice (Macomb, Illinois; commentary)", "date": "2017-05-17",
     "title": "On sanctuary campus resolution - commentary (from the URL slug; no headline in the stored text)",
     "url": "http://www.mcdonoughvoice.com/news/20170517/on-sanctuary-campus-resolution---commentary"},
    {"file": "d1502_liberty-hangout.txt", "outlet": "Liberty Hangout (libertarian blog)", "date": "2017-08",
     "title": "Chicago Sues for Federal Funds for Sanctuary Cities",
     "url": "http://libertyhangout.org/2017/08/chicago-sues-federal-funds-sanctuary-cities/"},
    {"file": "d1503_american-conservative-herald.txt", "outlet": "American Conservative Herald (blog)", "date": "2017",
     "title": "You Won’t Believe Which Republican Governor Signed Sanctuary State Law, President Trump Speechless",
     "url": "http://americanconservativeherald.com/republican-governor-signed/"},
    {"file": "d1504_northern-star.txt", "outlet": "Northern Star (Northern Illinois University student paper; letter)", "date": "2017-09",
     "title": "Letter to the Editor: NIU Police stands with students",
     "url": "https://northernstar.info/28586/opinion/letter-to-the-editor-niu-police-stands-with-students/"},
    {"file": "d1505_adaptbn.txt", "outlet": "AdaptBN (Bloomington-Normal news site)", "date": "2018-05-08",
     "title": "Town Council Designates Normal a ‘Welcoming Community’ for Non-Citizens",
     "url": "https://www.adaptbn.com/home/2018/5/8/town-council-designates-normal-a-welcoming-community-for-non-citizens"},
    {"file": "d1506_cup61820.txt", "outlet": "CUP 61820 (cup61820.org, Champaign-Urbana progressive blog)", "date": "2018-08-21",
     "title": "Help Protest Expansion of Kankakee County as an ICE Detention Center!",
     "url": "https://cup61820.org/2018/08/21/help-protest-expansion-of-kankakee-county-as-an-ice-detention-center/"},
    {"file": "d1507_vice.txt", "outlet": "VICE News", "date": "2018",
     "title": "Sheriffs see dollar signs and political wins by cooperating with ICE",
     "url": "https://www.vice.com/en/article/59q77q/sheriffs-see-dollar-signs-and-political-wins-by-cooperating-with-ice"},
    {"file": "d1508_news12-new-jersey.txt", "outlet": "News 12 New Jersey", "date": "2019-07-11",
     "title": "3 NJ sheriffs contest attorney general; renew agreement with ICE",
     "url": "https://newjersey.news12.com/3-nj-sheriffs-contest-attorney-general-renew-agreement-with-ice-40779495"},
    {"file": "d1509_north-jersey.txt", "outlet": "NorthJersey.com (The Record)", "date": "2020-01-25",
     "title": "Trump administration backs two NJ counties in lawsuits challenging limited ICE cooperation",
     "url": "https://www.northjersey.com/story/news/new-jersey/2020/01/25/trump-administration-backs-nj-counties-challenging-ice-cooperation/4575545002/"},
    {"file": "d1510_city-cast-chicago.txt", "outlet": "City Cast Chicago (explainer)", "date": "2023-09",
     "title": "Should Chicago remain a sanctuary city? (the stored text's opening question; the URL slug is chicago-sanctuary-city-history)",
     "url": "https://chicago.citycast.fm/explainers/chicago-sanctuary-city-history"},
    {"file": "d1511_irli.txt", "outlet": "Immigration Reform Law Institute (press release, archived by politicalemails.org)", "date": "2025",
     "title": "IRLI brief attacking Illinois' TRUST Act (no headline in the stored text; described from the text)",
     "url": "https://politicalemails.org/messages/1800069/html_body"},
    {"file": "d1512_episcopal-news-service.txt", "outlet": "Episcopal News Service (episcopalchurch.org)", "date": "2025-02",
     "title": "As Trump touts deportations, many Episcopalians are eager to offer immigrants sanctuary, support (from the URL slug; no headline in the stored text)",
     "url": "https://cms.episcopalchurch.org/as-trump-touts-deportations-many-episcopalians-are-eager-to-offer-immigrants-sanctuary-support/amp"},
    {"file": "d1513_republican-post.txt", "outlet": "Republican Post (republicanpost.net)", "date": "2025",
     "title": "Governors grilled: sanctuary states under fire (from the URL slug; no headline in the stored text)",
     "url": "https://republicanpost.net/governors-grilled-sanctuary-states-under-fire"},
    {"file": "d1514_fight-back-news.txt", "outlet": "Fight Back! News (tag page)", "date": "2025-09",
     "title": "Broadview ICE facility protest (no headline in the stored text; the page is the 'irwc' tag listing)",
     "url": "https://fightbacknews.org/tag:irwc"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d15")
