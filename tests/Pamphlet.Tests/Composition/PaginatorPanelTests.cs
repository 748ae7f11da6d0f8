using Pamphlet.Composition.Flow;
using Pamphlet.Pages;
using static Pamphlet.Tests.Composition.FakeFlow;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// Boxed panels (the demand box) split only between entries; each part is its own box and the part
/// after a break starts with the continued title.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class PaginatorPanelTests
{
    private const double Top = 30;

    // Style: padding 5, entry space 3, title gap 4; title 10 high; entries 20 high.
    // Height of a part with n entries: 2×5 + 10 + 4 + 20n + 3(n − 1).
    private static double PartHeight(int entries) => 10 + 10 + 4 + 20 * entries + 3 * (entries - 1);

    private static List<Placement> Paginate(double columnHeight, params FlowBlock[] blocks) =>
        new Paginator(_ => [new Rect(20, Top, Width, columnHeight)]).Paginate(blocks).Placements();

    [Fact]
    public void A_panel_that_fits_is_one_box_around_title_and_entries()
    {
        var placed = Paginate(200, Panel(10, 20, 20, 20));

        var box = placed.Of("panel");
        Assert.Equal(PartHeight(3), box.Height, 6);
        Assert.Equal(Top + 5, placed.Of("title").Y);
        Assert.Equal(Top + 5 + 10 + 4, placed.Of("e1").Y);
        Assert.Equal(Top + 5 + 10 + 4 + 23, placed.Of("e2").Y);
        Assert.DoesNotContain(placed, p => p.Name == "continued");
    }

    [Fact]
    public void A_panel_splits_between_entries_and_the_tail_starts_with_the_continued_title()
    {
        var placed = Paginate(100, Panel(10, 20, 20, 20, 20, 20));

        // Three entries make 90pt, four 113pt: three fit in the 100pt column.
        var boxes = placed.Where(p => p.Name == "panel").OrderBy(p => p.Page).ToList();
        Assert.Equal(2, boxes.Count);
        Assert.Equal((1, Top, PartHeight(3)), (boxes[0].Page, boxes[0].Y, boxes[0].Height));
        Assert.Equal((2, Top, PartHeight(2)), (boxes[1].Page, boxes[1].Y, boxes[1].Height));
        Assert.Equal(1, placed.Of("title").Page);
        Assert.Equal((2, Top + 5), (placed.Of("continued").Page, placed.Of("continued").Y));
        Assert.Equal([1, 1, 1, 2, 2], Enumerable.Range(1, 5).Select(i => placed.Of($"e{i}").Page));
        Assert.Equal(Top + 5 + 10 + 4, placed.Of("e4").Y);
    }

    [Fact]
    public void Every_entry_lies_inside_the_box_on_its_page()
    {
        var placed = Paginate(100, Box("A", 30), Panel(10, 20, 35, 20, 12, 20, 20, 28, 20, 20));

        var entries = placed.Where(p => p.Name.StartsWith('e')).ToList();
        Assert.Equal(9, entries.Count);
        foreach (var entry in entries)
        {
            var box = Assert.Single(placed, p => p.Name == "panel" && p.Page == entry.Page);
            Assert.True(entry.Y >= box.Y && entry.Bottom <= box.Bottom + 0.01, $"{entry} is outside {box}");
        }
    }

    [Fact]
    public void A_long_panel_repeats_the_continued_title_on_every_following_page()
    {
        var placed = Paginate(100, Panel(10, Enumerable.Repeat(20.0, 10).ToArray()));

        var pages = placed.Where(p => p.Name == "panel").Select(p => p.Page).ToList();
        Assert.Equal([1, 2, 3, 4], pages);
        Assert.Equal([2, 3, 4], placed.Where(p => p.Name == "continued").Select(p => p.Page));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"e{i}"),
            placed.Where(p => p.Name.StartsWith('e')).OrderBy(p => p.Page).ThenBy(p => p.Y).Select(p => p.Name));
    }

    [Fact]
    public void A_panel_with_no_room_for_its_title_and_first_entry_moves_whole()
    {
        // Title and one entry need 44pt after the 12pt space before: 48pt left is enough, 28pt is not.
        var placed = Paginate(100, Box("A", 40), Panel(PanelStyle(), 10, 12, 20, 20));
        Assert.Equal(1, placed.Of("e1").Page);

        placed = Paginate(100, Box("A", 60), Panel(PanelStyle(), 10, 12, 20, 20));
        Assert.All(placed.Where(p => p.Name != "A"), p => Assert.Equal(2, p.Page));
        Assert.Equal(Top, placed.Of("panel").Y);
    }
}
