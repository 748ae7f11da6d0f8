using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Qr;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Units;

namespace Pamphlet.Composition.Poster;

/// <summary>
/// How large a poster prints its QR code: the symbol (the dark modules, without the quiet zone) is
/// <see cref="SymbolOnA3"/> across on an A3 sheet and scales with the sheet, because a larger sheet
/// is read, and its code scanned, from farther away.
/// </summary>
internal static class PosterQrSize
{
    private const double PointsPerMillimetre = LengthLiteral.PointsPerMillimetre;

    /// <summary>
    /// 30 mm: phones read a code from about ten times its width, so 30 mm scans from 30 cm — from
    /// where someone stands reading an A3 sheet on a wall or over a shoulder, without stepping up to it.
    /// </summary>
    public const double SymbolOnA3 = 30 * PointsPerMillimetre;

    private const double A3Area = 297 * PointsPerMillimetre * (420 * PointsPerMillimetre);

    /// <summary>The symbol's width on <paramref name="page"/>: in proportion to the sheet's linear size (√area), as reading distance is.</summary>
    public static double Symbol(PageSetup page) => SymbolOnA3 * Math.Sqrt(page.Width * page.Height / A3Area);

    /// <summary>The code's whole square for <paramref name="url"/> on <paramref name="page"/>: the symbol and its quiet zone.</summary>
    public static double Frame(PageSetup page, string url)
    {
        var modules = QrCode.ModuleCount(url);
        return Symbol(page) * modules / (modules - 2 * QrCode.QuietZoneModules);
    }
}
