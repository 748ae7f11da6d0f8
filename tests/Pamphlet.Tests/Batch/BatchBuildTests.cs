using System.Text.Json;
using System.Text.RegularExpressions;
using Pamphlet.Cli;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Batch;

[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class BatchBuildTests
{
    [Fact]
    public void One_broken_edition_fails_the_run_but_the_others_are_built_and_nothing_partial_is_left()
    {
        using var folder = new StatementFolder();
        var en = folder.Write("statements/en.md", BatchRunner.Statement("English"));
        var broken = folder.Write("statements/es.md", BatchRunner.Broken);
        var fr = folder.Write("statements/fr.md", BatchRunner.Statement("French"));

        var result = BatchRunner.Run(folder.Root, "build", en, broken, fr, "--out", folder.Out,
            "--layout", "a5-pamphlet", "--layout", "poster-a3");

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        var names = folder.OutputFiles().Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["en.a5-pamphlet.pdf", "en.poster-a3.pdf", "fr.a5-pamphlet.pdf", "fr.poster-a3.pdf"], names);
        Assert.Matches($"^{Regex.Escape(broken)}:[1-3]: error: ", result.Error);
        // Plain lines in input then layout order, whatever order the editions finished in.
        var lines = result.Output.Split('\n').Where(l => l.EndsWith(" s", StringComparison.Ordinal) && l.Contains(".pdf")).ToList();
        Assert.Equal(["en.a5-pamphlet.pdf", "en.poster-a3.pdf", "fr.a5-pamphlet.pdf", "fr.poster-a3.pdf"],
            lines.Select(l => Path.GetFileName(l[..l.IndexOf(".pdf", StringComparison.Ordinal)]) + ".pdf"));
        Assert.Matches(@"\nes\s+-\s+-\s+\S+ s\s+failed: 1 error\n", result.Output);
        Assert.Contains("2 of 3 editions built", result.Output);
    }

    [Fact]
    public void A_folder_stands_for_its_statements_in_name_order()
    {
        using var folder = new StatementFolder();
        folder.Write("statements/b.md", BatchRunner.Statement("B"));
        folder.Write("statements/a.md", BatchRunner.Statement("A"));
        folder.Write("statements/notes.txt", "not a statement");

        var result = BatchRunner.Run(folder.Root, "build", folder.PathOf("statements"), "--out", folder.Out, "--layout", "a5-pamphlet");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var first = result.Output.IndexOf("a.a5-pamphlet.pdf", StringComparison.Ordinal);
        var second = result.Output.IndexOf("b.a5-pamphlet.pdf", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, result.ToString());
    }

    [Fact]
    public void Redirected_output_is_plain_lines_and_a_summary_table()
    {
        using var folder = new StatementFolder();
        var en = folder.Write("en.md", BatchRunner.Statement("English"));
        var de = folder.Write("de.md", BatchRunner.Statement("German"));

        var result = BatchRunner.Run(folder.Root, "build", en, de, "--out", folder.Out, "--layout", "a5-pamphlet");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.DoesNotContain('\u001b', result.Output);
        Assert.DoesNotContain('\r', result.Output);
        var lines = result.Output.Split('\n');
        Assert.Matches(@"^.*en\.a5-pamphlet\.pdf  \d+ pages?  \d+\.\d\d s$", lines[0]);
        Assert.Matches(@"^.*de\.a5-pamphlet\.pdf  \d+ pages?  \d+\.\d\d s$", lines[1]);
        Assert.Matches(@"^edition\s+layout\s+pages\s+time\s+status$", lines[3]);
        Assert.Matches(@"^en\s+a5-pamphlet\s+\d+\s+\d+\.\d\d s\s+ok$", lines[4]);
        Assert.Matches(@"^de\s+a5-pamphlet\s+\d+\s+\d+\.\d\d s\s+ok$", lines[5]);
    }

    [Fact]
    public void On_a_terminal_the_progress_is_redrawn_in_place()
    {
        using var folder = new StatementFolder();
        var en = folder.Write("en.md", BatchRunner.Statement("English"));
        var de = folder.Write("de.md", BatchRunner.Statement("German"));

        var result = BatchRunner.Run(folder.Root, interactive: true, "build", en, de, "--out", folder.Out, "--layout", "a5-pamphlet");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("\u001b[2K", result.Output);
        Assert.Matches(@"\u001b\[\d+A", result.Output);
        Assert.Contains("building…", result.Output);
        Assert.Contains("2 of 2 editions built", result.Output);
    }

    [Fact]
    public void Json_report_lists_files_warnings_and_errors_in_a_stable_shape()
    {
        using var folder = new StatementFolder();
        var en = folder.Write("en.md", BatchRunner.Statement("English") + "\n::: banner\nSoon.\n:::\n");
        var broken = folder.Write("es.md", BatchRunner.Broken);

        var result = BatchRunner.Run(folder.Root, "build", en, broken, "--out", folder.Out,
            "--layout", "a5-pamphlet", "--layout", "poster-a3", "--json");

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(["files", "warnings", "errors"], root.EnumerateObject().Select(p => p.Name));
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(2, files.Count);
        Assert.Equal(["path", "edition", "layout", "pages", "seconds"], files[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(Path.Combine(folder.Out, "en.a5-pamphlet.pdf"), files[0].GetProperty("path").GetString());
        Assert.Equal("en", files[0].GetProperty("edition").GetString());
        Assert.Equal(["a5-pamphlet", "poster-a3"], files.Select(f => f.GetProperty("layout").GetString()));
        Assert.True(files[0].GetProperty("pages").GetInt32() >= 1);
        Assert.True(files[0].GetProperty("seconds").GetDouble() > 0);
        var warning = Assert.Single(root.GetProperty("warnings").EnumerateArray());
        Assert.Equal(["file", "line", "message"], warning.EnumerateObject().Select(p => p.Name));
        Assert.Equal(en, warning.GetProperty("file").GetString());
        Assert.Contains("banner", warning.GetProperty("message").GetString());
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal(broken, error.GetProperty("file").GetString());
        Assert.InRange(error.GetProperty("line").GetInt32(), 1, 3);
    }

    [Fact]
    public void Pdfs_are_the_same_bytes_whatever_the_number_of_parallel_builds()
    {
        using var folder = new StatementFolder();
        string[] editions = [.. new[] { "en", "es", "fr", "de" }.Select(n => folder.Write($"{n}.md", BatchRunner.Statement(n.ToUpperInvariant())))];

        var one = BatchRunner.Run(folder.Root, ["build", .. editions, "--out", folder.PathOf("one"), "--jobs", "1", "--layout", "a5-pamphlet", "--layout", "poster-a3"]);
        var four = BatchRunner.Run(folder.Root, ["build", .. editions, "--out", folder.PathOf("four"), "--jobs", "4", "--layout", "a5-pamphlet", "--layout", "poster-a3"]);

        Assert.True(one.ExitCode == ExitCodes.Success, one.ToString());
        Assert.True(four.ExitCode == ExitCodes.Success, four.ToString());
        var names = Directory.GetFiles(folder.PathOf("one")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(8, names.Count);
        Assert.Equal(names, Directory.GetFiles(folder.PathOf("four")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in names)
        {
            Assert.True(File.ReadAllBytes(folder.PathOf($"one/{name}")).AsSpan().SequenceEqual(File.ReadAllBytes(folder.PathOf($"four/{name}"))), name);
        }
    }
}
