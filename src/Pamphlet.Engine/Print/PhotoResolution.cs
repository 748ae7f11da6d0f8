using Pamphlet.Diagnostics;
using Pamphlet.Documents;
using Pamphlet.Layouts;
using Pamphlet.Pages;
using Pamphlet.Pages.Images;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Engine.Print;

/// <summary>
/// Every build checks how sharp each photo prints where it is placed: below
/// <see cref="PrintResolution.WarningPpi"/> a warning says how large the file would have to be, and
/// names a smaller layout of the same kind where it prints sharp enough; below
/// <see cref="PrintResolution.ErrorPpi"/> a press file (<c>--ink cmyk</c>) is refused.
/// </summary>
internal static class PhotoResolution
{
    public static void Check(PagedDocument pages, Document document, LayoutDefinition layout, InkChoice ink, LayoutCatalog catalog, Action<Diagnostic> warn)
    {
        var worst = new Dictionary<string, (double Ppi, int Width)>(StringComparer.Ordinal);
        foreach (var image in pages.Pages.SelectMany(page => page.ItemsOf<ImageItem>()))
        {
            var header = Header(image.Path);
            // The part of the upright picture shown, over the frame it fills.
            var ppi = Math.Min(
                PrintResolution.Ppi(header.Width * image.Source.Width, image.Frame.Width),
                PrintResolution.Ppi(header.Height * image.Source.Height, image.Frame.Height));
            if (!worst.TryGetValue(image.Path, out var known) || ppi < known.Ppi) worst[image.Path] = (ppi, header.Width);
        }

        foreach (var (path, (ppi, width)) in worst.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            if (ppi >= PrintResolution.WarningPpi) continue;
            var at = ImageChecks.FigureUsing(document, path);
            var facts = PrintResolution.Describe(Path.GetFileName(path), width, ppi, layout.Name);
            if (ink.Kind == InkKind.Cmyk && ppi < PrintResolution.ErrorPpi)
            {
                throw new PamphletException(at, $"{facts}. A press prints its pixels as visible steps below {PrintResolution.ErrorPpi:0} ppi: use a larger photo{Smaller(layout, ppi, catalog)}.");
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
            .Where(other => ppi * layout.Page.Width / other.Page.Width >= PrintResolution.WarningPpi)
            .OrderByDescending(other => other.Page.Width)
            .ThenBy(other => other.Name, StringComparer.Ordinal)
            .ToList();
        return candidates.Count > 0 ? $", or use {candidates[0].Name}" : "";
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
