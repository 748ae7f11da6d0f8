using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages;
using Pamphlet.Tests.Documents;
using static Pamphlet.Tests.Cards.CardFixture;

namespace Pamphlet.Tests.Cards;

/// <summary>The front matter's photo-focus: read and checked at its line, and the point every crop of the photo keeps in view.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class PhotoFocusTests(CardFixture fixture) : IClassFixture<CardFixture>
{
    private static (double X, double Y)? Focus(string value) =>
        Md.Parse($"---\ntitle: T\nphoto-focus: {value}\n---\n\nBody.\n").FrontMatter.PhotoFocus;

    [Theory]
    [InlineData("0.5 0.3", 0.5, 0.3)]
    [InlineData("0.25, 0.75", 0.25, 0.75)]
    [InlineData("[0, 1]", 0, 1)]
    [InlineData("\"1 0\"", 1, 0)]
    public void Two_numbers_from_0_to_1_across_then_down(string value, double x, double y) =>
        Assert.Equal((x, y), Focus(value));

    [Theory]
    [InlineData("0.5")]
    [InlineData("0.5 0.3 0.1")]
    [InlineData("1.2 0.3")]
    [InlineData("-0.1 0.5")]
    [InlineData("left top")]
    [InlineData("{x: 0.5, y: 0.3}")]
    public void Anything_else_is_an_error_at_its_line_that_shows_how_to_write_it(string value)
    {
        var error = Assert.Throws<PamphletException>(() => Focus(value));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(Md.SourcePath, diagnostic.Location.File);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Contains("is not a point in the photo; write two numbers from 0 to 1, across from the left then down from the top, e.g. `photo-focus: 0.5 0.3`", diagnostic.Message);
    }

    private static string WithFocus(string markdown, string focus) =>
        markdown.Replace("url: https://alderbrook.example/\n", $"url: https://alderbrook.example/\nphoto-focus: {focus}\n", StringComparison.Ordinal);

    private ImageItem Photo(string layout, string? focus) =>
        fixture.Card(layout, Sample(edit: focus is null ? null : md => WithFocus(md, focus))).ItemsOf<ImageItem>().Single();

    [Fact]
    public void The_card_crops_the_photo_around_the_focus()
    {
        // The sample photo is 1600 × 1065: a square crop keeps 1065 / 1600 of its width.
        var centre = Photo("card-square", null).Source;
        var left = Photo("card-square", "0 0.5").Source;
        var right = Photo("card-square", "1 0.5").Source;
        var offCentre = Photo("card-square", "0.4 0.5").Source;

        Assert.Equal(1065 / 1600.0, centre.Width, 3);
        Assert.Equal((1 - centre.Width) / 2, centre.X, 3);
        Assert.Equal(0, left.X, 6);
        Assert.Equal(1, right.Right, 6);
        Assert.Equal(0.4 - centre.Width / 2, offCentre.X, 3);
    }

    [Fact]
    public void A_wide_card_moves_the_crop_up_and_down_the_photo()
    {
        // On the landscape card (16:9) the 3:2 photo is cropped top and bottom: the focus moves the crop down.
        var top = Photo("card-landscape", "0.5 0").Source;
        var bottom = Photo("card-landscape", "0.5 1").Source;

        Assert.Equal(0, top.Y, 6);
        Assert.Equal(1, bottom.Bottom, 6);
    }

    [Fact]
    public void The_figures_own_focus_wins_over_the_front_matter()
    {
        var document = Sample(edit: md => WithFocus(md, "0 0.5").Replace("\"Photo: Aitzol Berasategi, CC BY 4.0\")", "\"Photo: Aitzol Berasategi, CC BY 4.0\"){focus=\"1,0.5\"}", StringComparison.Ordinal));

        var photo = fixture.Card("card-square", document).ItemsOf<ImageItem>().Single();

        Assert.Equal(1, photo.Source.Right, 6);
    }

    [Fact]
    public void The_pamphlet_cover_crops_around_the_focus_too()
    {
        var layout = Layout("a5-pamphlet");
        var left = Image("0 0.5");
        var right = Image("1 0.5");

        Assert.Equal(0, left.Source.X, 6);
        Assert.Equal(1, right.Source.Right, 6);

        ImageItem Image(string? focus) => fixture.Composer.Compose(Sample(edit: focus is null ? null : md => WithFocus(md, focus)), layout)
            .Document.Pages[0].ItemsOf<ImageItem>().Single(i => i.Role == "cover-image");
    }
}
