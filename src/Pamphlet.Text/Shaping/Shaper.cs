using System.Collections.Concurrent;
using HarfBuzzSharp;
using Pamphlet.Text.Fonts;
using Buffer = HarfBuzzSharp.Buffer;

namespace Pamphlet.Text.Shaping;

/// <summary>What a piece of text is shaped as: direction, script and language, and whether ligatures are allowed.</summary>
public readonly record struct ShapeOptions(bool RightToLeft, Script Script, string Language, bool Ligatures = true)
{
    public static ShapeOptions LatinLeftToRight(string language) => new(false, Script.Latin, language);
}

/// <summary>
/// Shapes text with HarfBuzz (kerning, ligatures, contextual forms). Words recur constantly in a
/// statement and line breaking asks for the same fragments again and again, so results are cached by
/// font, text and options. Thread-safe; share one per process.
/// </summary>
public sealed class Shaper
{
    // Ligatures are switched off for letter-spaced text: spreading "f" and "i" apart inside an "fi"
    // glyph is impossible, and tracked capitals have no ligatures worth keeping.
    private static readonly Feature[] NoLigatures =
        [new Feature(new Tag('l', 'i', 'g', 'a'), 0), new Feature(new Tag('c', 'l', 'i', 'g'), 0)];

    private readonly ConcurrentDictionary<(ShapingFont, string, ShapeOptions), ShapedText> cache = new();

    public ShapedText Shape(ShapingFont font, string text, ShapeOptions options) =>
        cache.GetOrAdd((font, text, options), static key => ShapeUncached(key.Item1, key.Item2, key.Item3));

    private static ShapedText ShapeUncached(ShapingFont font, string text, ShapeOptions options)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = options.RightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.Script = options.Script;
        buffer.Language = new Language(options.Language);
        font.Hb.Shape(buffer, options.Ligatures ? [] : NoLigatures);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var n = infos.Length;
        var glyphs = new ushort[n];
        var clusters = new int[n];
        var advances = new int[n];
        var xOffsets = new int[n];
        var yOffsets = new int[n];
        var missing = false;
        for (var i = 0; i < n; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            missing |= infos[i].Codepoint == 0;
            clusters[i] = (int)infos[i].Cluster;
            advances[i] = positions[i].XAdvance;
            xOffsets[i] = positions[i].XOffset;
            yOffsets[i] = positions[i].YOffset;
        }
        return new ShapedText(text, glyphs, clusters, advances, xOffsets, yOffsets, font.UnitsPerEm, missing);
    }
}
