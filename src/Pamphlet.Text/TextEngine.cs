using Pamphlet.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.Hyphenation;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Paragraphs;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Text;

/// <summary>
/// The text engine as composition sees it: sets one paragraph of styled spans into lines at the measure
/// it is given (<see cref="ParagraphFormat.Measure"/>), in one language, with one set of fonts, fallback
/// families and hyphenation. Itemising, shaping, bidi, break rules and line breaking stay behind it;
/// composers only place the lines it returns.
/// </summary>
public sealed class TextEngine
{
    private readonly ParagraphSetter setter;
    private readonly ScriptSizes? scriptSizes;
    private readonly FontRunSplitter probeSplitter;

    /// <param name="fallbackFamilies">Families tried, in order, for characters the style's font lacks.</param>
    /// <param name="hyphenate">Whether words may be hyphenated at all (a layout can switch it off).</param>
    /// <param name="scriptScales">Scripts set at a factor of their style's size (<see cref="Pamphlet.Layouts.FontSetup.ScriptScales"/>); null: none.</param>
    public TextEngine(FontLibrary fonts, Shaper shaper, ILineBreaker breaker, string language, IReadOnlyList<string> fallbackFamilies, bool hyphenate,
        DiagnosticBag diagnostics, MissingGlyphs missing, IReadOnlyDictionary<Pamphlet.Layouts.WritingScript, double>? scriptScales = null)
    {
        Language = language;
        RightToLeft = BidiLevels.IsRightToLeftLanguage(language);
        var splitter = new FontRunSplitter(fonts, fallbackFamilies, missing, language);
        scriptSizes = scriptScales is null ? null : new ScriptSizes(scriptScales, language);
        // Probing which face sets the language's letters must not report a missing glyph of its own.
        probeSplitter = new FontRunSplitter(fonts, fallbackFamilies, new MissingGlyphs(), language);
        setter = new ParagraphSetter(shaper, splitter, BreakRules.For(language, hyphenate), breaker, diagnostics);
    }

    /// <summary>The language tag the engine sets (hyphenation, break rules, bidi direction, function words).</summary>
    public string Language { get; }

    /// <summary>The language is written right to left (Arabic, Hebrew, Persian…): paragraphs start on the right.</summary>
    public bool RightToLeft { get; }

    /// <summary>Sets a paragraph, reporting words too long for the measure as warnings.</summary>
    public IReadOnlyList<SetLine> Set(IReadOnlyList<StyledSpan> spans, ParagraphFormat format) => setter.Set(Sized(spans), format);

    /// <summary>
    /// Sets a paragraph as a trial (copyfitting, poster sizes): reports nothing, and is false when a word
    /// had to be cut or a line is overfull, which a trial treats as not fitting.
    /// </summary>
    public bool TrySet(IReadOnlyList<StyledSpan> spans, ParagraphFormat format, out IReadOnlyList<SetLine> lines) => setter.TrySet(Sized(spans), format, out lines);

    /// <summary>
    /// The ascender and descender, in ems of <paramref name="font"/>'s size, of the face that sets the
    /// language's own letters when text is set in <paramref name="font"/> (a fallback face where the font lacks
    /// them), at the size the layout's per-script scale gives them; null when the language is written in Latin
    /// letters or no face has its letters. Noto Naskh Arabic at 1.2 × the style's size gives a box 2.04 em tall.
    /// </summary>
    public (double Ascender, double Descender)? LanguageLetterBox(FontSpec font)
    {
        if (ScriptItemizer.SampleLetter(Language) is not { } letter) return null;
        var span = new StyledSpan(letter, new SpanStyle(font, Pamphlet.Pages.Color.Black, 0, false, "probe"), SourceLocation.None(""));
        var run = Sized([span]).SelectMany(s => probeSplitter.Split(s)).FirstOrDefault(r => r.Text.Contains(letter, StringComparison.Ordinal));
        if (run is null || !run.Font.Covers(char.ConvertToUtf32(letter, 0))) return null;
        var scale = run.Span.Style.Font.Size / font.Size;
        return (run.Font.Ascender * scale, run.Font.Descender * scale);
    }

    /// <summary>The spans with the layout's per-script sizes applied (see <see cref="ScriptSizes"/>).</summary>
    private IReadOnlyList<StyledSpan> Sized(IReadOnlyList<StyledSpan> spans) => scriptSizes?.Apply(spans) ?? spans;
}
