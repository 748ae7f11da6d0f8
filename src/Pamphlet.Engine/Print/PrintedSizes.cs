using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;
using Pamphlet.Preflight.Rules;

namespace Pamphlet.Engine.Print;

/// <summary>
/// Every build runs <c>pamphlet check</c>'s size rules (text under 5 pt, lines under 0.25 pt) on the
/// pages it writes, read as the check reads a PDF's paintings. Only a layout can cause them, so the
/// warnings point at the layout. Fonts need no check (the writer always embeds them), and photos
/// have their own (<see cref="PhotoResolution"/>).
/// </summary>
internal static class PrintedSizes
{
    private static readonly Func<PageFacts, InkChoice, IEnumerable<Finding>>[] Rules = [SizeRules.SmallText, SizeRules.ThinLines];

    /// <summary>One warning per rule for the whole layout: the same style breaks the rule on every page it is on.</summary>
    public static void Check(PagedDocument pages, LayoutDefinition layout, InkChoice ink, Action<Diagnostic> warn)
    {
        var at = new SourceLocation(layout.SourcePath, 0);
        var found = pages.Pages
            .SelectMany(page =>
            {
                var facts = Facts(page);
                return Rules.SelectMany(rule => rule(facts, ink)).Select(finding => (Page: page, Finding: finding));
            })
            .GroupBy(hit => hit.Finding.Rule);
        foreach (var hits in found)
        {
            var first = hits.First();
            var roles = string.Join(", ", hits.SelectMany(hit => Culprits(hit.Page, hit.Finding.Rule)).Distinct().Order(StringComparer.Ordinal));
            var where = hits.Count() == 1 ? $"page {first.Page.Number}" : $"{hits.Count()} pages from page {first.Page.Number}";
            warn(Diagnostic.Warning(at, $"{layout.Name}, {where} ({roles}): {first.Finding.Message} in the layout's styles for them."));
        }
    }

    /// <summary>The roles of the items a size rule found: what the layout styles, so the user knows which style to change.</summary>
    private static IEnumerable<string> Culprits(Page page, string rule) => page.Items.Where(item => item switch
    {
        GlyphRun run => rule == SizeRules.SmallTextRule && run.FontSize < PrintLimits.SmallestText,
        RuleItem line => rule == SizeRules.ThinLineRule && line.Thickness > 0 && line.Thickness < PrintLimits.ThinnestLine,
        FillItem { Stroke: not null } box => rule == SizeRules.ThinLineRule && box.StrokeWidth > 0 && box.StrokeWidth < PrintLimits.ThinnestLine,
        _ => false,
    }).Select(item => item.Role);

    /// <summary>The page's text and lines as the check sees them: one painting per item, sized as printed.</summary>
    private static PageFacts Facts(Page page)
    {
        var paints = new List<PaintFacts>();
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case GlyphRun run when run.Glyphs.Count > 0:
                    paints.Add(Paint(PaintKind.Text, run.FontSize, run.Glyphs.Count));
                    break;
                case RuleItem rule when rule.Thickness > 0:
                    paints.Add(Paint(PaintKind.Stroke, rule.Thickness, 1));
                    break;
                case FillItem { Stroke: not null, StrokeWidth: > 0 } box:
                    paints.Add(Paint(PaintKind.Stroke, box.StrokeWidth, 1));
                    break;
            }
        }

        var media = new PdfBox(0, 0, page.Size.Width, page.Size.Height);
        return new PageFacts(page.Number, new PageBoxes(media, null, null, media, null), paints, [], [], TransparencyFacts.None, []);
    }

    /// <summary>The colour every painting is given here: the rules read no colour, only what is painted and how large.</summary>
    private static readonly double[] Black = [0];

    private static PaintFacts Paint(PaintKind kind, double size, int count) =>
        new(kind, ColorSpaceInfo.DeviceGray, Black, Overprint: false, OverprintMode: 0, size, TotalInk: null, count, LargestShortSide: 0);
}
