#!/usr/bin/env python3
"""Dev set, part ZH (files d3400-d3407): hand annotations -> fresh-zh/gold-fresh-zh.jsonl.

A measured-only part: it is to be scored untouched, and nobody tunes on it. It was found, copied and
annotated by a helper session that never ran the product (no `dotnet` of any kind) and never read its
code, its docs, its tests or any of its output. 8 articles from 8 outlets, 2017-2025. Five outlets
(d3400-d3404) are new: not in the seeds, not in any earlier part, not named in any SOURCES file. Three
(d3405-d3407) are outlets seen before in an earlier part (IPM Newsroom / WILL Illinois Public Media,
part D; Illinois Review, part A; Northern Public Radio, part B), taken, as the brief allows, to bring
the part up to 8 articles after a wide search found only five new outlets with usable pages; none of
them is a seed outlet and no URL is shared with any other part. No page carries AP, Chicago Tribune,
Sun-Times, Capitol News Illinois or Center Square copy. Three articles are not about Illinois (d3400
Iowa's 2018 ban on sanctuary policies; d3401 Indianapolis's detainer settlement; d3402 San Francisco
and the national grant threat).

The annotations follow /work/shared/eval/seeds/NOTES.md (speaker rules, field conventions) and
STANCE_GUIDELINES.md (stance rules), and the conventions of the earlier parts (model: build_gold_s.py):
canonical names from canonical.py where they apply (Rahm Emanuel, Jeff Sessions, Bruce Rauner, Brian
VanVickle, David Snyders, Bill Prim, Mike Downey), otherwise the fullest form the article gives, titles
dropped ("U.S. District Judge Harry Leinenweber" -> Harry Leinenweber, "Champaign Police Chief Timothy
T. Tyler" -> Timothy T. Tyler, "Champaign City Attorney Tom Yu" -> Tom Yu, "Judge Manion" -> Manion,
the only form d3404 gives). A person speaking for an organisation is the person only; an organisation
speaking as itself is a speaker (the Legislative Services Agency "said", d3400 #2; the U.S. bishops'
conference "say", d3402 #6; the ACLU of Illinois and the National Immigrant Justice Center "issued a
joint statement", d3407 #2); filers speak through their filing ("The sheriffs' filing ... alleges",
"The sheriffs allege", d3407 #0-#1: the four plaintiff sheriffs, optional where not named in the line,
FOUR_SHERIFFS_REASON); a court's ruling as reported ("ruling that", "The court ruled", d3404) is the
court's speech, as a judge's ruling is the judge's in part S; a quote continuing an attribution keeps
the speaker with an empty alias list (Rauner, d3406 #4, #7, #8; Tyler after "he said", d3405 #5).
Signing, suing, filing, granting and dismissing are actions; the Trust Act, Senate File 481 and the
grant conditions are documents, not speakers. Captions are boilerplate even where they carry a claim
(d3401 #7, the vigil photo). Unnamed groups ("law enforcement officials", "local police chiefs in
Champaign-Urbana", "critics") go in unnamed_sources. They were made by reading the article text only.

Writes the gold file and manifest through goldlib.build(), which computes every offset and checks the
annotations against the texts (its docstring lists the checks).

Run: python3 build_gold_zh.py
"""
from goldlib import B, C, O, S, T, build, part_files
from canonical import DOWNEY, EMANUEL, FOUR_SHERIFFS_REASON, PRIM, RAUNER, SESSIONS, SNYDERS, VANVICKLE

ARTICLES, MANIFEST, GOLD = part_files("fresh-zh", "gold-fresh-zh.jsonl")


LSA = "Legislative Services Agency"
MELGAREJO = "Lorena Melgarejo"
BISHOPS = "U.S. bishops’ conference"
LEINENWEBER = "Harry Leinenweber"
SEVENTH = "Seventh Circuit"
MANION = "Manion"
TYLER = "Timothy T. Tyler"
YU = "Tom Yu"
ACLU_IL = "ACLU of Illinois"
NIJC = "National Immigrant Justice Center"


def sheriffs_opt(*names):
    """The plaintiff sheriffs not named in the line, speaking through the filing ("The sheriffs allege")."""
    return [O(n, FOUR_SHERIFFS_REASON) for n in names]


# ---------------------------------------------------------------- annotations
ANN = {}

ANN["d3400_iowa-house-democrats"] = [
    C("supports", "Author (the caucus post): Reynolds 'privately signed a controversial anti-immigration bill' to ban sanctuary cities although 'there are no such cities in the state' (against the ban on sanctuary policies; signing is an action)."),
    C("supports", "The ban described, then 'law enforcement officials say they are already complying ... and no law enforcement organizations were in favor of the bill' (argument against the ban).",
      un=["law enforcement officials"]),
    C("supports", "The Legislative Services Agency ('said'): the law could jeopardize school funding and raise property taxes (a cost warning against the ban; alternative: neutral, a fiscal note).",
      sp=[S(LSA, "Legislative Services Agency")], amb=True),
    C("neutral", "What Senate File 481 does: bans local policies against asking immigration status; funding restored after a 90-day lapse (description of the law)."),
    C("supports", "Author: passed 'without input'; ignores 'the chilling effect on immigrant communities' and 'the damage to trusting relationships' with police; 'jeopardizing Iowan’s constitutional rights' (the trust argument against the ban)."),
]

ANN["d3401_indystar"] = [
    T("headline", "Headline ('Indianapolis looks to end compliance with immigration detainer requests')."),
    B("comments_link", "Comments link ('View Comments')."),
    C("neutral", "The Marion County Sheriff's Office 'plans to drastically reduce its compliance' with detainer requests (a plan reported; no speech)."),
    C("neutral", "ACLU of Indiana and city attorneys filed a stipulated judgment to end holding people without probable cause for ICE (a filing, an action)."),
    C("neutral", "The agreement is expected to be signed by Judge Sarah Evans Barker (procedure)."),
    B("related_link", "Related-story link ('► More:Marion County Sheriff faces pressure ...')."),
    C("neutral", "What an ICE detainer is: a request to hold people beyond release, 'not signed by a judge', no probable cause required (background)."),
    B("photo_caption", "Photo caption (the June 15, 2017 vigil and march calling on police to stop supporting detentions); a caption, though it reports the marchers' demand."),
    C("neutral", "'Supporters of the settlement say it will ensure constitutional rights ...; critics say it will make detaining and deporting ... more difficult' (both sides, evenly; alternative: supports, the supporters' point comes first).",
      un=["Supporters of the settlement", "critics"], amb=True),
    B("related_link", "Related-story link ('► More:Sheriff's Office under more scrutiny for release times')."),
    C("neutral", "The ACLU of Indiana's September lawsuit over detainer compliance; the sheriff's office and Sheriff John Layton are defendants; 'City officials declined to comment' (a suit filed, no words)."),
]

ANN["d3402_national-catholic-register"] = [
    T("headline", "Headline ('Trump vs. Sanctuary Cities: Catholic Leaders Push Back')."),
    T("dek", "Dek ('With California as the flash point, the U.S. bishops and immigration advocates speak out against the president’s plan ...')."),
    B("photo_caption", "Photo caption (a 'Sanctuary' sign in New York; protesters outside the San Francisco courthouse where Judge Orrick heard the first suit)."),
    B("photo_caption", "The same caption repeated with its photo credits ('(photo: Rainmaker photo/MediaPunch/IPX; AP photo/Haven Daley)'); not an exact duplicate of #2."),
    C("neutral", "Melgarejo ('says Lorena Melgarejo'): undocumented people in San Francisco, a sanctuary city since 1989, are 'more anxious than ever' of being deported (fear of enforcement, not a view on local cooperation; alternative: supports, it opens the case against the funding threat).",
      sp=[S(MELGAREJO, "Lorena Melgarejo")], amb=True),
    C("neutral", "Melgarejo ('told the Register'): 'the amount of fear is maybe a hundredfold', though she has seen no stepped-up enforcement (fear reported; no policy view).",
      sp=[S(MELGAREJO, "Melgarejo")]),
    C("supports", "With Trump 'threatening to withhold their federal funding', Melgarejo, the U.S. bishops’ conference and other Catholic officials 'say migrant communities, even in cities with immigrant-friendly policies, believe they are more vulnerable than ever' (against the federal pressure on sanctuary cities; alternative: neutral, the fear reported).",
      sp=[S(MELGAREJO, "Melgarejo"), S(BISHOPS, "U.S. bishops’ conference")], un=["other Catholic officials"], amb=True),
]

ANN["d3403_new-york-daily-news"] = [
    B("photo_caption", "Photo caption ('A federal judge placed an injunction on ... Sessions's new rules aimed at sanctuary cities.')."),
    B("photo_caption", "The same caption with its credit ('(Win McNamee/Getty Images)'); not an exact duplicate of #0."),
    C("neutral", "Author: a judge 'has handed a defeat' to Sessions 'as he looks to punish so-called \"sanctuary cities\"' (the ruling reported; 'punish' is a light lean; alternative: supports).",
      amb=True),
    C("opposes", "Chicago sued after Sessions ('the nation's top prosecutor said') that governments not cooperating 'to his liking would miss out on crucial crime-fighting funds' (his grant threat reported; the suit is an action; alternative: neutral, background).",
      sp=[S(SESSIONS, "the nation's top prosecutor")], amb=True),
    B("ad_label", "Advertising label ('Advertisement')."),
    C("neutral", "Leinenweber granted a 'nationwide' injunction; Sessions cannot deny the funds until the case ends (a ruling granted, an action)."),
    C("neutral", "Leinenweber ('wrote'): the case that Sessions exceeded his authority 'had a \"likelihood of success.\"' (a court's finding; alternative: supports, it backs the city's case).",
      sp=[S(LEINENWEBER, "Leinenweber")], amb=True),
    C("opposes", "Sessions ('slammed Chicago') for a 'culture of lawlessness' after the suit (against the sanctuary city); other cities have also challenged him.",
      sp=[S(SESSIONS, "Sessions")]),
    C("supports", "Emanuel ('said in a statement'): 'a win for cities across the US that supported our lawsuit vs Trump DOJ defending our values'.",
      sp=[S(EMANUEL, "Rahm Emanuel")]),
    B("photo_caption", "Photo caption ('Rules imposed by Sessions would make local authorities cooperate with federal immigration agents.')."),
    B("photo_caption", "The same caption with its credit ('(U.S. Department of Homeland Security)'); not an exact duplicate of #9."),
    C("neutral", "Author: sanctuary cities 'generally' do not notify on low-level offenders 'but comply with federal requests for serious and violent crimes' (definition; alternative: supports, it answers the claim that they shield criminals).",
      amb=True),
]

ANN["d3404_constitutional-law-prof-blog"] = [
    B("timestamp_label", "Date line ('Friday, May 1, 2020')."),
    T("headline", "Post headline ('Seventh Circuit Strikes AG's Grant Conditions on Sanctuary Cities')."),
    C("neutral", "The Seventh Circuit ('ruling that') the conditions violated the separation of powers; injunction upheld (a court's ruling; 'unilateral' is a light lean; alternative: supports).",
      sp=[S(SEVENTH, "The Seventh Circuit")], amb=True),
    C("supports", "Author: 'The ruling is yet another significant victory for sanctuary cities'; four circuits against the conditions, one for them."),
    C("neutral", "The court ('The court ruled') that the AG lacked authority for the notice, access, compliance, harboring and certification conditions (legal holding; alternative: supports).",
      sp=[S(SEVENTH, "The court")], amb=True),
    C("neutral", "The court affirmed the nationwide injunction because of 'the AG's constantly evolving claimed statutory authority' and conditions 'seemingly designed to work around existing injunctions' (the court's reasons, as the author puts them; alternative: supports).",
      sp=[S(SEVENTH, "The court")], amb=True),
    C("neutral", "Manion ('Judge Manion concurred ... but dissented') on the separation of powers and against the nationwide injunction (a judge's written position on remedy).",
      sp=[S(MANION, "Manion")]),
    B("tag_list", "Category tags and permalink ('Cases and Case Materials, ... | Permalink')."),
    B("comment_prompt", "Comment link ('Post a comment')."),
]

ANN["d3405_ipm-newsroom"] = [
    T("headline", "Headline ('Champaign-Urbana police departments won’t work with ICE as per state law')."),
    T("dek", "Summary line under the headline (Tyler made the TRUST Act part of annual training), repeated almost word for word in #4; a dek or photo caption (alternative: boilerplate caption).",
      amb=True),
    B("dateline", "Dateline ('CHAMPAIGN')."),
    C("supports", "'local police chiefs in Champaign-Urbana say they won’t be collaborating with federal immigration agents' as Trump promises mass deportations (a promise not to cooperate with ICE).",
      un=["local police chiefs in Champaign-Urbana"]),
    C("supports", "Author: not collaborating is 'a requirement under state law'; Tyler ('said') has made the TRUST Act part of every officer's annual training (alternative: neutral, compliance with the law).",
      sp=[S(TYLER, "Timothy T. Tyler")], amb=True),
    C("supports", "Tyler (continues #4, 'he said'): 'We’re not concerned about immigration status at the Champaign police department'.",
      sp=[S(TYLER)]),
    C("supports", "The heads of police for Urbana, Champaign County and the University of Illinois 'made similar commitments ... to not work with immigration agents'.",
      un=["The heads of police for Urbana, Champaign County and the University of Illinois"]),
    C("neutral", "What the TRUST Act bars: enforcing immigration policies without a criminal warrant, asking citizenship status, detaining on status (description)."),
    C("neutral", "Example: a stop for tinted windows would not escalate into a deportation (explainer)."),
    C("neutral", "Yu ('Champaign City Attorney Tom Yu explained'): 'We cannot detain, search or ask questions regarding immigration status'; stops limited to crimes and traffic (the law's limits explained; alternative: supports).",
      sp=[S(YU, "Tom Yu")], amb=True),
    C("neutral", "Author: police 'may also be an unlikely resource' for people without legal status (a transition)."),
    C("neutral", "Yu ('Yu said'): he gives no legal advice to people being deported, but police must investigate missing people and kidnappings.",
      sp=[S(YU, "Yu")]),
    C("neutral", "Yu ('Yu added'): if a crime is reported 'police have to respond ... that’s our charge' (police duty to everyone; alternative: supports, the trust point that immigrants can call police).",
      sp=[S(YU, "Yu")], amb=True),
]

ANN["d3406_illinois-review"] = [
    C("supports", "Rauner ('Governor Bruce Rauner told'): 'The bill I signed did not make Illinois a sanctuary … period' (denies on the Act's behalf that it is a sanctuary law; alternative: opposes, he disowns sanctuary policy).",
      sp=[S(RAUNER, "Bruce Rauner")], amb=True),
    C("neutral", "Author: the governor has faced the question since signing; 'His frustration ... was evident' (context)."),
    C("neutral", "A member of the United Southland Republican Women asks 'Then why are they saying that?' (a question, no view).",
      un=["one of the members of the United Southland Republican Women"]),
    C("opposes", "Rauner ('Rauner replied'): 'political attacks ... Fake news'; 'I have fought sanctuary every year, I have vetoed bills'; the 40-page bill 'made us a sanctuary' (against sanctuary policy; alternative: supports, he defends the Act he signed).",
      sp=[S(RAUNER, "Rauner")], amb=True),
    C("supports", "Rauner (continues #3): he shrank it to a 2-page bill that does 'what judges said'; 'It still says we should coordinate with ICE agents. In no way does it make us a sanctuary.' (defends the Act as no sanctuary law; alternative: opposes, his point is cooperation with ICE).",
      sp=[S(RAUNER)], amb=True),
    B("audio_embed", "Placeholder for an embedded recording ('(Recording of Rauner's comments below)')."),
    C("neutral", "'\"Thank you,\" the questioner responded.' (dialogue, no view).",
      un=["the questioner"]),
    C("opposes", "Rauner (his answer, continuing): 'I vetoed three more bills that would have made us a sanctuary. Pritzker says he wants to make Illinois a sanctuary state. I fought against this.' (Pritzker inside Rauner's quote is not a speaker).",
      sp=[S(RAUNER)]),
    C("opposes", "Rauner (continuing): 'a massive illegal immigration problem'; 'We are not a sanctuary and I will never let Illinois be a sanctuary state. Period.'",
      sp=[S(RAUNER)]),
    B("audio_embed", "The recording placeholder again.", dup=5),
    C("neutral", "Author: the 'Fake News' sources, such as the Chicago Tribune's Hoy edition, headlined 'Illinois officially a sanctuary state for immigrants' (the press's label set against Rauner's denial; alternative: opposes).",
      out=["Chicago Tribune"], amb=True),
]

ANN["d3407_northern-public-radio"] = [
    C("opposes", "The sheriffs seek an injunction; their filing 'alleges that the Trust Act is superseded by federal laws'; VanVickle ('said'): 'We cannot operate using two opposing systems ... and keep our communities safe'.",
      sp=[S(VANVICKLE, "Brian VanVickle")], opt=sheriffs_opt(PRIM, DOWNEY, SNYDERS)),
    C("opposes", "'The sheriffs allege' they cannot do their duties; Snyders ('stated'): 'we must choose between Washington DC and Springfield ... It’s impossible, it hasn’t worked'.",
      sp=[S(SNYDERS, "David Snyders")], opt=sheriffs_opt(PRIM, DOWNEY, VANVICKLE)),
    C("supports", "The ACLU of Illinois and the National Immigrant Justice Center ('issued a joint statement in support', 'called the suit'): detainers are voluntary; 'a thinly veiled attempt to justify ongoing violations of the law'; the sheriffs 'pick and choose' laws.",
      sp=[S(ACLU_IL, "ACLU of Illinois", "The ACLU"), S(NIJC, "National Immigrant Justice Center", "NIJC")]),
]


# ---------------------------------------------------------------- manifest
MANIFEST_ENTRIES = [
    {"file": "d3400_iowa-house-democrats.txt", "outlet": "Iowa House Democrats (iowahouse.org, caucus website)", "date": "2018-04",
     "title": "Governor privately signs anti-immigration “sanctuary cities” into law (from the URL slug; no headline in the stored text)",
     "url": "https://iowahouse.org/governor-privately-signs-anti-immigration-sanctuary-cities-into-law/"},
    {"file": "d3401_indystar.txt", "outlet": "IndyStar (indystar.com)", "date": "2017-07-11",
     "title": "Indianapolis looks to end compliance with immigration detainer requests",
     "url": "https://www.indystar.com/story/news/2017/07/11/marion-county-sheriffs-office-agrees-end-ice-detainers/466830001/"},
    {"file": "d3402_national-catholic-register.txt", "outlet": "National Catholic Register (ncregister.com)", "date": "2017-05",
     "title": "Trump vs. Sanctuary Cities: Catholic Leaders Push Back",
     "url": "https://www.ncregister.com/news/trump-vs-sanctuary-cities-catholic-leaders-push-back"},
    {"file": "d3403_new-york-daily-news.txt", "outlet": "New York Daily News (nydailynews.com)", "date": "2017-09-15",
     "title": "Federal judge puts Sessions anti-sanctuary city plan on hold (from the URL slug; no headline in the stored text)",
     "url": "https://www.nydailynews.com/news/national/federal-judge-puts-sessions-anti-sanctuary-city-plan-hold-article-1.3498597"},
    {"file": "d3404_constitutional-law-prof-blog.txt", "outlet": "Law Professor Blogs: Constitutional Law Prof Blog (lawprofessors.typepad.com)", "date": "2020-05-01",
     "title": "Seventh Circuit Strikes AG's Grant Conditions on Sanctuary Cities",
     "url": "https://lawprofessors.typepad.com/conlaw/2020/05/seventh-circuit-strikes-ags-grant-conditions-on-sanctuary-cities.html"},
    {"file": "d3405_ipm-newsroom.txt", "outlet": "IPM Newsroom (Illinois Public Media, ipmnewsroom.org; outlet seen before, part D)", "date": "2025-01",
     "title": "Champaign-Urbana police departments won’t work with ICE as per state law",
     "url": "https://ipmnewsroom.org/champaign-urbana-police-departments-wont-work-with-ice-as-per-state-law/"},
    {"file": "d3406_illinois-review.txt", "outlet": "Illinois Review (illinoisreview.com; outlet seen before, part A)", "date": "2018-10",
     "title": "Rauner: I will never let Illinois be a sanctuary state. Period. (from the URL slug; no headline in the stored text)",
     "url": "https://illinoisreview.com/illinoisreview/2018/10/rauner-i-will-never-let-illinois-be-a-sanctuary-state-period.html"},
    {"file": "d3407_northern-public-radio.txt", "outlet": "Northern Public Radio (WNIJ, northernpublicradio.org; outlet seen before, part B)", "date": "2020-03-10",
     "title": "Illinois sheriffs file for injunction against Trust Act (from the URL slug; no headline in the stored text)",
     "url": "https://www.northernpublicradio.org/news/2020-03-10/illinois-sheriffs-file-for-injunction-against-trust-act"},
]


if __name__ == "__main__":
    build(MANIFEST, MANIFEST_ENTRIES, ARTICLES, GOLD, ANN, "d34")
