namespace Pamphlet.Pages.Images;

/// <summary>An image file's header cannot be read; <see cref="Detail"/> says what was found, for the message.</summary>
public sealed class ImageHeaderException(ImageProblem problem, string detail) : Exception(detail)
{
    public ImageProblem Problem { get; } = problem;
    public string Detail { get; } = detail;
}
