using Pamphlet.Documents.Model;
namespace Pamphlet.Documents.Diagnostics;

/// <summary>
/// Turns the file system's refusals (disk full, read-only, no permission, something in the way) into
/// user errors that name the path and say, in words, why and what to do: they are the user's to fix,
/// not bugs. .NET reports them as <see cref="IOException"/> (whose HResult is the raw errno on Unix)
/// or <see cref="UnauthorizedAccessException"/> (the errno in its inner exception).
/// </summary>
public static class FileSystemError
{
    /// <summary>Whether an exception is the file system saying no, as opposed to a bug.</summary>
    public static bool IsFileSystemRefusal(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>
    /// Writing the file <paramref name="path"/> failed; <paramref name="what"/> names it for the user
    /// ("the PDF") and the advice ends with <paramref name="remedy"/> ("choose another folder with --out").
    /// </summary>
    public static PamphletException WritingFile(string path, Exception e, string what, string remedy) =>
        new(SourceLocation.None(path), $"cannot write {what}: {WriteReason(e, path, Path.GetDirectoryName(path) is { Length: > 0 } parent ? parent : ".", remedy)}");

    /// <summary>Making the folder <paramref name="folder"/>, or a file in it, failed.</summary>
    public static PamphletException WritingInFolder(string folder, Exception e, string what, string remedy) =>
        new(SourceLocation.None(folder), $"cannot use {what}: {WriteReason(e, folder, folder, remedy)}");

    private static string WriteReason(Exception e, string path, string folder, string remedy) => Errno(e) switch
    {
        // .NET reports a file standing where a folder is needed as "not found" on some calls.
        Linux.ENOTDIR or Linux.EEXIST or Linux.ENOENT when FileInTheWay(folder) is { } file => $"{file} is a file, not a folder; rename or remove it, or {remedy}",
        Linux.ENOSPC => $"no space left on the device holding {folder}; free some space or {remedy}",
        Linux.EDQUOT => $"your disk quota on the device holding {folder} is used up; free some space or {remedy}",
        Linux.EROFS => $"{folder} is on a read-only file system (a write-protected card, a read-only mount); {remedy}",
        Linux.EACCES or Linux.EPERM => $"permission denied: this user may not create or replace files in {folder}; change its permissions or {remedy}",
        Linux.EISDIR => $"{path} is a folder; rename or remove that folder, or {remedy}",
        Linux.ENOENT => $"{folder} does not accept new files (it is gone, or a system folder such as /proc); {remedy}",
        Linux.EIO => $"the device holding {folder} reported an input/output error (a failing disk, a removed card); check it, or {remedy}",
        Linux.ENAMETOOLONG => $"the path is longer than the file system allows; {remedy}",
        Linux.EMFILE or Linux.ENFILE => TooManyOpenFiles,
        _ => $"{Words(e)}; {remedy}",
    };

    /// <summary>Reading the file <paramref name="path"/>, which <paramref name="what"/> names for the user ("the manifest"), failed.</summary>
    public static PamphletException ReadingFile(string path, Exception e, string what) =>
        // .NET refuses to open a folder as a file with "access denied", which would be misleading.
        Reading(path, Directory.Exists(path) ? new IOException(e.Message, Linux.EISDIR) : e, what);

    /// <summary>Listing the folder <paramref name="path"/> failed.</summary>
    public static PamphletException ReadingFolder(string path, Exception e, string what) => Reading(path, e, what);

    private static PamphletException Reading(string path, Exception e, string what)
    {
        var reason = Errno(e) switch
        {
            Linux.EACCES or Linux.EPERM => "permission denied: this user may not read it; change its permissions, or run as a user who may",
            Linux.ENOTDIR or Linux.ENOENT when FileInTheWay(Path.GetDirectoryName(path) ?? path) is { } file => $"{file} is a file, not a folder; check the path",
            Linux.ENOENT => "it does not exist; check the path",
            Linux.EISDIR => "it is a folder, not a file; name a file in it",
            Linux.EIO => "the device holding it reported an input/output error (a failing disk, a removed card); check it",
            Linux.EMFILE or Linux.ENFILE => TooManyOpenFiles,
            _ => $"{Words(e)}; check the path and that it is readable",
        };
        return new PamphletException(SourceLocation.None(path), $"cannot read {what}: {reason}");
    }

    private const string TooManyOpenFiles = "too many files are open at once; close other programs, or build fewer editions at a time with --jobs";

    /// <summary>The errno behind the exception, or 0 when .NET did not keep one.</summary>
    private static int Errno(Exception e) => e switch
    {
        UnauthorizedAccessException { InnerException: IOException inner } when IsErrno(inner.HResult) => inner.HResult,
        UnauthorizedAccessException => Linux.EACCES,
        FileNotFoundException or DirectoryNotFoundException => Linux.ENOENT,
        PathTooLongException => Linux.ENAMETOOLONG,
        IOException io when IsErrno(io.HResult) => io.HResult,
        _ => 0,
    };

    /// <summary>On Unix .NET stores the raw errno (a small positive number) as the HResult; Windows HResults are negative.</summary>
    private static bool IsErrno(int hresult) => hresult is > 0 and < MaxErrno;

    /// <summary>Linux errno values stop well below this; anything larger is not an errno.</summary>
    private const int MaxErrno = 4096;

    /// <summary>A file standing where a folder is needed: the path itself or the nearest of its parents that is a file; else null.</summary>
    private static string? FileInTheWay(string path)
    {
        // A bare file name has an empty folder part: the working folder, which is no file.
        if (path.Length == 0) return null;
        for (var part = Path.GetFullPath(path); !string.IsNullOrEmpty(part); part = Path.GetDirectoryName(part))
        {
            if (File.Exists(part)) return part;
        }
        return null;
    }

    /// <summary>The operating system's own words, without the path .NET appends (the diagnostic already names it).</summary>
    private static string Words(Exception e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" : '", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }

    /// <summary>The errno values .NET passes through on Linux (the only platform Pamphlet is built for).</summary>
    private static class Linux
    {
        public const int EPERM = 1;
        public const int ENOENT = 2;
        public const int EIO = 5;
        public const int EACCES = 13;
        public const int EEXIST = 17;
        public const int ENOTDIR = 20;
        public const int EISDIR = 21;
        public const int ENFILE = 23;
        public const int EMFILE = 24;
        public const int ENOSPC = 28;
        public const int EROFS = 30;
        public const int ENAMETOOLONG = 36;
        public const int EDQUOT = 122;
    }
}
