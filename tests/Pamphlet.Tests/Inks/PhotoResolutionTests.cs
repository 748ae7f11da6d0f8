using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Rules;
using Pamphlet.Tests.Images;
using Pamphlet.Tests.Poster;

namespace Pamphlet.Tests.Inks;

/// <summary>
/// Every build says when a photo prints below 150 ppi; a press file refuses one below 100. The sample's
/// 1,600 px photo prints sharp on every shipped layout, so these build the sample with a smaller photo.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class PhotoResolutionTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("pamphlet-ppi-");

    /// <summary>The sample with its photo replaced by a <paramref name="width"/> px wide one (3:2), built on <paramref name="layout"/>.</summary>
    private List<Diagnostic> Build(string layout, int? width = null, InkChoice? ink = null)
    {
        var statement = PosterFixture.SamplePath;
        if (width is { } w)
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, "small.jpg"), TestImages.PlainJpeg(w, w * 2 / 3));
            statement = Path.Combine(folder.FullName, "statement.md");
            File.WriteAllText(statement, File.ReadAllText(PosterFixture.SamplePath).Replace("(photo.jpg ", "(small.jpg ", StringComparison.Ordinal));
        }
        var warnings = new List<Diagnostic>();
        using var engine = new PamphletEngine();
        engine.Build(new BuildRequest(statement, [layout], folder.FullName) { Ink = ink }, warned: warnings.Add);
        return warnings;
    }

    [Fact]
    public void A_photo_spread_too_thin_is_a_warning_at_its_figure_naming_the_pixels_needed_and_a_smaller_layout()
    {
        var warning = Assert.Single(Build("poster-a2", width: 900), w => w.Message.Contains("ppi"));

        // About 115 ppi: 900 px across the photo's 199 mm (its height, and so the crop, follows the caption's lines).
        Assert.Matches(@"^small\.jpg is 900 px wide: 11[0-9] ppi on poster-a2; at least 1200 px for 150 ppi, or use poster-a3\.$", warning.Message);
        Assert.Equal(33, warning.Location.Line);
    }

    [Theory]
    [InlineData("a5-pamphlet")]
    [InlineData("poster-a2")]
    public void A_photo_sharp_enough_draws_no_warning(string layout) =>
        Assert.DoesNotContain(Build(layout), w => w.Message.Contains("ppi"));

    [Fact]
    public void A_press_file_refuses_a_photo_below_100_ppi()
    {
        var error = Assert.Throws<PamphletException>(() => Build("poster-a3", width: 500, ink: InkChoice.Cmyk));

        var message = Assert.Single(error.Diagnostics).Message;
        Assert.StartsWith("small.jpg is 500 px wide: 90 ppi on poster-a3", message);
        Assert.Contains($"below {PrintLimits.CmykErrorBelowPpi:0} ppi", message);
        Assert.Empty(folder.GetFiles("*.pdf"));
    }

    public void Dispose() => folder.Delete(recursive: true);
}
