using Pamphlet.Documents.Model;
namespace Pamphlet.Documents.Markdown;

internal enum SegmentKind
{
    /// <summary>Author's prose: smart punctuation applies.</summary>
    Text,

    /// <summary>Inline code, URLs, escaped characters, entities: printed as typed, but still context for neighbouring quotes.</summary>
    Verbatim,

    /// <summary>A soft or hard line break: whitespace for context, and a line start for "-- " attributions.</summary>
    LineBreak,
}

/// <summary>One run of a paragraph's text as seen by <see cref="SmartPunctuation"/>.</summary>
internal readonly record struct TextSegment(string Text, SegmentKind Kind)
{
    public static TextSegment Prose(string text) => new(text, SegmentKind.Text);
    public static TextSegment Verbatim(string text) => new(text, SegmentKind.Verbatim);
    public static TextSegment Break { get; } = new("\n", SegmentKind.LineBreak);
}
