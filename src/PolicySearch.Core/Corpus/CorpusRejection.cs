namespace PolicySearch.Core.Corpus;

/// <summary>An article or file the reader could not accept, named, with the reason in plain words.</summary>
public sealed record CorpusRejection(string Source, string Reason);
