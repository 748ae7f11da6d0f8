using System.Globalization;
using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>
/// Where each press sheet side's slug line goes: in the foot margin, past the bleed and the gap the
/// marks keep from it, under the left page between the crop mark at its outer edge and the mark at its
/// inner one (the fold, or the cut between 2-up copies), so it touches neither marks nor artwork.
/// </summary>
internal static class SheetSlugs
{
    public const string Role = "slug";

    public static SlugSpace Space(SheetFrame frame, int sideIndex)
    {
        var left = frame.Left;
        var top = left.Bottom + frame.Bleed + PressMarks.GapBeyondBleed;
        var start = left.X + PrinterMarks.SlugIndent;
        var end = left.Right - PrinterMarks.SlugIndent;
        return new SlugSpace(new Rect(start, top, Math.Max(0, end - start), frame.Sheet.Size.Height - top), SideLabel(sideIndex));
    }

    /// <summary>
    /// "sheet 1 front", "sheet 1 back", "sheet 2 front"…: sides are printed in pairs, front then back
    /// (a 2-up file's sides too, so a two-page flyer is one sheet printed on both sides).
    /// </summary>
    public static string SideLabel(int sideIndex) => string.Create(CultureInfo.InvariantCulture,
        $"sheet {sideIndex / 2 + 1} {(sideIndex % 2 == 0 ? "front" : "back")}");
}
