using Pamphlet.Composition.Fitting;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Tests.Fitting;

/// <summary>
/// The page count is not monotone in the fitting step (a float or kept heading moving to the next page
/// can make a looser setting a page shorter): the search must find a count the range reaches even where
/// a bisection steps over it, and say which counts it reaches when it cannot (issue 8). The compositions
/// here are stand-ins that give a chosen page count per step.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class PageCountSearchTests
{
    private static readonly LayoutDefinition Pamphlet = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");
    private static readonly SourceLocation At = new("statement.md", 1);

    /// <summary>The fitting step a layout was fitted with, read back from its body size.</summary>
    private static double StepOf(LayoutDefinition layout)
    {
        var range = Pamphlet.Fitting!.BodySize;
        var written = Pamphlet.Styles.Body.Font.Size;
        var size = layout.Styles.Body.Font.Size;
        return size >= written ? (size - written) / (range.Max - written) : (size - written) / (written - range.Min);
    }

    /// <summary>A stand-in composition: <paramref name="pagesAt"/> pages for the step the layout was fitted with.</summary>
    private static (PageCountFitter Fitter, List<double> Steps) Fitter(Func<double, int> pagesAt)
    {
        var steps = new List<double>();
        var fitter = new PageCountFitter(layout =>
        {
            var step = StepOf(layout);
            steps.Add(step);
            return [.. Enumerable.Range(1, pagesAt(step)).Select(n => new Page(n, new Size(420, 595), []))];
        });
        return (fitter, steps);
    }

    [Fact]
    public void A_count_the_count_jumps_over_near_its_boundary_is_found_between_grid_steps()
    {
        // 10 pages as written; loosening reaches 13 first at t = 0.45, then 12 in a narrow window, then 13 again.
        var (fitter, _) = Fitter(t => t < 0.45 ? 11 - (t < 0.2 ? 1 : 0) : t is >= 0.46 and < 0.47 ? 12 : 13);

        var fit = fitter.FitTo(Pamphlet, PageTarget.Exactly(12), At, wordCount: 3000);

        Assert.InRange(StepOf(fit.Layout), 0.46 - 1e-9, 0.47);
        Assert.Equal(fit.Step, StepOf(fit.Layout), 9);
    }

    [Fact]
    public void A_count_reached_only_past_a_dip_is_found_and_the_smallest_change_is_chosen()
    {
        // 13 pages from t = 0.5, then 12 from 0.55 to 0.7: the bisection for "at least 12" lands on 13.
        var (fitter, _) = Fitter(t => t switch { < 0.2 => 10, < 0.5 => 11, < 0.55 => 13, < 0.7 => 12, _ => 13 });

        var fit = fitter.FitTo(Pamphlet, PageTarget.Exactly(12), At, wordCount: 3000);

        Assert.InRange(fit.Step, 0.55 - 1e-9, 0.56);
    }

    [Fact]
    public void Fit4_takes_the_nearer_multiple_of_four_even_when_only_the_survey_finds_it()
    {
        // 142 pages as written; 140 only in a window past a dip towards 139, 144 at t = 0.3.
        var (fitter, _) = Fitter(t => t switch { < -0.6 => 138, < -0.3 => 139, < -0.1 => 141, < 0 => 140, < 0.3 => 142, _ => 144 });

        var fit = fitter.FitTo(Pamphlet, PageTarget.NearestMultipleOfFour, At, wordCount: 60000);

        Assert.InRange(fit.Step, -0.1, -1e-9);
    }

    [Fact]
    public void Fit4_goes_to_the_nearest_reachable_multiple_of_four_when_those_beside_the_count_are_out_of_reach_and_says_so()
    {
        // 142 pages as written; the count jumps 139 → 142 → 146, so neither 140 nor 144 exists; 136 and 152 do.
        var (fitter, _) = Fitter(t => t switch { < -0.7 => 136, < -0.1 => 139, < 0.2 => 142, < 0.8 => 146, _ => 152 });

        var fit = fitter.FitTo(Pamphlet, PageTarget.NearestMultipleOfFour, At, wordCount: 60000);

        Assert.InRange(fit.Step, -1, -0.7);
        Assert.NotNull(fit.Note);
        Assert.Contains("cannot set this statement on 140 or 144 pages", fit.Note);
        Assert.Contains("sets on 136, 139, 142, 146, 152 pages), so it was set on 136 pages", fit.Note);
    }

    [Fact]
    public void Fit4_with_no_reachable_multiple_of_four_is_refused()
    {
        var (fitter, _) = Fitter(t => t < 0 ? 5 : t < 0.5 ? 6 : 7);

        var error = Assert.Throws<PamphletException>(() => fitter.FitTo(Pamphlet, PageTarget.NearestMultipleOfFour, At, wordCount: 1500));

        Assert.Contains("cannot set this statement on 4 or 8 pages", error.Diagnostics[0].Message);
        Assert.Contains("sets on 5–7 pages", error.Diagnostics[0].Message);
    }

    [Fact]
    public void A_count_the_range_steps_over_is_refused_with_the_counts_it_reaches()
    {
        var (fitter, _) = Fitter(t => t switch { < -0.5 => 9, < 0.25 => 10, < 0.6 => 11, _ => 13 });

        var error = Assert.Throws<PamphletException>(() => fitter.FitTo(Pamphlet, PageTarget.Exactly(12), At, wordCount: 3000));

        var message = error.Diagnostics[0].Message;
        Assert.Contains("sets on 9–11, 13 pages", message);
        Assert.Contains("jumps from 11 to 13 and never lands on 12", message);
        Assert.Contains("or ask for 11 or 13 pages", message);
    }

    [Fact]
    public void A_count_outside_the_range_says_how_many_words_would_reach_it()
    {
        var (fitter, _) = Fitter(t => t < 0 ? 9 : 10);

        var error = Assert.Throws<PamphletException>(() => fitter.FitTo(Pamphlet, PageTarget.Exactly(16), At, wordCount: 3000));

        Assert.Matches(@"sets on 9–10 pages; it needs \d+\.\d pages at the largest allowed settings; add ≈ \d+ words or ask for 10 pages", error.Diagnostics[0].Message);
    }

    [Fact]
    public void The_chosen_step_lands_on_the_count_and_is_the_smallest_change_to_the_search_precision()
    {
        // 9 pages as written; 8 only from t = -0.61803 down (a boundary on no power-of-two step).
        const double boundary = -0.61803;
        var (fitter, _) = Fitter(t => t <= boundary ? 8 : t < 0.5 ? 9 : 10);

        var fit = fitter.FitTo(Pamphlet, PageTarget.NearestMultipleOfFour, At, wordCount: 2500);

        Assert.InRange(fit.Step, boundary - PageCountFitter.Precision, boundary);
    }

    [Fact]
    public void A_multiple_of_four_more_than_a_page_beyond_the_range_is_not_surveyed()
    {
        // 9 pages as written, 10 at the loosest settings: 12 is out of reach, 8 found by bisection alone.
        var (fitter, steps) = Fitter(t => t <= -0.9 ? 8 : t < 0.5 ? 9 : 10);

        var fit = fitter.FitTo(Pamphlet, PageTarget.NearestMultipleOfFour, At, wordCount: 2500);

        Assert.InRange(fit.Step, -0.9 - PageCountFitter.Precision, -0.9);
        // As written, both ends of the range, then one halving per step down to the precision.
        var bisection = (int)Math.Log2(1 / PageCountFitter.Precision);
        Assert.InRange(steps.Count, 1, 3 + bisection);
        Assert.DoesNotContain(steps, t => t > 0 && t < 1);
    }

    [Fact]
    public void A_multiple_of_four_one_page_beyond_the_range_is_still_surveyed()
    {
        // 10 pages as written and at both ends of the range, 12 only in a window the survey finds.
        var (fitter, _) = Fitter(t => t is >= 0.49 and < 0.6 ? 12 : t is > -0.2 and < 0.2 ? 10 : 11);

        var fit = fitter.FitTo(Pamphlet, PageTarget.Exactly(12), At, wordCount: 2500);

        Assert.InRange(fit.Step, 0.49, 0.6);
    }

    [Fact]
    public void A_count_met_as_written_composes_once()
    {
        var (fitter, steps) = Fitter(_ => 8);

        var fit = fitter.FitTo(Pamphlet, PageTarget.NearestMultipleOfFour, At, wordCount: 3000);

        Assert.Equal(0, fit.Step);
        Assert.Same(Pamphlet, fit.Layout);
        Assert.Single(steps);
    }
}

[Trait(Tier.Name, Tier.Layout)]
public sealed class PageTargetTests
{
    [Theory]
    [InlineData("fit4", null)]
    [InlineData("8", 8)]
    [InlineData(" 12 ", 12)]
    [InlineData("999", 999)]
    public void Reads_a_count_or_fit4(string text, int? exact)
    {
        Assert.True(PageTarget.TryParse(text, out var target));
        Assert.Equal(exact, target.Exact);
        Assert.Equal(exact is null, target.IsMultipleOfFour);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-4")]
    [InlineData("+8")]
    [InlineData("1000")]
    [InlineData("8.0")]
    [InlineData("eight")]
    [InlineData("fit 4")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_anything_else(string? text) => Assert.False(PageTarget.TryParse(text, out _));

    [Theory]
    [InlineData(6, new[] { 8, 4 })]
    [InlineData(3, new[] { 4 })]
    [InlineData(1, new[] { 4 })]
    [InlineData(142, new[] { 144, 140 })]
    public void Fit4_aims_at_the_multiples_of_four_around_the_natural_count(int natural, int[] expected) =>
        Assert.Equal(expected, PageTarget.NearestMultipleOfFour.Candidates(natural));

    [Fact]
    public void Fit4_is_met_by_any_multiple_of_four_and_a_count_only_by_itself()
    {
        Assert.True(PageTarget.NearestMultipleOfFour.IsMetBy(12));
        Assert.False(PageTarget.NearestMultipleOfFour.IsMetBy(10));
        Assert.True(PageTarget.Exactly(10).IsMetBy(10));
        Assert.False(PageTarget.Exactly(10).IsMetBy(12));
    }
}
