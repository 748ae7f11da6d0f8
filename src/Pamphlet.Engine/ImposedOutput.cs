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
            if (PrinterSheets.ForTwoPages(new Size(layout.Page.Width, layout.Page.Height)) is not null) continue;
            throw new PamphletException(SourceLocation.None(layout.SourcePath), string.Create(CultureInfo.InvariantCulture,
                $"layout '{layout.Name}' has {layout.Page.Width / PointsPerMillimetre:0.#} × {layout.Page.Height / PointsPerMillimetre:0.#} mm pages, which cannot be imposed '{imposition.Kind.Name()}': " +
                $"only pages half a printer sheet can, {PrinterSheets.HalfSheetPages}. Choose such a layout with --layout (for example a5-pamphlet), or leave out --impose."));
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
