using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Fitting;

[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class FittingLayoutAndCliTests
{
    private static LayoutDefinition Load(string yaml)
    {
        var folder = Directory.CreateTempSubdirectory("pamphlet-fitting-");
        try
        {
            var path = Path.Combine(folder.FullName, "fitted.yaml");
            File.WriteAllText(path, yaml);
            return LayoutLoader.LoadFile(path, PamphletEngine.CatalogFor(null));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_bundled_pamphlet_declares_ranges_around_its_own_values()
    {
        var layout = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");
        var f = Assert.IsType<PageFitting>(layout.Fitting);
        Assert.InRange(layout.Styles.Body.Font.Size, f.BodySize.Min, f.BodySize.Max);
        Assert.True(f.BodySize.Min < f.BodySize.Max);
        Assert.Null(f.Pages);
    }

    [Fact]
    public void An_inherited_range_that_excludes_the_layouts_own_value_is_widened_to_it()
    {
        // a5-pamphlet's leading range is [1.2em, 1.4em]; this file sets a tighter leading without writing a range.
        var layout = Load("extends: a5-pamphlet\nfonts:\n  body: {size: 10pt, leading: 1.1}\n");

        var leading = Assert.IsType<PageFitting>(layout.Fitting).Leading;
        Assert.Equal(layout.Styles.Body.Font.Leading, leading.Min, 6);
        Assert.Equal(14, leading.Max, 6);
    }

    [Fact]
    public void Fit4_and_page_counts_bind()
    {
        Assert.Equal(PageTarget.NearestMultipleOfFour, Load("extends: a5-pamphlet\nfitting: {pages: fit4}\n").Fitting!.Pages);
        Assert.Equal(PageTarget.Exactly(12), Load("extends: a5-pamphlet\nfitting: {pages: 12}\n").Fitting!.Pages);
    }

    [Fact]
    public void A_range_that_excludes_the_layouts_own_value_is_an_error_at_its_line()
    {
        var error = Assert.Throws<PamphletException>(() => Load("extends: a5-pamphlet\nfitting:\n  body-size: [11pt, 12pt]\n"));
        Assert.Equal(3, error.Diagnostics[0].Location.Line);
        Assert.Contains("must contain it", error.Diagnostics[0].Message);
    }

    [Fact]
    public void A_range_must_have_two_values()
    {
        var error = Assert.Throws<PamphletException>(() => Load("extends: a5-pamphlet\nfitting:\n  leading: [12pt]\n"));
        Assert.Contains("[min, max]", error.Diagnostics[0].Message);
    }

    [Theory]
    [InlineData("eight")]
    [InlineData("0")]
    [InlineData("-4")]
    public void A_bad_pages_value_is_a_usage_error(string value)
    {
        var result = CliRunner.Run("build", SampleFiles.Statement, "--pages", value, "--out", Path.GetTempPath());
        Assert.Equal(2, result.ExitCode);
        Assert.True(result.Error.Contains("--pages", StringComparison.Ordinal) || result.Error.Contains(value, StringComparison.Ordinal), result.Error);
    }
}
