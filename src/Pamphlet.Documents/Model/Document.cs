using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Documents.Model;

/// <summary>
/// A statement as semantic blocks: what the author wrote, with source positions and no geometry.
/// Every layout (pamphlet, poster) is composed from the same Document.
/// </summary>
public sealed record Document(
    string SourcePath,
    FrontMatter FrontMatter,
    IReadOnlyList<Inline> Title,
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<Diagnostic> Warnings)
{
    /// <summary>The folder relative paths in the statement resolve against.</summary>
    public string BaseDirectory => Path.GetDirectoryName(Path.GetFullPath(SourcePath)) ?? ".";

    /// <summary>The point to keep in view when <paramref name="figure"/> is cropped: its own focus, else the front matter's photo-focus, else none (the centre).</summary>
    public (double X, double Y)? FocusOf(Figure figure) => figure.Focus ?? FrontMatter.PhotoFocus;

    /// <summary>Plain text of the title (front matter, else the first level-1 heading, else the file name).</summary>
    public string TitleText => Inline.PlainText(Title);
}
