using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// Finds runs of capitalised words ("Ohio Republican Gov. Omar Haddad", "Federation for American
/// Immigration Reform") and reads each as a titled person, an outlet, an organisation or a bare name.
/// Titles are dropped from names ("state Sen. Mark Hill" gives "Mark Hill") but remembered as the
/// person's role and place, which later resolve "the governor" and name "the governor's office".
/// </summary>
internal sealed class NameRunParser(AnalysisLexicon lexicon)
{
    /// <summary>Lower-case words that may join the words of an organisation's name.</summary>
    // "a" and "an" join only after "for" ("Campaign for a Welcoming Illinois"; the scanner checks), never elsewhere
    // ("called Rauner a Republican").
    internal static readonly FrozenSet<string> Connectors = new[] { "of", "for", "and", "the", "de", "del", "da", "la", "los", "las", "van", "von", "der", "di", "du", "le", "on", "&", "a", "an" }.ToFrozenSet(StringComparer.Ordinal);

    // Particles that belong inside a person's name ("Kevin de León", "Ursula von der Leyen"), unlike "of" or "and".
    private static readonly FrozenSet<string> NameParticles = new[] { "de", "del", "da", "la", "los", "las", "van", "von", "der", "di", "du", "le" }.ToFrozenSet(StringComparer.Ordinal);

    // "(FAIR)" right after an organisation's name. Matched on a span of the text: a copy of the rest of the
    // paragraph for every organisation made analysis quadratic in a paragraph's length.
    private static readonly Regex AcronymAfter = AnalysisRegex.Create(@"^\s*\(\p{Lu}[\p{Lu}&.]{1,9}\)");


    public List<Mention> Find(string text, string? articleOutlet)
    {
        var found = new List<Mention>();
        foreach (var whole in NameRunScanner.Runs(text))
        {
            // "… Chicago’s Welcoming City Ordinance. The Chicago Immigration Working Group issued": a run does not
            // reach across the end of a sentence (a word's final period that is no abbreviation).
            var sentenceEnd = SentenceEndInside(whole);
            if (sentenceEnd >= 0)
            {
                var tail = whole[(sentenceEnd + 1)..];
                var tailPossessive = false;
                var tailRun = Clean(tail, ref tailPossessive);
                var headPossessive = false;
                var headRun = Clean(whole[..(sentenceEnd + 1)], ref headPossessive);
                foreach (var (part, partPossessive) in new[] { (headRun, headPossessive), (tailRun, tailPossessive) })
                {
                    if (part.Count > 0 && !(part.Count == 1 && (lexicon.SentenceOpeners.Contains(part[0].Text) || lexicon.NotNames.Contains(part[0].Text))))
                    {
                        Read(part, partPossessive, text, articleOutlet, found);
                    }
                }

                continue;
            }

            var raw = whole;
            var possessive = false;
            var run = Clean(raw, ref possessive);

            // Most runs are one capitalised sentence opener ("The", "But", "During"): no need to read them.
            if (run.Count == 0 || (run.Count == 1 && (lexicon.SentenceOpeners.Contains(run[0].Text) || lexicon.NotNames.Contains(run[0].Text))))
            {
                continue;
            }

            Read(run, possessive, text, articleOutlet, found);
        }

        return found;
    }

    // Written with loops rather than LINQ: it runs on every run of capitalised words of the corpus.
    private void Read(List<NameToken> run, bool possessive, string text, string? articleOutlet, List<Mention> found)
    {
        // "State Rep. Ann Lee, R-Elgin, also said", "Michael Buehler, R-Crystal Lake, said": a party tag and its home
        // place, set off by commas, name nobody.
        if (IsPartyTag(run[0].Text))
        {
            return;
        }

        // "Attorney General Ann Lee and Dayton Mayor Bo Park": two titled people, not one name.
        var andAt = run.FindIndex(t => t.Text == "and");
        // So are "Kane County Sheriff Ann Lee and Cook County Sheriff Bo Park", a title on each side of "and".
        if (andAt > 0 && andAt < run.Count - 1 && HasTitle(run)
            && (!AnyIn(run, 0, lexicon.OrgHeadWords) || (HasTitle(run[..andAt]) && HasTitle(run[(andAt + 1)..]))))
        {
            Read(run[..andAt], false, text, articleOutlet, found);
            Read(run[(andAt + 1)..], possessive, text, articleOutlet, found);
            return;
        }

        // "the Illinois Sheriffs Association and Republican lawmakers": a party adjective after "and" begins a group
        // written in lower case; the body's name ends before "and".
        if (andAt > 0 && andAt == run.Count - 2 && run[^1].Text is "Republican" or "Republicans" or "Democratic" or "Democrat" or "Democrats" or "GOP")
        {
            Read(run[..andAt], false, text, articleOutlet, found);
            return;
        }

        // "ICE's Enforcement and Removal Operations", "Lee's Chief of Staff Bo Park": a possessive inside the run ends a name.
        // Not a role's possessive inside a body's name: "Sheriff's Office", "State's Attorney's Office".
        var inner = run.FindIndex(t => t != run[^1] && (t.Text.EndsWith("'s", StringComparison.Ordinal) || t.Text.EndsWith("’s", StringComparison.Ordinal))
            && !lexicon.OrgHeadWords.Contains(t.Text) && !lexicon.RoleWords.Contains(t.Text[..^2]) && !lexicon.Titles.ContainsKey(t.Text[..^2]));
        if (inner >= 0)
        {
            var owner = run[..(inner + 1)];
            var ownerPossessive = false;
            Read(Clean(owner, ref ownerPossessive), ownerPossessive, text, articleOutlet, found);
            Read(run[(inner + 1)..], possessive, text, articleOutlet, found);
            return;
        }

        // "the Trump administration": the government of that person, a body, not the person.
        if (!possessive && AdministrationAfter(text, run[^1].End) is { } administrationEnd)
        {
            var first = 0;
            while (first < run.Count - 1 && (lexicon.SentenceOpeners.Contains(run[first].Text) || lexicon.Titles.ContainsKey(run[first].Text)))
            {
                first++;
            }

            found.Add(new Mention(run[first].Start, administrationEnd, MentionKind.Organisation, run[^1].Text + " administration"));
            return;
        }

        // "the Department of Homeland Security on Monday": a date after "on" is not part of the name.
        var onDate = run.FindIndex(t => t.Text == "on");
        if (onDate > 0 && onDate < run.Count - 1 && lexicon.NotNames.Contains(run[onDate + 1].Text))
        {
            Read(run[..onDate], false, text, articleOutlet, found);
            return;
        }

        // "the McHenry County sheriff's office", "the Elgin police department": a place, then a body's name in lower case.
        if (!possessive && run.Count <= 3 && !HasTitle(run) && LowerCaseBodyAfter(text, run[^1].End) is { } body)
        {
            var first = 0;
            while (first < run.Count - 1 && lexicon.SentenceOpeners.Contains(run[first].Text))
            {
                first++;
            }

            var place = Join(run, first);
            var bodyText = text.AsSpan(body.Start, body.End - body.Start);
            found.Add(new Mention(run[first].Start, body.End, MentionKind.Organisation, place + " " + TitleCase(bodyText)));
            return;
        }

        // "the city of Evanston", "the village of Oak Park": a local government named in lower case is the body
        // "City of Evanston", as if capitalised.
        if (run.Count <= 3 && !HasTitle(run) && !AnyIn(run, 0, lexicon.OrgHeadWords) && LowerCaseGovernmentBefore(text, run[0].Start) is { } government)
        {
            found.Add(Organisation(government.Start, run[^1].End, government.Kind + " of " + Join(run, 0), possessive, text));
            return;
        }

        // "Members of the Illinois Sheriffs’ Association are sounding the alarm": the members of a body speak as the body
        // (unnamed officials of a named body are that body), and the mention spans the whole run so that a verb after it
        // finds the body as its subject. "Critics of Mayor Lee said": a group named after what it is for or against is
        // not that person; the name is read as the object of "of", which no verb takes as its subject.
        if (run.Count >= 3 && run[1].Text == "of" && lexicon.NotNames.Contains(run[0].Text))
        {
            var named = new List<Mention>();
            Read(run[2..], possessive, text, articleOutlet, named);
            if (run[0].Text is "Members" or "Leaders" or "Officials" or "Representatives")
            {
                found.AddRange(named.Where(m => m.Kind == MentionKind.Organisation).Select(m => m with { Start = run[0].Start }));
            }
            else
            {
                found.AddRange(named);
            }

            return;
        }

        // "the Illinois Attorney General’s Office": an office named by its holder's title and place, named as the offices
        // of titled people are ("Office of the Illinois Attorney General").
        if (TitledOffice(run) is { } office)
        {
            found.Add(Organisation(run[0].Start, run[^1].End, office, possessive, text));
            return;
        }

        var titled = ReadTitled(run, possessive);
        if (titled is not null)
        {
            found.Add(titled);
            return;
        }

        var start = run[0].Start;
        var end = run[^1].End;
        var withoutThe = Join(run, run[0].Text is "The" or "the" ? 1 : 0);
        if (IsOutlet(run, withoutThe, articleOutlet))
        {
            found.Add(new Mention(start, end, MentionKind.Outlet, withoutThe) { Possessive = possessive });
            return;
        }

        if (lexicon.OrgAliases.TryGetValue(withoutThe, out var canonical))
        {
            found.Add(Organisation(start, end, canonical, possessive, text));
            return;
        }

        // An administration's name before a well-known body is no part of it: "the Trump Department of Justice",
        // "the Biden Justice Department" and "the federal Department of Justice" are the body itself.
        var lead = run[0].Text is "The" or "the" ? 1 : 0;
        if (run.Count - lead >= 3 && (lexicon.KnownSurnames.Contains(run[lead].Text) || run[lead].Text is "Federal" or "U.S.")
            && lexicon.OrgAliases.TryGetValue(Join(run, lead + 1), out var administered))
        {
            found.Add(Organisation(start, end, administered, possessive, text));
            return;
        }

        // "Dane County and the City of Springfield": "and the" joins two names, it is inside none. Not the first "and" only:
        // "Immigration and Customs Enforcement and the Department of Homeland Security".
        var andThe = -1;
        for (var k = 1; k + 2 < run.Count; k++)
        {
            if (run[k].Text == "and" && run[k + 1].Text == "the")
            {
                andThe = k;
                break;
            }
        }

        if (andThe > 0)
        {
            Read(run[..andThe], false, text, articleOutlet, found);
            Read(run[(andThe + 2)..], possessive, text, articleOutlet, found);
            return;
        }

        // "McHenry County and Kankakee County": two bodies of one kind, each named in full.
        var and = run.FindIndex(1, t => t.Text == "and");
        if (and > 0 && and + 1 < run.Count && run[and - 1].Text == run[^1].Text && lexicon.OrgHeadWords.Contains(run[^1].Text)
            && !lexicon.OrgAliases.ContainsKey(withoutThe))
        {
            Read(run[..and], false, text, articleOutlet, found);
            Read(run[(and + 1)..], possessive, text, articleOutlet, found);
            return;
        }

        // "McHenry and Kankakee counties": two counties sharing the plural noun after them.
        if (!possessive && and > 0 && and + 1 < run.Count && !AnyIn(run, 0, lexicon.OrgHeadWords) && !HasTitle(run)
            && SharedPluralAfter(text, end) is { } plural)
        {
            var first = run[0].Text is "The" or "the" ? 1 : 0;
            found.Add(Organisation(run[first].Start, run[and - 1].End, Join(run[..and], first) + " " + plural.Kind, false, text));
            found.Add(Organisation(run[and + 1].Start, plural.End, Join(run[(and + 1)..], 0) + " " + plural.Kind, false, text));
            return;
        }

        // Sentence openers and connectors are not part of a name: "While the DOJ", "During".
        var skip = 0;
        while (skip < run.Count - 1 && (lexicon.SentenceOpeners.Contains(run[skip].Text) || Connectors.Contains(run[skip].Text)))
        {
            skip++;
        }

        if (skip > 0)
        {
            // "the Dwight Planning commission", "the Jo Lee campaign": a plain name between "the" and a lower-case noun
            // names a thing after the person (or a misspelt body), never the person.
            if (run[skip - 1].Text is "the" or "The" && !possessive && run.Count - skip >= 2 && !HasTitle(run[skip..])
                && LowerCaseWordAfter(text, run[^1].End) && ReadPlainName(run[skip..], false) is { Kind: MentionKind.Person })
            {
                return;
            }

            Read(run[skip..], possessive, text, articleOutlet, found);
            return;
        }

        // "the City of Chicago", "the County of Los Angeles", "the State of Illinois": a government as a body.
        if (run.Count >= 3 && run[0].Text is "City" or "County" or "State" or "Town" or "Village" && run[1].Text == "of" && !Connectors.Contains(run[2].Text))
        {
            found.Add(Organisation(start, end, withoutThe, possessive, text));
            return;
        }

        // An organisation needs more than its head word: "Council" or "Senate" alone names nothing.
        var meaningful = 0;
        var splits = false;
        foreach (var t in run)
        {
            if (!Connectors.Contains(t.Text))
            {
                meaningful++;
            }
            else if (!NameParticles.Contains(t.Text))
            {
                splits = true;
            }
        }

        // "Mark Fleming of the National Immigrant Justice Center": a person (a known first name and a surname or two,
        // no title, no organisation word) of a body. The person speaks for the body and is recorded alone; the
        // mention spans the whole run, so that the verb after it finds the person as its subject.
        if (!possessive && PersonOfBody(run) is { } of && ReadPlainName(run[..of], false) is { } member)
        {
            found.Add(member with { End = end });
            return;
        }

        // "Committee Deadline Week", "Police Memorial Day": a time named after a body is no body (nor a person).
        if (run[^1].Text is "Day" or "Week" or "Month" or "Year" or "Era")
        {
            return;
        }

        // "Senate Bill 31", "House Resolution 12", "the Welcoming City Ordinance", "the Outagamie County MOA", "the
        // County Executive Order": a measure or an agreement named after a body is no body.
        if (run[^1].Text is "Bill" or "Resolution" or "Ordinance" or "Amendment" or "Act" or "Order" or "Agreement" or "Memorandum"
            or "MOA" or "MOU" && andAt < 0)
        {
            return;
        }

        if (meaningful >= 2 && AnyIn(run, 0, lexicon.OrgHeadWords))
        {
            found.Add(Organisation(start, end, withoutThe, possessive, text));
            return;
        }

        if (run.Count == 1 && IsAcronym(run[0].Text))
        {
            // Resolved against the article's defined acronyms ("(FAIR)") when the discourse registers it.
            found.Add(new Mention(start, end, MentionKind.Organisation, run[0].Text) { Possessive = possessive });
            return;
        }

        // Only a connector that is not a name particle splits a run into groups.
        if (splits)
        {
            var groups = SplitAtConnectors(run).ToList();
            if (groups.Count > 1)
            {
                foreach (var g in groups)
                {
                    Read(g, possessive && g[^1] == run[^1], text, articleOutlet, found);
                }

                return;
            }
        }

        var person = ReadPlainName(run, possessive);
        if (person is not null)
        {
            found.Add(person);
        }
    }

    /// <summary>
    /// The index of "of" in "First Last of [the] Body …" where the words before it are a person's name: two or three
    /// capitalised words, the first a known first name, none a title or an organisation's word; null otherwise.
    /// </summary>
    private int? PersonOfBody(List<NameToken> run)
    {
        var of = run.FindIndex(t => t.Text == "of");
        if (of is < 2 or > 3 || of + 1 >= run.Count || !lexicon.FirstNameGenders.ContainsKey(run[0].Text))
        {
            return null;
        }

        for (var k = 0; k < of; k++)
        {
            var word = run[k].Text;
            if (Connectors.Contains(word) || lexicon.Titles.ContainsKey(word) || lexicon.OrgHeadWords.Contains(word) || lexicon.NotNames.Contains(word)
                || !char.IsUpper(word[0]))
            {
                return null;
            }
        }

        // The rest must name a body: an organisation's word, a known name or an acronym, not a place ("Cy Moore of Chicago").
        var rest = run[(of + 1)..];
        var restText = Join(rest, rest[0].Text is "the" or "The" ? 1 : 0);
        return AnyIn(rest, 0, lexicon.OrgHeadWords) || lexicon.OrgAliases.ContainsKey(restText) || (!restText.Contains(' ', StringComparison.Ordinal) && IsAcronym(restText)) ? of : null;
    }

    /// <summary>
    /// The index of a word (not the run's last) that ends a sentence: a final period on a word of three letters or more
    /// with no inner period ("Ordinance.", not "U.S.", "C.D." or "P.") that is no abbreviation or title ("Gov.",
    /// "Supt."); -1 when there is none. Only the first is needed: the rest of the run is read again.
    /// </summary>
    private int SentenceEndInside(List<NameToken> run)
    {
        for (var k = 0; k < run.Count - 1; k++)
        {
            var word = run[k].Text;
            if (word.Length >= 4 && word[^1] == '.' && word.IndexOf('.') == word.Length - 1
                && !lexicon.Abbreviations.Contains(word) && !lexicon.Titles.ContainsKey(word))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A single space, then a word in lower case (a noun the run modifies, or a verb).</summary>
    private static bool LowerCaseWordAfter(string text, int end) => end + 1 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1]);

    private static readonly string[] LowerCaseBodies =
    [
        "sheriff's office", "sheriff’s office", "sheriff's department", "sheriff’s department", "police department",
        "state's attorney's office", "state’s attorney’s office", "board of commissioners", "county board", "city council",
        "health department", "school district",
    ];

    /// <summary>The span of a lower-case body name ("sheriff's office") right after <paramref name="end"/>, or null.</summary>
    private static (int Start, int End)? LowerCaseBodyAfter(string text, int end)
    {
        var k = end;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        if (k == end || k >= text.Length || !char.IsLower(text[k]))
        {
            return null;
        }

        foreach (var body in LowerCaseBodies)
        {
            if (text.AsSpan(k).StartsWith(body, StringComparison.Ordinal) && (k + body.Length == text.Length || !char.IsLetter(text[k + body.Length])))
            {
                return (k, k + body.Length);
            }
        }

        return null;
    }

    private static readonly (string Plural, string Kind)[] SharedPlurals = [("counties", "County"), ("townships", "Township")];

    /// <summary>"counties" right after a run ("McHenry and Kankakee counties"): where it ends and the singular kind.</summary>
    private static (int End, string Kind)? SharedPluralAfter(string text, int end)
    {
        var k = end;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        foreach (var (plural, kind) in SharedPlurals)
        {
            if (k > end && text.AsSpan(k).StartsWith(plural, StringComparison.Ordinal) && (k + plural.Length == text.Length || !char.IsLetter(text[k + plural.Length])))
            {
                return (k + plural.Length, kind);
            }
        }

        return null;
    }

    private static readonly string[] LowerCaseGovernments = ["city", "village", "town"];

    /// <summary>"city of " right before a run (not "inner-city of"): where "city" starts and the capitalised kind.</summary>
    private static (int Start, string Kind)? LowerCaseGovernmentBefore(string text, int runStart)
    {
        var k = runStart;
        while (k > 0 && text[k - 1] == ' ')
        {
            k--;
        }

        if (k == runStart || k < 2 || text[k - 2] != 'o' || text[k - 1] != 'f')
        {
            return null;
        }

        var ofStart = k - 2;
        k = ofStart;
        while (k > 0 && text[k - 1] == ' ')
        {
            k--;
        }

        if (k == ofStart)
        {
            return null;
        }

        foreach (var kind in LowerCaseGovernments)
        {
            var start = k - kind.Length;
            if (start >= 0 && text.AsSpan(start, kind.Length).SequenceEqual(kind) && (start == 0 || !(char.IsLetter(text[start - 1]) || text[start - 1] is '-')))
            {
                return (start, char.ToUpperInvariant(kind[0]) + kind[1..]);
            }
        }

        return null;
    }

    /// <summary>"sheriff's office" → "Sheriff's Office"; "board of commissioners" → "Board of Commissioners".</summary>
    private static string TitleCase(ReadOnlySpan<char> words)
    {
        var parts = words.ToString().Split(' ');
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] is not ("of" or "and") && parts[i].Length > 0)
            {
                parts[i] = char.ToUpperInvariant(parts[i][0]) + parts[i][1..];
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>The end of " administration" right after <paramref name="end"/> (lower case, a whole word), or null.</summary>
    private static int? AdministrationAfter(string text, int end)
    {
        const string Word = "administration";
        var k = end;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return k > end && text.AsSpan(k).StartsWith(Word, StringComparison.Ordinal)
            && (k + Word.Length == text.Length || !char.IsLetter(text[k + Word.Length]))
            ? k + Word.Length
            : null;
    }

    /// <summary>The texts of <c>run[from..]</c> joined by spaces (one word: its string, no copy).</summary>
    private static string Join(List<NameToken> run, int from) =>
        (run.Count - from) switch
        {
            <= 0 => "",
            1 => run[from].Text,
            _ => JoinTexts(run, from),
        };

    /// <summary>
    /// As <c>string.Join(' ', tokens.Skip(from).Select(t => t.Text))</c>, into one string of the right length:
    /// names are joined for nearly every capitalised run of the corpus, and the LINQ form allocated its iterators.
    /// </summary>
    private static string JoinTexts(List<NameToken> tokens, int from)
    {
        var length = -1;
        for (var k = from; k < tokens.Count; k++)
        {
            length += tokens[k].Text.Length + 1;
        }

        return length <= 0 ? "" : string.Create(length, (tokens, from), static (chars, state) =>
        {
            var (tokens, from) = state;
            var at = 0;
            for (var k = from; k < tokens.Count; k++)
            {
                if (k > from)
                {
                    chars[at++] = ' ';
                }

                tokens[k].Text.CopyTo(chars[at..]);
                at += tokens[k].Text.Length;
            }
        });
    }

    private static bool AnyIn(List<NameToken> run, int from, IReadOnlySet<string> set)
    {
        for (var k = from; k < run.Count; k++)
        {
            if (set.Contains(run[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static Mention Organisation(int start, int end, string name, bool possessive, string text)
    {
        string? acronym = null;
        foreach (var match in AcronymAfter.EnumerateMatches(text.AsSpan(end)))
        {
            // The match is spaces, "(", the acronym, ")".
            var parenthesised = text.AsSpan(end + match.Index, match.Length).TrimStart();
            acronym = parenthesised[1..^1].ToString();
        }

        return new Mention(start, end, MentionKind.Organisation, name) { Possessive = possessive, Acronym = acronym };
    }

    private List<NameToken> Clean(List<NameToken> run, ref bool possessive)
    {
        // The scanner's run is ours: cleaned in place.
        var tokens = run;
        var last = tokens[^1];
        var text = last.Text;
        if (text.EndsWith('.') && !lexicon.Abbreviations.Contains(text) && !IsInitial(text))
        {
            text = text[..^1];
        }

        if (text.EndsWith("’s", StringComparison.Ordinal) || text.EndsWith("'s", StringComparison.Ordinal))
        {
            text = text[..^2];
            possessive = true;
        }
        else if (text.Length > 1 && text[^1] is '’' or '\'' && text[^2] == 's')
        {
            text = text[..^1];
            possessive = true;
        }

        if (text.Length == 0)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }
        else if (!ReferenceEquals(text, last.Text))
        {
            tokens[^1] = last with { Text = text, End = last.Start + text.Length };
        }

        return tokens;
    }

    private bool HasTitle(List<NameToken> run)
    {
        foreach (var t in run)
        {
            if (lexicon.Titles.ContainsKey(t.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Dayton Mayor Maria Lopez": the name after the last title, with role and place.</summary>
    private Mention? ReadTitled(List<NameToken> run, bool possessive)
    {
        Span<char> buffer = stackalloc char[128];
        for (var end = run.Count - 2; end >= 0; end--)
        {
            for (var length = Math.Min(lexicon.MaxTitleTokens, end + 1); length >= 1; length--)
            {
                var first = end - length + 1;
                if (!TryTitle(run, first, end, buffer, out var title, out var role))
                {
                    continue;
                }

                // "Acting Director of Immigration and Customs Enforcement Thomas Homan": a title of a body, the body's
                // name, then the holder's.
                if (end + 1 < run.Count && run[end + 1].Text == "of" && HolderAfterBody(run, end + 2) is { } holder)
                {
                    return new Mention(run[0].Start, holder[^1].End, MentionKind.Person, PersonName(holder))
                    {
                        Role = role.Length == 0 ? null : role,
                        Title = title,
                        Gender = GenderOf(title),
                        Possessive = possessive,
                    };
                }

                // The name ends at a connector or a non-name word: "Gov. Ann Lee on Tuesday" is Ann Lee.
                // A particle inside the name stays in it: "Mayor Bill de Blasio", "Sen. Kevin de León".
                var tail = new List<NameToken>(4);
                for (var k = end + 1; k < run.Count && !lexicon.NotNames.Contains(run[k].Text); k++)
                {
                    var particle = NameParticles.Contains(run[k].Text) && tail.Count > 0 && k + 1 < run.Count && char.IsUpper(run[k + 1].Text[0]);
                    if (Connectors.Contains(run[k].Text) && !particle)
                    {
                        break;
                    }

                    tail.Add(run[k]);
                }

                if (tail.Count > 0 && NameParticles.Contains(tail[^1].Text))
                {
                    tail.RemoveAt(tail.Count - 1);
                }

                if (tail.Count is 0 or > 4 || tail.Any(t => lexicon.OrgHeadWords.Contains(t.Text) || lexicon.Titles.ContainsKey(t.Text)))
                {
                    return null;
                }

                // "The Attorney General then took aim": the words after "Attorney" complete a longer title, not a name.
                if (lexicon.Titles.ContainsKey(string.Join(' ', run[first..].Select(t => t.Text))))
                {
                    return null;
                }

                var place = string.Join(' ', run[..first]
                    .Select(t => t.Text)
                    .Where(w => !lexicon.PartyWords.Contains(w) && !Connectors.Contains(w) && !lexicon.NotNames.Contains(w) && !lexicon.Titles.ContainsKey(w))
                    .Select(StatePostalCodes.Expand));
                return new Mention(run[0].Start, tail[^1].End, MentionKind.Person, PersonName(tail))
                {
                    Role = role.Length == 0 ? null : role,
                    Title = title,
                    Place = place.Length == 0 ? null : place,
                    Gender = GenderOf(title),
                    Possessive = possessive,
                };
            }
        }

        return null;
    }

    /// <summary>
    /// "Illinois Attorney General’s Office", "Dayton Mayor's Office": a place, a title with a role in the possessive and
    /// "Office"; the office's name from the organisations file's templates, or null when the run is not so (or names a
    /// county's office).
    /// </summary>
    private string? TitledOffice(List<NameToken> run)
    {
        if (run.Count < 3 || run[^1].Text != "Office")
        {
            return null;
        }

        var owner = run[^2].Text;
        if (!(owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("’s", StringComparison.Ordinal)))
        {
            return null;
        }

        var first = run[0].Text is "The" or "the" ? 1 : 0;
        for (var titleStart = first + 1; titleStart < run.Count - 1; titleStart++)
        {
            var title = string.Join(' ', run[titleStart..^1].Select(t => t.Text))[..^2];
            if (!lexicon.Titles.TryGetValue(title, out var role) || role.Length == 0)
            {
                continue;
            }

            // A county's sheriff's or state's attorney's office is a department that goes by its own name ("Kane County
            // Sheriff's Office").
            if (run[titleStart - 1].Text == "County")
            {
                return null;
            }

            return lexicon.Organisations.OfficeOf(role, string.Join(' ', run[first..titleStart].Select(t => StatePostalCodes.Expand(t.Text))));
        }

        return null;
    }

    /// <summary>
    /// The person's name that ends the run after a body's name starting at <paramref name="bodyStart"/> ("… of the
    /// Illinois State Police Brendan Kelly", "… of Homeland Security Kristi Noem"): two or three words that read as a
    /// person's name, the first a known first name (or, for two words, the body's words holding an organisation's word);
    /// null when the run does not end so.
    /// </summary>
    private List<NameToken>? HolderAfterBody(List<NameToken> run, int bodyStart)
    {
        for (var length = 3; length >= 2; length--)
        {
            var first = run.Count - length;
            var knownFirst = lexicon.FirstNameGenders.ContainsKey(run[first].Text);
            if (first <= bodyStart || Connectors.Contains(run[first - 1].Text)
                || !(knownFirst || (length == 2 && AnyIn(run[bodyStart..first], 0, lexicon.OrgHeadWords))))
            {
                continue;
            }

            var holder = run[first..];
            if (ReadPlainName(holder, false) is not null)
            {
                return holder;
            }
        }

        return null;
    }

    /// <summary>Looks up the words <c>run[first..end]</c> (inclusive) joined by spaces as a title, without building the string.</summary>
    private bool TryTitle(List<NameToken> run, int first, int end, Span<char> buffer, out string title, out string role)
    {
        if (first == end)
        {
            title = run[first].Text;
            return lexicon.Titles.TryGetValue(title, out role!);
        }

        var length = 0;
        for (var k = first; k <= end; k++)
        {
            var word = run[k].Text;
            if (length + word.Length + 1 > buffer.Length)
            {
                // Longer than any title: build the string the slow way.
                title = string.Join(' ', run[first..(end + 1)].Select(t => t.Text));
                return lexicon.Titles.TryGetValue(title, out role!);
            }

            if (k > first)
            {
                buffer[length++] = ' ';
            }

            word.CopyTo(buffer[length..]);
            length += word.Length;
        }

        return lexicon.TitlesBySpan.TryGetValue(buffer[..length], out title!, out role!);
    }

    private Mention? ReadPlainName(List<NameToken> group, bool possessive)
    {
        var from = 0;
        while (from < group.Count && (lexicon.NotNames.Contains(group[from].Text) || lexicon.PartyWords.Contains(group[from].Text)))
        {
            from++;
        }

        // "Supposedly Sessions is safe", "Ironically Lee voted": an adverb that opens a sentence is no first name.
        if (group.Count - from >= 2 && IsSentenceAdverb(group[from].Text))
        {
            from++;
        }

        var count = group.Count - from;
        if (count is 0 or > 4 || (count >= 2 && PlaceOpeners.Contains(group[from].Text)))
        {
            return null;
        }

        var lastText = group[^1].Text;
        if (lexicon.NotNameTails.Contains(lastText) || lexicon.NotNames.Contains(lastText) || NameParticles.Contains(lastText))
        {
            return null;
        }

        for (var k = from; k < group.Count; k++)
        {
            var text = group[k].Text;
            if (lexicon.Titles.ContainsKey(text) || lexicon.OrgHeadWords.Contains(text))
            {
                return null;
            }
        }

        for (var k = from; k < group.Count; k++)
        {
            var text = group[k].Text;
            if (!(LooksLikeNamePart(text) || NameParticles.Contains(text) || (k == from && k < group.Count - 1 && IsRunTogetherInitials(text))))
            {
                return null;
            }
        }

        var tokens = from == 0 ? group : group[from..];
        return new Mention(tokens[0].Start, tokens[^1].End, MentionKind.Person, PersonName(tokens)) { Possessive = possessive };
    }

    private static IEnumerable<List<NameToken>> SplitAtConnectors(List<NameToken> run)
    {
        var group = new List<NameToken>();
        foreach (var token in run)
        {
            if (Connectors.Contains(token.Text) && !NameParticles.Contains(token.Text))
            {
                if (group.Count > 0)
                {
                    yield return group;
                }

                group = [];
            }
            else
            {
                group.Add(token);
            }
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    /// <summary>Robert "Bob" Stone is known as Bob Stone: a quoted nickname replaces the first names.</summary>
    private static string PersonName(List<NameToken> tokens)
    {
        var nickname = tokens.Find(t => t.Nickname);
        return nickname is not null && tokens[^1] != nickname
            ? nickname.Text + " " + tokens[^1].Text
            : JoinTexts(tokens, 0);
    }

    private bool IsOutlet(List<NameToken> run, string withoutThe, string? articleOutlet) =>
        lexicon.OutletNames.Contains(withoutThe)
        || AnyIn(run, 0, lexicon.OutletWords)
        || (run.Count == 1 && lexicon.CallSign.IsMatch(run[0].Text))
        || (articleOutlet is not null && string.Equals(withoutThe, articleOutlet, StringComparison.OrdinalIgnoreCase))
        || (run.Count > 0 && lexicon.OutletNames.Contains(run[0].Text) && run[0].Text != "The");

    private Gender GenderOf(string title) =>
        lexicon.MaleWords.Contains(title) ? Gender.Male : lexicon.FemaleWords.Contains(title) ? Gender.Female : Gender.Unknown;

    /// <summary>"R-Elgin", "D-Chicago", "I-Vt.": a party letter, a hyphen and a capitalised home place.</summary>
    private static bool IsPartyTag(string token) =>
        token.Length >= 4 && token[0] is 'R' or 'D' or 'I' && token[1] is '-' or '–' && char.IsUpper(token[2]);

    /// <summary>An initial ("P.") or two run together ("J.B.").</summary>
    private static bool IsInitial(string token) =>
        (token.Length == 2 && char.IsUpper(token[0]) && token[1] == '.')
        || (token.Length == 4 && char.IsUpper(token[0]) && token[1] == '.' && char.IsUpper(token[2]) && token[3] == '.');

    // Two capitals that are no initials of a person: countries, unions of states, cities, outlets.
    private static readonly FrozenSet<string> TwoLetterAbbreviations = new[] { "US", "UN", "EU", "UK", "DC", "LA", "NY", "AP", "TV", "PR", "ID", "OK" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "JB Pritzker", "TJ Cole": two capitals without periods that open a name are initials run together, as "J.B." is;
    /// never a known abbreviation ("US Attorney", "UN Ambassador" take their titles elsewhere) or a known body's short name.
    /// </summary>
    private bool IsRunTogetherInitials(string token) =>
        token.Length == 2 && char.IsUpper(token[0]) && char.IsUpper(token[1]) && !TwoLetterAbbreviations.Contains(token)
        && !lexicon.OrgAliases.ContainsKey(token) && !lexicon.OutletNames.Contains(token);

    // First words of place names, never of a person's: "New York", "Los Angeles", "San Diego", "Fort Wayne".
    private static readonly FrozenSet<string> PlaceOpeners = new[] { "New", "Los", "Las", "San", "Santa", "Fort", "Port", "Mount" }
        .ToFrozenSet(StringComparer.Ordinal);

    // Endings of adverbs ("Supposedly", "Ironically", "Apparently", "Previously", "Notably"); names rarely end so
    // ("Kelly", "Connolly", "Beverly" do not), and never with seven letters or more before a capitalised name.
    private static readonly string[] AdverbEndings = ["edly", "ally", "ently", "antly", "ously", "ively", "ately", "ably", "ibly"];

    private bool IsSentenceAdverb(string token) =>
        token.Length >= 7 && char.IsUpper(token[0]) && !lexicon.FirstNameGenders.ContainsKey(token)
        && Array.Exists(AdverbEndings, e => token.EndsWith(e, StringComparison.Ordinal));

    private static bool IsAcronym(string token)
    {
        if (token.Length is < 2 or > 8)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!(char.IsUpper(c) || c == '.' || c == '&'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LooksLikeNamePart(string token)
    {
        if (IsInitial(token))
        {
            return true;
        }

        if (!char.IsUpper(token[0]))
        {
            return false;
        }

        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
