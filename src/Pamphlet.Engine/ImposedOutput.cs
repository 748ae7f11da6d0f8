using System.Diagnostics;
using System.Globalization;
using Pamphlet.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Pages;
using Pamphlet.Rendering.Imposition;

namespace Pamphlet.Engine;

/// <summary>Writes the imposed PDF of one layout beside its normal one, and says which layouts can be imposed.</summary>
internal static class ImposedOutput
{
    private const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>Fails before anything is written when a requested layout's pages are not half a printer sheet.</summary>
    public static void CheckCanImpose(IEnumerable<LayoutDefinition> layouts, ImpositionRequest imposition)
    {
        foreach (var layout in layouts)
        {
            var page = new Size(layout.Page.Width, layout.Page.Height);
            var size = string.Create(CultureInfo.InvariantCulture, $"{page.Width / PointsPerMillimetre:0.#} × {page.Height / PointsPerMillimetre:0.#} mm");
            if (imposition.Kind == ImpositionKind.Tile)
            {
                if (layout.Kind == LayoutKind.Poster && Tiling.Plan(page) is not null) continue;
                throw new PamphletException(SourceLocation.None(layout.SourcePath),
                    $"layout '{layout.Name}' ({size}) cannot be imposed 'tile': tiling is for one-page posters larger than A4 or Letter, such as poster-a3. " +
                    "Choose such a layout with --layout, or print this one directly without --impose.");
            }

            if (PrinterSheets.ForTwoPages(page) is not null) continue;
            throw new PamphletException(SourceLocation.None(layout.SourcePath),
                $"layout '{layout.Name}' has {size} pages, which cannot be imposed '{imposition.Kind.Name()}': " +
                $"only pages half a printer sheet can, {PrinterSheets.HalfSheetPages}. Choose such a layout with --layout (for example a5-pamphlet), or leave out --impose.");
        }
    }

    public static BuiltFile Write(PagedDocument pages, LayoutDefinition layout, ImpositionRequest imposition, string outputDirectory, string stem)
    {
        var clock = Stopwatch.StartNew();
        var sides = Imposer.Plan(pages, imposition.Kind, imposition.Creep);
        var path = Path.Combine(outputDirectory, $"{stem}.{layout.Name}.{imposition.Kind.Name()}.pdf");
        try
        {
            AtomicFile.Write(path, stream => new ImpositionRenderer().Render(pages, sides, stream));
        }
        catch (UnauthorizedAccessException e)
        {
            throw new PamphletException(SourceLocation.None(path),
                $"cannot write the imposed PDF ({e.Message}); choose an output folder you may write to with --out");
        }

        return new BuiltFile(path, layout.Name, sides.Count, clock.Elapsed);
    }
}
