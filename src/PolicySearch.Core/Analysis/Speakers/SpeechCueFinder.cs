using PolicySearch.Core.Analysis.Lexicons;

namespace PolicySearch.Core.Analysis.Speakers;

/// <summary>Finds speech verbs, participles and lead-ins (from <c>speech.json</c>) outside quoted words.</summary>
internal sealed class SpeechCueFinder(AnalysisLexicon lexicon)
{
    private readonly PhraseMatcher<SpeechCueKind> cues = new(
        lexicon.Speech.Verbs.Select(v => KeyValuePair.Create(v, SpeechCueKind.Verb))
            .Concat(lexicon.Speech.Participles.Select(p => KeyValuePair.Create(p, SpeechCueKind.Participle)))
            .Concat(lexicon.Speech.LeadIns.Select(l => KeyValuePair.Create(l, SpeechCueKind.LeadIn))));

    public IReadOnlyList<SpeechCue> Find(string text, List<Word> words, QuoteMap quotes)
    {
        var found = new List<SpeechCue>();
        foreach (var match in cues.Find(words, i => quotes.IsQuoted(words[i].Start)))
        {
            var start = words[match.First].Start;
            var end = words[match.First + match.Count - 1].End;
            found.Add(new SpeechCue(start, end, match.Value, text[start..end]));
        }

        return found;
    }
}
