using System.Globalization;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Images;
using Pamphlet.Composition.Text;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text.Display;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Composition.Furniture;

/// <summary>
/// The cover, from the front matter: an optional full-page background, the title large in display
/// type at the top of the text area with an accent rule under it, the subtitle, optionally the first
/// figure filling the space between, and the organisation and date at the foot.
/// </summary>
internal sealed class CoverComposer(CompositionContext context, PageGeometry geometry)
{
    /// <summary>Gap between the title block's parts, in ems of the title size.</summary>
    private const double TitleGapEm = 0.35;

    /// <summary>
    /// The title's style: as the layout gives it, or a little smaller (<see cref="SensibleSize"/>: at most a fifth),
    /// the largest size whose balanced lines break by sense ("AGAINST THE / ADMINISTRATION / OF SCARCITY" at
    /// 28 pt; "AGAINST THE ADMINISTRATION / OF SCARCITY" at 22.5 pt). When no size in that range does, the
    /// layout's size. Right-to-left lines hold their runs in visual order: not read for sense.
    /// </summary>
    private TextStyle SensibleTitleStyle(TextStyle style, double width)
    {
        if (context.RightToLeft) return style;
        var sense = new DisplayBreakSense(context.Language);
        var designed = style.Font.Size;
        TextStyle At(double size) => new Poster.StyleScaler(size / designed, 0).Scale(style);
        bool BreaksWell(double size)
        {
            var scaled = At(size);
            var lines = context.Text.Lines(context.Inlines.Flatten(context.Document.Title, scaled, "cover-title"), scaled, width, hyphenate: false, balance: true);
            return !sense.BreaksBadly(lines.Select(l => DisplayLineWords.Of(l.Items.OfType<GlyphRun>())).ToList());
        }
        return SensibleSize.Largest(designed, designed, 0, BreaksWell) is { } found ? At(found) : style;
    }

    public Page Compose()
    {
        var cover = context.Layout.Cover;
        var size = geometry.Size;
        var area = geometry.TextArea(1);
        var items = new List<PageItem>();
        // The background touches every trim edge, so it runs on into the bleed: a cut a little off
        // the trim line must still land in colour, not on white paper.
        var bleed = PrintBleed.OnGrid(context.Layout.Page.Bleed);
        if (cover.Background is { } background)
        {
            items.Add(new FillItem("cover-background", PrintBleed.FullBleed(size, bleed), background));
        }

        var y = area.Y;
        var root = context.Structure;
        var titleStyle = SensibleTitleStyle(cover.Title, area.Width);
        var title = context.Inlines.Flatten(context.Document.Title, titleStyle, "cover-title");
        var titleElement = new StructureElement(StructureKind.Title, root, CoverOrder.Title) { Title = context.Document.TitleText };
        y = Put(items, context.Text.Block(title, titleStyle, area.Width, balance: true, structure: titleElement), area.X, y);
        if (cover.Rule.Thickness > 0)
        {
            y += TitleGapEm * titleStyle.Font.Size;
            var ruleLength = Math.Min(area.Width, titleStyle.Font.Size * 3);
            var ruleStart = area.X + context.StartX(0, area.Width);
            var ruleEnd = area.X + context.StartX(ruleLength, area.Width);
            items.Add(new RuleItem("cover-rule", new Point(Math.Min(ruleStart, ruleEnd), y), new Point(Math.Max(ruleStart, ruleEnd), y), cover.Rule.Thickness, cover.Rule.Color));
            y += cover.Rule.Thickness;
        }
        var fm = context.Document.FrontMatter;
        if (!string.IsNullOrWhiteSpace(fm.Subtitle))
        {
            y += cover.Subtitle.SpaceBefore;
            var subtitle = new StructureElement(StructureKind.Subtitle, root, CoverOrder.Subtitle);
            y = Put(items, context.Text.Block(Text(fm.Subtitle, cover.Subtitle, "cover-subtitle"), cover.Subtitle, area.Width, balance: true, structure: subtitle), area.X, y);
        }

        // The foot: organisation, then date, bottom-aligned to the text area.
        var foot = new List<Frame>();
        if (!string.IsNullOrWhiteSpace(fm.Author))
        {
            var author = new StructureElement(StructureKind.Paragraph, root, CoverOrder.Author);
            foot.Add(context.Text.Block(Text(fm.Author, cover.Author, "cover-author"), cover.Author, area.Width, structure: author));
        }
        if (fm.Date is { } date)
        {
            var dateText = Pamphlet.Text.Dates.DateText.Format(date, context.Language);
            var dateElement = new StructureElement(StructureKind.Paragraph, root, CoverOrder.Date);
            foot.Add(context.Text.Block(Text(dateText, cover.Date, "cover-date"), cover.Date, area.Width, structure: dateElement));
        }
        var footFrame = TextComposer.Stack(foot, area.Width);
        var footTop = area.Bottom - footFrame.Height;
        items.AddRange(footFrame.PlacedAt(area.X, footTop));

        if (cover.UseFigure && context.Document.Blocks.OfType<Figure>().FirstOrDefault() is { } figure)
        {
            var gap = CoverImageGapEm * cover.Title.Font.Size;
            var top = y + Math.Max(cover.Subtitle.SpaceAfter, gap);
            var bottom = footTop - Math.Max(cover.Author.SpaceBefore, gap);
            if (bottom - top > area.Height * MinimumCoverImageShare)
            {
                var image = ImageInfo.Read(figure.ImagePath, figure.Location);
                var frame = new Rect(area.X, top, area.Width, bottom - top);
                // The cover repeats the statement's first figure, which is tagged where it stands in the
                // text: here it is decoration (an artifact), so a screen reader does not describe it twice.
                items.Add(image.Place("cover-image", frame, CoverCrop(image, frame, context.Document.FocusOf(figure))));
            }
        }
        return new Page(1, size, items) { Bleed = bleed };
    }

    /// <summary>Space between the cover photo and the text above and below it, in ems of the title size.</summary>
    private const double CoverImageGapEm = 0.5;

    /// <summary>Below this share of the text area a cover photo is a postage stamp: leave it out.</summary>
    private const double MinimumCoverImageShare = 0.25;

    private List<StyledSpan> Text(string text, TextStyle style, string role) =>
        Pamphlet.Composition.Text.InlineFlattener.FlattenText(text, style, role, new Documents.Diagnostics.SourceLocation(context.Document.SourcePath, context.Document.FrontMatter.Line));

    private static double Put(List<PageItem> items, Frame frame, double x, double y)
    {
        items.AddRange(frame.PlacedAt(x, y));
        return y + frame.Height;
    }

    /// <summary>
    /// The part of the image that fills <paramref name="frame"/> without distortion ("cover"), kept as
    /// close to the focal point (default: centre) as the image allows.
    /// </summary>
    public static Rect CoverCrop(ImageInfo image, Rect frame, (double X, double Y)? focus)
    {
        var (fx, fy) = focus ?? (0.5, 0.5);
        var frameAspect = frame.Width / frame.Height;
        if (image.AspectRatio > frameAspect)
        {
            var w = frameAspect / image.AspectRatio;
            var x = Math.Clamp(fx - w / 2, 0, 1 - w);
            return new Rect(x, 0, w, 1);
        }
        var h = image.AspectRatio / frameAspect;
        var y = Math.Clamp(fy - h / 2, 0, 1 - h);
        return new Rect(0, y, 1, h);
    }
}
