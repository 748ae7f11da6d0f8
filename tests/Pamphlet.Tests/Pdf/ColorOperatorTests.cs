using Pamphlet.Pages;
using Pamphlet.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using static Pamphlet.Tests.Rendering.RenderingTestKit;
using Color = Pamphlet.Pages.Color;
using Page = Pamphlet.Pages.Page;

namespace Pamphlet.Tests.Pdf;

/// <summary>Each colour is written in its own colour space: black and greys as DeviceGray (K only on press), RGB, CMYK, spot inks as Separations.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class ColorOperatorTests
{
    private static Page PageOf(params PageItem[] items) => new(1, A5, items);

    private static List<string> Operators(Page page, bool marks = false)
    {
        using var output = new MemoryStream();
        new PdfRenderer { Marks = marks }.Render(new PagedDocument(Info(), [page]), output);
        using var document = PdfDocument.Open(output.ToArray());
        return document.GetPage(1).Operators();
    }

    private static readonly string[] RgbOperators = ["rg", "RG"];

    [Fact]
    public void Black_and_grey_text_and_rules_are_written_in_DeviceGray()
    {
        var operators = Operators(PageOf(
            Shape("Black words", NotoSerif, 11, 40, 80),
            Shape("Grey words", NotoSerif, 11, 40, 100, color: Color.Rgb(0x55, 0x55, 0x55)),
            new RuleItem("rule", new Point(40, 120), new Point(300, 120), 1, Color.Rgb(0x99, 0x99, 0x99)),
            new RuleItem("rule", new Point(40, 130), new Point(300, 130), 1, Color.Black)));

        Assert.Equal(2, operators.Count(o => o == "g"));
        Assert.Equal(2, operators.Count(o => o == "G"));
        Assert.DoesNotContain(operators, RgbOperators.Contains);
        Assert.DoesNotContain(operators, o => o is "k" or "K" or "cs" or "scn");
    }

    [Fact]
    public void An_rgb_accent_is_written_with_rg_and_black_beside_it_stays_gray()
    {
        var operators = Operators(PageOf(
            Shape("Accent", NotoSerif, 11, 40, 80, color: Color.Rgb(200, 30, 30)),
            Shape("Black", NotoSerif, 11, 40, 100)));

        Assert.Single(operators, o => o == "rg");
        Assert.Single(operators, o => o == "g");
    }

    [Fact]
    public void A_cmyk_fill_is_written_with_k()
    {
        var operators = Operators(PageOf(new FillItem("panel", new Rect(40, 40, 100, 50), Color.Cmyk(0, 1, 0.85, 0.3))));

        Assert.Single(operators, o => o == "k");
        Assert.DoesNotContain(operators, o => o is "rg" or "g");
    }

    [Fact]
    public void A_spot_ink_is_a_separation_colour_space_with_its_name_and_a_cmyk_alternate()
    {
        var spot = Color.Spot("Riso Bright Red", Color.Cmyk(0, 0.9, 0.8, 0));
        using var output = new MemoryStream();
        new PdfRenderer().Render(new PagedDocument(Info(), [PageOf(new FillItem("panel", new Rect(40, 40, 100, 50), spot))]), output);
        using var document = PdfDocument.Open(output.ToArray());
        var page = document.GetPage(1);

        var operators = page.Operators();
        Assert.Contains("cs", operators);
        Assert.Contains("scn", operators);
        Assert.True(operators.IndexOf("cs") < operators.IndexOf("scn"), "the colour space is set before the tint");
        Assert.DoesNotContain(operators, o => o is "rg" or "k" or "g");

        var space = Assert.Single(ColorSpaces(document, page));
        Assert.Equal("Separation", ((NameToken)space.Data[0]).Data);
        Assert.Equal("Riso Bright Red", ((NameToken)space.Data[1]).Data);
        Assert.Equal("DeviceCMYK", ((NameToken)space.Data[2]).Data);
    }

    [Fact]
    public void Crop_marks_are_stroked_in_the_registration_separation_All()
    {
        using var output = new MemoryStream();
        new PdfRenderer { Marks = true }.Render(new PagedDocument(Info(), [PageOf(Shape("Words", NotoSerif, 11, 40, 80))]), output);
        using var document = PdfDocument.Open(output.ToArray());
        var page = document.GetPage(1);

        var operators = page.Operators();
        Assert.Contains("CS", operators);
        // Eight marks, each a path of its own, all stroked in the one separation.
        Assert.Equal(8, operators.Count(o => o == "S"));
        Assert.Single(operators, o => o == "SCN");
        var space = Assert.Single(ColorSpaces(document, page));
        Assert.Equal(["Separation", "All", "DeviceCMYK"], space.Data.Take(3).Select(t => ((NameToken)t).Data));
        Assert.DoesNotContain(operators, o => o is "RG" or "G" or "K");
    }

    /// <summary>The colour spaces a page's resources define, each as its array.</summary>
    private static List<ArrayToken> ColorSpaces(PdfDocument document, UglyToad.PdfPig.Content.Page page)
    {
        var resources = document.DictionaryOf(page.Dictionary.Data["Resources"]);
        if (document.Get(resources, "ColorSpace") is not DictionaryToken spaces) return [];
        return spaces.Data.Values.Select(v => Assert.IsType<ArrayToken>(document.Resolve(v))).ToList();
    }
}
