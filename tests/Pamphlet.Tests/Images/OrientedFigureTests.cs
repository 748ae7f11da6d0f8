using Pamphlet.Pages;
using Pamphlet.Tests.Composition;

namespace Pamphlet.Tests.Images;

/// <summary>Composition frames a phone photo by its upright size and hands the orientation to the renderers.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class OrientedFigureTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    [Theory]
    [InlineData(6, "a5-pamphlet")]
    [InlineData(8, "a5-pamphlet")]
    [InlineData(6, "poster-a3")]
    public void Figure_frame_has_the_upright_proportions_and_carries_the_orientation(int orientation, string layout)
    {
        // Stored 120 wide × 240 high; upright 240 × 120 (2:1 landscape).
        var name = $"phone-{orientation}-{layout}.jpg";
        File.WriteAllBytes(Path.Combine(fixture.Folder, name), TestImages.OrientedJpeg(240, 120, orientation));

        var pages = fixture.Compose($"Hello.\n\n![Phone]({name})\n", fixture.Catalog.Resolve(layout)).Document.Pages;

        var images = pages.SelectMany(p => p.Items).OfType<ImageItem>().ToList();
        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.Equal((ImageOrientation)orientation, image.Orientation));
        foreach (var image in images)
        {
            // Whatever part is shown, shown part × frame keeps the picture's 2:1 proportions undistorted.
            var shownAspect = image.Frame.Width / image.Frame.Height * image.Source.Height / image.Source.Width;
            Assert.Equal(2.0, shownAspect, 2);
        }
    }
}
