#!/usr/bin/env python3
"""Dev set, part L (files d1200-d1211): hand annotations -> tune-l/gold-tune-l.jsonl.

A new part that nobody has tuned on yet: 12 articles from 12 outlets, 2021-2025 (the part takes
2021-2025 only; part K, made at the same time, takes 2017-2020), none of them an outlet of any
earlier part or named in any SOURCES file, no URL shared with any other part, and no page that
carries AP, Chicago Tribune, Sun-Times, Center Square or Capitol News Illinois copy. The annotations
follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and STANCE_GUIDELINES.md
(stance rules), and the conventions of parts B-J: canonical names as the earlier parts write them
(JB Pritzker, Brandon Johnson, James Comer, Kwame Raoul, Pam Bondi, Kristi Noem, Eric Adams, Office of
the Governor of Illinois, Office of the Illinois Attorney General, National Immigrant Justice Center,
...), otherwise the fullest form the article gives, titles dropped. "The Trump administration" suing
or arguing is the U.S. Department of Justice only when the article says the Justice Department filed
it, otherwise "Trump administration" (no such line occurs in this part). Unnamed officials of a named
body map to that body; a person speaking for an organisation is the person only; a quote continuing an
attribution made in an earlier line keeps the speaker with an empty alias list; an embedded post's
text lines carry its author as an optional speaker and the "— Name (@handle) date" line is boilerplate
(`embed_attribution`), as in part J; unattributed text of an official release carries the releasing
office as an optional speaker (as in part B); interviewers' and committee members' bare questions make
them optional speakers at most. They were made by reading the article text only; no analysis code or
analysis output was looked at or run.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_l.py
"""
import os

from goldlib import B, C, O, S, T, build, part_files
from canonical import AG_OFFICE, BJOHNSON, GOV_OFFICE, NOEM, PRITZKER, RAOUL, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("tune-l", "gold-tune-l.jsonl")


COMER = "James Comer"
BONDI = "Pam Bondi"
ADAMS = "Eric Adams"
NIJC = "National Immigrant Justice Center"
JOHNSTON = "Mike Johnston"
WU = "Michelle Wu"
BOEBERT = "Lauren Boebert"
QUOTE_CONT = "quote continuing the attribution made in an earlier line"
EMBED = "embedded post: its author is named only in the attribution line ('— {} ...')"
RELEASE_REASON = "unattributed press-release text: the Attorney General's office is the author of the release the site carries"
QUESTION_REASON = "asks questions only; a question is not a stated position"
PARTNERS = "our news partners"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d1200_daily-kos"] = [
    C("neutral", "Author: Pritzker 'has signed' a law that 'effectively ends immigration detention'; what the Act mandates (an action and its provisions; alternative: supports, the 'Now ... further legislation' framing of progress).",
      amb=True),
    C("supports", "Benito (ICIRR director, recorded as the person): 'a huge step toward becoming the most welcoming state'; ending ICE detention 'will protect immigrant communities from the deportation machine'.",
      sp=[S("Lawrence Benito", "Lawrence Benito")]),
    C("neutral", "The governor's office lists what the new laws do (hate crimes, DACA workplace protections, a task force); the author's 'ousting of ICE from local jails' (alternative: supports, a favourable summary of the package).",
      sp=[S(GOV_OFFICE, "the governor’s office")], amb=True),
    C("supports", "NIJC: the law is the result of 'years of persistent work'; Yu 'called the legislation “a huge victory”' that reduced ICE's ability to separate families. 'received by Daily Kos' is the page's own outlet.",
      sp=[S(NIJC, "National Immigrant Justice Center", "NIJC"), S("Hwangchan Yu", "Hwangchan Yu")],
      out=["Daily Kos"]),
]

ANN["d1201_rep-tipsword"] = [
    T("headline", "Release headline ('Tipsword Sponsors Legislation to End Illinois’ Sanctuary State Humanitarian Crisis')."),
    C("opposes", "The representative's site: because of the TRUST Act Illinois 'has become a sanctuary state' giving benefits; the cost 'had ballooned' (criticism of the Act).",
      un=["it was reported"]),
    C("opposes", "Tipsword co-sponsors a bill that 'would end our status as a sanctuary state' and let police cooperate with ICE (a proposed rollback, in the release's own voice).",
      opt=[O("Tipsword", "co-sponsoring is an action; the line is the release text of his own site", "Tipsword")]),
    B("related_headline", "Related-story link ('Republican legislators seek to end Illinois’ sanctuary state status | Local News |')."),
]

ANN["d1202_civil-deadline"] = [
    C("supports", "Pritzker spoke on MSNBC 'about his intention to resist' Trump's mass deportation plans (about deportation more than local cooperation; alternative: neutral).",
      sp=[S(PRITZKER, "J.B. Pritzker")],
      opt=[O("Joy Reid", "the interviewer ('speaking with host Joy Reid'); no words of hers here", "Joy Reid")],
      out=["MSNBC"], amb=True),
    C("opposes", "Author: 'as much as Pritzker postured', his attempts at reassurance 'underscored by Illinois’s sanctuary policies, were notably thin' against federal authority (alternative: neutral, about the limits of state power).",
      opt=[O(PRITZKER, "'his statements revealed' characterises his words without giving them", "Pritzker")], amb=True),
    C("neutral", "Reid asked about detention facilities, 'which she referred to as “internment camps”'; the author rebuts the comparison (detention, not local cooperation; alternative: opposes).",
      sp=[S("Joy Reid", "Reid", "she")], amb=True),
    C("neutral", "Author: the internment comparison 'simply don’t apply'; border sovereignty 'undermined by lax policies' (immigration in general; alternative: opposes).",
      amb=True),
    C("supports", "Embedded post quoting Pritzker: 'I will do everything that I can to protect our undocumented immigrants.'",
      sp=[S(PRITZKER, "Pritzker")],
      opt=[O("Julio Rosas", EMBED.format("Julio Rosas"))]),
    B("embed_attribution", "Embedded-post attribution ('— Julio Rosas (@Julio_Rosas11) November 14, 2024')."),
    C("neutral", "Pritzker 'began by explaining' what Illinois law restricts and that it does not apply to federal facilities; the author: his response 'laid bare his limitations' (alternative: opposes, the author's frame).",
      sp=[S(PRITZKER, "Pritzker’s", "He", "he")], amb=True),
]

ANN["d1203_metro-east-star"] = [
    C("neutral", "Raoul 'issued updated guidance' to clarify the role of law enforcement (an action).",
      opt=[O(AG_OFFICE, RELEASE_REASON)]),
    C("neutral", "What the TRUST and VOICES Acts provide; 'enacted to increase trust and cooperation' (their stated aim; alternative: supports, a favourable description).",
      opt=[O(AG_OFFICE, RELEASE_REASON)], amb=True),
    C("supports", "Raoul: civil immigration enforcement is federal; the laws 'are meant to enhance public safety and trust' so victims 'can cooperate ... without fearing deportation'.",
      sp=[S(RAOUL, "Raoul")]),
]

ANN["d1204_citystuff"] = [
    B("timestamp_label", "Site date bar ('Saturday, October 4, 2025'; the crawl date, not the article's)."),
    T("headline", "Short headline ('Issues Guidance on Law Enforcement and Immigration')."),
    B("section_label", "Label ('Must read')."),
    T("headline_repeat", "Full headline ('Illinois Attorney General Issues Guidance on Law Enforcement’s Role in Immigration Enforcement'); a longer form of the short headline, not the same text.",
      amb=True),
    C("neutral", "Raoul 'issued new guidance ... stressing their duty' to follow the state laws; 'The goal is to build trust' (the guidance's stated aim; alternative: supports).",
      sp=[S(RAOUL, "Kwame Raoul")], amb=True),
    C("neutral", "What the three Acts provide; they 'aim to build cooperation' (stated aim; alternative: supports).",
      amb=True),
    T("subhead", "Section subhead ('A Clear Division of Responsibility')."),
    C("supports", "Raoul ('stated'): civil immigration enforcement is federal; local police may not assist without a criminal warrant.",
      sp=[S(RAOUL, "Raoul")]),
    C("supports", "'Raoul emphasized' the Acts do not hinder criminal investigations; 'these laws enhance public safety' by letting victims and witnesses cooperate.",
      sp=[S(RAOUL, "Raoul")]),
    T("subhead", "Section subhead ('Key Provisions of the Guidance')."),
    C("neutral", "Lead-in to the list of restrictions in the guidance; descriptive."),
]

ANN["d1205_tampa-free-press"] = [
    C("opposes", "Bondi 'delivered a stern warning to sanctuary cities' on Fox News, 'vowing legal repercussions'; 'Bondi accused these cities of prioritizing ... “illegal aliens”'.",
      sp=[S(BONDI, "Pam Bondi", "Bondi")], out=["Fox News"]),
    C("opposes", "Bondi: funding paused, a lawsuit filed; 'A sanctuary city is aiding and abetting lawbreaking.'",
      sp=[S(BONDI, "Bondi")]),
    B("related_headline", "Related-story link ('RELATED: DOJ Sues Illinois And Chicago Over Immigration Enforcement Policies')."),
    C("neutral", "Background: the legal and political battle; what sanctuary policies do (descriptive)."),
    C("opposes", "Bondi: 'they are choosing illegal aliens over the safety and security of their own citizens'; 'if you don’t comply with federal law, you’re going to be next.'",
      sp=[S(BONDI, "Bondi")]),
]

ANN["d1206_krdo"] = [
    C("neutral", "Johnston joined other mayors to testify before the committee 'investigating 'sanctuary cities.'' (an event)."),
    C("neutral", "'According to our news partners in Denver', Johnston would likely have been subpoenaed otherwise (procedural).",
      un=["our news partners in Denver"]),
    C("neutral", "The other mayors were called to testify (fact)."),
    C("opposes", "Boebert 'asked [him] to join her in demanding that Colorado repeal state laws that prevent cooperation with ICE detainers' (a call for a rollback), as reported by the news partners.",
      sp=[S(BOEBERT, "Lauren Boebert", "She")], un=[PARTNERS]),
    C("supports", "Johnston: 'I do not believe the detainer law needs to be changed' (opposes a rollback).",
      sp=[S(JOHNSTON, "Johnston")]),
    C("neutral", "The congressmen 'asked a variety of questions' about crime, gangs, ICE pickups, aid, and whether the sanctuary policies made the city vulnerable (questions only).",
      opt=[O("Gabe Evans", QUESTION_REASON, "Gabe Evans"), O("Jeff Crank", QUESTION_REASON, "Jeff Crank"),
           O("Jeff Hurd", QUESTION_REASON, "Jeff Hurd")],
      un=[PARTNERS]),
    C("neutral", "Johnston 'answered that the city did not track' people's movements; 'He also said it would not surprise him' (facts; 'our news partners reported').",
      sp=[S(JOHNSTON, "Johnston", "He")], opt=[O("Jeff Hurd", QUESTION_REASON, "Hurd")], un=[PARTNERS]),
]

ANN["d1207_du-clarion"] = [
    C("neutral", "Johnston 'was grilled' at the hearing on 'alleged “harboring of undocumented immigrants.”' (an event; the quoted charge is the committee's framing, unattributed)."),
    C("neutral", "The other mayors named, also questioned (fact)."),
    C("opposes", "Comer questioned policies that 'create a “sanctuary for criminals”', 'vowed to hold them accountable', and 'suggested that the mayors need to cooperate more' with deportation efforts.",
      sp=[S(COMER, "James Comer", "He")]),
    C("neutral", "Johnston faced questioning from named Colorado representatives (no words given)."),
    C("supports", "Johnston ('pointing to', 'said') the influx and 'his obligation “to protect the health and safety of everyone in Denver.”' (a defence of the city's welcoming response; alternative: neutral, about migrant services rather than cooperation).",
      sp=[S(JOHNSTON, "Johnston")], amb=True),
    C("supports", "Johnston: the question facing Denver was what to do with 'a mom and two kids dropped on the streets' (defends the city's approach; alternative: neutral, same reason).",
      sp=[S(JOHNSTON, "Johnston")], amb=True),
    C("supports", "Johnston 'testified' that crime fell and encampments were cleared (answers the crime argument against the city's policies).",
      sp=[S(JOHNSTON, "Johnston")]),
]

ANN["d1208_the-daily-brief"] = [
    T("headline", "Article headline ('Pritzker Defends Sanctuary Policies as White House Threatens Legal Action')."),
    C("neutral", "The confrontation after Pritzker's executive order creating the Illinois Accountability Commission; what the panel does (an action; 'hold them accountable' is the order's wording)."),
    C("supports", "Pritzker, 'an outspoken critic', 'accused federal authorities' of racial profiling: 'What we don’t want is for people to get racially profiled' (criticism of federal enforcement; alternative: neutral, about raids rather than local cooperation).",
      sp=[S(PRITZKER, "Pritzker", "he")], amb=True),
    C("neutral", "'The governor further defended his controversial comparisons to Nazi Germany': rights taken away, the start of an authoritarian regime (general; alternative: supports, criticism of federal pressure).",
      sp=[S(PRITZKER, "The governor")], amb=True),
    C("opposes", "Miller 'dismissed the statements as “political grandstanding”', 'reiterated' no tolerance for state interference; 'they will face JUSTICE,' Miller warned.",
      sp=[S("Stephen Miller", "Stephen Miller", "Miller")],
      opt=[O(PRITZKER, "named only as the author of the remarks Miller answers", "Pritzker")]),
]

ANN["d1209_tpusa"] = [
    C("neutral", "Johnson 'signed an executive order' banning ICE from city property; its stated aim in the order's words (an action and a document)."),
    C("supports", "Johnson ('stated'): 'We will not tolerate ICE agents violating our residents’ constitutional rights nor ... disregard our local authority'.",
      sp=[S(BJOHNSON, "Johnson")]),
    C("neutral", "Lead-in to the signage the order prescribes (a document)."),
    C("neutral", "Sign text (the order's wording): the property is the city's."),
    C("neutral", "Sign text: it may not be used for civil immigration enforcement (a provision)."),
    C("neutral", "Sign text list item ('Staging area')."),
    C("neutral", "Sign text list item ('Processing location')."),
    C("neutral", "Sign text list item ('Operations base.”')."),
    C("neutral", "The order requires employees to report violations (a provision)."),
    C("neutral", "DHS 'commenced' Operation Midway Blitz; 'Noem announced the success of the operation so far' (lead-in to her quote, cut from the excerpt; enforcement, not local cooperation).",
      sp=[S(NOEM, "Kristi Noem")]),
]

ANN["d1210_the-record-north-shore"] = [
    B("section_label", "Section labels ('Skokie, News')."),
    T("headline", "Article headline ('As residents call for action, Skokie prohibits ICE from village-owned property')."),
    C("neutral", "The board 'was unanimous ... while taking a stance against local immigration enforcement' (a vote)."),
    C("neutral", "The board voted to amend the code and bar warrantless operations on village property (an action)."),
    C("neutral", "What the amendment covers (facilities; 'valid' criminal warrant); descriptive."),
    C("neutral", "What activities the amendment bars; descriptive."),
    C("neutral", "Lockerby 'said' the sign language is being finalised and signs will be installed (implementation).",
      sp=[S("John Lockerby", "John Lockerby")]),
    C("neutral", "Barnes 'instructed individuals to call 911' and a supervisor will respond; the mayor's earlier remarks only mentioned ('addressed').",
      sp=[S("Jesse Barnes", "Jesse Barnes")],
      opt=[O("Ann Tennes", "'addressed' the subject on Oct. 31; no words or position given", "Ann Tennes")]),
    C("neutral", "'Barnes explained' officers will prevent escalation; police cannot make ICE identify itself (procedure).",
      sp=[S("Jesse Barnes", "Barnes")]),
    C("neutral", "The discussion followed an Indivisible rally against ICE (an action)."),
    B("photo_caption", "Photo caption ('Bushra Amiwala addresses a crowd ... for an anti-ICE rally')."),
]

ANN["d1211_mountain-ear"] = [
    B("subscribe", "Account links ('Log in Subscribe')."),
    T("headline", "Article headline ('Peak Report: Mayor Mike goes to Washington')."),
    B("byline", "Byline ('CHRISTOPHER KELLEY')."),
    B("timestamp_label", "Date line ('Posted 3/12/25')."),
    C("neutral", "Paywall teaser: Johnston testified in the investigation into 'sanctuary cities', joined by other mayors (cut off by the paywall teaser)."),
    B("subscribe", "Paywall notice ('This item is available in full to subscribers.')."),
    B("subscribe", "Paywall prompt ('Please log in to continue')."),
    B("subscribe", "Paywall button ('Log in')."),
    T("headline_repeat", "Headline repeated above the full text.", dup=1),
    B("timestamp_label", "Date label with its date missing ('Posted')."),
    C("neutral", "Johnston went before the committee to testify (an event)."),
    C("supports", "The mayors, 'all of whom defended their cities’ policies on immigration enforcement' (reported position, no words).",
      sp=[S(JOHNSTON, "Johnston"), S(ADAMS, "Eric Adams"), S(BJOHNSON, "Brandon Johnson"), S(WU, "Michelle Wu")]),
    C("neutral", "Who sits on the committee; the mayors were questioned for seven hours (facts)."),
    C("neutral", "The purpose of the investigation: a case to deny grants and a possible DOJ referral for obstruction (procedural; the committee's aims reported without words)."),
    C("neutral", "Where the term 'sanctuary city' comes from and what it means; 'Many conservative politicians and pundits use the term' for harbouring criminals (definition, both uses reported).",
      un=["Many conservative politicians and pundits"]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d1200_daily-kos.txt", "outlet": "Daily Kos", "date": "2021-08-05",
     "title": "Illinois advocates cheer law ending ICE detention in state, urge Congress to act on permanent relief (from the URL slug; no headline in the stored text)",
     "url": "https://www.dailykos.com/stories/2021/8/5/2043954/-Illinois-advocates-cheer-law-ending-ICE-detention-in-state-urge-Congress-to-act-on-permanent-relief"},
    {"file": "d1201_rep-tipsword.txt", "outlet": "Rep. Tipsword (representative's site)", "date": "2023",
     "title": "Tipsword Sponsors Legislation to End Illinois’ Sanctuary State Humanitarian Crisis",
     "url": "https://reptipsword.com/?p=1151"},
    {"file": "d1202_civil-deadline.txt", "outlet": "Civil Deadline", "date": "2024-11",
     "title": "Pritzker comments on possible Trump policy during MSNBC interview (from the URL slug; no headline in the stored text)",
     "url": "https://civildeadline.com/pritzker-comments-on-possible-trump-policy-during-msnbc-interview/"},
    {"file": "d1203_metro-east-star.txt", "outlet": "Metro East Star (Attorney General's release)", "date": "2025-01-23",
     "title": "Attorney General Raoul issues guidance for law enforcement officials on state laws regarding immigration enforcement (from the URL slug; no headline in the stored text)",
     "url": "https://metroeaststar.com/2025/01/23/attorney-general-raoul-issues-guidance-for-law-enforcement-officials-on-state-laws-regarding-immigration-enforcement"},
    {"file": "d1204_citystuff.txt", "outlet": "CityStuff", "date": "2025-01-24",
     "title": "Illinois Attorney General Issues Guidance on Law Enforcement’s Role in Immigration Enforcement",
     "url": "https://citystuff.com/chicago/2025/01/24/issues-guidance-on-law-enforcement-and-immigration"},
    {"file": "d1205_tampa-free-press.txt", "outlet": "Tampa Free Press", "date": "2025-02-06",
     "title": "U.S. Attorney General Pam Bondi warns sanctuary cities: 'You're going to be next' (from the URL slug; no headline in the stored text)",
     "url": "https://tampafp.com/u-s-attorney-general-pam-bondi-warns-sanctuary-cities-youre-going-to-be-next"},
    {"file": "d1206_krdo.txt", "outlet": "KRDO (Colorado Springs)", "date": "2025-03-05",
     "title": "Denver Mayor Mike Johnston testifies in House committee investigation on sanctuary cities (from the URL slug; no headline in the stored text)",
     "url": "https://krdo.com/news/2025/03/05/denver-mayor-mike-johnston-testifies-in-house-committee-investigation-on-sanctuary-cities/"},
    {"file": "d1207_du-clarion.txt", "outlet": "The DU Clarion (University of Denver student paper)", "date": "2025-03",
     "title": "Denver mayor questioned on sanctuary city policies during House hearing last week (from the URL slug; no headline in the stored text)",
     "url": "https://duclarion.com/2025/03/denver-mayor-questioned-on-sanctuary-city-policies-during-house-hearing-last-week"},
    {"file": "d1208_the-daily-brief.txt", "outlet": "The Daily Brief (the-dailybrief.com)", "date": "2025-10",
     "title": "Pritzker Defends Sanctuary Policies as White House Threatens Legal Action",
     "url": "https://the-dailybrief.com/pritzker-defends-sanctuary-policies-as-white-house-threatens-legal-action"},
    {"file": "d1209_tpusa.txt", "outlet": "Turning Point USA (TPUSA Live)", "date": "2025-10-06",
     "title": "ICE-free zone declared in Chicago mayoral executive order (from the URL slug; no headline in the stored text)",
     "url": "https://tpusa.com/live/ice-free-zone-declared-in-chicago-mayoral-executive-order/"},
    {"file": "d1210_the-record-north-shore.txt", "outlet": "The Record North Shore", "date": "2025-11-04",
     "title": "As residents call for action, Skokie prohibits ICE from village-owned property",
     "url": "https://www.therecordnorthshore.org/2025/11/04/as-residents-call-for-action-skokie-prohibits-ice-from-village-owned-property"},
    {"file": "d1211_mountain-ear.txt", "outlet": "The Mountain-Ear (Nederland, Colorado)", "date": "2025-03-12",
     "title": "Peak Report: Mayor Mike goes to Washington",
     "url": "https://www.themtnear.com/stories/peak-report-mayor-mike-goes-to-washington,33559"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d12")
