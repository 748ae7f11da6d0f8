namespace Pamphlet.Pages;

/// <summary>
/// How a stored image must be turned to be seen upright: the EXIF/TIFF orientation tag (0x0112),
/// with the same numbers. Phone cameras store pixels as the sensor read them and set this tag instead
/// of turning the pixels. Names say what the stored pixels need (e.g. <see cref="Rotate90"/>: turn them
/// 90° clockwise).
/// </summary>
public enum ImageOrientation
{
    Normal = 1,
    FlipHorizontal = 2,
    Rotate180 = 3,
    FlipVertical = 4,
    Transpose = 5,
    Rotate90 = 6,
    Transverse = 7,
    Rotate270 = 8,
}

public static class ImageOrientations
{
    /// <summary>True when the upright picture is as wide as the stored one is tall (values 5–8).</summary>
    public static bool SwapsSides(this ImageOrientation orientation) => orientation >= ImageOrientation.Transpose;

    /// <summary>
    /// The affine map from a point of the stored pixels, in fractions (u, v) of their width and height
    /// from the top-left, to the same point of the upright picture, in fractions (p, q) of its width and
    /// height: p = A·u + B·v + C, q = D·u + E·v + F. Renderers place the stored pixels with it.
    /// </summary>
    public static (double A, double B, double C, double D, double E, double F) StoredToUpright(this ImageOrientation orientation) =>
        orientation switch
        {
            ImageOrientation.Normal => (1, 0, 0, 0, 1, 0),
            ImageOrientation.FlipHorizontal => (-1, 0, 1, 0, 1, 0),
            ImageOrientation.Rotate180 => (-1, 0, 1, 0, -1, 1),
            ImageOrientation.FlipVertical => (1, 0, 0, 0, -1, 1),
            ImageOrientation.Transpose => (0, 1, 0, 1, 0, 0),
            ImageOrientation.Rotate90 => (0, -1, 1, 1, 0, 0),
            ImageOrientation.Transverse => (0, -1, 1, -1, 0, 1),
            ImageOrientation.Rotate270 => (0, 1, 0, -1, 0, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(orientation), orientation, "EXIF orientations are 1 to 8."),
        };
}
