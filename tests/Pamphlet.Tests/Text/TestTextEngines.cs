using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Text;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Paragraphs;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.Text;

/// <summary>
/// A text engine with no layout or document behind it, as the text engine's own tests build one: the
/// bundled fonts, a fresh shaper and line breaker, messages kept by the test or thrown away.
/// </summary>
internal static class TestTextEngines
{
    /// <summary>The bundled fonts, shared by these tests: a library is thread-safe, and none of them adds a folder to it.</summary>
    public static FontLibrary BundledFonts { get; } = new([FontLibrary.BundledFolder]);

    public static TextEngine Create(string language, IReadOnlyList<string>? fallback = null, bool hyphenate = true, FontLibrary? fonts = null,
        IReadOnlyDictionary<WritingScript, double>? scriptScales = null, ParagraphAnalyses? analyses = null) =>
        new(fonts ?? BundledFonts, new Shaper(), new KnuthPlassBreaker(), language, fallback ?? [], hyphenate, new DiagnosticBag(), new MissingGlyphs(),
            scriptScales, analyses: analyses);
}
