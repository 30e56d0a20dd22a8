namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// The mentions kept so far in a paragraph, which never overlap. A paragraph has a handful, checked against
/// each other in a loop; past <see cref="ListLimit"/> the characters they cover are marked in a bit set instead,
/// so that a paragraph of thousands of mentions does not check each new one against all the others.
/// </summary>
internal sealed class KeptMentions(int textLength)
{
    private const int ListLimit = 32;

    private ulong[]? covered;

    public List<Mention> Mentions { get; } = [];

    public void AddUnlessOverlapping(Mention m)
    {
        if (Overlaps(m))
        {
            return;
        }

        Mentions.Add(m);
        if (covered is not null)
        {
            Cover(m);
        }
        else if (Mentions.Count > ListLimit)
        {
            covered = new ulong[(textLength + 63) / 64];
            foreach (var kept in Mentions)
            {
                Cover(kept);
            }
        }
    }

    private bool Overlaps(Mention m)
    {
        if (covered is null)
        {
            foreach (var k in Mentions)
            {
                if (k.Start < m.End && m.Start < k.End)
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = m.Start; i < m.End; i++)
        {
            if ((covered[i >> 6] & (1UL << (i & 63))) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private void Cover(Mention m)
    {
        for (var i = m.Start; i < m.End; i++)
        {
            covered![i >> 6] |= 1UL << (i & 63);
        }
    }
}
