using Pamphlet.Pages;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// The largest size each image file is placed at in a document (its whole picture, however it is
/// cropped), found before anything is written, so an image written once for all its placements has
/// the resolution the largest one needs.
/// </summary>
internal sealed class ImagePlacements
{
    private const double PointsPerInch = 72;

    private readonly Dictionary<string, (double Width, double Height)> largest = new(StringComparer.Ordinal);

    public static ImagePlacements Of(IEnumerable<Page> pages)
    {
        var placements = new ImagePlacements();
        foreach (var item in pages.SelectMany(p => p.ItemsOf<ImageItem>()))
        {
            if (item.Source.Width <= 0 || item.Source.Height <= 0) continue;
            var key = Path.GetFullPath(item.Path);
            var (width, height) = (item.Frame.Width / item.Source.Width, item.Frame.Height / item.Source.Height);
            placements.largest[key] = placements.largest.TryGetValue(key, out var known)
                ? (Math.Max(width, known.Width), Math.Max(height, known.Height))
                : (width, height);
        }

        return placements;
    }

    /// <summary>
    /// Pixels per inch of a picture <paramref name="uprightWidth"/> × <paramref name="uprightHeight"/>
    /// (as seen, after its orientation) at its largest placement, the lower of the two directions;
    /// null when the file is not placed with a size here.
    /// </summary>
    public double? FinestPpi(string fullPath, int uprightWidth, int uprightHeight) =>
        largest.TryGetValue(fullPath, out var size) && size.Width > 0 && size.Height > 0
            ? Math.Min(uprightWidth * PointsPerInch / size.Width, uprightHeight * PointsPerInch / size.Height)
            : null;
}
