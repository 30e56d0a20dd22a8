using System.Globalization;
using System.Text;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>Name comparison that ignores case, accents and punctuation ("López" = "Lopez", "O’Malley" = "O'Malley").</summary>
internal static class NameKey
{
    public static string Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (char.IsWhiteSpace(c) && !lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>First and last name only, so "Leo P. Schmitz" and "Leo Schmitz" are one person.</summary>
    public static string FirstLast(string name)
    {
        var parts = Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= 1 ? string.Join(' ', parts) : parts[0] + " " + parts[^1];
    }

    public static string Last(string name)
    {
        var parts = Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "" : parts[^1];
    }
}
