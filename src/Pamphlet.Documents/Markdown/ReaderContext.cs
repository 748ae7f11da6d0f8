using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using MarkdigObject = Markdig.Syntax.MarkdownObject;

namespace Pamphlet.Documents.Markdown;

/// <summary>What every converter of one statement shares: where it came from, its quotes, its diagnostics.</summary>
internal sealed class ReaderContext(string sourcePath, QuoteMarks quotes, DiagnosticBag diagnostics, SourceLines lines)
{
    public string SourcePath { get; } = sourcePath;

    /// <summary>Relative image paths resolve against the statement's folder.</summary>
    public string BaseDirectory { get; } = Path.GetDirectoryName(Path.GetFullPath(sourcePath)) ?? ".";

    public QuoteMarks Quotes { get; } = quotes;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>
    /// A block's place: its 1-based line in the file. Markdig counts lines from 0 and from the start
    /// of the file (front matter included), so one is added and nothing else.
    /// </summary>
    public SourceLocation LineOf(MarkdigObject node) => new(SourcePath, node.Line + 1);

    /// <summary>
    /// An inline's place: 1-based line and column (needs Markdig's precise source locations). Some
    /// inlines (footnote references, the "[" of a bracket that opened nothing) come back on line 0 with
    /// a right offset: their place is then found from the offset.
    /// </summary>
    public SourceLocation PositionOf(MarkdigObject node)
    {
        if (node.Line == 0 && node.Span.Start > 0 && lines.Locate(node.Span.Start) is var (line, column) && line > 1)
        {
            return new SourceLocation(SourcePath, line, column);
        }

        return new SourceLocation(SourcePath, node.Line + 1, node.Column + 1);
    }
}
