using Pamphlet.Pages;

namespace Pamphlet.Text.Paragraphs;

/// <summary>
/// One broken, justified line, not yet placed on a page: glyph runs with x offsets from the line's
/// start edge. <see cref="Ascent"/>/<see cref="Descent"/> are the tallest glyph extents used, for
/// collision checks; the line pitch is <see cref="Leading"/>.
/// </summary>
public sealed record SetLine(
    IReadOnlyList<LineRun> Runs,
    double Measure,
    double Width,
    double Leading,
    double Ascent,
    double Descent,
    bool EndsWithHyphen,
    bool Overfull)
{
    /// <summary>
    /// Makes the page items of this line with its start edge at <paramref name="x"/> and baseline at
    /// <paramref name="baseline"/>, each carrying <paramref name="structure"/> — or, for link text and
    /// its link area, the link's element from <paramref name="links"/>.
    /// </summary>
    public IEnumerable<PageItem> Place(double x, double baseline, StructureElement? structure = null, LinkElements? links = null)
    {
        foreach (var run in Runs)
        {
            var element = run.LinkUrl is { } linked && structure is not null && links is not null
                ? links.For(structure, linked, run.LinkLocation)
                : structure;
            var glyphs = run.Place(x, baseline, element);
            yield return glyphs;
            // Links stay clickable in the digital PDF: one link area over each run of link text.
            if (run.LinkUrl is { } url) yield return new LinkItem("link", glyphs.Bounds, url) { Structure = element };
        }
    }
}

/// <summary>A shaped piece of a line: glyphs in one font at one size, and its x offset in the line.</summary>
public sealed record LineRun(
    double X,
    string Role,
    RunStyle Style,
    ushort[] Glyphs,
    Point[] Positions,
    string Text,
    int[] Clusters,
    double Width,
    string? LinkUrl,
    bool RightToLeft)
{
    public FontFace Font => Style.Font;
    public double FontSize => Style.FontSize;
    public Color Color => Style.Color;
    public double Ascent => Style.Ascent;
    public double Descent => Style.Descent;

    /// <summary>The run's resolved bidi level (even left-to-right, odd right-to-left).</summary>
    public byte Level { get; init; }

    /// <summary>Where the link this run belongs to starts in the source (one link, one structure element); null outside links.</summary>
    public Pamphlet.Documents.Diagnostics.SourceLocation? LinkLocation { get; init; }

    /// <summary>The run ends with a hyphen line breaking added (see <see cref="GlyphRun.HyphenInserted"/>).</summary>
    public bool HyphenInserted { get; init; }

    /// <summary>The glyphs' width as a share of their designed width (see <see cref="GlyphRun.HorizontalScale"/>).</summary>
    public double HorizontalScale { get; init; } = 1;

    public GlyphRun Place(double x, double baseline, StructureElement? structure = null) =>
        new(Role, new Point(x + X, baseline), Style, Glyphs, Positions, Text, Clusters, Width, RightToLeft)
        {
            HyphenInserted = HyphenInserted,
            Structure = structure,
            BidiLevel = Level,
            HorizontalScale = HorizontalScale,
        };
}
