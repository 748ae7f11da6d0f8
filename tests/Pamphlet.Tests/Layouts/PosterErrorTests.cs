using System.Text.RegularExpressions;
using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Tests.Layouts;

/// <summary>Every mistake in a poster grid: where it is reported (line, column) and what it says to do.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class PosterErrorTests : IDisposable
{
    /// <summary>Lines 1–3 of every case; the case's own text starts on line 4.</summary>
    internal const string Head = "kind: poster\npage: {size: A3, margins: 14mm}\nposter:\n";

    /// <summary>A valid grid (lines 4–13) that the cases below break one thing at a time.</summary>
    internal const string Grid = """
          columns: [1, 1]
          rows: [1, 2]
          gap: 6mm
          areas:
            - "top    top"
            - "quote  demands"
          regions:
            top: {content: [title]}
            quote: {content: [quote]}
            demands: {content: [demands]}

        """;

    private readonly LayoutFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void TheValidGridLoads() => Assert.Equal(3, Load(Grid).Poster!.Regions.Count);

    [Theory]
    // the grid's shape
    [InlineData("  columns: [1, 1]\n  rows: [1]\n  areas: [\"a b\", \"c d\"]\n", 6, 10, "'poster.areas' has 2 rows but 'poster.rows' gives 1 row")]
    [InlineData("  columns: [1, 1]\n  rows: [1, 1]\n  areas:\n    - \"a b\"\n    - \"c d e\"\n", 8, 7, "'poster.areas[2]' names 3 columns but 'poster.columns' gives 2 columns")]
    [InlineData("  columns: [1, 1]\n  rows: [1, 1]\n  areas:\n    - \"a b\"\n    - \"b b\"\n", 7, 7, "area 'b' must be a rectangle")]
    [InlineData("  columns: [1, 1, 1]\n  rows: [1]\n  areas: [\"a b a\"]\n", 6, 11, "row 1, column 2 is 'b'")]
    [InlineData("  columns: [1, 1]\n  rows: [1, 1]\n  areas: [\"a .\", \"a a\"]\n", 6, 11, "area 'a' must be a rectangle: its cells span rows 1–2 and columns 1–2, but row 1, column 2 is empty")]
    [InlineData("  columns: [1]\n  rows: [1]\n  areas: [\"1st\"]\n", 6, 11, "'1st', which is not an area name")]
    [InlineData("  columns: [1]\n  rows: [1]\n  areas: [\".\"]\n", 6, 10, "names no area")]
    [InlineData("  columns: [1]\n  rows: [1]\n  areas: top\n", 6, 10, "'poster.areas' must be a list of strings")]
    // proportions
    [InlineData("  columns: [1, 0]\n  rows: [1]\n  areas: [\"a b\"]\n", 4, 16, "'poster.columns[2]' must be more than 0")]
    [InlineData("  columns: [1]\n  rows: [1, -2]\n  areas: [a, b]\n", 5, 13, "'poster.rows[2]' must be more than 0")]
    [InlineData("  columns: [1]\n  rows: [1, 2mm]\n  areas: [a, b]\n", 5, 13, "'poster.rows[2]' must be a plain number")]
    [InlineData("  columns: 2\n  rows: [1]\n  areas: [\"a\"]\n", 4, 12, "'poster.columns' must be a list of relative widths")]
    [InlineData("  columns: []\n  rows: [1]\n  areas: [\"a\"]\n", 4, 12, "'poster.columns' must be a list")]
    // room on the page: the A3 safe area is 269 × 392 mm
    [InlineData("  columns: [1, 1, 1]\n  rows: [1]\n  gap: 135mm\n  areas: [\"a b c\"]\n", 6, 8, "3 columns with a 135mm gap leave no room in the safe area, which is 269mm wide")]
    [InlineData("  columns: [1]\n  rows: [1, 1]\n  gap: 400mm\n  areas: [a, b]\n", 6, 8, "392mm high")]
    [InlineData("  columns: [1]\n  rows: [1]\n  gap: -1mm\n  areas: [a]\n", 6, 8, "'poster.gap' is negative")]
    [InlineData("  columns: [1]\n  rows: [1]\n  gap: 1em\n  areas: [a]\n", 6, 8, "cannot be in em")]
    [InlineData("  columns: [1]\n  rows: [1]\n  foo: 1\n  areas: [a]\n", 6, 3, "unknown key 'foo' in 'poster'")]
    public void GridMistakes(string grid, int line, int column, string message)
    {
        // Regions come after the grid, so they never move its line numbers; only the names the grid uses get one.
        var names = Regex.Matches(grid.Split("areas:")[1], "[a-z]+").Select(m => m.Value).Distinct();
        var regions = "  regions:\n" + string.Join("", names.Select(n => $"    {n}: {{content: [{ContentFor(n)}]}}\n"));
        Expect(grid + regions, line, column, message);
    }

    [Theory]
    // areas and regions must match
    [InlineData("top: {content: [title]}", "top: {content: [title]}\n    extra: {content: [date]}", 12, 5, "region 'extra' has no area in 'poster.areas'; put its name in the grid")]
    [InlineData("top: {content: [title]}", "top: {content: [title]}\n    extra: {content: [date]}", 12, 5, "write 'extra: none' to drop a region inherited")]
    [InlineData("quote: {content: [quote]}", "quote: none", 9, 7, "area 'quote' has no region")]
    [InlineData("top:", "tops:", 8, 7, "area 'top' has no region")]
    [InlineData("top:", "tops:", 8, 7, "Did you mean 'tops'?")]
    [InlineData("\"top    top\"", "\"tops   tops\"", 8, 7, "area 'tops' has no region; add 'tops: {content: [...]}' under 'poster.regions'")]
    [InlineData("\"top    top\"", "\"tops   tops\"", 8, 7, "Did you mean 'top'?")]
    // regions
    [InlineData("top: {content: [title]}", "top: {content: [titel]}", 11, 21, "'poster.regions.top.content[1]' must be one of: title, subtitle, figure, quote, demands, slogan, signature, author, date, qr-code, quote-or-slogan, url, credit; it is the value 'titel'. Did you mean 'title'?")]
    [InlineData("top: {content: [title]}", "top: {content: []}", 11, 20, "'poster.regions.top.content' is empty")]
    [InlineData("top: {content: [title]}", "top: {content: [title, title]}", 11, 28, "lists 'title' twice")]
    [InlineData("quote: {content: [quote]}", "quote: {content: [title, quote]}", 12, 22, "region 'quote' shows 'title', which region 'top' already shows")]
    [InlineData("top: {content: [title]}", "top: {max-lines: 2}", 11, 10, "'poster.regions.top' needs 'content:'")]
    [InlineData("top: {content: [title]}", "top: {content: [title], colour: accent}", 11, 29, "unknown key 'colour' in 'poster.regions.top'")]
    [InlineData("top: {content: [title]}", "top: {content: [title], valign: top}", 11, 29, "Valid keys here: content, align, vertical-align, min-size")]
    [InlineData("top: {content: [title]}", "top: {content: [title], min-size: 50pt, max-size: 40pt}", 11, 39, "'poster.regions.top.min-size' (50pt) is larger than 'poster.regions.top.max-size' (40pt)")]
    [InlineData("top: {content: [title]}", "top: {content: [title], max-size: 8pt}", 11, 39, "'poster.regions.top.min-size' (9pt, the default) is larger than 'poster.regions.top.max-size' (8pt); make min-size the smaller one by giving it")]
    [InlineData("top: {content: [title]}", "top: {content: [title], min-size: 0}", 11, 39, "must be more than 0")]
    [InlineData("top: {content: [title]}", "top: {content: [title], max-lines: 0}", 11, 40, "'poster.regions.top.max-lines' must be a whole number from 1 to 9; it is 0")]
    [InlineData("top: {content: [title]}", "top: {content: [title], align: justify}", 11, 36, "'poster.regions.top.align' must be one of: start, center, end")]
    [InlineData("top: {content: [title]}", "top: {content: [title], vertical-align: middle}", 11, 45, "must be one of: top, center, bottom")]
    [InlineData("top: {content: [title]}", "top: {content: [title], fit: fill}", 11, 34, "must be one of: cover, contain")]
    [InlineData("top: {content: [title]}", "top: {content: [title], panel: panle}", 11, 36, "Did you mean 'panel'?")]
    [InlineData("top: {content: [title]}", "top: {content: [title], padding: 5}", 11, 38, "give a unit")]
    [InlineData("top: {content: [title]}", "top: {content: [title], min-size: 2em}", 11, 39, "cannot be in em")]
    // the top region is 269mm × 128.7mm ((392mm - 6mm) / 3): 65mm of padding on each side leaves no height
    [InlineData("top: {content: [title]}", "top: {content: [title], padding: 65mm}", 11, 38, "'poster.regions.top.padding' (65mm on each side) leaves no room in region 'top', which is 269mm × 128.7mm; make it smaller than 64.3mm")]
    [InlineData("top: {content: [title]}", "top: [title]", 11, 10, "'poster.regions.top' must be a map")]
    [InlineData("  regions:\n    top: {content: [title]}\n    quote: {content: [quote]}\n    demands: {content: [demands]}\n", "  regions: [top]\n", 10, 12, "'poster.regions' must be a map from area names to regions")]
    public void RegionMistakes(string valid, string wrong, int line, int column, string message)
    {
        Assert.Contains(valid, Grid);
        Expect(Grid.Replace(valid, wrong), line, column, message);
    }

    [Theory]
    [InlineData("background: {fit: stretch}\n", 14, 21, "'poster.background.fit' must be one of: cover, contain")]
    [InlineData("background: {scrim: dark}\n", 14, 23, "neither a colour name from 'colors:'")]
    [InlineData("background: {fit: cover, opacity: 1}\n", 14, 28, "unknown key 'opacity' in 'poster.background'")]
    public void BackgroundMistakes(string background, int line, int column, string message) =>
        Expect(Grid + "  " + background, line, column, message);

    [Fact]
    public void APosterNeedsAPosterSection()
    {
        var path = folder.Write("x.yaml", "page: {size: A3}\nkind: poster\n");
        var error = folder.Fail("x.yaml");
        Assert.Equal(new SourceLocation(path, 2, 7), error.Location);
        Assert.Contains("'kind: poster' needs a 'poster:' section", error.Message);
        Assert.Contains("extends: poster-a3", error.Message);
    }

    [Fact]
    public void APamphletMayNotHaveAPosterSection()
    {
        var path = folder.Write("x.yaml", "page: {size: A3}\nposter:\n" + Grid);
        var error = folder.Fail("x.yaml");
        Assert.Equal(new SourceLocation(path, 2, 1), error.Location);
        Assert.Contains("add 'kind: poster', or remove the 'poster:' section", error.Message);
    }

    [Fact]
    public void AGridErrorInAParentPointsIntoTheParent()
    {
        // The child's rows no longer match the parent's areas: reported at the areas, where the grid is drawn.
        var parent = folder.Write("parent.yaml", Head + Grid);
        folder.Write("child.yaml", "extends: parent\nposter: {rows: [1, 1, 1]}\n");
        var error = folder.Fail("child.yaml");
        Assert.Equal(new SourceLocation(parent, 8, 5), error.Location);
        Assert.Contains("has 2 rows but 'poster.rows' gives 3 rows", error.Message);
    }

    private Pamphlet.Layouts.Model.LayoutDefinition Load(string posterSection)
    {
        folder.Write("x.yaml", Head + posterSection);
        return folder.Load("x.yaml");
    }

    private void Expect(string posterSection, int line, int column, string message)
    {
        var path = folder.Write("x.yaml", Head + posterSection);
        var error = folder.Fail("x.yaml");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains(message, error.Message);
        Assert.Equal(new SourceLocation(path, line, column), error.Location);
    }

    /// <summary>A different content for each one-letter area, since each content is shown once.</summary>
    private static string ContentFor(string area) => area switch
    {
        "a" => "title",
        "b" => "quote",
        "c" => "demands",
        "d" => "slogan",
        _ => "date",
    };
}
