using System.Globalization;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Engine.Print.Inks;

/// <summary>
/// A risograph cannot print to the edge of the sheet: whatever a layout puts within the machine's
/// margins (a full-bleed cover, a background) is cut back to the printable area, and the build says
/// so once, pointing to a layout made for risograph printing when there is one. Text that reaches
/// into the margins cannot be cut: it is reported as well.
/// </summary>
internal static class RisoPrintableArea
{
    public static PagedDocument Apply(PagedDocument document, LayoutDefinition layout, string? risoVariant, Action<Diagnostic>? warned)
    {
        var margins = layout.Inks.Riso.Margins;
        var cut = new SortedSet<string>(StringComparer.Ordinal);
        var overrun = new SortedSet<string>(StringComparer.Ordinal);
        var pages = document.Pages.Select(page =>
        {
            var area = new Rect(margins.Sides, margins.Lead, page.Size.Width - 2 * margins.Sides, page.Size.Height - margins.Lead - margins.Tail);
            var items = new List<PageItem>();
            foreach (var item in page.Items)
            {
                if (item is LinkItem || area.Contains(item.Bounds))
                {
                    items.Add(item);
                    continue;
                }

                if (item is GlyphRun)
                {
                    overrun.Add(item.Role);
                    items.Add(item);
                    continue;
                }

                // The knockout under a photo is cut with the photo; naming the photo is enough.
                if (item.Role != RisoDrums.PhotoKnockoutRole) cut.Add(item.Role);
                if (Clip(item, area) is { } inside) items.Add(inside);
            }

            return page with { Items = items, Bleed = 0 };
        }).ToList();

        var at = new SourceLocation(layout.SourcePath, 0);
        var machine = string.Create(CultureInfo.InvariantCulture,
            $"a risograph leaves {Mm(margins.Lead)} mm at the top, {Mm(margins.Sides)} mm at the sides and {Mm(margins.Tail)} mm at the bottom unprinted");
        var instead = risoVariant is null
            ? "a layout designed for risograph printing keeps everything inside that area (set riso: margins: in the layout to match your machine)"
            : $"the layout {risoVariant} is designed for risograph printing";
        if (cut.Count > 0)
        {
            warned?.Invoke(Diagnostic.Warning(at, $"{machine}: {layout.Name}'s artwork there ({string.Join(", ", cut)}) was cut back to the printable area; {instead}."));
        }

        if (overrun.Count > 0)
        {
            warned?.Invoke(Diagnostic.Warning(at, $"{machine}, but {layout.Name} sets {string.Join(", ", overrun)} text there: it will be cut off; {instead}."));
        }

        return document with { Pages = pages };
    }

    private static PageItem? Clip(PageItem item, Rect area)
    {
        switch (item)
        {
            case FillItem fill:
                return Intersect(fill.Area, area) is { } inside ? fill with { Area = inside } : null;
            case RuleItem rule:
                var from = new Point(Math.Clamp(rule.From.X, area.X, area.Right), Math.Clamp(rule.From.Y, area.Y, area.Bottom));
                var to = new Point(Math.Clamp(rule.To.X, area.X, area.Right), Math.Clamp(rule.To.Y, area.Y, area.Bottom));
                return from == to || !area.Intersects(rule.Bounds) ? null : rule with { From = from, To = to };
            case ImageItem image:
                if (Intersect(image.Frame, area) is not { } frame) return null;
                var (f, s) = (image.Frame, image.Source);
                // The source crop shrinks with the frame, so the picture does not move or scale.
                var source = new Rect(
                    s.X + (frame.X - f.X) / f.Width * s.Width,
                    s.Y + (frame.Y - f.Y) / f.Height * s.Height,
                    frame.Width / f.Width * s.Width,
                    frame.Height / f.Height * s.Height);
                return image with { Frame = frame, Source = source };
            default:
                return item;
        }
    }

    private static Rect? Intersect(Rect a, Rect b)
    {
        var (left, top) = (Math.Max(a.X, b.X), Math.Max(a.Y, b.Y));
        var (right, bottom) = (Math.Min(a.Right, b.Right), Math.Min(a.Bottom, b.Bottom));
        return right > left && bottom > top ? new Rect(left, top, right - left, bottom - top) : null;
    }

    private static string Mm(double points) => (points * 25.4 / 72).ToString("0.#", CultureInfo.InvariantCulture);
}
