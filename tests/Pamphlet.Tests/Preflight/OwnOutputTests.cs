using Pamphlet.Pages.Inks;
using Pamphlet.Preflight;
using Pamphlet.Preflight.Facts;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Preflight;

/// <summary>The sample built as a user would (pamphlet, saddle-stitched sheets, poster), once for the class.</summary>
public sealed class OwnOutputs : IDisposable
{
    private readonly StatementFolder folder = new();

    public OwnOutputs()
    {
        Result = CliRunner.Run("build", SampleFiles.Statement, "--out", folder.Out, "--impose", "saddle");
    }

    internal CliResult Result { get; }

    public string PathOf(string name) => Path.Combine(folder.Out, name);

    public DocumentFacts Inspect(string name)
    {
        Assert.True(Result.ExitCode == 0, Result.ToString());
        return PdfInspector.Inspect(PathOf(name), name);
    }

    public void Dispose() => folder.Dispose();
}

/// <summary>Our own PDFs pass our own preflight for the default ink, and the facts read from them are what the layouts made.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class OwnOutputTests(OwnOutputs outputs) : IClassFixture<OwnOutputs>
{
    public static TheoryData<string> Files => ["statement.a5-pamphlet.pdf", "statement.a5-pamphlet.saddle.pdf", "statement.poster-a3.pdf"];

    [Theory]
    [MemberData(nameof(Files))]
    public void Has_no_errors_for_color(string file)
    {
        var facts = outputs.Inspect(file);
        var findings = PreflightRules.Check(facts, InkChoice.Color);
        Assert.True(findings.All(f => !f.IsError), string.Join("\n", findings));
        Assert.All(facts.Pages, page => Assert.Empty(page.Problems));
    }

    [Fact]
    public void Pamphlet_pages_have_trim_bleed_embedded_subset_fonts_and_k_only_black_text()
    {
        var facts = outputs.Inspect("statement.a5-pamphlet.pdf");
        Assert.True(facts.Pages.Count >= 6);
        Assert.All(facts.Pages, page =>
        {
            Assert.Equal(148, page.Boxes.Trim!.Value.Width / PdfBox.PointsPerMillimetre, 0.1);
            Assert.Equal(3, page.Boxes.BleedWidth!.Value / PdfBox.PointsPerMillimetre, 0.05);
            Assert.All(page.Fonts, font => Assert.True(font.Embedded && font.Subset, font.Name));
            Assert.DoesNotContain(page.Paints, p => p.Kind == PaintKind.Text && Pamphlet.Preflight.Rules.BlackText.Classify(p) is not (Pamphlet.Preflight.Rules.BlackKind.PureK or Pamphlet.Preflight.Rules.BlackKind.NotBlack));
        });
        Assert.Contains(facts.Pages.SelectMany(p => p.Paints), p => p.Kind == PaintKind.Text && p.Space.Name == "DeviceGray");
        Assert.True(facts.PdfX.HasId);
        Assert.Equal("False", facts.PdfX.Trapped);
    }

    [Fact]
    public void The_photo_is_found_wherever_it_is_placed_with_its_resolution()
    {
        var pamphlet = outputs.Inspect("statement.a5-pamphlet.pdf").Pages.SelectMany(p => p.Images).ToList();
        Assert.NotEmpty(pamphlet);
        Assert.All(pamphlet, image => Assert.Equal((1600, 1065), (image.PixelWidth, image.PixelHeight)));
        Assert.All(pamphlet, image => Assert.True(image.Ppi >= 150, $"{image.Name}: {image.Ppi} ppi"));
    }

    [Fact]
    public void Imposed_sheets_are_read_through_their_page_forms()
    {
        var sheets = outputs.Inspect("statement.a5-pamphlet.saddle.pdf");
        var pamphlet = outputs.Inspect("statement.a5-pamphlet.pdf");
        // Every sheet side shows text, drawn only inside the forms that hold the pages.
        Assert.All(sheets.Pages, sheet => Assert.Contains(sheet.Paints, p => p.Kind == PaintKind.Text));
        int Glyphs(DocumentFacts facts) => facts.Pages.SelectMany(p => p.Paints).Where(p => p.Kind == PaintKind.Text).Sum(p => p.Count);
        Assert.Equal(Glyphs(pamphlet), Glyphs(sheets));
    }
}
