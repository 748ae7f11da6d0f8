using Pamphlet.Composition.Poster;
using Pamphlet.Documents.Markdown;
using Pamphlet.Documents.Model;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Tests.Layouts;
using static Pamphlet.Tests.Poster.PosterRoles;

namespace Pamphlet.Tests.Poster;

/// <summary>The poster defects of issue 12, one at a time, on the shipped layouts.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class PosterDefectTests(PosterLayoutsFixture fixture) : IClassFixture<PosterLayoutsFixture>
{
    private const double Mm = 72 / 25.4;

    private static readonly LayoutCatalog Catalog = PamphletEngine.CatalogFor(null);

    public static TheoryData<string> PosterLayouts() =>
        [.. Catalog.Names().Where(n => Catalog.Resolve(n).Kind == LayoutKind.Poster).Order(StringComparer.Ordinal)];

    private Page Poster(string layout, Document document) =>
        Assert.Single(fixture.Composer.Compose(document, Catalog.Resolve(layout)).Document.Pages);

    private Page Poster(string layout, string variant) => Poster(layout, fixture.Statements.Read(variant));

    [Fact]
    public void An_empty_region_draws_no_panel_and_its_neighbour_takes_its_cells()
    {
        // poster-a3-photo painted the QR code's white panel with nothing on it when the statement had no url.
        var layout = Catalog.Resolve("poster-a3-photo");
        var qr = new PosterGrid(layout.Page, layout.Poster!).RegionArea(layout.Poster!.Regions.Single(r => r.Name == "qr"));
        var page = Poster("poster-a3-photo", "no-url");
        Assert.DoesNotContain(page.ItemsOf<FillItem>(), f => f.Area == qr);
        Assert.DoesNotContain(page.Items, i => RegionOf(i) == "qr");

        // The footer spreads over the code's cell (when-empty: footer): its panel runs to the right margin.
        var footer = Assert.Single(page.ItemsOf<FillItem>(), f => f.Role == "poster-panel@footer");
        Assert.Equal(layout.Page.Width - layout.Page.Margins.Outside, footer.Area.Right, 3);
    }

    [Fact]
    public void Without_a_photo_the_quote_spreads_over_the_photos_cell()
    {
        var layout = Catalog.Resolve("poster-a3");
        var withPhoto = Poster("poster-a3", "sample").ItemsOf<GlyphRun>().Where(r => RegionOf(r) == "quote").Min(r => r.Origin.X);
        var without = Poster("poster-a3", "no-photo").ItemsOf<GlyphRun>().Where(r => RegionOf(r) == "quote").Min(r => r.Origin.X);
        Assert.True(withPhoto > layout.Page.Width / 3, "beside the photo, the quote starts in the second column");
        Assert.Equal(layout.Page.Margins.Outside, without, 1);
    }

    [Fact]
    public void Without_a_photo_or_a_quote_their_row_closes_up_and_the_others_share_its_height()
    {
        var closed = Poster("poster-a3", "no-photo-or-quote");
        var sample = Poster("poster-a3", "sample");
        Rect Panel(Page page) => Assert.Single(page.ItemsOf<FillItem>(), f => f.Role == "poster-panel@demands").Area;
        // The demands (in the row under the photo's, 78 mm) move up by the closed row's height, less the share of
        // it the headline row takes, and grow by their share of it.
        Assert.True(Panel(closed).Y < Panel(sample).Y - 50 * Mm, $"{Panel(closed).Y / Mm:0} mm, was {Panel(sample).Y / Mm:0} mm");
        Assert.True(Panel(closed).Height > Panel(sample).Height + 20 * Mm);
        Assert.DoesNotContain(closed.Items, i => RegionOf(i) is "image" or "quote");
    }

    [Fact]
    public void The_photo_poster_without_a_photo_closes_the_row_that_would_show_it()
    {
        var sample = Poster("poster-a3-photo", "sample");
        var noPhoto = Poster("poster-a3-photo", "no-photo");
        Rect Panel(Page page) => Assert.Single(page.ItemsOf<FillItem>(), f => f.Role == "poster-panel@demands").Area;
        // The demands sit under the empty row (75 mm) with a photo (framed there), right under the headline without one.
        Assert.True(Panel(noPhoto).Y < Panel(sample).Y - 50 * Mm, $"{Panel(noPhoto).Y / Mm:0} mm, was {Panel(sample).Y / Mm:0} mm");
        Assert.Empty(noPhoto.ItemsOf<ImageItem>());
    }

    [Fact]
    public void A_short_demand_list_grows_up_to_the_regions_largest_size()
    {
        var layout = Catalog.Resolve("poster-a3");
        var region = layout.Poster!.Regions.Single(r => r.Name == "demands");
        var page = Poster("poster-a3", "1-demand");
        var items = page.ItemsOf<GlyphRun>().Where(r => r.Role == "demands@demands").ToList();
        var size = items.Max(r => r.FontSize);
        Assert.True(size > layout.Styles.Demands.Item.Font.Size + 0.5, $"one demand is set at {size:0.#}pt, the style's {layout.Styles.Demands.Item.Font.Size}pt");
        Assert.Equal(region.MaxSize, size, 1);
    }

    [Fact]
    public void A_region_with_spare_room_fills_it()
    {
        // Five demands on poster-a3 fit below the largest size: they grow until the panel is (nearly) full.
        var page = Poster("poster-a3", "5-demands");
        var panel = Assert.Single(page.ItemsOf<FillItem>(), f => f.Role == "poster-panel@demands").Area;
        var text = page.ItemsOf<GlyphRun>().Where(r => RegionOf(r) == "demands").Max(r => r.Bounds.Bottom);
        var padding = Catalog.Resolve("poster-a3").Poster!.Regions.Single(r => r.Name == "demands").Padding;
        var filled = (text - panel.Y - padding) / (panel.Height - 2 * padding);
        Assert.True(filled > 0.85, $"the demands fill {filled:P0} of their panel");
    }

    [Theory]
    [MemberData(nameof(PosterLayouts))]
    public void The_qr_code_is_30_mm_on_a3_and_scales_with_the_sheet(string layoutName)
    {
        var layout = Catalog.Resolve(layoutName);
        var symbol = QrSymbol(Poster(layoutName, "sample")) ?? throw new InvalidOperationException("no QR code");
        var expected = 30 * Mm * Math.Sqrt(layout.Page.Width * layout.Page.Height / (297 * Mm * 420 * Mm));
        Assert.Equal(expected / Mm, symbol.Width / Mm, 1);
        Assert.Equal(symbol.Width, symbol.Height, 3);
    }

    [Fact]
    public void A_region_too_small_for_the_sheets_qr_code_gets_a_smaller_one_and_a_warning_at_the_layout()
    {
        using var folder = new LayoutFolder();
        var path = folder.Write("short.yaml", "extends: poster-a3\nposter:\n  rows: [2.2, 2.9, 5.4, 1]\n");
        var layout = LayoutLoader.LoadFile(path, new LayoutCatalog([folder.Root, .. Catalog.Folders]));

        var result = fixture.Composer.Compose(fixture.Statements.Read("sample"), layout);

        var symbol = QrSymbol(Assert.Single(result.Document.Pages))!.Value;
        Assert.InRange(symbol.Width / Mm, 15, 29);
        var warning = Assert.Single(result.Warnings, w => w.Message.Contains("QR code", StringComparison.Ordinal));
        Assert.Equal(path, warning.Location.File);
        Assert.Contains($"region 'qr' of short has room for a QR code of {symbol.Width / Mm:0} mm; on a sheet this size it should be 30 mm", warning.Message);
    }

    [Fact]
    public void A_photo_too_small_for_the_whole_sheet_is_framed_in_the_empty_row_at_150_ppi_or_more()
    {
        // A 1,200 px photo behind the whole A3 sheet would print at 48 ppi.
        var layout = Catalog.Resolve("poster-a3-photo");
        var page = Poster("poster-a3-photo", "sample");
        var photo = Assert.Single(page.ItemsOf<ImageItem>());
        Assert.Equal(ImageItem.WholeImage, photo.Source);
        Assert.True(PosterStatements.PhotoWidth / (photo.Frame.Width / 72) >= 150);
        Assert.DoesNotContain(page.Items, i => i.Role == PosterPhoto.ScrimRole);

        // In the empty row under the headline, with a paper-white frame of the layout's thickness round it.
        var grid = new PosterGrid(layout.Page, layout.Poster!);
        var row = grid.LargestFreeArea()!.Value;
        Assert.True(row.Contains(photo.Frame, 0.01), $"{photo.Frame} is not in {row}");
        var frame = Assert.Single(page.ItemsOf<FillItem>(), f => f.Role == PosterPhoto.FrameRole);
        Assert.Equal(layout.Colors.Paper, frame.Fill);
        Assert.Equal(photo.Frame.Width + 2 * layout.Poster!.Background!.Frame!.Thickness, frame.Area.Width, 3);
        Assert.True(row.Contains(frame.Area, 0.01));
        Assert.True(page.Items.ToList().IndexOf(frame) < page.Items.ToList().IndexOf(photo), "the frame is under the photo");
    }

    [Fact]
    public void A_layout_may_keep_a_soft_photo_behind()
    {
        using var folder = new LayoutFolder();
        folder.Write("soft.yaml", "extends: poster-a3-photo\nposter:\n  background: {too-small: behind}\n");
        var layout = LayoutLoader.LoadFile(Path.Combine(folder.Root, "soft.yaml"), new LayoutCatalog([folder.Root, .. Catalog.Folders]));
        var page = Assert.Single(fixture.Composer.Compose(fixture.Statements.Read("sample"), layout).Document.Pages);
        var photo = Assert.Single(page.ItemsOf<ImageItem>());
        Assert.Equal(page.BleedArea, photo.Frame);
        Assert.Contains(page.Items, i => i.Role == PosterPhoto.ScrimRole);
    }

    [Fact]
    public void A_background_photo_with_fit_contain_is_shown_whole_and_centred_on_the_sheet()
    {
        using var folder = new LayoutFolder();
        folder.Write("whole.yaml", "extends: poster-a3-photo\nposter:\n  background: {fit: contain, too-small: behind}\n");
        var layout = LayoutLoader.LoadFile(Path.Combine(folder.Root, "whole.yaml"), new LayoutCatalog([folder.Root, .. Catalog.Folders]));
        var page = Assert.Single(fixture.Composer.Compose(fixture.Statements.Read("sample"), layout).Document.Pages);
        var photo = Assert.Single(page.ItemsOf<ImageItem>());
        var sheet = page.BleedArea;

        // The whole image (no crop), as large as the sheet allows, centred: a landscape photo spans the width.
        Assert.Equal(ImageItem.WholeImage, photo.Source);
        Assert.Equal(sheet.Width, photo.Frame.Width, 3);
        Assert.True(photo.Frame.Height < sheet.Height);
        Assert.Equal(sheet.Y + (sheet.Height - photo.Frame.Height) / 2, photo.Frame.Y, 3);
        // The scrim darkens the photo, not the paper around it.
        var scrim = Assert.Single(page.ItemsOf<FillItem>(), f => f.Role == PosterPhoto.ScrimRole);
        Assert.Equal(photo.Frame, scrim.Area);
    }

    [Fact]
    public void The_quotes_rule_and_gaps_keep_their_proportion_to_its_text_as_it_grows()
    {
        // Beside the photo, and spread over the photo's cell (no photo): the quote is set at two sizes.
        var layout = Catalog.Resolve("poster-a3");
        (double Size, double Rule, double Gap) Measure(string variant)
        {
            var page = Poster("poster-a3", variant);
            var text = page.ItemsOf<GlyphRun>().Where(r => r.Role == "pullquote@quote").ToList();
            var rule = Assert.Single(page.ItemsOf<RuleItem>(), r => RegionOf(r) == "quote");
            return (text[0].FontSize, rule.Thickness, text.Min(r => r.Bounds.Y) - rule.Bounds.Bottom);
        }
        var narrow = Measure("sample");
        var wide = Measure("no-photo");
        Assert.True(Math.Abs(narrow.Size - wide.Size) > 1, $"the test needs two sizes ({narrow.Size:0.#}pt, {wide.Size:0.#}pt)");
        Assert.Equal(narrow.Rule / narrow.Size, wide.Rule / wide.Size, 3);
        Assert.Equal(narrow.Gap / narrow.Size, wide.Gap / wide.Size, 2);
        Assert.True(narrow.Size > layout.Styles.PullQuote.Text.Font.Size, "with room, the quote grows past its style's size");
    }

    [Theory]
    [MemberData(nameof(PosterLayouts))]
    public void List_markers_stand_clear_of_their_text_by_a_gap_that_scales_with_it(string layoutName)
    {
        foreach (var variant in new[] { "sample", "1-demand", "12-demands" })
        {
            var page = Poster(layoutName, variant);
            var runs = page.ItemsOf<GlyphRun>().Where(r => RegionOf(r) == "demands").ToList();
            var markers = runs.Where(r => BaseRole(r) == "demands-marker").ToList();
            Assert.NotEmpty(markers);
            foreach (var marker in markers)
            {
                var text = runs.Where(r => BaseRole(r) == "demands" && Math.Abs(r.Origin.Y - marker.Origin.Y) < 0.5).MinBy(r => r.Origin.X)!;
                var gap = text.Origin.X - (marker.Origin.X + marker.Width);
                Assert.True(gap >= 0.3 * text.FontSize, $"{layoutName} × {variant}: '{marker.Text}' is {gap:0.#}pt from '{text.Text}' ({text.FontSize:0.#}pt)");
            }
        }
    }

    [Fact]
    public void A_slogan_is_set_a_little_smaller_rather_than_break_a_sentence_beside_another_ones_end()
    {
        // poster-a3's old column and slogan size: at 40pt "UNSER KIEZ. NICHT / ZU VERKAUFEN!" is what fits.
        using var folder = new LayoutFolder();
        folder.Write("narrow.yaml", "extends: poster-a3\nposter:\n  columns: [1, 1]\n  regions:\n    slogan: {max-size: 40pt}\n");
        var layout = LayoutLoader.LoadFile(Path.Combine(folder.Root, "narrow.yaml"), new LayoutCatalog([folder.Root, .. Catalog.Folders]));
        var markdown = fixture.Statements.Markdown("sample").Replace("Not surplus. Not for sale. Ours.", "Unsere Häuser. Unser Kiez. Nicht zu verkaufen!", StringComparison.Ordinal);
        var document = MarkdownReader.Parse(markdown, Path.Combine(fixture.Statements.Folder, "kiez.md"));

        var page = Assert.Single(fixture.Composer.Compose(document, layout).Document.Pages);

        var lines = page.ItemsOf<GlyphRun>().Where(r => r.Role == "slogan@slogan").GroupBy(r => Math.Round(r.Origin.Y, 1)).OrderBy(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(r => r.Origin.X).Select(r => r.Text))).ToList();
        var size = page.ItemsOf<GlyphRun>().First(r => r.Role == "slogan@slogan").FontSize;
        Assert.Equal(["UNSERE HÄUSER.", "UNSER KIEZ.", "NICHT ZU VERKAUFEN!"], lines);
        Assert.InRange(size, 0.8 * 40, 40);
    }

    [Fact]
    public void A_slogan_is_set_a_little_smaller_rather_than_end_a_line_on_a_word_that_leans_on_the_next()
    {
        // poster-a3's slogan cell: at the largest size that fits, "LA SCUOLA / È DEL / QUARTIERE." ends a line on "del".
        var markdown = fixture.Statements.Markdown("sample")
            .Replace("lang: en\n", "lang: it\n", StringComparison.Ordinal)
            .Replace("Not surplus. Not for sale. Ours.", "La scuola è del quartiere. Giù le mani!", StringComparison.Ordinal);
        var document = MarkdownReader.Parse(markdown, Path.Combine(fixture.Statements.Folder, "scuola.md"));

        var page = Assert.Single(fixture.Composer.Compose(document, Catalog.Resolve("poster-a3")).Document.Pages);

        var lines = page.ItemsOf<GlyphRun>().Where(r => r.Role == "slogan@slogan").GroupBy(r => Math.Round(r.Origin.Y, 1)).OrderBy(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(r => r.Origin.X).Select(r => r.Text)).Split(' ')[^1]).ToList();
        Assert.DoesNotContain("DEL", lines.SkipLast(1));
    }
}
