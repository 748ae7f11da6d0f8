using Pamphlet.Pages;
using Pamphlet.Rendering.Pdf;

namespace Pamphlet.Tests.Pdf;

[Trait(Tier.Name, Tier.Unit)]
public sealed class LinkAreaTests
{
    [Fact]
    public void A_links_word_areas_on_one_line_become_one_annotation_area()
    {
        var link = new StructureElement(StructureKind.Link, null, 1) { Url = "https://a.example/" };
        LinkItem Area(double x, double y, double width, string url = "https://a.example/") => new("link", new Rect(x, y, width, 12), url) { Structure = link };

        var merged = LinkAreas.Merge([Area(10, 100, 20), Area(34, 100, 30), Area(10, 114, 25), Area(40, 114, 10, "https://b.example/")]);

        Assert.Equal(
            [new Rect(10, 100, 54, 12), new Rect(10, 114, 25, 12), new Rect(40, 114, 10, 12)],
            merged.Select(l => l.Area));
        Assert.All(merged.Take(2), l => Assert.Same(link, l.Structure));
    }
}
