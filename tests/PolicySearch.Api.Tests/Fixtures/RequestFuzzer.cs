using System.Globalization;
using System.Text;

namespace PolicySearch.Api.Tests.Fixtures;

/// <summary>
/// Generates API requests from a fixed seed: queries from the query grammar (terms, phrases with and without
/// <c>~N</c>, prefixes, fielded clauses with good and bad values, groups, AND/OR/NOT, +/-), mutated now and then
/// (quotes and parentheses left open, operators dangling, control characters, unicode, random edits), and
/// parameter combinations around them: facet filters, sort, paging, export formats, repeated and unknown
/// parameters, random bytes percent-encoded (mostly not UTF-8), odd paths and Accept headers.
/// </summary>
public sealed class RequestFuzzer(int seed)
{
    private static readonly string[] Words =
    [
        "detainer", "warrant", "sanctuary", "city", "trust", "act", "police", "immigration", "Rauner", "ICE", "said",
        "federal", "the", "a", "48-hour", "U.S.", "don't", "Chicago", "López", "lopez", "Emanuel", "governor", "2017",
        "日本語", "Ωμέγα", "مرحبا", "😀", "e\u0301", "\u200b", "ﬁle", "İstanbul", "straße", "\u202edetainer", "tab\tbed",
        "x", "AND", "OR", "NOT", "and", "or", "not", "NEAR", "TO", "*", ":", "~", "^", "\\", "&&", "||", "!", "?", "%",
        "'", "’", "“quoted”", "—", "<mark>", "&amp;", "\u0000", "\u0001", "\u007f", "\u00a0", "\ufeff", "\ufffd",
    ];

    private static readonly string[] Fields = ["speaker", "outlet", "stance", "year", "Speaker", "YEAR", "foo", "source", "sp"];

    private static readonly string[] FieldValues =
    [
        "opposes", "supports", "neutral", "maybe", "OPPOSES", "2017", "2025", "1999", "abc", "17", "20170", "-1",
        "\"Bruce Rauner\"", "\"Fox News\"", "Rauner", "\"\"", "\"unclosed", "\"a \\\" b\"", "*", "x*", "(", ")", "",
    ];

    private static readonly string[] Slops = ["~0", "~1", "~5", "~100", "~101", "~999", "~1000", "~", "~abc", "~-1", "~ 5", "~5.5"];

    // Each parameter's values come in two lists: well-formed ones, drawn three times in four so that most requests
    // reach the engine, and odd ones.
    private static readonly (string[] Good, string[] Odd) Stances = (["opposes", "supports", "neutral", "Opposes", " neutral ", ""], ["maybe", "supports,opposes", "0"]);
    private static readonly (string[] Good, string[] Odd) Years = (["2017", "2025", "1999", "17", ""], ["abc", "0x7E1", "20170", "２０１７", "2017.0", "-2017"]);
    private static readonly (string[] Good, string[] Odd) Outlets = (["Fox News", "LifeZette", "Nowhere", "", "fox news"], ["<script>", "a&b=c", "\u0000"]);
    private static readonly (string[] Good, string[] Odd) Speakers = (["Bruce Rauner", "Rahm Emanuel", "Nobody", "bruce rauner", "Lopez", ""], ["\u0000", "\u202e"]);
    private static readonly (string[] Good, string[] Odd) Sorts = (["relevance", "newest", "oldest", "NEWEST", "", "newest "], ["sideways", "rank"]);
    private static readonly (string[] Good, string[] Odd) Pages = (["1", "2", "3", " 2", ""], ["0", "-1", "abc", "1.5", "2147483647", "2147483648", "99999999999", "1e3", "٣"]);
    private static readonly (string[] Good, string[] Odd) PageSizes = (["1", "5", "10", "100", "50 ", ""], ["101", "0", "-5", "abc", "2147483647"]);
    private static readonly (string[] Good, string[] Odd) Formats = (["csv", "jsonl", "CSV", ""], ["xlsx", "json", "csv;jsonl"]);
    private static readonly string[] Ids = ["000_a5cd8bc06ca0a28d-4", "000_a5cd8bc06ca0a28d", "000_a5cd8bc06ca0a28d-999", "nope", "-1", "a-b-c", "..", "%2e%2e", "x y"];
    private static readonly string[] Accepts = ["text/html", "text/csv", "application/xml", "image/png", "*/*", "application/json", "garbage;;q="];

    private readonly Random _random = new(seed);

    /// <summary>A path and query, already percent-encoded, and an Accept header (or null).</summary>
    public (string Url, string? Accept) Next()
    {
        var accept = Chance(0.05) ? Pick(Accepts) : null;
        var roll = _random.NextDouble();
        var url = roll switch
        {
            < 0.70 => "/api/search?" + Parameters(export: false),
            < 0.82 => "/api/export?" + Parameters(export: true),
            < 0.88 => "/api/passages/" + PathSegment() + (Chance(0.2) ? "?" + Parameters(export: false) : ""),
            < 0.94 => "/api/articles/" + PathSegment(),
            _ => Pick(["/api/search/extra", "/api/", "/api/Search", "/api/export/", "/api//search", "/api/passages/", "/api/passages/a/echoes"])
                + "?" + Parameters(export: false),
        };
        return (url, accept);
    }

    private string Parameters(bool export)
    {
        var pairs = new List<string>();
        if (Chance(0.85))
        {
            pairs.Add("q=" + (Chance(0.07) ? RandomBytes() : Encode(Query())));
        }

        AddSome(pairs, "stance", Stances, 0.25);
        AddSome(pairs, "year", Years, 0.2);
        AddSome(pairs, "outlet", Outlets, 0.15);
        AddSome(pairs, "speaker", Speakers, 0.15);
        AddOne(pairs, "sort", Sorts, 0.2);
        AddOne(pairs, "page", Pages, 0.2);
        AddOne(pairs, "pageSize", PageSizes, 0.2);
        if (export)
        {
            AddOne(pairs, "format", Formats, 0.6);
        }

        if (Chance(0.05))
        {
            pairs.Add(Pick(["q", "page", "sort", "pageSize", "format"]) + "=" + Encode(Pick(Words)));
        }

        if (Chance(0.05))
        {
            pairs.Add(Pick(["unknown=1", "=x", "q", "&", "", "Q=detainer", "stance", "a=%", "b=%2", "c=%zz", "%FF=1", RandomBytes() + "=" + RandomBytes()]));
        }

        if (Chance(0.03))
        {
            pairs.Add("pad=" + new string('x', _random.Next(1_000, 12_000)));
        }

        return string.Join('&', pairs.OrderBy(_ => _random.Next()));
    }

    private void AddSome(List<string> pairs, string name, (string[] Good, string[] Odd) values, double chance)
    {
        if (Chance(chance))
        {
            var count = _random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                pairs.Add(name + "=" + (Chance(0.05) ? RandomBytes() : Encode(Value(values))));
            }
        }
    }

    private void AddOne(List<string> pairs, string name, (string[] Good, string[] Odd) values, double chance)
    {
        if (Chance(chance))
        {
            pairs.Add(name + "=" + (Chance(0.03) ? RandomBytes() : Encode(Value(values))));
        }
    }

    private string PathSegment() => Chance(0.2) ? RandomBytes() : Encode(Pick(Ids) + (Chance(0.3) ? Pick(Words) : ""));

    /// <summary>A query from the grammar, sometimes mutated into something the grammar does not allow.</summary>
    private string Query()
    {
        var query = _random.Next(20) switch
        {
            0 => "",
            1 => string.Join(' ', Enumerable.Range(0, _random.Next(40, 120)).Select(_ => Pick(Words))), // too many clauses
            2 => new string('(', _random.Next(10, 30)) + "detainer" + new string(')', _random.Next(0, 30)), // too deep
            3 => string.Concat(Enumerable.Repeat("detainer ", _random.Next(100, 140))), // too long
            _ => Expression(0),
        };
        return Chance(0.25) ? Mutate(query) : query;
    }

    private string Expression(int depth)
    {
        if (depth > 3)
        {
            return Pick(Words);
        }

        return _random.Next(12) switch
        {
            0 or 1 or 2 => Pick(Words),
            3 => Phrase(),
            4 => Pick(Words).TrimEnd('*') + Pick(["*", "*", "**", "*x"]),
            5 => Pick(Fields) + ":" + Pick(FieldValues),
            6 => "(" + Expression(depth + 1) + (Chance(0.9) ? ")" : ""),
            7 => Expression(depth + 1) + Pick([" AND ", " OR ", " NOT ", " && ", " AND NOT ", " OR OR "]) + Expression(depth + 1),
            8 => Pick(["+", "-", "NOT ", "+-", "- "]) + Expression(depth + 1),
            9 => Expression(depth + 1) + " " + Expression(depth + 1),
            10 => Pick(["AND ", "OR ", ""]) + Expression(depth + 1) + Pick([" AND", " OR", " NOT", " -", " +", ""]),
            _ => Expression(depth + 1) + " " + Pick(Fields) + ":" + Pick(FieldValues),
        };
    }

    private string Phrase()
    {
        var words = string.Join(' ', Enumerable.Range(0, _random.Next(0, 5)).Select(_ => Pick(Words)));
        return "\"" + words + (Chance(0.9) ? "\"" : "") + (Chance(0.4) ? Pick(Slops) : "");
    }

    /// <summary>Random edits: a character inserted, deleted or swapped for a syntax or control character.</summary>
    private string Mutate(string query)
    {
        var text = new StringBuilder(query);
        for (var edits = _random.Next(1, 4); edits > 0; edits--)
        {
            var at = _random.Next(text.Length + 1);
            switch (_random.Next(3))
            {
                case 0:
                    text.Insert(at, Pick(["\"", "(", ")", "*", ":", "~", "+", "-", "\u0000", "\u001b", "\n", "é", "🙂", " "]));
                    break;
                case 1 when at < text.Length:
                    text.Remove(at, 1);
                    break;
                default:
                    if (at < text.Length)
                    {
                        text[at] = Pick(['"', '(', ')', '*', ':', '~', '\u0007', ' ']);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>1 to 12 random bytes, each percent-encoded: mostly invalid UTF-8.</summary>
    private string RandomBytes()
    {
        var bytes = new byte[_random.Next(1, 13)];
        _random.NextBytes(bytes);
        return string.Concat(bytes.Select(b => "%" + b.ToString("X2", CultureInfo.InvariantCulture)));
    }

    /// <summary>Percent-encodes the text's UTF-8 (a lone surrogate left by a random edit becomes U+FFFD), sometimes with '+' for spaces.</summary>
    private string Encode(string text)
    {
        var plus = Chance(0.2);
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                encoded.Append((char)b);
            }
            else if (plus && b == (byte)' ')
            {
                encoded.Append('+');
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    private string Value((string[] Good, string[] Odd) values) => Pick(Chance(0.75) ? values.Good : values.Odd);

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
