using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Tests.Fitting;

/// <summary>
/// A fitted layout is the layout as if written with the fitted values (issue 8): everything derived
/// from the body size follows it, so after fitting there is one body size and 1em is still one body size.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class FittedLayoutTests
{
    private static readonly LayoutDefinition Pamphlet = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");

    [Theory]
    [InlineData(-1)]
    [InlineData(-0.4)]
    [InlineData(0.7)]
    public void Em_lengths_and_the_body_role_follow_the_fitted_body_size(double step)
    {
        var settings = FittedSettings.At(Pamphlet, step);
        var fitted = Pamphlet.Fitted(settings);
        var size = settings.BodySize;

        Assert.NotEqual(Pamphlet.Styles.Body.Font.Size, size, 6);
        Assert.Equal(size, fitted.Styles.Body.Font.Size, 9);
        Assert.Equal(settings.Leading, fitted.Styles.Body.Font.Leading, 9);
        Assert.Equal(size, fitted.Fonts["body"].Size, 9);
        // Styles on the body font: the demand items and the section-break ornament.
        Assert.Equal(size, fitted.Styles.Demands.Item.Font.Size, 9);
        Assert.Equal(size, fitted.Styles.SectionBreak.Text.Font.Size, 9);
        // a5-pamphlet writes these in em of the body: 1.2em indent, 0.35em demand item space.
        Assert.Equal(1.2 * size, fitted.Text.Indent, 9);
        Assert.Equal(Pamphlet.Styles.Demands.ItemSpace / Pamphlet.Styles.Body.Font.Size * size, fitted.Styles.Demands.ItemSpace, 9);
        Assert.Equal(settings.ParagraphSpace, fitted.Text.ParagraphSpace, 9);
        Assert.Equal(settings.ImageShare, fitted.Styles.Figure.MaxHeightShare, 9);
    }

    [Fact]
    public void The_ranges_stay_those_of_the_layout_as_written()
    {
        var fitted = Pamphlet.Fitted(FittedSettings.At(Pamphlet, -1));

        Assert.Equal(Pamphlet.Fitting, fitted.Fitting);
        // Fitting a fitted layout again starts from the layout as written.
        var again = fitted.Fitted(FittedSettings.At(Pamphlet, 0));
        Assert.Equal(Pamphlet.Styles.Body.Font.Size, again.Styles.Body.Font.Size, 9);
        Assert.Equal(Pamphlet.Text.Indent, again.Text.Indent, 9);
    }

    [Fact]
    public void Sizes_not_written_in_em_stay_as_written()
    {
        var fitted = Pamphlet.Fitted(FittedSettings.At(Pamphlet, -1));

        Assert.Equal(Pamphlet.Styles.Heading.Font.Size, fitted.Styles.Heading.Font.Size, 9);
        Assert.Equal(Pamphlet.Page, fitted.Page);
    }
}
