using Pamphlet.Layouts.Units;

namespace Pamphlet.Tests.Layouts;

/// <summary>
/// A process keeps the parsed tree of each layout file while the file's text stays the same (issue 13),
/// so a file edited between two loads, itself or a parent it extends, must give the new values.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class ChangedLayoutFileTests : IDisposable
{
    private const double Mm = LengthLiteral.PointsPerMillimetre;
    private readonly LayoutFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_layout_file_edited_between_two_loads_gives_its_new_values()
    {
        folder.Write("mine.yaml", "page: {size: A4, bleed: 3mm}\n");
        Assert.Equal(3 * Mm, folder.Load("mine.yaml").Page.Bleed, precision: 6);

        folder.Write("mine.yaml", "page: {size: A4, bleed: 1mm}\n");

        Assert.Equal(1 * Mm, folder.Load("mine.yaml").Page.Bleed, precision: 6);
    }

    [Fact]
    public void A_parent_edited_between_two_loads_of_its_child_gives_its_new_values()
    {
        folder.Write("parent.yaml", "page: {size: A4, bleed: 3mm}\n");
        folder.Write("child.yaml", "extends: parent\n");
        Assert.Equal(3 * Mm, folder.Load("child.yaml").Page.Bleed, precision: 6);

        folder.Write("parent.yaml", "page: {size: A4, bleed: 2mm}\n");

        Assert.Equal(2 * Mm, folder.Load("child.yaml").Page.Bleed, precision: 6);
    }
}
