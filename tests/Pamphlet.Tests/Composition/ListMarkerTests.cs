using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// List and demand markers are measured to the widest in the list: "10." prints whole (it used to
/// print "1", cut to a one-digit box, with a warning blaming the layout), every marker's right edge
/// lines up, and the hanging indent grows when the widest marker needs more room.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class ListMarkerTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private static string Numbered(int count, int start = 1) =>
        string.Concat(Enumerable.Range(start, count).Select(n => $"{n}. Item number {n} of the list.\n"));

    private static List<GlyphRun> Runs(Pamphlet.Composition.CompositionResult result, string role) =>
        result.Document.Pages.SelectMany(p => p.ItemsOf<GlyphRun>()).Where(r => r.Role == role).ToList();

    [Fact]
    public void Numbers_from_ten_print_whole_without_a_warning()
    {
        var result = fixture.Compose("---\ntitle: Markers\n---\n\n" + Numbered(12));

        var markers = Runs(result, "body-marker");
        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"{n}."), markers.Select(m => m.Text));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("too long", StringComparison.Ordinal));
    }

    [Fact]
    public void Markers_align_on_their_right_edge_and_items_on_their_text()
    {
        var result = fixture.Compose("---\ntitle: Markers\n---\n\n" + Numbered(12));

        var markers = Runs(result, "body-marker");
        var rightEdges = markers.Select(m => m.Origin.X + m.Width).ToList();
        Assert.All(rightEdges, edge => Assert.Equal(rightEdges[0], edge, 2));
        var body = Runs(result, "body");
        foreach (var marker in markers)
        {
            var textStart = body.Where(r => Math.Abs(r.Origin.Y - marker.Origin.Y) < 0.01).Min(r => r.Origin.X);
            Assert.True(marker.Origin.X + marker.Width < textStart, $"marker '{marker.Text}' overlaps its text");
            Assert.Equal(body.Min(r => r.Origin.X), textStart, 2);
        }
    }

    [Fact]
    public void The_hanging_indent_grows_for_three_digit_numbers()
    {
        var short_ = fixture.Compose("---\ntitle: Markers\n---\n\n" + Numbered(3));
        var long_ = fixture.Compose("---\ntitle: Markers\n---\n\n" + Numbered(3, start: 998));

        var shortStart = Runs(short_, "body").Min(r => r.Origin.X);
        var longStart = Runs(long_, "body").Min(r => r.Origin.X);
        Assert.True(longStart > shortStart, $"999. needs more room than 3.: text at {longStart:0.#} vs {shortStart:0.#}");
        Assert.Contains(Runs(long_, "body-marker"), m => m.Text == "1000.");
        PageAssert.GlyphRunsInsideTheColumn(long_.Document, fixture.Pamphlet);
    }

    [Fact]
    public void A_layout_whose_list_indent_is_too_narrow_for_its_markers_still_prints_them_whole()
    {
        // The large-print layout sets 12pt text in the 5 mm list indent: "1." used to print as "1".
        var large = fixture.Catalog.Resolve("a5-pamphlet-large-print");
        var result = fixture.Compose("---\ntitle: Markers\n---\n\n" + Numbered(4), large);

        Assert.Equal(["1.", "2.", "3.", "4."], Runs(result, "body-marker").Select(m => m.Text));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("too long", StringComparison.Ordinal));
    }

    [Fact]
    public void Twelve_demands_are_numbered_whole_and_aligned()
    {
        var demands = string.Concat(Enumerable.Range(1, 12).Select(n => $"{n}. Demand {n}.\n"));
        var result = fixture.Compose("---\ntitle: Markers\n---\n\n::: demands\n### Our demands\n\n" + demands + ":::\n");

        var markers = Runs(result, "demands-marker");
        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"{n}"), markers.Select(m => m.Text));
        var rightEdges = markers.Select(m => m.Origin.X + m.Width).ToList();
        Assert.All(rightEdges, edge => Assert.Equal(rightEdges[0], edge, 2));
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("too long", StringComparison.Ordinal));
    }

    [Fact]
    public void Demand_sub_points_hang_under_their_demand_lettered_or_bulleted()
    {
        var result = fixture.Compose("---\ntitle: Markers\n---\n\n::: demands\n1. Homes.\n   1. Council rents.\n   2. Repairs.\n2. Parks.\n   - Open all night.\n:::\n");

        var words = PageWords.Words(result.Document);
        PageWords.AssertInOrder(words, ["1", "Homes", "a", "Council", "b", "Repairs", "2", "Parks", "Open"]);
        var markers = Runs(result, "demands-marker");
        Assert.Equal(["1", "a", "b", "2", "•"], markers.OrderBy(m => m.Origin.Y).Select(m => m.Text));
        var homes = PageWords.Find(words, "Homes");
        var council = PageWords.Find(words, "Council");
        Assert.True(council.X > homes.X, "sub-points are indented under their demand");
        var letter = markers.Single(m => m.Text == "a");
        Assert.True(letter.Origin.X >= homes.X - 0.01, "the sub-point's letter hangs under the demand's text, not its number");
    }

    [Fact]
    public void A_poster_with_twelve_demands_is_set()
    {
        // It used to fail: every marker from 10 was "too long", so no size fitted.
        var demands = string.Concat(Enumerable.Range(1, 12).Select(n => $"{n}. Demand {n}.\n"));
        var poster = fixture.Catalog.Resolve("poster-a3");

        var result = fixture.Compose("---\ntitle: Markers\n---\n\n::: demands\n" + demands + ":::\n", poster);

        var markers = Runs(result, "demands-marker@demands");
        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"{n}"), markers.Select(m => m.Text));
    }

    [Fact]
    public void Letters_count_on_past_z()
    {
        Assert.Equal(["a", "z", "aa", "az", "ba", "zz", "aaa"],
            new[] { 1, 26, 27, 52, 53, 702, 703 }.Select(Pamphlet.Composition.Blocks.ListMarkers.Letters));
    }
}
