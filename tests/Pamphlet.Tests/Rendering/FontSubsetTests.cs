using Pamphlet.Pdf.Fonts;
using Pamphlet.Rendering;
using SkiaSharp;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Rendering;

[Trait(Tier.Name, Tier.Unit)]
public sealed class FontSubsetTests
{
    [Fact]
    public void Subset_keeps_used_glyphs_at_their_original_ids_and_drops_the_rest()
    {
        var used = Shape("office", NotoSerif, 12, 0, 0);
        var unused = Shape("XYZ", NotoSerif, 12, 0, 0);
        var subset = HarfBuzzSubset.Subset(NotoSerif.Data, 0, used.Glyphs, used.Text.Select(c => (int)c));

        Assert.True(subset.Length < NotoSerif.Data.Length / 20, $"subset {subset.Length} bytes of {NotoSerif.Data.Length}");
        using var data = SKData.CreateCopy(subset);
        using var typeface = SKTypeface.FromData(data);
        using var font = new SKFont(typeface, 12);
        foreach (var glyph in used.Glyphs)
        {
            using var path = font.GetGlyphPath(glyph);
            Assert.False(path.IsEmpty, $"glyph {glyph} lost its outline");
        }

        foreach (var glyph in unused.Glyphs)
        {
            using var path = font.GetGlyphPath(glyph);
            Assert.True(path is null || path.IsEmpty, $"glyph {glyph} should have been dropped");
        }
    }

    [Fact]
    public void Subset_leaves_out_the_layout_tables_a_pdf_never_reads()
    {
        var used = Shape("office", NotoSerif, 12, 0, 0);
        var subset = HarfBuzzSubset.Subset(NotoSerif.Data, 0, used.Glyphs, used.Text.Select(c => (int)c));

        var count = subset[4] << 8 | subset[5];
        var tables = Enumerable.Range(0, count).Select(i => System.Text.Encoding.ASCII.GetString(subset, 12 + i * 16, 4)).ToList();
        Assert.Contains("glyf", tables);
        Assert.Contains("hmtx", tables);
        Assert.Contains("cmap", tables);
        Assert.DoesNotContain("GSUB", tables);
        Assert.DoesNotContain("GPOS", tables);
        Assert.DoesNotContain("GDEF", tables);
    }

    [Fact]
    public void Glyph_usage_collects_per_face_over_all_pages()
    {
        var page1 = new Pages.Page(1, A5, [Shape("ab", NotoSerif, 10, 0, 20)]);
        var page2 = new Pages.Page(2, A5, [Shape("cd", NotoSerif, 10, 0, 20), Shape("Z", NotoSansBold, 10, 0, 40)]);
        var usage = GlyphUsage.Collect([page1, page2]);

        Assert.Equal(4, usage.GlyphsOf(NotoSerif).Count);
        Assert.Equal(['a', 'b', 'c', 'd'], usage.CodePointsOf(NotoSerif).Select(c => (char)c));
        Assert.Single(usage.GlyphsOf(NotoSansBold));
    }

    [Fact]
    public void Glyph_usage_knows_the_text_behind_each_glyph_including_ligatures()
    {
        var run = Shape("office file", NotoSerif, 10, 0, 20);
        var usage = GlyphUsage.Collect([new Pages.Page(1, A5, [run])]);
        var text = usage.TextOf(NotoSerif);

        var ligature = run.Glyphs[1]; // o, ffi, c, e …
        Assert.Equal("ffi", text[ligature]);
        Assert.Equal("o", text[run.Glyphs[0]]);
        Assert.Equal(" ", text[run.Glyphs[4]]);
        Assert.Equal(new[] { " ", "c", "e", "ffi", "fi", "l", "o" }, text.Values.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ToUnicode_cmap_maps_glyphs_to_utf16_text()
    {
        var cmap = ToUnicodeCMap.Build(new Dictionary<ushort, string> { [0x854] = "ffi", [3] = " ", [0x100] = "😀" });
        Assert.Contains("3 beginbfchar\n<0003> <0020>\n<0100> <D83DDE00>\n<0854> <006600660069>\nendbfchar", cmap);
        Assert.Contains("/CMapName /Adobe-Identity-UCS def", cmap);
    }

    [Theory]
    [InlineData("abc", new[] { 0, 1, 2, 3 })]
    [InlineData("aé€", new[] { 0, 1, 3, 6 })]
    [InlineData("a😀b", new[] { 0, 1, 1, 5, 6 })]
    public void Utf16_indices_map_to_utf8_byte_offsets(string text, int[] expected) =>
        Assert.Equal(expected, GlyphRunDrawer.Utf8Offsets(text));
}
