using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// A card's text must read on a phone (<see cref="LegibleText"/>): every region may shrink its text
/// no further than that, and every style a region shows starts at least that large. Fitting scales
/// a region's styles down to its <c>min-size</c> and no further (a style smaller than that stays as it
/// is), so with both checked no text of the card can come out smaller. The error points at the value
/// to change, in the file that wrote it.
/// </summary>
internal sealed class CardLegibility(RawMap merged, string leafFile)
{
    /// <summary>Sizes are compared to a hundredth of a pixel: 28px written in a layout is 28 exactly, but em sizes are products.</summary>
    private const double Tolerance = 0.01;

    private readonly LayoutTree tree = new(merged);

    public void Check(LayoutDefinition layout)
    {
        var grid = layout.Poster ?? throw new InvalidOperationException("a card without a grid passed binding");
        var least = LegibleText.MinimumSize(layout.Page.Width);
        var rule = $"text on a card must be at least {LegibleText.Describe(layout.Page.Width)} to be read on a phone";
        var leastText = LegibleText.PxUp(least);
        var section = LayoutBinder.GridSection(layout.Kind);
        foreach (var region in grid.Regions)
        {
            var regionPath = $"{section}.regions.{region.Name}";
            if (region.MinSize < least - Tolerance)
            {
                var written = tree.Written($"{regionPath}.min-size");
                var given = written is null ? $"{LegibleText.Px(region.MinSize)}, the default min-size" : LegibleText.Px(region.MinSize);
                throw new PamphletException(At(written, regionPath),
                    $"region '{region.Name}' may shrink its text to {given}, but {rule}; give it 'min-size: {leastText}' or more.");
            }

            foreach (var (path, style) in MeasureCheck.RegionStyles(layout, region).Where(s => s.Style.Font.Size < least - Tolerance))
            {
                var (sizePath, node) = Blame(tree.SizePaths(path));
                throw new PamphletException(At(node, $"{regionPath}.content"),
                    $"'{path}' sets text at {LegibleText.Px(style.Font.Size)} in region '{region.Name}', but {rule}; make '{sizePath}' larger so that it is at least {leastText}.");
            }
        }
    }

    /// <summary>
    /// The size to change, of <paramref name="paths"/> (most specific first): the first the layout being
    /// loaded wrote itself, else the first any layout file wrote, else the first (a built-in default).
    /// </summary>
    private (string Path, RawNode? Node) Blame(IReadOnlyList<string> paths)
    {
        var written = paths.Select(p => (Path: p, Node: tree.Written(p))).Where(w => w.Node is not null).ToList();
        var pick = written.FirstOrDefault(w => w.Node!.At.File == leafFile);
        if (pick.Node is null) pick = written.FirstOrDefault();
        return pick.Node is null ? (paths[0], null) : pick;
    }

    /// <summary>The value that was written, else the region entry that shows the text (the built-in defaults are no place to point at).</summary>
    private SourceLocation At(RawNode? written, string fallbackPath) =>
        written?.At ?? tree.Written(fallbackPath)?.At ?? tree.Find(fallbackPath)?.At ?? new SourceLocation(leafFile, 0);
}
