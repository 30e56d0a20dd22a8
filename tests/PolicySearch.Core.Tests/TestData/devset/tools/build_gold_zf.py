#!/usr/bin/env python3
"""Dev set, part ZF (files d3200-d3207): hand annotations -> fresh-zf/gold-fresh-zf.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 8 articles from 8 outlets, 2018-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. Two articles are not about Illinois (d3200 Iowa's 2018 anti-sanctuary law; d3201 Milwaukee
County, Wisconsin); d3205 is a Spanish-language article on the 2025 suit against Illinois and Chicago.
The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (models: build_gold_s.py
and build_gold_y.py): canonical names from canonical.py where they apply (Lori Lightfoot, JB Pritzker,
Brandon Johnson, Kwame Raoul, U.S. Department of Justice, Trump administration, Donald Trump),
otherwise the fullest form the article gives, titles dropped ("County Board Chair Deborah Conroy" ->
Deborah Conroy, "Texas Gov. Greg Abbott" -> Greg Abbott, "la fiscal general Pam Bondi" -> Pam Bondi).
"Johnston" (d3202, from the label "Holding — Johnston, J.") is the only form the page gives for the
judge; the court's findings ("the court found", "The U.S. District Court ... held", "reasoned", "The
court noted") are the judge's ruling and so the judge's speech (the d1905 Jenkins precedent, with "the
court" mapped to the judge as "A federal judge" was in d1906). "The Illinois Attorney General" moving to
dismiss and "arguing" (d3202 #5) is the defendant Kwame Raoul (the case is PRIM v. RAOUL) speaking
through his filing. An organisation speaking as itself is a speaker (the Milwaukee County Sheriff's
Office "has declared", d3201 #1; the ACLU of Wisconsin through its letter, which "emphasized", d3201 #2;
the Trump administration through its suit, "argumentando", d3205 #3); an unnamed official of a named
body is the body (the DOJ official who "explicó al New York Post", d3205 #4). A quote continuing an
attribution keeps the speaker with an empty alias list (Bondi after "declaró:", d3205 #6; the DOJ's
"claim" and Pritzker's and Johnson's advice carried over a transcript line break, d3204 #4 and #5).
d3204 is a radio-podcast transcript without speaker labels: the host (Trent R. Nelson) and the guest
(David Greising of the Better Government Association) are optional speakers of their turns, since a
transcript gives words without a quote or speech verb. Resolutions, ordinances, whereas clauses and
reports are documents, not speakers (d3207 #5-#7, d3201 #1); suing, voting, presenting, busing and
dismissing are actions. The New York Post (d3205) only passes words along: a cited outlet. They were
made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zf.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, DOJ, LIGHTFOOT, PRITZKER, RAOUL, TRUMP, TRUMP_ADMIN

ARTICLES, MANIFEST, GOLD = part_files("fresh-zf", "gold-fresh-zf.jsonl")


MCSO = "Milwaukee County Sheriff’s Office"
ACLU_WI = "ACLU of Wisconsin"
JOHNSTON = "Johnston"
ABBOTT = "Greg Abbott"
NELSON = "Trent R. Nelson"
GREISING = "David Greising"
BONDI = "Pam Bondi"
CONROY = "Deborah Conroy"

HOST_TURN = ("an unlabelled transcript turn spoken by the host (he names himself in #0 and is greeted as 'Trent' "
             "in #1); a transcript gives words without a quote or speech verb")
GUEST_TURN = ("an unlabelled transcript turn: the answer of the guest introduced in #0 as the BGA's president and "
              "CEO, David Greising; no quote or speech verb")
SUIT_MENTION = ("'El gobierno Federal menciona en la demanda': the suit naming the laws it challenges (a description "
                "of the laws rather than a claim)")
SMEAR = "Trump's view reported only as the author's paraphrase ('has repeatedly smeared Chicago as a crime-ridden hellhole')"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d3200_storm-lake-times"] = [
    T("headline", "Editorial headline ('A cynical law')."),
    C("supports", "Editorial voice: the Iowa bill denying state funds to jurisdictions that do not cooperate with ICE was 'unnecessary', may be unconstitutional and will only 'instill fear in people of color' (against the anti-sanctuary measure)."),
    C("supports", "Editorial voice: local police already hold suspects when ICE asks; every law enforcement group lobbied against the bill; fear drives undocumented people 'underground' and costs police 'eyes and ears' (the trust argument against forced cooperation).",
      un=["every law enforcement and public safety group", "Police"]),
]

ANN["d3201_soberalski-law"] = [
    T("headline", "Blog post headline ('ACLU of Wisconsin stands up for immigrants, and Milwaukee County changes policy')."),
    C("supports", "The Milwaukee County Sheriff's Office 'has declared it will not hold' people solely on an ICE detainer; the firm is 'happy to announce' it (an actor refusing detainers, welcomed).",
      sp=[S(MCSO, "Milwaukee County Sheriff’s Office")]),
    C("supports", "The ACLU of Wisconsin through its letter ('The letter emphasized'): holding people for ICE beyond their arrest 'is a violation of the 4th Amendment' and exposes sheriffs to litigation and a 'breach of trust'.",
      sp=[S(ACLU_WI, "ACLU of Wisconsin")]),
    C("supports", "Author: detainers are 'a strictly voluntary request'; without a judicial warrant complying is 'an unconstitutional search or seizure', unreimbursed and at the jail's own legal risk (a legal case for refusing them)."),
]

ANN["d3202_studicata"] = [
    T("headline", "Case-summary title ('PRIM v. RAOUL')."),
    T("dek", "Court and year line under the title ('United States District Court, Northern District of Illinois (2021)')."),
    T("subhead", "Section label ('Facts')."),
    C("neutral", "The sheriffs 'sought to cooperate' with ICE by complying with detainer requests (the plaintiffs' aim, summarised; alternative: opposes, their wish to honour detainers).",
      un=["A group of sheriffs in Illinois"], amb=True),
    C("neutral", "They aimed to have the TRUST Act 'declared preempted by federal law' (what the suit sought; a lawsuit is a fact)."),
    C("neutral", "Raoul ('The Illinois Attorney General moved to dismiss ..., arguing') that the sheriffs lacked standing (a procedural argument; alternative: supports, the defence of the Act).",
      sp=[S(RAOUL, "Illinois Attorney General")], amb=True),
    C("neutral", "The court first had to decide its jurisdiction (procedure)."),
    C("neutral", "Johnston ('the court found'): the sheriffs 'did not demonstrate sufficient standing under Article III' (legal reasoning on standing, not on the Act's merits).",
      sp=[S(JOHNSTON, "the court")]),
    C("neutral", "The case was dismissed without prejudice, with leave to amend (an action)."),
    T("subhead", "Section label ('Issue')."),
    C("neutral", "The issue: whether the sheriffs had standing to challenge the Act (description)."),
    T("subhead", "Section label naming the judge ('Holding — Johnston, J.')."),
    C("neutral", "Johnston ('The U.S. District Court for the Northern District of Illinois held') that the sheriffs lacked standing and granted the motion to dismiss (alternative: supports, a ruling leaving the Act in force).",
      sp=[S(JOHNSTON, "The U.S. District Court for the Northern District of Illinois")], amb=True),
    T("subhead", "Section label ('Rule')."),
    C("neutral", "The standing rule: a concrete, particularized, traceable and redressable injury (a statement of law)."),
    T("subhead", "Section label ('Reasoning')."),
    C("neutral", "Johnston ('The U.S. District Court ... reasoned') that the plaintiffs failed to establish an injury in fact (legal reasoning).",
      sp=[S(JOHNSTON, "The U.S. District Court for the Northern District of Illinois")]),
    C("neutral", "Johnston ('The court noted') that the sheriffs had no legally protected interest at stake (legal reasoning).",
      sp=[S(JOHNSTON, "The court")]),
]

ANN["d3203_voice-of-liberty"] = [
    T("headline", "Headline ('Chicago Mayor Lightfoot Busses Texas Migrants Out Of Chicago')."),
    C("opposes", "Author: Lightfoot 'defined the word “hypocrisy”' by busing migrants on to Burr Ridge (mocks the sanctuary city's welcome; alternative: neutral, about migrant busing rather than police cooperation)."),
    C("neutral", "Background: border encounters; Abbott began busing migrants to 'sanctuary cities like Washington D.C., New York City, and Chicago' (an action reported)."),
    C("neutral", "Author: the left called the busing a 'political stunt'; the migrants 'have to go somewhere' and Abbott chose sanctuary cities that 'will care for' them (alternative: opposes, sanctuary cities made to bear what they invited).",
      un=["Many on the left"], amb=True),
    C("supports", "Lightfoot ('Mayor Lightfoot said in a statement'): Chicago 'has been a sanctuary for thousands of newcomers. We are welcoming them'; the author adds 'Those sentiments changed quickly' (alternative: opposes, the author's jab; or neutral, about welcoming migrants).",
      sp=[S(LIGHTFOOT, "Lightfoot")], amb=True),
    C("opposes", "Abbott ('In a press release Abbott said'): New York is 'the ideal destination' given the services Adams 'has boasted about within the sanctuary city'; 'I hope he follows through on his promise' (sarcasm at sanctuary cities; alternative: neutral, about busing).",
      sp=[S(ABBOTT, "Abbott")], amb=True),
]

ANN["d3204_wmay"] = [
    C("neutral", "Show opening: 'Full Disclosure with the Better Government Association', the host and the guest introduced (no view on the policy).",
      opt=[O(NELSON, HOST_TURN, "Trent R. Nelson")]),
    C("neutral", "The host lists the show's topics and greets the guest, who answers 'Good, Trent' (no view on the policy).",
      opt=[O(NELSON, HOST_TURN, "Trent"), O(GREISING, GUEST_TURN)]),
    C("neutral", "The host: 'a lot of back and forth between the state of Illinois and the 45th and 47th president's' (a fragment; no view).",
      opt=[O(NELSON, HOST_TURN)]),
    C("neutral", "The host's question; the guest: 'the Justice Department sued the state of Illinois, city of Chicago, Cook County' (a suit filed, a fact).",
      opt=[O(NELSON, HOST_TURN), O(GREISING, GUEST_TURN)]),
    C("opposes", "The DOJ's claim, relayed by the guest ('with a claim that'): the state 'is impeding the efforts of the Immigration and Customs Enforcement Service'; lead-in to the governor's and mayor's advice (alternative: neutral, the guest's plain summary of the suit).",
      sp=[S(DOJ)], opt=[O(GREISING, GUEST_TURN)], amb=True),
    C("supports", "Pritzker and Johnson (continuing 'the governor and the mayor of Chicago both have advised') told public employees 'not to cooperate, do anything to help these federal authorities', since state and city laws prohibit it.",
      sp=[S(PRITZKER), S(BJOHNSON)], opt=[O(GREISING, GUEST_TURN)]),
]

ANN["d3205_voz"] = [
    T("headline", "Headline ('La Administración Trump demanda a Illinois y Chicago por las políticas santuario ...')."),
    T("dek", "Dek: the government argues the laws contradict the federal statute on information sharing."),
    B("photo_caption", "Photo caption ('Pam Bondi, durante su audiencia de confirmación en el Senado')."),
    C("opposes", "The Trump administration through its suit ('presentó una demanda ..., argumentando'): the 'santuario' laws hinder immigration enforcement and deportation (alternative: neutral, a suit filed, reported).",
      sp=[S(TRUMP_ADMIN, "La Administración del presidente Donald Trump")], amb=True),
    C("opposes", "A DOJ official ('explicó al New York Post'): this is only the first of several suits against states and cities protecting immigrants (a vow to act against sanctuary jurisdictions; alternative: neutral, plans reported).",
      sp=[S(DOJ, "Departamento de Justicia")], out=["New York Post"], amb=True),
    C("opposes", "Bondi ('afirmó', 'declaró'): the DOJ will not let state and local authorities keep 'obstaculizando el cumplimiento de la ley', endangering public and officers.",
      sp=[S(BONDI, "Pam Bondi")]),
    C("opposes", "Bondi's quote (continuing 'declaró:'): Illinois and Chicago leaders 'han priorizado la protección de inmigrantes ilegales sobre la seguridad de sus ciudadanos. Esto termina hoy'.",
      sp=[S(BONDI)]),
    T("subhead", "Subhead ('Leyes que limitan la acción del gobierno Federal')."),
    C("neutral", "The laws the suit names: the TRUST Act (2017) and Chicago's 2012 ordinance barring arrest or detention solely for immigration status (what the laws provide).",
      opt=[O(TRUMP_ADMIN, SUIT_MENTION, "El gobierno Federal")]),
]

ANN["d3206_weekly-sift"] = [
    T("headline", "Blog post headline ('Trump Comes for Chicago')."),
    T("dek", "Dek ('Whatever this is about, it’s not public safety.')."),
    C("neutral", "Author: Chicago is much safer than in the 1980s, from his own years there (crime, not immigration policy)."),
    C("neutral", "Author: the Hispanic near South Side, the National Museum of Mexican Art, Mexican-American as 'just another Chicago ethnicity' (no view on local cooperation)."),
    C("neutral", "Author: crime remains but the city is 'much safer now'; the riverwalk as a record of 'Chicagoans’ confidence' (background)."),
    C("neutral", "Author objects to Trump smearing Chicago as 'a crime-ridden hellhole' and to 'his scapegoating of Hispanic immigrants' (against Trump and his crackdown, nothing on local cooperation; alternative: supports, a defence of Chicago against the federal push).",
      opt=[O(TRUMP, SMEAR, "Trump")], amb=True),
]

ANN["d3207_nctv17"] = [
    C("neutral", "Lede: a majority of the DuPage County Board supported a 'fair path to citizenship' resolution amid concerns over ICE raids (a vote, reported)."),
    C("neutral", "Twelve of 18 members supported it; Conroy presented it at the Oct. 28 meeting (actions)."),
    T("subhead", "Subhead ('What the ‘fair path to citizenship’ resolution says')."),
    C("neutral", "The resolution follows Cook, Lake and Will counties; Conroy ('Conroy said') that it was legally vetted by the state's attorney's office (process).",
      sp=[S(CONROY, "Conroy")]),
    C("supports", "Conroy ('Conroy said'): 'whatever we put forward is enforceable ... to support our residents ... there will be more to come' (backing the measure against ICE activity; alternative: neutral, about enforceability).",
      sp=[S(CONROY, "Conroy")], amb=True),
    C("supports", "The resolution puts the county 'on record in not supporting any ICE-related or federal immigration enforcement activities' and asserts a right to close county property, 'an ICE-free zone' (a document's stance against cooperation; alternative: neutral, the resolution described)."
      , amb=True),
    C("neutral", "The resolution 'takes aim at lawmakers in Washington' over immigration policy (federal reform, not local cooperation)."),
    C("neutral", "A whereas clause: ICE officers 'sent to detain and arrest residents', 'causing fear' and keeping residents from jobs, schools and services (criticism of federal enforcement, not of local cooperation; alternative: supports).",
      amb=True),
    T("subhead", "Subhead ('Supporters weigh in on reasons for their “yes” votes')."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d3200_storm-lake-times.txt", "outlet": "The Storm Lake Times (stormlake.com, Storm Lake, Iowa; editorial)", "date": "2018-04-06",
     "title": "A cynical law",
     "url": "https://www.stormlake.com/articles/2018/04/06/cynical-law"},
    {"file": "d3201_soberalski-law.txt", "outlet": "Soberalski Law (soberalskilaw.com, law-firm blog, Wisconsin)", "date": "2018-08-23",
     "title": "ACLU of Wisconsin stands up for immigrants, and Milwaukee County changes policy",
     "url": "https://www.soberalskilaw.com/blog/2018/8/23/aclu-of-wisconsin-stands-up-for-immigrants-and-milwaukee-county-changes-policy"},
    {"file": "d3202_studicata.txt", "outlet": "Studicata (studicata.com, case summaries)", "date": "2021",
     "title": "PRIM v. RAOUL (case summary; the page is undated, 2021 is the ruling's year)",
     "url": "https://www.studicata.com/summaries/united-states-district-court-northern-district-of-illinois/prim-v-raoul-2021-duspyt"},
    {"file": "d3203_voice-of-liberty.txt", "outlet": "Voice of Liberty (voiceofliberty.com)", "date": "2022-09",
     "title": "Chicago Mayor Lightfoot Busses Texas Migrants Out Of Chicago",
     "url": "https://voiceofliberty.com/chicago-mayor-lightfoot-busses-texas-migrants-out-of-chicago/"},
    {"file": "d3204_wmay.txt", "outlet": "WMAY (Springfield, Illinois radio; podcast transcript on podquest.app)", "date": "2025-02-10",
     "title": "Full Disclosure w/ the Better Government Association 02-10-25 (from the URL slug; transcript, no headline in the stored text)",
     "url": "https://podquest.app/s/p/927-wmay-springfields-latest-podcasts_8f263/e/full-disclosure-w-the-better-government-association-02-10-25_e1156/transcript"},
    {"file": "d3205_voz.txt", "outlet": "Voz (voz.us, Spanish edition)", "date": "2025-02-07",
     "title": "La Administración Trump demanda a Illinois y Chicago por las políticas santuario que obstaculizan deportaciones de ilegales",
     "url": "https://voz.us/es/society/250207/20821/trump-administration-sues-illinois-and-chicago-over-sanctuary-policies-that-hinder-deportations-of-illegals.html"},
    {"file": "d3206_weekly-sift.txt", "outlet": "The Weekly Sift (weeklysift.com, blog)", "date": "2025-10-06",
     "title": "Trump Comes for Chicago",
     "url": "https://weeklysift.com/2025/10/06/trump-comes-for-chicago/?replytocom=417932"},
    {"file": "d3207_nctv17.txt", "outlet": "NCTV17 (nctv17.org, Naperville Community Television)", "date": "2025-10",
     "title": "DuPage County Board adopts fair path to citizenship resolution (from the URL slug; no headline in the stored text)",
     "url": "https://www.nctv17.org/news/dupage-county-board-adopts-fair-path-to-citizenship-resolution"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d32")
