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

    /// <summary>
    /// The layouts to impose. Layouts the user named with --layout must all be imposable (else an
    /// error before anything is written); of the default or front-matter list, the ones that cannot be
    /// (a poster in a saddle build) are built as usual and skipped with a warning — unless none can.
    /// </summary>
    public static IReadOnlySet<LayoutDefinition> Imposable(IReadOnlyList<LayoutDefinition> layouts, ImpositionRequest imposition, bool named, Action<Diagnostic>? warned)
    {
        var result = new HashSet<LayoutDefinition>(ReferenceEqualityComparer.Instance);
        var refused = new List<(LayoutDefinition Layout, string Why)>();
        foreach (var layout in layouts)
        {
            if (WhyNot(layout, imposition) is { } why) refused.Add((layout, why));
            else result.Add(layout);
        }
        if (refused.Count > 0 && (named || result.Count == 0))
        {
            throw new PamphletException(SourceLocation.None(refused[0].Layout.SourcePath), refused[0].Why);
        }
        foreach (var (layout, why) in refused)
        {
            warned?.Invoke(Diagnostic.Warning(SourceLocation.None(layout.SourcePath), $"{layout.Name} is built but not imposed: {why}"));
        }
        return result;
    }

    /// <summary>Why a layout cannot be imposed this way, or null when it can.</summary>
    private static string? WhyNot(LayoutDefinition layout, ImpositionRequest imposition)
    {
        var page = new Size(layout.Page.Width, layout.Page.Height);
        var size = string.Create(CultureInfo.InvariantCulture, $"{page.Width / PointsPerMillimetre:0.#} × {page.Height / PointsPerMillimetre:0.#} mm");
        if (imposition.Kind == ImpositionKind.Tile)
        {
            return layout.Kind == LayoutKind.Poster && Tiling.Plan(page) is not null
                ? null
                : $"layout '{layout.Name}' ({size}) cannot be imposed 'tile': tiling is for one-page posters larger than A4 or Letter, such as poster-a3. " +
                  "Choose such a layout with --layout, or print this one directly without --impose.";
        }

        return PrinterSheets.ForTwoPages(page) is not null
            ? null
            : $"layout '{layout.Name}' has {size} pages, which cannot be imposed '{imposition.Kind.Name()}': " +
              $"only pages half a printer sheet can, {PrinterSheets.HalfSheetPages}. Choose such a layout with --layout (for example a5-pamphlet), or leave out --impose.";
    }

    public static BuiltFile Write(PagedDocument pages, LayoutDefinition layout, ImpositionRequest imposition, string outputDirectory, string stem)
    {
        var clock = Stopwatch.StartNew();
        var sides = Imposer.Plan(pages, imposition.Kind, imposition.Creep);
        var path = Path.Combine(outputDirectory, $"{stem}.{layout.Name}.{imposition.Kind.Name()}.pdf");
        AtomicFile.Write(path, stream => new ImpositionRenderer().Render(pages, sides, stream));

        return new BuiltFile(path, layout.Name, sides.Count, clock.Elapsed);
    }
}
