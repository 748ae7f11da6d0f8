using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Poster;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Tests.Cli;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.RightToLeft;

/// <summary>
/// Display lines of a right-to-left statement start on the right: every line of a start-aligned title,
/// subtitle, heading or poster headline ends on the edge where the cover rule, the photo and the body text end.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class DisplayAlignmentTests : IDisposable
{
    private readonly FontLibrary fonts = new([FontLibrary.BundledFolder]);

    public void Dispose() => fonts.Dispose();

    private const string Statement = """
        ---
        title: "إلى أهالي حي الزيتون: بيوتنا ليست للبيع أبداً"
        subtitle: "لماذا يرفض أهالي حي الزيتون مشروع الهدم، وماذا نطالب به المجلس البلدي"
        author: "لجنة أهالي حي الزيتون"
        date: 2026-11-01
        lang: ar
        ---

        ## ماذا سنخسر إذا هُدم الحي الذي نسكنه منذ ستين عاماً

        ليس حي الزيتون مجرّد بيوت قديمة كما يصفه ملف المشروع. ففيه مدرستان ابتدائيتان، ومستوصف، وسوق شعبي يعمل فيه أكثر من 120 بائعاً، وثلاثة مساجد وكنيسة.

        ::: pullquote
        لا نرفض التطوير، بل نرفض أن يُطوَّر الحي من دوننا وعلى حسابنا.
        :::
        """;

    private List<Page> Pamphlet() =>
        [.. new Composer(fonts).Compose(MarkdownReader.Parse(Statement, "/tmp/display-alignment.md"), PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet")).Document.Pages];

    private static IEnumerable<(double Left, double Right)> Lines(Page page, string role) =>
        page.ItemsOf<GlyphRun>().Where(r => r.Role == role).GroupBy(r => Math.Round(r.Origin.Y, 2))
            .Select(g => (g.Min(r => r.Origin.X), g.Max(r => r.Origin.X + r.Width)));

    [Fact]
    public void Every_line_of_the_cover_title_and_subtitle_ends_where_the_rule_ends()
    {
        var cover = Pamphlet()[0];
        var rule = cover.ItemsOf<RuleItem>().Single(r => r.Role == "cover-rule");
        var edge = Math.Max(rule.From.X, rule.To.X);

        var title = Lines(cover, "cover-title").ToList();
        Assert.True(title.Count >= 2, "the test needs a title of two lines or more");
        Assert.All(title, l => Assert.Equal(edge, l.Right, precision: 1));
        Assert.All(Lines(cover, "cover-subtitle"), l => Assert.Equal(edge, l.Right, precision: 1));
    }

    [Fact]
    public void Heading_lines_end_on_the_text_blocks_right_edge_and_a_pull_quote_is_centred()
    {
        var page = Pamphlet()[1];
        // The pull quote's rules run across the column.
        var rule = page.ItemsOf<RuleItem>().First(r => r.Role == "pullquote-rule");
        var (start, edge) = (Math.Min(rule.From.X, rule.To.X), Math.Max(rule.From.X, rule.To.X));

        var heading = Lines(page, "heading").ToList();
        Assert.NotEmpty(heading);
        Assert.All(heading, l => Assert.Equal(edge, l.Right, precision: 1));
        var quote = Lines(page, "pullquote").ToList();
        Assert.NotEmpty(quote);
        Assert.All(quote, l => Assert.Equal(edge - l.Right, l.Left - start, precision: 1));
    }

    [Fact]
    public void A_right_to_left_posters_start_aligned_regions_end_on_their_right_edge()
    {
        var layout = PamphletEngine.CatalogFor(null).Resolve("poster-a3");
        var page = new Composer(fonts).Compose(MarkdownReader.Read(Path.Combine(SampleFiles.Folder, "corpus", "hay-ar.md")), layout).Document.Pages[0];
        var grid = new PosterGrid(layout.Page, layout.Poster!, rightToLeft: true);

        foreach (var (role, region) in new[] { ("poster-title", "headline"), ("poster-subtitle", "headline"), ("pullquote", "quote"), ("signature", "footer") })
        {
            var poster = layout.Poster!.Regions.Single(r => r.Name == region);
            var right = grid.RegionArea(poster).Right - poster.Padding;
            var lines = Lines(page, $"{role}@{region}").ToList();
            Assert.NotEmpty(lines);
            Assert.All(lines, l => Assert.Equal(right, l.Right, precision: 1));
        }
    }
}
