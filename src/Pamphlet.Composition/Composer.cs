using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Flow;
using Pamphlet.Composition.Furniture;
using Pamphlet.Composition.Text;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Paragraphs;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Composition;

/// <summary>What composing one document with one layout produced.</summary>
public sealed record CompositionResult(PagedDocument Document, IReadOnlyList<Diagnostic> Warnings);

/// <summary>
/// Composes a document with a layout into pages: blocks → flow blocks → paginated columns, then the
/// cover and page furniture. Reads the layout and fonts; never draws. One Composer (with its font
/// library and shaping cache) can serve many builds, in parallel.
/// </summary>
public sealed class Composer(FontLibrary fonts, Shaper shaper, ILineBreaker breaker)
{
    public Composer(FontLibrary fonts) : this(fonts, new Shaper(), new KnuthPlassBreaker()) { }

    /// <summary>
    /// Paragraphs set by this composer's builds, kept for the builds that follow (a watch's rebuilds,
    /// with their fitting steps and poster trial sizes), once <see cref="KeepParagraphs"/> was called;
    /// null before. Whoever drives the builds calls <see cref="EndBuild"/> after each.
    /// </summary>
    public ParagraphCache? Paragraphs { get; private set; }

    /// <summary>
    /// Keeps set paragraphs from now on, for a composer that will build the same statement again. Not
    /// for a single build: within one, hardly a paragraph is set twice the same way (each fitting step
    /// sets the body at another size), and keeping them all raised a fit4 build's peak memory by a third.
    /// Call before builds start.
    /// </summary>
    public void KeepParagraphs() => Paragraphs ??= new ParagraphCache();

    /// <summary>Ends one build of the statement (all its layouts): settings unused lately are let go (see <see cref="ParagraphCache.Sweep"/>).</summary>
    public void EndBuild() => Paragraphs?.Sweep();

    public static string CreatorName { get; } = $"Pamphlet {typeof(Composer).Assembly.GetName().Version?.ToString(3) ?? "0"}";

    /// <param name="pages">A page count to land on; null: the layout's own <c>fitting: pages:</c>, if any. Posters and cards are always one page.</param>
    public CompositionResult Compose(Document document, LayoutDefinition layout, PageTarget? pages = null)
    {
        if (layout.Fonts.Folder is { } folder) fonts.AddFolder(folder);
        FamilyCheck.Check(layout, fonts);
        var target = layout.Kind == LayoutKind.Pamphlet ? pages ?? layout.Fitting?.Pages : null;
        var fit = target is { } count ? FitPages(document, layout, count) : null;
        // The fitted layout is bound again from its file with the fitted values, so em lengths follow the body size.
        if (fit is not null) layout = fit.Layout;
        var context = new CompositionContext(document, layout, fonts, shaper, breaker, cache: Paragraphs);
        if (fit?.Note is { } note) context.Diagnostics.Warn(FittingLocation(document), note);
        List<Page> composed = layout.HasRegions ? [new Poster.PosterComposer(context).Compose()] : ComposePamphlet(document, layout, context);
        if (layout.Kind == LayoutKind.Card) Poster.CardText.CheckLegible(composed[0], layout);

        if (context.Missing.Any) context.Diagnostics.Add(context.Missing.ToDiagnostic());
        context.Diagnostics.ThrowIfErrors();

        var fm = document.FrontMatter;
        var info = new DocumentInfo(document.TitleText, fm.Author, fm.Subtitle, fm.Lang, CreatorName,
            fm.Date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
        return new CompositionResult(new PagedDocument(info, composed) { Structure = context.Structure }, [.. document.Warnings, .. context.Diagnostics.Items]);
    }

    internal Fitting.PageCountFitter.Fit FitPages(Document document, LayoutDefinition layout, PageTarget target)
    {
        // The steps share what setting a paragraph finds out whatever its size; the build at the chosen step works it out again.
        var trial = new CompositionContext(document, layout, fonts, shaper, breaker, cache: Paragraphs, analyses: new ParagraphAnalyses());
        var fitter = new Fitting.PageCountFitter(l => ComposePamphlet(document, l, trial.With(l, trial: true)));
        return fitter.FitTo(layout, target, FittingLocation(document), WordCount(document));
    }

    /// <summary>Page-count messages point at the front matter, where a statement's settings live.</summary>
    private static SourceLocation FittingLocation(Document document) => new(document.SourcePath, Math.Max(1, document.FrontMatter.Line));

    /// <summary>Words in the statement's paragraphs, wherever they are nested, for "remove ≈ N words" advice.</summary>
    private static int WordCount(Document document) =>
        BlockTree.Descendants(document.Blocks).OfType<Paragraph>()
            .Sum(p => Inline.PlainText(p.Content).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);

    /// <summary>
    /// The body's baseline grid, when its paragraphs keep to one: indented paragraphs, or a paragraph space
    /// of whole lines. A layout that spaces paragraphs by part of a line has chosen that rhythm instead
    /// (snapping would turn each space into a whole line): no grid.
    /// </summary>
    private static BaselineGrid? Grid(LayoutDefinition layout, CompositionContext context)
    {
        var body = layout.Styles.Body;
        var pitch = context.Text.Pitch(body);
        var space = layout.Text.Separation == ParagraphSeparation.Indent ? body.SpaceBefore : Math.Max(body.SpaceBefore, layout.Text.ParagraphSpace);
        var wholeLines = Math.Abs(space / pitch - Math.Round(space / pitch)) < 0.01;
        return wholeLines ? BodyGrid(layout, context) : null;
    }

    /// <summary>The grid of the body's lines: its leading, the first baseline where a body line sits in its frame.</summary>
    internal static BaselineGrid BodyGrid(LayoutDefinition layout, CompositionContext context) =>
        new(context.Text.Pitch(layout.Styles.Body), context.Text.BaselineOffset(layout.Styles.Body));

    /// <summary>Flows the statement over pages: blocks → flow blocks → columns, then cover and furniture.</summary>
    private static List<Page> ComposePamphlet(Document document, LayoutDefinition layout, CompositionContext context)
    {
        var geometry = new PageGeometry(layout.Page, context.RightToLeft);

        var flow = new BlockComposer(context).Compose(document.Blocks, layout.Page.ColumnWidth);
        var firstBodyPage = layout.Cover.Enabled ? 2 : 1;
        var paginator = new Paginator(index => geometry.Columns(firstBodyPage + index), Grid(layout, context));
        var result = paginator.Paginate(flow);
        foreach (var block in result.Cut)
        {
            context.Diagnostics.Warn(block.Location ?? new SourceLocation(document.SourcePath, 0),
                $"this {block.Role} is taller than a whole page, so it was split between its lines across pages; shorten it or use a layout with a larger page.");
        }
        foreach (var block in result.Overflowing)
        {
            context.Diagnostics.Warn(block.Location ?? new SourceLocation(document.SourcePath, 0),
                $"this {block.Role} is taller than a whole page and runs past the bottom margin; shorten it or use a layout with a larger page.");
        }

        var pages = new List<Page>();
        if (layout.Cover.Enabled) pages.Add(new CoverComposer(context, geometry).Compose());
        var furniture = new FurnitureComposer(context, geometry);
        for (var i = 0; i < result.Pages.Count; i++)
        {
            var number = firstBodyPage + i;
            pages.Add(new Page(number, geometry.Size, [.. result.Pages[i], .. furniture.Compose(number)]) { Folio = furniture.FolioOf(number) });
        }
        return pages;
    }
}
