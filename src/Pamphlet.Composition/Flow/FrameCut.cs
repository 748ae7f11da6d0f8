using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Flow;

/// <summary>
/// Cuts a frame between two of its lines of text: the last resort for a block that must not split
/// (a slogan, a heading, a pull quote, one demand) but is taller than any column, so that no word runs
/// off the page. Glyph runs go whole to the side of their baseline; an image is never cut (a cut
/// through one is not offered); rules, fills and link areas that cross the cut are cut in two.
/// </summary>
internal static class FrameCut
{
    /// <summary>Runs whose baselines differ by less than this share a line (points).</summary>
    private const double SameLine = 0.01;

    /// <summary>
    /// The lowest place, at most <paramref name="available"/> below the frame's top, where the frame can
    /// be cut between lines with something on both sides; null when there is none.
    /// </summary>
    public static double? Lowest(Frame frame, double available)
    {
        // Each line once: its baseline and the top of its tallest glyph, in order down the frame.
        var lines = frame.Items.OfType<GlyphRun>()
            .GroupBy(r => Math.Round(r.Origin.Y / SameLine))
            .Select(g => (Baseline: g.Min(r => r.Origin.Y), Top: g.Min(r => r.Origin.Y - r.Ascent)))
            .OrderBy(l => l.Baseline)
            .ToList();
        var images = frame.Items.OfType<ImageItem>().Select(i => i.Frame).ToList();
        for (var k = lines.Count - 1; k >= 1; k--)
        {
            // Just above the lower line's tallest glyph, but never above the upper line's baseline.
            var cut = Math.Clamp(lines[k].Top, lines[k - 1].Baseline + SameLine, lines[k].Baseline);
            if (cut > available || cut <= 0) continue;
            if (images.Any(image => image.Y < cut - SameLine && image.Y + image.Height > cut + SameLine)) continue;
            return cut;
        }

        return null;
    }

    /// <summary>The part above <paramref name="cut"/> and the part below it, each a frame of its own with its top at 0.</summary>
    public static (Frame Head, Frame Tail) At(Frame frame, double cut)
    {
        var head = new List<PageItem>();
        var tail = new List<PageItem>();
        foreach (var item in frame.Items)
        {
            switch (item)
            {
                case GlyphRun run:
                    (run.Origin.Y < cut ? head : tail).Add(run);
                    break;
                case RuleItem rule when Crosses(Math.Min(rule.From.Y, rule.To.Y), Math.Max(rule.From.Y, rule.To.Y), cut):
                    var (upper, lower) = CutRule(rule, cut);
                    head.Add(upper);
                    tail.Add(lower);
                    break;
                case FillItem fill when Crosses(fill.Area.Y, fill.Area.Y + fill.Area.Height, cut):
                    head.Add(fill with { Area = fill.Area with { Height = cut - fill.Area.Y } });
                    tail.Add(fill with { Area = fill.Area with { Y = cut, Height = fill.Area.Y + fill.Area.Height - cut } });
                    break;
                case LinkItem link when Crosses(link.Area.Y, link.Area.Y + link.Area.Height, cut):
                    head.Add(link with { Area = link.Area with { Height = cut - link.Area.Y } });
                    tail.Add(link with { Area = link.Area with { Y = cut, Height = link.Area.Y + link.Area.Height - cut } });
                    break;
                default:
                    (item.Bounds.Y + item.Bounds.Height / 2 < cut ? head : tail).Add(item);
                    break;
            }
        }

        return (new Frame(frame.Width, cut, head), new Frame(frame.Width, frame.Height - cut, [.. tail.Select(i => i.Offset(0, -cut))]));
    }

    private static bool Crosses(double top, double bottom, double cut) => top < cut - SameLine && bottom > cut + SameLine;

    /// <summary>A rule crossing the cut, as its part above and its part below (in the frame's coordinates).</summary>
    private static (RuleItem Upper, RuleItem Lower) CutRule(RuleItem rule, double cut)
    {
        var (from, to) = rule.From.Y <= rule.To.Y ? (rule.From, rule.To) : (rule.To, rule.From);
        var share = (cut - from.Y) / (to.Y - from.Y);
        var at = new Point(from.X + share * (to.X - from.X), cut);
        return (rule with { From = from, To = at }, rule with { From = at, To = to });
    }
}
