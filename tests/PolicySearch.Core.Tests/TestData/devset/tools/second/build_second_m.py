#!/usr/bin/env python3
"""Dev set, part M (files d1300-d1314, folder fresh-m/articles): a SECOND, independent annotation for
inter-annotator agreement -> tools/second/second-fresh-m.jsonl.

Made from the article texts and the guidelines only: /work/shared/eval/seeds/NOTES.md (speaker rules, field
conventions), STANCE_GUIDELINES.md (stance rules), goldlib.py, canonical.py and the docstring/format of
build_gold_k.py as a model. The first annotation of this part (its gold file, its builder, its SOURCES file)
was not opened. No analysis code or product output was looked at or run.

Conventions followed (as in part K): canonical names from canonical.py, otherwise the fullest form the article
gives, titles dropped; a person speaking for an organisation is the person only; unnamed officials of a named
body map to the body; a lawsuit's (or a letter's) filers speak through the document when a claim is stated
(optional speakers where the document, not they, is the grammatical speaker); a quote continuing an earlier
line's attribution keeps the speaker with an empty alias list; a page's own voice (a release, a
representative's site, a letter to the editor) is the author, not a speaker; borderline attributions are
optional speakers with a reason.

The manifest entries are read from the part's articles.json (never rewritten): goldlib.build() always writes
a manifest, so it is pointed at a scratch path under /tmp.

Run: python3 build_second_m.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldlib import B, C, O, S, T, build  # noqa: E402
from canonical import CURRAN, DHS, GOV_OFFICE, GROOTENS, PRITZKER, RAUNER, TRUMP, TRUMP_ADMIN  # noqa: E402

DEVSET = os.path.normpath(os.path.join(HERE, "..", ".."))
ARTICLES = os.path.join(DEVSET, "fresh-m", "articles")
GOLD = os.path.join(HERE, "second-fresh-m.jsonl")
SCRATCH_MANIFEST = os.path.join("/tmp", "second-m-scratch", "articles.json")

CPD = "Chicago Police Department"
FAIR = "Federation for American Immigration Reform"
LPF = "Latino Policy Forum"
BGA = "Better Government Association"
OCSD = "Orange County Sheriff's Department"
NELSON = "Shawn Nelson"
KENNEY = "Jim Kenney"
PRATT = "Marcel Pratt"
MCFADDEN = "Garry McFadden"
BOURNE = "Avery Bourne"
NBROWN = "Nick Brown"
WAGNER = "Dale Wagner"
BRADLEY = "Shannon Bradley"
SUITS = "Jerry Suits"
LAESCH = "John Laesch"

# The eight signers of the IBIC-published law-enforcement letter (d1301), names as the article gives them.
LETTER_SIGNERS = [
    (CURRAN, "Mark Curran"),
    ("Sam C Pitassi", "Sam C Pitassi"),
    ("Christopher P. Pavini", "Christopher P. Pavini"),
    ("Michael Witz", "Michael Witz"),
    ("Jeffrey Swoboda", "Jeffrey Swoboda"),
    ("Tom Rogers", "Tom Rogers"),
    ("Michael D. Cimaglia", "Michael D. Cimaglia"),
    ("Frank Fagiano", "Frank Fagiano"),
]
LETTER_REASON = ("the letter's body (first person 'we'); its eight signers are named in line 3, but the letter "
                 "itself is the grammatical speaker and the stored text has no signature block")


def letter_opt():
    return [O(n, LETTER_REASON) for n, _ in LETTER_SIGNERS]


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d1300_latino-policy-forum"] = [
    T("headline", "Release headline ('Illinois Trust Act Becomes Law')."),
    C("supports", "Rauner pull quote with attribution ('-Governor Bruce Rauner'): the Act will help officers 'do their jobs better and make our communities safer'.",
      sp=[S(RAUNER, "Bruce Rauner")]),
    C("supports", "Release voice: the Forum 'recognizes and congratulates' the Governor for 'this essential legislation' with 'reasonable, constitutional limits' that fosters trust (the signing itself is an action).",
      opt=[O(LPF, "the release's own voice naming itself ('The Latino Policy Forum recognizes and congratulates'); a page's own voice is the author", "The Latino Policy Forum")]),
    C("supports", "Author: what the Act provides, that courts found detainer-only holds unconstitutional (legality argument), and law enforcement's 'unwavering support' at the signing.",
      un=["Representatives of the state’s law enforcement communities"]),
    C("supports", "Author: the Act bars status-only stops and 'will serve to restore the trust and faith' of Latinos and immigrants in police (trust/crime-reporting benefit)."),
]

ANN["d1301_ibic"] = [
    B("site_notice", "Sign-up prompt of the coalition's site ('Join our Supporter List ...')."),
    T("headline", "Post headline ('Illinois Law Enforcement Urge Governor Rauner to Approve TRUST Act ...')."),
    B("byline", "Byline ('Rebecca Shi')."),
    C("supports", "Eight named law-enforcement officials 'sent a letter to urge Governor Rauner to approve' SB 31 'to make public safety easier to achieve'; employers, faith leaders and entrepreneurs also support it.",
      sp=[S(n, a) for n, a in LETTER_SIGNERS],
      un=["Illinois employers", "faith leaders", "Latino and Asian entrepreneurs"]),
    T("subheading", "Heading over the reproduced letter ('Law Enforcement Letter for Trust Act SB 31')."),
    B("timestamp_label", "The letter's date line ('August 17, 2017')."),
    B("letter_address", "Letter address block ('Office of the Governor'); names the addressee, no words."),
    B("letter_address", "Letter address block ('207 State House')."),
    B("letter_address", "Letter address block ('Springfield, IL 62706')."),
    B("letter_salutation", "Letter salutation ('Dear Governor Bruce Rauner,'); Rauner is addressed, not a speaker."),
    C("supports", "Letter: 'we support and ask you to approve' SB 31, a sensible policy to spend police time on true threats, not on removing immigrants seeking work or family.",
      opt=letter_opt()),
    C("supports", "Letter: SB 31 'is not \"sanctuary\" bill' because it allows communication with federal agents and complies with federal statutes (denies the sanctuary charge on the law's behalf).",
      opt=letter_opt()),
    C("supports", "Letter: SB 31 'will strengthen our collective public safety'; going after hardworking immigrants strains budgets and manpower.",
      opt=letter_opt()),
]

ANN["d1302_free-beacon"] = [
    T("headline", "Article headline ('Orange County Sheriff Rejects California ‘Sanctuary’ Law')."),
    T("dek", "Dek ('County and city officials consider proposals to join DOJ in suing state')."),
    B("photo_caption", "Photo caption (ICE agents questioning a man)."),
    B("photo_caption", "Photo caption with credit ('/ Getty Images'); text differs from the line before, so no duplicate_of."),
    B("timestamp_label", "Date line ('March 27, 2018')."),
    C("opposes", "Author: Orange County officials 'are revolting against' the state's sanctuary law (reports actors opposing the limits; alternative: neutral, descriptive; 'so-called' is wording only).",
      un=["Officials in Orange County"], amb=True),
    C("neutral", "The Sheriff's Department started publicly posting inmates' release dates (an action)."),
    C("neutral", "What the action does: release dates public, including for people ICE may want to detain (descriptive)."),
    C("opposes", "The Sheriff's Department 'said in a statement' the sanctuary provision 'increases the likelihood of dangerous offenders being released'.",
      sp=[S(OCSD, "the Orange County Sheriff's Department")]),
    C("opposes", "Nelson 'said he will ask' fellow supervisors to consider joining the Justice Department's suit against the state's sanctuary law (seeks to undo the limits).",
      sp=[S(NELSON, "Shawn Nelson")]),
    C("opposes", "Nelson ('he told the Washington Free Beacon'): the state put counties in an 'unconstitutional predicament'; the federal government needs local cooperation.",
      sp=[S(NELSON, "he")], out=["Washington Free Beacon"]),
    C("opposes", "Nelson ('he said'): 'They're making it illegal for our officers to cooperate in any way, and that's just not right.'",
      sp=[S(NELSON, "he")]),
    C("opposes", "Nelson ('he said'): officials swear to uphold the federal and state Constitutions (offered as his case against the state law; alternative: neutral, the oath alone names no position).",
      sp=[S(NELSON, "he")], amb=True),
]

ANN["d1303_metro-philadelphia"] = [
    T("headline", "Article headline ('Philly beats Trump again, wins sanctuary city suit')."),
    T("headline_repeat", "Headline repeated.", dup=0),
    C("supports", "Author: Trump's move 'to punish Philadelphia' for its sanctuary policies was knocked down and Philadelphia 'emerged the victor' (favourable framing against federal pressure; alternative: neutral, a ruling reported).",
      amb=True),
    C("neutral", "The ruling: the administration could not constitutionally withhold the Byrne JAG grant (a ruling, an action; 'in punishment' leans; alternative: supports).",
      amb=True),
    C("supports", "Kenney ('said in a statement'): 'a total and complete victory'; the ruling stops a White House 'run by a bully'; grant dollars are no 'political shakedown' (criticises federal pressure).",
      sp=[S(KENNEY, "Jim Kenney")]),
    C("supports", "Author: the earlier restraining order (an action) and the grant cut 'explicitly intended as a punishment' of leaders like Kenney who 'staunchly stood by' sanctuary policies despite 'harsh rhetoric' (criticises federal pressure).",
      opt=[O(KENNEY, "'staunchly stood by sanctuary city policies' reports a position without a speech verb or words", "Kenney")]),
    C("supports", "Pratt ('said in a statement'): the attorney general 'violated the Constitution and unlawfully attached conditions' to the grant (criticises federal pressure).",
      sp=[S(PRATT, "Marcel Pratt")]),
]

ANN["d1304_route-fifty"] = [
    T("headline", "Article headline ('Urban Sheriffs Flee ICE Program as Small Counties Join Trump’s Deportation Push')."),
    B("photo_caption", "Photo caption (protesters at the Maricopa County Jail)."),
    B("photo_caption", "Photo caption with credit ('AP Photo'); text differs from the line before, so no duplicate_of."),
    B("site_notice", "Site tagline ('Connecting state and local government leaders')."),
    T("dek", "Dek ('An earlier increase in arrests related to the 287(g) program has slowed ...')."),
    B("syndication_note", "Syndication note ('This story was originally published by Stateline ...')."),
    C("neutral", "Activists knocked on 12,000 doors about immigration and sheriff elections (an action, descriptive)."),
    C("supports", "Democratic sheriff candidates won 'on a pledge to end participation in 287(g)' (reports actors promising to end cooperation; the ousted incumbents' opposite pledge is the minor point; alternative: neutral, election facts).",
      un=["Democratic sheriff candidates in both counties", "incumbents"], amb=True),
    C("supports", "McFadden celebrated ending 287(g); 'He said in a recent interview' he gets complaints but 'hasn't changed his mind' (stands by ending the cooperation).",
      sp=[S(MCFADDEN, "Garry McFadden", "He")]),
    C("supports", "McFadden ('told Stateline'): 'We need to build trust with a community that does not trust us'; victims and witnesses afraid to come forward (trust/crime-reporting argument).",
      sp=[S(MCFADDEN, "McFadden")], out=["Stateline"]),
]

ANN["d1305_common-dreams"] = [
    T("headline", "Article headline ('Advocates Say Illinois Ban on Private Immigrant Detention Centers ... Should Be Model for Country')."),
    B("photo_caption", "Photo caption (Pritzker signing; '(Photo: @GovPritzker/Twitter)')."),
    T("headline_repeat", "Headline repeated.", dup=0),
    C("neutral", "Pull quote with no attribution in the text: 'We will not allow private entities to profit off of the intolerance of this president' (private detention, not local police cooperation; alternative: supports, defiance of federal enforcement).",
      opt=[O(PRITZKER, "an unattributed pull quote; presumably the governor's (the other pull quote is his), but nothing in the text names its speaker")], amb=True),
    C("supports", "Critics of Trump's policies 'are calling on' lawmakers to follow Illinois, which banned private detention and 'enacted other protections for undocumented state residents' (alternative: neutral, the detention ban is not local cooperation).",
      un=["Critics of President Donald Trump's immigration policies"], amb=True),
    C("supports", "Pull quote, attributed in the next line to Pritzker: against attempts to 'force families into the shadows, we are taking action' (defends the protections; alternative: neutral, immigrants in general).",
      sp=[S(PRITZKER)], amb=True),
    C("supports", "Attribution line of the pull quote ('--Illinois Gov. JB Pritzker'); takes the stance of the quote it closes (rule 6; alternative: neutral, or boilerplate as pull-quote furniture).",
      sp=[S(PRITZKER, "JB Pritzker")], amb=True),
    C("neutral", "Pritzker signed three bills (an action) a day before Trump 'turned to Twitter to announce' postponed ICE raids (Trump's words are about the raids, not local cooperation).",
      sp=[S(TRUMP, "Trump")]),
    C("supports", "Pritzker ('said in a statement'): Illinois 'stands as a firewall against Donald Trump's attacks on our immigrant communities'; 'we are taking action'.",
      sp=[S(PRITZKER, "Pritzker")]),
]

ANN["d1306_rep-bourne"] = [
    T("headline", "Release headline ('Bourne Supports Sheriffs’ Lawsuit to Invalidate Trust Act ...')."),
    C("opposes", "Release voice: four sheriffs filed suit to invalidate the Act (an action); Bourne 'issued the following statement:' (lead-in, rule 6: stance of the statement that follows; alternative: neutral, mostly the filing as fact).",
      sp=[S(BOURNE, "Avery Bourne")], amb=True),
    C("opposes", "Bourne's statement continued (no attribution in the line): 'I support the sheriffs’ lawsuit seeking to invalidate the Trust Act'; dangerous felons released into communities, 'unacceptable'.",
      sp=[S(BOURNE)]),
    C("opposes", "Bourne's statement continued: 'We should not be interfering' with federal authorities; officers must be able to honour detainers, 'vital to keeping our communities safe' (the sheriffs' view inside her account stays with her).",
      sp=[S(BOURNE)]),
]

ANN["d1307_journal-standard"] = [
    C("opposes", "Letter writer (author): thankful the sheriffs 'have the fortitude to protect us' by suing against the TRUST Act (the filing itself is an action)."),
    C("neutral", "The four sheriffs filed suit (an action); what the TRUST Act restricts (descriptive)."),
    C("opposes", "Author: Pritzker's motives mocked; he ordered IDOC to stop notifying ICE 'despite valid immigration detainers' (the order is an action; the framing is critical).",
      un=["democratic socialists"]),
    C("opposes", "Author: convicted people released into communities without notification, 'jeopardizing public safety' (warns of danger)."),
    C("opposes", "Author: IDOC's former cooperation with ICE (48-hour holds) protected communities; Pritzker 'made the decision to severely restrict' it (argues for working with ICE)."),
]

ANN["d1308_jurist"] = [
    C("neutral", "Pritzker signed four bills and issued an executive order (actions), the phrase 'Illinois as the most welcoming state in the nation' quoted without a speech verb (descriptive news).",
      opt=[O(PRITZKER, "the quoted aim ('Illinois as the most welcoming state in the nation') is given without a speech verb", "JB Pritzker")]),
    C("supports", "Lead-in: 'the Governor’s office said,' (rule 6: stance of the release text that follows; alternative: neutral).",
      sp=[S(GOV_OFFICE, "the Governor’s office")], amb=True),
    C("supports", "The governor's office release, continued from the line before: the laws 'strengthen the [Illinois] TRUST Act' and require local officials 'to end partnerships with ICE' (a favourable self-description; alternative: neutral, what the laws do).",
      sp=[S(GOV_OFFICE)], amb=True),
    C("neutral", "What HB 121 and SB 667 do (SB 667 restricts status inquiries and gives the AG enforcement powers); the quote is statute text (a document)."),
    C("neutral", "What SB 1596 and SB 2665 do (statute text; a task force date)."),
]

ANN["d1309_rep-mccombie"] = [
    T("headline", "Post headline ('Repeal the Trust Act')."),
    C("opposes", "Site voice (author): House Republicans back legislation to repeal the TRUST Act, 'ending Illinois’ status as a sanctuary state' (proposes a rollback).",
      un=["House Republicans"]),
    C("opposes", "Author: the repeal would allow cooperation with federal authorities and 'is necessary'; 'According to the Federation for American Immigration Reform', undocumented immigrants cost taxpayers $2.9 billion (cost).",
      sp=[S(FAIR, "Federation for American Immigration Reform")]),
    C("opposes", "Author: Chicago faces a 'humanitarian and budgetary catastrophe, due to its status as a sanctuary city' (cost)."),
    C("neutral", "Author: the cost of the state's healthcare program for undocumented immigrants; Republicans' resolution for a moratorium (benefits, not local police cooperation; alternative: opposes, cost framing in a repeal piece).",
      un=["Illinois House Republicans"], amb=True),
]

ANN["d1310_restoration-news"] = [
    T("headline", "Article headline ('Sanctuary Laws Needlessly Expose the Public To Violent Crime')."),
    T("dek", "Dek / teaser under the headline ('That's why Attorney General Pam Bondi's first act ... was to sue Illinois'); alternative: content, opposes (the suit as the answer to sanctuary-law crime).",
      amb=True),
    C("opposes", "The Trump administration sued, 'citing interference' with ICE (the filers' stated claim); author: sanctuary laws 'needlessly expose the public to violent crimes'.",
      sp=[S(TRUMP_ADMIN, "The Trump administration")]),
    B("related_box", "Related-story link ('(RELATED: Chicago, That Toddler Traffickin’ Town)')."),
    T("subheading", "Section subheading ('Welcoming City Ordinance Welcomes Crime by Illegals'); slanted, but a title row has no stance."),
    C("opposes", "Murder charges (fact); 'one detective said' police were 'handcuffed by the city’s sanctuary law' (the unnamed detective maps to the Chicago Police Department).",
      sp=[S(CPD, "one detective")]),
    C("opposes", "'Police expressed concerns' they would have to release the suspects after 48 hours; author: without the sanctuary law suspects could go to ICE (argues for working with ICE).",
      sp=[S(CPD, "Police")]),
    C("opposes", "Author: without the sanctuary law Morales 'would almost certainly have been in federal custody at the time of the murder' (warns of crime)."),
    C("neutral", "Police reports show Morales was released a day after his arrest (a document's fact; in context the point against the sanctuary law; alternative: opposes).",
      amb=True),
]

ANN["d1311_kpq"] = [
    T("headline", "Article headline ('Washington’s AG Sues Adams County Over Immigration Enforcement Practices')."),
    C("neutral", "Lede: a state lawsuit 'alleging' the sheriff's office aids federal immigration enforcement (a suit filed; the filer is named only in line 3).",
      opt=[O(NBROWN, "the lawsuit's allegation; its filer, the Washington Attorney General, is named only two lines later")]),
    C("neutral", "What Washington's 'Keep Washington Working' Act prohibits (descriptive)."),
    C("supports", "'Nick Brown says' the sheriff's office illegally held people on status alone and gave ICE confidential information (enforces and defends the state's limits).",
      sp=[S(NBROWN, "Nick Brown")]),
    C("supports", "Brown ('Brown said'): the county broke off talks after Trump's inauguration and aligned with 'the most virulent anti-immigration voices' (criticises the county's turn toward cooperation; alternative: neutral, the litigation history).",
      sp=[S(NBROWN, "Brown")], amb=True),
    C("neutral", "The sheriff's office retained America First Legal as counsel (a fact)."),
    C("opposes", "Wagner 'responded'; 'He says' the claim of illegal immigration enforcement 'misrepresents the reality' (rejects the suit enforcing the limits; alternative: neutral, a denial of the facts).",
      sp=[S(WAGNER, "Dale Wagner", "He")], amb=True),
    C("opposes", "Wagner ('Sheriff Wagner said'): the state's restrictions 'attempt to tie the hands of law enforcement', making it harder to cooperate with federal agencies.",
      sp=[S(WAGNER, "Wagner")]),
]

ANN["d1312_bga"] = [
    B("distribution_label", "Distribution header ('10/01/2025 | Press release | Distributed by Public ...')."),
    C("supports", "Release voice: the BGA 'is concerned' that the TRUST Act 'likely is being violated without urgency to resolve' (wants the limits enforced; alternative: neutral, accountability rather than the Act's merits).",
      opt=[O(BGA, "the release's own voice naming itself ('the BGA is concerned'); a page's own voice is the author", "the BGA")], amb=True),
    C("supports", "Release voice: 'We call on Attorney General Kwame Raoul' to investigate all potential TRUST Act violations (Raoul is addressed, not a speaker)."),
    C("neutral", "Release voice: one sheriff coordinated with ICE 'in a manner that appears to violate' the Act (an action); 'Two other sheriffs have stated' they would coordinate (Bradley and Suits, named in line 6) (mostly reported facts; alternative: supports for the violation framing, or opposes for the sheriffs' stated intent).",
      sp=[S(BRADLEY, "Two other sheriffs"), S(SUITS, "Two other sheriffs")], amb=True),
    C("neutral", "'WTTW reported' Grootens transferred at least two men to ICE and the jail's contract lets ICE detain people (actions, reported).",
      out=["WTTW"]),
    C("opposes", "Grootens ('had stated', 'Grootens told KHQA'): 'no intentions of turning away ICE agents'; 'We've put a few ... in jail' for ICE (his quotes dominate; alternative: neutral, evidence in a pro-enforcement release).",
      sp=[S(GROOTENS, "the Adams County sheriff", "Grootens")], out=["KHQA"], amb=True),
    C("opposes", "'Capitol News Illinois reported that Grootens said' he 'cooperated with ICE'; Bradley and Suits 'answered in a survey' they 'would not comply with the TRUST Act' (alternative: neutral, reported facts with the BGA's caveat).",
      sp=[S(GROOTENS, "Grootens"), S(BRADLEY, "Shannon Bradley"), S(SUITS, "Jerry Suits")],
      out=["Capitol News Illinois", "CNI"], amb=True),
]

ANN["d1313_city-of-aurora"] = [
    T("headline", "Release headline ('City Council Set To Consider Ordinance Restricting ICE')."),
    B("timestamp_label", "Publication date ('Published on October 31, 2025')."),
    B("release_label", "Release label ('FOR IMMEDIATE RELEASE: October 31, 2025')."),
    C("neutral", "A committee will meet on a date to consider an ordinance restricting City property for immigration enforcement (a schedule, descriptive)."),
    C("neutral", "What the proposed ordinance prohibits (descriptive)."),
    C("neutral", "The City will document unauthorized use by federal agents for the state commission ('preventing future harm' leans; alternative: supports).",
      amb=True),
    C("supports", "Laesch ('Mayor John Laesch said'): the ordinance will 'prohibit ICE from using City property', 'helping Aurorans to stay safe and protected'.",
      sp=[S(LAESCH, "John Laesch")]),
    C("neutral", "Implementation if passed: departments, signage, procedures (descriptive)."),
]

ANN["d1314_clear-conservative-view"] = [
    C("opposes", "Author: Pritzker signed a law against the 'depravity' of deportation policies (an action, his word quoted without a speech verb), 'though federal officials have declared it unconstitutional' (the emphasised final point; the officials are DHS, named in line 5; alternative: neutral).",
      sp=[S(DHS, "federal officials")],
      opt=[O(PRITZKER, "his word 'depravity' is quoted without a speech verb in this line", "J.B. Pritzker")], amb=True),
    C("neutral", "What the law restricts (courthouses, hospitals, campuses, day care) and the right to sue agents (descriptive)."),
    C("supports", "Pritzker ('stated', 'He added'): daily tasks should not be 'life-altering'; people can attend court 'without fear of deportation'.",
      sp=[S(PRITZKER, "Pritzker", "He")]),
    C("neutral", "School officials may not report immigration status under the law (descriptive)."),
    C("supports", "Pritzker ('said' in a social media post): the law 'expands legal protections'; 'We will counter the Trump Administration’s depravity.'",
      sp=[S(PRITZKER, "Pritzker")]),
    C("opposes", "DHS 'responded by accusing' Pritzker of acting unconstitutionally; 'A DHS statement cited' the Supremacy Clause; 'The department claimed' he violated it.",
      sp=[S(DHS, "The Department of Homeland Security", "DHS", "The department")]),
    C("opposes", "'A recent DHS report' (a document) says 1,768 criminal non-citizens were released despite detainers (warns of crime).",
      opt=[O(DHS, "a report of the department (a document), not a statement", "DHS")]),
    C("neutral", "Pritzker 'is considered by some' a possible 2028 candidate (unrelated to the target).",
      un=["some"]),
]


def manifest_entries():
    """The part's manifest, read (never written) so that goldlib checks the same files in the same order."""
    with open(os.path.join(ARTICLES, "articles.json"), encoding="utf-8") as f:
        return json.load(f)


if __name__ == "__main__":
    os.makedirs(os.path.dirname(SCRATCH_MANIFEST), exist_ok=True)
    build(SCRATCH_MANIFEST, manifest_entries(), ARTICLES, GOLD, ANN, "d13")
