using PolicySearch.Core.Search;

namespace PolicySearch.Core.Querying.Parsing;

/// <summary>
/// Splits a query into <see cref="QueryToken"/>s. Syntax characters are <c>" ( )</c>, a leading <c>+</c> or
/// <c>-</c>, a trailing <c>*</c>, <c>field:</c> and <c>~N</c> after a phrase; upper-case AND, OR and NOT
/// are operators. Everything else (including control characters, treated as spaces) is word text that
/// the analyzer later turns into terms, so punctuation inside words never causes an error.
/// </summary>
public static class QueryLexer
{
    public static List<QueryToken> Tokenize(string query)
    {
        if (query.Length > QueryLimits.MaxQueryLength)
        {
            throw QueryErrors.TooLong(query.Length);
        }

        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (IsSpace(c))
            {
                i++;
            }
            else if (c == '"')
            {
                tokens.Add(ReadPhrase(query, ref i));
            }
            else if (c == '(')
            {
                tokens.Add(new QueryToken(QueryTokenKind.OpenGroup, "(", i++));
            }
            else if (c == ')')
            {
                tokens.Add(new QueryToken(QueryTokenKind.CloseGroup, ")", i++));
            }
            else if (c is '+' or '-')
            {
                if (i + 1 >= query.Length || IsSpace(query[i + 1]) || query[i + 1] is ')' or '+' or '-')
                {
                    throw QueryErrors.DanglingModifier(c, i);
                }

                tokens.Add(new QueryToken(c == '+' ? QueryTokenKind.Required : QueryTokenKind.Prohibited, c.ToString(), i++));
            }
            else
            {
                ReadWord(query, ref i, tokens);
            }
        }

        return tokens;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    private static QueryToken ReadPhrase(string query, ref int i)
    {
        var start = i;
        var close = query.IndexOf('"', start + 1);
        if (close < 0)
        {
            throw QueryErrors.UnbalancedQuote(start);
        }

        i = close + 1;
        int? slop = null;
        if (i < query.Length && query[i] == '~')
        {
            var digitsStart = i + 1;
            var end = digitsStart;
            while (end < query.Length && char.IsAsciiDigit(query[end]))
            {
                end++;
            }

            if (end == digitsStart || end - digitsStart > 3 || int.Parse(query.AsSpan(digitsStart, end - digitsStart)) > QueryLimits.MaxProximity)
            {
                throw QueryErrors.InvalidProximity(i);
            }

            slop = int.Parse(query.AsSpan(digitsStart, end - digitsStart));
            i = end;
        }

        return new QueryToken(QueryTokenKind.Phrase, query[(start + 1)..close], start, slop);
    }

    private static void ReadWord(string query, ref int i, List<QueryToken> tokens)
    {
        var start = i;
        while (i < query.Length && !IsSpace(query[i]) && query[i] is not ('"' or '(' or ')'))
        {
            i++;
        }

        var word = query[start..i];
        var colon = word.IndexOf(':');
        if (colon > 0 && IsFieldName(word.AsSpan(0, colon)))
        {
            ReadField(query, word, colon, start, ref i, tokens);
            return;
        }

        tokens.Add(word switch
        {
            "AND" => new QueryToken(QueryTokenKind.And, word, start),
            "OR" => new QueryToken(QueryTokenKind.Or, word, start),
            "NOT" => new QueryToken(QueryTokenKind.Not, word, start),
            _ when word.Contains('*') => ReadPrefix(word, start),
            _ => new QueryToken(QueryTokenKind.Word, word, start),
        });
    }

    /// <summary>A field name is letters only (<c>speaker:</c>); "10:30" or ":" are plain words.</summary>
    private static bool IsFieldName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void ReadField(string query, string word, int colon, int start, ref int i, List<QueryToken> tokens)
    {
        var name = word[..colon];
        if (!FacetNames.IsFacet(name))
        {
            throw QueryErrors.UnknownField(name, start);
        }

        var field = name.ToLowerInvariant();
        tokens.Add(new QueryToken(QueryTokenKind.Field, field, start));
        var value = word[(colon + 1)..];
        if (value.Length > 0)
        {
            tokens.Add(new QueryToken(QueryTokenKind.Word, value, start + colon + 1));
        }
        else if (i < query.Length && query[i] == '"')
        {
            tokens.Add(ReadPhrase(query, ref i));
        }
        else
        {
            throw QueryErrors.MissingFieldValue(field, start);
        }
    }

    private static QueryToken ReadPrefix(string word, int start)
    {
        var stem = word.TrimEnd('*');
        if (stem.Length == 0 || stem.Contains('*'))
        {
            throw QueryErrors.InvalidPrefix(word, start);
        }

        return new QueryToken(QueryTokenKind.Prefix, stem, start);
    }
}
