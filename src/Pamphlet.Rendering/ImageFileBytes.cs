using Pamphlet.Pages;
using Pamphlet.Pages.Images;

namespace Pamphlet.Rendering;

/// <summary>
/// An image file opened for rendering, with the checks every renderer makes in one place: the file
/// can be read, its header parses, and its EXIF orientation is still the one the page was composed
/// with. The stream is left at the start of the file.
/// </summary>
internal static class ImageFileBytes
{
    /// <summary>The full path (the cache key), the open file and its header.</summary>
    /// <exception cref="UnreadableImageException">The file is gone, unreadable, damaged or changed since composition.</exception>
    public static (string Path, FileStream File, ImageHeader Header) Open(ImageItem item)
    {
        var path = Path.GetFullPath(item.Path);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, e);
        }

        try
        {
            var header = ImageFileCheck.Header(path, file);
            if (header.Orientation != item.Orientation)
            {
                throw new UnreadableImageException(path, ImageProblem.Inconsistent,
                    $"its EXIF orientation is {(int)header.Orientation}, but it was {(int)item.Orientation} when the page was composed (was the file replaced during the build?)");
            }

            file.Position = 0;
            return (path, file, header);
        }
        catch (Exception e)
        {
            file.Dispose();
            if (e is IOException or UnauthorizedAccessException) throw Unreadable(path, e);
            throw;
        }
    }

    /// <summary>The whole file, read from <paramref name="file"/>'s start.</summary>
    public static byte[] ReadAll(string path, FileStream file)
    {
        try
        {
            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, e);
        }
    }

    private static UnreadableImageException Unreadable(string path, Exception e) =>
        new(path, ImageProblem.Unreadable, e is FileNotFoundException ? "the file does not exist" : e.Message);
}
