#!/usr/bin/env python3
"""Dev set, part AE (files d5700-d5709): hand annotations -> fresh-ae/gold-fresh-ae.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 10 outlets, every one dated 2022-2025 by
its own text, URL or date line (a second helper built a part from the other years at the same time), all
about Illinois, no URL or title shared with any other part or the seeds, no seed outlet, and no page that
carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square copy. Outlets of earlier
parts are allowed in this part (Shaw Local, Axios, The DePaulia, Restoration News, Chicago City Wire and
cp.soar.com appear in earlier parts or SOURCES files; the articles do not).
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (models: build_gold_s.py
and build_gold_y.py): canonical names from canonical.py where they apply (JB Pritzker, Tom Homan,
Raymond López, U.S. Department of Homeland Security, Office of the Illinois Attorney General, Donald
Trump), otherwise the fullest form the article gives, titles dropped ("Texas Gov. Greg Abbott" -> Greg
Abbott, "Ald. Anthony Beale (9th)" -> Anthony Beale, "Village Attorney Peter Friedman" -> Peter
Friedman, "Chief of UIC Police" Kevin Booker -> Kevin Booker, "Ald. Ray Lopez" -> Raymond López with
the alias "Ray Lopez"). A person speaking for a body is the person (Booker and Coronado for UIC's email,
d5708 #6); an organisation speaking as itself is a speaker ("UIC addressed", d5708 #4; "Student Affairs
reaffirmed", d5706 #6; the Department of Homeland Security "announced" and its unnamed spokesperson,
d5706 #2-#3); a quote continuing an attribution keeps the speaker with an empty alias list (Beale's
second quote, d5702 #11; the UIC email after "was sent by", d5708 #6).
Publisher's and documents' voices are optional speakers, as in the d1902 Irvin and d2509 River Forest
precedents: the letter writer Beth Findley-Smith, named only in the caption and the signature, on her
letter's first-person lines (d5700); the Illinois Attorney General's office on its own web page
(d5703); the Kane County Board in the WHEREAS clauses of its resolution that name it ("is committed",
"affirms", d5705). Executive Order 2025-06 (d5704) and the Kane County resolution are documents; its
WHEREAS clauses are labelled for stance by their framing, with no speaker. Signing, declaring,
calling up the Guard, sending buses, skipping a meeting and issuing guidance are actions. The Wall
Street Journal (d5701, d5706), The New York Times and The Washington Post (d5706) only pass words along:
cited outlets. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_ae.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import AG_OFFICE, DHS, HOMAN, LOPEZ, PRITZKER, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("fresh-ae", "gold-fresh-ae.jsonl")


FINDLEY = "Beth Findley-Smith"
ABBOTT = "Greg Abbott"
GRASSO = "Gary Grasso"
BEALE = "Anthony Beale"
KANE_BOARD = "Kane County Board"
DEPAUL_SA = "DePaul Division of Student Affairs"
NEWSOME = "Terry Newsome"
UIC = "University of Illinois-Chicago"
BOOKER = "Kevin Booker"
CORONADO = "John Coronado"
FRIEDMAN = "Peter Friedman"

LETTER_VOICE = ("the letter's writer, named only in the caption and the signature ('Beth Findley-Smith wrote a letter', "
                "'Beth Findley Smith'); the line is the letter's own first-person voice, not attributed speech")
AG_VOICE = ("the page is the Attorney General's own web page ('Office of the Illinois Attorney General'); the line "
            "is the publisher's voice, not attributed speech")
KANE_VOICE = ("the line is a WHEREAS clause of the County Board's own resolution (a document) naming the Board "
              "('is committed', 'affirms'); the resolution's voice rather than attributed speech")
EMAIL_SENDERS = "the email's senders are named ('was sent by'), but the line gives none of its words"
TRUMP_ANNOUNCEMENT = "Trump's announcement is reported only as the occasion of UIC's email, with none of its words"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d5700_shaw-local"] = [
    B("photo_caption", "Caption of the page's letters image, with credit ('Letter to the editor for La Salle County: ... (Shaw Local News Network)')."),
    B("salutation", "The letter's salutation ('To the Editor:'), no content."),
    C("opposes", "Letter writer: 'full support for the La Salle County Board’s potential initiative to declare our county a nonsanctuary county', anchored in 'the rule of law'.",
      opt=[O(FINDLEY, LETTER_VOICE)]),
    C("opposes", "Letter writer: 'enforcing immigration laws is not only a legal obligation but also a crucial step in safeguarding the well-being of our residents'.",
      opt=[O(FINDLEY, LETTER_VOICE)]),
    C("opposes", "Letter writer: compassion is 'paramount' but the 'strain on our local resources' must count; 'A nonsanctuary resolution strikes a balance' (the concession serves the argument).",
      opt=[O(FINDLEY, LETTER_VOICE)]),
    C("opposes", "Letter writer: 'I urge our citizens to rally behind this resolution'.",
      opt=[O(FINDLEY, LETTER_VOICE)]),
    C("opposes", "Letter writer's close: 'by upholding the rule of law we are ensuring a prosperous and secure future' (continues the case for the non-sanctuary resolution; alternative: neutral, no policy named in the line).",
      opt=[O(FINDLEY, LETTER_VOICE)], amb=True),
    B("signature", "Signature: the writer's name ('Beth Findley Smith')."),
    B("signature", "Signature: the writer's office ('La Salle County Board member, District 4')."),
]

ANN["d5701_adn-america"] = [
    B("section_label", "Section label ('Immigration')."),
    T("headline", "Headline ('Illinois declares emergency over Texas migrant buses')."),
    T("dek", "Dek ('The governor also called up 75 members of the Illinois National Guard.')."),
    B("date_line", "Publication time ('September 15, 2022 5:46pm')."),
    B("updated_line", "Update time ('Updated: September 15, 2022 9:38pm')."),
    C("neutral", "Pritzker 'declared an emergency disaster proclamation' as asylum seekers arrive from Texas (an action)."),
    C("neutral", "About 500 migrants have arrived since the first Texas bus, 'said state officials' (counts).",
      un=["state officials"]),
    C("neutral", "Pritzker ('Mr. Pritzker said'): the state is doing everything to support local jurisdictions in 'this humanitarian response' (about aid to migrants, not local cooperation with ICE).",
      sp=[S(PRITZKER, "Pritzker")], out=["The Wall Street Journal"]),
    C("neutral", "The Guard called up; the proclamation streamlines coordination among local governments (facts)."),
    C("neutral", "Abbott and Ducey began sending migrants to Democrat-led cities 'after months of inaction from the Biden administration' (the author's jab is at federal border policy, not at sanctuary rules)."),
    C("opposes", "Abbott ('calling upon its mayor') challenges Lightfoot to 'honor her city’s “sanctuary” law that limits cooperation with federal immigration enforcement' (the taunt of the busing; alternative: neutral, a report of what he asked).",
      sp=[S(ABBOTT, "The Texas governor")], amb=True),
    C("opposes", "Abbott ('Abbott said in a statement'): Lightfoot 'loves to tout' welcoming all; he looks forward to 'seeing this responsibility in action' in 'a sanctuary city' (sanctuary status mocked through its consequences).",
      sp=[S(ABBOTT, "Abbott")]),
    C("neutral", "Grasso 'blasted Lightfoot and state authorities' for not consulting him before busing migrants to a Burr Ridge hotel (about shelter placement, not local cooperation).",
      sp=[S(GRASSO, "Gary Grasso")]),
]

ANN["d5702_axios"] = [
    B("date_line", "Date and section ('Nov 2, 2023 - Politics')."),
    T("headline", "Headline ('Chicago City Council punts on sanctuary city debate — for now')."),
    B("image_alt", "Description of the illustration ('Illustration of Chicago City Hall with lines radiating from it.')."),
    B("photo_credit", "Illustration credit ('Illustration: Brendan Lynch/Axios')."),
    C("neutral", "A group of alders 'tried but failed to put a sanctuary city referendum on the spring 2024 ballot' (an event).",
      un=["a group of alders"]),
    C("neutral", "'Why it matters': the avoided vote shows 'deepening citywide divisions' over the migrant crisis (author's analysis, even-handed)."),
    C("neutral", "The meeting ended one person short of the 26-member quorum (procedure)."),
    C("neutral", "Progressive alders skipped the meeting or stayed outside to deny a quorum (actions, no words).",
      un=["Several progressive alders"]),
    C("neutral", "Flashback: Washington designated Chicago a sanctuary city in 1985; what that means (background)."),
    C("opposes", "Several alders 'want the city to reevaluate that status, citing limited municipal resources' (a push to roll back sanctuary status).",
      un=["Several alders"]),
    C("opposes", "Beale ('Ald. Anthony Beale (9th) said'): 'I have a bleeding heart for people that come here' (a concession opening his case for the referendum; alternative: neutral, sympathy for migrants).",
      sp=[S(BEALE, "Anthony Beale")], amb=True),
    C("opposes", "Beale's quote continued: 'I'm with that, but ... I'm with my people more' (his priority against sanctuary spending; alternative: neutral, no policy named).",
      sp=[S(BEALE)], amb=True),
    C("neutral", "Lopez, a co-sponsor, 'asked the sergeant-at-arms to physically bring in the alders' staying outside (procedure; alternative: opposes, the referendum backers' push for a vote).",
      sp=[S(LOPEZ, "Ray Lopez")], amb=True),
    C("neutral", "A quorum was made with remote alders, but officials 'decided not to count them, quashing the vote' (procedure).",
      un=["officials"]),
]

ANN["d5703_illinois-attorney-general"] = [
    B("logo", "Logo text ('Illinois Attorney General Logo')."),
    B("site_header", "Site header ('Office of the')."),
    B("site_header", "Site header ('Illinois Attorney General')."),
    B("site_header", "Site header: the office holder's name ('Kwame Raoul')."),
    B("logo", "Logo text repeated ('Illinois Attorney General Logo').", dup=0),
    B("breadcrumb", "Section of the site ('Safer Communities')."),
    T("headline", "Page title ('Law Enforcement and Immigration')."),
    T("subhead", "Subhead ('Law Enforcement Guidance & Reporting on Compliance with the Illinois TRUST Act and VOICES Act')."),
    C("neutral", "What the Way Forward Act amended; 'The TRUST Act generally prohibits local law enforcement in Illinois from participating in immigration enforcement'; what the VOICES Act provides (description).",
      opt=[O(AG_OFFICE, AG_VOICE)]),
    C("neutral", "The office 'has issued updated guidance' that 'clarifies the restrictions on participation in immigration enforcement' (an action and a document, described; alternative: supports, the office enforcing the limits).",
      opt=[O(AG_OFFICE, AG_VOICE, "The Attorney General’s office")], amb=True),
    C("neutral", "Agencies must report their compliance with the TRUST Act and VOICES Act each year (a legal requirement).",
      opt=[O(AG_OFFICE, AG_VOICE)]),
    C("neutral", "The office collected 2022 statistics; the report lists non-reporting agencies as of March 1, 2024 (facts).",
      opt=[O(AG_OFFICE, AG_VOICE, "The Attorney General’s Office")]),
]

ANN["d5704_illinois-accountability-commission"] = [
    B("skip_link", "Accessibility link ('Skip to main content')."),
    T("headline", "Page title ('Executive Order 2025-06')."),
    C("neutral", "Pritzker 'signed and announced Executive Order 2025-06', which forms the commission (an action, described)."),
    B("link_text", "Pointer to the text below ('Read the full Executive Order below.')."),
    B("date_line", "The order's date ('October 23, 2025')."),
    T("headline_repeat", "The order's number repeated as its heading ('Executive Order 2025-06').", dup=1),
    T("document_title", "The order's title, first line ('EXECUTIVE ORDER TO ESTABLISH')."),
    T("document_title", "The order's title, second line ('THE ILLINOIS ACCOUNTABILITY COMMISSION')."),
    C("supports", "Order's framing: Trump 'has repeatedly targeted' Illinois for laws 'including the bipartisan TRUST Act, intended to establish and maintain trust' (criticises federal pressure on the Act)."),
    C("neutral", "Order: Trump deployed DHS to the Chicagoland area for an enforcement 'blitz' last month (an event, in scare quotes)."),
    C("neutral", "Order: federal agents used 'unprecedented, militarized tactics', detaining citizens (criticism of federal raids, not of local cooperation; alternative: supports).",
      amb=True),
    C("supports", "Order: the statute 'purportedly prompting this federal deployment' was signed in 2017 by a Republican governor (disputes the federal rationale and stresses the Act's bipartisan origin; alternative: neutral, a fact about the signing).",
      amb=True),
    C("supports", "Order: the TRUST Act's purpose 'is to bolster community trust in and cooperation with local police' by keeping agencies out of civil immigration enforcement (the trust argument)."),
    C("supports", "Order: trust between residents and police is 'particularly crucial in immigrant communities' fearful of deportation (the trust argument)."),
    C("supports", "Order: the same holds for citizens worried about immigrant relatives (continues the trust argument)."),
]

ANN["d5705_kane-county"] = [
    B("field_label", "Legislation-page field label ('title')."),
    T("headline", "The resolution's title ('Prohibiting the Unauthorized Use of Kane County Owned Parking Lots ... Illinois Accountability Commission Requirements')."),
    B("field_label", "Legislation-page field label ('body')."),
    C("supports", "Resolution: the Board is committed to the safety, dignity and human rights of all residents, including immigrants, 'consistent with the Illinois TRUST Act' (commitment aligned with the Act).",
      opt=[O(KANE_BOARD, KANE_VOICE, "the Kane County Board")]),
    C("neutral", "Resolution: reports and concerns about federal agents and the use of public property 'have highlighted the need for clarity' on County authority (background)."),
    C("neutral", "Resolution: the Board 'affirms that all people, regardless of immigration status, are entitled to dignity, due process, and equal protection' (immigrants' rights, nothing on local cooperation; alternative: supports).",
      opt=[O(KANE_BOARD, KANE_VOICE, "the Kane County Board")], amb=True),
    C("neutral", "Resolution: what the TRUST Act prohibits (detaining on civil detainers, assisting civil enforcement without a judicial warrant) (what the law provides)."),
    C("neutral", "Resolution: Executive Order 25-06 establishes the Illinois Accountability Commission to ensure local compliance with state (the clause breaks here) (description)."),
    C("neutral", "Resolution, the same clause continued: '...laws relating to civil rights ... including the Illinois TRUST Act', and transparency toward the commission (description)."),
    C("neutral", "Resolution: the County's authority over its property, facilities and personnel (description)."),
]

ANN["d5706_the-depaulia"] = [
    C("neutral", "Homan planned 'immigrant raids' in Chicago, 'according to leaked reports'; the Journal and the Times reported 150-200 ICE officers (about federal raids, not local cooperation).",
      un=["leaked reports"], out=["The Wall Street Journal", "The New York Times"]),
    C("neutral", "Homan ('Homan later told The Washington Post') 'hasn’t made a decision yet' on the raids (timing).",
      sp=[S(HOMAN, "Homan")], out=["The Washington Post"]),
    C("neutral", "DHS 'announced it was ending a policy' restricting arrests at 'sensitive' locations (federal policy, not local cooperation).",
      sp=[S(DHS, "the Department of Homeland Security")]),
    C("neutral", "DHS's spokesperson ('said in a statement'): 'Criminals will no longer be able to hide in America’s schools and churches' (about sensitive locations, not local cooperation).",
      sp=[S(DHS, "a Department of Homeland Security spokesperson")]),
    C("neutral", "Past administrations barred ICE from 'sensitive' spaces (background)."),
    C("neutral", "Unknown whether ICE has made arrests in Chicago (status)."),
    C("neutral", "Student Affairs 'reaffirmed its support of all students' (support for students, nothing on cooperation with ICE; alternative: supports).",
      sp=[S(DEPAUL_SA, "Student Affairs")], amb=True),
    C("neutral", "Student Affairs' email ('read an email from'): 'we welcome all students ... regardless of citizenship status' (a welcome, no promise about ICE; alternative: supports).",
      sp=[S(DEPAUL_SA, "DePaul’s Division of Student Affairs")], amb=True),
    C("supports", "DePaul public safety will not ask about immigration status 'and will not assist ICE officers unless presented with a signed judicial warrant' (an actor's refusal to cooperate with ICE)."),
]

ANN["d5707_restoration-news"] = [
    T("headline", "Headline ('INTERVIEW: Chicagoans Want to Overturn Sanctuary Laws, But IL Democrats Put Illegal Aliens First')."),
    T("dek", "Dek ('Sanctuary policies continue to undercut deportation efforts, endanger ICE agents. ...')."),
    C("opposes", "Citizen activists ('according to'): Johnson and Pritzker 'continue to undermine the Trump administration's efforts to detain and deport dangerous criminal illegal aliens'.",
      un=["citizen activists"]),
    C("opposes", "The activists point to 'extreme open border policies' and are 'challenging city and state sanctuary policies that prevent local law enforcement from cooperating with' ICE.",
      un=["Citizen activists"]),
    C("neutral", "Newsome ('told Restoration News'): the SAFE-T Act 'contributed to an atmosphere of lawlessness'; he credits Homan's efforts 'to remove violent criminals' (about cash bail and federal removals, not local cooperation; alternative: opposes, the interview's frame).",
      sp=[S(NEWSOME, "Terry Newsome", "Newsome")], amb=True),
    B("photo_credit", "Image credit ('Credit: Terry Newsome, \"Behind Enemy Lines\" podcast')."),
    C("opposes", "Newsome ('Newsome said'): 'the sanctuary laws in general ... make the situation more dangerous', forcing ICE into the community instead of the jails.",
      sp=[S(NEWSOME, "Newsome")]),
]

ANN["d5708_chicago-city-wire"] = [
    B("photo_caption", "Photo caption with credit ('Kevin Booker, Chief of UIC Police (left), and John Coronado ... | UIC.edu')."),
    B("photo_caption", "The same caption repeated.", dup=0),
    C("neutral", "UIC 'has issued a protocol' on observing ICE on campus, how to 'report the presence' of agents and whom to call (an action and a document, described)."),
    C("neutral", "Author: 'UIC's sanctuary-like policies' are 'drawing scrutiny' after the end of protections for schools (slanted wording, no claim about the policy; alternative: opposes).",
      amb=True),
    C("neutral", "UIC's email ('UIC addressed') took up possible ICE activity and the Guard deployment Trump announced (an event).",
      sp=[S(UIC, "UIC")], opt=[O(TRUMP, TRUMP_ANNOUNCEMENT, "Donald Trump")]),
    C("neutral", "The email's title and its senders, Booker and Coronado (authorship).",
      opt=[O(BOOKER, EMAIL_SENDERS, "Kevin Booker"), O(CORONADO, EMAIL_SENDERS, "John Coronado")]),
    C("neutral", "The email ('the email reads', sent by Booker and Coronado): uncertainty about enforcement; 'Our priority is ensuring that every student ... feels supported, respected and safe on campus' (reassurance, no promise about ICE; alternative: supports).",
      sp=[S(BOOKER), S(CORONADO)], amb=True),
]

ANN["d5709_cp-soar"] = [
    B("ad", "Subscription banner ('Get Full Government Meeting Transcripts, Videos, & Alerts Forever!')."),
    T("headline", "Headline ('Lake Bluff trustees discuss ordinance to restrict use of village property ...; no vote')."),
    B("date_line", "Date and place ('November 14, 2025 | Lake Bluff, Lake County, Illinois')."),
    B("site_disclaimer", "AI-summary disclaimer and error-report link ('This article was created by AI ... Report an error »')."),
    T("headline_repeat", "Headline repeated above the text.", dup=1),
    C("neutral", "Trustees continued discussing a draft ordinance limiting village property for civil immigration enforcement; no vote, staff to revise (actions)."),
    C("neutral", "Friedman ('Friedman said'): anti-commandeering and the Illinois Trust Act constrain local cooperation; 'Local law enforcement agencies cannot detain ... solely on the basis of an immigration detainer' (what the law provides).",
      sp=[S(FRIEDMAN, "Peter Friedman", "Friedman")]),
    C("neutral", "The memo and Friedman's remarks described municipal tools; Friedman 'cautioned' a village cannot physically stop agents on public streets (legal limits).",
      sp=[S(FRIEDMAN, "Friedman")]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d5700_shaw-local.txt", "outlet": "Shaw Local (shawlocal.com, Illinois Valley; letter to the editor by La Salle County Board member Beth Findley-Smith)", "date": "2024-01-04",
     "title": "Letter: La Salle County Board member shares thoughts on non-sanctuary status (from the URL slug; no headline in the stored text)",
     "url": "https://www.shawlocal.com/illinois-valley/2024/01/04/letter-la-salle-county-board-member-shares-thoughts-on-non-sanctuary-status/"},
    {"file": "d5701_adn-america.txt", "outlet": "ADN America (adnamerica.com)", "date": "2022-09-15",
     "title": "Illinois declares emergency over Texas migrant buses",
     "url": "https://adnamerica.com/en/united-states/illinois-declares-emergency-over-texas-migrant-buses"},
    {"file": "d5702_axios.txt", "outlet": "Axios Chicago (axios.com)", "date": "2023-11-02",
     "title": "Chicago City Council punts on sanctuary city debate — for now",
     "url": "https://www.axios.com/local/chicago/2023/11/02/sanctuary-city-referendum-vote-delayed"},
    {"file": "d5703_illinois-attorney-general.txt", "outlet": "Office of the Illinois Attorney General (illinoisattorneygeneral.gov, web page)", "date": "2024",
     "title": "Law Enforcement and Immigration",
     "url": "https://illinoisattorneygeneral.gov/Safer-Communities/Resources-for-Law-Enforcement/Law-Enforcement-And-Immigration/"},
    {"file": "d5704_illinois-accountability-commission.txt", "outlet": "Illinois Accountability Commission (ilac.illinois.gov, State of Illinois web page)", "date": "2025-10-23",
     "title": "Executive Order 2025-06",
     "url": "https://ilac.illinois.gov/about-ilac/executive-order.html"},
    {"file": "d5705_kane-county.txt", "outlet": "Kane County Board (countyofkane.legistar.com, legislation text)", "date": "2025",
     "title": "Prohibiting the Unauthorized Use of Kane County Owned Parking Lots, Vacant Lots, and Garages for Civil Immigration Enforcement Activities and Authorizing Signage to Ensure Compliance with the Illinois Trust Act and Illinois Accountability Commission Requirements",
     "url": "https://countyofkane.legistar.com/LegislationDetail.aspx?FullText=1&GUID=912FD0CC-2E4D-4E17-9A40-AAA0810AE2CF&ID=7743372"},
    {"file": "d5706_the-depaulia.txt", "outlet": "The DePaulia (depauliaonline.com, DePaul University student newspaper)", "date": "2025-01",
     "title": "Know your rights: How DePaul plans to respond to immigration raids (from the URL slug; no headline in the stored text)",
     "url": "https://depauliaonline.com/74297/news/know-your-rights-how-depaul-plans-to-respond-to-immigration-raids"},
    {"file": "d5707_restoration-news.txt", "outlet": "Restoration News (restoration-news.com)", "date": "2025",
     "title": "INTERVIEW: Chicagoans Want to Overturn Sanctuary Laws, But IL Democrats Put Illegal Aliens First",
     "url": "https://restoration-news.com/exclusive-chicagoans-want-to-overturn-sanctuary-laws,-but-il-democrats-put-illegal-aliens-first"},
    {"file": "d5708_chicago-city-wire.txt", "outlet": "Chicago City Wire (chicagocitywire.com)", "date": "2025-09",
     "title": "UIC advises undocumented students, campus community on how to avoid ICE, federal law enforcement (from the URL slug; no headline in the stored text)",
     "url": "https://chicagocitywire.com/stories/675248931-uic-advises-undocumented-students-campus-community-on-how-to-avoid-ice-federal-law-enforcement"},
    {"file": "d5709_cp-soar.txt", "outlet": "cp.soar.com (AI-written meeting summary, Citizen Portal)", "date": "2025-11-14",
     "title": "Lake Bluff trustees discuss ordinance to restrict use of village property and resources for civil immigration enforcement; no vote",
     "url": "https://cp.soar.com/articles/6889688/Lake-Bluff/Lake-County/Illinois/Lake-Bluff-trustees-discuss-ordinance-to-restrict-use-of-village-property-and-resources-for-civil-immigration-enforcement-no-vote"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d57")
