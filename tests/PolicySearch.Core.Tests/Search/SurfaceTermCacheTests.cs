using PolicySearch.Core.Search;

namespace PolicySearch.Core.Tests.Search;

/// <summary>The per-thread surface → term id table: keys kept in their slot (short) or in the arena (long), through growth.</summary>
public sealed class SurfaceTermCacheTests
{
    [Fact]
    public void Find_ReturnsWhatWasAdded_ForShortAndLongSurfaces_AndMinusOneOtherwise()
    {
        var random = new Random(7);
        var surfaces = new HashSet<string>(StringComparer.Ordinal);
        while (surfaces.Count < 60_000)
        {
            // Lengths around the inline limit matter most: 8 characters stay in the slot, 9 go to the arena.
            var length = random.Next(1, 2 * SurfaceTermCache.InlineLength + 4);
            surfaces.Add(new string([.. Enumerable.Range(0, length).Select(_ => (char)random.Next('A', 'z' + 1))]));
        }

        var cache = new SurfaceTermCache();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var surface in surfaces)
        {
            Assert.Equal(-1, cache.Find(surface, out var hash));
            ids[surface] = ids.Count * 3;
            cache.Add(surface, hash, ids[surface]);
        }

        foreach (var (surface, id) in ids)
        {
            Assert.Equal(id, cache.Find(surface, out _));
            Assert.Equal(-1, cache.Find(surface + "~", out _));
            Assert.Equal(-1, cache.Find(surface[..^1] + "~", out _));
        }

        Assert.Equal(-1, cache.Find("", out _));
    }
}
