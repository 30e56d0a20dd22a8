using PolicySearch.Core.Search;
using PolicySearch.Core.Text;

namespace PolicySearch.Core.Querying.Parsing;

/// <summary>
/// Recursive-descent parser for the Lucene-like syntax of SPEC §4. Precedence, loosest first:
/// OR and plain adjacency (the default operator is OR) → AND → NOT / + / - → groups, phrases, words.
/// Words are analysed like documents: a word that yields no term (only punctuation, emoji) is dropped,
/// a word that yields several terms ("48-hour", "U.S.") is a phrase, and a phrase of one term is a term.
/// A fielded clause joined to the query by adjacency at top level becomes a required, scoreless filter.
/// Every problem raises a <see cref="QuerySyntaxException"/>; nothing else escapes.
/// </summary>
public sealed class QueryParser
{
    private readonly List<QueryToken> _tokens;
    private int _next;
    private int _clauses;

    private QueryParser(List<QueryToken> tokens) => _tokens = tokens;

    /// <summary>Parses <paramref name="query"/>; null, empty or blank means every paragraph.</summary>
    public static QueryNode Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return new MatchAllQuery();
        }

        var parser = new QueryParser(QueryLexer.Tokenize(query));
        var root = parser.ParseDisjunction(depth: 0);
        if (parser.Peek() is { Kind: QueryTokenKind.CloseGroup } unexpected)
        {
            throw QueryErrors.UnexpectedClosingParenthesis(unexpected.Position);
        }

        return PromoteTopLevelFields(root) ?? new MatchAllQuery();
    }

    private QueryToken? Peek() => _next < _tokens.Count ? _tokens[_next] : null;

    private bool AtGroupEnd() => Peek() is null or { Kind: QueryTokenKind.CloseGroup };

    /// <summary>OR / adjacency. Returns null when every clause was dropped.</summary>
    private ParsedClause? ParseDisjunction(int depth)
    {
        var clauses = new List<ParsedClause>();
        var pendingOr = false;
        while (!AtGroupEnd())
        {
            var token = Peek()!.Value;
            if (token.Kind is QueryTokenKind.Or or QueryTokenKind.And)
            {
                // An OR/AND here has nothing on its left (or follows another operator).
                if (token.Kind == QueryTokenKind.And || clauses.Count == 0 || pendingOr)
                {
                    throw QueryErrors.DanglingOperator(token.Text, token.Position);
                }

                _next++;
                if (AtGroupEnd())
                {
                    throw QueryErrors.DanglingOperator(token.Text, token.Position);
                }

                pendingOr = true;
                clauses[^1] = clauses[^1] with { JoinedByOr = true };
                continue;
            }

            if (ParseConjunction(depth) is { } clause)
            {
                clauses.Add(clause with { JoinedByOr = pendingOr });
            }

            pendingOr = false;
        }

        return clauses.Count switch
        {
            0 => null,
            1 when clauses[0].Occur is Occur.Should or Occur.Must => clauses[0] with { Occur = Occur.Should },
            _ => new ParsedClause(Occur.Should, new BooleanQuery([.. clauses.Select(c => new BooleanClause(c.Occur, c.Query))]))
            {
                Children = clauses,
            },
        };
    }

    /// <summary>a AND b AND c: every operand required (or excluded, for NOT / -).</summary>
    private ParsedClause? ParseConjunction(int depth)
    {
        var first = ParseUnary(depth);
        if (Peek() is not { Kind: QueryTokenKind.And })
        {
            return first;
        }

        var operands = new List<ParsedClause>();
        if (first is { } firstClause)
        {
            operands.Add(firstClause);
        }

        while (Peek() is { Kind: QueryTokenKind.And } and)
        {
            _next++;
            if (AtGroupEnd() || Peek() is { Kind: QueryTokenKind.And or QueryTokenKind.Or })
            {
                throw QueryErrors.DanglingOperator(and.Text, and.Position);
            }

            if (ParseUnary(depth) is { } operand)
            {
                operands.Add(operand);
            }
        }

        // The conjunction as a whole is one operand of the enclosing OR: "a OR b AND c" = a OR (b AND c).
        var required = operands.Select(o => new BooleanClause(o.Occur == Occur.MustNot ? Occur.MustNot : Occur.Must, o.Query)).ToList();
        return required.Count switch
        {
            0 => null,
            1 when required[0].Occur == Occur.Must => new ParsedClause(Occur.Should, required[0].Query),
            _ => new ParsedClause(Occur.Should, new BooleanQuery(required)),
        };
    }

    /// <summary>NOT x, +x, -x or a primary.</summary>
    private ParsedClause? ParseUnary(int depth)
    {
        var token = Peek()!.Value;
        var occur = token.Kind switch
        {
            QueryTokenKind.Not => Occur.MustNot,
            QueryTokenKind.Prohibited => Occur.MustNot,
            QueryTokenKind.Required => Occur.Must,
            _ => Occur.Should,
        };
        if (token.Kind is QueryTokenKind.Not or QueryTokenKind.Prohibited or QueryTokenKind.Required)
        {
            _next++;
            if (AtGroupEnd() || Peek() is { Kind: QueryTokenKind.And or QueryTokenKind.Or or QueryTokenKind.Not or QueryTokenKind.Required or QueryTokenKind.Prohibited })
            {
                throw token.Kind == QueryTokenKind.Not
                    ? QueryErrors.DanglingOperator(token.Text, token.Position)
                    : QueryErrors.DanglingModifier(token.Text[0], token.Position);
            }
        }

        return ParsePrimary(depth) is { } query ? new ParsedClause(occur, query) : null;
    }

    private QueryNode? ParsePrimary(int depth)
    {
        var token = Peek()!.Value;
        _next++;
        switch (token.Kind)
        {
            case QueryTokenKind.OpenGroup:
                return ParseGroup(token, depth);
            case QueryTokenKind.Word:
                return ParseWords(token, slop: null);
            case QueryTokenKind.Phrase:
                return ParseWords(token, token.Slop);
            case QueryTokenKind.Prefix:
                return ParsePrefix(token);
            case QueryTokenKind.Field:
                return ParseField(token);
            default:
                // An operator where a word, phrase or group belongs, e.g. "a AND OR b" or "(OR)".
                throw QueryErrors.DanglingOperator(token.Text, token.Position);
        }
    }

    private QueryNode? ParseGroup(QueryToken open, int depth)
    {
        if (depth + 1 > QueryLimits.MaxDepth)
        {
            throw QueryErrors.TooDeep(open.Position);
        }

        if (Peek() is { Kind: QueryTokenKind.CloseGroup })
        {
            throw QueryErrors.EmptyGroup(open.Position);
        }

        var inner = ParseDisjunction(depth + 1);
        if (Peek() is not { Kind: QueryTokenKind.CloseGroup })
        {
            throw QueryErrors.UnbalancedParenthesis(open.Position);
        }

        _next++;
        if (inner is not { } clause)
        {
            return null;
        }

        return clause.Occur == Occur.MustNot ? new BooleanQuery([new BooleanClause(Occur.MustNot, clause.Query)]) : clause.Query;
    }

    private QueryNode? ParseWords(QueryToken token, int? slop)
    {
        var terms = TextAnalyzer.Terms(token.Text);
        CountClauses(terms.Count, token.Position);
        return terms.Count switch
        {
            0 => null,
            1 => new TermQuery(terms[0]),
            _ => new PhraseQuery(terms, slop),
        };
    }

    private PrefixQuery ParsePrefix(QueryToken token)
    {
        var terms = TextAnalyzer.Terms(token.Text);
        if (terms.Count != 1)
        {
            throw QueryErrors.InvalidPrefix(token.Text + "*", token.Position);
        }

        CountClauses(1, token.Position);
        return new PrefixQuery(terms[0]);
    }

    private FieldQuery ParseField(QueryToken field)
    {
        // The lexer always emits the value right after the field.
        var value = _tokens[_next++];
        var text = value.Text.Trim();
        if (text.Length == 0)
        {
            throw QueryErrors.MissingFieldValue(field.Text, field.Position);
        }

        if (field.Text == FacetNames.Year && !FacetValueFormat.IsYear(text))
        {
            throw QueryErrors.InvalidYear(text, value.Position);
        }

        if (field.Text == FacetNames.Stance && !FacetValueFormat.IsStance(text))
        {
            throw QueryErrors.InvalidStance(text, value.Position);
        }

        CountClauses(1, field.Position);
        return new FieldQuery(field.Text, text);
    }

    private void CountClauses(int count, int position)
    {
        _clauses += count;
        if (_clauses > QueryLimits.MaxClauses)
        {
            throw QueryErrors.TooManyClauses(position);
        }
    }

    /// <summary>
    /// Top-level fielded clauses joined by adjacency (not by an explicit OR) become required filters, so
    /// <c>sanctuary speaker:"Bruce Rauner"</c> means "sanctuary, among Bruce Rauner's paragraphs". In a top-level
    /// AND (<c>sanctuary AND speaker:"Bruce Rauner"</c>) they are required already and become filters too.
    /// </summary>
    private static QueryNode? PromoteTopLevelFields(ParsedClause? root)
    {
        if (root is not { } clause)
        {
            return null;
        }

        if (clause is { Children: null, Query: BooleanQuery conjunction })
        {
            return new BooleanQuery([.. conjunction.Clauses.Select(c => c is { Occur: Occur.Must, Query: FieldQuery } ? c with { Occur = Occur.Filter } : c)]);
        }

        var children = clause.Children ?? [clause];
        var promoted = children.Select(c => c.Query is FieldQuery && c.Occur is Occur.Should or Occur.Must && !c.JoinedByOr
            ? new BooleanClause(Occur.Filter, c.Query)
            : new BooleanClause(c.Occur, c.Query)).ToList();
        return promoted is [{ Occur: Occur.Should or Occur.Must } single] ? single.Query : new BooleanQuery(promoted);
    }

    /// <summary>A clause while parsing: its occurrence, whether an explicit OR touches it, and (for a disjunction) its parts.</summary>
    private sealed record ParsedClause(Occur Occur, QueryNode Query)
    {
        public bool JoinedByOr { get; init; }

        public IReadOnlyList<ParsedClause>? Children { get; init; }
    }
}
