using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Pamphlet.Engine;

/// <summary>
/// The temporary files outputs are written through, named <c>.&lt;output&gt;.pamphlet-&lt;pid&gt;-&lt;random&gt;.tmp</c>
/// beside the output so that any later build recognises them. A temporary file exists only while its
/// bytes are written and moved into place; this process deletes its own on SIGINT/SIGTERM
/// (<see cref="RemoveOwnAndExit"/>), and one left by a killed build is removed by the next build into
/// the folder once its owner is no longer running (<see cref="RemoveAbandoned"/>), so concurrent
/// builds into one folder never delete each other's.
/// </summary>
public static partial class TemporaryFiles
{
    private const string Suffix = ".tmp";

    [GeneratedRegex(@"^\..+\.pamphlet-(?<pid>[0-9]{1,10})-[0-9a-f]{32}\.tmp\z", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    /// <summary>This process's temporary files that exist now; guarded by itself.</summary>
    private static readonly HashSet<string> Open = new(StringComparer.Ordinal);

    /// <summary>The temporary name for writing <paramref name="target"/>: hidden, in the same folder (so the final move is atomic).</summary>
    internal static string NameFor(string target, int processId) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".",
            string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(target)}.pamphlet-{processId}-{Guid.NewGuid():N}{Suffix}"));

    /// <summary>The process that owns a temporary file by its name, or null when the name is not one of ours.</summary>
    internal static int? OwnerOf(string fileName)
    {
        var match = Name().Match(fileName);
        return match.Success && int.TryParse(match.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    /// <summary>
    /// Creates this process's temporary file for <paramref name="target"/> (never an existing one) and
    /// keeps its name until <see cref="Remove"/>, so an interrupt can delete it.
    /// </summary>
    internal static FileStream Create(string target, out string path)
    {
        lock (Open)
        {
            path = NameFor(target, Environment.ProcessId);
            var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            Open.Add(path);
            return stream;
        }
    }

    /// <summary>Deletes a temporary file if it still exists (it does not once moved into place) and forgets it.</summary>
    internal static void Remove(string path)
    {
        lock (Open)
        {
            Open.Remove(path);
            DeleteQuietly(path);
        }
    }

    /// <summary>
    /// For an interrupt: deletes every temporary file this process has, then runs <paramref name="exit"/>,
    /// which must end the process, while holding every writer back. So no temporary file is created,
    /// and no failure of a write whose file was just deleted is reported, before the process is gone.
    /// Outputs already moved into place are complete and stay.
    /// </summary>
    public static void RemoveOwnAndExit(Action exit)
    {
        lock (Open)
        {
            foreach (var path in Open) DeleteQuietly(path);
            Open.Clear();
            exit();
        }
    }

    /// <summary>
    /// Deletes the temporary files in <paramref name="folder"/> whose owner is no longer running (a build
    /// killed with SIGKILL, or the machine lost power, in the moment it wrote). Files of running builds,
    /// this one's included, are left alone.
    /// </summary>
    public static void RemoveAbandoned(string folder)
    {
        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, $".*{Suffix}").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // The folder check that follows reports an unusable folder in words.
        }
        foreach (var file in files)
        {
            if (OwnerOf(Path.GetFileName(file)) is { } owner && !IsRunning(owner)) DeleteQuietly(file);
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>A temporary file that cannot be deleted is harmless, and must not hide the error being reported.</summary>
    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
