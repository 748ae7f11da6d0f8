using System.Globalization;
using Pamphlet.Composition.Blocks;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Furniture;

/// <summary>
/// Page furniture on inner pages: the folio (page number) on the outside edge (or centred), and the
/// running footer with the title on the inside edge, both on one baseline below the text area, with
/// an optional hairline above them.
/// </summary>
internal sealed class FurnitureComposer(CompositionContext context, PageGeometry geometry)
{
    /// <summary>Roles of the page numbers and the running footer: furniture, not part of the text.</summary>
    public const string FolioRole = "folio";
    public const string FooterRole = "footer";

    /// <summary>The footer rule sits this share of the folio offset below the text area.</summary>
    private const double RuleDropShare = 0.3;

    /// <summary>
    /// The narrowest room, in ems of the footer's size, worth setting a running footer in beside the
    /// folio: less holds no more than a word or two, cut without a hyphen.
    /// </summary>
    private const double MinimumFooterEms = 3;

    /// <summary>Said once per build: the footer found no room beside the folio on some page.</summary>
    private bool footerLeftOutReported;

    /// <summary>The page number printed on page <paramref name="pageNumber"/>, or null when the layout prints none.</summary>
    public string? FolioOf(int pageNumber) => context.Layout.Folio.Enabled ? pageNumber.ToString(CultureInfo.InvariantCulture) : null;

    public IEnumerable<PageItem> Compose(int pageNumber)
    {
        var layout = context.Layout;
        var area = geometry.TextArea(pageNumber);
        var folio = layout.Folio;
        var footer = layout.Footer;
        // "recto" here: bound on the left, so the outside edge is the right one.
        var recto = geometry.BoundOnLeft(pageNumber);
        var baseline = area.Bottom + folio.Offset;
        var items = new List<PageItem>();

        if (footer.Enabled && footer.Rule.Thickness > 0)
        {
            var y = area.Bottom + folio.Offset * RuleDropShare;
            items.Add(new RuleItem("footer-rule", new Point(area.X, y), new Point(area.Right, y), footer.Rule.Thickness, footer.Rule.Color));
        }
        var folioWidth = 0.0;
        if (folio.Enabled)
        {
            var align = folio.Position switch
            {
                FolioPosition.Center => TextAlign.Center,
                FolioPosition.Outside => recto ? TextAlign.End : TextAlign.Start,
                _ => recto ? TextAlign.Start : TextAlign.End,
            };
            var text = FolioOf(pageNumber)!;
            items.AddRange(Line(text, folio.Text, area, baseline, align, FolioRole, out folioWidth));
        }
        if (footer.Enabled)
        {
            var text = Expand(footer.Template);
            if (text.Length > 0)
            {
                // The footer goes on the inside edge; when the folio is centred it takes the outside edge.
                var align = folio.Enabled && folio.Position == FolioPosition.Inside
                    ? (recto ? TextAlign.End : TextAlign.Start)
                    : (recto ? TextAlign.Start : TextAlign.End);
                var room = area with { Width = area.Width - folioWidth * 2 - folio.Text.Font.Size * 2 };
                if (!recto && align == TextAlign.End) room = room with { X = area.Right - room.Width };
                if (room.Width >= MinimumFooterEms * footer.Text.Font.Size)
                {
                    items.AddRange(Line(text, footer.Text, room, baseline, align, FooterRole, out _));
                }
                else if (!footerLeftOutReported)
                {
                    footerLeftOutReported = true;
                    context.Diagnostics.Warn(context.LayoutLocation, string.Create(CultureInfo.InvariantCulture,
                        $"the running footer has no room beside the page number (the folio's {folio.Text.Font.Size:0.#}pt type takes the width), so it is left out; make the folio or footer type smaller, or turn the footer off with 'footer: {{enabled: false}}'."));
                }
            }
        }
        return items;
    }

    private IEnumerable<PageItem> Line(string text, TextStyle style, Rect area, double baseline, TextAlign align, string role, out double width)
    {
        // Positions here are physical (the outside edge is the right one on a page bound on the left);
        // in a right-to-left statement "start" is the right, so swap to keep the physical side.
        if (context.RightToLeft) align = align switch { TextAlign.Start => TextAlign.End, TextAlign.End => TextAlign.Start, _ => align };
        var spans = Text.InlineFlattener.FlattenText(text, style with { IndentStart = 0, IndentEnd = 0 }, role, context.LayoutLocation);
        var lines = context.Text.Lines(spans, style with { IndentStart = 0, IndentEnd = 0 }, area.Width, align: align, hyphenate: false);
        width = 0;
        if (lines.Count == 0) return [];
        var first = lines[0];
        var glyphs = first.Items.OfType<GlyphRun>().ToList();
        width = glyphs.Count == 0 ? 0 : glyphs.Max(g => g.Origin.X + g.Width) - glyphs.Min(g => g.Origin.X);
        var baselineInFrame = context.Text.BaselineOffset(style);
        return first.PlacedAt(area.X, baseline - baselineInFrame);
    }

    /// <summary>Fills {title}, {subtitle}, {author}, {date} and any front matter key.</summary>
    public string Expand(string template)
    {
        var fm = context.Document.FrontMatter;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["title"] = context.Document.TitleText,
            ["subtitle"] = fm.Subtitle ?? "",
            ["author"] = fm.Author ?? "",
            ["date"] = fm.Date is { } date ? Pamphlet.Text.Dates.DateText.Format(date, context.Language) : "",
        };
        foreach (var (k, v) in fm.Extra) values.TryAdd(k, v);
        var result = template;
        foreach (var (k, v) in values) result = result.Replace("{" + k + "}", v, StringComparison.OrdinalIgnoreCase);
        return result.Trim();
    }
}
