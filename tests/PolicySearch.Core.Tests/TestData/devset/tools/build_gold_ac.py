#!/usr/bin/env python3
"""Dev set, part AC (files d5500-d5509): hand annotations -> fresh-ac/gold-fresh-ac.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 10 articles from 10 outlets, all dated 2022-2025 by their
own text, URL or date line (a second helper building another part at the same time took the other
years), all about Illinois. Outlets of earlier parts are allowed in this part (marked in SOURCES-ac.md),
but no article's URL or title is in any other manifest, SOURCES file or the seeds, no outlet is a seed
outlet, and no page carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square copy.
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (models: build_gold_s.py
and build_gold_y.py): canonical names from canonical.py where they apply (Raymond López, JB Pritzker,
Kristi Noem, Tricia McLaughlin, U.S. Department of Homeland Security), otherwise the fullest form the
article gives, titles dropped ("McHenry County Sheriff Robb Tadelman" -> Robb Tadelman, "U.S. District
Judge Philip G. Reinhard" -> Philip G. Reinhard, "Pritzker spokesman Alex Gough" -> Alex Gough, "Rep.
James Comer" -> James Comer, "Edwin C. Yohnka, director of Communications ..." -> Edwin C. Yohnka). A
person speaking for a body is the person (Yohnka, not the ACLU; Gough, not the governor's office); an
organisation speaking as itself is a speaker ("The ACLU of Illinois responded", d5505 #0; "The McHenry
County Sheriff’s Office said", d5503 #8; "the DHS ... accused them", d5509 #9; the counties that "argued"
and "say" through their suit, d5500 #5 and d5501 #4-#6; "Comer's office announced", d5506 #3, kept apart
from Comer as the seeds keep the governor's office apart from the governor). Unnamed judges of a named
court map to the court ("the judges wrote" -> 7th U.S. Circuit Court of Appeals, d5500 #12); a judge's
ruling with its reasons ("ruled that the law was an appropriate use ...") is the judge's speech, while a
court's bare decision ("ruled Wednesday", "lifted", "stayed", "shot down both arguments") is an action. A
quote or statement continuing an attribution keeps the speaker with an empty alias list (Yohnka's
statement after "The following can be attributed to", d5505 #2-#4; Pritzker's second quoted sentence,
d5509 #7; pronoun-only lines such as "he said"). The sheriff's statement the McHenry County Blog reposts
under "From the Sheriff:" (d5508) is the McHenry County Sheriff's Office speaking as itself (core, the
seeds' 001 #2 block-quote precedent). The Southwest News Herald, which interviews Lopez (d5504 #8), and
WTTW News (d5502 #7) are cited outlets; the interviewer's questions (d5504 #10, #14) have no speaker.
Suing, voting, calling a meeting, signing a bill and holding a press conference are actions; the
resolution, the Acts and the Illinois Bivens Act are documents. They were made by reading the article
text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_ac.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import DHS, LOPEZ, MCLAUGHLIN, NOEM, PRITZKER

ARTICLES, MANIFEST, GOLD = part_files("fresh-ac", "gold-fresh-ac.jsonl")


SEVENTH = "7th U.S. Circuit Court of Appeals"
REINHARD = "Philip G. Reinhard"
MCHENRY = "McHenry County"
KANKAKEE = "Kankakee County"
TADELMAN = "Robb Tadelman"
MCSO = "McHenry County Sheriff's Office"
YOHNKA = "Edwin C. Yohnka"
ACLU_IL = "ACLU of Illinois"
COMER = "James Comer"
COMER_OFFICE = "Office of James Comer"
GOUGH = "Alex Gough"

DHS_VOICE = ("the release is the Department of Homeland Security's own text ('The Secretary also called out'); "
             "the line is the publisher's voice, not attributed speech")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d5500_injustice-watch"] = [
    T("headline", "Headline ('Illinois’ ICE detention ban to take effect within weeks following appeals court ruling')."),
    B("timestamp_label", "Update note ('Updated at 4:00 p.m. with a comment from the Illinois Attorney General’s office.')."),
    C("neutral", "Two counties must end their ICE jail contracts within weeks, 'an appeals court ruled Wednesday' (a court decision, reported)."),
    C("neutral", "The 7th Circuit panel lifted the pause on the law that bars counties from renting jail beds to ICE (a court action; what the law provides)."),
    B("newsletter_promo", "Newsletter promotion ('Investigations that expose, influence and inform. Emailed directly to you.')."),
    C("opposes", "McHenry and Kankakee counties sued, 'saying that it would cost them millions of dollars in revenue each year' (the counties' cost argument against the law; alternative: neutral, the suit's background).",
      sp=[S(MCHENRY, "McHenry County"), S(KANKAKEE, "Kankakee County")], amb=True),
    C("neutral", "Reinhard 'ruled that the law was an appropriate use of the state’s constitutional power'; the counties appealed (a ruling and an appeal, reported; alternative: supports, the judge's finding for the law).",
      sp=[S(REINHARD, "Philip G. Reinhard", "Reinhard’s")], amb=True),
    B("related_box", "Related-story label ('Read More')."),
    B("photo_caption", "Image description of the related story ('People stand outside in masks with a sign ... Free Them All!')."),
    B("related_headline", "Related story's headline ('Judge upholds Illinois Way Forward Act, sealing an end to ICE detention in the state')."),
    B("related_box", "Related story's summary line ('A federal judge dismissed a lawsuit filed by two Illinois counties ...')."),
    C("neutral", "The panel had stayed enforcement until Jan. 13 and denied extending the stay (court actions, dates)."),
    C("neutral", "The judges ('the judges wrote'): the counties have not made a 'strong showing'; Illinois's interest in enforcing its statute weighs against an injunction (legal reasoning; alternative: supports, the court backing the law).",
      sp=[S(SEVENTH, "the judges")], amb=True),
]

ANN["d5501_daily-herald"] = [
    T("headline", "Headline ('In setback for McHenry County, federal court upholds ban on ICE detainees in county jails')."),
    C("neutral", "McHenry County's fight to keep its federal contract 'suffered a significant defeat' as the appellate court upheld the state law (the ruling, reported)."),
    C("neutral", "What the Illinois Way Forward Act does: unlawful since Jan. 1 for counties to rent jail space for immigration custody (what a law provides)."),
    C("neutral", "Background: the jail housed detainees since 2003; ICE paid $95 a day, up to $9.7 million some years (figures, no evaluation)."),
    C("opposes", "McHenry and Kankakee counties sued; 'They argued that the law violates the Supremacy Clause' (the counties' case against the law; alternative: neutral, a suit's claims reported).",
      sp=[S(MCHENRY, "McHenry and Kankakee counties"), S(KANKAKEE, "McHenry and Kankakee counties")], amb=True),
    C("opposes", "The counties ('the counties say'): the federal law at stake is ICE's authority to make deals with facilities (continues the case against the Act; alternative: neutral).",
      sp=[S(MCHENRY, "the counties"), S(KANKAKEE, "the counties")], amb=True),
    C("opposes", "The counties ('They also argued'): the Act 'unconstitutionally regulates and discriminates against the federal government' (alternative: neutral, a suit's claims reported).",
      sp=[S(MCHENRY), S(KANKAKEE)], amb=True),
    C("neutral", "The 7th Circuit 'shot down both arguments in a 20-page decision Tuesday' (a court decision, reported)."),
]

ANN["d5502_block-club-chicago"] = [
    C("neutral", "Dateline lede: the City Council voted down an attempt to advance a non-binding referendum on whether Chicago should remain a sanctuary city (a vote, reported)."),
    C("neutral", "The 31-16 vote against a parliamentary move, 'swiftly killing the effort' behind months of City Hall turmoil (a vote and its context)."),
    C("neutral", "Lopez, Beale and Moore called the meeting to consider the resolution on whether Chicago should 'keep its designation as a Sanctuary City' (actions; the resolution's words are a document's)."),
    C("neutral", "Lopez ('Lopez said') he and Beale were working on a substitute ordinance; no measure moved forward (procedure, no view on the policy).",
      sp=[S(LOPEZ, "Lopez")]),
    B("photo_caption", "Photo caption with credit ('City Council voted down a measure ... Credit: Provided')."),
    C("neutral", "The meeting was the latest of Beale's and Lopez's attempts at the ballot initiative this fall (actions)."),
    C("neutral", "The designation became a target for critics of spending on migrants; almost 26,000 asylum seekers sent by Abbott and others (background)."),
    C("neutral", "Author, 'according to WTTW News': sanctuary status does not require spending on migrants; it bans city officials from cooperating with federal agents on arrests (a clarification of what the policy does; alternative: supports, it answers the critics' conflation).",
      out=["WTTW News"], amb=True),
]

ANN["d5503_lake-mchenry-scanner"] = [
    C("opposes", "The sheriff 'has called out' the law that keeps police from working with the feds, 'saying the law compromises the safety of the community'.",
      sp=[S(TADELMAN, "The McHenry County sheriff")]),
    C("neutral", "Tadelman 'issued a statement ... discussing' his office's aid to federal agencies (a lead-in that announces no view).",
      sp=[S(TADELMAN, "Robb Tadelman")]),
    C("neutral", "What the Act does: signed in 2017, modified in 2021, mostly prohibits local participation in immigration enforcement."),
    C("opposes", "Tadelman ('Tadelman said'): the law creates 'significant hurdles' to working with federal partners including ICE.",
      sp=[S(TADELMAN, "Tadelman")]),
    C("neutral", "What the law prohibits: honoring ICE detainers or acting on immigration status without a judicial warrant."),
    C("opposes", "Tadelman ('Tadelman said'): the restrictions 'hinder our ability to assist in removing dangerous criminals'; 'the first duty of government is to protect its people'.",
      sp=[S(TADELMAN, "Tadelman")]),
    C("opposes", "Tadelman ('he said'): local and federal law enforcement must collaborate 'without the constraints of politically motivated policies'.",
      sp=[S(TADELMAN)]),
    C("opposes", "The sheriff ('The sheriff added'): the Act places 'undue limitations on our efforts, compromising the safety and security' of the communities.",
      sp=[S(TADELMAN, "The sheriff")]),
    C("neutral", "The Sheriff's Office ('said') it will cooperate with ICE where a judge has issued a criminal warrant and keep investigating crimes with other agencies (what the law allows; alternative: supports, a commitment within the Act's limits, or opposes, part of the sheriff's critical statement).",
      sp=[S(MCSO, "The McHenry County Sheriff’s Office")], amb=True),
    C("neutral", "Tadelman ('Tadelman said'): 'We will continue to maintain public safety and advocate for policies that prioritize the well-being of our residents' (no policy named in the line; alternative: opposes, the advocacy is for changing the Act).",
      sp=[S(TADELMAN, "Tadelman")], amb=True),
]

ANN["d5504_southwest-news-herald"] = [
    B("site_chrome", "Tracker label left in the page text ('Quantcast')."),
    B("site_chrome", "Feed mirror's channel label ('Channel: Southwest Regional Publishing')."),
    B("site_chrome", "Feed mirror navigation ('Viewing all articles')."),
    B("site_chrome", "Feed mirror navigation ('Browse latest Browse all 1440')."),
    T("headline", "Headline ('Lopez calls for unity, safety amid immigration concerns')."),
    B("site_chrome", "Feed widget symbol ('$')."),
    B("site_chrome", "Feed widget counter ('0')."),
    B("site_chrome", "Feed widget counter ('0'), the second of two."),
    C("neutral", "Lopez 'spoke to the Southwest News Herald and answered questions' about deportation raids by the Trump administration (an interview announced).",
      sp=[S(LOPEZ, "Raymond Lopez")], out=["Southwest News Herald"]),
    C("neutral", "The alderman 'talked about' a misidentification at a school and a possible revised amendment to the Welcoming City ordinance on cooperation with ICE (topics listed, no view stated).",
      sp=[S(LOPEZ, "The alderman")]),
    C("neutral", "The interviewer's question on the report of Secret Service agents at Hamline Elementary School (a question, no view)."),
    C("neutral", "Lopez's answer: 'this hysteria level of fear-mongering is reaching epic proportions' in immigrant communities (about fear over raids, not local cooperation).",
      sp=[S(LOPEZ)]),
    C("neutral", "Lopez ('he said') was disappointed that Pritzker, Johnson, the CTU president, aldermen and the media raised fear on top of anxiety about raids (about the school incident, not local cooperation).",
      sp=[S(LOPEZ)]),
    C("neutral", "Lopez's quote: 'The retractions were nowhere near as fast as the accusations'; Chicago owes Back-of-the-Yards an apology (about the school incident).",
      sp=[S(LOPEZ)]),
    C("neutral", "The interviewer's question on managing constituents' expectations on federal deportations (a question, no view)."),
    C("neutral", "Lopez's quote: he handles political differences as demographic ones, showing people their commonalities (no view on the policy).",
      sp=[S(LOPEZ)]),
    C("neutral", "Lopez ('he said'): the 15th ward's commonalities, love of city, safe neighborhoods, children's future (no view on the policy).",
      sp=[S(LOPEZ)]),
]

ANN["d5505_aclu-of-illinois"] = [
    C("supports", "The ACLU of Illinois 'responded' to the lawsuit against Illinois's limits on police help to immigration enforcement, 'this latest attempt by the Administration to coerce Illinois police to join the Trump mass deportation plan' (federal pressure criticised).",
      sp=[S(ACLU_IL, "The ACLU of Illinois")]),
    C("neutral", "Lead-in: 'The following can be attributed to Edwin C. Yohnka' (announces the statement, no view in the line; alternative: supports, the stance it introduces).",
      sp=[S(YOHNKA, "Edwin C. Yohnka")], amb=True),
    C("supports", "Yohnka's statement (continuing the attribution): the suit is 'a further effort to harass and intimidate' officials who 'prioritize local public safety'; the Constitution lets states and cities set priorities.",
      sp=[S(YOHNKA)]),
    C("supports", "Yohnka's statement: the Trust Act and the Welcoming City Ordinance let immigrants deal with police 'without fear', encouraging witnesses and victims, 'making all of our neighborhoods safer'.",
      sp=[S(YOHNKA)]),
    C("supports", "Yohnka's statement: the suit continues Homan's 'name-calling and threats'; the administration 'cannot bully local communities into participating' (Homan's visit is named, he does not speak).",
      sp=[S(YOHNKA)]),
]

ANN["d5506_cbs-news-chicago"] = [
    T("headline", "Headline ('Gov. JB Pritzker agrees to testify before Congress on Illinois' immigration policies, sanctuary state status')."),
    C("neutral", "Pritzker and two other governors will testify next month about their states' sanctuary laws (an event announced)."),
    C("neutral", "The June 12 hearing follows Comer's call ('called on') for Pritzker, Walz and Hochul to come before the committee (a summons, no view on the policy in the line).",
      sp=[S(COMER, "James Comer")]),
    C("neutral", "Comer's office 'announced' that the three governors would testify (an announcement).",
      sp=[S(COMER_OFFICE, "Comer's office")]),
    C("neutral", "Comer 'is also demanding' documents and communications on the states' sanctuary policies (a demand for records; alternative: opposes, pressure on sanctuary states).",
      sp=[S(COMER, "Comer")], amb=True),
    C("neutral", "Gough 'confirmed' Pritzker will attend 'to discuss his track record on public safety and the implementation of bipartisan state laws' (attendance confirmed; alternative: supports, 'bipartisan' framing of the laws).",
      sp=[S(GOUGH, "Alex Gough")], amb=True),
    C("supports", "Gough ('Gough said'): the Trust Act 'is fully compliant with federal law'; 'this public safety law' lets everyone, regardless of status, feel comfortable calling police.",
      sp=[S(GOUGH, "Gough")]),
    C("neutral", "What the Act provides: no cooperation with ICE in civil immigration enforcement, except with a criminal warrant or court order."),
    C("neutral", "How a detainer works (a 48-hour hold) and that the Act prohibits honoring it without a federal criminal warrant (explanation)."),
]

ANN["d5507_ein-presswire-dhs"] = [
    T("dek", "Release dek ('The Secretary blasted sanctuary jurisdictions for failing to uphold federal law ...')."),
    C("opposes", "Release voice: Noem's press conference highlighted 'the devastation sanctuary policies have caused'; 'The Secretary also called out Illinois Governor Pritzker for shielding law breakers'.",
      sp=[S(NOEM, "Kristi Noem", "The Secretary")], opt=[O(DHS, DHS_VOICE, "Department of Homeland Security")],
      un=["Angel families"]),
    C("opposes", "Noem ('said Secretary Kristi Noem'): she will uphold federal immigration laws, 'draw attention to people who are breaking the law and violating our Constitution', and bring violent criminals to justice (said against sanctuary leaders; alternative: neutral, general enforcement).",
      sp=[S(NOEM, "Kristi Noem")], amb=True),
    C("neutral", "List lead-in: 'Some of the Angel Families who attended the press conference include:' (no view)."),
    C("opposes", "Jim Walden's son was killed by 'a twice-deported illegal alien' (an instance offered for the release's case against sanctuary policies; alternative: neutral, a death in Maryland with no policy named).",
      amb=True),
    C("neutral", "Kathy Zander's son died of fentanyl his friend gave him (no immigration or policy link in the line)."),
    C("opposes", "Brian McCann's brother was dragged to his death by 'an illegal alien' who disappeared 'after being released on bond' (the release-instead-of-removal case; alternative: neutral, no policy named).",
      amb=True),
]

ANN["d5508_mchenry-county-blog"] = [
    B("source_label", "The blog's attribution label ('From the Sheriff:'); alternative: content, an attribution line with no claim."),
    T("headline", "The sheriff's statement's title ('Outside Law Enforcement Activity')."),
    C("neutral", "The Sheriff's Office's statement: it received an inquiry about suspected ICE activity in the courthouse parking lot (facts).",
      sp=[S(MCSO, "the McHenry County Sheriff’s Office")]),
    C("neutral", "The statement: the office confirmed outside law enforcement activity in the lot (facts).",
      sp=[S(MCSO, "the Sheriff’s Office")]),
    C("neutral", "The statement: the office 'was not involved, was not informed of this activity in advance' (facts; alternative: supports, distancing from ICE).",
      sp=[S(MCSO, "McHenry County Sheriff’s Office")], amb=True),
    C("neutral", "The statement: under the Trust Act all Illinois law enforcement is prohibited from assisting or participating in civil immigration enforcement (what the law provides; alternative: supports, the office's commitment to the limit).",
      sp=[S(MCSO)], amb=True),
]

ANN["d5509_tag24"] = [
    C("neutral", "Pritzker signed a bill restricting ICE arrests at and around courthouses (an action)."),
    C("neutral", "The bill also makes it easier to sue ICE agents (what a law provides)."),
    C("neutral", "Author: immigration officials use 'increasingly violent tactics ... often on spurious grounds' (criticism of federal enforcement, not of local cooperation; alternative: supports).",
      amb=True),
    C("neutral", "The Illinois Bivens Act 'states' that courthouse access is a matter of statewide concern (a law's text; the Act is a document)."),
    C("neutral", "The Act's text continued: arrest at court appearances 'threatens the fair administration of justice' (a law's text)."),
    C("neutral", "The restrictions extend to hospitals, day care centers and colleges (what a law provides)."),
    C("supports", "Pritzker ('Pritzker wrote on X'): the law 'expands legal protections for the people of Illinois' (praise for the state's limits on immigration enforcement).",
      sp=[S(PRITZKER, "Pritzker")]),
    C("supports", "Pritzker's post continued: everyday tasks 'should not be a life-altering task. We will counter the Trump Administration's depravity.'",
      sp=[S(PRITZKER)]),
    C("opposes", "McLaughlin ('previously justified') courthouse arrests as 'common sense' because 'they already know where a target will be' (defends what the law restricts; alternative: neutral, said before the law).",
      sp=[S(MCLAUGHLIN, "Tricia McLaughlin")], amb=True),
    C("opposes", "The DHS 'doubled down on its criticism' of Pritzker and Illinois politicians and 'accused them of interfering in ICE's work'.",
      sp=[S(DHS, "the DHS")]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d5500_injustice-watch.txt", "outlet": "Injustice Watch (injusticewatch.org, nonprofit newsroom)", "date": "2022-01",
     "title": "Illinois’ ICE detention ban to take effect within weeks following appeals court ruling",
     "url": "https://www.injusticewatch.org/news/immigration/2022/illinois-immigration-detention-appeals-court/"},
    {"file": "d5501_daily-herald.txt", "outlet": "Daily Herald (dailyherald.com)", "date": "2022-08-12",
     "title": "In setback for McHenry County, federal court upholds ban on ICE detainees in county jails",
     "url": "https://www.dailyherald.com/news/20220812/in-setback-for-mchenry-county-federal-court-upholds-ban-on-ice-detainees-in-county-jails/"},
    {"file": "d5502_block-club-chicago.txt", "outlet": "Block Club Chicago (blockclubchicago.org)", "date": "2023-12-14",
     "title": "Alderpeople vote down controversial sanctuary city ballot question (from the URL slug; no headline in the stored text)",
     "url": "http://blockclubchicago.org/2023/12/14/alderpeople-vote-down-controversial-sanctuary-city-ballot-question/"},
    {"file": "d5503_lake-mchenry-scanner.txt", "outlet": "Lake and McHenry County Scanner (lakemchenryscanner.com)", "date": "2025-01-16",
     "title": "McHenry County sheriff says Illinois law restricting police from working with feds on immigration endangers community (from the URL slug; no headline in the stored text)",
     "url": "https://www.lakemchenryscanner.com/2025/01/16/mchenry-county-sheriff-says-illinois-law-restricting-police-from-working-with-feds-on-immigration-endangers-community/"},
    {"file": "d5504_southwest-news-herald.txt", "outlet": "Southwest News Herald (Southwest Regional Publishing; an rssing.com feed mirror)", "date": "2025",
     "title": "Lopez calls for unity, safety amid immigration concerns",
     "url": "https://regional4215.rssing.com/chan-78569860/article928.html"},
    {"file": "d5505_aclu-of-illinois.txt", "outlet": "ACLU of Illinois (aclu-il.org, press release)", "date": "2025",
     "title": "ACLU of Illinois responds to Trump administration lawsuit challenging state and local ... (from the URL slug, itself cut; no headline in the stored text)",
     "url": "https://www.aclu-il.org/en/press-releases/aclu-illinois-responds-trump-administration-lawsuit-challenging-state-and-local"},
    {"file": "d5506_cbs-news-chicago.txt", "outlet": "CBS News Chicago (cbsnews.com/chicago)", "date": "2025-05",
     "title": "Gov. JB Pritzker agrees to testify before Congress on Illinois' immigration policies, sanctuary state status",
     "url": "https://www.cbsnews.com/chicago/news/gov-jb-pritzker-to-testify-congress-immigration-sanctuary-laws"},
    {"file": "d5507_ein-presswire-dhs.txt", "outlet": "EIN Presswire (einpresswire.com; a U.S. Department of Homeland Security release)", "date": "2025-05",
     "title": "Secretary Noem puts sanctuary city leaders on notice: time to put Americans first (from the URL slug; the stored text opens on the dek)",
     "url": "https://www.einpresswire.com/article/810548750/secretary-noem-puts-sanctuary-city-leaders-on-notice-time-to-put-americans-first"},
    {"file": "d5508_mchenry-county-blog.txt", "outlet": "McHenry County Blog (mchenrycountyblog.com; the sheriff's statement reposted)", "date": "2025-11-05",
     "title": "ICE at McHenry County Courthouse (from the URL slug; the stored text opens on 'From the Sheriff:')",
     "url": "https://www.mchenrycountyblog.com/2025/11/05/ice-at-mchenry-county-courthouse"},
    {"file": "d5509_tag24.txt", "outlet": "TAG24 (tag24.com, TAG24 NEWS United States)", "date": "2025-12-10",
     "title": "Illinois governor Pritzker signs bill to combat ICE arrests at courthouses (from the URL slug; no headline in the stored text)",
     "url": "https://www.tag24.com/politics/refugees/illinois-governor-pritzker-signs-bill-to-combat-ice-arrests-at-courthouses-3447068"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d55")
