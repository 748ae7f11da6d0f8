using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Tests.Composition;

/// <summary>Undrawable characters that come from the layout, not the statement.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class LayoutGlyphTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    [Fact]
    public void An_undrawable_bullet_from_the_layout_is_reported_against_the_layout_without_an_empty_line_list()
    {
        var layout = fixture.TestLayout("arrow-bullets");

        var error = Assert.Throws<PamphletException>(() => fixture.Compose("---\ntitle: Lists\n---\n\n- One thing.\n- Another thing.\n", layout));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Contains("U+2192", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith("arrow-bullets.yaml", diagnostic.Location.File, StringComparison.Ordinal);
        Assert.DoesNotContain("(line )", diagnostic.Message, StringComparison.Ordinal);
    }
}
