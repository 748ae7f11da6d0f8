using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Documents.Model;

[Flags]
public enum InlineStyle
{
    None = 0,
    Emphasis = 1,
    Strong = 2,
    /// <summary>Inline code: printed as text (the layouts have no monospace face).</summary>
    Code = 4,
}

/// <summary>Inline content of a block: styled text, links, hard breaks.</summary>
public abstract record Inline(SourceLocation Location)
{
    public static string PlainText(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i.ToPlainText()));

    public abstract string ToPlainText();
}

/// <summary>A run of text in one style. Smart punctuation has already been applied.</summary>
public sealed record TextRun(SourceLocation Location, string Text, InlineStyle Style) : Inline(Location)
{
    public override string ToPlainText() => Text;
}

/// <summary>A link: the composer prints its content and, unless the content is the URL itself, the URL after it in small type.</summary>
public sealed record Link(SourceLocation Location, IReadOnlyList<Inline> Content, string Url) : Inline(Location)
{
    public override string ToPlainText() => PlainText(Content);
}

/// <summary>A hard line break (two trailing spaces or a backslash at the end of a line).</summary>
public sealed record LineBreak(SourceLocation Location) : Inline(Location)
{
    public override string ToPlainText() => "\n";
}

/// <summary>
/// A footnote reference (<c>[^label]</c>): the number of its note among the endnotes, printed raised
/// and small. Not part of the plain text (titles, metadata).
/// </summary>
public sealed record NoteReference(SourceLocation Location, int Number) : Inline(Location)
{
    public override string ToPlainText() => string.Empty;
}
