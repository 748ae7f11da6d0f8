using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Text.LineBreaking;

namespace Pamphlet.Tests.LineBreaking;

[Trait(Tier.Name, Tier.Unit)]
public sealed class KnuthPlassBreakerTests
{
    private static readonly KnuthPlassBreaker Breaker = new();
    private static readonly LineBreakParameters Defaults = LineBreakParameters.Default;

    private static string FrogKing => SyntheticParagraph.ReadTestText("frog-king.txt");

    private static string FrogKingHyphenated => SyntheticParagraph.ReadTestText("frog-king-hyphenated.txt");

    public static TheoryData<string, double> TextsAndWidths()
    {
        var data = new TheoryData<string, double>();
        foreach (var file in new[] { "frog-king.txt", "frog-king-hyphenated.txt" })
        {
            for (double width = 120; width <= 420; width += 37)
            {
                data.Add(file, width);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextsAndWidths))]
    public void NoLineIsWiderThanTheMeasureAndJustifiedLinesFillIt(string file, double width)
    {
        var paragraph = SyntheticParagraph.Build(SyntheticParagraph.ReadTestText(file));

        var result = Breaker.Break(paragraph.Items, _ => width, Defaults);

        LineAssert.WellFormed(paragraph.Items, result);
        Assert.DoesNotContain(result.Lines, l => l.Overfull);
        foreach (var line in result.Lines)
        {
            // Every justified line, the last one included (its fill takes the slack), is set exactly to the measure
            // unless it had too little stretch (an underfull line accepted by a late pass, or one the emergency pass
            // leaves short rather than stretch its spaces beyond their full stretch).
            if (line.Badness < 10000 && !line.LeftShort)
            {
                Assert.Equal(width, LineAssert.SetWidth(paragraph.Items, line), 6);
            }
        }
    }

    [Fact]
    public void HardLineBreaksAreHonoured()
    {
        var paragraph = SyntheticParagraph.Build("We demand bread\nand roses for all who work and all who care for others.");

        var result = Breaker.Break(paragraph.Items, _ => 200, Defaults);

        LineAssert.WellFormed(paragraph.Items, result);
        var lines = paragraph.Render(result);
        Assert.Equal("We demand bread", lines[0]);
        Assert.True(paragraph.Items[result.Lines[0].End].IsForcedBreak);
        Assert.True(result.Lines[0].FillRatio > 0, "the line before a hard break is set at natural width");
        Assert.StartsWith("and roses", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ConsecutiveHyphensNeverExceedTheLimit(int limit)
    {
        // Every word hyphenates everywhere and hyphens are rewarded, so without the limit hyphen runs are long.
        var eager = Defaults with { MaxConsecutiveHyphens = limit, HyphenPenalty = -200, FlaggedDemerits = 0, Pretolerance = -1 };
        var paragraph = SyntheticParagraph.Build(HyphenateEverywhere(FrogKing), p: eager);

        var result = Breaker.Break(paragraph.Items, _ => 160, eager);
        var unlimited = Breaker.Break(paragraph.Items, _ => 160, eager with { MaxConsecutiveHyphens = 1000 });

        LineAssert.WellFormed(paragraph.Items, result);
        Assert.True(LineAssert.LongestHyphenRun(unlimited) > limit, "the test paragraph must tempt the breaker past the limit");
        Assert.True(LineAssert.LongestHyphenRun(result) <= limit);
        Assert.True(LineAssert.LongestHyphenRun(new FirstFitBreaker().Break(paragraph.Items, _ => 160, eager)) <= limit);
    }

    [Fact]
    public void The_last_line_never_follows_a_hyphenated_line_unless_nothing_else_fits()
    {
        // Hyphens everywhere and rewarded: without the rule, many measures end a paragraph with a hyphenated line.
        var eager = Defaults with { HyphenPenalty = -200, FlaggedDemerits = 0, FinalHyphenDemerits = 0, Pretolerance = -1 };
        var paragraph = SyntheticParagraph.Build(HyphenateEverywhere(FrogKing), p: eager);
        var tempted = 0;
        for (var width = 120; width <= 400; width += 7)
        {
            var result = Breaker.Break(paragraph.Items, _ => width, eager);
            LineAssert.WellFormed(paragraph.Items, result);
            Assert.False(result.Lines.Count >= 2 && result.Lines[^2].EndsWithHyphen, $"width {width}: the line before the last ends with a hyphen");
            // First fit knows no such rule: where it hyphenates the line before the last, the paragraph offers that end.
            var greedy = new FirstFitBreaker().Break(paragraph.Items, _ => width, eager);
            if (greedy.Lines.Count >= 2 && greedy.Lines[^2].EndsWithHyphen) tempted++;
        }
        Assert.True(tempted >= 5, $"only {tempted} measures offer a hyphenated line before the last");
    }

    [Fact]
    public void A_hyphenated_line_before_the_last_is_taken_when_nothing_else_fits()
    {
        // One word of 20 letters (100 units) with one hyphen point, on a measure of 55: exactly its first half and the hyphen.
        var paragraph = SyntheticParagraph.Build("abcdefghij|klmnopqrst");

        var result = Breaker.Break(paragraph.Items, _ => 55, Defaults);

        Assert.Equal(["abcdefghij-", "klmnopqrst"], paragraph.Render(result));
        Assert.Equal(LineBreakPass.LastResort, result.Pass);
    }

    [Fact]
    public void ZeroConsecutiveHyphensForbidsHyphenBreaks()
    {
        var p = Defaults with { MaxConsecutiveHyphens = 0 };
        var paragraph = SyntheticParagraph.Build(HyphenateEverywhere(FrogKing));

        var result = Breaker.Break(paragraph.Items, _ => 160, p);

        LineAssert.WellFormed(paragraph.Items, result);
        Assert.DoesNotContain(result.Lines, l => l.EndsWithHyphen);
    }

    [Fact]
    public void KnuthPlassBeatsFirstFitOnTheFrogKing()
    {
        var paragraph = SyntheticParagraph.Build(FrogKing);
        const double width = 390;

        var best = Breaker.Break(paragraph.Items, _ => width, Defaults);
        var greedy = new FirstFitBreaker().Break(paragraph.Items, _ => width, Defaults);

        LineAssert.WellFormed(paragraph.Items, greedy);
        Assert.True(best.TotalDemerits < greedy.TotalDemerits);
        Assert.True(MaxAbsRatio(best) < MaxAbsRatio(greedy), $"KP worst |r| {MaxAbsRatio(best)} vs first fit {MaxAbsRatio(greedy)}");
        Assert.True(best.Lines.Sum(l => l.Badness) < greedy.Lines.Sum(l => l.Badness));
    }

    [Fact]
    public void NeverWorseThanFirstFitOverManyMeasures()
    {
        var paragraph = SyntheticParagraph.Build(FrogKingHyphenated);
        var p = Defaults with { Pretolerance = -1 };
        for (double width = 150; width <= 450; width += 7)
        {
            var best = Breaker.Break(paragraph.Items, _ => width, p);
            var greedy = new FirstFitBreaker().Break(paragraph.Items, _ => width, p);
            if (best.Pass == LineBreakPass.WithHyphenation && greedy.Lines.All(l => l.Badness <= p.Tolerance))
            {
                // First fit's breaks are then one of the solutions the optimiser weighed.
                Assert.True(best.TotalDemerits <= greedy.TotalDemerits + 1e-6, $"width {width}");
            }
        }
    }

    [Fact]
    public void AParagraphThatOnlyFitsWithHyphenation()
    {
        const string text = "Solidarity internationalisation responsibilities";
        const string hyphenated = "Sol|i|dar|i|ty in|ter|na|tion|al|is|a|tion re|spon|si|bil|i|ties";
        const double width = 75; // 15 characters: none of the words fits whole

        var plain = SyntheticParagraph.Build(text);
        var broken = SyntheticParagraph.Build(hyphenated);
        var withoutHyphens = Breaker.Break(plain.Items, _ => width, Defaults);
        var withHyphens = Breaker.Break(broken.Items, _ => width, Defaults);

        Assert.Contains(withoutHyphens.Lines, l => l.Overfull);
        Assert.Equal(LineBreakPass.LastResort, withoutHyphens.Pass);
        LineAssert.WellFormed(broken.Items, withHyphens);
        Assert.DoesNotContain(withHyphens.Lines, l => l.Overfull);
        Assert.Contains(withHyphens.Lines, l => l.EndsWithHyphen);
        Assert.True(LineAssert.LongestHyphenRun(withHyphens) <= Defaults.MaxConsecutiveHyphens);
    }

    [Fact]
    public void AWordLongerThanTheLineIsReportedOverfull()
    {
        var paragraph = SyntheticParagraph.Build("We say no to Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch and yes to the people of it.");

        var result = Breaker.Break(paragraph.Items, _ => 150, Defaults);

        LineAssert.WellFormed(paragraph.Items, result);
        Assert.Equal(LineBreakPass.LastResort, result.Pass);
        var overfull = Assert.Single(result.Lines, l => l.Overfull);
        Assert.Equal("Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch", paragraph.Render(result)[result.Lines.ToList().IndexOf(overfull)]);
        Assert.True(result.HasOverfullLines);
    }

    [Fact]
    public void OverfullLinesDoNotBreakTheHyphenLimit()
    {
        var p = Defaults with { MaxConsecutiveHyphens = 1 };
        var paragraph = SyntheticParagraph.Build("ab|cd|ef|gh|ij|kl|mn|op|qr|st|uv|wx|yz", p: p);

        var result = Breaker.Break(paragraph.Items, _ => 12, p);

        LineAssert.WellFormed(paragraph.Items, result);
        Assert.True(result.HasOverfullLines);
        Assert.True(LineAssert.LongestHyphenRun(result) <= 1);
    }

    [Fact]
    public void AnEmptyItemListHasNoLines()
    {
        var result = Breaker.Break([], _ => 100, Defaults);

        Assert.Empty(result.Lines);
        Assert.Equal(0, result.TotalDemerits);
    }

    [Fact]
    public void AnEmptyParagraphIsOneEmptyLine()
    {
        var items = LineItem.ParagraphEnd();

        var result = Breaker.Break(items, _ => 100, Defaults);

        var line = Assert.Single(result.Lines);
        Assert.Equal(0, line.Start);
        Assert.Equal(1, line.End);
        Assert.False(line.Overfull);
        Assert.Equal(100, line.FillRatio);
    }

    [Fact]
    public void ASingleWordIsOneLineAtNaturalWidth()
    {
        var paragraph = SyntheticParagraph.Build("Solidarity");

        var result = Breaker.Break(paragraph.Items, _ => 200, Defaults);

        var line = Assert.Single(result.Lines);
        Assert.Equal(0, line.AdjustmentRatio);
        Assert.Equal(150, line.FillRatio, 6);
        Assert.Equal(["Solidarity"], paragraph.Render(result));
    }

    [Fact]
    public void EachLineUsesItsOwnWidth()
    {
        const double indent = 30;
        var paragraph = SyntheticParagraph.Build(FrogKingHyphenated, indent: indent);
        double Shape(int line) => line switch { 0 => 200, 1 => 260, _ => 300 };

        var result = Breaker.Break(paragraph.Items, Shape, Defaults);

        LineAssert.WellFormed(paragraph.Items, result);
        for (int i = 0; i < result.Lines.Count; i++)
        {
            Assert.Equal(Shape(i), result.Lines[i].Width);
            // A line the emergency pass leaves short (its spaces at full stretch) ends before its own width.
            if (result.Lines[i].LeftShort)
            {
                Assert.InRange(LineAssert.SetWidth(paragraph.Items, result.Lines[i]), 0.9 * Shape(i), Shape(i));
            }
            else
            {
                Assert.Equal(Shape(i), LineAssert.SetWidth(paragraph.Items, result.Lines[i]), 6);
            }
        }

        var uniform = Breaker.Break(paragraph.Items, _ => 300, Defaults);
        Assert.NotEqual(paragraph.Render(uniform)[0], paragraph.Render(result)[0]);
    }

    [Fact]
    public void MatchesTheExhaustiveOptimumOnRandomParagraphs()
    {
        var random = new Random(1981);
        // A high tolerance lets many line counts reach the same break, which is where merging and pruning could go
        // wrong; cheap hyphens with no double-hyphen demerits make hyphen runs compete with the hard limit.
        var strict = Defaults with { Pretolerance = -1, Tolerance = 5000, MaxConsecutiveHyphens = 1 };
        var hyphenHappy = strict with { MaxConsecutiveHyphens = 2, HyphenPenalty = -60, FlaggedDemerits = 0 };
        int compared = 0;
        for (int trial = 0; trial < 80; trial++)
        {
            var p = trial % 2 == 0 ? strict : hyphenHappy;
            var items = RandomParagraph(random, p);
            double baseWidth = 140 + random.Next(0, 100);
            // Alternating wide and narrow lines, then a constant measure: line numbers matter, then stop mattering.
            double Shape(int line) => line < 6 && line % 2 == 1 ? baseWidth * 0.6 : baseWidth;

            double? optimum = ExhaustiveBreaker.MinimumDemerits(items, Shape, p, p.Tolerance);
            var result = Breaker.Break(items, Shape, p);
            if (optimum is null)
            {
                Assert.NotEqual(LineBreakPass.WithHyphenation, result.Pass);
                continue;
            }

            compared++;
            Assert.Equal(LineBreakPass.WithHyphenation, result.Pass);
            Assert.Equal(optimum.Value, result.TotalDemerits, 6);
        }

        Assert.True(compared >= 30, $"only {compared} random paragraphs were feasible; widen the measures");
    }

    [Fact]
    public void EmergencyStretchRescuesAParagraphWithTooLittleStretch()
    {
        // Ten-letter words on a 120-unit line: two words leave 16.7 units to one space that stretches 1.7.
        var paragraph = SyntheticParagraph.Build("abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij");

        var result = Breaker.Break(paragraph.Items, _ => 120, Defaults);
        var without = Breaker.Break(paragraph.Items, _ => 120, Defaults with { EmergencyStretchShare = 0 });

        Assert.Equal(LineBreakPass.EmergencyStretch, result.Pass);
        Assert.Equal(LineBreakPass.LastResort, without.Pass);
        Assert.False(result.HasOverfullLines);
        // The one space stops at the tolerance's ratio (∛2 for badness 200, not the 10 that filling the line would
        // take); the rest is left short.
        double mostRatio = Math.Cbrt(Defaults.Tolerance / 100);
        Assert.Equal(mostRatio, result.Lines[0].AdjustmentRatio, 6);
        Assert.True(result.Lines[0].LeftShort);
        Assert.Equal(2 * 50 + SyntheticParagraph.SpaceWidth + mostRatio * SyntheticParagraph.SpaceStretch, LineAssert.SetWidth(paragraph.Items, result.Lines[0]), 6);
    }

    [Fact]
    public void EmergencyStretchDoesNotLoosenTheLinesThatFitWithoutIt()
    {
        // The first line cannot fit within tolerance (a long word follows short ones), so the emergency
        // pass runs. The second line can end decently with a hyphen ("a-") or loosely (r = 2) without
        // one; judged with the emergency stretch, the loose line would look cheaper than the hyphen.
        var paragraph = SyntheticParagraph.Build(
            "abcde abcde abcde abcde abcdefghijklmn ab ab ab a|bcdefgh ab ab ab ab ab ab ab ab");

        var result = Breaker.Break(paragraph.Items, _ => 120, Defaults);

        Assert.Equal(LineBreakPass.EmergencyStretch, result.Pass);
        // The first line needs more than the tolerance's ratio: its spaces stop there and it is left short.
        Assert.True(result.Lines[0].LeftShort);
        Assert.Equal(Math.Cbrt(Defaults.Tolerance / 100), result.Lines[0].AdjustmentRatio, 6);
        Assert.True(result.Lines[1].EndsWithHyphen);
        Assert.InRange(result.Lines[1].AdjustmentRatio, -1, 1);
    }

    [Fact]
    public void ShortLastLinesAreAvoidedWhenTheyCanBe()
    {
        // Ending on short words gives the optimiser room to pull a word or two down onto the last line.
        var paragraph = SyntheticParagraph.Build(FrogKingHyphenated.Replace("her fa|vor|ite play|thing.", "her toy.", StringComparison.Ordinal));
        var indifferent = Defaults with { ShortLastLineDemerits = 0 };
        int shortWithout = 0, shortWith = 0;
        for (double width = 150; width <= 450; width += 5)
        {
            shortWithout += IsLastLineShort(Breaker.Break(paragraph.Items, _ => width, indifferent), paragraph.Items) ? 1 : 0;
            shortWith += IsLastLineShort(Breaker.Break(paragraph.Items, _ => width, Defaults), paragraph.Items) ? 1 : 0;
        }

        Assert.True(shortWithout > 0, "the test needs measures where the last line comes out short");
        Assert.True(shortWith < shortWithout, $"short last lines: {shortWith} with the demerits, {shortWithout} without");
    }

    [Fact]
    public void BreaksAreDeterministic()
    {
        var paragraph = SyntheticParagraph.Build(FrogKingHyphenated);

        var first = Breaker.Break(paragraph.Items, _ => 222, Defaults);
        var second = Breaker.Break(paragraph.Items, _ => 222, Defaults);

        Assert.Equal(first.Lines, second.Lines);
        Assert.Equal(first.TotalDemerits, second.TotalDemerits);
        Assert.Equal(first.Pass, second.Pass);
    }

    [Fact]
    public void ItemsWithoutAForcedBreakAtTheEndAreRejected()
    {
        LineItem[] items = [LineItem.Box(10), LineItem.Glue(3, 1, 1), LineItem.Box(10)];

        Assert.Throws<ArgumentException>(() => Breaker.Break(items, _ => 100, Defaults));
    }

    private static bool IsLastLineShort(LineBreakResult result, IReadOnlyList<LineItem> items)
    {
        var last = result.Lines[^1];
        return result.Lines.Count > 1 && LineAssert.NaturalAndShrink(items, last).Natural < Defaults.ShortLastLineShare * last.Width;
    }

    private static double MaxAbsRatio(LineBreakResult result) =>
        result.Lines.Take(result.Lines.Count - 1).Max(l => Math.Abs(l.AdjustmentRatio));

    /// <summary>Marks a hyphenation point every two letters of words of five letters or more.</summary>
    private static string HyphenateEverywhere(string text) =>
        string.Join(' ', text.Split(' ').Select(word =>
            word.Length < 5 ? word : string.Join('|', word.Chunk(2).Select(c => new string(c)))));

    /// <summary>
    /// Thirty words of one to three syllables with hyphen points, and word spaces far more elastic than
    /// real type, so that the same break can be reached with different numbers of lines.
    /// </summary>
    private static List<LineItem> RandomParagraph(Random random, LineBreakParameters p)
    {
        var items = new List<LineItem>();
        for (int word = 0; word < 30; word++)
        {
            if (word > 0)
            {
                items.Add(LineItem.Glue(6, 6 + random.Next(0, 6), 2));
            }

            int syllables = random.Next(1, 4);
            for (int s = 0; s < syllables; s++)
            {
                if (s > 0)
                {
                    items.Add(LineItem.Penalty(5, p.HyphenPenalty, flagged: true));
                }

                items.Add(LineItem.Box(8 + random.Next(0, 22)));
            }
        }

        items.AddRange(LineItem.ParagraphEnd());
        return items;
    }
}
