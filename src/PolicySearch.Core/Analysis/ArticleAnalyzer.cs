using System.Globalization;
using PolicySearch.Core.Analysis.Classification;
using PolicySearch.Core.Analysis.Lexicons;
using PolicySearch.Core.Analysis.Speakers;
using PolicySearch.Core.Analysis.Stances;
using PolicySearch.Core.Corpus;

namespace PolicySearch.Core.Analysis;

/// <summary>
/// Analyses a corpus: splits each article into paragraphs, classifies them (content / boilerplate / title),
/// attributes speakers and decides stance. Articles are analysed independently and in parallel; a final cheap
/// pass canonicalises speaker names across the corpus ("Haddad", "Gov. Omar Haddad" → "Omar Haddad").
/// Deterministic: the output depends only on the input order and the data files.
/// </summary>
public sealed class ArticleAnalyzer
{
    private readonly AnalysisLexicon lexicon;
    private readonly ParagraphClassifier classifier;
    private readonly SpeakerAttributor attributor;
    private readonly StanceDecider stanceDecider;

    private ArticleAnalyzer(AnalysisLexicon lexicon)
    {
        this.lexicon = lexicon;
        classifier = new ParagraphClassifier(lexicon.Boilerplate, new SentenceSplitter(lexicon.AbbreviationsBySpan));
        // As for the lexicon: the stance matchers are built (and their code compiled) beside the attributor's.
        var stance = Task.Run(() => new StanceDecider(lexicon.Stance, new StanceCueScorer(lexicon.Stance), lexicon.StanceModel));
        attributor = new SpeakerAttributor(lexicon);
        stanceDecider = stance.GetAwaiter().GetResult();
    }

    /// <summary>An analyser over the data files shipped beside the binaries (<c>Analysis/Data</c>).</summary>
    public static ArticleAnalyzer CreateDefault() => FromDataFolder(LexiconFiles.DefaultFolder);

    /// <summary>An analyser over another copy of the data files, e.g. a researcher's edited lexicons.</summary>
    public static ArticleAnalyzer FromDataFolder(string folder) => new(new AnalysisLexicon(folder));

    public IReadOnlyList<AnalyzedArticle> Analyze(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Analyze<object?>(articles, _ => null, (_, _) => { }, keepText: true);
    }

    /// <summary>
    /// Analyses the articles with a side job on each draft (an article analysed but for the corpus-wide speaker
    /// names): <paramref name="prepare"/> runs in the parallel stage, beside the draft's own work, and
    /// <paramref name="consume"/> on the calling thread, in input order, as soon as a draft and the ones before it
    /// are done, while later articles are still being analysed. The index build keeps each article's texts this way.
    /// Without <paramref name="keepText"/> the results hold no text: each <see cref="Article"/> has an empty
    /// <see cref="Article.Text"/> and each <see cref="AnalyzedParagraph"/> an empty text, for a caller whose
    /// <paramref name="consume"/> keeps the paragraphs' texts as it needs them (the index build keeps them as
    /// UTF-8); a build that kept the strings held the corpus twice, then once on the garbage-collected heap.
    /// </summary>
    internal IReadOnlyList<AnalyzedArticle> Analyze<TPrepared>(
        IEnumerable<Article> articles, Func<ArticleDraft, TPrepared> prepare, Action<ArticleDraft, TPrepared> consume, bool keepText)
    {
        var drafts = new List<ArticleDraft>();
        var speakers = new SpeakerTally();
        var drafted = articles.AsParallel().AsOrdered().Select(article =>
        {
            var draft = Draft(article);
            if (!keepText)
            {
                draft = draft with { Article = article with { Text = "" } };
            }

            return (Draft: draft, Prepared: prepare(draft));
        });
        foreach (var (draft, prepared) in drafted)
        {
            consume(draft, prepared);
            speakers.Add(draft.People);
            // Once consumed, a draft that keeps no text lets its paragraphs' strings die young.
            drafts.Add(keepText ? draft : draft with { Paragraphs = Blanks(draft.Paragraphs.Count) });
        }

        var canonicalizer = new SpeakerCanonicalizer(speakers, lexicon.Organisations, lexicon.Names.KnownPeople);
        // Finishing reads the canonicaliser only: articles finish in parallel too (at 1M paragraphs this took seconds on one core).
        return drafts.AsParallel().AsOrdered().Select(d => Finish(d, canonicalizer)).ToList();
    }

    private static string[] Blanks(int count)
    {
        var blanks = new string[count];
        Array.Fill(blanks, "");
        return blanks;
    }

    [ThreadStatic]
    private static List<List<Word>>? wordLists;

    private static readonly List<Word> NoWords = [];

    private ArticleDraft Draft(Article article)
    {
        var paragraphs = ParagraphSplitter.Split(article.Text);
        var kinds = classifier.Classify(paragraphs, article.Title);
        var kindList = kinds.Select(k => k.Kind).ToList();
        // Content paragraphs are cut into words once, for both speakers and stance.
        // The word lists are reused by the thread's next article: nothing keeps them once the draft is made.
        var pool = wordLists ??= [];
        var words = new List<Word>[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (kindList[i] != ParagraphKind.Content)
            {
                words[i] = NoWords;
                continue;
            }

            while (pool.Count <= i)
            {
                pool.Add(new List<Word>(paragraphs[i].Length / 5));
            }

            words[i] = WordTokenizer.Tokenize(paragraphs[i], pool[i]);
        }

        var attribution = attributor.Attribute(paragraphs, words, kindList, article.Outlet == Article.UnknownOutlet ? null : article.Outlet);
        var stances = stanceDecider.Decide(paragraphs, words, kindList, attribution);
        return new ArticleDraft(article, paragraphs, kinds, attribution.Speakers, stances, attribution.Discourse.People.ToList());
    }

    private static AnalyzedArticle Finish(ArticleDraft draft, SpeakerCanonicalizer canonicalizer)
    {
        var paragraphs = new List<AnalyzedParagraph>(draft.Paragraphs.Count);
        for (var i = 0; i < draft.Paragraphs.Count; i++)
        {
            var (kind, rule) = draft.Kinds[i];
            var speakers = draft.Speakers[i].Where(canonicalizer.Identifies).Select(canonicalizer.Name).Distinct(StringComparer.Ordinal).ToList();
            var decision = draft.Stances[i];
            var evidence = decision is null ? [] : Evidence(decision, canonicalizer);
            paragraphs.Add(new AnalyzedParagraph(draft.Article.Id, i, draft.Paragraphs[i], kind, rule, speakers, decision?.Stance, evidence));
        }

        return new AnalyzedArticle(draft.Article, paragraphs);
    }

    private static List<string> Evidence(StanceDecision decision, SpeakerCanonicalizer canonicalizer)
    {
        var evidence = new List<string>(decision.CueEvidence);
        if (decision.PriorSpeaker is not null)
        {
            evidence.Add($"speaker-prior:{canonicalizer.Name(decision.PriorSpeaker)}({decision.PriorScore.ToString("+0.#;-0.#", CultureInfo.InvariantCulture)})");
        }
        else if (decision.Rules == Stance.Neutral && evidence.Count > 0)
        {
            evidence.Add("balanced-or-weak");
        }

        if (decision.ModelProbabilities is { } probabilities)
        {
            // "rules:opposes", "model:supports=0.58,opposes=0.12,neutral=0.30", "model-words:protect immigrants|fear":
            // what each half said, so a reader sees which one decided and why.
            evidence.Add($"rules:{decision.Rules.ToName()}");
            evidence.Add("model:" + string.Join(',', StanceNames.All.Select(name =>
                $"{name}={probabilities[(int)StanceNames.FromName(name)!.Value].ToString("0.00", CultureInfo.InvariantCulture)}")));
            if (decision.ModelWords.Count > 0)
            {
                evidence.Add($"model-words:{string.Join('|', decision.ModelWords)}");
            }
        }

        return evidence;
    }
}
