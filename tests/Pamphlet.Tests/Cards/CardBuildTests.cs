using Pamphlet.Cli;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine;
using Pamphlet.Tests.Batch;
using Pamphlet.Tests.Cli;
using UglyToad.PdfPig;

namespace Pamphlet.Tests.Cards;

/// <summary>Building cards from the command line: file names, the PDF beside the PNG, batches of editions × layouts.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class CardBuildTests
{
    [Fact]
    public void A_card_layout_writes_a_png_and_a_pdf_named_after_the_statement_and_the_layout()
    {
        using var folder = new StatementFolder();

        var result = CliRunner.Run("build", SampleFiles.Statement, "--layout", "card-square", "--out", folder.Out);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Equal(["statement.card-square.pdf", "statement.card-square.png"], folder.OutputFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"{Path.Combine(folder.Out, "statement.card-square.png")}  1 page", result.Output);
        Assert.Contains($"{Path.Combine(folder.Out, "statement.card-square.pdf")}  1 page", result.Output);
        using var pdf = PdfDocument.Open(Path.Combine(folder.Out, "statement.card-square.pdf"));
        var page = Assert.Single(pdf.GetPages());
        // A card's pixel is a point: the PDF page is 1080 × 1080 pt, as the PNG is 1080 × 1080 px.
        Assert.Equal(1080, page.Width, 1);
        Assert.Equal(1080, page.Height, 1);
        Assert.Contains("KEEPALDER", string.Concat(page.GetWords().Select(w => w.Text)));
    }

    [Fact]
    public void Building_a_card_twice_gives_byte_identical_files()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("short.md", BatchRunner.Statement("Rent Strike"));

        CliRunner.Run("build", statement, "--layout", "card-landscape", "--out", folder.PathOf("a"));
        CliRunner.Run("build", statement, "--layout", "card-landscape", "--out", folder.PathOf("b"));

        foreach (var file in new[] { "short.card-landscape.png", "short.card-landscape.pdf" })
        {
            Assert.Equal(File.ReadAllBytes(folder.PathOf($"a/{file}")), File.ReadAllBytes(folder.PathOf($"b/{file}")));
        }
    }

    [Fact]
    public void A_manifest_builds_every_edition_as_every_card_it_lists_beside_print_layouts()
    {
        using var folder = new StatementFolder();
        folder.Write("statements/en.md", BatchRunner.Statement("Rent Strike"));
        folder.Write("statements/es.md", BatchRunner.Statement("Huelga de alquileres").Replace("title:", "lang: es\ntitle:", StringComparison.Ordinal));
        folder.Write("pamphlet.yaml", "editions: [statements/*.md]\nlayouts: [card-square, card-story, poster-a4]\nout: out\n");

        var result = BatchRunner.Run(folder.Root, "build");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        string[] expected =
        [
            "en.card-square.pdf", "en.card-square.png", "en.card-story.pdf", "en.card-story.png", "en.poster-a4.pdf",
            "es.card-square.pdf", "es.card-square.png", "es.card-story.pdf", "es.card-story.png", "es.poster-a4.pdf",
        ];
        Assert.Equal(expected, folder.OutputFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_photo_the_card_enlarges_more_than_half_again_gets_a_warning_at_its_figure_saying_how_large_it_should_be()
    {
        using var folder = new StatementFolder();
        using var engine = new PamphletEngine();
        var warnings = new List<Diagnostic>();

        // The sample photo is 1600 × 1065: the square shows 1065 × 1065 of it at 1080 (×1.01), the story 599 × 1065 at 1080 × 1920 (×1.8).
        engine.Build(new BuildRequest(SampleFiles.Statement, ["card-square", "card-story"], folder.Out), warned: warnings.Add);

        var warning = Assert.Single(warnings, w => w.Message.Contains("looks soft", StringComparison.Ordinal));
        Assert.Equal(new SourceLocation(SampleFiles.Statement, 33), warning.Location);
        Assert.Equal("photo.jpg is 1600 × 1065 px: card-story shows 599 × 1065 px of it over 1080 × 1920 px of the card, enlarged 1.8 times, so it looks soft on a phone; use a photo of at least 2000 × 1300 px.", warning.Message);
    }

    [Fact]
    public void Print_options_leave_a_card_as_it_is_and_say_so()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("short.md", BatchRunner.Statement("Rent Strike"));

        var result = CliRunner.Run("build", statement, "--layout", "card-square", "--layout", "a5-pamphlet", "--ink", "cmyk", "--marks", "--out", folder.Out);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("card-square is a card, an image for screens: --ink cmyk, --marks apply only to the print layouts of this build", result.Error);
        using var pdf = PdfDocument.Open(folder.PathOf("out/short.card-square.pdf"));
        // No marks, no bleed: the media box is the card.
        Assert.Equal(1080, pdf.GetPage(1).Width, 1);
    }
}
