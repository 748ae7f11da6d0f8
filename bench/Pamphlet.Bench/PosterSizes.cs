using System.Globalization;
using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Bench;

/// <summary>
/// The type sizes on one statement's poster: for each role in each region, the largest size its glyphs are
/// set at (points, as drawn: an Arabic run shows its script scale), largest first. For checking the
/// hierarchy (the headline leads) across statements and sheets (bench/README "Poster sizes").
/// </summary>
public static class PosterSizes
{
    public static void Run(string statement, string layoutName, TextWriter output)
    {
        var document = MarkdownReader.Read(statement);
        var layout = PamphletEngine.CatalogFor(document.BaseDirectory).Resolve(layoutName, null);
        using var fonts = new FontLibrary([FontLibrary.BundledFolder]);
        var page = new Composer(fonts).Compose(document, layout).Document.Pages[0];
        var sizes = page.Items.OfType<GlyphRun>().Where(r => r.Text.Any(char.IsLetter))
            .GroupBy(r => r.Role).Select(g => (Role: g.Key, Size: g.Max(r => r.FontSize))).OrderByDescending(s => s.Size);
        output.WriteLine(string.Join("  ", sizes.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Role} {s.Size:0.#}"))));
    }
}
