namespace Pamphlet.Rendering;

/// <summary>
/// An image file as it is on disk now: its full path, length and last write time. Pixels decoded or
/// drawn from a file are kept between renders under its stamp, so a photo saved again under the same
/// name (a new crop, a new picture) is read again. A missing or unreadable file has length −1: reading
/// it then reports the problem as a first read would.
/// </summary>
internal readonly record struct ImageFileStamp(string Path, long Length, DateTime LastWriteUtc)
{
    public static ImageFileStamp Of(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        try
        {
            var file = new FileInfo(full);
            return file.Exists ? new ImageFileStamp(full, file.Length, file.LastWriteTimeUtc) : new ImageFileStamp(full, -1, default);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ImageFileStamp(full, -1, default);
        }
    }
}
