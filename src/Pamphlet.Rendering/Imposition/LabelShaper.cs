using HarfBuzzSharp;
using Pamphlet.Pages;
using Buffer = HarfBuzzSharp.Buffer;
using HbFont = HarfBuzzSharp.Font;

namespace Pamphlet.Rendering.Imposition;

/// <summary>
/// Shapes short sheet labels ("row 1, column 2 of 2×3") with a font the document already uses, so
/// the label is embedded in the same subset and extracts as text like the rest.
/// </summary>
internal static class LabelShaper
{
    public static GlyphRun Shape(string text, FontFace face, double size, Point origin, string role) =>
        HarfBuzzFaces.Use(face.Data, face.Index, hbFace =>
        {
            using var font = new HbFont(hbFace);
            var unitsPerEm = hbFace.UnitsPerEm;
            font.SetScale(unitsPerEm, unitsPerEm);
            font.SetFunctionsOpenType();
            using var buffer = new Buffer();
            buffer.AddUtf16(text);
            buffer.GuessSegmentProperties();
            font.Shape(buffer);
            var scale = size / unitsPerEm;
            var infos = buffer.GlyphInfos;
            var placements = buffer.GlyphPositions;
            var glyphs = new List<ushort>(infos.Length);
            var positions = new List<Point>(infos.Length);
            var clusters = new List<int>(infos.Length);
            double pen = 0;
            for (var i = 0; i < infos.Length; i++)
            {
                glyphs.Add((ushort)infos[i].Codepoint);
                clusters.Add((int)infos[i].Cluster);
                positions.Add(new Point(pen + placements[i].XOffset * scale, -placements[i].YOffset * scale));
                pen += placements[i].XAdvance * scale;
            }

            var extents = font.TryGetHorizontalFontExtents(out var e) ? e : default;
            return new GlyphRun(role, origin, face, size, Color.Black, glyphs, positions, text, clusters,
                pen, extents.Ascender * scale, -extents.Descender * scale);
        });

    /// <summary>True when every character of <paramref name="text"/> has a glyph in <paramref name="face"/>.</summary>
    public static bool Covers(FontFace face, string text)
    {
        var run = Shape(text, face, 10, default, "probe");
        return run.Glyphs.All(g => g != 0);
    }
}
