#!/usr/bin/env python3
"""Dev set, part AG (files d5900-d5909): hand annotations -> fresh-ag/gold-fresh-ag.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 10 outlets, dated 2022-2025 by their
own text, URL or date line (a second helper built a part from the other years at the same time), no URL
or title shared with any other part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol
News Illinois or Center Square copy. All ten are about Illinois; d5903 (Townhall) is about migrant
buses sent to "sanctuary" Chicago rather than about police cooperation, and d5904 (a Reddit thread)
about the 2024 county "non-sanctuary" resolutions. The annotations follow /work/shared/eval/seeds/NOTES.md
(speaker rules, field conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of the
earlier parts (models: build_gold_s.py and build_gold_y.py): canonical names from canonical.py where they
apply (Kwame Raoul, Lori Lightfoot, Office of the Illinois Attorney General), otherwise the fullest form
the article gives, titles dropped ("DuPage County Sheriff James Mendrick" -> James Mendrick, "Alderman
Byron Sigcho-Lopez" -> Byron Sigcho-Lopez, "Member Michael Danforth" -> Michael Danforth, "D.C. Attorney
General Karl Racine" -> Karl Racine). A person speaking for an organisation is the person only; an
organisation speaking as itself is a speaker (the McHenry County Sheriff's Office "said", d5900 #10).
"The Alderman" (d5905 #7) is Sigcho-Lopez, named two lines before; "he said" (d5900 #5) is Elizarraraz,
named in the line before (empty alias list). Page-owner voices are optional speakers, as in the d1902
Irvin and d2509 River Forest precedents: the City of Evanston on the content lines of its own resolution
(d5907) and Rep. Dennis Tipsword on his own post (d5909, named only in the site's domain). Reported
positions without words are optional: the five Lake County board members the author says "defended the
excesses of ICE" (d5906 #0), Racine as leader of a coalition that argued through its brief (d5901), the
Attorney General's office behind "According to the initial data compiled by Raoul’s Civil Rights Bureau"
(d5902 #0), ICIRR whose case Elizarraraz helps make (d5900 #6), Lightfoot's letter reported in a tweet
under "@chicagosmayor" and that tweet's author Ryan Johnson, credited only in the next line (d5903 #4).
Forum commenters and podcast hosts writing in their own voice are not speakers (like an op-ed author).
Signing, voting, introducing resolutions or amendments, authorizing signs, suing and "pushed for" are
actions; resolutions, signs and ordinances are documents. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_ag.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import AG_OFFICE, LIGHTFOOT, RAOUL

ARTICLES, MANIFEST, GOLD = part_files("fresh-ag", "gold-fresh-ag.jsonl")


ELIZ = "Cesar Mauricio Elizarraraz"
ICIRR = "Illinois Coalition for Immigrant and Refugee Rights"
MCHENRY_SO = "McHenry County Sheriff's Office"
RACINE = "Karl Racine"
ABBOTT = "Greg Abbott"
RJOHNSON = "Ryan Johnson"
SIGCHO = "Byron Sigcho-Lopez"
DANFORTH = "Michael Danforth"
MAINE = "Ann Maine"
SCHLIK = "Adam Schlik"
PEDERSON = "Linda Pederson"
HUNTER = "J. Kevin Hunter"
CAMPOS = "Esiah Campos"
EVANSTON = "City of Evanston"
MENDRICK = "James Mendrick"
TIPSWORD = "Dennis Tipsword"

RESOLUTION_VOICE = ("the line is the resolution's own text on the City of Evanston's document page (the city's voice as "
                    "author), not attributed speech")
TIPSWORD_VOICE = ("the post is Rep. Tipsword's own text on his site (reptipsword.com); he is named only in the domain, "
                  "not in the text")
FIVE_MEMBERS = ("named by the author as one of the 'five members' who 'defended the excesses of ICE'; the author's "
                "characterization of their position, no words given")
RACINE_COALITION = ("leads the coalition that 'argued in an amicus brief'; the words are the coalition's filing, not his")
AG_DATA = ("'According to the initial data compiled by Raoul’s Civil Rights Bureau': the office's compiled data, a "
           "document rather than speech")
ICIRR_CASE = ("the organisation whose case Elizarraraz 'has been helping' to show; it is given no words of its own")
ELIZ_ACTIVIST = ("named as one of the 'activists' who 'pushed for' the detainees' release; advocacy reported without words")
TWEET_AUTHOR = ("the line is the text of an embedded tweet whose author is credited only in the next line "
                "('— Ryan Johnson (@Ryan_Johnson)')")
MAYOR_LETTER = ("the tweet reports the mayor's letter ('@chicagosmayor sent a letter ... urging'); her words are not given")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d5900_shaw-local-northwest-herald"] = [
    T("headline", "Headline ('McHenry County Jail empty of ICE detainees as contract terms expire this week')."),
    B("photo_caption", "Photo caption ('Alejandro Ortiz, speaks about his experience being detained ... Feb. 1, 2022 ...')."),
    C("neutral", "Narrative: 'By one version', a father of five taken in 2019 and held for almost two years (the family's account of an ICE arrest; no view on local cooperation)."),
    C("neutral", "Author: 'The U.S. immigration system has another version' — the agency's full authority to detain Elizarraraz at the county jail (the other side, set out evenly)."),
    C("neutral", "Activists such as Elizarraraz 'pushed for' the detainees' release rather than transfer as the county emptied its jail (advocacy reported as an action; alternative: supports, the activists' campaign against ICE detention in county jails).",
      opt=[O(ELIZ, ELIZ_ACTIVIST, "Elizarraraz")], un=["activists"], amb=True),
    C("neutral", "Elizarraraz ('he said'): 'It was horrible being away from my family' (personal harm of detention; alternative: supports, offered in a story against jail contracts with ICE).",
      sp=[S(ELIZ)], amb=True),
    C("supports", "Elizarraraz helps ICIRR 'show that legislation such as the Illinois Forward Act is a more humane way to work with immigrants' (the Way Forward Act, which ended ICE detention in county jails, praised).",
      sp=[S(ELIZ, "Elizarraraz")], opt=[O(ICIRR, ICIRR_CASE, "Illinois Coalition for Immigrant and Refugee Rights")]),
    B("photo_caption", "Photo caption ('Kristin Glauner-Elizarraraz, third from left, ... at their September 2021 wedding ...')."),
    C("neutral", "Pritzker signed the Way Forward Act; it ended immigrant detention in the state (an action and what the law does)."),
    C("neutral", "The county's contract had to end; notice given to ICE on Jan. 13 (facts)."),
    C("neutral", "The McHenry County Sheriff's Office ('said'): 25 detainees remained on Feb. 1; the last was gone by Feb. 5 (figures).",
      sp=[S(MCHENRY_SO, "McHenry County Sheriff’s Office")]),
]

ANN["d5901_law360"] = [
    C("supports", "Byline and lede in one line: sixteen Democratic attorneys general 'are defending' the Illinois law phasing out detention contracts, 'saying the policy does not interfere' with federal enforcement; the coalition 'argued' the Way Forward Act should be upheld (the counties' contrary claims only mentioned).",
      opt=[O(RACINE, RACINE_COALITION, "Karl Racine")], un=["Sixteen attorneys general of Democratic-led states", "The coalition"]),
]

ANN["d5902_cook-county-record"] = [
    C("neutral", "Raoul released preliminary statistics; agencies 'overwhelmingly reported' compliance with 'two state laws designed to build trust between police departments and immigrant communities' (a report of data; alternative: supports, the release's framing of the laws).",
      opt=[O(AG_OFFICE, AG_DATA, "Raoul’s Civil Rights Bureau")], amb=True),
    C("neutral", "What the Way Forward Act requires and what the TRUST and VOICES Acts do: 'enacted to increase trust and cooperation' by keeping police out of federal immigration enforcement (what the laws provide; alternative: supports, their stated purpose).",
      amb=True),
    C("supports", "Raoul ('Raoul said'): the laws are effective only if enforced; compliance with 'these vitally-important public safety laws will build safer communities for all'.",
      sp=[S(RAOUL, "Raoul")]),
    C("neutral", "The Way Forward Act empowers the office to enforce compliance, 'making the reporting requirements vital to ensuring ... immigrant communities are protected'; first reports due March 1, 2023 (mostly facts; alternative: supports, the framing of the reporting as protecting immigrants).",
      amb=True),
]

ANN["d5903_townhall"] = [
    C("neutral", "Author: Lightfoot 'begged' Abbott over more migrant buses after Title 42 (about busing, not local cooperation; 'begged' is slanted wording only; alternative: opposes, the mocking frame of the sanctuary city's plea).",
      sp=[S(LIGHTFOOT, "Lori Lightfoot")], amb=True),
    C("neutral", "Lightfoot ('Lightfoot wrote'): 'Chicago is a Welcoming City' but Abbott's uncoordinated buses brought 'a critical tipping point' (shelter capacity, not police cooperation; alternative: supports, the Welcoming City identity restated).",
      sp=[S(LIGHTFOOT, "Lightfoot")], amb=True),
    C("neutral", "Lightfoot ('she added'): 'We have simply no more shelter, spaces, or resources' (capacity; no view on the policy).",
      sp=[S(LIGHTFOOT)]),
    C("neutral", "Lightfoot ('Lightfoot noted'): the 'self-declared sanctuary city' has taken in over 8,000 people; author: a number Texas sees almost daily (facts with a dismissive comparison; alternative: opposes, the author belittling the sanctuary city's burden).",
      sp=[S(LIGHTFOOT, "Lightfoot")], amb=True),
    C("neutral", "Embedded tweet text: '@chicagosmayor sent a letter' urging Abbott to stop the 'inhumane and dangerous' busing (about buses, not local cooperation).",
      opt=[O(LIGHTFOOT, MAYOR_LETTER, "@chicagosmayor"), O(RJOHNSON, TWEET_AUTHOR)]),
    C("neutral", "The tweet's second line and credit ('We are aware that Texas is planning to resume bussing ... — Ryan Johnson (@Ryan_Johnson) April 30, 2023').",
      sp=[S(RJOHNSON, "Ryan Johnson")]),
    C("neutral", "Abbott ('Abbott told her'): if she wants people to stop coming, Biden 'needs to end the border crisis' (a lead-in to a quote on border security, not local cooperation).",
      sp=[S(ABBOTT, "Abbott")]),
]

ANN["d5904_reddit-politicaldiscussion"] = [
    B("post_header", "Thread header line: subreddit, moderator flair and date ('r/PoliticalDiscussion Moderator Apr 05 '24')."),
    T("headline", "Thread title ('Megathread | Official Casual Questions Thread')."),
    B("forum_rules", "The moderators' standing thread text ('This is a place for the PoliticalDiscussion community ...')."),
    B("forum_rules", "Rules lead-in ('Please observe the following rules:')."),
    B("forum_rules", "Rules lead-in ('Top-level comments:')."),
    B("forum_rules", "Rule 1 ('Must be a question asked in good faith ...')."),
    B("forum_rules", "Rule 2 ('Must be directly related to politics ...')."),
    B("forum_rules", "Rule 3 ('Avoid highly speculative questions ...')."),
    B("nav_link", "Navigation link ('Link to old thread')."),
    B("forum_rules", "Closing rule line ('Sort by new and please keep it clean in here!')."),
    B("vote_count", "Vote count ('46 Upvotes')."),
    B("comment_sort", "Comment-count and sort widget ('4.9k comments sorted by')."),
    B("nav_link", "Navigation link ('View all comments')."),
    B("vote_count", "Comment score ('2')."),
    B("comment_byline", "Comment byline ('u/mayurimoon2 May 16 '24')."),
    C("neutral", "Commenter: 'Non sanctuanry' resolutions have appeared in several Illinois counties over migrants bused from Texas; their county board will vote on one; they suspect the wording comes from outside the state and ask for its origin (a question, no view on local cooperation; alternative: supports, suspicion of the non-sanctuary push).",
      amb=True),
    B("vote_count", "Comment score ('1')."),
    B("comment_byline", "Comment byline ('u/[deleted] May 17 '24 edited May 17 '24')."),
    C("neutral", "Reply: counties across the country passed resolutions in 2023 against migrants sent from cities; Grundy County and Chicago suburbs in December (facts found)."),
    C("neutral", "A link the reply cites (an ABC7 Chicago story on suburbs and migrant buses); part of the comment, no view."),
    C("neutral", "A second cited link (a WBEZ story on suburbs restricting unscheduled migrant bus drop-offs); part of the comment, no view."),
]

ANN["d5905_iheart-banh-mi-chronicles"] = [
    B("nav_link", "Navigation link ('All Episodes')."),
    B("timestamp_label", "Episode date and length ('October 14, 2025 58 mins')."),
    T("headline", "Episode title ('A State of Emergency: Resisting ICE in Chicago')."),
    B("content_warning", "Content warning and recording note ('Trigger/Content Warning: ... Recorded on Tuesday, 10/13/25 ...')."),
    C("neutral", "Hosts: Chicago in 'a climate of fear and constitutional crisis' after escalated ICE raids; Sigcho-Lopez introduced as 'a leading voice on the front lines of this fight' (against federal raids, not about local cooperation; alternative: supports)."
      , amb=True),
    C("neutral", "Lead-in: 'Alderman Sigcho-Lopez shares a direct, unfiltered account of what is happening on the ground:' (announces a mixed account: raids, the governor, organizing; alternative: supports, the account includes his call to enforce sanctuary policies).",
      sp=[S(SIGCHO, "Sigcho-Lopez")], amb=True),
    C("neutral", "Bullet: 'We discuss evidence of ICE agents violating federal court orders' and acting 'with impunity' (federal conduct, not local cooperation; alternative: supports)."
      , amb=True),
    C("supports", "Bullet: the Alderman's 'sharp critique' of Pritzker and of state and city police's failure 'to protect local residents and enforce existing sanctuary policies' (for sanctuary policies, enforced more strongly).",
      sp=[S(SIGCHO, "The Alderman")]),
    C("neutral", "Bullet: the 25th Ward office works with rapid response networks to track ICE activity and connect families with legal aid (community organizing; alternative: supports, a ward office acting against ICE).",
      amb=True),
    C("neutral", "Bullet: the episode ties the crisis to 'a broader history of systemic oppression' (no view on local cooperation)."),
    C("neutral", "Closing line: 'a call to action to understand your rights and the power of local organizing' (no view on the policy)."),
    B("show_notes", "Show-notes contact list: guest name ('• Alderman Byron Sigcho-Lopez (25th Ward)')."),
    B("show_notes", "Show-notes contact list: office phone."),
    B("show_notes", "Show-notes contact list: a website placeholder ('[Link to 25th Ward website, if applicable]')."),
]

ANN["d5906_lake-county-news-dispatch"] = [
    C("supports", "Author: five members 'defended the excesses of ICE and CBP agents' and 'tried to inhibit a resolution designed to ban federal agents from using Lake County government property'; 'our Lake County property is allowed only for Lake County activities'.",
      opt=[O(DANFORTH, FIVE_MEMBERS, "Michael Danforth"), O(MAINE, FIVE_MEMBERS, "Ann Main"), O(SCHLIK, FIVE_MEMBERS, "Adam Schlik"),
           O(PEDERSON, FIVE_MEMBERS, "Linda Pederson"), O(HUNTER, FIVE_MEMBERS, "J. Kevin Hunter")]),
    C("neutral", "Hart introduced resolution 25-1393, which bars federal agents from county lots and garages (an action and what the resolution does)."),
    C("supports", "The resolution's text quoted: unauthorized use of county property for civil immigration enforcement 'interferes with Lake County Government’s authority' (a document's justification for the limit; alternative: neutral, a document's words quoted).",
      amb=True),
    C("neutral", "Author: 'The first opponent' was Maine, whose amendment sought to strip 'civil immigration enforcement actions' from the text; the debate grew heated (an action reported; alternative: opposes, the move to water down the limit).",
      amb=True),
    C("supports", "Campos ('expressed that') Maine's amendment 'would water down the purpose of the original resolution' and described what the expanded enforcement is about.",
      sp=[S(CAMPOS, "Esiah Campos")]),
    C("opposes", "Danforth ('accused', 'said of ICE', 'directing them'): the resolution is 'kabuki theater'; ICE 'are not doing anything wrong'; 'tone down the rhetoric' (his view dominates; the author's sentence on agents' excessive tactics is a counter-lean; alternative: supports).",
      sp=[S(DANFORTH, "Michael Danforth", "Danforth")], amb=True),
]

ANN["d5907_city-of-evanston"] = [
    T("page_title", "Document page title with the viewer's breadcrumb glued on ('HomeMy WebLinkAboutResolution 93-R-25, Prohibiting the Use of City of Evanston Property ...')."),
    B("timestamp_label", "Document date ('10/13/2025')."),
    B("document_number", "Document number ('93-R-25')."),
    T("headline", "Document heading, first line ('A RESOLUTION')."),
    T("headline", "Document heading, second line ('PROHIBITING THE USE OF CITY PROPERTY FOR FEDERAL CIVIL IMMIGRATION')."),
    T("headline", "Document heading, third line, wrapped ('ENFORCEMENT')."),
    C("neutral", "Fragment: 'WHEREAS, in 2016, the City of Evanston adopted the Welcoming City' (a past action).",
      opt=[O(EVANSTON, RESOLUTION_VOICE, "City of Evanston")]),
    C("neutral", "Fragment: the ordinance's aim, 'to limit local involvement in federal immigration enforcement and to ensure' (what the ordinance does).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("supports", "Fragment: 'all people in Evanston can live with respect, safety, and dignity regardless of' (the ordinance's aim stated in value terms; alternative: neutral, a fragment of a description).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)], amb=True),
    C("neutral", "Fragment: 'immigration or citizenship status; and' (end of the clause).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("neutral", "Fragment: 'in 2017, the State of Illinois passed the TRUST Act, which prohibits' (a fact).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("neutral", "Fragment: what the TRUST Act prohibits ('state and local law enforcement from participating in federal immigration operations')."
      , opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("neutral", "Fragment: 'the City of Evanston simultaneously strengthened its Welcoming City Ordinance in' (a past action).",
      opt=[O(EVANSTON, RESOLUTION_VOICE, "City of Evanston")]),
    C("neutral", "Fragment: 'accordance with the state law; and' (end of the clause).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("neutral", "Fragment: 'in 2025, the City of Evanston again strengthened the Welcoming' (a past action).",
      opt=[O(EVANSTON, RESOLUTION_VOICE, "City of Evanston")]),
    C("supports", "Fragment: the 2025 amendment was 'to provide new safeguards against increasing threats to Evanston’s' (the protections framed as safeguards against threats; alternative: neutral, a fragment).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)], amb=True),
    C("neutral", "Fragment: 'immigrant communities under the incoming federal administration; and' (end of the clause; no view of its own).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("neutral", "Fragment: 'the Welcoming City Ordinance and the TRUST Act prohibit use of' (what the laws do).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("neutral", "Fragment: City resources for civil immigration enforcement, 'including use of City facilities' (what the laws cover).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("neutral", "Fragment: 'like parking lots, vacant lots, and garages for federal civil immigration enforcement' (what the laws cover).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("neutral", "Fragment: 'staging areas, processing locations, or operations bases; and' (end of the clause).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("neutral", "Fragment: 'the Welcoming City Ordinance and the TRUST Act additionally' (start of a clause).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("neutral", "Fragment: 'prohibit use of City resources for on-site support in federal civil immigration enforcement' (what the laws do).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("neutral", "Fragment: 'operations, including establishing traffic perimeters; and' (end of the clause).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    B("page_number", "Page number of the document ('1 of 4')."),
    C("neutral", "Fragment: 'the Welcoming City Ordinance also directs all City facilities to' (what the ordinance does).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("neutral", "Fragment: 'establish public policies that limit federal civil immigration enforcement operations on' (what the ordinance directs).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("neutral", "Fragment: 'their premises to the fullest extent possible consistent with federal and state law; and' (end of the clause).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
    C("neutral", "Fragment: 'WHEREAS, federal agents recently deployed to Illinois and the Chicago' (start of a clause on the federal deployment; no view yet).",
      opt=[O(EVANSTON, RESOLUTION_VOICE)]),
]

ANN["d5908_daily-herald"] = [
    T("headline", "Headline ('Can suburbs, counties enforce ICE bans on government property? Some say no')."),
    C("neutral", "County boards and city councils 'are pushing back' with ordinances and resolutions barring federal agents from public property (actions reported)."),
    C("neutral", "Elgin joined Carpentersville, Batavia and Wheeling; Lake, Will and DuPage counties adopted measures (actions)."),
    C("neutral", "Author: 'questions remain about the enforceability' of the measures (a question raised, no side taken)."),
    C("neutral", "Some DuPage board members asked the state's attorney about the signs; the signs' text ('Immigration Enforcement Only With Judicial Warrant') quoted (a request and a document).",
      un=["some board members"]),
    C("opposes", "Mendrick ('posted on his social media page'): 'These signs have no legal binding'; 'DuPage County theatrics' that no agency can enforce.",
      sp=[S(MENDRICK, "James Mendrick")]),
    C("neutral", "Conroy authorized the signs after the board passed a resolution 'decrying' ICE operations and urging immigration reform; it recognizes the county's right to close property (actions and a document; alternative: supports, the county's resolution against ICE operations).",
      amb=True),
]

ANN["d5909_rep-dennis-tipsword"] = [
    T("headline", "Post title ('Time to Consider Ending Illinois’ Sanctuary State Status')."),
    C("opposes", "Post: the $160 million for migrant aid should go to Illinoisans; 'Failed sanctuary state and city policies are only causing pain and suffering' (against sanctuary policies).",
      opt=[O(TIPSWORD, TIPSWORD_VOICE)]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d5900_shaw-local-northwest-herald.txt", "outlet": "Shaw Local / Northwest Herald (shawlocal.com)", "date": "2022-02-12",
     "title": "McHenry County Jail empty of ICE detainees as contract terms expire this week",
     "url": "https://www.shawlocal.com/northwest-herald/news/local/2022/02/12/mchenry-county-jail-empty-of-ice-detainees-as-contract-expires-this-week/"},
    {"file": "d5901_law360.txt", "outlet": "Law360 (law360.com, paywalled legal news; byline Khorri Atkinson)", "date": "2022-03-04",
     "title": "16 AGs back Illinois over detention contract ban at 7th Circ. (from the URL slug; no headline in the stored text)",
     "url": "https://www.law360.com/articles/1470870/16-ags-back-illinois-over-detention-contract-ban-at-7th-circ-"},
    {"file": "d5902_cook-county-record.txt", "outlet": "Cook County Record (cookcountyrecord.com)", "date": "2023",
     "title": "Attorney General Raoul releases preliminary report on Illinois law enforcement compliance with Way Forward Act (from the URL slug; no headline in the stored text)",
     "url": "https://cookcountyrecord.com/stories/656362198-attorney-general-raoul-releases-preliminary-report-on-illinois-law-enforcement-compliance-with-way-forward-act"},
    {"file": "d5903_townhall.txt", "outlet": "Townhall (townhall.com, Tipsheet; Julio Rosas, named only in the URL)", "date": "2023-05-01",
     "title": "Lori Lightfoot begs Texas to stop sending migrants to the sanctuary city (from the URL slug; no headline in the stored text)",
     "url": "https://townhall.com/tipsheet/juliorosas/2023/05/01/lori-lightfoot-begs-texas-to-stop-sending-migrants-to-the-sanctuary-city-n2622684"},
    {"file": "d5904_reddit-politicaldiscussion.txt", "outlet": "Reddit r/PoliticalDiscussion (comment thread, via the Redlib mirror redlib.nowhere.moe)", "date": "2024-05",
     "title": "Megathread | Official Casual Questions Thread",
     "url": "https://redlib.nowhere.moe/r/PoliticalDiscussion/comments/1bwbuka/casual_questions_thread/l4ctb77/?context=3"},
    {"file": "d5905_iheart-banh-mi-chronicles.txt", "outlet": "The Bánh Mì Chronicles (podcast episode page on iheart.com)", "date": "2025-10-14",
     "title": "A State of Emergency: Resisting ICE in Chicago",
     "url": "https://www.iheart.com/podcast/269-the-bánh-mì-chronicles-51758323/episode/emergency-episode-how-chicago-is-responding-300435135"},
    {"file": "d5906_lake-county-news-dispatch.txt", "outlet": "Lake County News Dispatch (lakecountynewsdispatch.com)", "date": "2025-10-15",
     "title": "Five county board members defend ICE excesses (from the URL slug; no headline in the stored text)",
     "url": "https://www.lakecountynewsdispatch.com/2025/10/15/five-county-board-members-defend-ice-excesses"},
    {"file": "d5907_city-of-evanston.txt", "outlet": "City of Evanston (doccenter.cityofevanston.org, document viewer page)", "date": "2025-10-13",
     "title": "Resolution 93-R-25, Prohibiting the Use of City of Evanston Property for Federal Civil Immigration Enforcement Operations and Providing Direction on Implementation of the Welcoming City Ordinance",
     "url": "https://doccenter.cityofevanston.org/WebLink/DocView.aspx?dbid=0&id=201590&repo=Other-City-Departments"},
    {"file": "d5908_daily-herald.txt", "outlet": "Daily Herald (dailyherald.com)", "date": "2025-11-08",
     "title": "Can suburbs, counties enforce ICE bans on government property? Some say no",
     "url": "https://www.dailyherald.com/20251108/news/can-suburbs-counties-enforce-ice-bans-on-government-property-some-say-no"},
    {"file": "d5909_rep-dennis-tipsword.txt", "outlet": "Rep. Dennis Tipsword (reptipsword.com, a legislator's site)", "date": "2023-11-17",
     "title": "Time to Consider Ending Illinois’ Sanctuary State Status",
     "url": "https://reptipsword.com/2023/11/17/time-to-consider-ending-illinois-sanctuary-state-status/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d59")
