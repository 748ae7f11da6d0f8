using Pamphlet.Diagnostics;
using MarkdigObject = Markdig.Syntax.MarkdownObject;

namespace Pamphlet.Documents.Markdown;

/// <summary>What every converter of one statement shares: where it came from, its quotes, its diagnostics.</summary>
internal sealed class ReaderContext(string sourcePath, QuoteMarks quotes, DiagnosticBag diagnostics)
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

    /// <summary>An inline's place: 1-based line and column (needs Markdig's precise source locations).</summary>
    public SourceLocation PositionOf(MarkdigObject node) => new(SourcePath, node.Line + 1, node.Column + 1);
}
