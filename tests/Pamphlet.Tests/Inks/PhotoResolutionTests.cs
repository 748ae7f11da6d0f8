using Pamphlet.Diagnostics;
using Pamphlet.Engine;
using Pamphlet.Preflight.Rules;
using Pamphlet.Pages.Inks;
using Pamphlet.Tests.Poster;

namespace Pamphlet.Tests.Inks;

/// <summary>Every build says when a photo prints below 150 ppi; a press file refuses one below 100.</summary>
public sealed class PhotoResolutionTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("pamphlet-ppi-");

    private List<Diagnostic> Build(string layout, InkChoice? ink = null)
    {
        var warnings = new List<Diagnostic>();
        using var engine = new PamphletEngine();
        engine.Build(new BuildRequest(PosterFixture.SamplePath, [layout], folder.FullName) { Ink = ink }, warned: warnings.Add);
        return warnings;
    }

    [Fact]
    public void A_photo_spread_too_thin_is_a_warning_at_its_figure_naming_the_pixels_needed_and_a_smaller_layout()
    {
        var warning = Assert.Single(Build("poster-a2"), w => w.Message.Contains("ppi"));

        Assert.Equal("photo.jpg is 1600 px wide: 106 ppi on poster-a2; at least 2300 px for 150 ppi, or use poster-a3.", warning.Message);
        Assert.Equal(33, warning.Location.Line);
    }

    [Fact]
    public void A_photo_sharp_enough_draws_no_warning() =>
        Assert.DoesNotContain(Build("a5-pamphlet"), w => w.Message.Contains("ppi"));

    [Fact]
    public void A_press_file_refuses_a_photo_below_100_ppi()
    {
        var error = Assert.Throws<PamphletException>(() => Build("poster-a3-photo", InkChoice.Cmyk));

        var message = Assert.Single(error.Diagnostics).Message;
        Assert.StartsWith("photo.jpg is 1600 px wide: 63 ppi on poster-a3-photo", message);
        Assert.Contains($"below {PrintLimits.CmykErrorBelowPpi:0} ppi", message);
        Assert.Empty(folder.GetFiles("*.pdf"));
    }

    public void Dispose() => folder.Delete(recursive: true);
}
