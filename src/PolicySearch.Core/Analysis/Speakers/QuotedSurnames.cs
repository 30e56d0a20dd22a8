namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>
/// A lone surname right beside a quote's attribution ('“…,” Boelen said', '“…,” said Boelen') names a person even when
/// the article never gives a first name or a title: only a person is put in that slot. Elsewhere a lone capitalised word
/// ("Washington insists") is left out.
/// </summary>
internal static class QuotedSurnames
{
    /// <summary>Whether the person mention and the verb cue sit side by side right after a quote's closing mark.</summary>
    public static bool BesideQuote(string text, Mention mention, SpeechCue cue)
    {
        if (mention.Kind != MentionKind.Person || cue.Kind != SpeechCueKind.Verb)
        {
            return false;
        }

        var (first, second) = mention.End <= cue.Start ? ((mention.Start, mention.End), (cue.Start, cue.End)) : ((cue.Start, cue.End), (mention.Start, mention.End));
        return OnlySpaces(text, first.Item2, second.Item1) && AfterClosingQuote(text, first.Item1);
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        if (to - from is < 1 or > 3)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (text[k] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>'…,” ' or '…?" ': a closing quote mark that ends quoted words with a comma, question or exclamation mark.</summary>
    private static bool AfterClosingQuote(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        return k >= 1 && text[k] is '”' or '"' && text[k - 1] is ',' or '?' or '!' or '—';
    }
}
