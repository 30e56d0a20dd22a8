namespace PolicySearch.Core.Querying.Execution;

/// <summary>
/// A document-at-a-time cursor over matching ordinals in ascending order, Lucene's DocIdSetIterator + Scorer:
/// start before the first document (<see cref="Doc"/> = −1), move with <see cref="NextDoc"/> or
/// <see cref="Advance"/>, and score only the documents that are actually collected.
/// </summary>
internal abstract class DocIterator
{
    public const int NoMoreDocs = int.MaxValue;

    public int Doc { get; protected set; } = -1;

    /// <summary>An upper bound on the documents this iterator can match; AND is led by the cheapest.</summary>
    public abstract long Cost { get; }

    public abstract int NextDoc();

    /// <summary>Moves to the first match at or after <paramref name="target"/> (which is beyond <see cref="Doc"/>).</summary>
    public abstract int Advance(int target);

    /// <summary>The BM25 score of the current document.</summary>
    public abstract double Score();

    /// <summary>
    /// Two-phase iteration (as Lucene's TwoPhaseIterator): a cheaper superset of this iterator's matches. An AND
    /// moves the approximations of its parts together and calls <see cref="Confirm"/> only on documents every part
    /// agrees on, so a phrase reads positions only where the other required clauses already match.
    /// </summary>
    public virtual DocIterator Approximation => this;

    /// <summary>Whether the document <see cref="Approximation"/> is on really matches (then this iterator is on it too).</summary>
    public virtual bool Confirm() => true;
}
