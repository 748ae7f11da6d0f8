using Pamphlet.Pages;

namespace Pamphlet.Rendering.Imposition;

/// <summary>
/// Crop and fold marks on an imposed sheet, in registration colour so they print on every plate.
/// Each is a hairline continuing a trim edge (or the fold) outward, starting past the bleed: never
/// on the artwork, and never in the bleed, where a slightly-off cut would leave a stray line.
/// </summary>
internal static class PressMarks
{
    private const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>
    /// Gap between the bleed edge and the start of a mark. Single pages leave 2 mm in a 10 mm band of
    /// their own (<see cref="PrinterMarks.GapBeyondBleed"/>); a press sheet has only the margin it
    /// leaves (SRA4 leaves 4.5 mm past the bleed of an A5 spread), so 1 mm: a cut 1 mm past the bleed
    /// still misses the marks.
    /// </summary>
    public const double GapBeyondBleed = 1 * PointsPerMillimetre;

    /// <summary>Long enough to lay a guillotine blade on; longer helps nobody (as on single pages).</summary>
    public const double MaximumLength = PrinterMarks.MarkLength;

    /// <summary>
    /// The shortest mark a shop can align a cut to, and the height the slug line beside the marks
    /// needs (6 pt Noto Sans from ascender to descender is 2.9 mm): a sheet leaving less than the gap
    /// and this past the bleed is too small for the pages.
    /// </summary>
    public const double MinimumLength = 3 * PointsPerMillimetre;

    public const string CropRole = "crop-mark";
    public const string FoldRole = "fold-mark";

    /// <summary>The marks of a press sheet: crop marks at every trim corner and, where the pages fold, fold marks at both ends of the fold.</summary>
    public static IReadOnlyList<PageItem> For(SheetFrame frame)
    {
        var offset = frame.Bleed + GapBeyondBleed;
        var marks = new List<PageItem>(Crop(frame.Trims, frame.Artwork, frame.Sheet.Size, offset, frame.MarkLength));
        if (frame.Folded) marks.AddRange(Fold(frame.Trims[0], frame.FoldX, offset, frame.MarkLength));
        return marks;
    }

    /// <summary>
    /// At each corner of each trim, two marks continuing its edges outward, from
    /// <paramref name="offset"/> past the corner for <paramref name="length"/>. A mark is left out
    /// where it would touch artwork (between two 2-up copies the sideways marks would cross the other
    /// copy's bleed: the marks into the head and foot margins show those cuts) or leave the sheet.
    /// </summary>
    public static IReadOnlyList<RuleItem> Crop(IReadOnlyList<Rect> trims, IReadOnlyList<Rect> artwork, Size sheet, double offset, double length)
    {
        var paper = new Rect(0, 0, sheet.Width, sheet.Height);
        var marks = new List<RuleItem>();
        foreach (var trim in trims)
            foreach (var x in new[] { trim.X, trim.Right })
                foreach (var y in new[] { trim.Y, trim.Bottom })
                {
                    var outX = x == trim.X ? -1 : 1;
                    var outY = y == trim.Y ? -1 : 1;
                    // Beside the page on the line y, then above or below it on the line x.
                    var candidates = new[]
                    {
                Mark(CropRole, new Point(x + outX * offset, y), new Point(x + outX * (offset + length), y)),
                Mark(CropRole, new Point(x, y + outY * offset), new Point(x, y + outY * (offset + length))),
            };
                    marks.AddRange(candidates.Where(m => paper.Contains(m.Bounds) && !artwork.Any(a => a.Intersects(m.Bounds))));
                }

        // 2-up copies without bleed share their inner cut: its marks come once.
        return [.. marks.Distinct()];
    }

    /// <summary>Marks on the fold line above and below the open spread, as far out as the crop marks.</summary>
    public static IReadOnlyList<RuleItem> Fold(Rect spread, double foldX, double offset, double length) =>
    [
        Mark(FoldRole, new Point(foldX, spread.Y - offset), new Point(foldX, spread.Y - offset - length)),
        Mark(FoldRole, new Point(foldX, spread.Bottom + offset), new Point(foldX, spread.Bottom + offset + length)),
    ];

    private static RuleItem Mark(string role, Point from, Point to) => new(role, from, to, PrinterMarks.Thickness, Color.Registration);
}
