using System.Text;
using Pamphlet.Pages;
using SkiaSharp;

namespace Pamphlet.Rendering;

/// <summary>
/// Turns a <see cref="GlyphRun"/> into a Skia text blob that carries its source text and cluster
/// map, so the PDF backend writes /ActualText and extraction returns the logical text (ligatures
/// expanded, right-to-left in reading order) even from subset fonts.
/// </summary>
internal static class GlyphRunDrawer
{
    public static void Draw(SKCanvas canvas, GlyphRun run, SKTypeface typeface)
    {
        if (run.Glyphs.Count == 0) return;
        using var font = CreateFont(typeface, run.FontSize, run.HorizontalScale);
        using var blob = BuildBlob(run, font);
        using var paint = new SKPaint { Color = SkiaColor.From(run.Color), BlendMode = SkiaColor.Blend(run.Color), IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawText(blob, (float)run.Origin.X, (float)run.Origin.Y, paint);
    }

    /// <param name="horizontalScale">The run's glyph expansion: outlines are drawn this much wider (positions already include it).</param>
    private static SKFont CreateFont(SKTypeface typeface, double size, double horizontalScale) => new(typeface, (float)size)
    {
        ScaleX = (float)horizontalScale,
        // Positions come from HarfBuzz in fractional points; hinting or whole-pixel snapping would
        // move glyphs away from where composition measured them.
        Subpixel = true,
        Hinting = SKFontHinting.None,
        Edging = SKFontEdging.Antialias,
        LinearMetrics = true,
    };

    /// <summary>Glyphs at their offsets from the run origin, with UTF-8 text and byte clusters.</summary>
    internal static SKTextBlob BuildBlob(GlyphRun run, SKFont font)
    {
        var count = run.Glyphs.Count;
        if (run.Positions.Count != count || run.Clusters.Count != count)
        {
            throw new ArgumentException($"Glyph run \"{run.Text}\" has {count} glyphs but {run.Positions.Count} positions and {run.Clusters.Count} clusters.", nameof(run));
        }

        var text = Encoding.UTF8.GetBytes(run.Text);
        var byteOffsets = Utf8Offsets(run.Text);
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedTextRun(font, count, text.Length);
        var glyphs = buffer.Glyphs;
        var positions = buffer.Positions;
        var clusters = buffer.Clusters;
        for (var i = 0; i < count; i++)
        {
            var cluster = run.Clusters[i];
            if (cluster < 0 || cluster >= run.Text.Length)
            {
                throw new ArgumentException($"Glyph run \"{run.Text}\": cluster {cluster} of glyph {i} is outside the text.", nameof(run));
            }

            glyphs[i] = run.Glyphs[i];
            positions[i] = new SKPoint((float)run.Positions[i].X, (float)run.Positions[i].Y);
            clusters[i] = (uint)byteOffsets[cluster];
        }

        text.CopyTo(buffer.Text);
        return builder.Build() ?? throw new InvalidOperationException($"Skia built no text blob for \"{run.Text}\".");
    }

    /// <summary>
    /// The UTF-8 byte offset of every UTF-16 index (and of the end). A low surrogate maps to the
    /// start of its pair, so a cluster can never point into the middle of a character.
    /// </summary>
    internal static int[] Utf8Offsets(string text)
    {
        var offsets = new int[text.Length + 1];
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            offsets[i] = bytes;
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                offsets[++i] = bytes;
                bytes += 4;
            }
            else
            {
                // Lone surrogates are encoded as U+FFFD (3 bytes), as Encoding.UTF8 does.
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }

        offsets[text.Length] = bytes;
        return offsets;
    }
}
