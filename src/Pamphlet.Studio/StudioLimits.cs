using Pamphlet.Documents.TextFiles;

namespace Pamphlet.Studio;

/// <summary>The limits of what the studio takes in one request (README, Limits).</summary>
internal static class StudioLimits
{
    /// <summary>
    /// 25 MiB per dropped image: a phone's photo is 3–12 MB and a 24-megapixel camera JPEG up to about
    /// 20 MB, far more than an A3 poster needs at 300 dpi; a larger file is most likely not a photo.
    /// </summary>
    public const long MaxUploadBytes = 25 * 1024 * 1024;

    /// <summary>A statement's text, as the build reads it from a file (<see cref="TextFileReader.MaxBytes"/>).</summary>
    public const int MaxStatementBytes = TextFileReader.MaxBytes;

    /// <summary>
    /// The largest request body the server reads: an image upload, or a statement in JSON, whose escaping
    /// makes text up to three times as long (a quote or a control character is two to six bytes).
    /// </summary>
    public const long MaxRequestBytes = 3L * MaxStatementBytes > MaxUploadBytes ? 3L * MaxStatementBytes : MaxUploadBytes;

    /// <summary>
    /// The previews' resolution: 72 dpi draws a point as a CSS pixel, so an A5 page is 420 × 595 pixels
    /// and a spread fits a half-screen pane whole, while 9.5 pt body text stays readable; pages draw in
    /// a few milliseconds each, which keeps a redraw of the sample well inside the 300 ms the issue asks.
    /// </summary>
    public const int PreviewDpi = 72;
}
