using System.Globalization;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Pages.Images;

namespace Pamphlet.Engine.Cards;

/// <summary>
/// A card is seen pixel for pixel, so what matters is not a photo's pixels per inch (the print rule
/// of <see cref="Print.PhotoResolution"/>) but how far the card enlarges the part of it it shows. A
/// photo enlarged more than <see cref="MostEnlargement"/> times gets a warning that says how large a
/// file the card needs.
/// </summary>
internal static class CardPhotoPixels
{
    /// <summary>
    /// Enlarged by up to half again, a photo softens about as much as the platforms' own recompression
    /// of a shared image does, so the difference does not show; beyond that the blur shows on a phone
    /// held at reading distance. A judgement, in the spirit of the print rule's 150 ppi.
    /// </summary>
    public const double MostEnlargement = 1.5;

    public static void Check(PagedDocument card, Document document, LayoutDefinition layout, Action<Diagnostic> warn)
    {
        foreach (var placements in card.Pages.SelectMany(page => page.ItemsOf<ImageItem>()).GroupBy(image => image.Path, StringComparer.Ordinal))
        {
            ImageHeader header;
            using (var stream = File.OpenRead(placements.Key)) header = ImageHeader.Read(stream);
            // The part of the upright picture shown and the card pixels it fills, where the card enlarges it most.
            var (image, enlargement) = placements.Select(image => (image, Enlargement(image, header))).MaxBy(p => p.Item2);
            if (enlargement <= MostEnlargement) continue;
            // The file's size at which the shown part is enlarged no more than allowed, rounded up to a hundred pixels.
            var neededWidth = (int)Math.Ceiling(header.Width * enlargement / MostEnlargement / 100) * 100;
            var neededHeight = (int)Math.Ceiling(header.Height * enlargement / MostEnlargement / 100) * 100;
            warn(Diagnostic.Warning(ImageChecks.FigureUsing(document, placements.Key), string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(placements.Key)} is {header.Width} × {header.Height} px: {layout.Name} shows {header.Width * image.Source.Width:0} × {header.Height * image.Source.Height:0} px of it " +
                $"over {image.Frame.Width:0} × {image.Frame.Height:0} px of the card, enlarged {enlargement:0.#} times, so it looks soft on a phone; " +
                $"use a photo of at least {neededWidth} × {neededHeight} px.")));
        }
    }

    /// <summary>How many card pixels each shown pixel of the photo becomes, in the direction it is stretched most.</summary>
    private static double Enlargement(ImageItem image, ImageHeader header) =>
        Math.Max(image.Frame.Width / (header.Width * image.Source.Width), image.Frame.Height / (header.Height * image.Source.Height));
}
