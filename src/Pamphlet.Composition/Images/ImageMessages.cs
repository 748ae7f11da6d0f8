using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages.Images;

namespace Pamphlet.Composition.Images;

/// <summary>
/// The sentence the user reads when an image file cannot be placed: what is wrong with it and what to
/// do. One place for header problems (found while composing) and decoding problems (found by the
/// renderer's check before anything is written).
/// </summary>
public static class ImageMessages
{
    public static string For(ImageProblem problem, string fileName, string detail) => problem switch
    {
        ImageProblem.Unreadable =>
            $"image '{fileName}' cannot be read ({detail}). Check that it still exists, that it is not open elsewhere and that you may read it.",
        ImageProblem.NotJpegOrPng =>
            $"image '{fileName}' is not a JPEG or PNG file ({detail}). Save it as JPEG (photos) or PNG (graphics) and link that file.",
        ImageProblem.CutShort =>
            $"image '{fileName}' is cut short: {detail}, so part of the picture is missing (a download or copy that did not finish). " +
            "Copy it again from where it came from, check that it opens completely, and build again.",
        ImageProblem.Damaged =>
            $"image '{fileName}' is damaged: {detail}. Open it in an image editor and save it again as JPEG (photos) or PNG (graphics); if it does not open, copy it again from where it came from.",
        ImageProblem.Inconsistent =>
            $"image '{fileName}' contradicts itself: {detail}. Open it in an image editor and save it again as JPEG (photos) or PNG (graphics).",
        ImageProblem.Unsupported =>
            $"image '{fileName}' cannot be placed: {detail}. Open it in an image editor and save it again as an RGB JPEG (photos) or PNG (graphics).",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };

    public static PamphletException Error(SourceLocation at, ImageProblem problem, string fileName, string detail) =>
        new(at, For(problem, fileName, detail));
}
