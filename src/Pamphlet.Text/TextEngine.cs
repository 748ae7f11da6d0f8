using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
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
    private readonly DiagnosticBag diagnostics;
    private readonly MissingGlyphs missing;
    private readonly ParagraphCache? cache;

    /// <param name="fallbackFamilies">Families tried, in order, for characters the style's font lacks.</param>
    /// <param name="hyphenate">Whether words may be hyphenated at all (a layout can switch it off).</param>
    /// <param name="scriptScales">Scripts set at a factor of their style's size (<see cref="Pamphlet.Layouts.Model.FontSetup.ScriptScales"/>); null: none.</param>
    /// <param name="cache">Settings kept from earlier builds by the same engine; null: every paragraph is set.</param>
    /// <param name="analyses">What a page-count search keeps across its trial steps (see <see cref="ParagraphAnalyses"/>); null outside one.</param>
    public TextEngine(FontLibrary fonts, Shaper shaper, ILineBreaker breaker, string language, IReadOnlyList<string> fallbackFamilies, bool hyphenate,
        DiagnosticBag diagnostics, MissingGlyphs missing, IReadOnlyDictionary<Pamphlet.Layouts.Model.WritingScript, double>? scriptScales = null, ParagraphCache? cache = null,
        ParagraphAnalyses? analyses = null)
        : this(TextSettings.Of(fonts, shaper, breaker, language, fallbackFamilies, hyphenate, scriptScales), diagnostics, missing, cache, analyses)
    {
    }

    /// <summary>An engine made from <paramref name="settings"/> alone (what a cached setting is looked up by), reporting into <paramref name="diagnostics"/> and <paramref name="missing"/>.</summary>
    public TextEngine(TextSettings settings, DiagnosticBag diagnostics, MissingGlyphs missing, ParagraphCache? cache = null, ParagraphAnalyses? analyses = null)
    {
        Settings = settings;
        this.diagnostics = diagnostics;
        this.missing = missing;
        this.cache = cache;
        Language = settings.Language;
        RightToLeft = BidiLevels.IsRightToLeftLanguage(settings.Language);
        var splitter = new FontRunSplitter(settings.Fonts, settings.FallbackFamilies.Items, missing, settings.Language);
        scriptSizes = settings.ScriptScales.Items.Count == 0 ? null : new ScriptSizes(settings.ScriptScales.Items.ToDictionary(), settings.Language);
        // Probing which face sets the language's letters must not report a missing glyph of its own.
        probeSplitter = new FontRunSplitter(settings.Fonts, settings.FallbackFamilies.Items, new MissingGlyphs(), settings.Language);
        setter = new ParagraphSetter(settings.Shaper, splitter, BreakRules.For(settings.Language, settings.Hyphenate), settings.Breaker, analyses);
    }

    /// <summary>What decides how this engine sets a paragraph, besides the paragraph itself.</summary>
    public TextSettings Settings { get; }

    /// <summary>The language tag the engine sets (hyphenation, break rules, bidi direction, function words).</summary>
    public string Language { get; }

    /// <summary>The language is written right to left (Arabic, Hebrew, Persian…): paragraphs start on the right.</summary>
    public bool RightToLeft { get; }

    /// <summary>Sets a paragraph, reporting words too long for the measure as warnings.</summary>
    public IReadOnlyList<SetLine> Set(IReadOnlyList<StyledSpan> spans, ParagraphFormat format)
    {
        var setting = Setting(spans, format);
        foreach (var (at, message) in setting.CutWordWarnings) diagnostics.Warn(at, message);
        return setting.Lines;
    }

    /// <summary>
    /// Sets a paragraph as a trial (copyfitting, poster sizes): reports nothing, and is false when a word
    /// had to be cut or a line is overfull, which a trial treats as not fitting.
    /// </summary>
    public bool TrySet(IReadOnlyList<StyledSpan> spans, ParagraphFormat format, out IReadOnlyList<SetLine> lines)
    {
        var setting = Setting(spans, format);
        lines = setting.Lines;
        return setting.Whole;
    }

    /// <summary>
    /// The paragraph's setting: from the cache when this engine's settings set the same spans in the same
    /// format before, else set now (and kept, unless it reported a character no font has: that report
    /// belongs to each build that sets the paragraph).
    /// </summary>
    private ParagraphSetting Setting(IReadOnlyList<StyledSpan> spans, ParagraphFormat format)
    {
        if (cache is null) return setter.Set(Sized(spans), format);
        var key = new ParagraphKey(Settings, Settings.Fonts.Generation, new ValueList<StyledSpan>(spans), format);
        if (cache.TryGet(key, out var known)) return known;
        var reported = missing.Reports;
        var setting = setter.Set(Sized(spans), format);
        // A font folder added meanwhile (another build, at the same time) may have changed what was set.
        if (missing.Reports == reported && Settings.Fonts.Generation == key.FontGeneration) cache.Add(key, setting);
        return setting;
    }

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
