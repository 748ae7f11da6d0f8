using System.Diagnostics;
using System.Globalization;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine.Print;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
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
    public static IReadOnlySet<LayoutDefinition> Imposable(IReadOnlyList<LayoutDefinition> layouts, BuildRequest request, Func<LayoutDefinition, double> bleedOf, bool named, Action<Diagnostic> warn)
    {
        var imposition = request.Imposition ?? throw new ArgumentException("The request imposes nothing.", nameof(request));
        var result = new HashSet<LayoutDefinition>(ReferenceEqualityComparer.Instance);
        var refused = new List<(LayoutDefinition Layout, string Why)>();
        foreach (var layout in layouts)
        {
            if (WhyNot(layout, imposition, bleedOf(layout)) is { } why) refused.Add((layout, why));
            else result.Add(layout);
        }
        if (refused.Count > 0 && (named || result.Count == 0))
        {
            throw new PamphletException(SourceLocation.None(refused[0].Layout.SourcePath), refused[0].Why);
        }
        foreach (var (layout, why) in refused)
        {
            warn(Diagnostic.Warning(SourceLocation.None(layout.SourcePath), $"{layout.Name} is built but not imposed: {why}"));
        }
        return result;
    }

    /// <summary>Why a layout cannot be imposed this way, or null when it can.</summary>
    private static string? WhyNot(LayoutDefinition layout, ImpositionRequest imposition, double bleed)
    {
        var page = new Size(layout.Page.Width, layout.Page.Height);
        var size = Millimetres(page);
        if (imposition.Kind == ImpositionKind.Tile)
        {
            return layout.Kind == LayoutKind.Poster && Tiling.Plan(page) is not null
                ? null
                : $"layout '{layout.Name}' ({size}) cannot be imposed 'tile': tiling is for one-page posters larger than A4 or Letter, such as poster-a3. " +
                  "Choose such a layout with --layout, or print this one directly without --impose.";
        }

        if (imposition.Sheet is { } stock) return WhyNotOnPress(layout, imposition.Kind, page, bleed, stock);
        return PrinterSheets.ForTwoPages(page) is not null
            ? null
            : $"layout '{layout.Name}' has {size} pages, which cannot be imposed '{imposition.Kind.Name()}': " +
              $"only pages half a printer sheet can, {PrinterSheets.HalfSheetPages}. Choose such a layout with --layout (for example a5-pamphlet), leave out --impose, " +
              $"or name a press sheet large enough with --sheet ({PrinterSheets.PressNames}).";
    }

    /// <summary>Why two pages with their bleed and marks do not fit the press sheet, with the sheets they would fit; null when they fit.</summary>
    private static string? WhyNotOnPress(LayoutDefinition layout, ImpositionKind kind, Size page, double bleed, PrinterSheet stock)
    {
        var folded = kind == ImpositionKind.Saddle;
        if (SheetFrames.Press(page, bleed, folded, stock) is not null) return null;
        var needed = SheetFrames.Needed(page, bleed, folded);
        var larger = PrinterSheets.Press
            .Where(s => SheetFrames.Press(page, bleed, folded, s) is not null)
            .OrderBy(s => s.Size.Width * s.Size.Height)
            .FirstOrDefault();
        var desktop = PrinterSheets.ForTwoPages(page);
        var remedy = (larger, desktop) switch
        {
            ({ } press, { } office) => $"Use --sheet {press.Name}, or leave out --sheet to print on {office.Name} desktop sheets.",
            ({ } press, null) => $"Use --sheet {press.Name}.",
            (null, { } office) => $"None of {PrinterSheets.PressNames} is that large: leave out --sheet to print on {office.Name} desktop sheets, or leave out --impose.",
            _ => $"None of {PrinterSheets.PressNames} is that large: leave out --impose and send the pages to the shop as they are.",
        };
        var how = folded ? "a spread of two" : "two copies side by side";
        // The sheet turned as the need is, so the two sizes compare at a glance.
        var sheet = stock.Size.Width < stock.Size.Height ? new Size(stock.Size.Height, stock.Size.Width) : stock.Size;
        return string.Create(CultureInfo.InvariantCulture,
            $"layout '{layout.Name}' has {Millimetres(page)} pages: imposed '{kind.Name()}' as {how} with {bleed / PointsPerMillimetre:0.#} mm bleed and crop marks, " +
            $"they need a sheet of at least {Millimetres(needed)}, and {stock.Name} is {Millimetres(sheet)}. {remedy}");
    }

    private static string Millimetres(Size size) => string.Create(CultureInfo.InvariantCulture,
        $"{size.Width / PointsPerMillimetre:0.#} × {size.Height / PointsPerMillimetre:0.#} mm");

    public static BuiltFile Write(PagedDocument pages, LayoutDefinition layout, BuildRequest request, InkChoice ink, string stem, PrintPreparation print, Action<Diagnostic> warn)
    {
        var clock = Stopwatch.StartNew();
        var imposition = request.Imposition ?? throw new ArgumentException("The request imposes nothing.", nameof(request));
        var planned = Imposer.Plan(pages, new ImpositionSettings(imposition.Kind)
        {
            Creep = imposition.Creep,
            PressSheet = imposition.Sheet,
            Marks = request.Marks,
            BackCover = layout.Cover.BackCover,
        });
        var name = $"{stem}.{layout.Name}.{imposition.Kind.Name()}.pdf";
        var sides = planned.Sides.Select(s => s.Slug is { } space ? s.WithSlug(print.SheetSlug(pages.Info, name, space)) : s).ToList();
        if (planned.BlankPages > 0)
        {
            var target = request.Pages ?? layout.Fitting?.Pages;
            warn(Diagnostic.Warning(SourceLocation.None(request.InputPath),
                Padding(layout.Name, pages.Pages.Count, planned.BlankPages, planned.BlanksBeforeBackCover, suggestFit4: target is not { IsMultipleOfFour: true })));
        }

        var path = Path.Combine(request.OutputDirectory, name);
        AtomicFile.Write(path, stream => new ImpositionRenderer { PdfX4 = ink.Kind == InkKind.Cmyk }.Render(pages, sides, stream), request.KeepUnchangedFiles);
        return new BuiltFile(path, layout.Name, sides.Count, clock.Elapsed);
    }

    /// <summary>
    /// "a5-pamphlet: 9 pages padded to 12 with 3 blank pages at the end; `--pages fit4` fits the text
    /// to 8 or 12 pages". No suggestion when fit4 was asked for: it could not land on a multiple of
    /// four, and its own warning says why.
    /// </summary>
    internal static string Padding(string layout, int pages, int blanks, bool beforeBackCover, bool suggestFit4)
    {
        var padded = pages + blanks;
        var where = beforeBackCover ? "before the back cover" : "at the end";
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{layout}: {pages} pages padded to {padded} with {blanks} blank page{(blanks == 1 ? "" : "s")} {where}");
        if (!suggestFit4) return message + ".";
        var below = pages / SaddleStitch.PagesPerSheet * SaddleStitch.PagesPerSheet;
        var counts = below > 0 ? string.Create(CultureInfo.InvariantCulture, $"{below} or {padded}") : padded.ToString(CultureInfo.InvariantCulture);
        return message + $"; `--pages fit4` fits the text to {counts} pages.";
    }
}
