using System.Runtime.CompilerServices;

namespace PolicySearch.Core.Search;

/// <summary>
/// One facet dimension as ordinals. <see cref="Values"/> is sorted (ordinal string order), so counting is
/// <c>counts[ordinal]++</c>. Single-valued dimensions (outlet, year, stance) keep one ordinal per document in
/// <see cref="Ordinals"/> (−1 = no value) and <see cref="Starts"/> is null; the multi-valued speaker dimension
/// is CSR: document d's ordinals are <c>Ordinals[Starts[d]..Starts[d + 1]]</c>.
/// </summary>
internal sealed class FacetColumn(string name, string[] values, int[] ordinals, int[]? starts)
{
    public const int NoValue = -1;

    public string Name { get; } = name;

    public string[] Values { get; } = values;

    public int[] Ordinals { get; } = ordinals;

    public int[]? Starts { get; } = starts;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called for every hit in every dimension
    public void Count(int document, int[] counts)
    {
        if (Starts is null)
        {
            var ordinal = Ordinals[document];
            if (ordinal != NoValue)
            {
                counts[ordinal]++;
            }

            return;
        }

        for (var i = Starts[document]; i < Starts[document + 1]; i++)
        {
            counts[Ordinals[i]]++;
        }
    }

    /// <summary>True when the document has at least one of the <paramref name="selected"/> values.</summary>
    public bool Matches(int document, bool[] selected)
    {
        if (Starts is null)
        {
            var ordinal = Ordinals[document];
            return ordinal != NoValue && selected[ordinal];
        }

        for (var i = Starts[document]; i < Starts[document + 1]; i++)
        {
            if (selected[Ordinals[i]])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The ordinals whose value equals <paramref name="value"/> ignoring case (facet values match case-insensitively).</summary>
    public IEnumerable<int> Find(string value)
    {
        for (var ordinal = 0; ordinal < Values.Length; ordinal++)
        {
            if (string.Equals(Values[ordinal], value, StringComparison.OrdinalIgnoreCase))
            {
                yield return ordinal;
            }
        }
    }

    public long EstimateMemoryBytes() =>
        ((long)Ordinals.Length * sizeof(int)) + ((long)(Starts?.Length ?? 0) * sizeof(int)) + Values.Sum(v => 24L + (2L * v.Length));
}
