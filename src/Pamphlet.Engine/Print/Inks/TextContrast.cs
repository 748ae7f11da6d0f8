using System.Globalization;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Engine.Print.Inks;

/// <summary>
/// After colours become greys, text must still stand out from what is behind it: a red title on a
/// dark-red cover can become grey on grey. Each style whose text falls below the contrast a
/// photocopy needs is an error that names it and the colours to change.
/// </summary>
internal static class TextContrast
{
    /// <summary>WCAG's minimum for body text; a photocopy loses contrast, never gains it.</summary>
    public const double MinimumRatio = 4.5;

    /// <summary>
    /// Checks <paramref name="printed"/> (the greys) item by item against <paramref name="composed"/>
    /// (the layout's colours, same items in the same order) so messages can name the palette colours.
    /// </summary>
    public static void Check(PagedDocument composed, PagedDocument printed, LayoutDefinition layout, string inkName)
    {
        var names = new PaletteNames(layout.Colors);
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var p = 0; p < printed.Pages.Count; p++)
        {
            var (before, after) = (composed.Pages[p].Items, printed.Pages[p].Items);
            for (var i = 0; i < after.Count; i++)
            {
                if (after[i] is not GlyphRun { Color.Space: ColorSpace.Gray } run || failures.ContainsKey(run.Role)) continue;
                if (Behind(after, i) is not var (at, ground) || ground.Space != ColorSpace.Gray) continue;
                var ratio = Lightness.Contrast(run.Color.Components[0], ground.Components[0]);
                if (ratio >= MinimumRatio) continue;
                var text = Named(names, ((GlyphRun)before[i]).Color);
                var back = at < 0 ? "paper" : Named(names, ((FillItem)before[at]).Fill!.Value);
                failures[run.Role] = string.Create(CultureInfo.InvariantCulture,
                    $"'{run.Role}' text on page {p + 1} prints {Share(run.Color)} black on {Share(ground)} ({text} on {back}): contrast {ratio:0.0}:1, below the {MinimumRatio}:1 a copy needs to read");
            }
        }

        if (failures.Count == 0) return;
        throw new PamphletException(new SourceLocation(layout.SourcePath, 0),
            $"with --ink {inkName}, {string.Join("; ", failures.Values)}. Give the colours different shares of black in the layout's 'black-only:' section (for example black-only: {{accent: 100%, panel: 12%}}), or build with another --ink.");
    }

    /// <summary>
    /// The topmost opaque area painted before item <paramref name="index"/> under its middle (its index,
    /// or -1 for the paper), or null when a photo is behind it: a photo's tones cannot be judged here.
    /// </summary>
    private static (int Index, Color Ground)? Behind(IReadOnlyList<PageItem> items, int index)
    {
        var bounds = items[index].Bounds;
        var (x, y) = (bounds.X + bounds.Width / 2, bounds.Y + bounds.Height / 2);
        for (var i = index - 1; i >= 0; i--)
        {
            var area = items[i].Bounds;
            if (x < area.X || x > area.Right || y < area.Y || y > area.Bottom) continue;
            switch (items[i])
            {
                case FillItem { Fill: { IsOpaque: true } fill }: return (i, fill);
                case ImageItem: return null;
            }
        }

        return (-1, Color.White);
    }

    private static string Named(PaletteNames names, Color color) =>
        names.Of(color) is [var name, ..] ? $"'{name}'" : color.ToString();

    private static string Share(Color gray) => string.Create(CultureInfo.InvariantCulture, $"{(1 - gray.Components[0]) * 100:0} %");
}
