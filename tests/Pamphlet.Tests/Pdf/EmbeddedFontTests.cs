using System.Text.RegularExpressions;
using Pamphlet.Pages;
using Pamphlet.Pdf.Fonts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Pdf;

/// <summary>Embedded subset fonts: /W widths that are the embedded glyphs' own, subset tags that name the glyph set.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class EmbeddedFontTests
{
    private static PagedDocument TwoFonts(string text) => new(Info(),
    [
        new Page(1, A5, [Shape(text, NotoSerif, 11, 40, 80), Shape(text, NotoSansBold, 14, 40, 120)]),
    ]);

    /// <summary>The CID fonts (descendants of the Type 0 fonts) used on page 1, with their BaseFont.</summary>
    private static List<DictionaryToken> CidFonts(PdfDocument document)
    {
        var resources = document.DictionaryOf(document.GetPage(1).Dictionary.Data["Resources"]);
        var fonts = document.Require<DictionaryToken>(resources, "Font");
        return fonts.Data.Values.Select(f =>
        {
            var type0 = document.DictionaryOf(f);
            Assert.Equal("Type0", document.NameOf(type0, "Subtype"));
            Assert.Equal("Identity-H", document.NameOf(type0, "Encoding"));
            Assert.NotNull(document.Get(type0, "ToUnicode"));
            var descendant = document.DictionaryOf(Assert.Single(document.Require<ArrayToken>(type0, "DescendantFonts").Data));
            Assert.Equal("CIDFontType2", document.NameOf(descendant, "Subtype"));
            return descendant;
        }).ToList();
    }

    /// <summary>The /W array as glyph → width, for both of its forms (c [w1 w2 …] and c_first c_last w).</summary>
    private static Dictionary<int, double> Widths(PdfDocument document, DictionaryToken cidFont)
    {
        var array = document.Require<ArrayToken>(cidFont, "W").Data.Select(document.Resolve).ToList();
        var widths = new Dictionary<int, double>();
        for (var i = 0; i < array.Count;)
        {
            var first = ((NumericToken)array[i]).Int;
            if (array[i + 1] is ArrayToken list)
            {
                for (var k = 0; k < list.Data.Count; k++) widths.Add(first + k, ((NumericToken)document.Resolve(list.Data[k])).Double);
                i += 2;
            }
            else
            {
                var last = ((NumericToken)array[i + 1]).Int;
                var width = ((NumericToken)array[i + 2]).Double;
                for (var c = first; c <= last; c++) widths.Add(c, width);
                i += 3;
            }
        }

        return widths;
    }

    [Fact]
    public void W_widths_are_the_embedded_subsets_own_advances_for_every_glyph()
    {
        using var document = PdfDocument.Open(RenderPdf(TwoFonts("Office affluence, 4.2 hectares — “fluffy” 1911!")));
        var cidFonts = CidFonts(document);
        Assert.Equal(2, cidFonts.Count);
        foreach (var cidFont in cidFonts)
        {
            var descriptor = document.Require<DictionaryToken>(cidFont, "FontDescriptor");
            var subset = document.Require<StreamToken>(descriptor, "FontFile2").Decode();
            var metrics = TrueTypeMetrics.Read(subset);
            var widths = Widths(document, cidFont);
            Assert.True(widths.Count >= 20, $"{widths.Count} glyphs in /W of {document.NameOf(cidFont, "BaseFont")}");
            Assert.All(widths, w => Assert.Equal(metrics.Advance((ushort)w.Key) * 1000.0 / metrics.UnitsPerEm, w.Value, 0.001));
        }
    }

    [Fact]
    public void Every_glyph_drawn_has_its_width_in_W()
    {
        using var document = PdfDocument.Open(RenderPdf(new PagedDocument(Info(), [new Page(1, A5, [Shape("Keep Alder Brook Public, for ever.", NotoSerif, 11, 40, 80)])])));
        var widths = Widths(document, Assert.Single(CidFonts(document)));
        // Identity-H: each shown string is two-byte glyph IDs, in the TJ arrays of the content.
        var shown = Regex.Matches(document.RawContent(document.GetPage(1)), @"\[([^\]]*)\]\s*TJ")
            .SelectMany(tj => Regex.Matches(tj.Groups[1].Value, "<([0-9A-Fa-f]+)>"))
            .SelectMany(hex => hex.Groups[1].Value.Chunk(4).Select(g => Convert.ToInt32(new string(g), 16)))
            .ToHashSet();

        Assert.True(shown.Count >= 15, $"{shown.Count} distinct glyphs shown");
        Assert.All(shown, glyph => Assert.True(widths.ContainsKey(glyph), $"glyph {glyph} is drawn but has no /W entry"));
    }

    private static string FontName(PagedDocument doc, string family)
    {
        using var document = PdfDocument.Open(RenderPdf(doc));
        return CidFonts(document).Select(f => document.NameOf(f, "BaseFont")).Single(n => n.Contains(family, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_glyph_set_gets_the_same_subset_tag_in_another_document()
    {
        var first = FontName(TwoFonts("Save the park"), "NotoSerif");
        // Other positions, another page size and other metadata, the same glyphs.
        var other = new PagedDocument(Info() with { Title = "Another title" },
            [new Page(1, new Size(300, 300), [Shape("park the Save", NotoSerif, 20, 10, 100)])]);
        var second = FontName(other, "NotoSerif");

        Assert.Matches("^[A-Z]{6}\\+NotoSerif", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_glyph_set_of_the_same_font_gets_another_subset_tag()
    {
        var first = FontName(TwoFonts("Save the park"), "NotoSerif");
        var second = FontName(TwoFonts("Save the parks"), "NotoSerif");

        Assert.NotEqual(first[..6], second[..6]);
        Assert.Equal(first[6..], second[6..]);
    }
}
