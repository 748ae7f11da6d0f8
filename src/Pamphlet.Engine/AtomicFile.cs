using Pamphlet.Diagnostics;

namespace Pamphlet.Engine;

/// <summary>
/// Writes a file so that readers only ever see the old complete file or the new complete one. The
/// content is made in memory first; only then is a temporary file created beside the target (see
/// <see cref="TemporaryFiles"/>), written, flushed to disk and moved over the target in one step. So
/// a failure or a kill while the content is made leaves nothing on disk, and any failure leaves an
/// existing target untouched. A refusal of the file system is reported in words (<see cref="FileSystemError"/>).
/// </summary>
internal static class AtomicFile
{
    /// <summary>What to do when the output folder refuses a file.</summary>
    internal const string Remedy = "choose another folder with --out";

    public static void Write(string path, Action<Stream> write) => Write(path, write, Remedy);

    /// <param name="remedy">What the user can do when the folder refuses the file, ending the error's sentence.</param>
    public static void Write(string path, Action<Stream> write, string remedy)
    {
        using var content = new MemoryStream();
        write(content);
        Commit(path, content.GetBuffer().AsSpan(0, checked((int)content.Length)), remedy);
    }

    private static void Commit(string path, ReadOnlySpan<byte> bytes, string remedy)
    {
        string? temporary = null;
        try
        {
            using (var stream = TemporaryFiles.Create(path, out temporary))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (FileSystemError.IsFileSystemRefusal(e))
        {
            throw FileSystemError.WritingFile(path, e, "this file", remedy);
        }
        finally
        {
            if (temporary is not null) TemporaryFiles.Remove(temporary);
        }
    }
}
