using System.Text.RegularExpressions;
using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>Finds speech verbs, participles and lead-ins (from <c>speech.json</c>) outside quoted words.</summary>
internal sealed class SpeechCueFinder
{
    private readonly Regex verbs;
    private readonly Regex participles;
    private readonly Regex leadIns;

    public SpeechCueFinder(AnalysisLexicon lexicon)
    {
        verbs = PhrasePattern.Alternation(lexicon.Speech.Verbs, RegexOptions.IgnoreCase);
        participles = PhrasePattern.Alternation(lexicon.Speech.Participles, RegexOptions.IgnoreCase);
        leadIns = PhrasePattern.Alternation(lexicon.Speech.LeadIns, RegexOptions.IgnoreCase);
    }

    public IReadOnlyList<SpeechCue> Find(string text, QuoteMap quotes)
    {
        var cues = new List<SpeechCue>();
        Collect(cues, verbs, SpeechCueKind.Verb, text, quotes);
        Collect(cues, participles, SpeechCueKind.Participle, text, quotes);
        Collect(cues, leadIns, SpeechCueKind.LeadIn, text, quotes);
        return cues.OrderBy(c => c.Start).ToList();
    }

    private static void Collect(List<SpeechCue> cues, Regex pattern, SpeechCueKind kind, string text, QuoteMap quotes)
    {
        foreach (Match m in pattern.Matches(text))
        {
            if (!quotes.IsQuoted(m.Index))
            {
                cues.Add(new SpeechCue(m.Index, m.Index + m.Length, kind, m.Value));
            }
        }
    }
}
