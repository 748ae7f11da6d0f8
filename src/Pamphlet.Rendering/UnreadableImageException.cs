namespace Pamphlet.Rendering;

/// <summary>
/// An image file that exists but cannot be decoded (truncated, corrupt, or not really JPEG/PNG). The
/// renderer knows no source lines, so the engine maps this to the figure that uses the file.
/// </summary>
public sealed class UnreadableImageException(string path, string reason)
    : Exception($"cannot read image {path}: {reason}")
{
    public string ImagePath { get; } = path;
    public string Reason { get; } = reason;
}
