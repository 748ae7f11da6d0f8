using Pamphlet.Composition.Flow;
using Pamphlet.Pages;
using static Pamphlet.Tests.Composition.FakeFlow;

namespace Pamphlet.Tests.Composition;

/// <summary>A long block that must stay with the next one (the paragraph before the signature).</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class PaginatorKeepTests
{
    private const double Top = 30;

    private static List<Placement> Paginate(params FlowBlock[] blocks) =>
        new Paginator(_ => [new Rect(20, Top, Width, 100)]).Paginate(blocks).Placements();

    [Fact]
    public void A_paragraph_kept_with_the_next_block_splits_instead_of_leaving_the_page_nearly_empty()
    {
        // B fits after A, B with S does not. Moving all of B on leaves page 1 with two lines;
        // splitting B (widows permitting) keeps the page full and still ends B beside S.
        var b = Lines("B", 7);
        b.KeepWithNext = true;
        var placed = Paginate(Lines("A", 2), b, Box("S", 15));

        var lines = placed.LinesOf("B");
        Assert.True(lines.Count(l => l.Page == 1) >= 2, $"page 1 holds {placed.Count(p => p.Page == 1)} items: B moved whole");
        Assert.Equal(lines[^1].Page, placed.Of("S").Page);
        Assert.True(lines.Count(l => l.Page == placed.Of("S").Page) >= 2);
    }
}
