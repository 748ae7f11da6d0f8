using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Poster;

/// <summary>
/// The last word on a card's legibility (<see cref="LegibleText"/>): whatever the layout's styles
/// and the fitting made, no glyph on the composed card may be smaller. Binding already refuses the
/// styles and minimum sizes that would break the rule; this catches text sized in ways binding does
/// not see (a link's address set after it, say), naming what was too small.
/// </summary>
internal static class CardText
{
    /// <summary>Sizes are compared to a hundredth of a pixel, as binding compares them.</summary>
    private const double Tolerance = 0.01;

    public static void CheckLegible(Page card, LayoutDefinition layout)
    {
        var least = LegibleText.MinimumSize(layout.Page.Width);
        var small = card.ItemsOf<GlyphRun>().Where(run => run.Glyphs.Count > 0 && run.FontSize < least - Tolerance).ToList();
        if (small.Count == 0) return;
        var roles = string.Join(", ", small.Select(run => run.Role).Distinct().Order(StringComparer.Ordinal));
        throw new PamphletException(new SourceLocation(layout.SourcePath, 0),
            $"{layout.Name} sets text at {LegibleText.Px(small.Min(run => run.FontSize))} ({roles}), but text on a card must be at least " +
            $"{LegibleText.Describe(layout.Page.Width)} to be read on a phone; make the layout's styles for that text larger.");
    }
}
