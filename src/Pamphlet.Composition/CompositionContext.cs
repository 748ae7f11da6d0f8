using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Text;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.Hyphenation;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Paragraphs;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Composition;

/// <summary>Everything the block composers share for one document × layout build.</summary>
internal sealed class CompositionContext
{
    public CompositionContext(Document document, LayoutDefinition layout, FontLibrary fonts, Shaper shaper, ILineBreaker breaker,
        DiagnosticBag? diagnostics = null, MissingGlyphs? missing = null, StructureElement? structure = null, ParagraphCache? cache = null,
        ParagraphAnalyses? analyses = null)
    {
        Cache = cache;
        Analyses = analyses;
        Diagnostics = diagnostics ?? new DiagnosticBag();
        Missing = missing ?? new MissingGlyphs();
        Breaker = breaker;
        Document = document;
        Layout = layout;
        Fonts = fonts;
        Shaper = shaper;
        Language = document.FrontMatter.Lang;
        Paragraphs = new TextEngine(fonts, shaper, breaker, Language, layout.Fonts.Fallback, layout.Text.Hyphenate, Diagnostics, Missing,
            layout.Fonts.ScriptScales, cache, analyses);
        RightToLeft = Paragraphs.RightToLeft;
        // Posters and cards show no endnotes, so they show no references to them either.
        Inlines = new InlineFlattener(layout.Styles.LinkUrl, layout.HasRegions ? null : layout.Styles.Endnotes);
        Text = new TextComposer(this);
        Structure = structure ?? new StructureElement(StructureKind.Document, null, 0) { Language = Language, Title = document.TitleText };
    }

    /// <summary>
    /// The root of the document's structure tree: every element composition makes chains up to it.
    /// Contexts made by <see cref="With"/> share it, so a poster's regions hang under one root.
    /// </summary>
    public StructureElement Structure { get; }

    public Document Document { get; }
    public LayoutDefinition Layout { get; }
    public FontLibrary Fonts { get; }
    public Shaper Shaper { get; }
    public string Language { get; }
    public DiagnosticBag Diagnostics { get; }
    public MissingGlyphs Missing { get; }
    public ILineBreaker Breaker { get; }

    /// <summary>Paragraph settings kept by the composer across builds; null: every paragraph is set.</summary>
    public ParagraphCache? Cache { get; }

    /// <summary>What a page-count search keeps across its trial steps (see <see cref="ParagraphAnalyses"/>); null outside one.</summary>
    public ParagraphAnalyses? Analyses { get; }

    /// <summary>
    /// The same document set with another layout (a poster region's scaled styles and width). Shares
    /// this context's messages unless <paramref name="trial"/>: trial settings while fitting report nothing.
    /// </summary>
    public CompositionContext With(LayoutDefinition layout, bool trial) =>
        new(Document, layout, Fonts, Shaper, Breaker, trial ? new DiagnosticBag() : Diagnostics, trial ? new MissingGlyphs() : Missing, Structure, Cache, Analyses);

    /// <summary>Sets this document's paragraphs: composers give it spans and a measure, and place the lines it returns.</summary>
    public TextEngine Paragraphs { get; }
    public InlineFlattener Inlines { get; }
    public TextComposer Text { get; }

    public SourceLocation LayoutLocation => new(Layout.SourcePath, 0);

    /// <summary>Where the front matter gives <paramref name="key"/> (its first line when the key is not written), for messages about that value.</summary>
    public SourceLocation FrontMatterLocation(string key) => new(Document.SourcePath, Document.FrontMatter.LineOf(key));

    /// <summary>
    /// A right-to-left statement (Arabic, Hebrew…): start-side indents, list markers and quote rules
    /// go on the right. (Page binding and folios mirror in imposition; on pages, still to come.)
    /// </summary>
    public bool RightToLeft { get; }

    /// <summary>The x of a start-side position <paramref name="fromStart"/> from the start edge of a frame <paramref name="width"/> wide.</summary>
    public double StartX(double fromStart, double width) => RightToLeft ? width - fromStart : fromStart;
}
