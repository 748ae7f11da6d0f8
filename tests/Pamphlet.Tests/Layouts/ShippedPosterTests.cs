using Pamphlet.Layouts;
using Pamphlet.Layouts.Binding;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Units;
using Pamphlet.Pages;

namespace Pamphlet.Tests.Layouts;

/// <summary>The shipped poster layouts: valid grids, their brief (sizes, look, scaling), and inheritance from poster-a3.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class ShippedPosterTests
{
    private const double Mm = LengthLiteral.PointsPerMillimetre;

    /// <summary>The smallest text a shipped poster may shrink to: the binder's default minimum (caption size, read at arm's length).</summary>
    private const double FloorSize = PosterRegionBinder.DefaultMinSize;

    private static readonly LayoutCatalog Catalog = new([ShippedLayoutsFolder.Path]);

    private static readonly string[] Posters = ["poster-a3", "poster-a2", "poster-a4", "poster-tabloid", "poster-a3-photo", "poster-a3-riso"];

    public static TheoryData<string> PosterNames() => [.. Posters];

    private static LayoutDefinition Layout(string name) => Catalog.Resolve(name);

    [Fact]
    public void EveryPosterLayoutInTheFolderIsListedHere() =>
        Assert.Equal(Posters.Order(), Catalog.Names().Where(n => Layout(n).Kind == LayoutKind.Poster).Order());

    [Theory]
    [MemberData(nameof(PosterNames))]
    public void RegionsTileTheGridWithoutOverlapping(string name)
    {
        var poster = Layout(name).Poster!;
        var owner = new string?[poster.Rows.Count, poster.Columns.Count];
        foreach (var region in poster.Regions)
        {
            Assert.InRange(region.RowSpan, 1, poster.Rows.Count - region.Row);
            Assert.InRange(region.ColumnSpan, 1, poster.Columns.Count - region.Column);
            for (var row = region.Row; row < region.Row + region.RowSpan; row++)
            {
                for (var column = region.Column; column < region.Column + region.ColumnSpan; column++)
                {
                    Assert.Null(owner[row, column]);
                    owner[row, column] = region.Name;
                }
            }
        }

        Assert.All(poster.Rows.Concat(poster.Columns), share => Assert.True(share > 0));
    }

    [Theory]
    [MemberData(nameof(PosterNames))]
    public void EveryPosterShowsTheStatementsKeyContentOnce(string name)
    {
        var shown = Layout(name).Poster!.Regions.SelectMany(r => r.Content).ToList();
        Assert.Equal(shown.Distinct().Count(), shown.Count);
        PosterContent[] key = [PosterContent.Title, PosterContent.Subtitle, PosterContent.Quote, PosterContent.Demands, PosterContent.Slogan, PosterContent.Signature, PosterContent.Date, PosterContent.QrCode];
        Assert.Empty(key.Except(shown));
    }

    [Theory]
    [MemberData(nameof(PosterNames))]
    public void NoTextMayShrinkBelowTheFloor(string name)
    {
        var layout = Layout(name);
        Assert.All(layout.Poster!.Regions, r => Assert.True(r.MinSize >= FloorSize, $"{r.Name}: {r.MinSize}pt"));
        Assert.True(layout.Styles.Figure.Caption.Font.Size >= FloorSize);
        Assert.True(layout.Styles.Figure.Credit.Font.Size >= FloorSize, $"credit {layout.Styles.Figure.Credit.Font.Size}pt");
        Assert.True(layout.Styles.LinkUrl.Font.Size >= FloorSize);
    }

    [Theory]
    [MemberData(nameof(PosterNames))]
    public void TheHeadlineIsFittedBelowItsStyleAndNeverHyphenated(string name)
    {
        var layout = Layout(name);
        var headline = Assert.Single(layout.Poster!.Regions, r => r.Content.Contains(PosterContent.Title));
        var titleSize = layout.Cover.Title.Font.Size;
        var largest = headline.MaxSize > 0 ? headline.MaxSize : titleSize;
        Assert.True(headline.MinSize < largest);
        Assert.InRange(headline.MaxLines, 2, 3);
        Assert.False(layout.Cover.Title.Hyphenate);
        Assert.True(layout.Cover.Title.Uppercase);
        Assert.Equal("Roboto Condensed", layout.Cover.Title.Font.Family);
    }

    [Fact]
    public void PosterA3HasThePamphletsLookAtPosterSizes()
    {
        var layout = Layout("poster-a3");
        var pamphlet = Layout("a5-pamphlet");
        Assert.Equal((297 * Mm, 420 * Mm), (layout.Page.Width, layout.Page.Height));
        Assert.Equal(pamphlet.Colors.Accent, layout.Colors.Accent);
        Assert.Equal(pamphlet.Colors.Named["panel"], layout.Colors.Named["panel"]);
        Assert.Equal(pamphlet.Fonts["body"].Family, layout.Fonts["body"].Family);
        Assert.Equal(pamphlet.Fonts["display"].Family, layout.Fonts["display"].Family);
        Assert.Null(layout.Cover.Background); // white paper
        Assert.Equal(layout.Colors.Accent, layout.Cover.Title.Color);
        Assert.Null(layout.Poster!.Background);

        Assert.InRange(layout.Styles.PullQuote.Text.Font.Size, 28, 32);
        Assert.InRange(layout.Styles.Demands.Item.Font.Size, 17, 19);
        Assert.InRange(layout.Styles.Demands.Title.Font.Size, 20, 24);
        Assert.InRange(layout.Styles.Slogan.Font.Size, 38, 42);
        Assert.InRange(layout.Styles.Signature.Font.Size, 15, 17);
        Assert.InRange(layout.Styles.Figure.Caption.Font.Size, 10, 12);

        var regions = layout.Poster.Regions.ToDictionary(r => r.Name);
        Assert.Equal(layout.Colors.Named["panel"], regions["demands"].Panel);
        // 11pt (a 2.1 mm x-height, read from ~70 cm): twelve demands of two lines each still fit (PosterLayoutsHoldTests).
        Assert.True(regions["demands"].MinSize >= 11);
        Assert.True(regions["quote"].MinSize >= 16);
        Assert.Equal([PosterContent.Figure], regions["image"].Content);
    }

    [Theory]
    [InlineData("poster-a2", 420, 594, 1.41)]
    [InlineData("poster-a4", 210, 297, 0.71)]
    [InlineData("poster-tabloid", 279.4, 431.8, 0.93)]
    public void SizedVariantsScalePosterA3(string name, double widthMm, double heightMm, double scale)
    {
        var a3 = Layout("poster-a3");
        var layout = Layout(name);
        Assert.Equal(widthMm * Mm, layout.Page.Width, precision: 6);
        Assert.Equal(heightMm * Mm, layout.Page.Height, precision: 6);

        // Sizes follow the scale (a few percent of rounding allowed) …
        Assert.Equal(scale, layout.Styles.Demands.Item.Font.Size / a3.Styles.Demands.Item.Font.Size, precision: 1);
        Assert.Equal(scale, layout.Styles.PullQuote.Text.Font.Size / a3.Styles.PullQuote.Text.Font.Size, precision: 1);
        Assert.Equal(scale, layout.Cover.Title.Font.Size / a3.Cover.Title.Font.Size, precision: 1);
        Assert.Equal(scale, layout.Poster!.Gap / a3.Poster!.Gap, precision: 1);

        // … and the design (grid and what goes where) is poster-a3's, inherited.
        Assert.Equal(a3.Poster.Columns.Count, layout.Poster.Columns.Count);
        // Text cannot shrink below the 9pt floor on the smallest poster, so A4 gives its demands a wider column and a taller row.
        if (name != "poster-a4") Assert.Equal(a3.Poster.Rows, layout.Poster.Rows);
        if (name != "poster-a4") Assert.Equal(a3.Poster.Columns, layout.Poster.Columns);
        Assert.Equal(a3.Poster.Rows.Count, layout.Poster.Rows.Count);
        Assert.Equal(a3.Poster.Regions.Select(r => (r.Name, r.Row, r.Column, r.RowSpan, r.ColumnSpan, string.Join(",", r.Content))),
            layout.Poster.Regions.Select(r => (r.Name, r.Row, r.Column, r.RowSpan, r.ColumnSpan, string.Join(",", r.Content))));
        Assert.Equal(a3.Colors.Named, layout.Colors.Named);
    }

    [Fact]
    public void PosterA2InheritsFromPosterA3AndScalesItsMinimums()
    {
        var a3 = Layout("poster-a3").Poster!.Regions.ToDictionary(r => r.Name);
        var a2 = Layout("poster-a2");
        Assert.Equal("A2 poster (poster-a3 enlarged ×1.41) for walls and shop windows", a2.Description);
        foreach (var region in a2.Poster!.Regions.Where(r => r.MinSize != PosterRegionBinder.DefaultMinSize))
        {
            Assert.Equal(1.41, region.MinSize / a3[region.Name].MinSize, precision: 1);
        }

        Assert.Equal(a3["headline"].VerticalAlign, a2.Poster.Regions.Single(r => r.Name == "headline").VerticalAlign);
        Assert.Equal(3 * Mm, a2.Page.Bleed, precision: 6); // the printer's trim, not part of the design
    }

    [Fact]
    public void TheReadmesNewPosterDesignLoadsAsDocumented()
    {
        var readme = File.ReadAllText(System.IO.Path.Combine(ShippedLayoutsFolder.Path, "README.md"));
        var section = readme[readme.IndexOf("### Example: a new poster design without code", StringComparison.Ordinal)..];
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
        using var folder = new LayoutFolder();
        var path = folder.Write("poster-a3-landscape.yaml", yaml);

        var layout = LayoutLoader.LoadFile(path, Catalog);
        Assert.Equal((420 * Mm, 297 * Mm), (layout.Page.Width, layout.Page.Height));
        var regions = layout.Poster!.Regions.ToDictionary(r => r.Name);
        Assert.Equal((0, 0, 2, 1), (regions["image"].Row, regions["image"].Column, regions["image"].RowSpan, regions["image"].ColumnSpan));
        Assert.Equal(4, regions["headline"].MaxLines);
        Assert.Equal(Layout("poster-a3").Poster!.Regions.Single(r => r.Name == "demands").Panel, regions["demands"].Panel);
    }

    [Fact]
    public void TabloidUsesAnEighthOfAnInchOfBleed() => Assert.Equal(9, Layout("poster-tabloid").Page.Bleed, precision: 9);

    [Fact]
    public void ThePhotoDesignPutsThePhotoBehindAndTheTextOnPanels()
    {
        var layout = Layout("poster-a3-photo");
        var poster = layout.Poster!;
        var background = Assert.IsType<PosterBackground>(poster.Background);
        Assert.Equal(ImageFit.Cover, background.Fit);
        Assert.InRange(Assert.NotNull(background.Scrim).Alpha, 0x40 / 255.0, 0xc0 / 255.0); // darkens the photo without hiding it
        // The photo is behind everything: no region shows it again, but one carries its caption and credit.
        Assert.DoesNotContain(poster.Regions, r => r.Content.Contains(PosterContent.Figure) && r.Content.Count == 1);
        Assert.Single(poster.Regions, r => r.Content.Contains(PosterContent.Figure));
        Assert.Equal(layout.Colors.Paper, layout.Cover.Title.Color);
        Assert.Equal(layout.Colors.Ink, layout.Cover.Background); // legible white text even without a photo

        // Every region of running text sits on a panel opaque enough for white text on any photo.
        foreach (var region in poster.Regions.Where(r => !r.Content.Contains(PosterContent.Title)))
        {
            var panel = Assert.NotNull(region.Panel);
            Assert.True(panel.Alpha >= 0xb3 / 255.0, $"{region.Name}: {panel}");
        }

        Assert.Equal(layout.Colors.Paper, layout.Styles.Demands.Item.Color);
        Assert.Equal(layout.Colors.Paper, layout.Styles.PullQuote.Text.Color);
        Assert.Equal(layout.Colors.Paper, layout.Styles.Slogan.Color);
    }

    /// <summary>Blending white text over the darkest panel on a pure white photo still gives at least 4.5:1 (WCAG body text).</summary>
    [Fact]
    public void ThePhotoDesignsPanelsKeepWhiteTextLegibleOverAWhitePhoto()
    {
        var layout = Layout("poster-a3-photo");
        foreach (var region in layout.Poster!.Regions.Where(r => r.Panel is { IsOpaque: false }))
        {
            var shown = Over(region.Panel!.Value, Color.White);
            Assert.True(Contrast(Color.White, shown) >= 4.5, $"{region.Name}: {Contrast(Color.White, shown):0.0}:1");
        }

        var scrimmed = Over(layout.Poster.Background!.Scrim!.Value, Color.White);
        Assert.True(Contrast(Color.White, scrimmed) >= 3, "large headline text needs 3:1 over the scrim");
    }

    private static (double R, double G, double B) Over(Color top, Color bottom)
    {
        var (t, b) = (top.ToRgb(), bottom.ToRgb());
        double Mix(double over, double under) => over * top.Alpha + under * (1 - top.Alpha);
        return (Mix(t.R, b.R), Mix(t.G, b.G), Mix(t.B, b.B));
    }

    private static double Contrast(Color a, (double R, double G, double B) b) => Contrast(a.ToRgb(), b);

    private static double Contrast((double R, double G, double B) a, (double R, double G, double B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>WCAG relative luminance of an sRGB colour.</summary>
    private static double Luminance((double R, double G, double B) c)
    {
        static double Linear(double s)
        {
            return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Linear(c.R) + 0.7152 * Linear(c.G) + 0.0722 * Linear(c.B);
    }
}
