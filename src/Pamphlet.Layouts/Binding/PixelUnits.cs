using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Units;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// <c>px</c> is a card's pixel, which is a point (<see cref="LengthLiteral.PointsPerPixel"/>). On
/// paper a pixel means nothing, and a designer used to CSS would expect 0.75pt: a print layout that
/// writes px is refused at the value, instead of printing a third larger than meant.
/// </summary>
internal static class PixelUnits
{
    public static void RefuseOutsideCards(RawMap merged, LayoutKind kind)
    {
        if (kind == LayoutKind.Card) return;
        if (FirstPixelLength(merged, "") is not { } found) return;
        var what = kind == LayoutKind.Poster ? "a poster" : "a pamphlet";
        throw Errors.At(found.Node,
            $"'{found.Path}' is in px, a card's pixel, but this layout is {what}, made for paper: give it in mm, cm, pt or in (px is for 'kind: card' layouts).");
    }

    private static (string Path, RawNode Node)? FirstPixelLength(RawNode node, string path)
    {
        switch (node)
        {
            case RawScalar { IsNull: false } scalar when LengthLiteral.TryParse(scalar.Value, out var literal, out _) && literal.Unit == LengthUnit.Pixel:
                return (path, scalar);
            case RawMap map:
                foreach (var entry in map.Entries)
                {
                    if (FirstPixelLength(entry.Value, path.Length == 0 ? entry.Key : $"{path}.{entry.Key}") is { } found) return found;
                }

                return null;
            case RawList list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (FirstPixelLength(list.Items[i], $"{path}[{i + 1}]") is { } found) return found;
                }

                return null;
            default:
                return null;
        }
    }
}
