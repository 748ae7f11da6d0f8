using Pamphlet.Pages;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// Draws one page's items, in order, onto any canvas in page coordinates (points, origin top-left,
/// y down). The caller owns the canvas and its transform, so the same code draws PDF pages, PNG
/// previews and (later) pages placed on imposed sheets.
/// </summary>
internal sealed class PageDrawer(TypefaceCache typefaces, ImageCache images)
{
    public void Draw(SKCanvas canvas, Page page)
    {
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case GlyphRun run: GlyphRunDrawer.Draw(canvas, run, typefaces.Get(run.Font)); break;
                case FillItem fill: DrawFill(canvas, fill); break;
                case RuleItem rule: DrawRule(canvas, rule); break;
                case ImageItem image: DrawImage(canvas, image); break;
                case LinkItem link: DrawLink(canvas, link); break;
                default: throw new NotSupportedException($"No renderer for page item {item.GetType().Name}.");
            }
        }
    }

    private static void DrawFill(SKCanvas canvas, FillItem fill)
    {
        var area = ToRect(fill.Area);
        var radius = (float)fill.CornerRadius;
        if (fill.Fill is { } fillColor)
        {
            using var paint = new SKPaint { Color = SkiaColor.From(fillColor), BlendMode = SkiaColor.Blend(fillColor), IsAntialias = true, Style = SKPaintStyle.Fill };
            DrawBox(canvas, area, radius, paint);
        }

        if (fill.Stroke is { } strokeColor && fill.StrokeWidth > 0)
        {
            // Strokes straddle their path; inset by half the width so the box stays inside its
            // Area (which is what margin and overlap checks use).
            var half = (float)fill.StrokeWidth / 2;
            var inset = SKRect.Inflate(area, -half, -half);
            using var paint = new SKPaint
            {
                Color = SkiaColor.From(strokeColor),
                BlendMode = SkiaColor.Blend(strokeColor),
                IsAntialias = true,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = (float)fill.StrokeWidth,
            };
            DrawBox(canvas, inset, Math.Max(0, radius - half), paint);
        }
    }

    private static void DrawBox(SKCanvas canvas, SKRect rect, float radius, SKPaint paint)
    {
        if (radius > 0) canvas.DrawRoundRect(rect, radius, radius, paint);
        else canvas.DrawRect(rect, paint);
    }

    private static void DrawRule(SKCanvas canvas, RuleItem rule)
    {
        if (rule.Thickness <= 0) return;
        using var paint = new SKPaint
        {
            Color = SkiaColor.From(rule.Color),
            BlendMode = SkiaColor.Blend(rule.Color),
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = (float)rule.Thickness,
            // Butt caps end the line exactly at From and To, so rules line up with text edges.
            StrokeCap = SKStrokeCap.Butt,
        };
        canvas.DrawLine((float)rule.From.X, (float)rule.From.Y, (float)rule.To.X, (float)rule.To.Y, paint);
    }

    /// <summary>
    /// Crops by clipping, not by drawing a sub-rectangle: the WHOLE image is scaled so its Source part
    /// covers Frame. Drawing a sub-rectangle would make Skia re-encode the JPEG. The cache hands over
    /// the stored pixels; a turned image is placed with its orientation in the transform, which keeps
    /// the JPEG passed through as well.
    /// </summary>
    private void DrawImage(SKCanvas canvas, ImageItem item)
    {
        var source = item.Source;
        if (source.Width <= 0 || source.Height <= 0 || item.Frame.Width <= 0 || item.Frame.Height <= 0) return;
        var image = images.Get(item);
        var (width, height) = item.Orientation.SwapsSides() ? (image.Height, image.Width) : (image.Width, image.Height);
        var scaleX = item.Frame.Width / (source.Width * width);
        var scaleY = item.Frame.Height / (source.Height * height);
        var whole = new SKRect(
            (float)(item.Frame.X - source.X * width * scaleX),
            (float)(item.Frame.Y - source.Y * height * scaleY),
            (float)(item.Frame.X + (1 - source.X) * width * scaleX),
            (float)(item.Frame.Y + (1 - source.Y) * height * scaleY));

        canvas.Save();
        canvas.ClipRect(ToRect(item.Frame), SKClipOperation.Intersect, antialias: true);
        using var paint = new SKPaint { IsAntialias = true, BlendMode = item.Monochrome is { } one ? SkiaColor.Blend(one.Ink) : SKBlendMode.SrcOver };
        var sampling = new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear);
        if (item.Orientation == ImageOrientation.Normal)
        {
            canvas.DrawImage(image, whole, sampling, paint);
        }
        else
        {
            canvas.Concat(UprightIn(whole, item.Orientation));
            canvas.DrawImage(image, new SKRect(0, 0, 1, 1), sampling, paint);
        }

        canvas.Restore();
    }

    /// <summary>Maps the stored pixels, as the unit square, onto <paramref name="whole"/> turned upright.</summary>
    private static SKMatrix UprightIn(SKRect whole, ImageOrientation orientation)
    {
        var (a, b, c, d, e, f) = orientation.StoredToUpright();
        var (w, h) = (whole.Width, whole.Height);
        return new SKMatrix(
            (float)(w * a), (float)(w * b), (float)(w * c + whole.Left),
            (float)(h * d), (float)(h * e), (float)(h * f + whole.Top),
            0, 0, 1);
    }

    private static void DrawLink(SKCanvas canvas, LinkItem link)
    {
        // Raster canvases ignore annotations; the PDF backend writes a /Link with a /URI action.
        using var data = canvas.DrawUrlAnnotation(ToRect(link.Area), link.Url);
    }

    private static SKRect ToRect(Rect r) => SKRect.Create((float)r.X, (float)r.Y, (float)r.Width, (float)r.Height);
}
