using System.Text.RegularExpressions;
using Pamphlet.Cli;

namespace Pamphlet.Tests.Cli;

/// <summary>The command line itself: usage errors exit 2, help exits 0, the listing and the per-file report line.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("build", "--bogus", "x.md")]
    [InlineData("build", "x.md", "-z")]
    [InlineData("build", "x.md", "--layout")]
    [InlineData("layouts", "--bogus")]
    [InlineData("--bogus")]
    [InlineData("print", "x.md")]
    public void Wrong_command_lines_are_usage_errors(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.Contains("pamphlet --help", result.Error);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("--jobs must be a whole number from 1 up", "build", "x.md", "--jobs", "-1")]
    [InlineData("--jobs must be a whole number from 1 up", "build", "x.md", "--jobs", "0")]
    [InlineData("--jobs must be a whole number from 1 up", "build", "x.md", "--jobs", "abc")]
    [InlineData("--jobs must be a whole number from 1 up", "build", "x.md", "--jobs", "2.5")]
    [InlineData("--jobs must be a whole number from 1 up", "build", "x.md", "--jobs", "99999999999")]
    [InlineData("--out must be a folder name", "build", "x.md", "--out", "")]
    [InlineData("--out must be a folder name", "build", "x.md", "--out", " ")]
    [InlineData("--layout must be a layout name", "build", "x.md", "--layout", "")]
    [InlineData("--manifest must be the path of a manifest", "build", "--manifest", "")]
    [InlineData("each statement named must be a Markdown file", "build", "")]
    [InlineData("--in must be a folder", "layouts", "--in", "")]
    [InlineData("--creep 'x' is not a length", "build", "x.md", "--impose", "saddle", "--creep", "x")]
    [InlineData("--creep only applies to --impose saddle", "build", "x.md", "--creep", "0.1mm")]
    [InlineData("--impose 'bogus' is not an imposition; use 'saddle' or '2up' or 'tile'", "build", "x.md", "--impose", "bogus")]
    [InlineData("--impose '' is not an imposition", "build", "x.md", "--impose", "")]
    [InlineData("--impose 'bogus' is not an imposition", "build", "x.md", "--impose", "bogus", "--creep", "0")]
    [InlineData("--creep only applies to --impose saddle", "build", "x.md", "--impose", "2up", "--creep", "0.1mm")]
    [InlineData("--pages must be a page count such as 8, or fit4", "build", "x.md", "--pages", "many")]
    [InlineData("--marks is a switch: give it alone", "build", "x.md", "--marks=maybe")]
    [InlineData("--json is a switch: give it alone", "build", "x.md", "--json=yes")]
    public void Bad_option_values_say_what_was_expected(string expected, params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.True(result.ExitCode == ExitCodes.Usage, result.ToString());
        Assert.StartsWith($"pamphlet: {expected}", result.Error);
        Assert.DoesNotContain("System.", result.Error);
        Assert.DoesNotContain("Unrecognized option", result.Error);
        Assert.Contains("pamphlet --help", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Bad_jobs_value_is_quoted_in_the_message()
    {
        var result = CliRunner.Run("build", "x.md", "--jobs", "abc");

        Assert.Contains("'abc' is not", result.Error);
    }

    [Fact]
    public void Unknown_option_is_not_taken_for_a_statement_to_build()
    {
        var result = CliRunner.Run("build", "--bogus", "x.md");

        Assert.Contains("'--bogus'", result.Error);
        Assert.DoesNotContain("cannot read the statement", result.Error);
    }

    [Fact]
    public void After_double_dash_a_name_starting_with_a_dash_is_a_statement_not_an_option()
    {
        using var folder = new StatementFolder();

        // Relative to the test's own folder, where no such file exists: the point is how it is parsed.
        var result = CliRunner.Run("build", "--out", folder.Out, "--", "-draft-that-does-not-exist.md");

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Contains("-draft-that-does-not-exist.md: error: cannot read the statement: it does not exist", result.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("build", "--help")]
    [InlineData("layouts", "--help")]
    public void Help_works_on_every_command(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains("Usage:", result.Output);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Root_help_lists_both_commands_and_build_help_its_options()
    {
        var root = CliRunner.Run("--help").Output;
        var build = CliRunner.Run("build", "--help").Output;

        Assert.Contains("build", root);
        Assert.Contains("layouts", root);
        Assert.Contains("--layout", build);
        Assert.Contains("--out", build);
    }

    [Fact]
    public void Layouts_lists_the_bundled_pamphlet_with_its_description()
    {
        using var folder = new StatementFolder();

        var result = CliRunner.Run("layouts", "--in", folder.Root);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Matches(new Regex(@"^a5-pamphlet +A5 pamphlet, justified serif text", RegexOptions.Multiline), result.Output);
        Assert.Contains("a5-pamphlet-large-print", result.Output);
    }

    [Fact]
    public void Layouts_lists_a_campaigns_own_layouts_too()
    {
        using var folder = new StatementFolder();
        folder.Write("layouts/a4-leaflet.yaml", "extends: a5-pamphlet\nname: a4-leaflet\ndescription: One A4 sheet for the street stall\npage:\n  size: A4\n");

        var result = CliRunner.Run("layouts", "--in", folder.Root);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Matches(new Regex(@"^a4-leaflet +One A4 sheet for the street stall$", RegexOptions.Multiline), result.Output);
        Assert.Matches(new Regex(@"^a5-pamphlet +A5 pamphlet", RegexOptions.Multiline), result.Output);
    }

    [Fact]
    public void Build_prints_one_line_per_file_with_path_page_count_and_time()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("leaflet.md", "---\ntitle: Save the Library\n---\n\nThe library stays open.\n");

        var result = CliRunner.Build(folder, statement, "--layout", "a5-pamphlet", "--layout", "a5-pamphlet-large-print");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Equal("", result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        string[] layouts = ["a5-pamphlet", "a5-pamphlet-large-print"];
        foreach (var (line, layout) in lines.Zip(layouts))
        {
            var path = Path.Combine(folder.Out, $"leaflet.{layout}.pdf");
            Assert.Matches($@"^{Regex.Escape(path)}  [1-9]\d* pages?  \d+\.\d\d s$", line);
            Assert.True(File.Exists(path), path);
        }
    }
}
