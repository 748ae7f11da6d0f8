using System.Globalization;
using System.Text;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Text;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Composition.Furniture;

/// <summary>
/// The slug line printed outside the marks on shop copies ("Keep Alder Brook public · a5-pamphlet ·
/// 2026-03-14 · page 3/8"), so a loose proof can be traced to its file and build. One line of the
/// bundled sans, its baseline starting at (0, 0); the renderer places it.
/// </summary>
public sealed class SlugComposer(FontLibrary fonts, Shaper shaper)
{
    /// <summary>Bundled with every build, covers Latin, Greek and Cyrillic: a printshop can read it.</summary>
    private const string Family = "Noto Sans";

    /// <summary>Small enough to sit in the 10 mm marks band; the usual size of slug text.</summary>
    public const double FontSize = 6;

    /// <summary>Below this a long title is dropped rather than shrunk further: unreadable helps nobody.</summary>
    private const double MinimumFontSize = 4;

    private const string Separator = "  ·  ";

    /// <summary>
    /// The slug for one page (title · file · layout · date · page n/N), no wider than
    /// <paramref name="maxWidth"/> points.
    /// </summary>
    public GlyphRun Compose(string title, string fileName, string layout, DateTimeOffset? date, int page, int pages, double maxWidth) =>
        Compose(title, [fileName, layout, .. Dated(date), string.Create(CultureInfo.InvariantCulture, $"page {page}/{pages}")], maxWidth);

    /// <summary>
    /// The slug for one side of an imposed sheet (title · file · sheet 1 front · date), no wider than
    /// <paramref name="maxWidth"/> points.
    /// </summary>
    public GlyphRun ComposeSheet(string title, string fileName, string side, DateTimeOffset? date, double maxWidth) =>
        Compose(title, [fileName, side, .. Dated(date)], maxWidth);

    /// <summary>
    /// The title then the details, shrunk to fit <paramref name="maxWidth"/>. The title is left out if
    /// the slug font cannot draw it left to right (Arabic, Hebrew, CJK titles), or if with it the
    /// line would fall below the smallest readable size: the details still identify the sheet.
    /// </summary>
    private GlyphRun Compose(string title, IReadOnlyList<string> details, double maxWidth)
    {
        var font = fonts.Get(Family, FontWeight.Regular, italic: false, SourceLocation.None(FontLibrary.BundledFolder));
        var titled = Drawable(font, title);
        var shaped = shaper.Shape(font, string.Join(Separator, titled ? [title.Trim(), .. details] : details), ShapeOptions.LatinLeftToRight("en"));
        var size = Math.Min(FontSize, maxWidth / Math.Max(1e-9, shaped.Width(1)));
        if (size < MinimumFontSize && titled)
        {
            shaped = shaper.Shape(font, string.Join(Separator, details), ShapeOptions.LatinLeftToRight("en"));
            size = Math.Min(FontSize, maxWidth / Math.Max(1e-9, shaped.Width(1)));
        }

        return Run(font, shaped, size);
    }

    private static IEnumerable<string> Dated(DateTimeOffset? date) =>
        date is { } d ? [d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] : [];

    private static bool Drawable(ShapingFont font, string text) =>
        !string.IsNullOrWhiteSpace(text)
        && text.EnumerateRunes().All(r => Rune.IsWhiteSpace(r) || font.Covers(r.Value))
        && ScriptItemizer.IsLeftToRight(text);

    private static GlyphRun Run(ShapingFont font, ShapedText shaped, double size)
    {
        var scale = size / shaped.UnitsPerEm;
        var positions = new Point[shaped.Glyphs.Length];
        var pen = 0.0;
        for (var g = 0; g < positions.Length; g++)
        {
            positions[g] = new Point(pen + shaped.XOffsets[g] * scale, -shaped.YOffsets[g] * scale);
            pen += shaped.Advances[g] * scale;
        }

        return new GlyphRun("slug", new Point(0, 0), font.Face, size, Color.Registration, shaped.Glyphs, positions,
            shaped.Text, shaped.Clusters, pen, font.Ascender * size, font.Descender * size);
    }
}
