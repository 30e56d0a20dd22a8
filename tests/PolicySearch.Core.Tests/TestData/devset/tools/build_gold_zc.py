#!/usr/bin/env python3
"""Dev set, part ZC (files d2900-d2908): hand annotations -> fresh-zc/gold-fresh-zc.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 9 articles from 9 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy; every outlet's name starts with a letter A to L (the split with part ZD). Two articles are not
about an Illinois place (d2900 a Tucson letter to the editor; d2902 a national student essay). The
annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-ZB (model: build_gold_s.py):
canonical names from canonical.py where they apply (Tom Homan, Donald Trump, JB Pritzker, Brandon
Johnson, Rahm Emanuel, Jeff Sessions), otherwise the fullest form the article gives, titles dropped
("Border czar Tom Homan" -> Tom Homan, "Mr. Catalan-Ramirez" -> Catalan-Ramirez as an alias of Wilmer
Catalan-Ramirez). d2903's "Illinois Gov. J.D. Pritzker" is the page's slip for JB Pritzker: the
canonical name, with the alias as printed. A person speaking for an organisation is the person only;
filers speak through their filing ("The suit alleged", d2906 #9 -> Wilmer Catalan-Ramirez); a
pronoun resolved from the line before keeps the speaker with an empty alias list ("He shared ... the
caption", d2903 #4 -> Donald Trump). Signing, issuing orders, suing, settling and posting images are
actions; executive orders quoted are documents, not speakers. The author of a tweet named only in
its attribution line (a boilerplate row, d2903 #11) is an optional speaker of the tweet's own words
(d2903 #8; the d1902 Irvin precedent), not of the exchange it transcribes (#9, #10, which are Tapper's
and Homan's). A letter writer or essayist named only in a signature or byline row writes in the
author's voice and is not a speaker (d2900, d2902, d2908). CNN, where Homan spoke (d2903 #5), is a
cited outlet. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zc.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import BJOHNSON, EMANUEL, HOMAN, PRITZKER, SESSIONS, TRUMP

ARTICLES, MANIFEST, GOLD = part_files("fresh-zc", "gold-fresh-zc.jsonl")


TAPPER = "Jake Tapper"
EAGLEMAN = "Gunther Eagleman"
CATALAN = "Wilmer Catalan-Ramirez"
CHICAGO_OIG = "City of Chicago Office of Inspector General"

TWEET = ("the embedded tweet's author, named only in its attribution line (#11, boilerplate); the line is "
         "the tweet's own voice, not attributed speech")
OIG_SELF = ("the page's publisher referring to itself in the third person ('OIG did not take part'); a "
            "disclaimer on its own page rather than attributed speech")
SESSIONS_REF = ("his 'recent statement about withholding federal funds' is referred to, not reported; the "
                "line's words are Emanuel's")
TRUMP_FLOATED = "'has floated the idea' (a stated intention reported in passing, the NOTES 'has long-threatened' case)"


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d2900_arizona-daily-star"] = [
    T("headline", "Letter headline ('The Case Against Sanctuary Cities')."),
    C("opposes", "Author (a retired officer): an article on sanctuary was 'very misleading'; lead-in to his 'true facts about Sanctuary cities' (announces the case against; rule 6)."),
    C("opposes", "Author: 'Sanctuary cities harbor criminals, creating a dangerous environment for US citizens'."),
    C("opposes", "Author: 'Sanctuary policies defy federal laws'."),
    C("opposes", "Author: 'Sanctuary policies prevent local and state police officers from doing their jobs'."),
    C("opposes", "Author: violent crimes 'could be prevented' if local police in sanctuary cities could arrest for illegal entry."),
    C("opposes", "Author: officers take an oath; 'We should not ask them to look the other way'."),
    B("signature", "Letter signature ('THOMAS MCGORRAY')."),
    B("signature", "Signature's place line ('Northwest side')."),
]

ANN["d2901_civil-liberties-defense-center"] = [
    C("supports", "Author: the Trump administration 'lost again'; the court rejected the attempt to withdraw funding; sanctuary cities let police 'focus on actual crime' (a ruling is an action here; no judge is quoted)."),
    C("neutral", "Author: the case City of Chicago v. Sessions and what the Welcoming City Ordinance prohibits and exempts (description; 'to penalize the city' is a light lean; alternative: supports).",
      amb=True),
    C("neutral", "Author: the new grant conditions (advance notice of release, access to detention facilities) that 'directly violate' the ordinance (what the administration wants, described; alternative: supports, framing the federal conditions as the violation).",
      amb=True),
]

ANN["d2902_claremont-journal-of-law-and-public-policy"] = [
    B("byline", "Byline ('Isaac Cui PO ‘20')."),
    T("subhead", "Section heading ('Introduction')."),
    C("supports", "Author: Trump's 'sweeping' orders and 'punitive policies' (grants cut from sanctuary jurisdictions, raids); cities 'willingly embraced the label of sanctuary' (criticises the federal pressure; the order's quoted words are a document; alternative: neutral, background).",
      amb=True),
    C("supports", "Author: 'this paper contends that sanctuary policies are beneficial' and will 'debunk' the justifications for opposing them."),
    T("subhead", "Section heading ('I. Definitions')."),
]

ANN["d2903_concealed-republican"] = [
    C("opposes", "Homan ('Border czar Tom Homan said'): Americans should 'absolutely' expect federal action in Chicago and other sanctuary cities (enforcement aimed at sanctuary jurisdictions; alternative: neutral, an announcement of operations).",
      sp=[S(HOMAN, "Tom Homan")], amb=True),
    C("neutral", "Trump 'has floated the idea' of sending troops to Chicago after the federal takeover of Washington (troops, not local cooperation).",
      opt=[O(TRUMP, TRUMP_FLOATED, "Donald Trump")]),
    C("supports", "Pritzker and Johnson 'have voiced opposition to expanded federal immigration enforcement in their state' (against the federal push on a sanctuary state; alternative: neutral, about enforcement and troops rather than the limits on cooperation).",
      sp=[S(PRITZKER, "J.D. Pritzker"), S(BJOHNSON, "Brandon Johnson")], amb=True),
    C("neutral", "Trump 'took to Truth Social with a post' referencing the Department of War (its rebranding; nothing on local cooperation).",
      sp=[S(TRUMP, "Trump")]),
    C("neutral", "Trump (continues #3, 'He shared'): the AI image over Chicago and the caption that he loves 'the smell of deportations in the morning' (a deportation threat at Chicago; alternative: opposes).",
      sp=[S(TRUMP)], amb=True),
    C("neutral", "Homan ('Homan, speaking on CNN', 'He noted'): more enforcement measures; the National Guard as a 'force multiplier' (enforcement means; sanctuary not named here; alternative: opposes).",
      sp=[S(HOMAN, "Homan")], out=["CNN"], amb=True),
    B("ad", "Promotional link line ('This Could Be the Most Important Video Gun Owners Watch All Year')."),
    C("opposes", "Homan ('Homan said'): 'send additional resources to the problem areas, which are sanctuary cities'.",
      sp=[S(HOMAN, "Homan")]),
    C("opposes", "Embedded tweet: 'BUCKLE UP! Democrats are going to be MELTING DOWN' over the ICE ramp-up in sanctuary cities (cheers enforcement against them; alternative: neutral, a taunt).",
      opt=[O(EAGLEMAN, TWEET)], un=["Democrats"], amb=True),
    C("neutral", "Tapper (in the tweet's transcript, 'Tapper:'): 'So should we expect action in Chicago next week?' (a question).",
      sp=[S(TAPPER, "Tapper")]),
    C("opposes", "Homan (in the transcript, 'Homan:'): 'You can expect action in sanctuary cities across the country' (alternative: neutral, as #0).",
      sp=[S(HOMAN, "Homan")], amb=True),
    B("embed_credit", "Tweet attribution ('— Gunther Eagleman™ (@GuntherEagleman) September 7, 2025')."),
    C("neutral", "Trump ('Trump highlighted'): crime fell in Washington under federal control (not about sanctuary or cooperation).",
      sp=[S(TRUMP, "Trump")]),
]

ANN["d2904_end-time-headlines"] = [
    C("supports", "Emanuel ('announced', 'He claimed'): Chicago 'will remain welcoming to immigrants' despite Sessions; half of Illinois businesses come from immigrants (the author's 'Yet another city is defying' frames it against; alternative: opposes by that framing).",
      sp=[S(EMANUEL, "Rahm Emanuel")], opt=[O(SESSIONS, SESSIONS_REF, "Jeff Session’s")], amb=True),
    C("opposes", "Sessions ('Sessions argued'): the sanctuary rule lets illegal immigrants with criminal records 'roam free'; the author adds they would otherwise be deported and $1 billion is at stake.",
      sp=[S(SESSIONS, "Sessions")]),
]

ANN["d2905_chicago-office-of-inspector-general"] = [
    T("headline", "Page heading ('Welcoming City Ordinance Compliance')."),
    C("neutral", "What the Welcoming City Ordinance requires of CPD (quarterly compliance reports) and of the OIG (publishing them); the OIG has not verified the data (procedure).",
      opt=[O(CHICAGO_OIG, OIG_SELF, "OIG")]),
]

ANN["d2906_just-tech"] = [
    B("section_label", "Page type label ('Citation')."),
    T("headline", "Headline of the cited release ('Man Whose False Inclusion in CPD Gang Database Made him ICE Target Reaches Settlement with City of Chicago')."),
    B("metadata", "Citation field label ('Author:')."),
    B("byline", "Citation author ('Neves, Jessey')."),
    B("metadata", "Citation field label ('Publication:')."),
    B("metadata", "Citation field value ('National Immigration Project')."),
    B("metadata", "Citation field label ('Year:')."),
    B("metadata", "Citation field value ('2017')."),
    C("supports", "Release voice: a settlement for Catalan-Ramirez, whose false gang-database listing and 'the sharing of that information with' ICE 'triggered a nightmarish chain of events' (against police sharing data with ICE; alternative: neutral, a settlement reported)."
      , amb=True),
    C("neutral", "The suit ('The suit alleged', 'The suit also alleges'): unreasonable search, due process and civil-rights violations by ICE and CPD's gang database (a filing's claims; alternative: supports).",
      sp=[S(CATALAN, "Catalan-Ramirez")], amb=True),
    C("neutral", "The settlement's terms: the City will correct his records and support his visa application (an agreement is an action)."),
]

ANN["d2907_law360"] = [
    C("neutral", "Immigrant rights groups 'urged' the release of ICE detainees as Illinois closes its last detention centers under the Way Forward Act, which Pritzker signed (news; the byline is part of the line)."
      , un=["Immigrant rights groups"]),
]

ANN["d2908_lumpen"] = [
    T("headline", "Headline ('What Does a Real Sanctuary City Look Like?')."),
    B("byline", "Byline ('By Jerry Boyle')."),
    C("neutral", "Author: 'sanctuary cities' is 'merely a concept' with 'no agreed definition' (framing)."),
    C("neutral", "Author: what Republicans ('denounce') and Democrats ('laud themselves') say about sanctuary cities (both camps described).",
      un=["Republicans", "Democrats"]),
    C("supports", "Author: both are 'propaganda'; Republicans' enforcement is 'draconian'; Democrats' 'phony sanctuary schemes' are 'so riddled with exceptions as to be virtually useless' (a call for real sanctuary; alternative: opposes, it attacks the existing sanctuary policies).",
      un=["Republicans", "Democrats"], amb=True),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d2900_arizona-daily-star.txt", "outlet": "Arizona Daily Star (tucson.com; letter to the editor)", "date": "2019-03-28",
     "title": "The Case Against Sanctuary Cities",
     "url": "https://tucson.com/opinion/letters/local-issues/letter-case-against-sanctuary-cities/article_033c80e6-519a-11e9-8571-db4913e7625b.html"},
    {"file": "d2901_civil-liberties-defense-center.txt", "outlet": "Civil Liberties Defense Center (cldc.org, legal non-profit blog)", "date": "2017-09",
     "title": "Trump xenophobia loses again: federal court rejects Trump's attack on sanctuary cities (from the URL slug; no headline in the stored text)",
     "url": "https://cldc.org/trump-xenophobia-loses-again-federal-court-rejects-trumps-attack-on-sanctuary-cities/"},
    {"file": "d2902_claremont-journal-of-law-and-public-policy.txt", "outlet": "Claremont Journal of Law and Public Policy (5clpp.com, student journal)", "date": "2017",
     "title": "Isaac Cui's essay on sanctuary policies (no headline in the stored text or the URL; descriptive)",
     "url": "https://5clpp.com/?p=1223"},
    {"file": "d2903_concealed-republican.txt", "outlet": "Concealed Republican (concealedrepublican.com)", "date": "2025-09",
     "title": "Homan confirms federal immigration crackdown headed straight for Chicago (from the URL slug; no headline in the stored text)",
     "url": "https://concealedrepublican.com/politics/homan-confirms-federal-immigration-crackdown-headed-straight-for-chicago-watch"},
    {"file": "d2904_end-time-headlines.txt", "outlet": "End Time Headlines (endtimeheadlines.org)", "date": "2017-03",
     "title": "Rahm Emanuel affirms city's sanctuary city status (from the URL slug; no headline in the stored text)",
     "url": "https://endtimeheadlines.org/2017/03/rahm-emanuel-affirms-citys-sanctuary-city-status/"},
    {"file": "d2905_chicago-office-of-inspector-general.txt", "outlet": "City of Chicago Office of Inspector General (igchicago.org)", "date": "2022-01-28",
     "title": "Welcoming City Ordinance Compliance",
     "url": "https://igchicago.org/2022/01/28/welcomingcityordinance/"},
    {"file": "d2906_just-tech.txt", "outlet": "Just Tech (just-tech.ssrc.org, Social Science Research Council; a citation page carrying a National Immigration Project release)", "date": "2017",
     "title": "Man Whose False Inclusion in CPD Gang Database Made him ICE Target Reaches Settlement with City of Chicago",
     "url": "https://just-tech.ssrc.org/citation/man-whose-false-inclusion-in-cpd-gang-database-made-him-ice-target-reaches-settlement-with-city-of-chicago/"},
    {"file": "d2907_law360.txt", "outlet": "Law360 (law360.com; paywalled, the opening only)", "date": "2022-02-01",
     "title": "Feds pressed to free immigrant detainees as Ill. ban kicks in (from the URL slug; no headline in the stored text)",
     "url": "https://www.law360.com/articles/1460335/feds-pressed-to-free-immigrant-detainees-as-ill-ban-kicks-in"},
    {"file": "d2908_lumpen.txt", "outlet": "Lumpen (lumpenmagazine.org)", "date": "2017",
     "title": "What Does a Real Sanctuary City Look Like?",
     "url": "http://www.lumpenmagazine.org/what-does-a-real-sanctuary-city-look-like/"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d29")
