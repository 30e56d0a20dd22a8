namespace PolicySearch.Core.Analysis;

/// <summary>What a paragraph is. Only <see cref="Content"/> paragraphs become search documents.</summary>
public enum ParagraphKind
{
    Content,
    Boilerplate,
    Title,
}
