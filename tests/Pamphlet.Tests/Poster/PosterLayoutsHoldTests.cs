using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Images;
using Pamphlet.Composition.Poster;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.Shaping;
using Xunit.Abstractions;
using static Pamphlet.Tests.Poster.PosterRoles;

namespace Pamphlet.Tests.Poster;

/// <summary>One composer and the statement variants for <see cref="PosterLayoutsHoldTests"/>.</summary>
public sealed class PosterLayoutsFixture : IDisposable
{
    public FontLibrary Fonts { get; } = new([FontLibrary.BundledFolder]);
    public PosterStatements Statements { get; } = new();
    public Composer Composer { get; }

    public PosterLayoutsFixture() => Composer = new Composer(Fonts);

    public void Dispose()
    {
        Statements.Dispose();
        Fonts.Dispose();
    }
}

/// <summary>
/// Every shipped poster layout (kind poster in layouts/) holds on every shape of statement: with and
/// without url, photo, quote and demands, with 1, 5 and 12 demands, on the corpus, and on a Hebrew statement. Asserted on the Pages model:
/// nothing overlaps, nothing leaves its region or the sheet, no empty panel is drawn, text stays within
/// the layout's limits, the QR code is at least its minimum and the photo prints at 150 ppi or more.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class PosterLayoutsHoldTests(PosterLayoutsFixture fixture, ITestOutputHelper output) : IClassFixture<PosterLayoutsFixture>
{
    private const double Mm = 72 / 25.4;

    /// <summary>The QR code's printed symbol on A3 (issue 12: scannable from a wall), scaled by the sheet's size for other sheets.</summary>
    private const double QrSymbolOnA3 = 30 * Mm;

    private const double A3Area = 297 * Mm * 420 * Mm;

    /// <summary>Sharp enough for print at reading distance: the threshold of the build's photo warning.</summary>
    private const double SharpPpi = 150;

    /// <summary>Shapes of the same text and images (rounding of placed coordinates) may touch by this much.</summary>
    private const double Tolerance = 0.5;

    private static readonly LayoutCatalog Catalog = PamphletEngine.CatalogFor(null);

    public static TheoryData<string, string> Combinations()
    {
        var data = new TheoryData<string, string>();
        foreach (var layout in Catalog.Names().Where(n => Catalog.Resolve(n).Kind == LayoutKind.Poster).Order(StringComparer.Ordinal))
        {
            foreach (var variant in PosterStatements.Variants.Concat(PosterStatements.CorpusVariants()).Concat(PosterStatements.RightToLeftVariants())) data.Add(layout, variant);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void The_poster_holds(string layoutName, string variant)
    {
        var layout = Catalog.Resolve(layoutName);
        var document = fixture.Statements.Read(variant);
        var page = Assert.Single(fixture.Composer.Compose(document, layout).Document.Pages);
        var areas = RegionAreas(layout, document);
        var sheet = new Rect(0, 0, page.Size.Width, page.Size.Height);
        var safe = new PosterGrid(layout.Page, layout.Poster!).SafeArea;

        var problems = new List<string>();
        problems.AddRange(Placement(page, areas, safe, sheet));
        problems.AddRange(Overlaps(page));
        problems.AddRange(EmptyPanels(page));
        problems.AddRange(TextSizes(page, layout, document.FrontMatter.Lang));
        problems.AddRange(Hierarchy(page, layout, document.FrontMatter.Lang));
        var material = PosterMaterial.From(document);
        problems.AddRange(QrSize(page, layout, material.Url is not null));
        problems.AddRange(PhotoSharpness(page, layoutName, material.Figure is not null));

        Assert.True(problems.Count == 0, $"{layoutName} × {variant}:\n  " + string.Join("\n  ", problems.Distinct()));
    }

    /// <summary>The regions that show something, where the grid puts them for this statement (empty ones give up their cells).</summary>
    private static IReadOnlyDictionary<string, Rect> RegionAreas(LayoutDefinition layout, Pamphlet.Documents.Model.Document document)
    {
        var poster = layout.Poster!;
        var arrangement = PosterComposer.Arrange(poster, PosterMaterial.From(document));
        var rightToLeft = Pamphlet.Text.Paragraphs.BidiLevels.IsRightToLeftLanguage(document.FrontMatter.Lang);
        var grid = new PosterGrid(layout.Page, poster, arrangement, rightToLeft);
        return poster.Regions.Where(r => !arrangement.IsEmpty(r)).ToDictionary(r => r.Name, grid.RegionArea);
    }

    /// <summary>Every item in its region, on the sheet; regions apart; only the background outside any region.</summary>
    private static IEnumerable<string> Placement(Page page, IReadOnlyDictionary<string, Rect> areas, Rect safe, Rect sheet)
    {
        foreach (var a in areas)
        {
            foreach (var b in areas.Where(b => string.CompareOrdinal(a.Key, b.Key) < 0 && a.Value.Intersects(b.Value)))
            {
                yield return $"regions {a.Key} and {b.Key} overlap";
            }
        }

        foreach (var item in page.Items.Where(i => i is not LinkItem))
        {
            var region = RegionOf(item);
            if (region == "")
            {
                if (item.Role is not ("poster-background" or PosterPhoto.ImageRole or PosterPhoto.FrameRole or PosterPhoto.ScrimRole))
                {
                    yield return $"{item.Role} belongs to no region";
                }
                continue;
            }
            if (!areas.TryGetValue(region, out var area)) yield return $"{item.Role}: no region {region}";
            else if (!area.Contains(item.Bounds, Tolerance)) yield return $"{Describe(item)} leaves region {region} {area}";
            if (!safe.Contains(item.Bounds, Tolerance)) yield return $"{Describe(item)} leaves the safe area";
            if (!sheet.Contains(item.Bounds, Tolerance)) yield return $"{Describe(item)} leaves the sheet";
        }
    }

    /// <summary>Within a region: text does not run into the image or the QR code, and no two runs collide.</summary>
    private static IEnumerable<string> Overlaps(Page page)
    {
        foreach (var region in page.Items.GroupBy(RegionOf).Where(g => g.Key != ""))
        {
            var runs = region.OfType<GlyphRun>().ToList();
            var shapes = region.OfType<ImageItem>().Select(i => (Name: "the photo", i.Bounds))
                .Concat(region.OfType<FillItem>().Where(f => BaseRole(f) == "qr-code-background").Select(f => (Name: "the QR code", f.Bounds)))
                .ToList();
            foreach (var run in runs)
            {
                foreach (var shape in shapes.Where(s => Inset(s.Bounds).Intersects(run.Bounds)))
                {
                    yield return $"{Describe(run)} overlaps {shape.Name}";
                }
            }
            for (var i = 0; i < runs.Count; i++)
            {
                for (var j = i + 1; j < runs.Count; j++)
                {
                    // Runs on one baseline must not touch; lines of tight display type may overlap in their font boxes, not in their ink.
                    if (Math.Abs(runs[i].Origin.Y - runs[j].Origin.Y) > 0.5) continue;
                    if (Inset(runs[i].Bounds).Intersects(runs[j].Bounds)) yield return $"{Describe(runs[i])} runs into {Describe(runs[j])}";
                }
            }
        }
    }

    private static IEnumerable<string> EmptyPanels(Page page)
    {
        foreach (var panel in page.ItemsOf<FillItem>().Where(f => BaseRole(f) == "poster-panel"))
        {
            var region = RegionOf(panel);
            if (!page.Items.Any(i => RegionOf(i) == region && i is GlyphRun or ImageItem))
            {
                yield return $"an empty panel is drawn in region {region}";
            }
        }
    }

    /// <summary>
    /// Each run between its region's minimum (or its style's size, when smaller) and the region's maximum, both
    /// style sizes: a run in a script the layout sets larger (<c>fonts: scripts:</c>, Arabic 1.2 ×) is held to
    /// the band times its script's factor.
    /// </summary>
    private static IEnumerable<string> TextSizes(Page page, LayoutDefinition layout, string language)
    {
        var regions = layout.Poster!.Regions.ToDictionary(r => r.Name);
        foreach (var run in page.ItemsOf<GlyphRun>())
        {
            var region = regions[RegionOf(run)];
            var style = StyleSize(layout, run.Role);
            double floor, ceiling;
            if (style == 0)
            {
                floor = region.MinSize;
                ceiling = region.MaxSize > 0 ? region.MaxSize : layout.Cover.Title.Font.Size;
            }
            else if (region.Content.Contains(PosterContent.Title))
            {
                // The headline's subtitle may be set smaller for the title's sake, down to the composer's limit.
                floor = style * PosterComposer.SubtitleShrinkLimit;
                ceiling = style;
            }
            else
            {
                floor = Math.Min(style, region.MinSize);
                var main = MainStyleSize(layout, region);
                ceiling = style * Math.Max(1, region.MaxSize > 0 && main > 0 ? region.MaxSize / main : 1);
            }
            var scales = ScriptScales(run, layout, language);
            if (!scales.Any(k => run.FontSize >= k * floor - 0.01 && run.FontSize <= k * ceiling + 0.01))
            {
                var bands = string.Join(" or ", scales.Select(k => $"{k * floor:0.##}–{k * ceiling:0.##}pt"));
                yield return $"{Describe(run)} is {run.FontSize:0.##}pt, outside {bands}";
            }
        }
    }

    /// <summary>
    /// The headline leads: outside its region no run is larger than the title divided by
    /// <see cref="PosterComposer.HierarchyStep"/>, unless its region's minimum size asks for that much.
    /// </summary>
    private static IEnumerable<string> Hierarchy(Page page, LayoutDefinition layout, string language)
    {
        var titles = page.ItemsOf<GlyphRun>().Where(r => BaseRole(r) == "poster-title").ToList();
        if (titles.Count == 0) yield break;
        var title = titles.Max(r => r.FontSize);
        var regions = layout.Poster!.Regions.ToDictionary(r => r.Name);
        foreach (var run in page.ItemsOf<GlyphRun>().Where(r => RegionOf(r) != RegionOf(titles[0])))
        {
            var minimum = regions[RegionOf(run)].MinSize * ScriptScales(run, layout, language).Max();
            var limit = Math.Max(title / PosterComposer.HierarchyStep, minimum);
            if (run.FontSize > limit + 0.01) yield return $"{Describe(run)} is {run.FontSize:0.##}pt, more than the title's {title:0.##}pt ÷ {PosterComposer.HierarchyStep}";
        }
    }

    /// <summary>
    /// The factors of its style's size a run may be set at: its script's (<see cref="FontSetup.ScaleOf"/>). A run
    /// of neutral characters only (digits, punctuation) is set at the size of the words it goes with, which are
    /// in the statement's own script or in Latin.
    /// </summary>
    private static IReadOnlyList<double> ScriptScales(GlyphRun run, LayoutDefinition layout, string language)
    {
        double Scale(HarfBuzzSharp.Script script) => ScriptItemizer.WritingScriptOf(script) is { } writing ? layout.Fonts.ScaleOf(writing) : 1;
        var strong = ScriptItemizer.Itemize(run.Text, HarfBuzzSharp.Script.Common).Select(r => r.Script).Where(s => s != HarfBuzzSharp.Script.Common).ToList();
        var scripts = strong.Count > 0 ? strong : [ScriptItemizer.ScriptOfLanguage(language), HarfBuzzSharp.Script.Latin];
        return scripts.Select(Scale).Distinct().ToList();
    }

    private IEnumerable<string> QrSize(Page page, LayoutDefinition layout, bool hasUrl)
    {
        var symbol = QrSymbol(page);
        if (!hasUrl)
        {
            if (symbol is not null) yield return "a QR code without a url";
            yield break;
        }
        if (symbol is not { } s)
        {
            yield return "no QR code";
            yield break;
        }
        var minimum = QrSymbolOnA3 * Math.Sqrt(layout.Page.Width * layout.Page.Height / A3Area);
        output.WriteLine($"{layout.Name}: QR symbol {s.Width / Mm:0.0} mm (minimum {minimum / Mm:0.0} mm)");
        if (s.Width < minimum - 0.01) yield return $"the QR code is {s.Width / Mm:0.0} mm, less than {minimum / Mm:0.0} mm";
    }

    private IEnumerable<string> PhotoSharpness(Page page, string layoutName, bool hasPhoto)
    {
        var images = page.ItemsOf<ImageItem>().ToList();
        if (hasPhoto && images.Count == 0) yield return "no photo";
        foreach (var image in images)
        {
            var header = ImageInfo.Read(image.Path, default);
            var pixelsAcross = header.PixelWidth * image.Source.Width;
            var pixelsDown = header.PixelHeight * image.Source.Height;
            var ppi = Math.Min(pixelsAcross / (image.Frame.Width / 72), pixelsDown / (image.Frame.Height / 72));
            output.WriteLine($"{layoutName}: photo {image.Frame.Width / Mm:0} × {image.Frame.Height / Mm:0} mm at {ppi:0} ppi");
            if (ppi < SharpPpi) yield return $"the photo prints at {ppi:0} ppi";
        }
    }

    private static Rect Inset(Rect r) => new(r.X + Tolerance, r.Y + Tolerance, Math.Max(0, r.Width - 2 * Tolerance), Math.Max(0, r.Height - 2 * Tolerance));

    private static string Describe(PageItem item) => item is GlyphRun run ? $"'{run.Text}' ({item.Role})" : item.Role;
}
