#!/usr/bin/env python3
"""Dev set, part L (files d1200-d1211): a SECOND, independent hand annotation -> second/second-tune-l.jsonl.

Made for inter-annotator agreement. It was written from the article texts (tune-l/articles/*.txt), the part's
manifest (tune-l/articles/articles.json, read only), /work/shared/eval/seeds/NOTES.md, STANCE_GUIDELINES.md,
goldlib.py, canonical.py and the docstring/format of build_gold_k.py. The first annotation of this part (its gold
file, its builder, its SOURCES file) was not opened; nor was any analysis code or output.

Conventions (NOTES.md and the parts' builders): one annotation per non-empty line; canonical names from
canonical.py where one exists (JB Pritzker, Kwame Raoul, Brandon Johnson, Kristi Noem, Office of the Governor of
Illinois), otherwise the fullest form the article gives, titles dropped; a person speaking for an organisation is
the person only (Benito, not ICIRR; Bondi, not the DOJ); an unnamed office of a named body maps to the body
("the governor's office"); documents (executive orders, guidance, code amendments, sign text) and actions (signed,
voted, sponsored, issued) are not speakers; a page's own voice (a representative's site, an AG release) is the
author; an outlet passing words along goes in cited_outlets (an unnamed one, KRDO's "news partners", is recorded
by its verbatim form); borderline attributions are optional speakers with a reason.

Writes only the gold file in this folder. goldlib.build() always writes a manifest, so it is given a scratch
path under /tmp; the part's own articles.json is read, never rewritten.

Run: python3 build_second_l.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldlib import B, C, O, S, T, build  # noqa: E402
from canonical import BJOHNSON, GOV_OFFICE, NOEM, PRITZKER, RAOUL  # noqa: E402

DEVSET = os.path.normpath(os.path.join(HERE, "..", ".."))
ARTICLES = os.path.join(DEVSET, "tune-l", "articles")
GOLD = os.path.join(HERE, "second-tune-l.jsonl")
SCRATCH_MANIFEST = "/tmp/second-l-manifest.json"

BENITO = "Lawrence Benito"
NIJC = "National Immigrant Justice Center"
YU = "Hwangchan Yu"
TIPSWORD = "Tipsword"
REID = "Joy Reid"
BONDI = "Pam Bondi"
MJOHNSTON = "Mike Johnston"
BOEBERT = "Lauren Boebert"
EVANS = "Gabe Evans"
CRANK = "Jeff Crank"
HURD = "Jeff Hurd"
COMER = "James Comer"
MILLER = "Stephen Miller"
LOCKERBY = "John Lockerby"
BARNES = "Jesse Barnes"
TENNES = "Ann Tennes"
ADAMS = "Eric Adams"
WU = "Michelle Wu"

PURPOSE = ("the laws' stated purpose (trust, cooperation) given as description of what the guidance covers; "
           "alternative: supports, the benefit is stated without distance")

# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d1200_daily-kos"] = [
    C("neutral", "Author: Pritzker signed (an action) the Way Forward Act, which makes local jails end ICE contracts (what the law provides; alternative: supports, the celebratory 'first in the nation' framing).",
      amb=True),
    C("supports", "Benito 'said': 'a huge step toward becoming the most welcoming state'; ending ICE detention 'will protect immigrant communities from the deportation machine'.",
      sp=[S(BENITO, "Lawrence Benito")]),
    C("neutral", "'the governor’s office said' the new laws address hate crimes, DACA workplace protections and a task force (immigrant services, not local cooperation; alternative: supports, opens with 'the ousting of ICE from local jails').",
      sp=[S(GOV_OFFICE, "the governor’s office")], amb=True),
    C("supports", "NIJC 'said in a statement' the law results from years of coalition work; Yu 'called the legislation “a huge victory”' that reduced ICE's ability to separate families.",
      sp=[S(NIJC, "National Immigrant Justice Center", "NIJC"), S(YU, "Hwangchan Yu")]),
]

ANN["d1201_rep-tipsword"] = [
    T("headline", "Release headline ('Tipsword Sponsors Legislation to End Illinois’ Sanctuary State Humanitarian Crisis')."),
    C("opposes", "Page voice (the representative's site): the TRUST Act made Illinois a sanctuary state; benefits for undocumented immigrants whose cost 'ballooned to $1.1 billion' (cost as criticism)."),
    C("opposes", "Page voice: Tipsword co-sponsors HB 4187 that 'would end our status as a sanctuary state' and let local police cooperate with federal authorities (proposes a rollback).",
      opt=[O(TIPSWORD, "sponsoring is an action; the advocacy ('our status') is the voice of his own site, not words attributed to him", "Tipsword")]),
    B("related_headline", "Related-story link with section label ('Republican legislators seek to end Illinois’ sanctuary state status | Local News |')."),
]

ANN["d1202_civil-deadline"] = [
    C("supports", "Pritzker, 'speaking with host Joy Reid about his intention to resist' Trump's mass deportation plans (a stated intention to resist federal enforcement; alternative: neutral, a lead announcing an interview).",
      sp=[S(PRITZKER, "J.B. Pritzker")], out=["MSNBC"], amb=True),
    C("opposes", "Author: 'as much as Pritzker postured', his reassurances, 'underscored by Illinois’s sanctuary policies, were notably thin' against federal authority (dismisses the pro-sanctuary stand; alternative: neutral, about the limits of state power).",
      amb=True),
    C("neutral", "Reid 'asked' whether Illinois could stop federal detention facilities, 'which she referred to as “internment camps”'; author: the detained violated immigration law (federal detention, not local cooperation; alternative: opposes, the author rebuts the resistance framing).",
      sp=[S(REID, "Reid", "she")], amb=True),
    C("neutral", "Author: the internment comparison does not apply; the U.S. has a right to enforce its borders, undermined by 'lax policies' (federal border policy, says nothing about local cooperation; alternative: opposes).",
      amb=True),
    C("supports", "Embedded tweet text: Pritzker: 'I will do everything that I can to protect our undocumented immigrants' (a promise to resist deportation; alternative: neutral, protection in general, no mention of police cooperation).",
      sp=[S(PRITZKER, "Pritzker")], amb=True),
    B("embed_attribution", "Tweet attribution line ('— Julio Rosas (@Julio_Rosas11) November 14, 2024')."),
    C("neutral", "Pritzker ('He began by explaining', 'as he explained'): Illinois law bars state and local jails from detaining for deportation but not federal facilities; author: 'laid bare his limitations' (what the law provides; alternative: opposes, the author's belittling frame).",
      sp=[S(PRITZKER, "Pritzker", "He", "he")], amb=True),
]

ANN["d1203_metro-east-star"] = [
    C("neutral", "Release voice: Raoul 'issued updated guidance' to clarify the role of police in immigration enforcement (an action; a document)."),
    C("neutral", "Release voice: what the guidance details; both Acts 'were enacted to increase trust' by barring participation in civil immigration enforcement (" + PURPOSE + ").",
      amb=True),
    C("supports", "Raoul ('said'): civil immigration enforcement is federal; the laws 'enhance public safety and trust' so victims and witnesses cooperate 'without fearing deportation'.",
      sp=[S(RAOUL, "Raoul")]),
]

ANN["d1204_citystuff"] = [
    B("timestamp_label", "Site header date ('Saturday, October 4, 2025'; the capture day, not the publication date)."),
    T("headline_repeat", "Shortened, breadcrumb-like form of the headline ('Issues Guidance on Law Enforcement and Immigration'); the text differs, so no duplicate_of."),
    B("section_label", "Section label ('Must read')."),
    T("headline", "Article headline ('Illinois Attorney General Issues Guidance on Law Enforcement’s Role in Immigration Enforcement')."),
    C("supports", "Raoul issued guidance 'stressing their duty to follow state laws that restrict involvement'; the goal is trust, public safety and clear limits of local authority.",
      sp=[S(RAOUL, "Kwame Raoul")]),
    C("neutral", "The guidance outlines the three Acts; 'These laws collectively aim to build cooperation' by keeping local agencies out of civil immigration enforcement (" + PURPOSE + ").",
      amb=True),
    T("subheading", "Section heading ('A Clear Division of Responsibility')."),
    C("supports", "Raoul ('stated'): civil immigration enforcement is the federal government's; state law gives local police no authority to assist without a criminal warrant.",
      sp=[S(RAOUL, "Raoul")]),
    C("supports", "'Raoul emphasized' the Acts do not hinder criminal investigations and 'enhance public safety' by letting victims and witnesses cooperate without fear of deportation.",
      sp=[S(RAOUL, "Raoul")]),
    T("subheading", "Section heading ('Key Provisions of the Guidance')."),
    C("neutral", "Lead-in to a list (absent from the stored text) of the restrictions the guidance clarifies (descriptive; rule 6 gives it the neutral stance of a provisions list)."),
]

ANN["d1205_tampa-free-press"] = [
    C("opposes", "Bondi 'delivered a stern warning to sanctuary cities' on Fox News, 'vowing legal repercussions' and 'accused these cities' of protecting 'illegal aliens' over citizens' safety.",
      sp=[S(BONDI, "Pam Bondi", "Bondi")], out=["Fox News"]),
    C("opposes", "Bondi ('said during the interview'): funding paused, Chicago and Illinois sued; 'A sanctuary city is aiding and abetting lawbreaking.'",
      sp=[S(BONDI, "Bondi")]),
    B("related_headline", "Related-story link ('RELATED: DOJ Sues Illinois And Chicago Over Immigration Enforcement Policies')."),
    C("neutral", "Author background: an escalating legal battle; what sanctuary policies do (limit cooperation, refuse to detain on status alone) — descriptive."),
    C("opposes", "Bondi ('said'): sanctuary places choose 'illegal aliens over the safety and security of their own citizens'; 'if you don’t comply with federal law, you’re going to be next'.",
      sp=[S(BONDI, "Bondi")]),
]

ANN["d1206_krdo"] = [
    C("neutral", "Dateline: Johnston joined other mayors to testify before a House committee investigating 'sanctuary cities' (an event; no words given)."),
    C("neutral", "'According to our news partners in Denver', Johnston would likely have been subpoenaed had he not come (a fact; the partner outlet is unnamed).",
      out=["our news partners"]),
    C("neutral", "The mayors of New York, Chicago and Boston were also called to testify (a fact)."),
    C("opposes", "Boebert (questioning Johnston) 'asked' him to join her in demanding that Colorado repeal its laws against cooperating with ICE detainers (proposes a rollback).",
      sp=[S(BOEBERT, "Lauren Boebert", "She")], out=["our news partners"]),
    C("supports", "Johnston ('answered'): 'I do not believe the detainer law needs to be changed' (opposes a rollback).",
      sp=[S(MJOHNSTON, "Johnston")]),
    C("opposes", "Evans, Crank and Hurd 'asked' about migrant crime, gang members, ICE pickups, aid to migrants and whether sanctuary policies made Denver 'more vulnerable to crime' (the questions' line warns of crime; alternative: neutral, questions reported without a claim).",
      sp=[S(EVANS, "Gabe Evans"), S(CRANK, "Jeff Crank"), S(HURD, "Jeff Hurd", "They")], out=["our news partners"], amb=True),
    C("neutral", "Hurd 'asked' whether migrants were leaving Denver; Johnston 'answered' the city does not track people 'regardless of immigration status' and 'also said' it would not surprise him (factual answers; alternative: supports, not tracking status).",
      sp=[S(MJOHNSTON, "Johnston", "He"), S(HURD, "Hurd")], out=["our news partners"], amb=True),
]

ANN["d1207_du-clarion"] = [
    C("neutral", "Johnston 'was grilled' at a six-hour hearing on 'alleged “harboring of undocumented immigrants.”' (an event; 'grilled' and 'alleged' are wording only)."),
    C("neutral", "Wu, Johnson and Adams were also questioned (a fact; no words given)."),
    C("opposes", "Comer 'questioned the mayors on their policies that create a “sanctuary for criminals”', 'vowed to hold them accountable', and 'suggested' they cooperate more with deportation efforts.",
      sp=[S(COMER, "James Comer", "He")]),
    C("neutral", "Johnston faced tough questioning from the four Colorado representatives (named, but no words given)."),
    C("neutral", "Johnston ('pointing to', 'said'): 42,000 arrivals in 18 months; his obligation 'to protect the health and safety of everyone in Denver' (the migrant influx, not local cooperation; alternative: supports, a defence of the city at a sanctuary hearing).",
      sp=[S(MJOHNSTON, "Johnston")], amb=True),
    C("neutral", "Johnston ('said'): the question Denver faced was a mother and two children 'dropped on the streets' (humanitarian response, not police cooperation; alternative: supports, defending the city's policies).",
      sp=[S(MJOHNSTON, "Johnston")], amb=True),
    C("supports", "Johnston 'also testified' that crime fell since the migrant influx and encampments were cleared (answers the crime-danger argument against the city; alternative: neutral, about migrants not cooperation rules).",
      sp=[S(MJOHNSTON, "Johnston")], amb=True),
]

ANN["d1208_the-daily-brief"] = [
    T("headline", "Article headline ('Pritzker Defends Sanctuary Policies as White House Threatens Legal Action')."),
    C("neutral", "Author: Pritzker's executive order created the Illinois Accountability Commission to track alleged ICE misconduct (an action; the order's words 'hold them accountable' are a document's)."),
    C("neutral", "Pritzker ('accused', 'said'): ICE is 'going after Black and Brown people'; 'What we don’t want is for people to get racially profiled' (criticises ICE operations, says nothing about local cooperation; alternative: supports, read with the headline's 'defends sanctuary policies').",
      sp=[S(PRITZKER, "Pritzker", "he")], amb=True),
    C("neutral", "The governor ('defended ... saying') his Nazi Germany comparison: 'taking away people’s rights, arresting people, asking them for papers' (federal enforcement conduct, not local cooperation; alternative: supports).",
      sp=[S(PRITZKER, "The governor")], amb=True),
    C("opposes", "Miller 'dismissed the statements as “political grandstanding”', 'reiterated' no state interference will be tolerated, and 'warned' officials who obstruct 'will face JUSTICE'.",
      sp=[S(MILLER, "Stephen Miller", "Miller")]),
]

SIGN = "Sign text the order prescribes (a document quoted; what the policy provides)."
ANN["d1209_tpusa"] = [
    C("neutral", "Johnson 'signed an executive order' (an action) banning ICE from city property; its aim quoted from the order (a document)."),
    C("supports", "Johnson ('stated'): 'We will not tolerate ICE agents violating our residents’ constitutional rights nor will we allow the federal government to disregard our local authority'.",
      sp=[S(BJOHNSON, "Johnson")]),
    C("neutral", "Lead-in to the signage text the order establishes (a document; descriptive)."),
    C("neutral", SIGN + " ('This property is owned and/or controlled by the City of Chicago.')"),
    C("neutral", SIGN + " ('It may not be used for civil immigration enforcement, including as a:')"),
    C("neutral", SIGN + " (list item 'Staging area')"),
    C("neutral", SIGN + " (list item 'Processing location')"),
    C("neutral", SIGN + " (list item 'Operations base.')"),
    C("neutral", "The order (part of 'Protecting Chicago') has city employees report ICE violations to the mayor (what the order provides)."),
    C("neutral", "Background: DHS began Operation Midway Blitz, named for a woman killed by a driver in the U.S. illegally; Noem 'announced the success of the operation' (federal enforcement, not local cooperation; alternative: opposes, the crime framing set against the ICE-free zone).",
      sp=[S(NOEM, "Kristi Noem")], amb=True),
]

ANN["d1210_the-record-north-shore"] = [
    B("section_label", "Section labels ('Skokie, News')."),
    T("headline", "Article headline ('As residents call for action, Skokie prohibits ICE from village-owned property')."),
    C("neutral", "The Board of Trustees was unanimous 'taking a stance against local immigration enforcement' (a vote, an action)."),
    C("neutral", "The Village Board voted to amend the code to bar warrant-less federal immigration operations on village property (a vote; what it provides)."),
    C("neutral", "The amendment specifies the facilities barred without a 'valid' criminal warrant (what it provides)."),
    C("neutral", "The amendment specifies the prohibited activities (what it provides)."),
    C("neutral", "Lockerby 'said' staff are finalising the sign language and Public Works will install the signs (logistics).",
      sp=[S(LOCKERBY, "John Lockerby")]),
    C("neutral", "Barnes 'instructed' people worried about ICE activity to call 911 and a supervisor will respond (procedure; Tennes 'addressed' it, words not given).",
      sp=[S(BARNES, "Jesse Barnes")],
      opt=[O(TENNES, "'addressed' ICE activity on Oct. 31, but the line gives neither her words nor her position", "Ann Tennes")]),
    C("neutral", "Barnes ('explained'): officers will liaise and prevent escalation; the police cannot guarantee ICE officers identify themselves (procedure and limits, no view on cooperation).",
      sp=[S(BARNES, "Barnes")]),
    C("neutral", "The discussion followed an Indivisible 'Rally Against ICE in Skokie' of more than 100 people (an event)."),
    B("photo_caption", "Photo caption ('Bushra Amiwala addresses a crowd ...'); names a person without words."),
]

ANN["d1211_mountain-ear"] = [
    B("navigation", "Site navigation ('Log in Subscribe')."),
    T("headline", "Column headline ('Peak Report: Mayor Mike goes to Washington')."),
    B("byline", "Byline ('CHRISTOPHER KELLEY')."),
    B("timestamp_label", "Date label ('Posted 3/12/25')."),
    B("paywall_teaser", "Truncated paywall preview of the article's opening (ends 'of New...'); the full text follows at #10-11; the text differs, so no duplicate_of."),
    B("paywall_notice", "Paywall notice ('This item is available in full to subscribers.')."),
    B("paywall_notice", "Paywall notice ('Please log in to continue')."),
    B("paywall_notice", "Login button ('Log in')."),
    T("headline_repeat", "Headline repeated above the full text.", dup=1),
    B("timestamp_label", "Date label without a date ('Posted')."),
    C("neutral", "Dateline: Johnston testified before the Oversight Committee in an investigation into 'sanctuary cities' (an event)."),
    C("supports", "Adams, Johnson and Wu, 'all of whom defended their cities’ policies on immigration enforcement' (a reported defence of sanctuary policies; alternative: neutral, a summary of testimony without its arguments).",
      sp=[S(ADAMS, "Eric Adams"), S(BJOHNSON, "Brandon Johnson"), S(WU, "Michelle Wu")],
      opt=[O(MJOHNSTON, "'all of whom defended' grammatically covers the three mayors who joined him; his own defence is only implied", "Johnston")],
      amb=True),
    C("neutral", "The hours and the committee members (named, no words given)."),
    C("neutral", "Author: the investigation's purpose was to build a case to deny grants to sanctuary cities and possibly refer them to the DOJ (descriptive)."),
    C("neutral", "Author: origin and definition of 'sanctuary city'; 'Many conservative politicians and pundits use the term' for harbouring criminals (background; alternative: supports, the author distances the page from the criminal-harbouring usage).",
      un=["Many conservative politicians and pundits"], amb=True),
]


if __name__ == "__main__":
    with open(os.path.join(ARTICLES, "articles.json"), encoding="utf-8") as f:
        manifest_entries = json.load(f)  # read only; build() writes its copy to SCRATCH_MANIFEST
    build(SCRATCH_MANIFEST, manifest_entries, ARTICLES, GOLD, ANN, "d12")
