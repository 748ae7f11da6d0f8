using Pamphlet.Composition.Flow;
using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// A paragraph that would end a column on a hyphen is set again (its <see cref="LinesBlock.Rebreak"/>)
/// so that line ends on a whole word, before any line moves. Lines here are fake glyph runs, 10 high.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class FootHyphenTests
{
    private static readonly FontFace Face = new("test.ttf", 0, "Test", ReadOnlyMemory<byte>.Empty);

    private static Frame Line(string text, bool hyphen) =>
        new(100, 10, [new GlyphRun("body", new Point(0, 8), Face, 10, Color.Black, [1], [new Point(0, 0)], text, [0], 90, 8, 2) { HyphenInserted = hyphen }]);

    /// <summary>Five lines "name.1" … "name.5", the <paramref name="hyphenated"/>-th (1-based) ending with a hyphen.</summary>
    private static List<Frame> Lines(string name, int hyphenated) =>
        Enumerable.Range(1, 5).Select(i => Line($"{name}.{i}", i == hyphenated)).ToList();

    private static List<(int Page, string Text)> Paginate(LinesBlock block) =>
        new Paginator(_ => [new Rect(0, 0, 100, 30)]).Paginate([block]).Pages
            .SelectMany((items, page) => items.OfType<GlyphRun>().Select(r => (page + 1, r.Text))).ToList();

    [Fact]
    public void A_paragraph_is_set_again_so_that_the_foot_of_the_page_is_a_whole_word()
    {
        var asked = new List<int>();
        var block = new LinesBlock(Lines("P", hyphenated: 3), 2, 2)
        {
            Role = "body",
            Rebreak = k => { asked.Add(k); return Lines("Q", hyphenated: 0); },
        };

        var placed = Paginate(block);

        Assert.Equal([2], asked);
        Assert.Equal([(1, "Q.1"), (1, "Q.2"), (1, "Q.3"), (2, "Q.4"), (2, "Q.5")], placed);
    }

    [Fact]
    public void Without_another_breaking_the_hyphen_stays_and_no_line_moves()
    {
        var block = new LinesBlock(Lines("P", hyphenated: 3), 2, 2) { Role = "body", Rebreak = _ => null };

        var placed = Paginate(block);

        Assert.Equal((1, "P.3"), placed[2]);
    }

    [Fact]
    public void A_breaking_that_would_split_elsewhere_is_not_taken()
    {
        // The alternative has its hyphen on line 3 as well: no gain, the first setting stays.
        var block = new LinesBlock(Lines("P", hyphenated: 3), 2, 2) { Role = "body", Rebreak = _ => Lines("Q", hyphenated: 3) };

        Assert.Equal((1, "P.3"), Paginate(block)[2]);
    }

    [Fact]
    public void A_line_ending_on_the_statements_own_hyphen_counts_too()
    {
        Assert.True(LinesBlock.EndsWithHyphen(Line("well-", hyphen: false)));
        Assert.False(LinesBlock.EndsWithHyphen(Line("well", hyphen: false)));
    }
}
