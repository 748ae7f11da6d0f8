using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Qr;

/// <summary>
/// A QR code as vector fills (prints sharp at any size, no raster image): one rectangle per
/// horizontal run of dark modules, stacked where consecutive rows repeat the same run. The frame's
/// size includes the quiet zone, so it can be placed on any background as is.
/// </summary>
internal static class QrCode
{
    /// <summary>
    /// Light modules around the symbol on every side. ISO/IEC 18004 requires 4: readers find the
    /// finder patterns by their contrast with empty surroundings, and text or a photo closer than
    /// that makes phones fail.
    /// </summary>
    public const int QuietZoneModules = 4;

    /// <summary>
    /// Smallest module worth printing, 0.5 mm (about 1.42 pt): below it phone cameras held at arm's
    /// length no longer resolve single modules, and ink spread on cheap paper fills light modules in.
    /// </summary>
    public const double MinimumModuleSize = 0.5 / MillimetresPerInch * PointsPerInch;

    private const double MillimetresPerInch = 25.4;
    private const double PointsPerInch = 72;

    /// <summary>Role of the light square behind the code, when one is asked for.</summary>
    public static string BackgroundRole(string role) => role + "-background";

    /// <summary>
    /// A square frame <paramref name="size"/> × <paramref name="size"/> points showing a QR code of
    /// <paramref name="text"/> (error-correction level M), quiet zone included. Dark modules are
    /// <see cref="FillItem"/>s of <paramref name="dark"/> with <paramref name="role"/>; if
    /// <paramref name="light"/> is given, a fill of it covering the whole frame (role
    /// <see cref="BackgroundRole"/>) comes first, for codes placed on dark or busy backgrounds.
    /// Callers should keep <paramref name="size"/> at or above <see cref="MinimumSize"/>. The dark
    /// modules carry <paramref name="structure"/> (the code's element); the light square is an artifact.
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty or too long for any QR code.</exception>
    public static Frame Compose(string text, double size, Color dark, string role = "qr-code", Color? light = null, StructureElement? structure = null)
    {
        if (!double.IsFinite(size) || size <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "A QR code needs a positive, finite size in points.");
        }

        ArgumentException.ThrowIfNullOrEmpty(role);
        var symbol = QrSymbol.Encode(text);
        var modules = symbol.Side + 2 * QuietZoneModules;
        var module = size / modules;

        var items = new List<PageItem>();
        if (light is { } background)
        {
            items.Add(new FillItem(BackgroundRole(role), new Rect(0, 0, size, size), background));
        }

        foreach (var block in DarkBlocks(symbol))
        {
            // Edges from module indices, not by adding widths, so rounding never accumulates and
            // neighbouring rectangles share exactly the same edge coordinates.
            var left = (QuietZoneModules + block.Column) * module;
            var top = (QuietZoneModules + block.Row) * module;
            var right = (QuietZoneModules + block.Column + block.Width) * module;
            var bottom = (QuietZoneModules + block.Row + block.Height) * module;
            items.Add(new FillItem(role, new Rect(left, top, right - left, bottom - top), dark) { Structure = structure });
        }

        return new Frame(size, size, items);
    }

    /// <summary>Modules per side of the code of <paramref name="text"/>, quiet zone included.</summary>
    public static int ModuleCount(string text) => QrSymbol.Encode(text).Side + 2 * QuietZoneModules;

    /// <summary>The smallest size, in points, at which the code of <paramref name="text"/> still scans reliably.</summary>
    public static double MinimumSize(string text) => ModuleCount(text) * MinimumModuleSize;

    /// <summary>A rectangle of dark modules, in module units from the symbol's top-left (no quiet zone).</summary>
    private readonly record struct Block(int Row, int Column, int Width, int Height);

    /// <summary>
    /// Each row's horizontal runs of dark modules; a run identical to one directly above (same
    /// columns) extends that rectangle downwards instead of starting a new one.
    /// </summary>
    private static List<Block> DarkBlocks(QrSymbol symbol)
    {
        var finished = new List<Block>();
        // Runs still open from the previous row, keyed by (column, width).
        var open = new Dictionary<(int Column, int Width), Block>();
        for (var row = 0; row < symbol.Side; row++)
        {
            var stillOpen = new Dictionary<(int Column, int Width), Block>();
            foreach (var (column, width) in Runs(symbol, row))
            {
                stillOpen[(column, width)] = open.Remove((column, width), out var above)
                    ? above with { Height = above.Height + 1 }
                    : new Block(row, column, width, 1);
            }

            finished.AddRange(open.Values);
            open = stillOpen;
        }

        finished.AddRange(open.Values);
        // Dictionaries do not promise an order; sort so the display list is the same on every run.
        finished.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
        return finished;
    }

    private static IEnumerable<(int Column, int Width)> Runs(QrSymbol symbol, int row)
    {
        var column = 0;
        while (column < symbol.Side)
        {
            if (!symbol.IsDark(row, column))
            {
                column++;
                continue;
            }

            var start = column;
            while (column < symbol.Side && symbol.IsDark(row, column)) column++;
            yield return (start, column - start);
        }
    }
}
