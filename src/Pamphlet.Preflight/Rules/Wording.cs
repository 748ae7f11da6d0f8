using System.Globalization;
using Pamphlet.Preflight.Facts;

namespace Pamphlet.Preflight.Rules;

/// <summary>Numbers and counts as the messages write them: invariant culture, thousands separated, millimetres for sizes.</summary>
public static class Wording
{
    public static string Count(int count, string one, string many) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    /// <summary>"412 glyphs", "3 fills", "1 image" for a kind of painting.</summary>
    public static string Count(PaintKind kind, int count) => kind switch
    {
        PaintKind.Text => Count(count, "glyph", "glyphs"),
        PaintKind.Fill => Count(count, "fill", "fills"),
        PaintKind.Stroke => Count(count, "line", "lines"),
        PaintKind.Image => Count(count, "image", "images"),
        _ => Count(count, "shading", "shadings"),
    };

    /// <summary>Points as millimetres, to the millimetre ("148 × 210 mm" reads as paper sizes do).</summary>
    public static string Mm(double points) => (points / PdfBox.PointsPerMillimetre).ToString("0", CultureInfo.InvariantCulture);

    /// <summary>Millimetres with one decimal, for bleed and margins.</summary>
    public static string Mm1(double points) => (points / PdfBox.PointsPerMillimetre).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Size(double width, double height) => $"{Mm(width)} × {Mm(height)} mm";

    public static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture) + " pt";

    public static string Percent(double percent) => percent.ToString("0", CultureInfo.InvariantCulture) + " %";

    public static string Number(double value, string format = "0") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>"a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>What a page paints in some spaces, counted per kind and space: "3 fills and 40 glyphs in DeviceRGB, 1 image in ICCBased RGB".</summary>
    public static string Usage(IEnumerable<PaintFacts> paints) =>
        string.Join(", ", paints
            .GroupBy(p => p.Space)
            .OrderByDescending(g => g.Sum(p => p.Count))
            .Select(g => List(g.GroupBy(p => p.Kind).OrderBy(k => k.Key).Select(k => Count(k.Key, k.Sum(p => p.Count))).ToList()) + " in " + g.Key.Name));
}
