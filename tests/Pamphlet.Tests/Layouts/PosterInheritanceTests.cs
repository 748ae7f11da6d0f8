using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Tests.Layouts;

/// <summary>
/// <c>extends:</c> for posters: the poster section merges like every map, but <c>areas</c>,
/// <c>rows</c>, <c>columns</c> and <c>content</c> are lists and are replaced whole.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class PosterInheritanceTests : IDisposable
{
    private const string Parent = """
        kind: poster
        page: {size: A3, margins: 14mm}
        poster:
          columns: [1, 1]
          rows: [1, 2]
          gap: 6mm
          areas: ["top top", "quote demands"]
          regions:
            top: {content: [title, subtitle], min-size: 30pt, vertical-align: bottom}
            quote: {content: [quote], min-size: 14pt}
            demands: {content: [demands], panel: accent}
          background: {scrim: "#00000080"}

        """;

    private readonly LayoutFolder folder = new();

    public PosterInheritanceTests() => folder.Write("parent.yaml", Parent);

    public void Dispose() => folder.Dispose();

    private PosterSetup Child(string yaml)
    {
        folder.Write("child.yaml", "extends: parent\n" + yaml);
        return folder.Load("child.yaml").Poster!;
    }

    [Fact]
    public void AChildInheritsTheKindAndTheWholeGrid()
    {
        folder.Write("child.yaml", "extends: parent\npage: {size: A2}\n");
        var layout = folder.Load("child.yaml");
        var parent = folder.Load("parent.yaml");
        Assert.Equal(LayoutKind.Poster, layout.Kind);
        Assert.Equal(parent.Poster!.Regions, layout.Poster!.Regions, new RegionEquality());
        Assert.Equal(parent.Poster.Background, layout.Poster.Background);
    }

    [Fact]
    public void RegionsMergeKeyByKey()
    {
        var top = Child("poster: {regions: {top: {min-size: 40pt}}}\n").Regions.Single(r => r.Name == "top");
        Assert.Equal(40, top.MinSize, precision: 9);
        Assert.Equal(VerticalAlign.Bottom, top.VerticalAlign);
        Assert.Equal([PosterContent.Title, PosterContent.Subtitle], top.Content);
    }

    [Fact]
    public void ContentListsAreReplacedWhole()
    {
        var top = Child("poster: {regions: {top: {content: [title]}}}\n").Regions.Single(r => r.Name == "top");
        Assert.Equal([PosterContent.Title], top.Content);
    }

    [Fact]
    public void AreasRowsAndColumnsAreReplacedWholeAndANewGridReordersTheRegions()
    {
        var poster = Child("""
            poster:
              columns: [2, 1, 1]
              rows: [1]
              areas: ["demands quote top"]

            """);
        Assert.Equal([2.0, 1, 1], poster.Columns);
        Assert.Equal([1.0], poster.Rows);
        Assert.Equal(["demands", "quote", "top"], poster.Regions.Select(r => r.Name));
        Assert.All(poster.Regions, r => Assert.Equal((0, 1, 1), (r.Row, r.RowSpan, r.ColumnSpan)));
    }

    [Fact]
    public void NoneDropsAnInheritedRegionAndTheBackground()
    {
        var poster = Child("""
            poster:
              areas: ["top top", "quote quote"]
              regions: {demands: none}
              background: none

            """);
        Assert.Equal(["top", "quote"], poster.Regions.Select(r => r.Name));
        Assert.Equal((1, 0, 1, 2), (poster.Regions[1].Row, poster.Regions[1].Column, poster.Regions[1].RowSpan, poster.Regions[1].ColumnSpan));
        Assert.Null(poster.Background);
    }

    [Fact]
    public void AnInheritedRegionLeftWithoutAnAreaIsNamedWhereTheParentWroteIt()
    {
        folder.Write("child.yaml", "extends: parent\nposter:\n  areas: [\"top top\", \"quote quote\"]\n");
        var error = folder.Fail("child.yaml");
        Assert.Equal(new SourceLocation(Path.Combine(folder.Root, "parent.yaml"), 11, 5), error.Location);
        Assert.Contains("region 'demands' has no area", error.Message);
        Assert.Contains("'demands: none'", error.Message);
    }

    [Fact]
    public void APamphletExtendingAPosterMustDropTheInheritedGrid()
    {
        folder.Write("child.yaml", "extends: parent\nkind: pamphlet\n");
        var error = folder.Fail("child.yaml");
        Assert.Equal(new SourceLocation(Path.Combine(folder.Root, "parent.yaml"), 3, 1), error.Location);
        Assert.Contains("write 'poster: none' when it is inherited", error.Message);

        folder.Write("child.yaml", "extends: parent\nkind: pamphlet\nposter: none\n");
        var pamphlet = folder.Load("child.yaml");
        Assert.Equal(LayoutKind.Pamphlet, pamphlet.Kind);
        Assert.Null(pamphlet.Poster);
    }

    /// <summary>Records compare lists by reference; regions are equal when their values and content are.</summary>
    private sealed class RegionEquality : IEqualityComparer<PosterRegion>
    {
        public bool Equals(PosterRegion? x, PosterRegion? y) =>
            x is not null && y is not null && x.Content.SequenceEqual(y.Content) && x == y with { Content = x.Content };

        public int GetHashCode(PosterRegion obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
