using System.Globalization;
using System.Text;
using Pamphlet.Cli;
using Pamphlet.Tests.Cli;
using UglyToad.PdfPig;

namespace Pamphlet.Tests.EndToEnd;

/// <summary>
/// Real signals sent to the real program in the middle of a build: SIGINT and SIGTERM leave no
/// temporary file and exit 130 and 143; SIGKILL cannot be caught, so what it may leave (only in the
/// moment a file is written) is removed by the next build into the folder, while builds running at
/// the same time leave each other's alone. Every PDF left is complete.
/// </summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class SignalTests
{
    /// <summary>How often the test looks whether the first PDF has been written.</summary>
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// A statement long enough (about 12,000 words) that, after its first PDF is written, the other
    /// layouts and impositions still take seconds: the signal always arrives in the middle of the build.
    /// </summary>
    private static string LongStatement()
    {
        string[] words = ["neighbours", "library", "council", "budget", "open", "reading", "room", "children", "evening", "together", "public", "service"];
        var text = new StringBuilder("---\ntitle: Keep the Library Open\n---\n\n");
        for (var paragraph = 0; paragraph < 200; paragraph++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Part {paragraph + 1}\n\n");
            for (var word = 0; word < 60; word++) text.Append(words[(paragraph * 7 + word * 5) % words.Length]).Append(word % 12 == 11 ? ". " : " ");
            text.Append("\n\n");
        }
        return text.ToString();
    }

    private static PamphletProcess StartLongBuild(StatementFolder folder)
    {
        var statement = folder.Write("library.md", LongStatement());
        return PamphletProcess.Start(folder.Root, "build", statement, "--out", folder.Out,
            "--layout", "a5-pamphlet", "--layout", "a5-pamphlet-large-print", "--impose", "saddle");
    }

    /// <summary>Waits until the build has written its first PDF: it is then busy with the next ones.</summary>
    private static void WaitForFirstPdf(PamphletProcess build, StatementFolder folder)
    {
        var deadline = DateTime.UtcNow + PamphletProcess.Timeout;
        while (!(Directory.Exists(folder.Out) && Directory.GetFiles(folder.Out, "*.pdf").Length > 0))
        {
            if (build.HasExited) Assert.Fail($"the build ended before writing a PDF: {build.WaitForExit()}");
            Assert.True(DateTime.UtcNow < deadline, "no PDF written in time");
            Thread.Sleep(Poll);
        }
    }

    private static void AssertOnlyCompletePdfs(StatementFolder folder)
    {
        var files = folder.OutputFiles();
        Assert.DoesNotContain(files, f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var pdf = PdfDocument.Open(file);
            Assert.True(pdf.NumberOfPages > 0, file);
        }
    }

    [Theory]
    [InlineData("INT", ExitCodes.Interrupted, "SIGINT")]
    [InlineData("TERM", ExitCodes.Terminated, "SIGTERM")]
    public void Interrupted_build_removes_its_temporary_file_and_exits_with_128_plus_the_signal(string signal, int exitCode, string name)
    {
        using var folder = new StatementFolder();
        using var build = StartLongBuild(folder);
        WaitForFirstPdf(build, folder);

        build.Signal(signal);
        var result = build.WaitForExit();

        AssertOnlyCompletePdfs(folder);
        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Contains($"stopped by {name}", result.Error);
        Assert.DoesNotContain("internal error", result.Error);
    }

    /// <summary>
    /// Ctrl+C is how a watch ends: it stops (exit 0, "Stopped watching.") and the files it built stay
    /// whole. SIGTERM (kill, a closing session manager) still ends it as it ends a build.
    /// </summary>
    [Theory]
    [InlineData("INT", ExitCodes.Success)]
    [InlineData("TERM", ExitCodes.Terminated)]
    public void A_signal_during_watch_leaves_complete_files(string signal, int exitCode)
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("notice.md", "---\ntitle: Notice\n---\n\nThe library stays open.\n");
        using var watch = PamphletProcess.Start(folder.Root, "watch", statement, "--out", folder.Out, "--layout", "a5-pamphlet");
        WaitForFirstPdf(watch, folder);

        watch.Signal(signal);
        var result = watch.WaitForExit();

        Assert.True(result.ExitCode == exitCode, result.ToString());
        if (exitCode == ExitCodes.Success) Assert.Contains("Stopped watching.", result.Output);
        Assert.DoesNotContain("internal error", result.Error);
        AssertOnlyCompletePdfs(folder);
    }

    [Fact]
    public void Two_builds_into_one_folder_at_once_leave_each_other_alone()
    {
        // Each build removes temporary files whose build is no longer running, never a running one's.
        using var folder = new StatementFolder();
        using var first = StartLongBuild(folder);
        using var second = StartLongBuild(folder);

        var results = new[] { first.WaitForExit(), second.WaitForExit() };

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.ToString()));
        AssertOnlyCompletePdfs(folder);
        Assert.Equal(4, folder.OutputFiles().Count);
    }

    [Fact]
    public void What_a_killed_build_may_leave_is_removed_by_the_next_build()
    {
        using var folder = new StatementFolder();
        using (var build = StartLongBuild(folder))
        {
            WaitForFirstPdf(build, folder);
            build.Signal("KILL");
            Assert.Equal(137, build.WaitForExit().ExitCode);
        }

        var next = CliRunner.Build(folder, folder.Write("short.md", "Open the library.\n"), "--layout", "a5-pamphlet");

        Assert.True(next.ExitCode == 0, next.ToString());
        AssertOnlyCompletePdfs(folder);
    }
}
