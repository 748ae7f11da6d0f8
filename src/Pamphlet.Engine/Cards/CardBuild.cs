using System.Diagnostics;
using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Units;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using Pamphlet.Rendering;
using Pamphlet.Rendering.Imposition;

namespace Pamphlet.Engine.Cards;

/// <summary>
/// Builds one card: the statement composed on the card's grid, written as
/// <c>&lt;edition&gt;.&lt;layout&gt;.pdf</c> and <c>&lt;edition&gt;.&lt;layout&gt;.png</c>. A card is an
/// image for screens, so none of the print preparation applies: its colours stay the layout's sRGB
/// screen colours whatever the ink, it has no bleed and no marks, and it is never imposed.
/// </summary>
internal sealed class CardBuild(Composer composer)
{
    /// <summary>
    /// A card's pixel is a point (<see cref="LengthLiteral.PointsPerPixel"/>), so rendered at 72 pixels
    /// per inch its PNG has exactly the card's pixels: 1080 × 1080 for card-square.
    /// </summary>
    public static double PixelsPerInch => LengthLiteral.PointsPerInch / LengthLiteral.PointsPerPixel;

    /// <summary>Writes the card's PDF and PNG, each reported through <paramref name="written"/>; returns the card's page, for previews.</summary>
    public PagedDocument Build(Document document, LayoutDefinition layout, BuildRequest request, DateTimeOffset? date,
        HashSet<string> verifiedImages, Action<BuiltFile> written, Action<Diagnostic> warn)
    {
        var clock = Stopwatch.StartNew();
        var card = Compose(document, layout, request, date, verifiedImages, warn);
        var stem = Path.Combine(request.OutputDirectory, $"{request.Edition}.{layout.Name}");
        written(Write(stem + ".pdf", layout, document, clock, stream => new PdfRenderer().Render(card, stream)));
        clock.Restart();
        written(Write(stem + ".png", layout, document, clock, stream => stream.Write(Png(card))));
        return card;
    }

    /// <summary>The card's one page as its PDF and PNG have it: composed without bleed, dated, its images checked.</summary>
    public PagedDocument Compose(Document document, LayoutDefinition layout, BuildRequest request, DateTimeOffset? date, HashSet<string> verifiedImages, Action<Diagnostic> warn)
    {
        WarnAboutPrintOptions(layout, request, warn);
        var composed = composer.Compose(document, layout);
        foreach (var w in composed.Warnings) warn(w);
        var card = composed.Document with
        {
            Info = composed.Document.Info with { Date = date },
            Pages = [.. composed.Document.Pages.Select(page => page with { Bleed = 0 })],
        };
        ImageChecks.Verify(document, card, verifiedImages);
        CardPhotoPixels.Check(card, document, layout, warn);
        return card;
    }

    /// <summary>The card as a PNG of its exact pixel size, titled with the statement's title (and its organisation as the author).</summary>
    public static byte[] Png(PagedDocument card) =>
        new PngRenderer().Render(card.Pages.Single(), PixelsPerInch, PngText.For(card.Info));

    private static BuiltFile Write(string path, LayoutDefinition layout, Document document, Stopwatch clock, Action<Stream> write)
    {
        try
        {
            AtomicFile.Write(path, write);
        }
        catch (UnreadableImageException e)
        {
            throw ImageChecks.Error(document, e);
        }

        return new BuiltFile(path, layout.Name, 1, clock.Elapsed);
    }

    /// <summary>Print options asked for in a build that makes a card: said once, so nobody waits for a CMYK card.</summary>
    private static void WarnAboutPrintOptions(LayoutDefinition layout, BuildRequest request, Action<Diagnostic> warn)
    {
        var options = new List<string>();
        if (request.Ink is { Kind: not InkKind.Color } ink) options.Add($"--ink {ink.Name}");
        if (request.Marks) options.Add("--marks");
        if (request.Imposition is { } imposition) options.Add($"--impose {imposition.Kind.Name()}");
        if (options.Count == 0) return;
        var list = string.Join(", ", options);
        warn(Diagnostic.Warning(SourceLocation.None(layout.SourcePath),
            $"{layout.Name} is a card, an image for screens: {list} {(options.Count == 1 ? "applies" : "apply")} only to the print layouts of this build; the card is written in screen colours (sRGB), without marks, and is not imposed."));
    }
}
