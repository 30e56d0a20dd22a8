namespace PolicySearch.Core.Tests.Oracle;

/// <summary>The five seed articles, copied into TestData so tests never read outside their output folder.</summary>
internal static class SeedTexts
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "seeds");

    /// <summary>Every non-blank line of every seed article, in file order.</summary>
    public static List<string> Paragraphs() =>
    [
        .. Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Where(line => !string.IsNullOrWhiteSpace(line)),
    ];

    /// <summary>The distinct whitespace-separated words of the seeds, for generators.</summary>
    public static List<string> Words() =>
        [.. Paragraphs().SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal)];
}
