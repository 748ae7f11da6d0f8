using Pamphlet.Pages;
using Pamphlet.Pdf.Content;
using Pamphlet.Pdf.Syntax;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// Paints page items into a content stream, in page coordinates (points, y down) under a transform
/// that puts the page's (0, 0) at the current origin, so every y is written negated. Text is one
/// text object per line: runs on one baseline share a BT…ET and, while font, colour and element stay
/// the same, one TJ array: the font's space glyph in each word gap, and every position (justified
/// spaces, letter-spacing, kerning) as a TJ adjustment. With
/// <see cref="PageMarking"/>, content is marked for the structure tree and everything without an
/// element is an artifact.
/// </summary>
internal sealed class PagePainter(DocumentResources document, PdfResources resources, ContentBuilder content, PageMarking? marking)
{
    /// <summary>Pen corrections below this (points) are rounding noise and are not written.</summary>
    private const double PositionTolerance = 1e-4;

    private GraphicsState state = GraphicsState.Unknown;
    private readonly Stack<GraphicsState> saved = new();

    // The open marked-content sequence: the element, or null for an artifact; open says whether one is.
    private StructureElement? markedElement;
    private bool markedOpen;

    public void Paint(IReadOnlyList<PageItem> items)
    {
        for (var i = 0; i < items.Count;)
        {
            if (items[i] is GlyphRun)
            {
                var end = TextLines.End(items, i);
                PaintLine(items, i, end);
                i = end;
                continue;
            }

            switch (items[i])
            {
                case FillItem fill: PaintFill(fill); break;
                case RuleItem rule: PaintRule(rule); break;
                case ImageItem image: PaintImage(image); break;
                case LinkItem: break; // links are annotations, written with the page
                default: throw new NotSupportedException($"No PDF painter for page item {items[i].GetType().Name}.");
            }

            i++;
        }
    }

    /// <summary>Closes any open marked-content sequence: call after the last item.</summary>
    public void Finish() => Leave();

    /// <summary>Clips what follows to <paramref name="area"/> (page coordinates) until <see cref="EndClip"/>.</summary>
    public void BeginClip(Rect area)
    {
        Leave();
        Save();
        content.Rectangle(area.X, -area.Bottom, area.Width, area.Height);
        content.Clip();
    }

    public void EndClip()
    {
        Leave();
        Restore();
    }

    /// <summary>
    /// A word space narrower than this share of the font size is a style change inside a word, not a
    /// space: the letter-spacing we set stays under 0.05 em, and justified word spaces never shrink
    /// below about 0.17 em (a quarter em less a third).
    /// </summary>
    private const double WordGapEm = 0.1;

    /// <summary>
    /// Zero-width glyphs of right-to-left text (marks, the alef of a lam-alef) are moved this far (points)
    /// towards the line's end: drawn at exactly the x of their neighbour, they break poppler's line.
    /// </summary>
    private const double ZeroWidthNudge = 0.01;

    /// <summary>
    /// One line as one text object, in logical order (right-to-left runs drawn from their right end,
    /// glyph by glyph leftwards), with the font's space glyph in every word gap and after the line's
    /// last word, so every extractor (measured: poppler, MuPDF, PdfPig) sees the words and the spaces.
    /// </summary>
    private void PaintLine(IReadOnlyList<PageItem> items, int from, int to)
    {
        var drawn = new List<GlyphRun>(to - from);
        for (var i = from; i < to; i++)
        {
            if (items[i] is GlyphRun { Glyphs.Count: > 0 } run) drawn.Add(run);
        }

        var visual = TextLines.LeftToRight(drawn);
        if (visual.Count == 0) return;
        var runs = TextLines.LogicalOrder(visual);
        Leave();
        content.BeginText();
        var start = visual[0].Origin.X;
        content.TextMatrix(start, -visual[0].Origin.Y);
        var line = new TextLine(content, start);
        GlyphRun? previous = null;
        foreach (var run in runs)
        {
            if (previous is not null && WordGap(visual, previous, run) is { } gap) Space(line, gap.Owner, gap.X);
            PaintRun(line, run);
            previous = run;
        }

        // A space after the last word keeps extractors that join lines (PdfPig) from gluing it to the
        // next line's first word; a word broken at a hyphen (added or its own) continues there, so it gets none. The line
        // ends on the left when its outermost level is right-to-left.
        var endsLeft = runs.Min(r => r.BidiLevel) % 2 == 1;
        if (previous is { HyphenInserted: false } && !EndsWithHyphen(previous)) Space(line, previous, endsLeft ? visual[0].Origin.X : visual[^1].Origin.X + visual[^1].Width, endsAt: endsLeft);
        line.Close();
        Leave();
        content.EndText();
    }

    /// <summary>Whether the run ends with a hyphen of the statement's own ("well-|known"), drawn as U+2010 or U+002D.</summary>
    private static bool EndsWithHyphen(GlyphRun run) => run.Text.Length > 0 && run.Text[^1] is '-' or '\u2010';

    private void PaintRun(TextLine line, GlyphRun run)
    {
        if (!IsCurrent(run)) line.Close();
        Enter(run, -run.Bounds.Y);
        SetFill(run.Color, line);
        var font = UseFont(line, run);
        UseScale(line, run.HorizontalScale);
        var actualText = document.Text.ActualTextOf(run);
        if (actualText is not null)
        {
            line.Close();
            content.BeginMarked("Span", "<</ActualText " + PdfValue.Text(actualText) + ">>");
        }

        // The hyphen line breaking added (the run's last glyph, a soft hyphen) stays outside the word's
        // replacement text: poppler then reads "Commit­tee" as "Committee" followed by U+00AD, so the word
        // is whole and the line still shows as hyphenated to tools that count hyphens (spacing.py).
        var spanEnd = actualText is not null && run.HyphenInserted ? run.Glyphs.Count - 1 : run.Glyphs.Count;
        var rightToLeft = run.BidiLevel % 2 == 1;
        for (var k = 0; k < run.Glyphs.Count; k++)
        {
            if (k == spanEnd)
            {
                line.Close();
                content.EndMarked();
            }

            // Shaped right-to-left glyphs come in visual order: the last one is read first.
            var g = rightToLeft ? run.Glyphs.Count - 1 - k : k;
            var position = run.Positions[g];
            var rise = -position.Y;
            if (Math.Abs(rise - state.Rise) > PositionTolerance)
            {
                line.Close();
                content.Rise(rise);
                state = state with { Rise = rise };
            }

            var width = font.Width(run.Glyphs[g]);
            var nudge = rightToLeft && width == 0 ? -ZeroWidthNudge : 0;
            line.Show(run.Glyphs[g], run.Origin.X + position.X + nudge, width, run.FontSize, state.HorizontalScale);
        }

        if (actualText is not null && spanEnd == run.Glyphs.Count)
        {
            line.Close();
            content.EndMarked();
        }
    }

    /// <summary>Sets the horizontal scaling of glyphs (glyph expansion) unless it is current.</summary>
    private void UseScale(TextLine line, double scale)
    {
        if (Math.Abs(scale - state.HorizontalScale) <= ScaleTolerance) return;
        line.Close();
        state = state with { HorizontalScale = content.HorizontalScaling(scale * 100) / 100 };
    }

    /// <summary>Scales closer than this to the current one are not written again (a thousandth of a percent, as Tz is written).</summary>
    private const double ScaleTolerance = 5e-6;

    /// <summary>Selects <paramref name="run"/>'s font and size unless they are current.</summary>
    private Pamphlet.Pdf.Fonts.EmbeddedFont UseFont(TextLine line, GlyphRun run)
    {
        var font = document.Font(run.Font);
        var name = document.FontName(run.Font);
        resources.Font(name, font.Reference);
        if (state.Font != name || state.FontSize != run.FontSize)
        {
            line.Close();
            content.Font(name, run.FontSize);
            state = state with { Font = name, FontSize = run.FontSize };
        }

        return font;
    }

    /// <summary>
    /// Where the space glyph between two runs read one after the other goes: the start of the visual
    /// gap that separates them, or null when they touch (one word). Runs next to each other on the line
    /// share their gap; across a change of direction ("نقابة | UAW Local 4811"), the gap is the one
    /// beside the run of the outer (lower) level, on the side facing the other run.
    /// </summary>
    /// <remarks>The space is drawn in the outer run's font, so extractors give it that run's direction.</remarks>
    private static (double X, GlyphRun Owner)? WordGap(List<GlyphRun> visual, GlyphRun before, GlyphRun after)
    {
        var (b, a) = (IndexOf(visual, before), IndexOf(visual, after));
        var (outer, other) = after.BidiLevel < before.BidiLevel ? (a, b) : (b, a);
        var neighbour = Math.Abs(a - b) == 1 ? other : outer + Math.Sign(other - outer);
        var (left, right) = (visual[Math.Min(outer, neighbour)], visual[Math.Max(outer, neighbour)]);
        var gapStart = left.Origin.X + left.Width;
        return right.Origin.X - gapStart >= WordGapEm * Math.Min(before.FontSize, after.FontSize) ? (gapStart, visual[outer]) : null;
    }

    /// <summary>Where <paramref name="run"/> itself is in <paramref name="runs"/> (by identity: two runs may be equal as values).</summary>
    private static int IndexOf(List<GlyphRun> runs, GlyphRun run)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            if (ReferenceEquals(runs[i], run)) return i;
        }

        return -1;
    }

    /// <summary>
    /// The space glyph of <paramref name="run"/>'s font starting at <paramref name="x"/> (or ending there,
    /// <paramref name="endsAt"/>: after a right-to-left word), in the open marked content.
    /// </summary>
    private void Space(TextLine line, GlyphRun run, double x, bool endsAt = false)
    {
        if (document.Glyphs.Glyph(run.Font, FontGlyphs.Space) is not { } space) return;
        var font = UseFont(line, run);
        if (Math.Abs(state.Rise) > PositionTolerance)
        {
            line.Close();
            content.Rise(0);
            state = state with { Rise = 0 };
        }

        var width = font.Width(space);
        line.Show(space, endsAt ? x - width * run.FontSize / 1000 * state.HorizontalScale : x, width, run.FontSize, state.HorizontalScale);
    }

    /// <summary>Whether <paramref name="run"/> can continue the open TJ array: same element (or artifact) as what is open.</summary>
    private bool IsCurrent(GlyphRun run) => !markedOpen || marking is null || ReferenceEquals(markedElement, run.Structure);

    private void PaintFill(FillItem fill)
    {
        var hasStroke = fill.Stroke is not null && fill.StrokeWidth > 0;
        if (fill.Fill is null && !hasStroke) return;
        Enter(fill, -fill.Area.Y);
        if (fill.Fill is { } color)
        {
            SetFill(color, null);
            Box(fill.Area, fill.CornerRadius);
            content.Fill();
        }

        if (fill.Stroke is { } stroke && hasStroke)
        {
            // Strokes straddle their path; inset by half the width so the box stays inside its Area.
            var half = fill.StrokeWidth / 2;
            SetStroke(stroke);
            content.LineWidth(fill.StrokeWidth);
            Box(new Rect(fill.Area.X + half, fill.Area.Y + half, fill.Area.Width - fill.StrokeWidth, fill.Area.Height - fill.StrokeWidth),
                Math.Max(0, fill.CornerRadius - half));
            content.Stroke();
        }
    }

    /// <summary>A rectangle, with quarter-circle corners (cubic Béziers) when <paramref name="radius"/> &gt; 0.</summary>
    private void Box(Rect area, double radius)
    {
        var r = Math.Min(radius, Math.Min(area.Width, area.Height) / 2);
        if (r <= 0)
        {
            content.Rectangle(area.X, -area.Bottom, area.Width, area.Height);
            return;
        }

        // The control-point distance that makes a cubic Bézier closest to a quarter circle.
        const double kappa = 0.5522847498;
        var (left, right, top, bottom) = (area.X, area.Right, -area.Y, -area.Bottom);
        var k = r * kappa;
        content.MoveTo(left + r, top);
        content.LineTo(right - r, top);
        content.CurveTo(right - r + k, top, right, top - r + k, right, top - r);
        content.LineTo(right, bottom + r);
        content.CurveTo(right, bottom + r - k, right - r + k, bottom, right - r, bottom);
        content.LineTo(left + r, bottom);
        content.CurveTo(left + r - k, bottom, left, bottom + r - k, left, bottom + r);
        content.LineTo(left, top - r);
        content.CurveTo(left, top - r + k, left + r - k, top, left + r, top);
        content.ClosePath();
    }

    private void PaintRule(RuleItem rule)
    {
        if (rule.Thickness <= 0) return;
        Enter(rule, -rule.Bounds.Y);
        SetStroke(rule.Color);
        // Butt caps (the PDF default) end the line exactly at From and To, so rules line up with text edges.
        content.LineWidth(rule.Thickness);
        content.MoveTo(rule.From.X, -rule.From.Y);
        content.LineTo(rule.To.X, -rule.To.Y);
        content.Stroke();
    }

    /// <summary>
    /// Places the WHOLE image so that its Source part covers Frame, clipped to Frame, with the EXIF
    /// orientation in the transform: the image's unit square maps onto the upright picture.
    /// </summary>
    private void PaintImage(ImageItem item)
    {
        var source = item.Source;
        if (source.Width <= 0 || source.Height <= 0 || item.Frame.Width <= 0 || item.Frame.Height <= 0) return;
        var (name, reference, storedWidth, storedHeight) = document.Image(item);
        resources.XObject(name, reference);
        // A photo printed in one risograph ink overprints the other drums like any of its inks.
        SetPaintState(1, item.Monochrome?.Ink.Overprint ?? false, null);
        var (width, height) = item.Orientation.SwapsSides() ? (storedHeight, storedWidth) : (storedWidth, storedHeight);
        var scaleX = item.Frame.Width / (source.Width * width);
        var scaleY = item.Frame.Height / (source.Height * height);
        var left = item.Frame.X - source.X * width * scaleX;
        var top = item.Frame.Y - source.Y * height * scaleY;
        var (w, h) = (width * scaleX, height * scaleY);

        Enter(item, -item.Frame.Y);
        Save();
        content.Rectangle(item.Frame.X, -item.Frame.Bottom, item.Frame.Width, item.Frame.Height);
        content.Clip();
        // Stored pixel (s, t) of the unit square (t up from the bottom row) lands on the page at
        // x = left + w·p and y = -(top + h·q), where (p, q) is the upright point StoredToUpright gives
        // for u = s and v = 1 - t.
        var (a, b, c, d, e, f) = item.Orientation.StoredToUpright();
        content.Transform(w * a, -h * d, -w * b, h * e, left + w * (b + c), -(top + h * (e + f)));
        content.PaintXObject(name);
        Restore();
    }

    private void SetFill(Color color, TextLine? line)
    {
        SetPaintState(color.Alpha, color.Overprint, line);
        var solid = Solid(color);
        if (state.Fill == solid) return;
        line?.Close();
        WriteColor(solid, stroke: false);
        state = state with { Fill = solid };
    }

    private void SetStroke(Color color)
    {
        SetPaintState(color.Alpha, color.Overprint, null);
        var solid = Solid(color);
        if (state.Stroke == solid) return;
        WriteColor(solid, stroke: true);
        state = state with { Stroke = solid };
    }

    private void WriteColor(Color color, bool stroke)
    {
        switch (color.Space)
        {
            case ColorSpace.Gray: content.Color(color.Components, stroke ? "G" : "g"); break;
            case ColorSpace.Rgb: content.Color(color.Components, stroke ? "RG" : "rg"); break;
            case ColorSpace.Cmyk: content.Color(color.Components, stroke ? "K" : "k"); break;
            default:
                var (name, reference) = document.Separation(color);
                resources.ColorSpace(name, reference);
                content.ColorSpace(name, stroke);
                content.Color(color.Components, stroke ? "SCN" : "scn");
                break;
        }
    }

    /// <summary>The colour operators' part of a colour: opacity and overprint live in the graphics state.</summary>
    private static Color Solid(Color color) => color.WithAlpha(1).WithOverprint(false);

    /// <summary>Opacity and overprint are one ExtGState: set it when either changes.</summary>
    private void SetPaintState(double alpha, bool overprint, TextLine? line)
    {
        if (state.Alpha == alpha && state.Overprint == overprint) return;
        line?.Close();
        var (name, reference) = document.PaintState(alpha, overprint);
        resources.State(name, reference);
        content.GraphicsState(name);
        state = state with { Alpha = alpha, Overprint = overprint };
    }

    /// <summary>Switches the open marked-content sequence to <paramref name="item"/>'s element (or to an artifact).</summary>
    private void Enter(PageItem item, double top)
    {
        if (marking is null) return;
        var element = item.Structure;
        if (markedOpen && ReferenceEquals(markedElement, element)) return;
        Leave();
        if (element is null) content.BeginMarked("Artifact");
        else content.BeginMarked(StructureTypes.Of(element.Kind), $"<</MCID {marking.Mark(element, top)}>>");
        (markedElement, markedOpen) = (element, true);
    }

    private void Leave()
    {
        if (!markedOpen) return;
        content.EndMarked();
        (markedElement, markedOpen) = (null, false);
    }

    private void Save()
    {
        content.Save();
        saved.Push(state);
    }

    private void Restore()
    {
        content.Restore();
        state = saved.Pop();
    }

    /// <summary>What the content stream has set, so each operator is written only when its value changes.</summary>
    private readonly record struct GraphicsState(Color? Fill, Color? Stroke, double Alpha, bool Overprint, string? Font, double FontSize, double Rise, double HorizontalScale)
    {
        // Nothing known at the start of a stream, except what PDF defines: opaque, knocking out, no rise, 100 % scaling.
        public static GraphicsState Unknown => new(null, null, 1, false, null, 0, 0, 1);
    }

    /// <summary>
    /// The open TJ array of a line and the pen position a reader computes from it: each glyph advances
    /// by its /W width, each adjustment by its own value, both times the horizontal scaling (Tz), so the
    /// next glyph lands where composition put it.
    /// </summary>
    private sealed class TextLine(ContentBuilder content, double start)
    {
        private double pen = start;
        private bool open;

        public void Show(ushort glyph, double x, double width, double size, double scale)
        {
            if (!open)
            {
                content.BeginShow();
                open = true;
            }

            var delta = x - pen;
            if (Math.Abs(delta) > PositionTolerance)
            {
                var adjustment = Math.Round(-delta * 1000 / (size * scale), ContentBuilder.AdjustmentDecimals, MidpointRounding.AwayFromZero);
                if (adjustment != 0)
                {
                    content.Adjust(adjustment);
                    pen -= adjustment * size * scale / 1000;
                }
            }

            content.Glyph(glyph);
            pen += width * size * scale / 1000;
        }

        public void Close()
        {
            if (!open) return;
            content.EndShow();
            open = false;
        }
    }
}
