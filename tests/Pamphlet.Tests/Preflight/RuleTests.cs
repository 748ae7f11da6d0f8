using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight;
using Pamphlet.Preflight.Rules;

namespace Pamphlet.Tests.Preflight;

/// <summary>
/// Hand-made bad PDFs against each ink's rules: every problem is reported exactly once, on its page.
/// The bad thing sits on page 2 of two pages (page 1 is clean), so the page number is tested too.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class RuleTests
{
    private const string Clean = "0 g 0 0 10 10 re f";

    private static InkChoice Ink(string name) => InkChoice.TryParse(name, out var ink, out var error) ? ink : throw new ArgumentException(error);

    /// <summary>The findings for a clean page 1 and <paramref name="content"/> on page 2.</summary>
    private static IReadOnlyList<Finding> Check(string ink, string content, string resources = "", Func<RawPdf, int[]>? objects = null,
        string boxes = RawPage.A6WithTrim, string catalog = "", string trailer = "")
    {
        var pdf = RawDocuments.Build([new RawPage(Clean, resources), new RawPage(content, resources, boxes)], objects, catalog, trailer);
        return PreflightRules.Check(PdfInspector.Inspect(pdf, "bad.pdf"), Ink(ink));
    }

    /// <summary>The one finding of <paramref name="rule"/>, asserting there is exactly one and it is on page 2.</summary>
    private static Finding Single(IReadOnlyList<Finding> findings, string rule, Severity severity)
    {
        var finding = Assert.Single(findings, f => f.Rule == rule);
        Assert.Equal(2, finding.Page);
        Assert.Equal(severity, finding.Severity);
        return finding;
    }

    [Fact]
    public void Rgb_black_text_is_one_warning_per_page_with_the_glyphs_counted()
    {
        var findings = Check("color", "BT /F1 10 Tf 0 0 0 rg (Black in RGB) Tj 50 0 Td (again) Tj ET BT 0 0 0 rg (more) Tj ET", "/Font <</F1 {0} 0 R>>",
            pdf => [RawDocuments.EmbeddedFont(pdf)]);
        var finding = Single(findings, "black-text-not-k", Severity.Warning);
        Assert.Contains("21 glyphs in DeviceRGB", finding.Message, StringComparison.Ordinal);
        Assert.Contains("four-colour black", finding.Message, StringComparison.Ordinal);
        Assert.Single(findings);
    }

    [Fact]
    public void Rich_black_text_is_a_warning_and_k_only_text_is_not()
    {
        var findings = Check("color", "BT /F1 10 Tf 0.6 0.4 0.4 1 k (rich) Tj 0 0 0 1 k (pure) Tj 0 g (grey) Tj ET", "/Font <</F1 {0} 0 R>>",
            pdf => [RawDocuments.EmbeddedFont(pdf)]);
        Assert.Contains("4 glyphs in rich black (C60 M40 Y40 K100)", Single(findings, "black-text-not-k", Severity.Warning).Message, StringComparison.Ordinal);
        Assert.Single(findings);
    }

    [Fact]
    public void An_image_at_72_ppi_is_a_warning_saying_how_large_it_can_print()
    {
        // 300 × 150 px placed at 300 × 150 pt (4.17 × 2.08 in): 72 ppi; at 150 ppi it prints 51 × 25 mm.
        var findings = Check("color", "q 300 0 0 150 0 0 cm /Im1 Do Q", "/XObject <</Im1 {0} 0 R>>", pdf => [RawDocuments.Image(pdf, 300, 150)]);
        var finding = Single(findings, "image-resolution", Severity.Warning);
        Assert.Contains("(300 × 150 px) is placed at 106 × 53 mm: 72 ppi", finding.Message, StringComparison.Ordinal);
        Assert.Contains("at 150 ppi it prints at most 51 × 25 mm", finding.Message, StringComparison.Ordinal);
        Assert.Contains("at least 625 × 313 px", finding.Message, StringComparison.Ordinal);
        Assert.Single(findings);
    }

    [Fact]
    public void An_image_below_100_ppi_is_an_error_for_cmyk_and_between_100_and_150_a_warning()
    {
        Single(Check("cmyk", "q 300 0 0 150 0 0 cm /Im1 Do Q", "/XObject <</Im1 {0} 0 R>>", pdf => [RawDocuments.Image(pdf, 300, 150, "/DeviceCMYK", 4)]),
            "image-resolution", Severity.Error);
        Single(Check("cmyk", "q 180 0 0 90 0 0 cm /Im1 Do Q", "/XObject <</Im1 {0} 0 R>>", pdf => [RawDocuments.Image(pdf, 300, 150, "/DeviceCMYK", 4)]),
            "image-resolution", Severity.Warning);
    }

    [Fact]
    public void An_unembedded_font_is_one_error_per_page_naming_it()
    {
        var findings = Check("color", "BT /F1 10 Tf (Hello) Tj ET BT /F1 12 Tf (again) Tj ET", "/Font <</F1 {0} 0 R>>", pdf => [RawDocuments.UnembeddedHelvetica(pdf)]);
        // Page 1 has the font in its resources but shows no text with it: only page 2 is reported.
        var finding = Single(findings, "font-not-embedded", Severity.Error);
        Assert.StartsWith("font Helvetica (Type1) is not embedded", finding.Message, StringComparison.Ordinal);
        Assert.Single(findings);
    }

    [Fact]
    public void No_trim_box_is_a_warning_and_for_cmyk_an_error()
    {
        Assert.Contains("has no TrimBox (nor ArtBox)", Single(Check("color", Clean, boxes: RawPage.NoTrim), "no-trim-box", Severity.Warning).Message, StringComparison.Ordinal);
        Single(Check("cmyk", Clean, boxes: RawPage.NoTrim), "no-trim-box", Severity.Error);
        Assert.DoesNotContain(Check("color", Clean, boxes: RawPage.NoTrim + " /ArtBox [10 10 100 100]"), f => f.Rule == "no-trim-box");
    }

    [Fact]
    public void A_bleed_box_outside_the_media_is_an_error()
    {
        var finding = Single(Check("color", Clean, boxes: "/MediaBox [0 0 300 400] /BleedBox [-5 -5 305 405] /TrimBox [5 5 295 395]"), "page-boxes", Severity.Error);
        Assert.Contains("BleedBox", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_rgb_fill_under_black_ink_is_one_error_with_counts()
    {
        var findings = Check("black", "1 0 0 rg 0 0 10 10 re f 0 0 20 20 re f 0 0 1 RG 0 0 m 5 5 l S 0.5 g 0 0 5 5 re f");
        var finding = Single(findings, "colour-space", Severity.Error);
        Assert.Contains("not black ink only: 2 fills and 1 line in DeviceRGB;", finding.Message, StringComparison.Ordinal);
        Assert.Single(findings);
    }

    [Fact]
    public void Black_ink_accepts_grey_registration_and_k_only_cmyk()
    {
        var findings = Check("black", "0.3 g 0 0 10 10 re f 0 0 0 0.7 k 0 0 10 10 re f /CS0 CS 1 SCN 0 0 m 5 5 l S", "/ColorSpace <</CS0 [/Separation /All /DeviceCMYK {0} 0 R]>>",
            pdf => [pdf.Add("<</FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [1 1 1 1] /N 1>>")]);
        Assert.Empty(findings);
    }

    [Fact]
    public void A_fill_of_340_percent_is_one_total_ink_error_for_cmyk()
    {
        var findings = Check("cmyk", "0.85 0.85 0.85 0.85 k 0 0 10 10 re f 0 0 50 50 re f", catalog: "", trailer: "");
        var finding = Single(findings, "total-ink", Severity.Error);
        Assert.Contains("2 fills up to 340 % (C85 M85 Y85 K85)", finding.Message, StringComparison.Ordinal);
        Assert.Single(findings, f => f.Page == 2);
    }

    [Fact]
    public void An_rgb_fill_inside_a_form_is_reported_once_on_the_page_that_draws_it()
    {
        var findings = Check("black", "/Fm1 Do q 0.5 0 0 0.5 0 0 cm /Fm1 Do Q", "/XObject <</Fm1 {0} 0 R>>",
            pdf => [pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources <<>>", "0 0.5 1 rg 0 0 50 50 re f")]);
        // Page 1 names the form in its resources but does not draw it.
        var finding = Single(findings, "colour-space", Severity.Error);
        Assert.Contains("2 fills in DeviceRGB", finding.Message, StringComparison.Ordinal);
        Assert.Single(findings);
    }

    [Fact]
    public void Cmyk_refuses_rgb_vectors_and_device_rgb_images_but_not_icc_rgb_images()
    {
        var findings = Check("cmyk", "1 0 0 rg 0 0 10 10 re f q 300 0 0 300 0 0 cm /Im1 Do /Im2 Do Q", "/XObject <</Im1 {0} 0 R /Im2 {1} 0 R>>", pdf =>
        {
            var profile = pdf.AddStream("/N 3", [0]);
            return [RawDocuments.Image(pdf, 900, 900), RawDocuments.Image(pdf, 900, 900, $"[/ICCBased {profile} 0 R]")];
        });
        var errors = findings.Where(f => f.Rule == "colour-space").ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(2, e.Page));
        Assert.Contains(errors, e => e.Message.StartsWith("text and vectors not in CMYK: 1 fill in DeviceRGB", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.StartsWith("1 image in DeviceRGB", StringComparison.Ordinal));
    }

    [Fact]
    public void Cmyk_black_text_at_12_pt_must_overprint()
    {
        const string text = "BT /F1 10 Tf 0 g (small) Tj /F1 24 Tf (big) Tj ET";
        var resources = "/Font <</F1 {0} 0 R>> /ExtGState <</OP <</OP true /op true /OPM 1>>>>";
        var knockout = Single(Check("cmyk", text, resources, pdf => [RawDocuments.EmbeddedFont(pdf)]), "black-text-overprint", Severity.Warning);
        Assert.StartsWith("5 glyphs of black text", knockout.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Check("cmyk", "/OP gs " + text, resources, pdf => [RawDocuments.EmbeddedFont(pdf)]), f => f.Rule == "black-text-overprint");
    }

    [Fact]
    public void Cmyk_without_pdfx_identification_has_one_error_each_for_the_whole_file()
    {
        var findings = Check("cmyk", Clean);
        var file = findings.Where(f => f.Page is null).Select(f => f.Rule).ToList();
        Assert.Equal(["pdfx-output-intent", "pdfx-version", "pdfx-trapped", "pdfx-id"], file);
        Assert.Empty(Check("color", Clean));
    }

    [Fact]
    public void Cmyk_with_pdfx_identification_has_no_file_errors()
    {
        const string xmp = """<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/" pdfxid:GTS_PDFXVersion="PDF/X-4"/></rdf:RDF></x:xmpmeta>""";
        var findings = Check("cmyk", Clean, objects: pdf =>
        {
            var profile = pdf.AddStream("/N 4", [0]);
            return
            [
                pdf.Add($"<</Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier (FOGRA39) /DestOutputProfile {profile} 0 R>>"),
                pdf.AddStream("/Type /Metadata /Subtype /XML", xmp),
                pdf.Add("<</Trapped /False>>"),
            ];
        }, catalog: "/OutputIntents [{0} 0 R] /Metadata {1} 0 R", trailer: "/Info {2} 0 R /ID [<01> <01>]");
        Assert.Empty(findings);
    }

    [Fact]
    public void Riso_takes_separations_of_its_inks_and_grey_and_refuses_others()
    {
        const string spaces = "/ColorSpace <</Red [/Separation /Bright#20Red /DeviceCMYK {0} 0 R] /Blue [/Separation /Blue /DeviceCMYK {0} 0 R]>>";
        static int[] Tint(RawPdf pdf) => [pdf.Add("<</FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [0 1 1 0] /N 1>>")];
        Assert.Empty(Check("riso:black,bright-red", "/Red cs 0.5 scn 0 0 10 10 re f 0.2 g 0 0 10 10 re f", spaces, Tint));
        var finding = Single(Check("riso:black,bright-red", "/Blue cs 0.5 scn 0 0 10 10 re f 1 0 0 rg 0 0 5 5 re f", spaces, Tint), "colour-space", Severity.Error);
        Assert.Contains("(black and bright-red) do not hold: 1 fill in DeviceRGB, 1 fill in Separation Blue;", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Riso_warns_of_transparency_and_large_solids()
    {
        var findings = Check("riso:black", "/GS1 gs 0 g 0 0 100 100 re f", "/ExtGState <</GS1 <</ca 0.5>>>>");
        Assert.Contains("opacity down to 50 %", Single(findings, "riso-transparency", Severity.Warning).Message, StringComparison.Ordinal);
        Assert.Contains("1 solid area", Single(findings, "riso-solid", Severity.Warning).Message, StringComparison.Ordinal);
        // 85 % and below, or a thin rule, is no solid.
        Assert.Empty(Check("riso:black", "0.15 g 0 0 100 100 re f 0 g 0 0 100 5 re f"));
    }

    [Fact]
    public void Thin_lines_and_small_text_are_warnings_with_the_extremes()
    {
        var findings = Check("color", "0 G 0.1 w 0 0 m 10 0 l S 0 w 0 0 m 0 10 l S BT /F1 4 Tf (tiny) Tj ET", "/Font <</F1 {0} 0 R>>", pdf => [RawDocuments.EmbeddedFont(pdf)]);
        Assert.Contains("2 lines are thinner than 0.25 pt (the thinnest 0 pt, the device's thinnest)", Single(findings, "thin-line", Severity.Warning).Message, StringComparison.Ordinal);
        Assert.Contains("4 glyphs are printed smaller than 5 pt (the smallest 4 pt)", Single(findings, "small-text", Severity.Warning).Message, StringComparison.Ordinal);
    }
}
