using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Text.Paragraphs;

/// <summary>
/// Everything besides a paragraph's spans and its <see cref="ParagraphFormat"/> that decides how a
/// <see cref="TextEngine"/> sets it. The engine is built from this record and nothing else, so a field
/// added here is part of every <see cref="ParagraphKey"/> without further thought, and a setting a
/// cache gives back is one this engine would have made. The font library, shaper and breaker compare
/// by identity: one engine's objects, whose answers do not change (the font library's only change,
/// a folder added, is counted by <see cref="FontLibrary.Generation"/>, which each key reads).
/// </summary>
public sealed record TextSettings(
    FontLibrary Fonts,
    Shaper Shaper,
    ILineBreaker Breaker,
    string Language,
    ValueList<string> FallbackFamilies,
    bool Hyphenate,
    ValueList<KeyValuePair<WritingScript, double>> ScriptScales)
{
    /// <param name="scriptScales">null: no script is set at a size of its own.</param>
    public static TextSettings Of(FontLibrary fonts, Shaper shaper, ILineBreaker breaker, string language, IReadOnlyList<string> fallbackFamilies, bool hyphenate,
        IReadOnlyDictionary<WritingScript, double>? scriptScales) =>
        new(fonts, shaper, breaker, language, new ValueList<string>(fallbackFamilies), hyphenate,
            new ValueList<KeyValuePair<WritingScript, double>>((scriptScales ?? new Dictionary<WritingScript, double>()).OrderBy(s => s.Key)));
}

/// <summary>
/// What a paragraph's setting depends on, whole: the engine's settings, the fonts the library held, the
/// spans (text, style with resolved font spec, colour, role, rise, source location, link) and the format
/// (measure, first-line indent, alignment, hyphenation, language, leading, hyphen limit, display, the
/// line that must not end hyphenated). Whatever else a paragraph's lines depend on in composition — a
/// float beside it narrowing the measure, the indent after a heading, a poster's trial size — reaches
/// the text engine only through these, so it is in the key too.
/// </summary>
internal sealed record ParagraphKey(TextSettings Settings, int FontGeneration, ValueList<StyledSpan> Spans, ParagraphFormat Format);
