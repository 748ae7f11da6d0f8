using System.Buffers.Binary;
using System.Globalization;
using Pamphlet.Engine.Previews;
using Pamphlet.Pages;
using Pamphlet.Rendering;
using Pamphlet.Tests.Cli;
using SkiaSharp;

namespace Pamphlet.Tests.Previews;

/// <summary>
/// <c>build --png</c>: one PNG per page and a contact sheet beside the PDFs, named by edition, layout
/// and page, the sheet of spreads (mirrored right to left), the same bytes every time, and nothing
/// written by a failed build.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class PngPreviewTests
{
    private const int Dpi = PngRequest.DefaultDpi;

    /// <summary>The sheet's desk colour, where a spread has no page.</summary>
    private static readonly SKColor Desk = new(0x8C, 0x8C, 0x8C);

    private static double Millimetres(double mm) => mm * 72 / 25.4;

    private static readonly Size A5 = new(Millimetres(148), Millimetres(210));

    private static (int Width, int Height) SizeOf(string png)
    {
        var bytes = File.ReadAllBytes(png);
        // The IHDR chunk's data starts at byte 16: width, then height, big-endian.
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    private static SKColor PixelOf(string png, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(png);
        return bitmap.GetPixel(x, y);
    }

    private static int PdfPages(CliResult result, string pdf)
    {
        // The build's line for the file: "PATH  N pages  T s".
        var line = result.Output.Split('\n').SingleOrDefault(l => l.StartsWith(pdf + "  ", StringComparison.Ordinal));
        Assert.True(line is not null, result.ToString());
        return int.Parse(line[(pdf.Length + 2)..].Split(' ')[0], CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Each_page_gets_a_png_named_by_edition_layout_and_page_and_the_layout_a_contact_sheet()
    {
        using var folder = new StatementFolder();

        var result = CliRunner.Run("build", SampleFiles.Statement, "--layout", "a5-pamphlet", "--png", "--out", folder.Out);

        Assert.True(result.ExitCode == 0, result.ToString());
        var pages = PdfPages(result, Path.Combine(folder.Out, "statement.a5-pamphlet.pdf"));
        Assert.True(pages >= 3, $"the sample should set on several pages, got {pages}");
        var expected = Enumerable.Range(1, pages).Select(p => $"statement.a5-pamphlet-{p}.png")
            .Append("statement.a5-pamphlet.sheet.png").Append("statement.a5-pamphlet.pdf").Order(StringComparer.Ordinal);
        Assert.Equal(expected, folder.OutputFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(PngRenderer.PixelSize(A5, Dpi), SizeOf(folder.PathOf("out/statement.a5-pamphlet-1.png")));
    }

    [Fact]
    public void The_sheet_holds_the_pamphlet_in_spreads_two_pages_wide_with_the_cover_on_the_right()
    {
        using var folder = new StatementFolder();

        var result = CliRunner.Run("build", SampleFiles.Statement, "--layout", "a5-pamphlet", "--png", "--out", folder.Out);

        Assert.True(result.ExitCode == 0, result.ToString());
        var pages = PdfPages(result, Path.Combine(folder.Out, "statement.a5-pamphlet.pdf"));
        var (pageWidth, pageHeight) = SizeOf(folder.PathOf("out/statement.a5-pamphlet-1.png"));
        var gap = PngRenderer.SheetGap(Dpi);
        var spreads = pages / 2 + 1;
        var columns = Math.Min(spreads, 4);
        var rows = (spreads + 3) / 4;
        var sheet = folder.PathOf("out/statement.a5-pamphlet.sheet.png");
        Assert.Equal((columns * 2 * pageWidth + (columns + 1) * gap, rows * pageHeight + (rows + 1) * gap), SizeOf(sheet));
        // The cover stands alone on the right of the first spread; the second spread has pages on both sides.
        Assert.Equal(Desk, PixelOf(sheet, gap + pageWidth / 2, gap + pageHeight / 2));
        Assert.NotEqual(Desk, PixelOf(sheet, gap + pageWidth + 1, gap + 1));
        Assert.NotEqual(Desk, PixelOf(sheet, gap + 2 * pageWidth + gap + 1, gap + 1));
        Assert.NotEqual(Desk, PixelOf(sheet, gap + 2 * pageWidth + gap + 2 * pageWidth - 2, gap + 1));
    }

    [Fact]
    public void A_right_to_left_pamphlet_has_its_cover_on_the_left_of_the_sheet()
    {
        using var folder = new StatementFolder();
        var statement = Path.Combine(SampleFiles.Folder, "corpus", "hay-ar.md");

        var result = CliRunner.Run("build", statement, "--layout", "a5-pamphlet", "--png", "--out", folder.Out);

        Assert.True(result.ExitCode == 0, result.ToString());
        var (pageWidth, pageHeight) = SizeOf(folder.PathOf("out/hay-ar.a5-pamphlet-1.png"));
        var gap = PngRenderer.SheetGap(Dpi);
        var sheet = folder.PathOf("out/hay-ar.a5-pamphlet.sheet.png");
        Assert.NotEqual(Desk, PixelOf(sheet, gap + 1, gap + 1));
        Assert.Equal(Desk, PixelOf(sheet, gap + pageWidth + pageWidth / 2, gap + pageHeight / 2));
    }

    [Fact]
    public void A_poster_sheet_is_its_one_page()
    {
        using var folder = new StatementFolder();

        var result = CliRunner.Run("build", SampleFiles.Statement, "--layout", "poster-a3", "--png", "72", "--out", folder.Out);

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = SizeOf(folder.PathOf("out/statement.poster-a3-1.png"));
        Assert.Equal(PngRenderer.PixelSize(new Size(Millimetres(297), Millimetres(420)), 72), page);
        var gap = PngRenderer.SheetGap(72);
        Assert.Equal((page.Width + 2 * gap, page.Height + 2 * gap), SizeOf(folder.PathOf("out/statement.poster-a3.sheet.png")));
        Assert.False(File.Exists(folder.PathOf("out/statement.poster-a3-2.png")));
    }

    [Fact]
    public void Show_trim_shows_the_bleed_around_the_page_and_draws_the_trim()
    {
        using var folder = new StatementFolder();

        var result = CliRunner.Run("build", SampleFiles.Statement, "--layout", "a5-pamphlet", "--png", "--show-trim", "--out", folder.Out);

        Assert.True(result.ExitCode == 0, result.ToString());
        var (width, height) = SizeOf(folder.PathOf("out/statement.a5-pamphlet-2.png"));
        var trim = PngRenderer.PixelSize(A5, Dpi);
        // The a5-pamphlet layout bleeds 3 mm (8.5 pt): about 11 pixels at 96 dpi on each side.
        Assert.InRange(width - trim.Width, 20, 25);
        Assert.InRange(height - trim.Height, 20, 25);
        var bleed = (width - trim.Width) / 2;
        var onTrim = PixelOf(folder.PathOf("out/statement.a5-pamphlet-2.png"), bleed, height / 2);
        Assert.True(onTrim.Blue > 200 && onTrim.Red < 100, $"the trim line is cyan, found {onTrim}");
    }

    [Fact]
    public void The_same_statement_gives_the_same_png_bytes()
    {
        using var folder = new StatementFolder();

        var first = CliRunner.Run("build", SampleFiles.Statement, "--layout", "a5-pamphlet", "--png", "--out", folder.PathOf("first"));
        var second = CliRunner.Run("build", SampleFiles.Statement, "--layout", "a5-pamphlet", "--png", "--out", folder.PathOf("second"));

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first.ToString() + second);
        var names = Directory.GetFiles(folder.PathOf("first"), "*.png").Select(Path.GetFileName).ToList();
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(folder.PathOf($"first/{name}")), File.ReadAllBytes(folder.PathOf($"second/{name}")));
        }
    }

    [Fact]
    public void A_failed_build_writes_no_png_and_keeps_the_previous_ones()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("notice.md", "---\ntitle: Notice\n---\n\nThe library stays open.\n");
        var built = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet", "--png");
        Assert.True(built.ExitCode == 0, built.ToString());
        var sheet = folder.PathOf("out/notice.a5-pamphlet.sheet.png");
        var before = File.ReadAllBytes(sheet);

        folder.Write("notice.md", "---\ntitle: Notice\n---\n\nThe library stays open.\n\n![Gone](missing.jpg)\n");
        var failed = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet", "--png");

        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(sheet));
        var pages = PdfPages(built, Path.Combine(folder.Out, "notice.a5-pamphlet.pdf"));
        Assert.Equal(Enumerable.Range(1, pages).Select(p => $"notice.a5-pamphlet-{p}.png").Append("notice.a5-pamphlet.pdf").Append("notice.a5-pamphlet.sheet.png"),
            folder.OutputFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Page_images_of_pages_a_statement_no_longer_has_are_removed()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("notice.md", "---\ntitle: Notice\n---\n\n" + string.Concat(Enumerable.Repeat("The library stays open, and it stays ours, because reading is free for everyone. ", 300)) + "\n");
        var built = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet", "--png");
        Assert.True(built.ExitCode == 0, built.ToString());
        Assert.True(File.Exists(folder.PathOf("out/notice.a5-pamphlet-3.png")), built.ToString());

        folder.Write("notice.md", "---\ntitle: Notice\n---\n\nThe library stays open.\n");
        var shorter = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet", "--png");

        Assert.True(shorter.ExitCode == 0, shorter.ToString());
        var pages = PdfPages(shorter, Path.Combine(folder.Out, "notice.a5-pamphlet.pdf"));
        Assert.True(pages < 3, shorter.ToString());
        var pngs = folder.OutputFiles().Select(Path.GetFileName).Where(n => n!.EndsWith(".png", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(1, pages).Select(p => $"notice.a5-pamphlet-{p}.png").Append("notice.a5-pamphlet.sheet.png"), pngs);
    }

    [Theory]
    [InlineData("--png", "5")]
    [InlineData("--png", "301")]
    [InlineData("--png", "150dpi")]
    [InlineData("--show-trim")]
    public void A_resolution_out_of_range_or_show_trim_without_png_is_a_usage_error(params string[] options)
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("notice.md", "The library stays open.\n");

        var result = CliRunner.Build(folder, statement, options);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(options[0], result.Error, StringComparison.Ordinal);
        Assert.Empty(folder.OutputFiles());
    }

    [Fact]
    public void Png_before_the_statement_takes_the_default_resolution_and_leaves_the_statement()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("notice.md", "The library stays open.\n");

        var result = CliRunner.Run("build", "--png", statement, "--layout", "a5-pamphlet", "--out", folder.Out);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(PngRenderer.PixelSize(A5, Dpi), SizeOf(folder.PathOf("out/notice.a5-pamphlet-1.png")));
    }
}
