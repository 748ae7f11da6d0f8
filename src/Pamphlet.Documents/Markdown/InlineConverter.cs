using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Inline = Pamphlet.Documents.Model.Inline;
using MarkdigInline = Markdig.Syntax.Inlines.Inline;

namespace Pamphlet.Documents.Markdown;

/// <summary>
/// Turns Markdig's inline tree into drafts: styled text, links, line breaks and note references.
/// Images cannot sit in a line of text: they are kept aside (<see cref="TakeDisplacedImages"/>) for
/// the block reader to set as figures after the block.
/// </summary>
internal sealed class InlineConverter(ReaderContext context)
{
    public const string RawHtmlWarning = "raw HTML is not supported; it was left out";

    /// <summary>Lines already warned about raw HTML, so "&lt;span&gt;…&lt;/span&gt;" warns once, not twice.</summary>
    private readonly HashSet<int> htmlWarnedLines = [];

    private readonly List<LinkInline> displacedImages = [];

    public List<InlineDraft> Convert(ContainerInline? container)
    {
        var output = new List<InlineDraft>();
        if (container is not null)
        {
            AppendChildren(container, InlineStyle.None, output);
            MissingNotes.Report(output, context);
        }

        return output;
    }

    /// <summary>The images met inside text since the last call, in order; the caller sets them as figures.</summary>
    public List<LinkInline> TakeDisplacedImages()
    {
        var images = displacedImages.ToList();
        displacedImages.Clear();
        return images;
    }

    /// <summary>Drafts punctuated and frozen: what a heading, paragraph or caption holds.</summary>
    public IReadOnlyList<Inline> ConvertFinished(ContainerInline? container)
    {
        var drafts = Convert(container);
        InlineDrafts.Punctuate(drafts, context.Quotes);
        return InlineDrafts.Freeze(drafts);
    }

    private void AppendChildren(ContainerInline container, InlineStyle style, List<InlineDraft> output)
    {
        foreach (var child in container)
        {
            Append(child, style, output);
        }
    }

    private void Append(MarkdigInline inline, InlineStyle style, List<InlineDraft> output)
    {
        var at = context.PositionOf(inline);
        switch (inline)
        {
            case LiteralInline literal:
                AppendLiteral(literal, at, style, output);
                break;
            case CodeInline code:
                output.Add(new TextDraft(at, code.Content, style | InlineStyle.Code, verbatim: true));
                break;
            case EmphasisInline emphasis:
                AppendChildren(emphasis, style | EmphasisStyle(emphasis), output);
                break;
            case LinkInline { IsImage: true } image:
                // An image cannot be placed in a line of text: it becomes a figure after the block.
                displacedImages.Add(image);
                break;
            case FootnoteLink { IsBackLink: true }:
                // The way back from a note to its reference: only links on screen need it.
                break;
            case FootnoteLink note:
                output.Add(new NoteDraft(at, note.Footnote.Order));
                break;
            case LinkInline link:
                var content = new List<InlineDraft>();
                AppendChildren(link, style, content);
                output.Add(new LinkDraft(at, content, link.Url ?? string.Empty));
                break;
            case AutolinkInline autolink:
                var shown = new TextDraft(at, autolink.Url, style, verbatim: true);
                var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                output.Add(new LinkDraft(at, [shown], url));
                break;
            case LineBreakInline lineBreak:
                output.Add(new BreakDraft(at, lineBreak.IsHard));
                break;
            case HtmlEntityInline entity:
                // An entity is how an author asks for one exact character: leave it alone.
                output.Add(new TextDraft(at, entity.Transcoded.ToString(), style, verbatim: true));
                break;
            case HtmlInline:
                if (htmlWarnedLines.Add(at.Line))
                {
                    context.Diagnostics.Warn(at, RawHtmlWarning);
                }

                break;
            case ContainerInline container:
                AppendChildren(container, style, output);
                break;
        }
    }

    private static void AppendLiteral(LiteralInline literal, SourceLocation at, InlineStyle style, List<InlineDraft> output)
    {
        var text = literal.Content.ToString();
        if (text.Length == 0)
        {
            return;
        }

        if (literal.IsFirstCharacterEscaped)
        {
            // "\"" asks for a straight quote: the escaped character is kept as typed.
            output.Add(new TextDraft(at, text[..1], style, verbatim: true));
            text = text[1..];
            at = at with { Column = at.Column + 1 };
            if (text.Length == 0)
            {
                return;
            }
        }

        output.Add(new TextDraft(at, NoBreakSpaces(text), style, verbatim: false));
    }

    /// <summary>
    /// A backslash before a space ("14\ March") asks for a no-break space, as in pandoc. CommonMark escapes
    /// only punctuation, so Markdig leaves the backslash and the space in the text; code spans keep them as typed.
    /// </summary>
    private static string NoBreakSpaces(string text) =>
        text.Contains("\\ ", StringComparison.Ordinal) ? text.Replace("\\ ", "\u00A0", StringComparison.Ordinal) : text;

    /// <summary>One delimiter (* or _) is emphasis, two are strong; Markdig nests them for three.</summary>
    private static InlineStyle EmphasisStyle(EmphasisInline emphasis) =>
        emphasis.DelimiterCount >= 2 ? InlineStyle.Strong : InlineStyle.Emphasis;
}
