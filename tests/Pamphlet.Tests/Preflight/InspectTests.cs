using Pamphlet.Preflight;
using Pamphlet.Preflight.Facts;

namespace Pamphlet.Tests.Preflight;

/// <summary>What <see cref="PdfInspector"/> reads from hand-made PDFs: each fact from the operators that make it.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class InspectTests
{
    private static DocumentFacts Inspect(byte[] pdf) => PdfInspector.Inspect(pdf, "test.pdf");

    /// <summary>One page; <paramref name="objects"/> adds objects and returns their numbers, which <paramref name="resources"/> names as {0}, {1}….</summary>
    private static PageFacts OnePage(string content, string resources = "", Func<RawPdf, int[]>? objects = null, string boxes = RawPage.A6WithTrim) =>
        Assert.Single(Inspect(RawDocuments.Build([new RawPage(content, resources, boxes)], objects)).Pages);

    [Fact]
    public void Text_size_is_the_font_size_through_the_text_matrix_and_the_ctm()
    {
        var page = OnePage("q 2 0 0 2 0 0 cm BT /F1 6 Tf 1 0 0 1.5 10 10 Tm (Hello) Tj ET Q", "/Font <</F1 {0} 0 R>>",
            pdf => [RawDocuments.EmbeddedFont(pdf)]);
        var text = Assert.Single(page.Paints, p => p.Kind == PaintKind.Text);
        Assert.Equal(18, text.Size!.Value, 3); // 6 pt × 1.5 (text matrix) × 2 (cm)
        Assert.Equal(5, text.Count);
        Assert.Equal(18, page.SmallestText!.Value, 3);
    }

    [Fact]
    public void Text_colour_space_and_components_are_those_set_before_showing()
    {
        var page = OnePage("BT /F1 10 Tf 0 0 0 rg (abc) Tj 0 g [(de) -20 (f)] TJ 0 0 0 1 k (g) ' ET", "/Font <</F1 {0} 0 R>>",
            pdf => [RawDocuments.EmbeddedFont(pdf)]);
        var text = page.Paints.Where(p => p.Kind == PaintKind.Text).ToDictionary(p => p.Space.Name);
        Assert.Equal(3, text["DeviceRGB"].Count);
        Assert.Equal([0.0, 0, 0], text["DeviceRGB"].Components);
        Assert.Equal(3, text["DeviceGray"].Count);
        Assert.Equal(1, text["DeviceCMYK"].Count);
        Assert.Equal(100, text["DeviceCMYK"].TotalInk);
    }

    [Fact]
    public void Type0_fonts_count_two_bytes_per_glyph_and_invisible_text_is_not_painted()
    {
        var page = OnePage("BT /F1 10 Tf <00410042> Tj 3 Tr <0043> Tj ET", "/Font <</F1 {0} 0 R>>", pdf =>
        {
            var program = pdf.AddStream("", [0]);
            var descriptor = pdf.Add($"<</Type /FontDescriptor /FontName /XYZABC+Cid /FontFile2 {program} 0 R>>");
            var cid = pdf.Add($"<</Type /Font /Subtype /CIDFontType2 /BaseFont /XYZABC+Cid /FontDescriptor {descriptor} 0 R>>");
            return [pdf.Add($"<</Type /Font /Subtype /Type0 /BaseFont /XYZABC+Cid /Encoding /Identity-H /DescendantFonts [{cid} 0 R]>>")];
        });
        var font = Assert.Single(page.Fonts);
        Assert.Equal(("XYZABC+Cid", "Type0/CIDFontType2", 2, 1), (font.Name, font.Type, font.Glyphs, font.InvisibleGlyphs));
        Assert.True(font.Embedded);
        Assert.True(font.Subset);
        Assert.Equal(2, Assert.Single(page.Paints).Count);
    }

    [Fact]
    public void A_standard_font_without_a_program_is_not_embedded()
    {
        var page = OnePage("BT /F1 10 Tf (Hi) Tj ET", "/Font <</F1 {0} 0 R>>", pdf => [RawDocuments.UnembeddedHelvetica(pdf)]);
        var font = Assert.Single(page.Fonts);
        Assert.Equal(("Helvetica", "Type1"), (font.Name, font.Type));
        Assert.False(font.Embedded);
        Assert.False(font.Subset);
    }

    [Fact]
    public void Image_resolution_is_its_pixels_over_the_placed_inches()
    {
        // 144 × 72 pixels placed 2 × 1 inches: 72 ppi both ways.
        var page = OnePage("q 144 0 0 72 20 20 cm /Im1 Do Q", "/XObject <</Im1 {0} 0 R>>", pdf => [RawDocuments.Image(pdf, 144, 72)]);
        var image = Assert.Single(page.Images);
        Assert.Equal((144, 72), (image.PixelWidth, image.PixelHeight));
        Assert.Equal(144, image.PlacedWidth, 3);
        Assert.Equal(72, image.PlacedHeight, 3);
        Assert.Equal(72, image.Ppi, 3);
        Assert.Equal("DeviceRGB", image.Space!.Name);
        Assert.False(image.HasIccProfile);
        Assert.Equal(PaintKind.Image, Assert.Single(page.Paints).Kind);
    }

    [Fact]
    public void An_image_placed_twice_keeps_its_coarsest_placement()
    {
        var page = OnePage("q 72 0 0 72 0 0 cm /Im1 Do Q q 288 0 0 288 0 0 cm /Im1 Do Q", "/XObject <</Im1 {0} 0 R>>", pdf => [RawDocuments.Image(pdf, 300, 300)]);
        var image = Assert.Single(page.Images);
        Assert.Equal(2, image.Placements);
        Assert.Equal(75, image.Ppi, 3);
    }

    [Fact]
    public void Cmyk_image_ink_is_measured_from_its_pixels()
    {
        var page = OnePage("q 72 0 0 72 0 0 cm /Im1 Do Q", "/XObject <</Im1 {0} 0 R>>", pdf =>
        {
            var pixels = new byte[2 * 2 * 4]; // white…
            new byte[] { 255, 255, 255, 128 }.CopyTo(pixels, 8); // …but one pixel at 350 %
            return [pdf.AddStream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /BitsPerComponent 8 /ColorSpace /DeviceCMYK /Filter /FlateDecode",
                Pamphlet.Pdf.Syntax.PdfFileWriter.Deflate(pixels))];
        });
        Assert.Equal(350, Assert.Single(page.Images).MaxTotalInk!.Value, 0);
        Assert.Equal(350, page.MaxTotalInk!.Value, 0);
    }

    [Fact]
    public void Forms_are_read_with_their_matrix_and_resources_each_time_they_are_drawn()
    {
        var page = OnePage("q 0.5 0 0 0.5 0 0 cm /Fm1 Do Q /Fm1 Do", "/XObject <</Fm1 {0} 0 R>>", pdf =>
            [pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [2 0 0 2 0 0] /Resources <<>>",
                "1 0 0 rg 0 0 50 50 re f 0.2 w 0 0 m 10 0 l S")]);
        var fill = Assert.Single(page.Paints, p => p.Kind == PaintKind.Fill);
        Assert.Equal(("DeviceRGB", 2), (fill.Space.Name, fill.Count));
        Assert.Equal(100, fill.LargestShortSide, 3); // 50 × 2 (form matrix), drawn once at scale 1
        var lines = page.Paints.Where(p => p.Kind == PaintKind.Stroke).Select(p => p.Size!.Value).Order().ToList();
        Assert.Equal([0.2, 0.4], lines); // 0.2 × 2 × 0.5, then 0.2 × 2
    }

    [Fact]
    public void A_form_that_draws_itself_is_read_once_and_reported()
    {
        var page = OnePage("/Fm1 Do", "/XObject <</Fm1 {0} 0 R>>", pdf =>
        {
            var form = pdf.Reserve();
            pdf.SetStream(form, $"/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources <</XObject <</Fm1 {form} 0 R>>>>", "0 g 0 0 10 10 re f /Fm1 Do"u8.ToArray());
            return [form];
        });
        Assert.Equal(1, Assert.Single(page.Paints).Count);
        Assert.Contains(page.Problems, p => p.Contains("draws itself", StringComparison.Ordinal));
    }

    [Fact]
    public void Inline_images_are_read_and_their_data_skipped()
    {
        var data = new string('\u00ff', 4 * 4 * 3);
        var page = OnePage($"q 4 0 0 4 0 0 cm BI /W 4 /H 4 /CS /RGB /BPC 8 ID {data} EI Q 0 0 1 rg 0 0 10 10 re f", "");
        var image = Assert.Single(page.Images);
        Assert.Equal(("inline image", 4, 4, "DeviceRGB"), (image.Name, image.PixelWidth, image.PixelHeight, image.Space!.Name));
        Assert.Equal(72, image.Ppi, 3);
        Assert.Single(page.Paints, p => p.Kind == PaintKind.Fill); // the content after EI was read
    }

    [Fact]
    public void Overprint_and_transparency_come_from_the_graphics_state_in_effect()
    {
        var page = OnePage("/GS1 gs 0 0 0 1 k 0 0 10 10 re f /GS2 gs 0 0 10 10 re f", "/ExtGState <</GS1 <</OP true /OPM 1>> /GS2 <</OP false /ca 0.5 /BM /Multiply>>>>");
        var fills = page.Paints.Where(p => p.Kind == PaintKind.Fill).ToList();
        Assert.Contains(fills, f => f.Overprint && f.OverprintMode == 1);
        Assert.Contains(fills, f => !f.Overprint);
        Assert.Equal(1, page.Transparency.TranslucentPaints);
        Assert.Equal(0.5, page.Transparency.MinOpacity);
        Assert.Equal(["Multiply"], page.Transparency.BlendModes);
        Assert.True(page.Transparency.Effective);
    }

    [Fact]
    public void Named_colour_spaces_are_read_from_the_resources()
    {
        var page = OnePage("/CS1 cs 0.9 scn 0 0 10 10 re f /CS2 cs 0.5 0.2 scn 0 0 10 10 re f /CS3 CS 0.1 0.2 0.3 SCN 0 0 m 1 1 l S",
            "/ColorSpace <</CS1 [/Separation /Red /DeviceCMYK {1} 0 R] /CS2 [/DeviceN [/Cyan /Gold] /DeviceCMYK {1} 0 R] /CS3 [/ICCBased {0} 0 R]>>", pdf =>
                [pdf.AddStream("/N 3", [0]), pdf.Add("<</FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [0 1 1 0] /N 1>>")]);
        var spaces = page.Paints.Select(p => p.Space.Name).ToList();
        Assert.Equal(["DeviceN (Cyan, Gold)", "Separation Red", "ICCBased RGB"], spaces);
        Assert.Equal(90, page.Paints.Single(p => p.Space.Name == "Separation Red").TotalInk!.Value, 3);
        Assert.Equal(70, page.Paints.Single(p => p.Space.Family == ColorFamily.DeviceN).TotalInk!.Value, 3);
        Assert.Null(page.Paints.Single(p => p.Space.Family == ColorFamily.ICCBased).TotalInk);
    }

    [Fact]
    public void Shading_patterns_paint_in_their_shading_space()
    {
        var page = OnePage("/Pattern cs /P1 scn 0 0 10 10 re f /Sh1 sh", "/Pattern <</P1 {0} 0 R>> /Shading <</Sh1 {1} 0 R>>", pdf =>
        {
            var shading = pdf.Add("<</ShadingType 2 /ColorSpace /DeviceCMYK /Coords [0 0 1 0] /Function <</FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 [1 0 0 0] /N 1>>>>");
            return [pdf.Add($"<</PatternType 2 /Shading {shading} 0 R>>"), shading];
        });
        Assert.Equal([(PaintKind.Fill, "DeviceCMYK"), (PaintKind.Shading, "DeviceCMYK")], page.Paints.Select(p => (p.Kind, p.Space.Name)).ToList());
    }

    [Fact]
    public void Boxes_are_inherited_from_the_page_tree_and_bleed_is_measured_from_the_trim()
    {
        var pdf = new RawPdf();
        var tree = pdf.Reserve();
        var content = pdf.AddStream("", "");
        var page = pdf.Add($"<</Type /Page /Parent {tree} 0 R /TrimBox [10 10 110 210] /Resources <<>> /Contents {content} 0 R>>");
        pdf.Set(tree, $"<</Type /Pages /Kids [{page} 0 R] /Count 1 /MediaBox [0 0 120 220]>>");
        var facts = Inspect(pdf.Build(pdf.Add($"<</Type /Catalog /Pages {tree} 0 R>>")));
        var boxes = Assert.Single(facts.Pages).Boxes;
        Assert.Equal(new PdfBox(0, 0, 120, 220), boxes.Media);
        Assert.Equal(10, boxes.BleedWidth!.Value, 3);
        Assert.Null(boxes.Bleed);
    }

    [Fact]
    public void PdfX_identification_is_read_from_the_catalog_xmp_info_and_trailer()
    {
        const string xmp = """
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"><pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion></rdf:Description>
            </rdf:RDF></x:xmpmeta>
            """;
        var pdf = RawDocuments.Build([new RawPage("")], p =>
        {
            var profile = p.AddStream("/N 4", [0, 0, 0, 0]);
            return
            [
                p.Add($"<</Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier (FOGRA39) /RegistryName (http://www.color.org) /DestOutputProfile {profile} 0 R>>"),
                p.AddStream("/Type /Metadata /Subtype /XML", xmp),
                p.Add("<</Trapped /False>>"),
            ];
        }, catalog: "/OutputIntents [{0} 0 R] /Metadata {1} 0 R", trailer: "/Info {2} 0 R /ID [<0102> <0102>]");
        var pdfx = Inspect(pdf).PdfX;
        var intent = Assert.Single(pdfx.OutputIntents);
        Assert.Equal(("GTS_PDFX", "FOGRA39", true, 4), (intent.Subtype, intent.OutputConditionIdentifier, intent.HasDestOutputProfile, intent.ProfileComponents));
        Assert.Equal("PDF/X-4", pdfx.XmpPdfXVersion);
        Assert.Equal("False", pdfx.Trapped);
        Assert.True(pdfx.HasId);
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_an_error_naming_it()
    {
        var e = Assert.Throws<Pamphlet.Documents.Diagnostics.PamphletException>(() => PdfInspector.Inspect("# not a PDF\n"u8.ToArray(), "notes.md"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal("notes.md", d.Location.File);
        Assert.Contains("is not a PDF", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_cut_short_is_an_error_naming_it()
    {
        var whole = RawDocuments.Build(new RawPage("0 g 0 0 10 10 re f"));
        var e = Assert.Throws<Pamphlet.Documents.Diagnostics.PamphletException>(() => PdfInspector.Inspect(whole[..40], "cut.pdf"));
        Assert.Equal("cut.pdf", Assert.Single(e.Diagnostics).Location.File);
    }
}
