using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Documents.Model;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.Poster;

/// <summary>
/// One font library and composer for the poster tests, and a poster layout built in code from the
/// bundled a5-pamphlet styles (so these tests do not depend on the shipped poster files).
/// </summary>
public sealed class PosterFixture : IDisposable
{
    public FontLibrary Fonts { get; } = new([FontLibrary.BundledFolder]);
    public Composer Composer { get; }

    public PosterFixture() => Composer = new Composer(Fonts);

    public static string SamplePath => Cli.SampleFiles.Statement;

    public static PosterRegion Region(string name, int row, int column, int rowSpan, int columnSpan, PosterContent[] content,
        double minSize = 12, double maxSize = 0, int maxLines = 3, TextAlign align = TextAlign.Start, VerticalAlign vertical = VerticalAlign.Top) =>
        new(name, row, column, rowSpan, columnSpan, content, align, vertical, minSize, maxSize, maxLines, ImageFit.Cover, null, 0);

    /// <summary>An A3 poster: headline, photo, quote beside demands, slogan, footer with signature and QR code.</summary>
    public static LayoutDefinition A3(double demandsMinSize = 12, double scaleStyles = 2.0)
    {
        var pamphlet = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");
        const double mm = 72 / 25.4;
        var baseLayout = pamphlet with
        {
            Name = "test-poster-a3",
            Kind = LayoutKind.Poster,
            Page = pamphlet.Page with { Width = 297 * mm, Height = 420 * mm, Margins = new Margins(14 * mm, 14 * mm, 14 * mm, 14 * mm), Columns = 1 },
            Cover = pamphlet.Cover with { Background = null, Title = pamphlet.Cover.Title with { Color = pamphlet.Colors.Accent } },
            Poster = new PosterSetup(
                [1, 1], [2.4, 4, 3.2, 1.4, 1], 6 * mm,
                [
                    Region("headline", 0, 0, 1, 2, [PosterContent.Title, PosterContent.Subtitle], minSize: 36, maxSize: 140, vertical: VerticalAlign.Bottom),
                    Region("image", 1, 0, 1, 2, [PosterContent.Figure]),
                    Region("quote", 2, 0, 1, 1, [PosterContent.Quote], minSize: 16),
                    Region("demands", 2, 1, 2, 1, [PosterContent.Demands], minSize: demandsMinSize),
                    Region("slogan", 3, 0, 1, 1, [PosterContent.Slogan], minSize: 18, vertical: VerticalAlign.Center),
                    Region("footer", 4, 0, 1, 2, [PosterContent.Signature, PosterContent.Date, PosterContent.QrCode]),
                ],
                null),
        };
        return baseLayout with { Styles = Scaled(baseLayout.Styles, scaleStyles) };
    }

    private static BlockStyles Scaled(BlockStyles s, double k)
    {
        TextStyle T(TextStyle t) => t with { Font = t.Font with { Size = t.Font.Size * k, Leading = t.Font.Leading * k }, SpaceBefore = t.SpaceBefore * k, SpaceAfter = t.SpaceAfter * k };
        return s with
        {
            PullQuote = s.PullQuote with { Text = T(s.PullQuote.Text), Attribution = T(s.PullQuote.Attribution) },
            Demands = s.Demands with { Title = T(s.Demands.Title), Item = T(s.Demands.Item), Padding = s.Demands.Padding * k, ItemSpace = s.Demands.ItemSpace * k },
            Slogan = T(s.Slogan),
            Signature = T(s.Signature),
            Figure = s.Figure with { Caption = T(s.Figure.Caption), Credit = T(s.Figure.Credit) },
        };
    }

    /// <summary><see cref="A3"/> with the cover's date style in ink (it is white on the pamphlet's red cover).</summary>
    public static LayoutDefinition A3WithDate()
    {
        var layout = A3();
        return layout with { Cover = layout.Cover with { Date = layout.Cover.Date with { Color = layout.Colors.Ink } } };
    }

    public static Document Sample() => MarkdownReader.Read(SamplePath);

    public void Dispose() => Fonts.Dispose();
}
