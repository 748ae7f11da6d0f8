using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Markdown;
using Pamphlet.Documents.Yaml;
using Pamphlet.Engine.Batch;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Layouts;

/// <summary>
/// YAML nested absurdly deep, or aliases of aliases that expand to billions of values, are errors at
/// the line where the limit is passed — in a layout, in front matter, in the manifest and while
/// listing layouts — instead of a stack overflow or a machine out of memory.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class YamlLimitTests : IDisposable
{
    private readonly LayoutFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary><c>x: [[[…]]]</c> with <paramref name="lists"/> brackets, so the innermost list is lists + 1 deep.</summary>
    private static string Nested(int lists) => "x: " + new string('[', lists) + new string(']', lists) + "\n";

    /// <summary>Ten values, then each level a list of ten aliases of the level before: 10^(levels + 1) values.</summary>
    private static string AliasBomb(int levels)
    {
        var lines = new List<string> { "l0: &l0 [a, a, a, a, a, a, a, a, a, a]" };
        for (var i = 1; i <= levels; i++)
        {
            lines.Add($"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]");
        }

        return string.Join("\n", lines) + "\n";
    }

    [Fact]
    public void A_layout_nested_40000_deep_is_an_error_at_its_line()
    {
        folder.Write("deep.yaml", "extends: a5-pamphlet\n" + Nested(40_000));

        var error = folder.Fail("deep.yaml");

        Assert.Equal(2, error.Location.Line);
        Assert.Contains($"nest more than {BoundedYaml.MaxDepth} deep", error.Message);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read_and_one_more_level_is_refused()
    {
        // The top-level map is level 1, x's list level 2: MaxDepth - 1 lists reach the limit exactly.
        folder.Write("at.yaml", Nested(BoundedYaml.MaxDepth - 1));
        folder.Write("over.yaml", Nested(BoundedYaml.MaxDepth));

        Assert.Contains("unknown key 'x'", folder.Fail("at.yaml").Message);
        Assert.Contains("nest more than", folder.Fail("over.yaml").Message);
    }

    [Fact]
    public void An_alias_bomb_in_a_layout_is_an_error_at_the_alias_that_passes_the_limit()
    {
        folder.Write("bomb.yaml", "extends: a5-pamphlet\n" + AliasBomb(9));

        var error = folder.Fail("bomb.yaml");

        // Up to l3 the file holds 12,351 values; the eighth alias on l4's line brings the count past 100,000.
        Assert.Equal(6, error.Location.Line);
        Assert.Contains("more than 100,000 values once its aliases (*name) are expanded", error.Message);
    }

    [Fact]
    public void A_few_aliases_are_fine()
    {
        folder.Write("aliases.yaml", "fonts:\n  heading: &bold {family: Noto Serif, weight: bold}\n  display: *bold\n");

        var layout = folder.Load("aliases.yaml");

        Assert.Equal(Pamphlet.Layouts.Model.FontWeight.Bold, layout.Fonts["display"].Weight);
    }

    [Fact]
    public void An_alias_inside_the_value_it_names_is_an_error()
    {
        folder.Write("loop.yaml", "extends: a5-pamphlet\nx: &loop [a, *loop]\n");

        var error = folder.Fail("loop.yaml");

        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void Listing_layouts_shows_a_deep_layout_as_invalid_instead_of_crashing()
    {
        folder.Write("deep.yaml", Nested(40_000));
        folder.Write("bomb.yaml", AliasBomb(9));

        var listed = folder.Catalog.List();

        Assert.Contains("nest more than", Assert.Single(listed, l => l.Name == "deep").Description);
        Assert.Contains("values once its aliases", Assert.Single(listed, l => l.Name == "bomb").Description);
    }

    [Fact]
    public void Front_matter_nested_40000_deep_is_an_error_at_its_line_in_the_statement()
    {
        var markdown = "---\ntitle: Deep\n" + Nested(40_000) + "---\n\nText.\n";

        var error = Assert.Throws<PamphletException>(() => MarkdownReader.Parse(markdown, "deep.md"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(new SourceLocation("deep.md", 3), diagnostic.Location);
        Assert.Contains("nest more than", diagnostic.Message);
    }

    [Fact]
    public void An_alias_bomb_in_front_matter_is_an_error_in_the_statement()
    {
        var markdown = "---\ntitle: Bomb\n" + AliasBomb(9) + "---\n\nText.\n";

        var error = Assert.Throws<PamphletException>(() => MarkdownReader.Parse(markdown, "bomb.md"));

        Assert.Equal(new SourceLocation("bomb.md", 7), Assert.Single(error.Diagnostics).Location);
    }

    [Fact]
    public void A_manifest_nested_40000_deep_is_an_error_at_its_line()
    {
        using var statements = new StatementFolder();
        statements.Write("en.md", "# English\n");
        var path = statements.Write("pamphlet.yaml", "editions: [en.md]\noptions:\n  " + Nested(40_000));

        var error = Assert.Throws<PamphletException>(() => ManifestReader.Read(path));

        Assert.Equal(3, Assert.Single(error.Diagnostics).Location.Line);
    }

    /// <summary>Found by fuzzing: YamlDotNet's scanner throws InvalidOperationException on this (exit 70 before).</summary>
    private const string ScannerFailure = ": {\na";

    [Fact]
    public void Yaml_the_scanner_itself_fails_on_is_a_syntax_error_in_a_layout_front_matter_and_manifest()
    {
        folder.Write("broken.yaml", ScannerFailure);
        Assert.Contains("cannot be read", folder.Fail("broken.yaml").Message);

        var markdown = "---\n" + ScannerFailure + "\n---\n\nText.\n";
        var frontMatter = Assert.Throws<PamphletException>(() => MarkdownReader.Parse(markdown, "broken.md"));
        Assert.Equal("broken.md", Assert.Single(frontMatter.Diagnostics).Location.File);

        using var statements = new StatementFolder();
        var path = statements.Write("pamphlet.yaml", ScannerFailure);
        var manifest = Assert.Throws<PamphletException>(() => ManifestReader.Read(path));
        Assert.Equal(path, Assert.Single(manifest.Diagnostics).Location.File);
    }
}
