using Pamphlet.Documents.Diagnostics;
using Pamphlet.Tests.Layouts;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// A font family the font folders lack is an error at the layout line that names it, with the
/// nearest bundled family — whether a role, a style or a fallback names it, and whether or not the
/// statement happens to use it.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class UnknownFontTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>, IDisposable
{
    private const string Statement = "---\ntitle: Fonts\n---\n\n## A heading\n\nSome text.\n";

    private readonly LayoutFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("fonts:\n  heading: {family: Roboto Condensd}\n", 2, 21, "'Roboto Condensd'", "Did you mean 'Roboto Condensed'?")]
    [InlineData("fonts:\n  caption: {family: Noto Snas}\n", 2, 21, "'Noto Snas'", "Did you mean 'Noto Sans'?")]
    [InlineData("fonts:\n  fallback: [Noto Sans, Noto Sreif]\n", 2, 25, "'Noto Sreif'", "Did you mean 'Noto Serif'?")]
    [InlineData("styles:\n  slogan: {family: Robotto Condensed}\n", 2, 20, "'Robotto Condensed'", "Did you mean 'Roboto Condensed'?")]
    public void An_unknown_family_is_reported_where_the_layout_names_it(string yaml, int line, int column, string family, string suggestion)
    {
        var path = folder.Write("fonts.yaml", yaml);
        var layout = folder.Load("fonts.yaml");

        var error = Assert.Throws<PamphletException>(() => fixture.Compose(Statement, layout));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(new SourceLocation(path, line, column), diagnostic.Location);
        Assert.Contains($"font family {family} is not in the font folders", diagnostic.Message);
        Assert.Contains(suggestion, diagnostic.Message);
        Assert.Contains("Available families: Noto Naskh Arabic, Noto Sans, Noto Sans Hebrew, Noto Serif, Roboto Condensed", diagnostic.Message);
    }
}
