#!/usr/bin/env python3
"""Dev set, part S (files d1900-d1907): hand annotations -> fresh-s/gold-fresh-s.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 8 articles from 8 outlets, 2017-2025, none of them an
outlet of the seeds or of any earlier part or named in any SOURCES file, no URL shared with any other
part, and no page that carries AP, Chicago Tribune, Sun-Times, Capitol News Illinois or Center Square
copy. Two articles are not about Illinois (d1901 a local blog post about "our city", place not named;
d1907 a national op-ed). The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field
conventions) and STANCE_GUIDELINES.md (stance rules), and the conventions of parts B-R (model:
build_gold_r.py): canonical names from canonical.py where they apply (Rahm Emanuel, U.S. Department
of Justice), otherwise the fullest form the article gives, titles dropped ("State Representative Paul
Jacobs" -> Paul Jacobs, "U.S. District Judge Lindsay Jenkins" -> Lindsay Jenkins, "White House
spokeswoman Abigail Jackson" -> Abigail Jackson, "Mayor Irvin" -> Irvin, the only form d1902 gives).
A person speaking for an organisation is the person only (Abigail Jackson, not the White House); an
organisation speaking as itself is a speaker ("the White House made it clear", d1905 #8); filers speak
through their filing ("The case, brought by the Department of Justice, argued" -> U.S. Department of
Justice); a judge's written ruling ("Judge Jenkins wrote", "the judge said") is the judge's speech; a
quote continuing an attribution keeps the speaker with an empty alias list ("She added", d1905 #6).
The author of a signed statement named only in its headline and dek (Irvin, d1902) is an optional
speaker of its first-person lines (authorship rather than attributed speech; the d1800 Herrera
precedent). Executive orders, resolutions and the ruling's text as a document are not speakers;
signing, suing, dismissing and approving are actions. Politico (d1906) and the Chicago Tribune (d1900)
only pass words along: cited outlets or a source label. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_s.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import DOJ, EMANUEL

ARTICLES, MANIFEST, GOLD = part_files("fresh-s", "gold-fresh-s.jsonl")


JACOBS = "Paul Jacobs"
IRVIN = "Irvin"
JENKINS = "Lindsay Jenkins"
JACKSON = "Abigail Jackson"
WHITE_HOUSE = "White House"

STATEMENT = ("the statement's author, named only in the headline and dek ('Mayor Irvin says', 'Mayor Irvin’s Statement'); "
             "the line is the statement's own first-person voice, not attributed speech")


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d1900_time-out-chicago"] = [
    B("section_label", "Section label ('News')."),
    T("headline", "Headline ('Rahm to Trump: Chicago will remain a sanctuary city')."),
    B("byline", "Byline label ('Written by')."),
    B("byline", "Byline name ('Jonathan Samples')."),
    B("photo_credit", "Photo credit ('Photograph: CC/Flickr/Gage Skidmore')."),
    B("ad_label", "Advertising label ('Advertising')."),
    C("supports", "Emanuel 'reaffirmed his commitment to protecting immigrants from deportation' after Trump's order to cut funds to sanctuary cities (a restated position).",
      sp=[S(EMANUEL, "Rahm Emanuel")]),
    C("supports", "Emanuel and aldermen used the Council meeting 'to speak out against the executive action' and 'decry Trump as a \"demagogue\"'; the Council approved a resolution to protect residents regardless of immigration status.",
      sp=[S(EMANUEL, "Emanuel")], un=["city aldermen"]),
    C("supports", "Emanuel ('Emanuel said', 'he said'): 'We’re going to stay a sanctuary city'; the funding figure 'According to the Chicago Tribune'.",
      sp=[S(EMANUEL, "Emanuel")], out=["Chicago Tribune"]),
    C("neutral", "What the executive order states (the order is a document; its words quoted)."),
]

ANN["d1901_inland-utopia"] = [
    T("headline", "Post headline ('Sanctuary City Policies Will Backfire')."),
    C("opposes", "Author: understands the fear, but 'a blanket ban on calling ICE on individuals is a very reckless idea'."),
    C("opposes", "Author: witnesses should be left alone, but 'we should send ICE on a resident here illegally who commits very serious crimes' (for cooperation on serious criminals; alternative: neutral, a middle position).",
      amb=True),
    C("opposes", "Author: the 'rule of thumb' — 'don’t rob banks, don’t murder people' — and 'life will be good' (continues the argument for calling ICE on criminals; alternative: neutral, a quip without a policy).",
      amb=True),
]

ANN["d1902_downtown-auroran"] = [
    T("headline", "Headline ('The TRUST Act matters in Aurora: Mayor Irvin says “It is the right, just and fair thing to do.”')."),
    T("dek", "Second title line ('Mayor Irvin’s Statement on Senate Bill 31 – The Illinois TRUST Act')."),
    B("separator", "A lone '|' between the title lines and the statement."),
    C("supports", "Statement voice: 'pleased' the TRUST Act was signed; the mayor and Police Chief Kristen Ziman supported it; 'the right, just and fair thing to do'.",
      opt=[O(IRVIN, STATEMENT)]),
    C("supports", "Statement voice: what the Act forbids; detention 'should be because an actual crime has occurred, not because of how they look'.",
      opt=[O(IRVIN, STATEMENT)]),
    C("supports", "Statement voice: the Act 'reinforces the message that our immigrant neighbors are ... part of our community'; Aurorans safer with police; 'upholding constitutional rights'.",
      opt=[O(IRVIN, STATEMENT)]),
    C("supports", "Statement voice: the list of police, sheriff, prosecutor, labour and community groups that supported the bill (offered as backing; alternative: neutral, a list).",
      opt=[O(IRVIN, STATEMENT)], amb=True),
    B("editor_note", "Editor's note ('This statement was submitted by the City of Aurora.')."),
    B("separator", "A closing lone '|'."),
]

ANN["d1903_chicago-contrarian"] = [
    T("headline", "Post headline ('Chicago’s Mayor Goes to Washington')."),
    B("timestamp_label", "Date line ('March 11, 2025')."),
    T("dek", "Dek ('Johnson's novel approach may win him a place in the Democrat Grifter Hall of Fame')."),
    C("opposes", "Author: 'how expensive it would be to pass its sanctuary city ordinance'; mocks the cost of Wu's and Johnson's preparation ('We are told' gives no source)."),
    C("opposes", "Author: 'an awful lot of money just to deny reality before Congress' — what Johnson and the other mayors did (rejects their defence)."),
    T("subhead", "Subhead ('A brief history of Chicago’s sanctuary status')."),
    C("opposes", "Author: Johnson 'can hide behind the oldest refuge of the scoundrel: blaming ... his predecessors' (hostile framing of the policy's history; alternative: neutral, a transition).",
      amb=True),
    C("neutral", "History: Harold Washington's 1985 executive order and the 2006 Welcoming City Ordinance (description; an order issued is an action)."),
    C("opposes", "Author: 'Welcoming — it has such a nice ring to it ... Easy pander to Hispanics, right? Doesn’t cost anything, right?' (sarcasm against the ordinance)."),
    C("opposes", "Author: 'this was before Joe Biden opened the floodgates to “asylum seekers.”' (sets up the cost argument; alternative: neutral, about border policy rather than cooperation).",
      amb=True),
]

ANN["d1904_rep-paul-jacobs"] = [
    T("headline", "Release headline ('VIDEO: Rep. Jacobs Fights to End “Sanctuary State”')."),
    T("dek", "Dek ('Stopping Illegal Immigration and Drain on Budget')."),
    C("opposes", "Jacobs 'addressed the media' on his bill to end the TRUST Act and 'made his case to stop illegal immigration' (joined by Davidsmeyer and Coffey, who are not quoted).",
      sp=[S(JACOBS, "Paul Jacobs")]),
    C("opposes", "Jacobs ('explained Rep. Jacobs'): the Act bars police from immigration enforcement; a duty to keep communities 'safe from the gangs, drugs, and crime'.",
      sp=[S(JACOBS, "Jacobs")]),
    C("neutral", "Jacobs ('Jacobs points out'): there is a right way to come; legal students at SIU Carbondale (about legal immigration, not local cooperation; alternative: opposes, part of his case against the Act).",
      sp=[S(JACOBS, "Jacobs")], amb=True),
    C("opposes", "Jacobs ('added Jacobs'): Pritzker and Democrats put safety at risk 'by continuing irresponsible sanctuary state and sanctuary city laws'.",
      sp=[S(JACOBS, "Jacobs")]),
]

ANN["d1905_political-elephant"] = [
    C("opposes", "Author: the dismissal is 'a win for the open-borders left and a loss for law-abiding American citizens'."),
    C("opposes", "The DOJ's case ('brought by the Department of Justice, argued') that Chicago, Cook County and Illinois were 'willfully obstructing' enforcement; author: 'a bold attempt ... to put American safety first'.",
      sp=[S(DOJ, "the Department of Justice")]),
    C("neutral", "Judge Jenkins, 'a Biden appointee', dismissed the case (an action, reported)."),
    T("subhead", "Subhead ('Judge Rules in Favor of Sanctuary Policies')."),
    C("neutral", "Jenkins ('Judge Jenkins claimed') the federal government 'lacked standing', citing the Tenth Amendment (the ruling reported; 'claimed' is a light lean of the author).",
      sp=[S(JENKINS, "Jenkins")]),
    C("neutral", "Jenkins ('Judge Jenkins wrote'): the sanctuary policies are the defendants' choice, 'safeguarded by the Tenth Amendment' (a court's reasoning; alternative: supports, the ruling upholds the policies).",
      sp=[S(JENKINS, "Jenkins")], amb=True),
    C("neutral", "Jenkins (continues #5, 'She added'): siding with the administration would 'commandeer' states (legal reasoning).",
      sp=[S(JENKINS)]),
    T("subhead", "Subhead ('Trump Administration Fires Back: Americans Deserve Protection')."),
    C("opposes", "'the White House made it clear this battle isn’t over' (the administration keeps fighting the sanctuary policies; alternative: neutral, a transition).",
      sp=[S(WHITE_HOUSE, "White House")], amb=True),
    C("opposes", "Jackson ('said White House spokeswoman Abigail Jackson'): 'Sanctuary cities like Chicago interfere with federal immigration enforcement at the expense of the safety ... of American citizens'.",
      sp=[S(JACKSON, "Abigail Jackson")]),
    T("subhead", "Subhead ('Pam Bondi’s Justice Department Makes Its Move')."),
]

ANN["d1906_the-politic-review"] = [
    C("neutral", "A federal judge dismissed Trump's lawsuit against Illinois and Pritzker over sanctuary laws (an action, reported)."),
    C("neutral", "Jenkins ('Lindsay Jenkins ... said') federal laws do not force states to cooperate with immigration enforcement (the ruling; alternative: supports, it upholds the policies).",
      sp=[S(JENKINS, "Lindsay Jenkins")], amb=True),
    C("neutral", "The order's words ('the judge wrote'): motions granted; no standing against the individual defendants; the Cook County Board not a suable entity (procedure).",
      sp=[S(JENKINS, "the judge")]),
    B("source_label", "Lead-in to quoted copy ('Politico reported:')."),
    C("neutral", "Quoted Politico copy: 'A federal judge has thrown out' the bid, 'saying it would encroach on autonomy guaranteed to states' (the ruling reported).",
      sp=[S(JENKINS, "A federal judge")]),
    C("neutral", "Quoted Politico copy: Jenkins 'concluded' the suit was an 'end-run around the Tenth Amendment' (the ruling; alternative: supports).",
      sp=[S(JENKINS, "Lindsay Jenkins")], amb=True),
    C("neutral", "Quoted Politico copy: 'the Biden-appointed judge said' federal laws 'permit' but do not require cooperation; no commandeering (legal reasoning).",
      sp=[S(JENKINS, "the Biden-appointed judge")]),
    B("read_more", "Link text ('Read the full article here')."),
]

ANN["d1907_factarrow"] = [
    T("subhead", "Section heading that opens the excerpt ('A Blow to Trust and Safety'); no headline is in the stored text."),
    C("supports", "Author: Trump's order 'a deliberate strike against the heart of community trust'; sanctuary jurisdictions 'beacons of safety'; 'sanctuary policies make everyone safer'."),
    C("supports", "Author: when police act as immigration agents 'that trust collapses'; Dayton's community policing cut crime (the trust argument)."),
    C("supports", "Author: families live in fear; the order is 'a moral failing', 'about control', not safety."),
    T("subhead", "Subhead ('The Case for Sanctuary Cities')."),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d1900_time-out-chicago.txt", "outlet": "Time Out Chicago (timeout.com)", "date": "2017-01-25",
     "title": "Rahm to Trump: Chicago will remain a sanctuary city",
     "url": "https://timeout.com/chicago/blog/rahm-to-trump-chicago-will-remain-a-sanctuary-city-012517"},
    {"file": "d1901_inland-utopia.txt", "outlet": "Inland Utopia (inlandutopia.com, blog)", "date": "2017-01-05",
     "title": "Sanctuary City Policies Will Backfire",
     "url": "http://inlandutopia.com/2017/01/05/sanctuary-city-policies-will-backfire/"},
    {"file": "d1902_downtown-auroran.txt", "outlet": "Downtown Auroran (downtownauroran.com; a statement submitted by the City of Aurora)", "date": "2017-08-28",
     "title": "The TRUST Act matters in Aurora: Mayor Irvin says “It is the right, just and fair thing to do.”",
     "url": "http://www.downtownauroran.com/the_trust_act_matters_in_aurora_mayor_irvin_says_it_is_the_right_just_and_fair_thing_to_do/index.html"},
    {"file": "d1903_chicago-contrarian.txt", "outlet": "Chicago Contrarian (chicagocontrarian.com, blog)", "date": "2025-03-11",
     "title": "Chicago’s Mayor Goes to Washington",
     "url": "https://chicagocontrarian.com/blog/chicago-mayor-goes-to-washington"},
    {"file": "d1904_rep-paul-jacobs.txt", "outlet": "State Rep. Paul Jacobs (reppauljacobs.com, legislator's press release)", "date": "2025-03-19",
     "title": "VIDEO: Rep. Jacobs Fights to End “Sanctuary State”",
     "url": "https://reppauljacobs.com/2025/03/19/video-rep-jacobs-fights-to-end-sanctuary-state"},
    {"file": "d1905_political-elephant.txt", "outlet": "Political Elephant (politicalelephant.com)", "date": "2025-07",
     "title": "Trump loses to sanctuary cities (from the URL slug; no headline in the stored text)",
     "url": "https://politicalelephant.com/trump-loses-to-sanctuary-cities"},
    {"file": "d1906_the-politic-review.txt", "outlet": "The Politic Review (thepoliticreview.com; quotes Politico)", "date": "2025-07",
     "title": "Judge dismisses Trump's lawsuit against Illinois over sanctuary laws (no headline in the stored text or the URL; descriptive)",
     "url": "https://thepoliticreview.com/?p=156227"},
    {"file": "d1907_factarrow.txt", "outlet": "FactArrow (factarrow.com)", "date": "2025-04-28",
     "title": "Why Trump's war on sanctuary cities harms everyone, not just immigrant families (from the URL slug; no headline in the stored text)",
     "url": "https://www.factarrow.com/united-states/2025-04-28-why-trumps-war-on-sanctuary-cities-harms-everyone-not-just-immigrant-families"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d19")
