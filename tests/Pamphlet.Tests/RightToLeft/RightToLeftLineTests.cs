using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Text;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.RightToLeft;

/// <summary>Right-to-left paragraphs and mixed-direction lines, asserted on the Pages model.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class RightToLeftLineTests
{
    private static readonly FontLibrary Fonts = new([FontLibrary.BundledFolder]);

    private static List<GlyphRun> Body(string markdown)
    {
        var document = MarkdownReader.Parse(markdown, "/tmp/rtl.md");
        var layout = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");
        var pages = new Composer(Fonts).Compose(document, layout).Document.Pages;
        return pages.SelectMany(p => p.ItemsOf<GlyphRun>()).Where(r => r.Role is "body" or SpanStyle.NoteReferenceRole).ToList();
    }

    private static IEnumerable<List<GlyphRun>> Lines(List<GlyphRun> runs) =>
        runs.GroupBy(r => Math.Round(r.Origin.Y, 1)).OrderBy(g => g.Key).Select(g => g.OrderBy(r => r.Origin.X).ToList());

    [Fact]
    public void An_arabic_paragraph_reads_from_the_right_its_first_word_rightmost()
    {
        var runs = Body("---\nlang: ar\n---\n\nفي عام 2025 قرر المجلس بيع الغابة الواقعة على ضفة النهر ونحن نرفض هذا القرار.\n");

        var first = Lines(runs).First();
        Assert.Equal("في", first[^1].Text);
        Assert.True(first[^1].RightToLeft);
        // Set from the right edge: the text block's right end is where the last glyph run ends.
        var column = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet").Page;
        var right = runs.Max(r => r.Origin.X + r.Width);
        Assert.True(right > column.Width - column.Margins.Outside - column.Margins.Inside, "the lines reach the right edge of the text block");
    }

    [Fact]
    public void A_hebrew_paragraph_with_addresses_leaves_no_word_alone_on_a_line()
    {
        // shomrim-he's last paragraph: an address, an e-mail address and a handle that may not break (left-to-right
        // runs in Hebrew text). No breaking fits every line, and the last resort set its first word alone.
        var runs = Body("---\nlang: he\n---\n\n" + "בואו לישיבת המועצה ביום שלישי בשעה 18:30, באולם 3 בבניין העירייה. חתמו על העצומה בכתובת\nhttps://shomrim.example/petition או כתבו לנו אל vaad@shomrim.example. עקבו אחרינו ב־@ShomrimAlHaYaar.\n");

        var words = Lines(runs).Select(l => l.Count).ToList();
        Assert.True(words.Take(words.Count - 1).All(n => n > 1), $"words per line: {string.Join(", ", words)}");
    }

    [Fact]
    public void Latin_and_numbers_inside_arabic_keep_their_own_left_to_right_order()
    {
        var runs = Body("---\nlang: ar\n---\n\nانضموا إلى نقابة UAW Local 4811 في الاجتماع.\n");

        var line = Lines(runs).Single();
        var latin = line.Where(r => !r.RightToLeft).Select(r => r.Text).ToList();
        Assert.Equal(["UAW", "Local", "4811"], latin);
        // The Latin block sits between the Arabic words before and after it: "انضموا" rightmost, "الاجتماع." leftmost
        // (its full stop drawn by the Arabic face, in the same run).
        Assert.Equal("انضموا", line[^1].Text);
        Assert.Equal("الاجتماع.", line[0].Text);
    }

    [Fact]
    public void Two_numbers_in_hebrew_read_from_the_right_one_after_the_other()
    {
        // UAX #9 N1: the space between two numbers in right-to-left text takes the paragraph's level, so
        // "338" (first in the text) is right of "8.0", and a Latin word after a number goes left of it.
        var runs = Body("---\nlang: he\n---\n\nחדש 338 8.0 הם עם 12 abc עכשיו\n");

        var line = Lines(runs).Single().Select(r => r.Text).ToList();
        Assert.Equal(["עכשיו", "abc", "12", "עם", "הם", "8.0", "338", "חדש"], line);
    }

    [Fact]
    public void A_note_reference_after_a_number_stays_after_it_in_reading_order()
    {
        // Without isolating the reference, W4 would join "2033," and the superscript 1 into one number,
        // and the reference would be read before the number it follows.
        var runs = Body("---\nlang: he\n---\n\nבשנים 2030–2033,[^1] עכשיו\n\n[^1]: הערה.\n");

        var line = Lines(runs).First().Select(r => r.Text).ToList();
        Assert.Equal(["עכשיו", "1", ",", "2033", "–", "2030", "בשנים"], line);
    }

    [Fact]
    public void Hebrew_words_inside_an_english_line_run_right_to_left_among_left_to_right_text()
    {
        var runs = Body("We met the שלום עכשיו group today.\n");

        var line = Lines(runs).Single().Select(r => r.Text).ToList();
        Assert.Equal(["We", "met", "the", "עכשיו", "שלום", "group", "today."], line);
    }

    [Fact]
    public void Arabic_letters_are_shaped_into_their_joined_forms()
    {
        var font = Fonts.Get("Noto Naskh Arabic", Pamphlet.Layouts.Model.FontWeight.Regular, false, default);
        var shaper = new Shaper();
        var options = new ShapeOptions(true, HarfBuzzSharp.Script.Arabic, "ar");
        var isolated = shaper.Shape(font, "ب", options).Glyphs[0];
        var joined = shaper.Shape(font, "بب", options).Glyphs;

        Assert.DoesNotContain(isolated, joined);
    }

    [Fact]
    public void Left_to_right_paragraphs_are_untouched_by_the_bidi_pass()
    {
        var runs = Body("Plain English text with no right-to-left letters at all, set as before.\n");
        Assert.All(runs, r => Assert.False(r.RightToLeft));
        var line = Lines(runs).First();
        Assert.Equal("Plain", line[0].Text);
    }
}

/// <summary>In a right-to-left statement the start side is the right: indents, markers and rules mirror.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class RightToLeftFurnitureTests
{
    private static readonly FontLibrary Fonts = new([FontLibrary.BundledFolder]);

    private static Page BodyPage(string markdown)
    {
        var document = MarkdownReader.Parse("---\nlang: ar\n---\n\n" + markdown, "/tmp/rtl-furniture.md");
        var layout = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");
        return new Composer(Fonts).Compose(document, layout).Document.Pages[1];
    }

    [Fact]
    public void List_markers_hang_to_the_right_of_their_items()
    {
        var page = BodyPage("- لا لبيع الأرض العامة\n- نعم لحديقة مفتوحة للجميع\n");
        var markers = page.ItemsOf<GlyphRun>().Where(r => r.Role == "body-marker").ToList();
        var text = page.ItemsOf<GlyphRun>().Where(r => r.Role == "body").ToList();

        Assert.Equal(2, markers.Count);
        var textRight = text.Max(r => r.Origin.X + r.Width);
        Assert.All(markers, m => Assert.True(m.Origin.X > textRight, $"marker at {m.Origin.X:0.#}, text ends at {textRight:0.#}"));
    }

    [Fact]
    public void A_block_quotes_rule_stands_on_its_right()
    {
        var page = BodyPage("> قال أحد السكان إن الحديقة هي المكان الوحيد الذي يلعب فيه أطفاله بأمان.\n");
        var rule = page.ItemsOf<RuleItem>().First(r => r.Role == "quote-rule");
        var quote = page.ItemsOf<GlyphRun>().Where(r => r.Role == "quote").ToList();

        Assert.True(rule.From.X > quote.Max(r => r.Origin.X + r.Width), "the rule is right of the quote text");
    }

    [Fact]
    public void A_right_to_left_booklet_is_bound_on_the_right_so_folios_mirror()
    {
        // Page 2 of a left-to-right booklet is bound on its right (folio outside, on the left); in a
        // right-to-left booklet page 2 is bound on its left, so its folio stands on the right.
        var layout = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");
        var rtl = BodyPage("فقرة قصيرة.\n");
        var ltr = new Composer(Fonts).Compose(MarkdownReader.Parse("A short paragraph.\n", "/tmp/ltr.md"), layout).Document.Pages[1];
        var middle = layout.Page.Width / 2;

        Assert.True(rtl.ItemsOf<GlyphRun>().Single(r => r.Role == "folio").Origin.X > middle);
        Assert.True(ltr.ItemsOf<GlyphRun>().Single(r => r.Role == "folio").Origin.X < middle);
        // And the text area mirrors: the wider (outside) margin is on the right in the right-to-left booklet.
        var rtlText = rtl.ItemsOf<GlyphRun>().Where(r => r.Role == "body").Max(r => r.Origin.X + r.Width);
        Assert.True(layout.Page.Width - rtlText > layout.Page.Margins.Outside - 1);
    }
}
