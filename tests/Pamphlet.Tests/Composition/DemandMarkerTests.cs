using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>Demand boxes with bulleted (unordered) lists.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class DemandMarkerTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    [Fact]
    public void A_bulleted_demand_list_composes_with_markers_the_fonts_can_draw()
    {
        var result = fixture.Compose("---\ntitle: Demands\n---\n\n::: demands\n### Our demands\n\n- Rent caps now.\n- No evictions in winter.\n:::\n");

        var markers = result.Document.Pages.SelectMany(p => p.ItemsOf<GlyphRun>()).Where(r => r.Role == "demands-marker").ToList();
        Assert.Equal(2, markers.Count);
        Assert.All(markers, m => Assert.DoesNotContain((ushort)0, m.Glyphs));
    }
}
