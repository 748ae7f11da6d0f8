using Pamphlet.Text.Paragraphs.Kashida;

namespace Pamphlet.Tests.Paragraphs;

/// <summary>
/// Where an Arabic word may take kashida: only between two letters that join, never after a letter that
/// does not join forward (alef, dal, reh, waw), never inside lam-alef, never after the last letter; one
/// place per word, the best by Microsoft's order (after seen/sad, before a final heh/dal, before a final
/// alef/lam/kaf…), the last of equals.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class KashidaPointTests
{
    /// <summary>Shaping that may be cut anywhere (no ligature across any two letters).</summary>
    private static bool Anywhere(int index) => true;

    [Theory]
    [InlineData("جلسته", 3, 6)]      // after the seen, not before the final heh (5)
    [InlineData("مدرسة", 4, 6)]      // after the seen; also before the final dal (index 1, 5)
    [InlineData("للتصويت", 4, 6)]    // after the sad
    [InlineData("كتاب", 2, 4)]       // before the alef, a final form in the middle of the word ("كتـاب")
    [InlineData("بير", 1, 3)]        // before a tooth followed by a final reh
    [InlineData("بيت", 2, 1)]        // before a final teh: any other final letter
    [InlineData("بيـت", 3, 7)]       // after the statement's own tatweel
    [InlineData("تسلسل", 4, 6)]      // two places after a seen: the last one
    [InlineData("مُحَمَّد", 7, 5)]   // before the final dal, after the marks of the meem before it
    [InlineData("س\u200Cبيل", 4, 4)] // a zero-width non-joiner parts the seen from the beh: before the final lam
    public void A_word_takes_its_kashida_at_the_best_place(string word, int index, int priority)
    {
        Assert.Equal(new KashidaPoint(index, priority), KashidaPoints.Best(word, Anywhere));
    }

    [Theory]
    [InlineData("دار")]    // dal, alef and reh join nothing after them
    [InlineData("وردة")]   // waw, reh and dal neither: the teh marbuta stands alone
    [InlineData("كلام")]   // kaf–lam joins only medial letters; lam–alef is a ligature; alef does not join the meem
    [InlineData("في")]     // two letters: the commonest particles stay as they are
    [InlineData("من")]
    [InlineData("2026")]
    [InlineData("Horizon")]
    public void Words_with_no_place_take_no_kashida(string word)
    {
        Assert.Null(KashidaPoints.Best(word, Anywhere));
    }

    [Fact]
    public void Never_between_lam_and_alef()
    {
        // "سلام": after the seen (before the lam) is allowed; between the lam and the alef, the ligature, is not.
        var points = KashidaPoints.All("سلام", Anywhere).ToList();

        Assert.Equal([new KashidaPoint(1, 6)], points);
    }

    [Fact]
    public void Never_after_a_non_joining_letter_nor_after_the_last_letter()
    {
        const string word = "مدرستنا"; // meem dal reh seen teh noon alef
        var points = KashidaPoints.All(word, Anywhere).ToList();

        Assert.NotEmpty(points);
        foreach (var point in points)
        {
            Assert.InRange(point.Index, 1, word.Length - 1);
            // The letter before the kashida joins forward: never dal, reh or alef.
            Assert.DoesNotContain(word[point.Index - 1], "درا");
        }
    }

    [Fact]
    public void Not_where_the_shaped_word_has_a_ligature()
    {
        // The font joins seen and teh into one glyph (no cluster boundary before the teh): the next best place.
        Assert.Equal(new KashidaPoint(4, 5), KashidaPoints.Best("جلسته", index => index != 3));
    }
}
