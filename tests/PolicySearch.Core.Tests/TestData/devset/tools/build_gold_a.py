#!/usr/bin/env python3
"""Builds devset/gold-a.jsonl from the hand annotations below.

Run from anywhere:  python3 build_gold_a.py

Every non-empty line of every article in articles-a.json gets exactly one
annotation.  Each annotation starts with the first words of its line (`starts`),
so a missing or extra annotation shows up at once.  Offsets (UTF-16 code
units, end exclusive), first60 and blank_split_index are computed here.

Checks: manifest files exist; no '\r'; no trailing newline; one annotation per
non-empty line; `starts` matches; every alias occurs verbatim in its line;
content rows have a stance and others do not; subkind is null only for content;
duplicate_of points at an earlier row with the same text.
"""
import json
import os
import re
import sys
from collections import Counter

from goldlib import gold_row

HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.dirname(HERE)
ARTICLES = os.path.join(DEVSET, "articles")
MANIFEST = os.path.join(ARTICLES, "articles-a.json")
OUT = os.path.join(DEVSET, "gold-a.jsonl")


# ---------------------------------------------------------------- helpers
def _sp(items):
    out = []
    for it in items:
        name, aliases = it[0], list(it[1])
        out.append({"name": name, "aliases_in_text": aliases})
    return out


def _opt(items):
    out = []
    for it in items:
        name, aliases, reason = it
        out.append({"name": name, "aliases_in_text": list(aliases), "reason": reason})
    return out


def C(starts, stance, rationale, sp=(), opt=(), un=(), cit=(), amb=False):
    """A content line."""
    assert stance in ("supports", "opposes", "neutral"), stance
    return dict(starts=starts, kind="content", subkind=None, stance=stance,
                rationale=rationale, speakers=_sp(sp), optional_speakers=_opt(opt),
                unnamed_sources=list(un), cited_outlets=list(cit), ambiguous=amb,
                duplicate_of=None)


def B(starts, subkind, rationale, amb=False, dup=None, cit=()):
    """A boilerplate line."""
    return dict(starts=starts, kind="boilerplate", subkind=subkind, stance=None,
                rationale=rationale, speakers=[], optional_speakers=[],
                unnamed_sources=[], cited_outlets=list(cit), ambiguous=amb,
                duplicate_of=dup)


def T(starts, subkind, rationale, amb=False, dup=None):
    """A title line (headline, dek, headline repeat)."""
    return dict(starts=starts, kind="title", subkind=subkind, stance=None,
                rationale=rationale, speakers=[], optional_speakers=[],
                unnamed_sources=[], cited_outlets=[], ambiguous=amb,
                duplicate_of=dup)


# Canonical names used more than once
RAUNER = "Bruce Rauner"
PRITZKER = "JB Pritzker"
JOHNSON = "Brandon Johnson"
PRIM, DOWNEY, VANVICKLE, SNYDERS = ("Bill Prim", "Mike Downey", "Brian VanVickle", "David Snyders")
SHERIFFS4 = (PRIM, DOWNEY, VANVICKLE, SNYDERS)


def sheriffs(alias):
    return [(n, [alias] if alias else []) for n in SHERIFFS4]


def sheriffs_opt(alias, reason):
    return [(n, [alias] if alias else [], reason) for n in SHERIFFS4]


ANN = {}

# ---------------------------------------------------------------- d100 CBS News Chicago 2017
ANN["d100_cbs-news-chicago"] = [
    B("Watch CBS News", "nav_label", "Site chrome: 'Watch CBS News' link above the story."),
    T("Gov. Rauner Signs", "headline", "Article headline."),
    C("CHICAGO (CBS) --", "supports",
      "Author's lede: the Act will enact 'the nation's strongest state-level due process protections against the deportation of immigrants' -- favourable framing (could be read as neutral).",
      amb=True),
    C("While the bill does not", "neutral",
      "Author explains what the bill does and does not do (not a sanctuary state; no status questions, no holds without a warrant)."),
    C("Rauner said this was not", "neutral",
      "Rauner says he is 'very pro-immigration' and knows many oppose the bill; a view on immigration in general, not on the limits themselves (could be read as supports).",
      sp=[(RAUNER, ["Rauner"])], amb=True),
    C("The governor added that", "supports",
      "Rauner calls the Trust Act 'a controversial, yet important, law'.",
      sp=[(RAUNER, ["The governor"])]),
    C("\"Our police officers need", "supports",
      "Rauner (continuing quote, no attribution in the line): police should keep people safe rather than divert time to paperwork for immigration holds.",
      sp=[(RAUNER, [])]),
    C("Police organizations support", "supports",
      "Police organizations back the Act because victims and witnesses will not fear deportation when reporting crimes.",
      un=["Police organizations"]),
    C("Frances Velez, a domestic", "supports",
      "Velez: undocumented survivors should not fear calling the police.",
      sp=[("Frances Velez", ["Frances Velez"])]),
    C("Activists say the compromise", "supports",
      "Unnamed activists call the compromise 'an important step'.",
      un=["Activists"]),
    B("View CBS News In", "app_prompt", "App / browser chooser prompt ('View CBS News In')."),
    B("CBS News App Open", "app_prompt", "App chooser prompt."),
    B("Chrome Safari Continue", "app_prompt", "Browser chooser prompt."),
    B("Be the first to know", "subscribe", "Push-notification prompt."),
    B("Get browser notifications", "subscribe", "Push-notification prompt."),
]

# ---------------------------------------------------------------- d101 Illinois Review 2017
ANN["d101_illinois-review"] = [
    C("CHICAGO – Governor Rauner signed", "neutral",
      "Author's lede: signing and press release 'in direct opposition to the Trump Administration'; 'controversial' is the only evaluative word.",
      opt=[("Office of the Governor of Illinois", ["his office"], "the office 'sent out a press release explaining his reasoning'; the words follow in later lines")],
      amb=True),
    C("The following is verbatim", "supports",
      "Lead-in announcing the governor's office press release, which defends the Act (rule 6: lead-ins take the stance they announce).",
      sp=[("Office of the Governor of Illinois", ["the governor's office"])], amb=True),
    C("Gov. Bruce Rauner today signed", "supports",
      "Governor's press release text (block quote): the Act continues Illinois' welcoming history and helps police focus on violent crime.",
      sp=[("Office of the Governor of Illinois", [])]),
    C("“Illinois has been welcoming", "supports",
      "Rauner's signing statement: welcoming tradition; police mission is stopping violent crime, not federal prerogatives found illegal.",
      sp=[(RAUNER, ["Rauner"])]),
    C("The Northern District of Illinois", "supports",
      "Press-release text: detainers found illegal, the Act reinforces the ruling and 'will improve connectivity ... making Illinois safer'.",
      sp=[("Office of the Governor of Illinois", [])]),
    C("“It breaks my heart", "supports",
      "Rauner: prioritise resources for preventing violent crime (his argument for the Act).",
      sp=[(RAUNER, ["Rauner"])]),
    C("The TRUST Act makes clear", "supports",
      "Press-release text: Illinois stays 'a good partner' with the federal government -- defends the Act against the non-cooperation charge.",
      sp=[("Office of the Governor of Illinois", [])]),
    C("“The Illinois TRUST Act brings", "supports",
      "Sandoval: the Act is 'a step forward in the right direction' (line cut mid-word by the stored excerpt).",
      sp=[("Martin Sandoval", ["Martin Sandoval"])]),
]

# ---------------------------------------------------------------- d102 Center for Immigration Studies 2017
ANN["d102_center-for-immigration-studies"] = [
    T("The Illinois TRUST Act: Putting", "headline",
      "Opinion headline; if read as content its stance is opposes ('Putting the Handcuffs on Police')."),
    B("By Andrew R. Arthur", "byline", "Byline and date."),
    C("On August 28, 2017, Illinois Governor", "neutral",
      "Author's factual summary: the law bars complying with ICE detainers and status-based stops."),
    C("For purposes of that law", "neutral", "Statutory definitions quoted from the Act."),
    C("The law is careful to state", "neutral",
      "Lead-in to a quoted statutory carve-out; 'careful' is mild and not evaluative of the limits."),
    C("[N]ot be construed", "neutral", "Block quote of the Act (information sharing under 1373/1644 not restricted); a document, not a speaker."),
    C("It also meticulously makes clear", "neutral",
      "Lead-in to another quoted carve-out; 'meticulously' may be ironic (alternative: opposes).", amb=True),
    C("[P]revent a law enforcement officer", "neutral", "Block quote of the Act (NCIC / LEADS exception)."),
    C("Importantly, as the law firm Holland", "neutral",
      "Lead-in citing Holland & Knight's analysis of what the Act does not limit.",
      sp=[("Holland & Knight", ["Holland & Knight"])]),
    C("There is no express provision", "neutral",
      "Block quote from Holland & Knight's analysis (attribution in the previous line); cut mid-word by the stored excerpt.",
      sp=[("Holland & Knight", [])]),
]

# ---------------------------------------------------------------- d103 Chicago Tribune 2019
ANN["d103_chicago-tribune"] = [
    T("New Illinois laws aimed at ICE", "headline", "Article headline (carries Pritzker's 'firewall' quote)."),
    B("Thank you for supporting", "subscribe", "Subscriber-exclusive notice."),
    B("Amanda Varela, of the Illinois", "photo_caption", "Photo caption describing a rally."),
    C("Not long ago, the McHenry County", "neutral",
      "Factual: McHenry County sheriff was poised to join 287(g)."),
    C("About 90 miles to the south", "neutral", "Factual: a proposed ICE detention centre in Dwight."),
    C("Both plans have now been derailed", "neutral", "Factual: both plans stopped by new laws Pritzker signed."),
    C("One bans local governments", "neutral",
      "Factual description of the two laws (private detention ban, 287(g) ban)."),
    C("Neither law will prevent", "neutral",
      "Author's context: the laws do not stop ICE raids; they 'symbolize a further rebuke of federal policies' (descriptive)."),
    C("“Let the word go out", "supports",
      "Pritzker: Illinois 'stands as a firewall against Donald Trump's attacks on our immigrant communities'.",
      sp=[(PRITZKER, ["Pritzker"])]),
    C("Experts say the new Illinois", "neutral",
      "Unnamed experts: enforcement varies by place.", un=["Experts"]),
]

# ---------------------------------------------------------------- d104 Chicago Tribune 2020
ANN["d104_chicago-tribune"] = [
    B("Breaking News", "section_label", "Section label."),
    T("Sheriffs sue to block", "headline", "Article headline."),
    B("Sheriff Mike Downey appears", "photo_caption", "Photo caption."),
    C("Four sheriffs Monday filed", "neutral", "Factual: four sheriffs filed suit to stop enforcement of the Act."),
    C("The act prohibits local law", "neutral", "Factual: what the Act prohibits (detainer-only holds)."),
    C("The lawsuit was filed on behalf", "neutral", "Factual: the plaintiffs and the defendant (Raoul)."),
    B("McHenry County Sheriff Bill Prim appears", "photo_caption", "Photo caption."),
    B("Ogle County Sheriff Brian VanVickle speaks", "photo_caption", "Photo caption."),
    C("The sheriffs stated in a news release", "opposes",
      "The four sheriffs: the Act has exposed them to litigation.",
      sp=sheriffs("The sheriffs")),
    C("The suit asserts that the federal", "opposes",
      "The suit: only the federal government regulates immigration and states may not obstruct federal law, as the Act does.",
      opt=sheriffs_opt("", "the sheriffs speak through their filing ('The suit asserts ... the suit maintains'); the document is the grammatical subject")),
    C("Most of the conflict between", "neutral",
      "Author explains detainers (48-hour holds); cut mid-word by the stored excerpt."),
]

# ---------------------------------------------------------------- d105 Capitol Fax 2020
ANN["d105_capitol-fax"] = [
    B("Capitol Fax.com - Your Illinois", "site_title", "Browser/site title with the post title."),
    B("SUBSCRIBE to Capitol Fax", "nav_label", "Site navigation bar."),
    B("CapitolFax.com", "site_title", "Site name."),
    B("To subscribe to Capitol Fax", "subscribe", "Subscribe prompt."),
    T("Four county sheriffs file suit", "headline", "Post headline (the same words appear in the site-title line above)."),
    B("Monday, Mar 9, 2020 - Posted by", "byline", "Date and byline."),
    C("* American Civil Liberties Union", "supports",
      "Lead-in naming the two groups whose statement follows (rule 6: takes the stance it announces).",
      sp=[("ACLU of Illinois", ["American Civil Liberties Union of Illinois"]),
          ("National Immigrant Justice Center", ["National Immigrant Justice Center"])]),
    C("Today’s lawsuit filed by four", "supports",
      "ACLU/NIJC statement (block quote): the suit is 'a thinly-veiled attempt to justify ongoing violations'; detainers are voluntary.",
      sp=[("ACLU of Illinois", []), ("National Immigrant Justice Center", [])]),
    C("Under the TRUST Act, Illinois simply", "supports",
      "ACLU/NIJC statement: the Act only asks for a judicial warrant; 'Nothing about the TRUST Act is unconstitutional.'",
      sp=[("ACLU of Illinois", []), ("National Immigrant Justice Center", [])]),
    C("Law enforcement in Illinois cannot", "supports",
      "ACLU/NIJC statement: police cannot pick which laws to follow; urges the AG to oppose the suit.",
      sp=[("ACLU of Illinois", []), ("National Immigrant Justice Center", [])]),
    C("The state law was indeed passed", "supports",
      "Author (Rich Miller) confirms the groups' point that the law conforms with a court ruling (alternative: neutral fact).",
      amb=True),
    C("* The lawsuit was filed by sheriffs", "neutral",
      "Factual note on the plaintiffs' counties plus a lead-in to the complaint (alternative: opposes, the stance it announces).",
      amb=True),
    C("In August of 2017, Illinois enacted", "opposes",
      "Complaint excerpt: a statute 'styled as' the Trust Act that 'purports to restrict' police; cut mid-word by the stored excerpt.",
      opt=sheriffs_opt("", "block quote from the sheriffs' complaint; attribution only via the previous line ('The heart of the suit')"),
      amb=True),
]

# ---------------------------------------------------------------- d106 Legal Reader 2020
ANN["d106_legal-reader"] = [
    B("·  Legal News, Analysis", "site_title", "Site tagline."),
    B("Lawsuits & Litigation", "section_label", "Category label."),
    T("Sheriffs’ Lawsuit Blasts", "headline", "Article headline."),
    B("— March 11, 2020", "timestamp_label", "Date line."),
    T("The sheriffs say they’ve been", "dek",
      "Dek under the headline; if read as content it is the sheriffs' view (opposes: upholding the Act may violate federal law).",
      amb=True),
    C("Four sheriffs seeking to prevent", "neutral", "Factual: four sheriffs sued the attorney general."),
    C("The Illinois Trust Act, writes", "neutral",
      "What the Act prohibits, passed along from the Tribune.", cit=["Chicago Tribune"]),
    C("Furthermore, the act makes it", "neutral", "Factual: detainers may not be honoured."),
    C("The only way a retainer", "supports",
      "Author: the Act 'still allows dangerous migrants to be arrested' while keeping police from acting 'at the behest of ICE', which targets people without criminal histories."),
    C("The lawsuit, adds the Chicago Tribune", "neutral",
      "Factual: the four plaintiffs, via the Tribune.", cit=["Chicago Tribune"]),
    C("Similar to another lawsuit", "opposes",
      "The sheriffs say enforcing the Act exposes them to litigation.",
      sp=sheriffs("the sheriffs")),
    C("In their complaint, they maintain", "opposes",
      "The sheriffs' complaint: federal authority over immigration; cut mid-word by the stored excerpt.",
      sp=sheriffs("they")),
]


# ---------------------------------------------------------------- d107 Chicago Sun-Times 2021
ANN["d107_chicago-sun-times"] = [
    T("City Council eliminates carve-outs", "headline", "Article headline."),
    T("By a vote of 41 to 8, the Council", "dek", "Dek under the headline (factual: the vote and the exceptions removed)."),
    B("SHARE City Council eliminates", "share_buttons", "Share widget repeating the headline."),
    B("Ald. Susan Sadlowski Garza (10th) speaks at an", "photo_caption", "Image alt text."),
    B("Ald. Susan Sadlowski Garza (10th) speaks at rally", "photo_caption",
      "Photo caption (mentions her vote, but it is the caption under the picture)."),
    B("Sun-Times file", "photo_credit", "Photo credit."),
    C("For undocumented immigrants living", "supports",
      "Author's lede, sympathetic framing: for immigrants 'living in fear of deportation' Chicago became more welcoming (alternative: neutral).",
      amb=True),
    C("Wednesday was another red-letter day.", "supports",
      "Author calls the vote ending police cooperation with ICE 'another red-letter day'."),
    C("By a vote of 41 to 8, the Chicago City Council", "neutral",
      "Factual: the vote and the exceptions it removed."),
    B("La Voz Sidebar", "related_box", "Sidebar label."),
    B("Lea este artículo en español", "language_link", "Link to the Spanish edition."),
    C("“No” votes were cast by", "opposes",
      "The 'No' votes, then opponents' warning that ending the exceptions 'would only increase already skyrocketing violent crime' (the emphasised final point).",
      un=["Those who chose to speak during the hourslong debate (of the 'No' voters)"]),
    C("“We are essentially welcoming criminals", "opposes",
      "Quote from an opponent of the change: 'welcoming criminals to our city'; the attribution is cut off by the stored excerpt.",
      un=["an unnamed 'No'-voting alderman (attribution cut off by the stored excerpt)"]),
]

# ---------------------------------------------------------------- d108 American Renaissance 2020 (repost of the Sun-Times)
ANN["d108_american-renaissance"] = [
    B("Posted on December 18, 2020", "timestamp_label", "Repost date."),
    T("Lightfoot Follows Through", "headline", "Headline (copied from the Sun-Times)."),
    B("Fran Spielman, Chicago Sun-Times", "source_credit", "Credit line naming the original author, outlet and date."),
    C("Mayor Lori Lightfoot is finally delivering", "neutral",
      "Factual: Lightfoot moves to eliminate the exceptions ('finally' is mild)."),
    C("Ald. Carlos Ramirez-Rosa (35th), who is listed", "supports",
      "Ramirez-Rosa calls the ordinance a 'great day for the immigrant- and refugee-rights community'.",
      sp=[("Carlos Ramirez-Rosa", ["Carlos Ramirez-Rosa"])]),
    C("“We will finally be able to tell them", "supports",
      "Ramirez-Rosa (quote follows his line; the repost snipped the attribution): no fear of local police because police and ICE cannot cooperate.",
      sp=[("Carlos Ramirez-Rosa", [])]),
    C("Chicago police officers currently are permitted", "neutral", "Factual: the current exceptions."),
    C("The mayor’s ordinance, already posted", "neutral", "Factual: the ordinance removes all exceptions."),
    C("Any “agent or agency” of the city", "neutral", "Lead-in to the list of prohibitions."),
    C("• Stop, arrest, detain", "neutral", "List item: what city agents may not do."),
    C("• Transfer any person into ICE", "neutral", "List item."),
    C("• Set up a traffic perimeter", "neutral", "List item."),
    C("Chicago’s days as a “sanctuary city”", "neutral",
      "History: the policy dates back 35 years ('without fear of police harassment' is sympathetic but descriptive)."),
    C("In 1985, then-Mayor Harold Washington", "neutral",
      "History: Washington's 1985 executive order; ends with the repost's '{snip}' marker."),
]

# ---------------------------------------------------------------- d109 Crain's Chicago Business 2025
ANN["d109_crains-chicago-business"] = [
    T("Effort to weaken 'welcoming city'", "headline", "Article headline."),
    B("Police officers", "photo_caption", "Image caption / alt text."),
    B("Credit: Bloomberg", "photo_credit", "Photo credit."),
    C("An effort to weaken the city’s Welcoming", "neutral",
      "Factual: the effort failed without a vote ('weaken' is the reporter's description, not a judgement)."),
    C("An ordinance pushed by Ald. Ray Lopez", "neutral", "Factual: the parliamentary move and the 39-to-11 vote."),
    C("After Lopez made clear he would try", "supports",
      "Opposition to the amendment mobilised; CPD 'argued it would violate state law' (against loosening the ordinance).",
      sp=[("Chicago Police Department", ["Chicago Police Department"])]),
    C("The change would have allowed", "neutral", "Factual: what the amendment would have allowed."),
    C("The ordinance was opposed by CPD", "supports",
      "Opponents of the amendment 'say it will expose the city to legal liability, violate state law' and deter immigrants from police contact.",
      opt=[("Chicago Police Department", ["CPD"], "'opposed by CPD ... who say' -- the 'who say' may cover CPD too"),
           (JOHNSON, ["Brandon Johnson"], "'opposed by ... Mayor Brandon Johnson ... who say' -- the 'who say' may cover him too")],
      un=["immigrant advocates"]),
    C("The city’s current law forbids CPD", "neutral", "Factual: what the current ordinance forbids."),
    C("Illinois Attorney General Kwame Raoul joined", "supports",
      "Raoul: the proposal is 'fraught with due process issues' and risks racial profiling.",
      sp=[("Kwame Raoul", ["Kwame Raoul"])]),
    C("“The Illinois TRUST Act does not prevent", "supports",
      "Quote defending the current law (CPD can already work with federal law enforcement); attribution cut off by the stored excerpt, probably Raoul (alternative: neutral).",
      opt=[("Kwame Raoul", [], "quote probably continues Raoul's; its attribution is cut off")],
      amb=True),
]

# ---------------------------------------------------------------- d110 Daily Herald 2025-01-27
ANN["d110_daily-herald"] = [
    T("Suburban police navigating", "headline", "Article headline."),
    C("Suburban police leaders said", "neutral",
      "Police leaders will 'thread the needle' between state and federal directives.",
      un=["Suburban police leaders"]),
    C("Illinois’ TRUST Act prohibits", "neutral", "Factual: what the TRUST Act prohibits."),
    C("But last week, a top U.S. Department", "opposes",
      "DOJ official warned police they 'must comply with federal immigration enforcement initiatives or face consequences'.",
      sp=[("U.S. Department of Justice", ["a top U.S. Department of Justice official"])]),
    C("Illinois Attorney General Kwame Raoul disagreed", "supports",
      "Raoul: the Constitution protects states from being commandeered to enforce federal law.",
      sp=[("Kwame Raoul", ["Kwame Raoul"])]),
    C("Asked how police will navigate", "neutral",
      "Selvik expects legal questions over federal vs state law to continue.",
      sp=[("Roy Selvik", ["Roy Selvik"])]),
    C("“Our current policy mirrors the TRUST Act", "supports",
      "Selvik: the department's policy mirrors the TRUST Act and will follow the AG's guidance (alternative: neutral compliance statement).",
      sp=[("Roy Selvik", ["he"])], amb=True),
    C("“We have great relationships", "neutral",
      "Selvik balances good federal relationships against following state law and the TRUST Act until legal guidance is clear (alternative: supports).",
      sp=[("Roy Selvik", ["Selvik"])], amb=True),
    C("In Cook County, “existing state law", "neutral",
      "Walberg (for Sheriff Dart): state law and the county ordinance prescribe the office's duties.",
      sp=[("Matthew Walberg", ["Matthew Walberg"])]),
    C("“Those laws remain in place.", "neutral",
      "Walberg continues: the laws remain and the office follows all laws (alternative: supports, keeping the county's limits).",
      sp=[("Matthew Walberg", [])], amb=True),
    C("U.S. Immigration and Customs Enforcement officials said", "neutral",
      "ICE officials: about 1,000 arrests nationwide; cut mid-word by the stored excerpt.",
      sp=[("U.S. Immigration and Customs Enforcement", ["U.S. Immigration and Customs Enforcement officials"])]),
]

# ---------------------------------------------------------------- d111 Daily Herald 2025-04-11
ANN["d111_daily-herald"] = [
    C("It’s unknown yet if Gov. JB Pritzker", "neutral", "Factual: whether Pritzker will testify is unknown."),
    C("But with Republican Chairman James Comer", "neutral",
      "Sets up the clash: Comer's 'reckless sanctuary policies' vs Pritzker on Trump's deportation plan (about deportations, not local cooperation); evenly balanced (alternative: opposes).",
      sp=[("James Comer", ["James Comer"]), (PRITZKER, ["Pritzker"])], amb=True),
    B("Illinois Gov. JB Pritzker is considering", "photo_caption", "Photo caption with AP credit."),
    C("Democrats Pritzker, New York Gov.", "neutral",
      "Factual: Comer's letters say the committee is investigating 'sanctuary jurisdictions'.",
      sp=[("James Comer", ["Comer"])]),
    C("He took issue with Illinois’ TRUST Act.", "opposes",
      "Comer 'took issue' with the TRUST Act; the rest describes the law (alternative: neutral).",
      sp=[("James Comer", ["He"])], amb=True),
    C("“Sanctuary jurisdictions and their obstructionist", "opposes",
      "Comer: sanctuary policies 'hinder' federal officers from removing dangerous criminals.",
      sp=[("James Comer", ["Comer"])]),
    C("Comer also accused Pritzker", "opposes",
      "Comer accuses Pritzker of 'doubling down' on the TRUST Act.",
      sp=[("James Comer", ["Comer"])]),
    C("Pritzker spokesman Alex Gough responded", "supports",
      "Gough: the Trust Act is 'fully compliant with federal law' and lets everyone call police without fear.",
      sp=[("Alex Gough", ["Alex Gough"])]),
]

# ---------------------------------------------------------------- d112 ABC57 (CNN wire) 2025-02-06
ANN["d112_abc57"] = [
    T("Trump administration sues Illinois", "headline", "Article headline."),
    B("By Devan Cole and Priscilla Alvarez", "byline", "Byline."),
    C("(CNN) — The Trump administration sued", "neutral",
      "Wire lede (CNN dateline): the suit and its accusation of obstruction, reported factually.",
      opt=[("Trump administration", ["The Trump administration"], "'accusing them of obstructing' -- the accusation is made through the suit")]),
    C("It’s the first major challenge", "neutral",
      "Context: first major challenge; Trump officials have criticised the policies (reported, not endorsed).",
      un=["Trump officials"]),
    C("The Justice Department has said it plans", "opposes",
      "DOJ says it will be 'aggressive against so-called sanctuary cities'; the rest defines the term (alternative: neutral).",
      sp=[("U.S. Department of Justice", ["The Justice Department"])], amb=True),
    C("“The challenged provisions of Illinois", "opposes",
      "Complaint quote: the laws are 'deliberately impeding' federal officers.",
      opt=[("U.S. Department of Justice", [], "words of the DOJ's complaint; the line names only 'the lawsuit'")]),
    C("The department is arguing that", "opposes",
      "DOJ argues the laws violate the Supremacy Clause.",
      sp=[("U.S. Department of Justice", ["The department"])]),
    C("“The Supremacy Clause prohibits Illinois", "opposes",
      "Complaint quote: the jurisdictions are 'obstructing' federal enforcement.",
      opt=[("U.S. Department of Justice", [], "words of the DOJ's complaint; the line names only 'the lawsuit'")]),
    C("The Justice Department is asking a federal judge", "neutral",
      "Procedural fact: the relief sought (an action, not speech)."),
    C("Among the challenged provisions are", "neutral",
      "Factual: which provisions are challenged; cut mid-word by the stored excerpt."),
]

# ---------------------------------------------------------------- d113 CBS News Chicago 2025-09-08
DHS = "U.S. Department of Homeland Security"
ICE = "U.S. Immigration and Customs Enforcement"
ANN["d113_cbs-news-chicago"] = [
    T("Dept. of Homeland Security launches “Operation", "headline", "Headline (curly quotes; the stored text starts with it)."),
    T("Dept. of Homeland Security launches \"Operation", "headline_repeat",
      "Headline repeated with straight quotes (page title / video title).", dup=0),
    T("Dept. of Homeland Security launches \"Operation", "headline_repeat", "Headline repeated a third time.", dup=0),
    C("The Department of Homeland Security said", "neutral",
      "DHS announces ramped-up enforcement (factual).",
      sp=[(DHS, ["The Department of Homeland Security"])]),
    C("\"This ICE operation will target", "opposes",
      "DHS statement: criminals 'flocked' to Illinois because Pritzker's 'sanctuary policies would protect them'.",
      sp=[(DHS, ["the department", "The department"])]),
    C("Spokeswoman Tricia McLaughlin said", "neutral",
      "McLaughlin: the operation targets 'the worst of the worst'; about the operation, not local cooperation (alternative: opposes).",
      sp=[("Tricia McLaughlin", ["Tricia McLaughlin"])], amb=True),
    C("The department did not specify", "opposes",
      "ICE spokesperson: enforcement targets 'dangerous criminal aliens that are drawn to this sanctuary city'.",
      sp=[(ICE, ["a spokesperson with ICE"])]),
    C("In a post on X, Gov. JB Pritzker accused", "neutral",
      "Pritzker accuses the administration of failing to coordinate with state and local leaders; about process (alternative: supports, criticising federal pressure).",
      sp=[(PRITZKER, ["JB Pritzker"])], amb=True),
    C("\"Once again, this isn't about fighting crime.", "supports",
      "Pritzker (continuing, from the X post): the operation 'isn't about fighting crime' -- rebuts DHS's sanctuary-crime claim; cut by the stored excerpt (alternative: neutral).",
      sp=[(PRITZKER, [])], amb=True),
]

# ---------------------------------------------------------------- d114 CBS News Chicago live blog 2025-10
ANN["d114_cbs-news-chicago"] = [
    T("ICE in Chicago amid ongoing", "headline", "Live-blog headline."),
    C("Arrests, raids and protests have become", "neutral", "Live-blog summary: ICE presence increased since Operation Midway Blitz."),
    C("DHS claims the operation will", "opposes",
      "DHS blames 'the city and state's sanctuary laws' for the criminals it targets (the reporter frames it as a claim).",
      sp=[(DHS, ["DHS"])]),
    C("DHS officials have touted hundreds", "neutral",
      "Author lists wrongful detentions and a shooting against DHS's touted arrests; about ICE conduct, not local cooperation (alternative: supports).",
      sp=[(DHS, ["DHS officials"])], amb=True),
    C("ICE agents even shot a pepper ball", "neutral", "Incident report about ICE conduct; says nothing about sanctuary limits."),
    C("Organizers are also working", "neutral", "Know-your-rights outreach.", un=["Organizers"]),
    T("Chicago neighborhoods create safe Halloween", "entry_headline", "Heading of a live-blog entry."),
    C("Parents and community leaders across Chicago", "neutral", "Entry: safe trick-or-treat spaces amid ICE concerns."),
    C("The concern comes after federal agents used tear gas", "neutral", "Entry: tear gas near a Halloween parade."),
    C("With thousands of trick-or-treaters", "neutral", "Entry: community leaders take action."),
    C("\"We know that we have ICE in our communities,\"", "neutral",
      "Quezada: families are afraid of ICE operations; about raids, not local cooperation; cut by the stored excerpt.",
      sp=[("Anthony Quezada", ["Anthony Quezada"])]),
]

# ---------------------------------------------------------------- d115 FOX 32 Chicago 2025-06-12
ANN["d115_fox-32-chicago"] = [
    T("Pritzker slams House Republicans", "headline", "Article headline."),
    T("Pritzker slams House Republicans", "headline_repeat", "Headline repeated.", dup=0),
    T("After testifying before the House Oversight", "dek", "Dek; the first body line repeats it with a dateline."),
    C("WASHINGTON, D.C. - After testifying", "neutral",
      "Lede: Pritzker says nothing was accomplished at the sanctuary-policy hearing.",
      sp=[(PRITZKER, ["J.B. Pritzker"])]),
    C("\"This Republican majority was not at all", "neutral",
      "Pritzker attacks Republicans for ignoring immigration reform; nothing on local cooperation itself (alternative: supports, defending the state against the hearing).",
      sp=[(PRITZKER, ["Pritzker"])], amb=True),
    B("Gov. Pritzker speaks after testifying", "video_caption", "Video embed title."),
    C("Pritzker, along with fellow Democratic governors", "neutral", "Factual: the three governors appeared before the committee."),
    B("What we know:", "section_label", "Template subhead of the station's story format."),
    C("Pritzker appeared before the committee alongside", "neutral",
      "Factual (near-repeat of the line two above): testimony on state immigration policies including sanctuary status."),
    C("The hearing also touched on the incident", "neutral", "Factual: the Padilla incident."),
]

# ---------------------------------------------------------------- d116 ABC7 Chicago 2025-06-13
ANN["d116_abc7-chicago"] = [
    T("Gov. JB Pritzker testimony on sanctuary law", "headline", "Article headline."),
    T("Minnesota Gov. Walz, New York Gov. Hochul", "dek", "Dek."),
    B("Friday, June 13, 2025 12:00AM", "timestamp_label", "Timestamp."),
    B("Pritzker says he would not be afraid if Trump", "video_caption", "Video title."),
    B("Pritzker says he would not be afraid if members", "video_caption", "Video description."),
    C("WASHINGTON (WLS) -- Illinois Gov. JB Pritzker", "neutral", "Lede: Pritzker among three governors called to testify."),
    B("ABC7 Chicago is now streaming", "ad", "Station promo ('Click here to watch')."),
    C("The Trump administration claims", "opposes",
      "Administration's claim: sanctuary states are 'obstructing federal immigration enforcement'.",
      sp=[("Trump administration", ["The Trump administration"])]),
    C("This already politically contentious debate", "neutral", "Context: the debate heightened by ICE raids."),
    C("The House Oversight Committee aims", "neutral",
      "The committee's stated aim (legislative action to improve safety).",
      sp=[("House Oversight Committee", ["The House Oversight Committee", "it"])]),
    C("Pritzker's testimony came as", "neutral", "Context: stepped-up enforcement and protests."),
    C("From the very start", "neutral", "Author: the hearing was contentious."),
    C("\"Democrat-run sanctuary cities and states", "opposes",
      "Comer: sanctuary jurisdictions side with illegal aliens and 'shield criminals'.",
      sp=[("James Comer", ["James Comer"])]),
    C("The chairman displayed behind him", "opposes",
      "Comer's posters, 'contending sanctuary states protect criminals'.",
      sp=[("James Comer", ["The chairman"])]),
    C("The testimony on Capitol Hill was filled", "neutral",
      "Author: drama as Pritzker spoke on the TRUST Act (defined factually).",
      opt=[(PRITZKER, ["Pritzker"], "'spoke on the TRUST Act' but the line gives none of his words or position")]),
]

# ---------------------------------------------------------------- d117 Chicago Tribune editorial 2023-09-11
LOPEZ = "Raymond López"
ANN["d117_chicago-tribune"] = [
    T("Editorial: Has Chicago’s migrant-friendly", "headline", "Editorial headline (a question; leans towards opposes)."),
    B("Ald. Ray Lopez, 15th, argues in opposition", "photo_caption", "Photo caption."),
    C("How “welcoming” does Chicago have to be", "neutral",
      "Editorial board poses the question the council will consider (alternative: opposes, the question implies the law goes too far).",
      amb=True),
    C("Two years after then-Mayor Lori Lightfoot", "neutral",
      "Factual: Lopez proposes to bring back exceptions ('belatedly' criticises Lightfoot's timing, not the policy)."),
    C("Lopez, who voted in 2021 against", "opposes",
      "Lopez argued that providing sanctuary 'would only increase already-soaring violent crime'.",
      sp=[(LOPEZ, ["Lopez"])]),
    C("Lightfoot, with characteristically heated rhetoric", "supports",
      "Lightfoot dismissed the crime argument as 'racist, xenophobic and misguided'; the board criticises her tone (alternative: neutral).",
      sp=[("Lori Lightfoot", ["Lightfoot"])], amb=True),
    C("None of which is a recommended way", "neutral",
      "Board comments on civility; Johnson praised Lopez for housing migrants -- not about the ordinance (alternative: opposes, sympathy for Lopez).",
      sp=[(JOHNSON, ["Brandon Johnson"])], amb=True),
    C("Now, with a new administration in place", "opposes",
      "Lopez's exceptions 'to help fight what he calls the “lawlessness”' outside shelters; the rest describes the proposal (alternative: neutral).",
      sp=[(LOPEZ, ["Lopez", "he"])], amb=True),
    C("• Gang-related activities", "neutral", "List item of the proposed exceptions."),
    C("• Drug-related activities", "neutral", "List item; cut mid-word by the stored excerpt."),
]

# ---------------------------------------------------------------- d118 TheBlaze 2020-01
ANN["d118_theblaze"] = [
    B("© 2024 Blaze Media LLC", "copyright", "Copyright notice (dated 2024: the page was captured long after publication)."),
    T("ICE puts Illinois sanctuary county on blast", "headline", "Article headline."),
    B("Photo by Salwan Georges", "photo_credit", "Photo credit."),
    T("ICE puts Illinois sanctuary county on blast", "headline_repeat", "Headline repeated below the photo.", dup=1),
    T("Cook County refuses to honor", "dek", "Dek; as content it would be neutral-to-opposes ('refuses to honor')."),
    C("U.S. Immigrations and Customs Enforcement called out", "opposes",
      "ICE 'called out' Cook County for releasing 1,070 people despite its requests.",
      sp=[(ICE, ["U.S. Immigrations and Customs Enforcement"])]),
    C("In the news release, ICE blamed", "opposes",
      "ICE blames 'the dangerous releases' on the county's refusal to cooperate and its ignoring of detainers.",
      sp=[(ICE, ["ICE"])]),
    C("An immigration detainer is a tool", "neutral", "Definition of a detainer."),
    C("\"The most concerning issue about working", "opposes",
      "Lucero: in an area that refuses to cooperate, neither ICE nor the public knows who is released.",
      sp=[("Henry Lucero", ["Henry Lucero"])]),
    C("\"Because ICE does not have access", "opposes",
      "Lucero (continuing): police resources wasted, more people victimised, 'a matter of time'.",
      sp=[("Henry Lucero", [])]),
    C("According to the American Immigration Council", "supports",
      "American Immigration Council: detainers are 'only requests' -- the pro-limits legal point; cut by the stored excerpt (alternative: neutral background).",
      sp=[("American Immigration Council", ["American Immigration Council"])], amb=True),
]

# ---------------------------------------------------------------- builder
def _norm(s):
    """Compare headline repeats modulo quote style (curly vs straight)."""
    for a, b in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'")):
        s = s.replace(a, b)
    return s


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def split_lines(text):
    """(start, end, line) for every non-empty line, offsets in code points."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        if raw.strip():
            out.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def blank_blocks(text):
    """(start, end) of each block under splitting on blank lines."""
    blocks = []
    pos = 0
    for m in re.finditer(r"\n\s*\n", text):
        if text[pos:m.start()].strip():
            blocks.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        blocks.append((pos, len(text)))
    return blocks


def main():
    errors = []
    manifest = json.load(open(MANIFEST, encoding="utf-8"))
    files = [m["file"] for m in manifest]
    if len(set(files)) != len(files):
        errors.append("duplicate file in manifest")
    for m in manifest:
        for key in ("file", "outlet", "date", "title", "url"):
            if not m.get(key):
                errors.append(f"{m.get('file')}: manifest field {key} missing")
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", m.get("date", "")):
            errors.append(f"{m['file']}: bad date {m.get('date')}")
        if not re.fullmatch(r"d1\d\d_[a-z0-9-]+\.txt", m["file"]):
            errors.append(f"{m['file']}: bad file name")
    # This half's files only (d1NN): half B's (d2NN) share the folder.
    on_disk = sorted(f for f in os.listdir(ARTICLES) if f.endswith(".txt") and f.startswith("d1"))
    if sorted(files) != on_disk:
        errors.append(f"manifest files {sorted(files)} != files on disk {on_disk}")
    for aid in ANN:
        if aid + ".txt" not in files:
            errors.append(f"annotations for {aid} but it is not in the manifest")

    rows = []
    for fname in files:
        aid = fname[:-4]
        path = os.path.join(ARTICLES, fname)
        if not os.path.exists(path):
            errors.append(f"{fname}: missing")
            continue
        data = open(path, "rb").read()
        if b"\r" in data:
            errors.append(f"{fname}: contains \\r")
        if data.endswith(b"\n"):
            errors.append(f"{fname}: ends with a newline")
        text = data.decode("utf-8")
        if any(ord(ch) > 0xFFFF for ch in text):
            errors.append(f"{fname}: has characters outside the BMP (check offsets)")
        lines = split_lines(text)
        blocks = blank_blocks(text)
        anns = ANN.get(aid)
        if anns is None:
            errors.append(f"{fname}: no annotations")
            continue
        if len(anns) != len(lines):
            errors.append(f"{fname}: {len(lines)} non-empty lines but {len(anns)} annotations")
        for i, ((s, e, line), a) in enumerate(zip(lines, anns)):
            if not line.startswith(a["starts"]):
                errors.append(f"{aid}#{i}: line starts {line[:40]!r}, annotation expects {a['starts']!r}")
            if line != line.strip():
                errors.append(f"{aid}#{i}: leading/trailing whitespace")
            for grp in ("speakers", "optional_speakers"):
                for sp in a[grp]:
                    for al in sp["aliases_in_text"]:
                        if al not in line:
                            errors.append(f"{aid}#{i}: alias {al!r} of {sp['name']} not in line")
            if a["kind"] == "content" and a["stance"] is None:
                errors.append(f"{aid}#{i}: content without stance")
            if a["kind"] != "content" and a["stance"] is not None:
                errors.append(f"{aid}#{i}: non-content with stance")
            if (a["subkind"] is None) != (a["kind"] == "content"):
                errors.append(f"{aid}#{i}: subkind must be null exactly for content")
            if a["duplicate_of"] is not None:
                d = a["duplicate_of"]
                if d >= i or _norm(lines[d][2]) != _norm(line):
                    errors.append(f"{aid}#{i}: duplicate_of {d} is not an earlier identical line")
            bidx = [k for k, (bs, be) in enumerate(blocks) if bs <= s and e <= be]
            if len(bidx) != 1:
                errors.append(f"{aid}#{i}: cannot place in a blank-line block")
                bidx = [None]
            cs = utf16_len(text[:s])
            ce = cs + utf16_len(line)
            rows.append(gold_row(aid, i, line, a, cs, ce, bidx[0]))

    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # summary
    kinds = Counter(r["kind"] for r in rows)
    stances = Counter(r["stance"] for r in rows if r["kind"] == "content")
    amb = sum(1 for r in rows if r["kind"] == "content" and r["ambiguous"])
    spk = Counter(s["name"] for r in rows for s in r["speakers"])
    opt = Counter(s["name"] for r in rows for s in r["optional_speakers"])
    outlets = {m["outlet"] for m in manifest}
    print(f"articles {len(files)}, outlets {len(outlets)}, rows {len(rows)}")
    print("kinds", dict(kinds))
    print("subkinds", dict(Counter(r["subkind"] for r in rows if r["subkind"])))
    print("stance (content)", dict(stances), "ambiguous", amb)
    print("speaker mentions", sum(spk.values()), "distinct", len(spk), "optional mentions", sum(opt.values()))
    for name, n in spk.most_common():
        print(f"  {n:3d}  {name}")
    print("per article:")
    for fname in files:
        aid = fname[:-4]
        rs = [r for r in rows if r["article_id"] == aid]
        c = Counter(r["kind"] for r in rs)
        st = Counter(r["stance"] for r in rs if r["stance"])
        print(f"  {aid:45s} lines {len(rs):3d}  content {c['content']:3d} title {c['title']:2d} boiler {c['boilerplate']:2d}  "
              f"sup {st['supports']:2d} opp {st['opposes']:2d} neu {st['neutral']:2d}")


if __name__ == "__main__":
    main()
