using System.Runtime.InteropServices;
using Pamphlet.Documents.Model;

namespace Pamphlet.Documents.Files;

/// <summary>What a path names, found without opening it (opening a named pipe waits for a writer forever).</summary>
public enum FileKind { Missing, RegularFile, Folder, NamedPipe, Device, Socket, Unknown }

public static class FileKinds
{
    /// <summary>
    /// The kind of file <paramref name="path"/> names, following symbolic links. Uses Linux's statx
    /// (the file type bits of st_mode, which .NET does not expose); where that call does not exist,
    /// falls back to what .NET can tell (missing, folder, or <see cref="FileKind.Unknown"/>).
    /// </summary>
    public static FileKind Of(string path)
    {
        if (TryStatxMode(path, out var mode, out var missing))
        {
            if (missing) return FileKind.Missing;
            return (mode & FileTypeMask) switch
            {
                RegularFileType => FileKind.RegularFile,
                DirectoryType => FileKind.Folder,
                FifoType => FileKind.NamedPipe,
                CharacterDeviceType or BlockDeviceType => FileKind.Device,
                SocketType => FileKind.Socket,
                _ => FileKind.Unknown,
            };
        }

        if (Directory.Exists(path)) return FileKind.Folder;
        return File.Exists(path) ? FileKind.Unknown : FileKind.Missing;
    }

    /// <summary>What the kind is called in a message ("a named pipe (FIFO)").</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Folder => "a folder",
        FileKind.NamedPipe => "a named pipe (FIFO)",
        FileKind.Device => "a device",
        FileKind.Socket => "a socket",
        FileKind.Missing => "missing",
        _ => "not a regular file",
    };

    /// <summary>Whether the path names something that is neither a regular file nor missing: reading it could wait forever or read without end.</summary>
    public static bool IsSpecial(FileKind kind) => kind is FileKind.NamedPipe or FileKind.Device or FileKind.Socket;

    // st_mode's file type bits (S_IFMT and its values), the same on every Linux architecture.
    private const int FileTypeMask = 0xF000;
    private const int FifoType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDeviceType = 0x6000;
    private const int RegularFileType = 0x8000;
    private const int SocketType = 0xC000;

    private const int CurrentFolder = -100;      // AT_FDCWD: relative paths from the working folder
    private const uint TypeField = 0x1;           // STATX_TYPE: only the type bits are needed
    private const int StatxSize = 256;            // sizeof(struct statx), fixed by the kernel ABI
    private const int ModeOffset = 28;            // offsetof(struct statx, stx_mode), a 16-bit field
    private const int NoSuchFile = 2;             // ENOENT
    private const int NotAFolder = 20;            // ENOTDIR: a path component is a file

    private static bool TryStatxMode(string path, out int mode, out bool missing)
    {
        (mode, missing) = (0, false);
        if (!OperatingSystem.IsLinux()) return false;
        var buffer = new byte[StatxSize];
        try
        {
            if (statx(CurrentFolder, path, 0, TypeField, buffer) != 0)
            {
                var error = Marshal.GetLastPInvokeError();
                missing = error is NoSuchFile or NotAFolder;
                return missing;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        mode = BitConverter.ToUInt16(buffer, ModeOffset);
        return true;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, string pathname, int flags, uint mask, byte[] statxbuf);
}
