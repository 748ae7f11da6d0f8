using System.Diagnostics;
using System.Text;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Release;

/// <summary>
/// The linux-x64 download as a volunteer gets it: release/build.sh makes the archive, which is unpacked
/// into an empty folder and run from another one, with no dotnet on the PATH and no other environment,
/// on a copy of the sample statement kept elsewhere. Slow (a Native AOT publish): filter it in or out
/// with <c>--filter Tier=Release</c> or <c>--filter Tier!=Release</c>.
/// </summary>
[Trait(Tier.Name, Tier.Release)]
public sealed class LinuxArchiveTests
{
    /// <summary>A Native AOT publish from scratch takes 2–3 minutes on 2 busy cores; this is a hang, not a slow machine.</summary>
    private static readonly TimeSpan ReleaseBuildTimeout = TimeSpan.FromMinutes(30);

    /// <summary>The sample build takes well under a second; generous for a loaded machine.</summary>
    private static readonly TimeSpan SampleBuildTimeout = TimeSpan.FromMinutes(2);

    [NativeToolchainFact]
    public void TheArchiveBuildsTheSamplePamphletAndPosterWithoutDotnet()
    {
        var repository = RepositoryFolder.Root ?? throw new DirectoryNotFoundException("release/build.sh lives in the repository; no Pamphlet.sln above the tests");
        using var folder = new StatementFolder();
        var downloads = Directory.CreateDirectory(folder.PathOf("downloads")).FullName;

        var release = Run("bash", [Path.Combine(repository, "release", "build.sh"), "--out", downloads, "linux-x64"], repository, ReleaseBuildTimeout, InheritedEnvironmentWithoutMsBuild());
        Assert.True(release.Code == 0, $"release/build.sh exited {release.Code}:\n{release.Output}");
        var archive = Assert.Single(Directory.GetFiles(downloads, "pamphlet-*-linux-x64.tar.gz"));

        var unpacked = Directory.CreateDirectory(folder.PathOf("unpacked")).FullName;
        var tar = Run("tar", ["-xzf", archive, "-C", unpacked], unpacked, SampleBuildTimeout, InheritedEnvironmentWithoutMsBuild());
        Assert.True(tar.Code == 0, tar.Output);
        var program = Path.Combine(Assert.Single(Directory.GetDirectories(unpacked)), "pamphlet");
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(program)!, "README.txt")), "the archive carries a README.txt");
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(program)!, "licenses", "THIRD-PARTY-NOTICES.txt")), "the archive carries the third-party notices");

        var statement = folder.WriteBytes(Path.Combine("elsewhere", "statement.md"), File.ReadAllBytes(SampleFiles.Statement));
        folder.WriteBytes(Path.Combine("elsewhere", "photo.jpg"), File.ReadAllBytes(SampleFiles.Photo));
        var emptyPath = Directory.CreateDirectory(folder.PathOf("bin")).FullName;
        var workingFolder = Directory.CreateDirectory(folder.PathOf("work")).FullName;
        var environment = new Dictionary<string, string> { ["PATH"] = emptyPath };

        var build = Run(program, ["build", statement, "--layout", "a5-pamphlet", "--layout", "poster-a3"], workingFolder, SampleBuildTimeout, environment);

        Assert.True(build.Code == 0, $"pamphlet build exited {build.Code}:\n{build.Output}");
        foreach (var name in new[] { "statement.a5-pamphlet.pdf", "statement.poster-a3.pdf" })
        {
            var pdf = Path.Combine(workingFolder, "out", name);
            Assert.True(File.Exists(pdf), $"{name} should be built into out/ of the working folder:\n{build.Output}");
            var head = new byte[5];
            using (var stream = File.OpenRead(pdf)) stream.ReadExactly(head);
            Assert.Equal("%PDF-", Encoding.ASCII.GetString(head));
        }
    }

    /// <summary>
    /// This process's environment less what <c>dotnet test</c> set for its own MSBuild, which would
    /// steer the script's <c>dotnet publish</c> into the test host's build.
    /// </summary>
    private static Dictionary<string, string> InheritedEnvironmentWithoutMsBuild()
    {
        var environment = new Dictionary<string, string>();
        foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (!name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)) environment[name] = (string?)variable.Value ?? "";
        }
        return environment;
    }

    /// <summary>Runs a program with exactly the given environment; returns its exit code and its output and errors together.</summary>
    private static (int Code, string Output) Run(string program, string[] args, string workingFolder, TimeSpan timeout, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Clear();
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish within {timeout}");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
