using Pamphlet.Documents.Diagnostics;

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

    /// <param name="keepUnchanged">
    /// Leave the file as it is (no write, its time unchanged) when it already holds exactly these bytes:
    /// a watch's rebuild after an edit only one layout shows writes only that layout's file.
    /// </param>
    public static void Write(string path, Action<Stream> write, bool keepUnchanged = false) => Write(path, write, Remedy, keepUnchanged);

    /// <param name="remedy">What the user can do when the folder refuses the file, ending the error's sentence.</param>
    /// <param name="keepUnchanged">As in the overload above.</param>
    public static void Write(string path, Action<Stream> write, string remedy, bool keepUnchanged = false) =>
        Start(path, write, remedy, keepUnchanged, inBackground: false).Complete();

    /// <summary>
    /// <see cref="Write(string, Action{Stream}, bool)"/>, except that flushing the file to disk and moving it
    /// into place happen on another thread: the build goes on with its next file while the disk catches
    /// up (a flush took 2–6 ms here, more than a poster takes to render). The file is in place, or its
    /// error thrown, once the returned commit is <see cref="FileCommit.Complete">completed</see>.
    /// </summary>
    public static FileCommit WriteInBackground(string path, Action<Stream> write, bool keepUnchanged = false) =>
        Start(path, write, Remedy, keepUnchanged, inBackground: true);

    private static FileCommit Start(string path, Action<Stream> write, string remedy, bool keepUnchanged, bool inBackground)
    {
        FileStream stream;
        string temporary;
        using (var content = new ContentBuffer())
        {
            write(content);
            if (keepUnchanged && Holds(path, content)) return FileCommit.Done;
            (stream, temporary) = WriteTemporary(path, content, remedy);
        }

        if (!inBackground)
        {
            MoveIntoPlace(path, stream, temporary, remedy);
            return FileCommit.Done;
        }

        return new FileCommit(Task.Run(() => MoveIntoPlace(path, stream, temporary, remedy)));
    }

    /// <summary>Whether the file at <paramref name="path"/> holds exactly the bytes of <paramref name="content"/> (false when it cannot be read).</summary>
    private static bool Holds(string path, ContentBuffer content)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != content.Length) return false;
            return content.SameAs(File.ReadAllBytes(path));
        }
        catch (Exception e) when (FileSystemError.IsFileSystemRefusal(e))
        {
            return false;
        }
    }

    /// <summary>A new temporary file beside <paramref name="path"/> holding <paramref name="content"/>, still open.</summary>
    private static (FileStream Stream, string Temporary) WriteTemporary(string path, ContentBuffer content, string remedy)
    {
        string? temporary = null;
        FileStream? stream = null;
        try
        {
            stream = TemporaryFiles.Create(path, out temporary);
            foreach (var piece in content.Pieces) stream.Write(piece.Span);
            return (stream, temporary);
        }
        catch (Exception e)
        {
            stream?.Dispose();
            if (temporary is not null) TemporaryFiles.Remove(temporary);
            if (FileSystemError.IsFileSystemRefusal(e)) throw FileSystemError.WritingFile(path, e, "this file", remedy);
            throw;
        }
    }

    /// <summary>Flushes the temporary file to disk, closes it and moves it over <paramref name="path"/>; on failure it is deleted.</summary>
    private static void MoveIntoPlace(string path, FileStream stream, string temporary, string remedy)
    {
        try
        {
            using (stream) stream.Flush(flushToDisk: true);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (FileSystemError.IsFileSystemRefusal(e))
        {
            throw FileSystemError.WritingFile(path, e, "this file", remedy);
        }
        finally
        {
            TemporaryFiles.Remove(temporary);
        }
    }
}
