#!/usr/bin/env python3
"""Dev set, part ZV (files d4800-d4808): hand annotations -> fresh-zv/gold-fresh-zv.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 9 articles from 9 outlets, all dated 2017-2021 (the
split agreed with the part built alongside, ZW), all in English, all about Illinois. No outlet is a
seed outlet; English pages from outlets never used have run out in the stored pages, so, as the brief
allows, seven outlets were used by an earlier part (A, B, D, F, ZH, ZO, ZP, ZQ, ZR) and two were only
named in earlier SOURCES files and never used (Democracy in Action, My Huntley News); no article URL
is in any manifest, and no page carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or
Center Square copy. The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field
conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of build_gold_s.py (the model
read): canonical names from canonical.py where they apply (Mike Downey, Rahm Emanuel, Tom Homan for
"Thomas Homan"), otherwise the fullest form the article gives, titles dropped ("State Representative
Jeanne Ives" -> Jeanne Ives, "ACLU spokesperson Ed Yohnka" -> Ed Yohnka, "State Sen. Jason Barickman"
-> Jason Barickman); "Lindsay Parkhurts" (the page's misspelling) is recorded as Lindsay Parkhurst with
the page's form as its alias, and the page's "Illinois Coalition for Immigration and Refugee Rights" as
the Illinois Coalition for Immigrant and Refugee Rights. A person speaking for an organisation is the
person only (Ed Yohnka, not the ACLU; Dave Devane, not the sheriffs); an organisation speaking as
itself is a speaker ("The ACLU of Illinois is criticizing", "ICIRR states", "The Illinois Legislative
Latino Caucus released this sharply worded response", "The Illinois Sheriffs’ Association ... are
sounding off"); filers speak through their filing ("The lawsuit argued", d4805 #3: McHenry and
Kankakee Counties, optional, as the four sheriffs are in earlier parts); a quote continuing an
attribution keeps the speaker with an empty alias list (Ives, d4801 #9). A press release's issuer named
only in its label lines (the Mayor's Press Office, d4802; the Ives campaign, d4801) is an optional
speaker of the release's unattributed lines (the d1902 Irvin precedent). Resolutions are documents,
not speakers; voting, filing, signing, celebrating and dismissing are actions. Outlets passing words
along (Fox Business, the State-Journal Register) are cited outlets. They were made by reading the
article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zv.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import DOWNEY, EMANUEL, HOMAN, MAYOR_OFFICE

ARTICLES, MANIFEST, GOLD = part_files("fresh-zv", "gold-fresh-zv.jsonl")


KILLEEN = "Timothy Killeen"
MCINTYRE = "Kait McIntyre"
PADILLA = "Joe Padilla"
IVES = "Jeanne Ives"
ACLU_IL = "ACLU of Illinois"
YOHNKA = "Ed Yohnka"
DEVANE = "Dave Devane"
MCHENRY_COUNTY = "McHenry County"
KANKAKEE_COUNTY = "Kankakee County"
KANKAKEE_SHERIFF_OFFICE = "Kankakee County Sheriff's Office"
ICIRR = "Illinois Coalition for Immigrant and Refugee Rights"
KENNEALLY = "Patrick Kenneally"
ISA = "Illinois Sheriffs' Association"
CHILDRESS = "Tony Childress"
BARICKMAN = "Jason Barickman"
PARKHURST = "Lindsay Parkhurst"
LATINO_CAUCUS = "Illinois Legislative Latino Caucus"

IVES_RELEASE = ("the release's issuer, named only in its label line ('* From the Jeanne Ives campaign'); the line is "
                "the release's own voice, not attributed speech")
MAYOR_RELEASE = ("the release's issuer, named only in its label lines ('City of Chicago', 'Mayor's Press Office'); the "
                 "line is the release's own voice, not attributed speech")
COUNTIES_FILING = ("the claim is the lawsuit's ('The lawsuit argued'): the plaintiff counties named in #1 speaking "
                   "through their filing")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d4800_daily-illini"] = [
    T("headline", "Headline ('Protesters demand University reverses sanctuary campus decision')."),
    B("timestamp_label", "Date line ('January 19, 2017')."),
    C("supports", "About 40 protesters 'urged the University to reverse the decision' not to be a sanctuary campus (a protest for limits on cooperation with immigration enforcement; alternative: neutral, the rally reported as an event).",
      un=["About 40 protesters"], amb=True),
    C("opposes", "Killeen ('he wrote'): the University 'could not establish itself as a sanctuary' and must uphold the law; it could 'jeopardize our institution' (declines sanctuary status; alternative: neutral, legal caution rather than a view on the limits).",
      sp=[S(KILLEEN, "Timothy Killeen")], amb=True),
    C("neutral", "Timeline: the decision came a day after students presented a petition; activists took their demands to the Board (events)."),
    C("supports", "McIntyre ('Kait McIntyre ... said'): 'We just want to make sure the University is a safe space for all students, especially undocumented students'.",
      sp=[S(MCINTYRE, "Kait McIntyre")]),
    C("supports", "Protesters' 'Sanctuary Campus Now' signs; McIntyre and Padilla addressed the Board ('They said'): undocumented students 'too afraid to approach the board' because of the decision.",
      sp=[S(MCINTYRE, "McIntyre"), S(PADILLA, "Joe Padilla")], un=["protesters"]),
    B("newsletter_prompt", "Newsletter prompt ('Get The Daily Illini in your inbox!')."),
]

ANN["d4801_capitol-fax"] = [
    T("page_title", "Page title bar: site name and the headline ('Capitol - Your Illinois News Radar » Ives pledges to repeal ...')."),
    B("nav_menu", "Site menu ('SUBSCRIBE to Capitol Fax   Advertise Here   Mobile Version ...')."),
    B("subscribe_prompt", "Subscription prompt ('To subscribe to Capitol Fax, click here.')."),
    T("headline", "Post headline ('Ives pledges to repeal “extreme and dangerous” Trust Act')."),
    B("timestamp_label", "Date line ('Wednesday, Jan 3, 2018')."),
    B("source_label", "Source label of the posted release ('* From the Jeanne Ives campaign')."),
    C("opposes", "Release voice: Jerry Brown 'has found a political role model' in Rauner, 'allowing a sanctuary state law to take effect' (sarcasm against both sanctuary laws).",
      opt=[O(IVES, IVES_RELEASE)]),
    C("opposes", "Homan (on Fox Business): California's choice 'a political decision. Not a law enforcement decision'; it 'put American communities at risk'; 'If politicians in California don’t want to protect their communities, ICE will.'",
      sp=[S(HOMAN, "Thomas Homan", "Homan")], out=["Fox Business"]),
    C("opposes", "Lead-in: Ives 'released the following statement in response' (announces her statement against the TRUST Act).",
      sp=[S(IVES, "Jeanne Ives")]),
    C("opposes", "Ives (continues #8): Rauner 'made a sanctuary state by signing SB31'; 'Sanctuary policies make all of us less safe'; 'I will lead the charge'.",
      sp=[S(IVES)]),
]

ANN["d4802_democracy-in-action"] = [
    B("issuer_label", "Issuer label ('City of Chicago')."),
    B("issuer_label", "Issuer label ('Mayor's Press Office')."),
    B("timestamp_label", "Date line ('April 19, 2018')."),
    T("headline", "Release headline ('Emanuel, Senator Durbin and City Officials Celebrate Seventh Circuit ... Affirmation ...')."),
    T("dek", "Dek ('Appellate Court Rules in Favor of Federal District Court Ruling Installing a Nationwide Injunction ...')."),
    C("supports", "Release voice: Emanuel, Siskel, aldermen and others 'celebrated the ruling' upholding the injunction against DOJ's conditions on a grant with 'critical crime prevention funds' (celebrating is an action, but the release frames it as a win for the city's policy).",
      opt=[O(MAYOR_OFFICE, MAYOR_RELEASE)]),
    C("supports", "Emanuel ('said Mayor Emanuel'): 'We will not be bullied, intimidated or coerced into making a false choice between our values as a welcoming city and the principles of community policing'.",
      sp=[S(EMANUEL, "Emanuel")]),
]

ANN["d4803_mchenry-county-blog"] = [
    T("headline", "Post headline ('Law and Justice Committee Votes 6-2 Against Ending ICE Contract')."),
    C("neutral", "Author's lead-in: the issue of the day, put on the agenda by Chairman Jack Franks (introduces the resolution's text)."),
    T("document_title", "Title of the quoted resolution, in capitals ('RESOLUTION TO CANCEL THE INTERGOVERNMENTAL AGREEMENT ...'; alternative: content, neutral, as part of the quoted document).",
      amb=True),
    C("neutral", "Resolution text: the 2003 agreement to house and transport federal immigration detainees (history)."),
    C("neutral", "Resolution text: the Board directs the chairman to cancel the ICE agreement by November 30, 2020 (a document's operative clause; alternative: supports, it proposes ending the county's ICE contract).",
      amb=True),
    C("neutral", "Resolution text: the clerk is to distribute copies (procedure)."),
    B("document_date", "The resolution's date line ('DATED at Woodstock, Illinois, this 18th day of August, A.D., 2020.')."),
    B("signature_block", "The resolution's signature line ('_____ Jack D. Franks, Chairman McHenry County Board')."),
    C("opposes", "Author: the resolution 'provides no reasons ..., no details on the costs and savings, no nothing' (dismisses the move to end the ICE contract; alternative: neutral, a procedural complaint).",
      amb=True),
    C("opposes", "Author: Franks acted 'to please the faction of the Democratic Party led by' Carlos Acosta (hostile framing of the move to end the contract; alternative: neutral, county politics).",
      amb=True),
    C("neutral", "Author's note naming the next public commenter ('Richmond organic farmer.'); no view."),
    C("supports", "A commenter 'complains about ICE', calls the contract a 'racist, money-raising concept' to end (the author's summary of the witness).",
      un=["Organic famer commenter from Richmond"]),
    C("supports", "A teacher 'says today marks an opportunity for McHenry County to show what it stands for' (urging the Board to end the contract; alternative: neutral, the view is only implied).",
      un=["A Crystal Lake female teacher"], amb=True),
    C("neutral", "Author's note naming the next witness ('Activist for Social Equity witness from Crystal Lake.'); no view."),
]

ANN["d4804_wnij"] = [
    C("supports", "The ACLU of Illinois 'is criticizing' the sheriffs' suit against the Trust Act (an organisation speaking as itself, for the Act); what the Act restricts.",
      sp=[S(ACLU_IL, "ACLU of Illinois")]),
    C("supports", "Yohnka ('He said'): the suit is 'an attempt to retroactively justify previous alleged violations'; the speed-limit analogy.",
      sp=[S(YOHNKA, "Ed Yohnka", "Yohnka")]),
    C("opposes", "Devane ('Devane stated', 'He continued'): the suit dates back to Rauner's 2017 signing and has 'nothing to do with the ACLU's litigation' (defends the sheriffs' suit against the Act; alternative: neutral, about the suit's timing).",
      sp=[S(DEVANE, "Dave Devane", "Devane")], amb=True),
    C("opposes", "Devane ('He said'): 'illegal aliens ... will continue to be released directly to Illinois communities'; sheriffs 'required to release potentially dangerous inmates' (the sheriffs' claim that the law prevents them from protecting communities).",
      sp=[S(DEVANE, "Devane")]),
]

ANN["d4805_fox-32"] = [
    T("headline", "Headline ('Lawsuit by Kankakee, McHenry counties to keep ICE detention center agreements has been dropped')."),
    C("neutral", "The counties' lawsuit against the Way Forward Act 'was dismissed on Monday' (an action, reported)."),
    C("neutral", "What the Act bans; Pritzker signed it; ICE jail agreements must end Jan. 1 (description; signing is an action)."),
    C("opposes", "The lawsuit's claim ('The lawsuit argued') that the Act 'violates the Supremacy Clause' (the plaintiff counties through their filing).",
      opt=[O(MCHENRY_COUNTY, COUNTIES_FILING), O(KANKAKEE_COUNTY, COUNTIES_FILING)]),
    C("opposes", "Downey ('Kankakee County Sheriff Mike Downey said in a statement'): the ruling 'extremely disheartening', 'a clear overreach by the IL General Assembly and Governor Pritzker'.",
      sp=[S(DOWNEY, "Mike Downey")]),
    C("neutral", "Kankakee County has housed ICE detainees since October 2016, 'according to a news release from the Kankakee Sheriff's Office' (a fact).",
      opt=[O(KANKAKEE_SHERIFF_OFFICE, "the fact's source ('according to a news release from the Kankakee Sheriff's Office'), a release rather than a view", "Kankakee Sheriff's Office")]),
    B("newsletter_prompt", "Newsletter prompt ('SUBSCRIBE TO THE FOX 32 NEWSLETTER')."),
]

ANN["d4806_my-huntley-news"] = [
    T("headline", "Headline ('McHenry County State’s Attorney’s Office ‘disappointed’ regarding the dismissal of a federal lawsuit to keep ICE contract')."),
    C("neutral", "The County Board voted on May 18 against ending the ICE contract (a vote, reported)."),
    C("neutral", "The contract's history since 2005 (background)."),
    C("neutral", "Transition: 'a victory for supporters of the ICE contract' but not 'the end for those looking to fully dissolve any involvement' (both sides named, no view)."),
    C("neutral", "The House passed the Way Forward Act 68-47; what it would do, 'according to the Illinois Coalition for Immigration and Refugee Rights' (description).",
      sp=[S(ICIRR, "Illinois Coalition for Immigration and Refugee Rights")]),
    C("supports", "ICIRR ('ICIRR states'): the Act's goal 'is to protect immigrants from facing deportation should they interact with local law enforcement'.",
      sp=[S(ICIRR, "ICIRR")]),
    C("neutral", "Pritzker signed SB 667 on Aug. 2; Illinois the second state to require ending ICE partnerships (an action and a fact)."),
    C("opposes", "Kenneally 'released a statement that his office would be filing a federal lawsuit' challenging SB 667 (announces a challenge to the law; alternative: neutral, an announced action).",
      sp=[S(KENNEALLY, "Patrick Kenneally")], amb=True),
]

ANN["d4807_wgn-tv"] = [
    C("opposes", "The Illinois Sheriffs’ Association and Republican lawmakers are 'sounding off' about a policy 'they say is making communities less safe'.",
      sp=[S(ISA, "Illinois Sheriffs’ Association")], un=["Republicans lawmakers"]),
    C("neutral", "The sheriffs ('The sheriffs say') describe the directive: stop coordinating with ICE on releases (what the policy is).",
      un=["The sheriffs"]),
    C("opposes", "Downey ('said Mike Downey'): 'more dangerous felonies in our communities because of this policy change'.",
      sp=[S(DOWNEY, "Mike Downey")]),
    C("neutral", "Downey ('Downey says'): ICE approached him in 2018 to coordinate pickups and transfers (history).",
      sp=[S(DOWNEY, "Downey")]),
    C("neutral", "Downey ('The sheriff says'): 223 transferred last year; officials cancelled the process in January (facts).",
      sp=[S(DOWNEY, "The sheriff")]),
    C("opposes", "Childress ('said Tony Childress'): 'unconscionable. Dangerous'; 'We urge Governor Pritzker to reverse this policy'.",
      sp=[S(CHILDRESS, "Tony Childress")]),
    C("opposes", "Downey ('according to Downey'): felons 'would be released ... into local communities' (the danger warning; alternative: neutral, the directive's effect described).",
      sp=[S(DOWNEY, "Downey")], amb=True),
    C("opposes", "Downey ('claimed Downey'): 'No transfer, no pick up ... Just released.'",
      sp=[S(DOWNEY, "Downey")]),
    C("opposes", "Barickman ('said State Sen. Jason Barickman'): 'a radical shift in public policy that puts the people of Illinois at risk'.",
      sp=[S(BARICKMAN, "Jason Barickman")]),
    C("opposes", "Parkhurst ('said State Rep. Lindsay Parkhurts'): the 223 'safely transported and deported' were 'murders, ... rapists, ... child molesters'.",
      sp=[S(PARKHURST, "Lindsay Parkhurts")]),
    C("supports", "Lead-in: the Latino Caucus 'released this sharply worded response calling the Republican rhetoric “racist.”' (announces the defence of the policy).",
      sp=[S(LATINO_CAUCUS, "Illinois Legislative Latino Caucus")]),
]

ANN["d4808_wlds"] = [
    C("opposes", "The Illinois Sheriff’s Association and local officials held a press conference 'to push back against' the directive; 'No reason ... has been given by the governor’s office'.",
      sp=[S(ISA, "Illinois Sheriff’s Association")], un=["local law enforcement officials"]),
    C("neutral", "The previous and the new policy: transfers via Pontiac to the Kankakee jail for ICE; now releases into communities (description)."),
    C("neutral", "The 223 transferred in 2019 and their convictions, 'according to the State-Journal Register' (figures; alternative: opposes, the crime list serves the sheriffs' warning).",
      out=["State-Journal Register"], amb=True),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d4800_daily-illini.txt", "outlet": "The Daily Illini (dailyillini.com, student newspaper)", "date": "2017-01-19",
     "title": "Protesters demand University reverses sanctuary campus decision",
     "url": "https://dailyillini.com/news-stories/2017/01/19/protesters-demand-university-reverses-sanctuary-campus-decision"},
    {"file": "d4801_capitol-fax.txt", "outlet": "Capitol Fax (capitolfax.com; a posted Jeanne Ives campaign release)", "date": "2018-01-03",
     "title": "Ives pledges to repeal “extreme and dangerous” Trust Act",
     "url": "https://capitolfax.com/2018/01/03/ives-pledges-to-repeal-extreme-and-dangerous-trust-act/"},
    {"file": "d4802_democracy-in-action.txt", "outlet": "Democracy in Action (democracyinaction.us; a City of Chicago Mayor's Press Office release)", "date": "2018-04-19",
     "title": "Emanuel, Senator Durbin and City Officials Celebrate Seventh Circuit Court of Appeals Affirmation Supporting Injunction Against Trump Justice Department",
     "url": "https://www.democracyinaction.us/doj012418ltr.html"},
    {"file": "d4803_mchenry-county-blog.txt", "outlet": "McHenry County Blog (mchenrycountyblog.com)", "date": "2020-07-28",
     "title": "Law and Justice Committee Votes 6-2 Against Ending ICE Contract",
     "url": "https://mchenrycountyblog.com/2020/07/28/149259/"},
    {"file": "d4804_wnij.txt", "outlet": "WNIJ Northern Public Radio (northernpublicradio.org)", "date": "2020-03-19",
     "title": "ACLU snaps back at Trust Act lawsuit (from the URL slug; no headline in the stored text)",
     "url": "https://www.northernpublicradio.org/illinois/2020-03-19/aclu-snaps-back-at-trust-act-lawsuit"},
    {"file": "d4805_fox-32.txt", "outlet": "FOX 32 Chicago (fox32chicago.com)", "date": "2021-12",
     "title": "Lawsuit by Kankakee, McHenry counties to keep ICE detention center agreements has been dropped",
     "url": "https://fox32chicago.com/news/lawsuit-by-kankakee-mchenry-counties-to-keep-ice-detention-centers-in-illinois-has-been-dropped"},
    {"file": "d4806_my-huntley-news.txt", "outlet": "My Huntley News (myhuntleynews.com)", "date": "2021-12-17",
     "title": "McHenry County State’s Attorney’s Office ‘disappointed’ regarding the dismissal of a federal lawsuit to keep ICE contract",
     "url": "https://myhuntleynews.com/2021/12/17/mchenry-county-states-attorneys-office-disappointed-regarding-the-dismissal-of-a-federal-lawsuit-to-keep-ice-contract"},
    {"file": "d4807_wgn-tv.txt", "outlet": "WGN-TV (wgntv.com)", "date": "2020-02-26",
     "title": "Illinois sheriffs, Republican lawmakers say Pritzker immigration policy makes communities less safe (from the URL slug; no headline in the stored text)",
     "url": "https://wgntv.com/2020/02/26/illinois-sheriffs-republican-lawmakers-say-pritzker-immigration-policy-makes-communities-less-safe/"},
    {"file": "d4808_wlds.txt", "outlet": "WLDS (wlds.com, Jacksonville radio)", "date": "2020-02",
     "title": "Law enforcement opposes new DOC directive on the release of undocumented felons (from the URL slug; no headline in the stored text)",
     "url": "https://wlds.com/law-enforcement-opposes-new-doc-directive-on-the-release-of-undocumented-felons/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d48")
