using System.Globalization;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Pages.Images;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;
using Pamphlet.Preflight.Rules;

namespace Pamphlet.Engine.Print;

/// <summary>
/// Every build checks how sharp each photo prints where it is placed, by the same rule
/// <c>pamphlet check</c> applies to any PDF (<see cref="ImageResolution.Judge"/>): a warning below
/// <see cref="PrintLimits.WarnBelowPpi"/> says how large the file would have to be and names a
/// smaller layout of the same kind where it prints sharp enough; an error (a press file below
/// <see cref="PrintLimits.CmykErrorBelowPpi"/>) refuses the build. Read from the pages, not the
/// written PDF: re-reading the file would double a build's time.
/// </summary>
internal static class PhotoResolution
{
    public static void Check(PagedDocument pages, Document document, LayoutDefinition layout, InkChoice ink, LayoutCatalog catalog, Action<Diagnostic> warn)
    {
        var worst = new Dictionary<string, (double Ppi, int Width)>(StringComparer.Ordinal);
        // One header read per file, however many times it is placed.
        var headers = new Dictionary<string, ImageHeader>(StringComparer.Ordinal);
        foreach (var image in pages.Pages.SelectMany(page => page.ItemsOf<ImageItem>()))
        {
            if (!headers.TryGetValue(image.Path, out var header)) headers[image.Path] = header = Header(image.Path);
            // The part of the upright picture shown, over the frame it fills.
            var ppi = PrintResolution.PixelsPerInch(header.Width, header.Height, image.Source, image.Frame);
            if (!worst.TryGetValue(image.Path, out var known) || ppi < known.Ppi) worst[image.Path] = (ppi, header.Width);
        }

        foreach (var (path, (ppi, width)) in worst.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            if (ImageResolution.Judge(ppi, ink) is not { } severity) continue;
            var at = ImageChecks.FigureUsing(document, path);
            var facts = Describe(Path.GetFileName(path), width, ppi, layout.Name);
            if (severity == Severity.Error)
            {
                throw new PamphletException(at, $"{facts}. A press prints its pixels as visible steps below {PrintLimits.CmykErrorBelowPpi:0} ppi: use a larger photo{Smaller(layout, ppi, catalog)}.");
            }

            warn(Diagnostic.Warning(at, $"{facts}{Smaller(layout, ppi, catalog)}."));
        }
    }

    /// <summary>", or use poster-a4": the largest layout of the same kind on which the photo would reach the warning threshold.</summary>
    private static string Smaller(LayoutDefinition layout, double ppi, LayoutCatalog catalog)
    {
        var candidates = catalog.Names()
            .Select(name => TryResolve(catalog, name))
            .OfType<LayoutDefinition>()
            .Where(other => other.Kind == layout.Kind && other.Page.Width < layout.Page.Width)
            // The photo takes the same share of the page on a layout that scales this one.
            .Where(other => ppi * layout.Page.Width / other.Page.Width >= PrintLimits.WarnBelowPpi)
            .OrderByDescending(other => other.Page.Width)
            .ThenBy(other => other.Name, StringComparer.Ordinal)
            .ToList();
        return candidates.Count > 0 ? $", or use {candidates[0].Name}" : "";
    }

    /// <summary>"photo.jpg is 1200 px wide: 113 ppi on poster-a3; at least 1800 px for 150 ppi": what a volunteer needs to find a better file.</summary>
    private static string Describe(string fileName, int pixelWidth, double ppi, string placedOn)
    {
        // The width the same placement needs at the threshold, rounded up to a hundred pixels.
        var needed = (int)Math.Ceiling(pixelWidth * PrintLimits.WarnBelowPpi / ppi / 100) * 100;
        return string.Create(CultureInfo.InvariantCulture,
            $"{fileName} is {pixelWidth} px wide: {Math.Floor(ppi):0} ppi on {placedOn}; at least {needed} px for {PrintLimits.WarnBelowPpi:0} ppi");
    }

    private static LayoutDefinition? TryResolve(LayoutCatalog catalog, string name)
    {
        try
        {
            return catalog.Resolve(name);
        }
        catch (PamphletException)
        {
            // A broken layout beside the statement is reported when it is built, not while suggesting.
            return null;
        }
    }

    private static ImageHeader Header(string path)
    {
        using var stream = File.OpenRead(path);
        return ImageHeader.Read(stream);
    }
}
