using System.Globalization;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Engine.Print.Inks;

/// <summary>
/// <c>--ink cmyk</c>: every colour in process inks for a PDF/X-4 press file. Greys become black ink
/// alone; the layout's <c>cmyk:</c> values win; other screen colours go through the FOGRA39 profile
/// (with one warning naming them); solid black text and thin rules overprint; large solid black
/// areas print in the layout's rich black. Spot inks and registration stay as they are. Link areas
/// are dropped: a press file has no use for them, and PDF/X allows no annotations on the page.
/// </summary>
internal static class ProcessInk
{
    private const double Mm = 72 / 25.4;

    /// <summary>
    /// Rules up to this thickness overprint when black: thin lines are the first to show a white gap
    /// when plates shift; thicker ones are areas, and knock out like them.
    /// </summary>
    public const double ThinRuleMax = 1 * Mm;

    public static PagedDocument Apply(PagedDocument document, LayoutDefinition layout, Action<Diagnostic>? warned)
    {
        var names = new PaletteNames(layout.Colors);
        var converted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Color? Map(Color color, ColorUse use)
        {
            var process = Process(color, names, layout.Inks, converted);
            return Finish(process, use, layout.Inks.RichBlack).WithAlpha(color.Alpha);
        }

        var pages = document.Pages.Select(page => PageColors.Map(page, Map, image => image)).Select(page => page with
        {
            Items = [.. page.Items.Where(item => item is not LinkItem)],
        }).ToList();
        if (converted.Count > 0)
        {
            warned?.Invoke(Diagnostic.Warning(new SourceLocation(layout.SourcePath, 0),
                $"{layout.Name} gives {string.Join(", ", converted.Select(c => c.Value))} as screen colours only: printed through the FOGRA39 coated profile. Give them as process inks in the layout's 'cmyk:' section to choose the inks yourself."));
        }

        return document with { Pages = pages };
    }

    private static Color Process(Color color, PaletteNames names, InkSetup inks, SortedDictionary<string, string> converted)
    {
        var solid = color.WithAlpha(1);
        if (solid.Space == ColorSpace.Spot) return solid;
        if (names.Find(solid, inks.Cmyk) is { } given) return given;
        switch (solid.Space)
        {
            case ColorSpace.Gray:
                return Color.Cmyk(0, 0, 0, 1 - solid.Components[0]);
            case ColorSpace.Rgb:
                var (r, g, b) = solid.ToRgb();
                var cmyk = ProcessColors.FromRgb(r, g, b);
                var name = names.Of(solid) is [var first, ..] ? first : solid.ToString();
                converted[name] = string.Create(CultureInfo.InvariantCulture, $"{(names.Of(solid).Count > 0 ? $"'{name}' ({solid})" : solid.ToString())} as {Rounded(cmyk)}");
                return cmyk;
            default:
                return solid;
        }
    }

    /// <summary>Overprint for solid black type and thin rules; rich black under large black areas.</summary>
    private static Color Finish(Color color, ColorUse use, Color richBlack)
    {
        if (!IsSolidBlack(color)) return color;
        if (use.IsLargeArea) return richBlack;
        return use.Kind == ColorUseKind.Text || (use.Kind == ColorUseKind.Stroke && use.Thickness <= ThinRuleMax) ? color.WithOverprint() : color;
    }

    private static bool IsSolidBlack(Color color) =>
        color.Space == ColorSpace.Cmyk && color.Components is [0, 0, 0, >= 1];

    private static string Rounded(Color cmyk) =>
        string.Create(CultureInfo.InvariantCulture, $"cmyk({string.Join(", ", cmyk.Components.Select(c => Math.Round(c * 100)))})");
}
