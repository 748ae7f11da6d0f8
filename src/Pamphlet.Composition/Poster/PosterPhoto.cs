using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Images;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Pages.Images;

namespace Pamphlet.Composition.Poster;

/// <summary>
/// The statement's photo on a poster: behind the whole sheet (cropped to fill it, or whole with <c>fit:
/// contain</c>) when it is large enough to print sharp there, otherwise (as the layout's <c>too-small</c> says) whole and framed in the grid's largest block
/// of empty cells, at a size it prints sharp at where that block allows.
/// </summary>
internal static class PosterPhoto
{
    public const string ImageRole = "poster-background-image";
    public const string FrameRole = "poster-background-frame";
    public const string ScrimRole = "poster-scrim";

    /// <summary>The items of the background photo: the photo and its scrim, or the framed photo in <paramref name="free"/>.</summary>
    public static IEnumerable<PageItem> Background(ImageInfo image, (double X, double Y)? focus, PosterBackground background, Rect page, Rect? free)
    {
        // Cover fills the sheet, cropped about the photo's focus; contain shows the whole photo, centred on the sheet's paper.
        var (placed, crop) = background.Fit == ImageFit.Cover
            ? (page, CoverComposer.CoverCrop(image, page, focus))
            : (Contain(image, page), ImageItem.WholeImage);
        var sharp = PrintResolution.IsSharp(PrintResolution.PixelsPerInch(image.PixelWidth, image.PixelHeight, crop, placed));
        if (sharp || background.TooSmall == BackgroundFallback.Behind || free is not { } area)
        {
            yield return image.Place(ImageRole, placed, crop);
            // The scrim darkens the photo for the text over it, not the paper around a contained photo.
            if (background.Scrim is { } scrim) yield return new FillItem(ScrimRole, placed, scrim);
            yield break;
        }

        var border = background.Frame?.Thickness ?? 0;
        var inside = new Rect(area.X + border, area.Y + border, Math.Max(0, area.Width - 2 * border), Math.Max(0, area.Height - 2 * border));
        var photo = Contain(image, inside, sharpOnly: true);
        if (background.Frame is { } frame)
        {
            yield return new FillItem(FrameRole, new Rect(photo.X - border, photo.Y - border, photo.Width + 2 * border, photo.Height + 2 * border), frame.Color);
        }
        yield return image.Place(ImageRole, photo, ImageItem.WholeImage);
    }

    /// <summary>
    /// The whole image as large as fits in <paramref name="frame"/>, centred; with <paramref name="sharpOnly"/>,
    /// no larger than it prints sharp (<see cref="PrintResolution.SharpPpi"/>).
    /// </summary>
    public static Rect Contain(ImageInfo image, Rect frame, bool sharpOnly = false)
    {
        var scale = Math.Min(frame.Width / image.PixelWidth, frame.Height / image.PixelHeight);
        if (sharpOnly) scale = Math.Min(scale, PrintResolution.PointsPerInch / PrintResolution.SharpPpi);
        var w = image.PixelWidth * scale;
        var h = image.PixelHeight * scale;
        return new Rect(frame.X + (frame.Width - w) / 2, frame.Y + (frame.Height - h) / 2, w, h);
    }
}
