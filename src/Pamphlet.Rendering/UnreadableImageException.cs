using Pamphlet.Pages.Images;

namespace Pamphlet.Rendering;

/// <summary>
/// An image file the renderer cannot use (cut short, damaged, inconsistent, gone). The renderer knows
/// no source lines, so the engine maps this to the figure that uses the file.
/// </summary>
public sealed class UnreadableImageException(string path, ImageProblem problem, string detail)
    : Exception($"cannot use image {path}: {detail}")
{
    public string ImagePath { get; } = path;
    public ImageProblem Problem { get; } = problem;
    public string Detail { get; } = detail;
}
