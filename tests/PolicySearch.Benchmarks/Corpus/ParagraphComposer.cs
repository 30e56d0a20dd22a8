using System.Text;

namespace PolicySearch.Benchmarks.Corpus;

/// <summary>
/// Writes one paragraph of about 75 words: Zipf filler with the controlled features dropped in whole,
/// cut into sentences, and in most paragraphs a quote or reported speech attributed with a speech verb
/// ("…," Sheriff Maria Brandel said.), sometimes carrying a support or opposition cue for the stance
/// analysis.
/// </summary>
internal sealed class ParagraphComposer(FillerVocabulary filler, IReadOnlyList<FeatureOdds> odds)
{
    private static readonly (string Verb, double Weight)[] SpeechVerbs =
    [
        ("said", 0.75), ("said in a statement", 0.05), ("added", 0.07), ("told reporters", 0.05),
        ("wrote", 0.04), ("according to", 0.04),
    ];

    private static readonly double SaidVerbShare =
        SpeechVerbs.Where(v => v.Verb.StartsWith("said", StringComparison.Ordinal)).Sum(v => v.Weight);

    /// <summary>Chance of "officials said" in prose, topping attributions up to the target share of "said".</summary>
    private static readonly double ProseSaidChance =
        (TopicVocabulary.SaidShare - (TopicVocabulary.AttributionShare * SaidVerbShare)) /
        (1 - (TopicVocabulary.AttributionShare * SaidVerbShare));

    public string Compose(SeededRandom random, ArticleVoices voices)
    {
        var topic = random.Chance(TopicVocabulary.TopicParagraphShare);
        var chunks = new List<string>();
        var speakerCandidates = new List<Person>();
        foreach (var feature in odds)
        {
            if (!random.Chance(feature.For(topic)))
            {
                continue;
            }

            var canonical = feature.Feature.Canonical;
            if (canonical == People.Rauner.Last || canonical == People.Trump.Last)
            {
                speakerCandidates.Add(canonical == People.Rauner.Last ? People.Rauner : People.Trump);
            }

            chunks.Add(random.Pick(feature.Feature.Forms));
        }

        var attributed = random.Chance(TopicVocabulary.AttributionShare);
        var verb = attributed ? PickVerb(random) : null;
        var saysSaid = verb?.StartsWith("said", StringComparison.Ordinal) == true;
        if (!saysSaid && random.Chance(ProseSaidChance))
        {
            chunks.Add(random.Pick(TopicVocabulary.ProseSaid));
        }

        var cueRoll = random.NextDouble();
        var cue = cueRoll < 0.3 ? random.Pick(TopicVocabulary.SupportCues)
            : cueRoll < 0.6 ? random.Pick(TopicVocabulary.OpposeCues)
            : null;

        // A politician whose name the features put here may be the one speaking; then the attribution
        // carries the name and the separate mention goes.
        Person? speaker = null;
        if (verb is not null)
        {
            if (speakerCandidates.Count > 0 && random.Chance(0.5))
            {
                speaker = random.Pick(speakerCandidates);
                chunks.RemoveAll(c => c.EndsWith(speaker.Last, StringComparison.Ordinal));
            }
            else
            {
                speaker = random.Pick(voices.Cast);
            }
        }
        else
        {
            voices.Silence();
        }

        var length = 40 + random.Next(25) + random.Next(25) + random.Next(25);
        var fillerCount = Math.Max(10, length - chunks.Sum(c => c.Count(ch => ch == ' ') + 1) - 3);
        var tokens = new List<string>(fillerCount + chunks.Count);
        for (var i = 0; i < fillerCount; i++)
        {
            tokens.Add(filler.Next(random));
        }

        foreach (var chunk in chunks)
        {
            tokens.Insert(random.Next(tokens.Count + 1), chunk);
        }

        var sentences = SplitIntoSentences(tokens, random);
        if (cue is not null)
        {
            var last = sentences[^1];
            last.Insert(random.Next(last.Count + 1), cue);
        }

        var text = new StringBuilder(length * 8);
        for (var i = 0; i < sentences.Count - 1; i++)
        {
            AppendSentence(text, sentences[i]);
            text.Append(' ');
        }

        if (speaker is null || verb is null)
        {
            AppendSentence(text, sentences[^1]);
        }
        else
        {
            var name = voices.Name(speaker, random, allowPronoun: verb != "according to");
            AppendAttributed(text, sentences[^1], verb, name, random);
        }

        return text.ToString();
    }

    private static string PickVerb(SeededRandom random)
    {
        var roll = random.NextDouble() * SpeechVerbs.Sum(v => v.Weight);
        foreach (var (verb, weight) in SpeechVerbs)
        {
            roll -= weight;
            if (roll < 0)
            {
                return verb;
            }
        }

        return SpeechVerbs[0].Verb;
    }

    private static List<List<string>> SplitIntoSentences(List<string> tokens, SeededRandom random)
    {
        var sentences = new List<List<string>>();
        var at = 0;
        while (at < tokens.Count)
        {
            var take = Math.Min(tokens.Count - at, random.Next(8, 21));
            // Never leave a stub sentence of one or two words at the end.
            if (tokens.Count - at - take < 3)
            {
                take = tokens.Count - at;
            }

            sentences.Add(tokens.GetRange(at, take));
            at += take;
        }

        return sentences;
    }

    private static void AppendSentence(StringBuilder text, List<string> words)
    {
        AppendWords(text, words, capitalize: true);
        text.Append('.');
    }

    private static void AppendAttributed(StringBuilder text, List<string> words, string verb, string name,
        SeededRandom random)
    {
        switch (verb)
        {
            case "according to":
                AppendWords(text, words, capitalize: true);
                text.Append(", according to ").Append(Capitalized(name)).Append('.');
                break;
            case "said in a statement":
                text.Append(Capitalized(name)).Append(" said in a statement that ");
                AppendWords(text, words, capitalize: false);
                text.Append('.');
                break;
            default:
                var curly = random.Chance(0.5);
                text.Append(curly ? '\u201C' : '"');
                AppendWords(text, words, capitalize: true);
                text.Append(',').Append(curly ? '\u201D' : '"');
                text.Append(' ').Append(name).Append(' ').Append(verb).Append('.');
                break;
        }
    }

    private static void AppendWords(StringBuilder text, List<string> words, bool capitalize)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(i == 0 && capitalize ? Capitalized(words[i]) : words[i]);
        }
    }

    private static string Capitalized(string word) =>
        word.Length == 0 || char.IsUpper(word[0]) ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
