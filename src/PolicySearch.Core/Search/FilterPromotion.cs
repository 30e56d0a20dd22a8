using PolicySearch.Core.Querying;

namespace PolicySearch.Core.Search;

/// <summary>
/// Moves top-level fielded filters (<c>rauner speaker:"Bruce Rauner"</c>) from the query into the facet
/// selections, so they behave exactly like checked facet boxes: drill-sideways counts and "selected" values.
/// Only a dimension that the request does not already filter and that has a single such clause is moved;
/// otherwise the clause stays in the query as an AND-ed condition (two speaker clauses mean "both speakers").
/// </summary>
internal static class FilterPromotion
{
    public static (QueryNode Query, List<FieldQuery> Promoted) Promote(QueryNode query, IReadOnlyList<string>[] requested)
    {
        if (query is not BooleanQuery boolean)
        {
            return (query, []);
        }

        var promotable = boolean.Clauses
            .Where(c => c is { Occur: Occur.Filter, Query: FieldQuery })
            .Select(c => (FieldQuery)c.Query)
            .GroupBy(f => f.Field)
            .Where(g => g.Count() == 1 && requested[SearchIndex.FacetIndex(g.Key)].Count == 0)
            .Select(g => g.Single())
            .ToList();
        if (promotable.Count == 0)
        {
            return (query, []);
        }

        var rest = boolean.Clauses.Where(c => !(c.Occur == Occur.Filter && c.Query is FieldQuery f && promotable.Contains(f))).ToList();
        QueryNode remaining = rest switch
        {
            [] => new MatchAllQuery(),
            [{ Occur: Occur.Should or Occur.Must } single] => single.Query,
            _ => new BooleanQuery(rest),
        };
        return (remaining, promotable);
    }
}
