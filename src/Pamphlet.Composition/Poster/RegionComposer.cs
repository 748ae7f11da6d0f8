using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Flow;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Images;
using Pamphlet.Composition.Qr;
using Pamphlet.Composition.Text;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text.Display;

namespace Pamphlet.Composition.Poster;

/// <summary>
/// A region's content set at one scale: the stacked frame, whether every part fitted whole, whether
/// the headline had to end a line where sense forbids (<see cref="DisplayBreakSense.BadBreak"/>), and
/// whether a slogan or pull quote broke against sense: a sentence beside another sentence's end
/// (<see cref="DisplayBreakSense.BreaksBesideSentenceEnds"/>) or a line ending where sense forbids
/// (<see cref="DisplayBreakSense.BreaksBadly"/>), and whether the headline's last line is one word
/// under fuller lines (<see cref="TitleLoneWord"/>).
/// </summary>
internal sealed record RegionSetting(Frame Frame, bool Whole, double StackHeight, bool TitleBreaksBadly = false, bool DisplayBreaksBadly = false)
{
    public bool TitleLoneWord { get; init; }
}

/// <summary>
/// Sets one poster region's content, top to bottom, at a given scale of the layout's styles (and a
/// given title size). The figure takes whatever height the rest leaves; a QR code sits at the end
/// side with its URL under it, as large as the sheet asks (<see cref="PosterQrSize"/>) where the region
/// has room. "Whole" is false when a word had to be cut, the title needed more lines
/// than allowed, or the photo would be squeezed below a usable share of the region.
/// </summary>
internal sealed class RegionComposer(CompositionContext main, PosterMaterial material, PosterStructure structure)
{
    /// <summary>A photo squeezed below this share of its region's height reads as a thumbnail, not a poster image.</summary>
    private const double MinimumImageShare = 0.4;

    /// <summary>A QR code takes at most this share of its region's width, so the text beside it keeps room.</summary>
    private const double QrMaximumWidthShare = 0.3;

    /// <summary>Space between stacked content items, in ems of the next item's size.</summary>
    private const double ContentGapEm = 0.5;

    /// <summary>
    /// A lone last word of a headline narrower than this share of its widest line reads as left over ("PARK" under
    /// "SAVE OUR" is half of it); a wider one fills its line as a line should.
    /// </summary>
    private const double LoneWordShare = 0.6;

    /// <summary>Two lines of display type of unequal length read as a rag; from three on, a long last line as a staircase.</summary>
    private const int StaircaseLines = 3;

    /// <summary>
    /// A last line this many times the mean of the lines above it reads as the block's base with the rest piled on
    /// it; a last line a third longer than the others is an ordinary rag.
    /// </summary>
    private const double StaircaseRise = 1.5;

    /// <summary>Sizes within this many points are the same size (rounding in the sums that give them).</summary>
    private const double SizeTolerance = 0.01;

    /// <summary>
    /// Trial settings made so far, by what they were set with. A trial is the same for the same arguments (its
    /// messages go nowhere), and fitting asks for some twice: the size a search found, to test how it breaks; the
    /// smallest title size, once for each standard of breaking it tries.
    /// </summary>
    private readonly Dictionary<(PosterRegion Region, Rect Inner, double Scale, double? TitleSize), RegionSetting> trials = [];

    /// <summary>
    /// The region's content set in <paramref name="inner"/> at <paramref name="scale"/>. A <paramref name="trial"/>
    /// setting is for fitting: it reports nothing, and its frame lacks the QR code's modules, which only the
    /// setting that is drawn needs (the code's size is the same).
    /// </summary>
    public RegionSetting Compose(PosterRegion region, Rect inner, double scale, double? titleSize, bool trial)
    {
        if (!trial) return Set(region, inner, scale, titleSize, trial: false);
        var key = (region, inner, scale, titleSize);
        if (!trials.TryGetValue(key, out var setting)) trials.Add(key, setting = Set(region, inner, scale, titleSize, trial: true));
        return setting;
    }

    private RegionSetting Set(PosterRegion region, Rect inner, double scale, double? titleSize, bool trial)
    {
        var layout = main.Layout;
        // A headline region's min-size is its title's, which is set at titleSize; the rest of it (the subtitle) is set at
        // the scale the headline's fitting asks for, which keeps it within its own limit (PosterComposer.SubtitleShrinkLimit).
        var floor = region.Content.Contains(PosterContent.Title) ? 0 : region.MinSize;
        var scaled = new StyleScaler(scale, floor).Scale(layout);
        if (titleSize is { } t) scaled = scaled with { Cover = scaled.Cover with { Title = scaled.Cover.Title with { Font = layout.Cover.Title.Font.WithSize(t) } } };

        var whole = true;
        var titleBreaksBadly = false;
        var titleLoneWord = false;
        var items = new List<PageItem>();
        var textWidth = inner.Width;
        // Where the text column starts: beside a QR code on the left (a right-to-left region's end side), after it.
        var textX = 0.0;

        // QR code on the end side (the right, or the left in a right-to-left statement), bottom-aligned, its URL under it.
        if (region.Content.Contains(PosterContent.QrCode) && material.Url is { } url)
        {
            var labelContext = main.With(scaled, trial);
            // The URL is printed in the QR code's own ink: the two are read together, on the same light ground.
            var caption = scaled.Styles.Figure.Caption with { Align = TextAlign.End, Color = scaled.Colors.Ink };
            var label = labelContext.Text.Block(Text.InlineFlattener.FlattenText(url, caption, "qr-url", main.FrontMatterLocation("url")), caption, inner.Width, TextAlign.End,
                structure: structure.Address);
            // The URL's own extent in its frame (set at the end side, like the code).
            var labelRuns = label.Items.OfType<GlyphRun>().ToList();
            var labelLeft = labelRuns.Select(g => g.Origin.X).DefaultIfEmpty(label.Width).Min();
            var labelRight = labelRuns.Select(g => g.Origin.X + g.Width).DefaultIfEmpty(label.Width).Max();
            var gap = ContentGapEm * caption.Font.Size;
            // Alone in its region the code may take the whole width; beside text, only a share of it.
            var alone = region.Content.All(c => c == PosterContent.QrCode);
            var room = Math.Min(inner.Width * (alone ? 1 : QrMaximumWidthShare), inner.Height - label.Height - gap);
            var wanted = PosterQrSize.Frame(layout.Page, url);
            var size = Math.Min(wanted, room);
            if (size < QrCode.MinimumSize(url)) whole = false;
            size = Math.Max(size, QrCode.MinimumSize(url));
            if (!trial && size < wanted - SizeTolerance) WarnSmallQrCode(region, size * PosterQrSize.Symbol(layout.Page) / wanted);
            var qrX = main.RightToLeft ? 0 : inner.Width - size;
            var qrY = inner.Height - label.Height - gap - size;
            if (!trial) items.AddRange(QrCode.Compose(url, size, scaled.Colors.Ink, light: scaled.Colors.Paper, structure: structure.QrCode).PlacedAt(qrX, qrY));
            items.AddRange(label.PlacedAt(inner.Width - label.Width, inner.Height - label.Height));
            // In the digital PDF both the code and its printed address open the address.
            items.Add(new LinkItem("link", new Rect(qrX, qrY, size, size), url) { Structure = structure.QrCode });
            var labelArea = new Rect(inner.Width - label.Width + labelLeft, inner.Height - label.Height, labelRight - labelLeft, label.Height);
            items.Add(new LinkItem("link", labelArea, url) { Structure = structure.Address });
            var used = Math.Max(size, labelRight - labelLeft);
            textWidth = inner.Width - used - 2 * gap;
            if (main.RightToLeft) textX = used + 2 * gap;
        }

        var context = main.With(scaled, trial);
        var stack = new List<(Frame? Frame, double Gap, bool IsImage)>();
        var displayBreaksBadly = false;
        foreach (var content in region.Content)
        {
            switch (content)
            {
                case PosterContent.Title:
                    var title = Title(context, scaled.Cover.Title, region, textWidth, structure.Title);
                    whole &= title.Whole;
                    titleBreaksBadly = title.BreaksBadly;
                    titleLoneWord = title.LoneWord;
                    Add(stack, title.Frame, scaled.Cover.Title);
                    break;
                case PosterContent.Subtitle when material.Subtitle is { } subtitle:
                    Add(stack, Line(context, subtitle, scaled.Cover.Subtitle, region, textWidth, "poster-subtitle", "subtitle", structure.Subtitle), scaled.Cover.Subtitle);
                    break;
                case PosterContent.Author when material.Author is { } author:
                    Add(stack, Line(context, author, scaled.Cover.Author, region, textWidth, "poster-author", "author", structure.Author), scaled.Cover.Author);
                    break;
                case PosterContent.Date when material.Date is { } date:
                    var dateText = Pamphlet.Text.Dates.DateText.Format(date, main.Language);
                    Add(stack, Line(context, dateText, scaled.Cover.Date, region, textWidth, "poster-date", "date", structure.Date), scaled.Cover.Date);
                    break;
                case PosterContent.Figure when material.Figure is { } figure:
                    // With the photo behind the whole poster, the figure's region carries only its caption and credit.
                    var behind = layout.Poster?.Background is not null;
                    if (!behind) stack.Add((null, 0, true));
                    var below = FigureText(context, figure, scaled.Styles.Figure, textWidth, structure.Figure!);
                    if (below is not null) stack.Add((InkSafe(below), behind ? 0 : scaled.Styles.Figure.CaptionGap, false));
                    break;
                case PosterContent.Quote when material.Quote.Count > 0:
                    var quote = Blocks(context, material.Quote, textWidth);
                    displayBreaksBadly |= BreaksAgainstSense(context, quote, "pullquote") || Staircase(quote, "pullquote", context.RightToLeft);
                    Add(stack, quote, scaled.Styles.PullQuote.Text);
                    break;
                case PosterContent.Demands when material.Demands is { } demands:
                    Add(stack, Blocks(context, [demands], textWidth), scaled.Styles.Demands.Item);
                    break;
                case PosterContent.Slogan when material.Slogan is { } slogan:
                    var sloganFrame = Blocks(context, [slogan], textWidth);
                    displayBreaksBadly |= BreaksAgainstSense(context, sloganFrame, "slogan") || Staircase(sloganFrame, "slogan", context.RightToLeft);
                    Add(stack, sloganFrame, scaled.Styles.Slogan);
                    break;
                case PosterContent.Signature when material.Signature is { } signature:
                    Add(stack, Blocks(context, [signature], textWidth), scaled.Styles.Signature);
                    break;
                case PosterContent.Credit when material.Figure is { } figure && FigureText(context, figure with { Caption = [] }, scaled.Styles.Figure, textWidth, structure.Figure!) is { } credit:
                    Add(stack, credit, scaled.Styles.Figure.Credit);
                    break;
                case PosterContent.Url when material.Url is { } address:
                    Add(stack, UrlLine(context, address, scaled.Styles.LinkUrl, region, textWidth), scaled.Styles.LinkUrl);
                    break;
            }
        }
        // Words cut for being too long (reported as warnings by the trial context) do not fit.
        if (trial && context.Diagnostics.Items.Count > 0) whole = false;

        var fixedHeight = stack.Where(s => !s.IsImage).Sum(s => s.Frame!.Height) + stack.Skip(1).Sum(s => s.Gap);
        var imageHeight = inner.Height - fixedHeight;
        if (stack.Any(s => s.IsImage) && imageHeight < MinimumImageShare * inner.Height) whole = false;

        var y = 0.0;
        for (var i = 0; i < stack.Count; i++)
        {
            if (i > 0) y += stack[i].Gap;
            if (stack[i].IsImage)
            {
                var height = Math.Max(imageHeight, MinimumImageShare * inner.Height);
                items.AddRange(Image(material.Figure!, new Rect(textX, y, textWidth, height), region.Fit).Select(image => image with { Structure = structure.Figure?.Figure }));
                y += height;
                continue;
            }
            items.AddRange(stack[i].Frame!.PlacedAt(textX, y));
            y += stack[i].Frame!.Height;
        }
        var frameHeight = region.Content.Contains(PosterContent.QrCode) && material.Url is not null ? Math.Max(y, inner.Height) : y;
        return new RegionSetting(new Frame(inner.Width, frameHeight, items), whole, y, titleBreaksBadly, displayBreaksBadly) { TitleLoneWord = titleLoneWord };
    }

    /// <summary>
    /// Whether the display lines of <paramref name="role"/> in <paramref name="frame"/> step out to one long last line:
    /// three lines or more, the last at least <see cref="StaircaseRise"/> times as long as the lines above it on
    /// average, and a line above it ending inside a sentence — "The woods are / not surplus. / They are ours, / and
    /// they are not for sale." Ragged like that, a block looks as if it had happened to it, and a size a little
    /// smaller usually lets the short lines join up. Lines that are a sentence each ("UNSERE HÄUSER. / UNSER KIEZ. /
    /// NICHT ZU VERKAUFEN!") are shaped by their sense, whatever their lengths.
    /// </summary>
    private static bool Staircase(Frame frame, string role, bool rightToLeft)
    {
        var lines = frame.Items.OfType<GlyphRun>().Where(g => g.Role == role)
            .GroupBy(g => Math.Round(g.Origin.Y, 1)).OrderBy(l => l.Key)
            .Select(l => (Width: l.Max(g => g.Bounds.Right) - l.Min(g => g.Bounds.X), End: (rightToLeft ? l.MinBy(g => g.Bounds.X) : l.MaxBy(g => g.Bounds.Right))!.Text))
            .ToList();
        return lines.Count >= StaircaseLines
            && lines[^1].Width >= StaircaseRise * lines.SkipLast(1).Average(l => l.Width)
            && lines.SkipLast(1).Any(l => !EndsSentence(l.End));
    }

    /// <summary>Whether a line ending with <paramref name="text"/> ends a sentence (closing quotes and brackets after the mark allowed).</summary>
    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('"', '\'', '\u201D', '\u2019', '\u00BB', '\u203A', ')', ']');
        return trimmed.Length > 0 && SentenceEnds.Contains(trimmed[^1]);
    }

    /// <summary>Full stop, exclamation and question marks (Latin, Arabic, Urdu), and the ellipsis.</summary>
    private static readonly char[] SentenceEnds = ['.', '!', '?', '\u2026', '\u061F', '\u06D4'];

    /// <summary>
    /// Whether the display lines of <paramref name="role"/> in <paramref name="frame"/> break against sense: a
    /// sentence broken while another ends inside a line, or a line ending where sense forbids ("NICHT ZU /
    /// VERKAUFEN!", "È DEL / QUARTIERE", a lone "BUT"). Right-to-left lines hold their runs in visual order: not
    /// read for sense.
    /// </summary>
    private static bool BreaksAgainstSense(CompositionContext context, Frame frame, string role)
    {
        if (context.RightToLeft) return false;
        var lines = frame.Items.OfType<GlyphRun>().Where(g => g.Role == role)
            .GroupBy(g => Math.Round(g.Origin.Y, 1)).OrderBy(l => l.Key)
            .Select(l => DisplayLineWords.Of(l))
            .ToList();
        var sense = new DisplayBreakSense(context.Language);
        return sense.BreaksBesideSentenceEnds(lines) || sense.BreaksBadly(lines);
    }

    /// <summary>A code smaller than the sheet asks for still scans, from closer: the layout's region is too small for it.</summary>
    private void WarnSmallQrCode(PosterRegion region, double symbol)
    {
        const double mm = Layouts.Units.LengthLiteral.PointsPerMillimetre;
        main.Diagnostics.Warn(main.LayoutLocation, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"region '{region.Name}' of {main.Layout.Name} has room for a QR code of {symbol / mm:0} mm; on a sheet this size it should be {PosterQrSize.Symbol(main.Layout.Page) / mm:0} mm " +
            $"to scan from where the poster is read. Give the region more room (a taller row, less padding) in the layout."));
    }

    private static void Add(List<(Frame? Frame, double Gap, bool IsImage)> stack, Frame frame, TextStyle style)
    {
        if (frame.Height <= 0) return;
        stack.Add((InkSafe(frame), Math.Max(style.SpaceBefore, ContentGapEm * style.Font.Size), false));
    }

    /// <summary>
    /// Display type is set on a leading tighter than the font's ascender-to-descender box, and a line in a
    /// fallback face with a taller box (Naskh's, in a caption) outgrows its style's pitch, so the first
    /// line's box pokes above its frame (and the last below). On a poster every region edge is a hard
    /// edge: grow the frame to hold the whole box.
    /// </summary>
    private static Frame InkSafe(Frame frame)
    {
        var glyphs = frame.Items.OfType<GlyphRun>().ToList();
        if (glyphs.Count == 0) return frame;
        var above = Math.Max(0, -glyphs.Min(g => g.Bounds.Y));
        var below = Math.Max(0, glyphs.Max(g => g.Bounds.Bottom) - frame.Height);
        if (above == 0 && below == 0) return frame;
        return new Frame(frame.Width, frame.Height + above + below, frame.PlacedAt(0, above).ToList());
    }


    private (Frame Frame, bool Whole, bool BreaksBadly, bool LoneWord) Title(CompositionContext context, TextStyle style, PosterRegion region, double width, StructureElement element)
    {
        var titleStyle = style with { Align = region.Align, Hyphenate = false };
        var spans = context.Inlines.Flatten(main.Document.Title, titleStyle, "poster-title");
        var lines = context.Text.Lines(spans, titleStyle, width, align: region.Align, hyphenate: false, balance: true, structure: element);
        var whole = context.Text.SetsWhole(spans, titleStyle, width, out _) && lines.Count <= region.MaxLines;
        var words = lines.Select(l => DisplayLineWords.Of(l.Items.OfType<GlyphRun>())).ToList();
        // Right-to-left lines hold their runs in visual order: not read for sense (no language of ours has a list there yet).
        var breaksBadly = !context.RightToLeft && new DisplayBreakSense(context.Language).BreaksBadly(words);
        return (TextComposer.Stack(lines, width), whole, breaksBadly, LoneLastWord(lines));
    }

    /// <summary>
    /// A headline whose last line is one short word under fuller lines reads as an accident ("SAVE OUR /
    /// PARK"); a headline of one word per line is a deliberate stack and fine, and so is a last word long
    /// enough to read as a line of its own ("NOTRE ÉCOLE N'EST / PAS UNE VARIABLE / D'AJUSTEMENT").
    /// </summary>
    private static bool LoneLastWord(IReadOnlyList<Frame> lines)
    {
        static int Words(Frame line) => line.Items.OfType<GlyphRun>().Count();
        static double Width(Frame line) => line.Items.OfType<GlyphRun>().Select(g => g.Bounds.Right).DefaultIfEmpty(0).Max()
            - line.Items.OfType<GlyphRun>().Select(g => g.Bounds.X).DefaultIfEmpty(0).Min();
        return lines.Count > 1 && Words(lines[^1]) == 1 && lines.Take(lines.Count - 1).Any(l => Words(l) > 1)
            && Width(lines[^1]) < LoneWordShare * lines.Max(Width);
    }

    /// <param name="key">The front matter key the text comes from, for messages about it.</param>
    /// <param name="address">The text is a web address: it breaks as addresses do (after '/', before '.'), never at a hyphen of its own.</param>
    private static Frame Line(CompositionContext context, string text, TextStyle style, PosterRegion region, double width, string role, string key, StructureElement element,
        bool address = false)
    {
        var aligned = style with { Align = region.Align };
        var spans = Text.InlineFlattener.FlattenText(text, aligned, role, context.FrontMatterLocation(key));
        if (address) spans = [.. spans.Select(span => span with { IsUrl = true })];
        return context.Text.Block(spans, aligned, width, region.Align, balance: true, structure: element);
    }

    /// <summary>The address as a line of text that opens it: shown short (<see cref="AddressText.Short"/>), linked in full.</summary>
    private Frame UrlLine(CompositionContext context, string url, TextStyle style, PosterRegion region, double width)
    {
        var line = Line(context, AddressText.Short(url), style, region, width, "url", "url", structure.Link!, address: true);
        var runs = line.Items.OfType<GlyphRun>().Select(r => r.Bounds).ToList();
        if (runs.Count == 0) return line;
        var x = runs.Min(r => r.X);
        var y = runs.Min(r => r.Y);
        var area = new Rect(x, y, runs.Max(r => r.Right) - x, runs.Max(r => r.Bottom) - y);
        return new Frame(line.Width, line.Height, [.. line.Items, new LinkItem("link", area, url) { Structure = structure.Link }]);
    }

    private static Frame? FigureText(CompositionContext context, Figure figure, FigureStyle style, double width, FigureStructure structure)
    {
        var frames = FigureComposer.CaptionAndCredit(context, figure, style, width, structure);
        return frames.Count == 0 ? null : TextComposer.Stack(frames, width);
    }

    /// <summary>Statement blocks set as in the pamphlet (same composers), stacked without page breaks.</summary>
    private static Frame Blocks(CompositionContext context, IReadOnlyList<Block> blocks, double width) =>
        FlowStack.ToFrame(new BlockComposer(context).Compose(blocks, width), width);

    private static IEnumerable<PageItem> Image(Figure figure, Rect frame, ImageFit fit)
    {
        var image = ImageInfo.Read(figure.ImagePath, figure.Location);
        if (fit == ImageFit.Cover)
        {
            yield return image.Place("poster-image", frame, CoverComposer.CoverCrop(image, frame, figure.Focus));
            yield break;
        }
        yield return image.Place("poster-image", PosterPhoto.Contain(image, frame), ImageItem.WholeImage);
    }
}
