using System.Diagnostics;
using System.Runtime.Versioning;

namespace Pamphlet.Tests.EnvironmentErrors;

/// <summary>
/// File-system situations the environment tests set up with what the machine allows: a tiny tmpfs
/// (full disk), a read-only mount, a folder this user may not write to. Each has a test attribute
/// that skips visibly, with the reason, where the situation cannot be made.
/// </summary>
internal static class Situations
{
    /// <summary>Root may read and write anywhere, so file permissions do not stop it.</summary>
    public static bool IsRoot { get; } = Environment.IsPrivilegedProcess;

    /// <summary>Whether this process may mount a tmpfs (root with the mount capability, not in every container).</summary>
    public static bool CanMount { get; } = TryMount();

    /// <summary>Whether <see cref="UnwritableFolder"/> works here: always for a normal user; for root, where chattr +i does.</summary>
    public static bool CanMakeUnwritableFolder { get; } = !IsRoot || TryImmutable();

    /// <summary>Runs a tool and says whether it succeeded; its output is only for the failure message.</summary>
    public static (bool Ok, string Output) Tool(string program, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode == 0, output.Result + error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (false, e.Message);
        }
    }

    private static bool TryImmutable()
    {
        var folder = Directory.CreateTempSubdirectory("pamphlet-chattr-probe-").FullName;
        try
        {
            return Tool("chattr", "+i", folder).Ok && Tool("chattr", "-i", folder).Ok;
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    private static bool TryMount()
    {
        if (!OperatingSystem.IsLinux() || !IsRoot) return false;
        var folder = Directory.CreateTempSubdirectory("pamphlet-mount-probe-").FullName;
        try
        {
            if (!Tool("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder).Ok) return false;
            return Tool("umount", folder).Ok;
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}

/// <summary>A test that needs a small file system mounted for it (root on Linux); skipped, saying why, elsewhere.</summary>
internal sealed class MountFactAttribute : FactAttribute
{
    public MountFactAttribute()
    {
        if (!Situations.CanMount) Skip = "needs to mount a small tmpfs (root on Linux with the mount capability); this process cannot";
    }
}

/// <summary>A test that needs file permissions to stop this process: skipped, saying why, when it runs as root.</summary>
internal sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (Situations.IsRoot) Skip = "runs as root, whom file permissions do not stop; run the tests as a normal user to check this";
    }
}

/// <summary>A test that needs a folder this process cannot write to (<see cref="UnwritableFolder"/>); skipped, saying why, where none can be made.</summary>
internal sealed class UnwritableFolderFactAttribute : FactAttribute
{
    public UnwritableFolderFactAttribute()
    {
        if (!Situations.CanMakeUnwritableFolder) Skip = "runs as root where chattr +i does not work, so no folder can be made that root may not write to";
    }
}

/// <summary>
/// A tmpfs of a given size (or read-only) mounted on a fresh folder for one test, unmounted and
/// removed afterwards. Only in <see cref="MountFactAttribute"/> tests.
/// </summary>
internal sealed class SmallFileSystem : IDisposable
{
    public SmallFileSystem(string options)
    {
        Root = Directory.CreateTempSubdirectory("pamphlet-small-fs-").FullName;
        var (ok, output) = Situations.Tool("mount", "-t", "tmpfs", "-o", options, "tmpfs", Root);
        Assert.True(ok, $"mount -o {options} failed: {output}");
    }

    public string Root { get; }

    public void Dispose()
    {
        Situations.Tool("umount", Root);
        Directory.Delete(Root, recursive: true);
    }
}

/// <summary>
/// A folder this process may not create files in: for a normal user, mode 0555; for root (whom modes
/// do not stop), the immutable attribute (chattr +i), which stops root too. Restored afterwards.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class UnwritableFolder : IDisposable
{
    private readonly bool immutable;

    public UnwritableFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
        if (Situations.IsRoot)
        {
            var (ok, output) = Situations.Tool("chattr", "+i", path);
            Assert.True(ok, $"chattr +i failed: {output}");
            immutable = true;
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }

    public string Path { get; }

    public void Dispose()
    {
        if (immutable) Situations.Tool("chattr", "-i", Path);
        else File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
