using Pamphlet.Cli;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Watching;

/// <summary>
/// <c>pamphlet watch</c> as a user runs it: builds, rebuilds on a save with one line per build, reports
/// a failed rebuild at its line while keeping the last good PDF, waits for a deleted statement to come
/// back, and exits 0 when stopped. Runs the command in-process on another thread and waits for its
/// lines (never for a length of time).
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class WatchCommandTests : IDisposable
{
    private readonly StatementFolder folder = new();
    private readonly StringWriter outputText = new() { NewLine = "\n" };
    private readonly StringWriter errorText = new() { NewLine = "\n" };
    private readonly TextWriter output;
    private readonly TextWriter error;
    private readonly CliContext context;

    public WatchCommandTests()
    {
        // The command writes from its own thread while the test reads: both go through one lock.
        output = TextWriter.Synchronized(outputText);
        error = TextWriter.Synchronized(errorText);
        context = new CliContext(folder.Root, Interactive: false);
    }

    private Task<int> Start(params string[] args) => Task.Run(() => PamphletCli.Run(["watch", .. args], output, error, context));

    private string Output
    {
        get { lock (output) return outputText.ToString(); }
    }

    private string Error
    {
        get { lock (error) return errorText.ToString(); }
    }

    /// <summary>Waits until stdout holds <paramref name="count"/> lines containing <paramref name="text"/>.</summary>
    private void WaitForLines(string text, int count, Task<int> run)
    {
        var guard = DateTime.UtcNow + ManualDelay.HangGuard;
        while (Output.Split('\n').Count(l => l.Contains(text, StringComparison.Ordinal)) < count)
        {
            Assert.False(run.IsCompleted, $"watch ended early: exit {(run.IsCompleted ? run.Result : 0)}\n{Output}\n{Error}");
            Assert.True(DateTime.UtcNow < guard, $"no {count}× '{text}' in:\n{Output}\n{Error}");
            Thread.Sleep(20);
        }
    }

    [Fact]
    public async Task It_rebuilds_on_a_save_keeps_the_last_good_pdf_on_an_error_and_exits_0_when_stopped()
    {
        var statement = folder.Write("notice.md", "---\ntitle: Notice\n---\n\nThe library stays open.\n");
        var pdf = folder.PathOf("out/notice.a5-pamphlet.pdf");
        var run = Start(statement, "--layout", "a5-pamphlet", "--out", folder.Out);
        WaitForLines("Watching 1 statement", 1, run);
        Assert.Contains("notice.md: a5-pamphlet 2 pages in ", Output, StringComparison.Ordinal);
        var first = File.ReadAllBytes(pdf);

        folder.Write("notice.md", "---\ntitle: Notice\n---\n\nThe library stays open, and ours.\n");
        WaitForLines("notice.md: a5-pamphlet", 2, run);
        var second = File.ReadAllBytes(pdf);
        Assert.NotEqual(first, second);

        folder.Write("notice.md", "---\ntitle: Notice\n---\n\nThe library stays open.\n\n![Gone](missing.jpg)\n");
        WaitForLines("notice.md failed with 1 error: the last good files are kept", 1, run);
        Assert.Contains("notice.md:7:", Error, StringComparison.Ordinal);
        Assert.Equal(second, File.ReadAllBytes(pdf));

        File.Delete(statement);
        WaitForLines("notice.md is gone (deleted or moved)", 1, run);
        folder.Write("notice.md", "---\ntitle: Notice\n---\n\nThe library stays open again.\n");
        WaitForLines("notice.md: a5-pamphlet", 3, run);

        Assert.True(context.Stop.TryStop());
        Assert.Equal(0, await run.WaitAsync(ManualDelay.HangGuard));
        Assert.Contains("Stopped watching.", Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_to_the_statements_layout_file_rebuilds_it()
    {
        var statement = folder.Write("notice.md", "---\ntitle: Notice\nlayouts: [mine]\n---\n\nThe library stays open.\n");
        folder.Write("layouts/mine.yaml", "extends: a5-pamphlet\n");
        var run = Start(statement, "--out", folder.Out);
        WaitForLines("notice.md: mine 2 pages", 1, run);

        folder.Write("layouts/mine.yaml", "extends: a5-pamphlet\npage:\n  bleed: 0mm\n");
        WaitForLines("notice.md: mine 2 pages", 2, run);

        Assert.True(context.Stop.TryStop());
        Assert.Equal(0, await run.WaitAsync(ManualDelay.HangGuard));
    }

    [Fact]
    public async Task Without_statements_it_watches_the_manifests_editions_and_the_manifest_itself()
    {
        folder.Write("en.md", "---\ntitle: Notice\n---\n\nThe library stays open.\n");
        folder.Write("fr.md", "---\ntitle: Avis\nlang: fr\n---\n\nLa bibliothèque reste ouverte.\n");
        folder.Write("pamphlet.yaml", "editions: [en.md, fr.md]\nlayouts: [a5-pamphlet]\nout: out\n");
        var run = Start();
        WaitForLines("Watching 2 statements", 1, run);
        Assert.Contains("en.md: a5-pamphlet 2 pages", Output, StringComparison.Ordinal);
        Assert.Contains("fr.md: a5-pamphlet 2 pages", Output, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.PathOf("out/fr.a5-pamphlet.pdf")));

        // One edition saved: only it is built again (the editions build in order, so en's line would come first).
        folder.Write("fr.md", "---\ntitle: Avis\nlang: fr\n---\n\nLa bibliothèque reste ouverte, et la nôtre.\n");
        WaitForLines("fr.md: a5-pamphlet", 2, run);
        Assert.Equal(1, Lines("en.md: a5-pamphlet"));

        // The manifest saved: it is read again and every edition is built with what it now says.
        folder.Write("pamphlet.yaml", "editions: [en.md, fr.md]\nlayouts: [a5-pamphlet, poster-a4]\nout: out\n");
        WaitForLines("fr.md: a5-pamphlet 2 pages, poster-a4 1 page", 1, run);
        Assert.Equal(1, Lines("en.md: a5-pamphlet 2 pages, poster-a4 1 page"));
        Assert.True(File.Exists(folder.PathOf("out/en.poster-a4.pdf")));

        // A broken manifest is reported at its line; the files already built stay; fixing it builds again.
        var poster = File.ReadAllBytes(folder.PathOf("out/en.poster-a4.pdf"));
        folder.Write("pamphlet.yaml", "editions: [en.md, fr.md\nlayouts: [a5-pamphlet]\n");
        WaitForLines("pamphlet.yaml failed with 1 error: fix it and save again", 1, run);
        Assert.Contains("pamphlet.yaml:", Error, StringComparison.Ordinal);
        Assert.Equal(poster, File.ReadAllBytes(folder.PathOf("out/en.poster-a4.pdf")));
        folder.Write("pamphlet.yaml", "editions: [en.md]\nlayouts: [a5-pamphlet]\nout: out\n");
        WaitForLines("en.md: a5-pamphlet 2 pages in", 2, run);
        Assert.Equal(3, Lines("fr.md: a5-pamphlet"));

        Assert.True(context.Stop.TryStop());
        Assert.Equal(0, await run.WaitAsync(ManualDelay.HangGuard));
    }

    private int Lines(string text) => Output.Split('\n').Count(l => l.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void A_statement_that_does_not_exist_at_the_start_is_an_error()
    {
        var result = PamphletCli.Run(["watch", folder.PathOf("nowhere.md"), "--out", folder.Out], output, error, context);

        Assert.Equal(1, result);
        Assert.Contains("nowhere.md", Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        // A test that failed midway has not stopped its watch: stop it, so it does not go on building beside the next tests.
        context.Stop.TryStop();
        folder.Dispose();
    }
}
