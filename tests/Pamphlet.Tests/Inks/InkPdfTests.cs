using System.Text;
using Pamphlet.Pages.Inks;
using Pamphlet.Tests.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Tests.Inks;

/// <summary>The sample's PDFs for each ink, read back: the colour operators, PDF/X-4's keys, the Separations.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class InkPdfTests(InkBuilds builds) : IClassFixture<InkBuilds>
{
    private static readonly string[] NonGrayOperators = ["rg", "RG", "k", "K", "cs", "CS", "sc", "SC", "scn", "SCN"];

    [Theory]
    [InlineData("a5-pamphlet")]
    [InlineData("poster-a3")]
    public void Black_ink_paints_with_no_colour_operator_outside_DeviceGray(string layout)
    {
        using var pdf = PdfDocument.Open(builds.Build(layout, "black")[0].Path);

        foreach (var page in pdf.GetPages())
        {
            var operators = page.Operators();
            Assert.Contains("g", operators);
            Assert.DoesNotContain(operators, NonGrayOperators.Contains);
            Assert.All(page.GetImages(), image => Assert.Equal("DeviceGray", Assert.IsType<NameToken>(pdf.Resolve(image.ImageDictionary.Data["ColorSpace"])).Data));
        }
    }

    [Fact]
    public void Cmyk_ink_is_a_pdf_x4_file_in_process_inks()
    {
        var path = builds.Build("a5-pamphlet", "cmyk")[0].Path;
        var bytes = File.ReadAllBytes(path);
        Assert.StartsWith("%PDF-1.6", Encoding.Latin1.GetString(bytes, 0, 8));
        using var pdf = PdfDocument.Open(bytes);

        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var intent = pdf.DictionaryOf(Assert.Single(pdf.Require<ArrayToken>(catalog, "OutputIntents").Data));
        Assert.Equal("GTS_PDFX", pdf.NameOf(intent, "S"));
        Assert.Equal(ColorProfiles.CmykCondition, pdf.Require<StringToken>(intent, "OutputConditionIdentifier").Data);
        var profile = Assert.IsType<StreamToken>(pdf.Resolve(intent.Data["DestOutputProfile"]));
        Assert.Equal(4, ((NumericToken)profile.StreamDictionary.Data["N"]).Int);

        var xmp = Encoding.UTF8.GetString(bytes);
        Assert.Contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>", xmp);
        Assert.Contains("<pdf:Trapped>False</pdf:Trapped>", xmp);
        Assert.Contains("<xmpMM:DocumentID>uuid:", xmp);
        var info = pdf.DictionaryOf(pdf.Structure.Trailer.Info!);
        Assert.Equal("False", pdf.NameOf(info, "Trapped"));
        Assert.NotNull(pdf.Structure.Trailer.Identifier);

        foreach (var page in pdf.GetPages())
        {
            Assert.True(page.Dictionary.Data.ContainsKey("TrimBox") && page.Dictionary.Data.ContainsKey("BleedBox"), $"page {page.Number} has its boxes");
            Assert.False(page.Dictionary.Data.ContainsKey("Annots"), "a press file has no annotations");
            var operators = page.Operators();
            Assert.DoesNotContain(operators, o => o is "rg" or "RG" or "g" or "G");
            Assert.Contains("k", operators);
            foreach (var cmyk in page.Operations.OfType<SetNonStrokeColorDeviceCmyk>())
            {
                Assert.True(cmyk.C + cmyk.M + cmyk.Y + cmyk.K <= InkLimits.MaxTotalInk + 1e-6, $"{cmyk.C} {cmyk.M} {cmyk.Y} {cmyk.K} k on page {page.Number}");
            }
        }
    }

    [Fact]
    public void Black_text_in_the_press_file_overprints()
    {
        using var pdf = PdfDocument.Open(builds.Build("a5-pamphlet", "cmyk")[0].Path);
        var page = pdf.GetPage(2);

        var resources = pdf.DictionaryOf(page.Dictionary.Data["Resources"]);
        var states = pdf.Require<DictionaryToken>(resources, "ExtGState").Data.Values.Select(pdf.DictionaryOf).ToList();
        var overprint = Assert.Single(states, s => s.Data.TryGetValue("op", out var op) && op is BooleanToken { Data: true });
        Assert.Equal(1, ((NumericToken)overprint.Data["OPM"]).Int);
        Assert.True(((BooleanToken)overprint.Data["OP"]).Data);
        // The text of the page is drawn in 0 0 0 1 k while that state is set.
        var text = page.ContentText();
        Assert.Contains("0 0 0 1 k", text);
    }

    [Fact]
    public void A_riso_composite_previews_each_drum_as_a_separation_named_after_its_ink()
    {
        var files = builds.Build("a5-pamphlet-riso", "riso:black,red");
        using var pdf = PdfDocument.Open(files[0].Path);

        var names = pdf.GetPages().SelectMany(page =>
        {
            var resources = pdf.DictionaryOf(page.Dictionary.Data["Resources"]);
            return pdf.Get(resources, "ColorSpace") is DictionaryToken spaces
                ? spaces.Data.Values.Select(v => (ArrayToken)pdf.Resolve(v)).Select(a => ((NameToken)a.Data[1]).Data)
                : [];
        }).Distinct().Order().ToList();
        Assert.Equal(["Black", "Red"], names);
        Assert.DoesNotContain(pdf.GetPages().SelectMany(p => p.Operators()), o => o is "rg" or "RG" or "k" or "K");
    }

    [Fact]
    public void Separations_give_one_greyscale_file_per_ink()
    {
        var files = builds.Build("a5-pamphlet-riso", "riso:black,red");

        Assert.Equal(["statement.a5-pamphlet-riso.pdf", "statement.a5-pamphlet-riso.black.pdf", "statement.a5-pamphlet-riso.red.pdf"], files.Select(f => Path.GetFileName(f.Path)));
        foreach (var master in files.Skip(1))
        {
            using var pdf = PdfDocument.Open(master.Path);
            Assert.Equal(files[0].Pages, pdf.NumberOfPages);
            Assert.DoesNotContain(pdf.GetPages().SelectMany(p => p.Operators()), NonGrayOperators.Contains);
        }

        using var red = PdfDocument.Open(files[2].Path);
        Assert.Contains("KEEP ALDER", red.GetPage(1).Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_riso_page_sets_no_text_within_the_machines_margins()
    {
        var margins = InkLayouts.Resolve("a5-pamphlet-riso").Inks.Riso.Margins;
        using var pdf = PdfDocument.Open(builds.Build("a5-pamphlet-riso", "riso:black,red")[0].Path);

        foreach (var page in pdf.GetPages())
        {
            // No bleed and no marks: the media is the trimmed page, y up from its foot. (Photos are placed
            // whole and clipped to their frames, so their extent here says nothing; the print stage's
            // tests check the frames.)
            var (width, height) = (page.Width, page.Height);
            bool Inside(UglyToad.PdfPig.Core.PdfRectangle r) =>
                r.Left >= margins.Sides - 0.01 && r.Right <= width - margins.Sides + 0.01 && r.Bottom >= margins.Tail - 0.01 && r.Top <= height - margins.Lead + 0.01;
            Assert.All(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)), l => Assert.True(Inside(l.BoundingBox), $"'{l.Value}' at {l.BoundingBox} on page {page.Number}"));
        }
    }

    [Theory]
    [InlineData("a5-pamphlet", "color", "color")]
    [InlineData("poster-a3", "black", "black")]
    [InlineData("a5-pamphlet", "black", "black")]
    [InlineData("a5-pamphlet", "cmyk", "cmyk")]
    [InlineData("poster-a3", "cmyk", "cmyk")]
    [InlineData("a5-pamphlet-riso", "riso:black,red", "riso:black,red")]
    public void What_each_ink_writes_passes_the_preflight_for_that_ink(string layout, string ink, string checkedFor)
    {
        foreach (var file in builds.Build(layout, ink))
        {
            // A risograph master is a plain greyscale page: it is checked as black ink.
            var profile = InkLayouts.Ink(file.Path.EndsWith($"{layout}.pdf", StringComparison.Ordinal) ? checkedFor : "black");
            var findings = Pamphlet.Preflight.PreflightRules.Check(Pamphlet.Preflight.PdfInspector.Inspect(file.Path, Path.GetFileName(file.Path)), profile);

            Assert.DoesNotContain(findings, f => f.Severity == Pamphlet.Documents.Diagnostics.Severity.Error);
        }
    }
}
