using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;

namespace Pamphlet.Documents.Markdown;

/// <summary>
/// Inline content while a block is being read: mutable, so smart punctuation can rewrite the text
/// of a whole paragraph at once and an attribution can be split off, before it is frozen into
/// <see cref="Inline"/> records.
/// </summary>
internal abstract class InlineDraft(SourceLocation location)
{
    public SourceLocation Location { get; } = location;
}

internal sealed class TextDraft(SourceLocation location, string text, InlineStyle style, bool verbatim) : InlineDraft(location)
{
    public string Text { get; set; } = text;

    public InlineStyle Style { get; } = style;

    /// <summary>Printed exactly as typed: inline code, URLs, escaped characters, entities.</summary>
    public bool Verbatim { get; } = verbatim;
}

internal sealed class LinkDraft(SourceLocation location, List<InlineDraft> content, string url) : InlineDraft(location)
{
    public List<InlineDraft> Content { get; } = content;

    public string Url { get; } = url;
}

/// <summary>A line break: hard ones stay breaks, soft ones (a newline inside a paragraph) become a space.</summary>
internal sealed class BreakDraft(SourceLocation location, bool hard) : InlineDraft(location)
{
    public bool Hard { get; } = hard;
}

/// <summary>A footnote reference: the number of its note.</summary>
internal sealed class NoteDraft(SourceLocation location, int number) : InlineDraft(location)
{
    public int Number { get; } = number;
}
