using Pamphlet.Pages;
using Pamphlet.Pages.Images;

namespace Pamphlet.Rendering;

/// <summary>
/// An image file's bytes and header as a renderer uses them, with the checks every renderer makes
/// in one place: the file can be read, its header parses, and its EXIF orientation is still the one
/// the page was composed with.
/// </summary>
internal static class ImageFileBytes
{
    /// <summary>The full path (the cache key), the file's bytes and its header.</summary>
    /// <exception cref="UnreadableImageException">The file is gone, unreadable, damaged or changed since composition.</exception>
    public static (string Path, byte[] Bytes, ImageHeader Header) Read(ImageItem item)
    {
        var path = Path.GetFullPath(item.Path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UnreadableImageException(path, ImageProblem.Unreadable, e is FileNotFoundException ? "the file does not exist" : e.Message);
        }

        var header = ImageFileCheck.Header(path, new MemoryStream(bytes, writable: false));
        if (header.Orientation != item.Orientation)
        {
            throw new UnreadableImageException(path, ImageProblem.Inconsistent,
                $"its EXIF orientation is {(int)header.Orientation}, but it was {(int)item.Orientation} when the page was composed (was the file replaced during the build?)");
        }

        return (path, bytes, header);
    }
}
