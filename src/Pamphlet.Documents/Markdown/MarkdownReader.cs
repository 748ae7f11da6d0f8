using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Pamphlet.Documents.TextFiles;
using Md = Markdig.Syntax;

namespace Pamphlet.Documents.Markdown;

/// <summary>Reads a statement written in Markdown into a <see cref="Document"/>.</summary>
public static partial class MarkdownReader
{
    /// <summary>
    /// Built once: a Markdig pipeline is immutable and safe to share. Extensions: YAML front matter,
    /// "::: name" fenced divs, "{...}" attributes, pipe tables (only so they can be reported),
    /// footnotes (set as endnotes), and precise source locations so inlines know their line and column.
    /// </summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseCustomContainers()
        .UseGenericAttributes()
        .UsePipeTables()
        .UseFootnotes()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Reads and parses the file at <paramref name="path"/>; locations name the path as given.</summary>
    public static Document Read(string path)
    {
        return Parse(TextFileReader.Read(path, TextFileKind.Statement), path);
    }

    /// <summary>
    /// Parses Markdown text (a leading byte order mark is skipped; CR LF and CR end lines as LF
    /// does). <paramref name="sourcePath"/> names the source in locations and is the
    /// base for relative image paths. Warnings land in <see cref="Document.Warnings"/>; errors throw
    /// one <see cref="PamphletException"/> carrying all of them.
    /// </summary>
    public static Document Parse(string markdown, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(sourcePath);
        markdown = LineEndings.ToLineFeeds(markdown.TrimStart('\uFEFF'));
        var diagnostics = new DiagnosticBag();
        var syntax = ParseSyntax(markdown, sourcePath);

        var frontMatter = ReadFrontMatter(syntax, markdown, sourcePath, diagnostics);
        var quotes = QuoteMarks.ForLanguage(frontMatter.Lang);
        frontMatter = Punctuated(frontMatter, quotes);
        var context = new ReaderContext(sourcePath, quotes, diagnostics, new SourceLines(markdown));
        var converter = new BlockConverter(context);

        var titleHeading = frontMatter.Title is null
            ? syntax.OfType<Md.HeadingBlock>().FirstOrDefault(heading => heading.Level == 1)
            : null;
        var title = frontMatter.Title is { } titleText
            ? [new TextRun(new SourceLocation(sourcePath, frontMatter.LineOf("title")), titleText, InlineStyle.None)]
            : titleHeading is not null
                ? converter.Inlines.ConvertFinished(titleHeading.Inline)
                : FileNameTitle(sourcePath);

        var blocks = new List<Block>();
        // Images in the title heading cannot stand on the cover: they open the text as figures.
        converter.AppendDisplacedFigures(blocks);
        foreach (var block in syntax)
        {
            if (!ReferenceEquals(block, titleHeading))
            {
                converter.Convert(block, blocks);
            }
        }

        if (new EndnoteReader(context, converter).Read(syntax, frontMatter.Lang) is { } endnotes)
        {
            EndnoteReader.Insert(blocks, endnotes);
        }

        diagnostics.ThrowIfErrors();
        return new Document(sourcePath, frontMatter, title, blocks, diagnostics.Items.ToList());
    }

    /// <summary>
    /// Markdig's own parse. It refuses input nested 128 levels deep with an <see cref="ArgumentException"/>
    /// (the only one it throws for input): that is the user's to fix, at the deepest line we can find.
    /// </summary>
    private static Md.MarkdownDocument ParseSyntax(string text, string sourcePath)
    {
        try
        {
            return Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            var (line, message) = NestingLimit.WhereMarkdigGaveUp(text);
            throw new PamphletException(new SourceLocation(sourcePath, line), message);
        }
    }

    private static FrontMatter ReadFrontMatter(
        Md.MarkdownDocument syntax, string markdown, string sourcePath, DiagnosticBag diagnostics)
    {
        if (syntax.OfType<YamlFrontMatterBlock>().FirstOrDefault() is not { } block)
        {
            ReportUnclosedFrontMatter(markdown, sourcePath, diagnostics);
            return FrontMatter.Empty;
        }

        var openingLine = block.Line + 1;
        var reader = new FrontMatterReader(sourcePath, diagnostics, openingLine);
        return reader.Read(YamlBetweenFences(markdown, block));
    }

    /// <summary>The YAML text: the block's source without its opening and closing fence lines.</summary>
    private static string YamlBetweenFences(string markdown, YamlFrontMatterBlock block)
    {
        var lines = markdown.Substring(block.Span.Start, block.Span.Length).Split('\n');
        return string.Join('\n', lines.Skip(1).Take(Math.Max(0, lines.Length - 2)));
    }

    /// <summary>
    /// Without a closing "---", Markdig silently reads front matter as a rule and a paragraph; an
    /// opening "---" followed by a "key: value" line is almost surely unclosed front matter.
    /// </summary>
    private static void ReportUnclosedFrontMatter(string markdown, string sourcePath, DiagnosticBag diagnostics)
    {
        var lines = markdown.Split('\n', 3);
        if (lines.Length >= 2 && lines[0].TrimEnd() == "---" && KeyValueLine().IsMatch(lines[1]))
        {
            diagnostics.Error(new SourceLocation(sourcePath, 1),
                $"the front matter has no closing `---` line; add one after the last `key: value` line ({FrontMatterReader.FormatHint})");
        }
    }

    /// <summary>Title, subtitle and author are typeset, so they get the same punctuation as the text.</summary>
    private static FrontMatter Punctuated(FrontMatter frontMatter, QuoteMarks quotes) => frontMatter with
    {
        Title = Punctuate(frontMatter.Title, quotes),
        Subtitle = Punctuate(frontMatter.Subtitle, quotes),
        Author = Punctuate(frontMatter.Author, quotes),
    };

    private static string? Punctuate(string? text, QuoteMarks quotes) =>
        text is null ? null : SmartPunctuation.Apply(text, quotes);

    /// <summary>A statement with no title at all is called by its file name, as the author named it.</summary>
    private static IReadOnlyList<Inline> FileNameTitle(string sourcePath) =>
        [new TextRun(SourceLocation.None(sourcePath), Path.GetFileNameWithoutExtension(sourcePath), InlineStyle.None)];

    [GeneratedRegex(@"^\s*[A-Za-z_][\w-]*\s*:(\s|$)")]
    private static partial Regex KeyValueLine();
}
