using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Block = Pamphlet.Documents.Model.Block;
using Md = Markdig.Syntax;

namespace Pamphlet.Documents.Markdown;

/// <summary>
/// Footnotes (<c>[^label]</c> in the text, <c>[^label]: text</c> at the top level) become endnotes:
/// numbered in the order of their first reference, as Markdig numbers them. A note nothing refers to
/// is still printed, numbered after the others, with a warning: dropping it would lose the author's
/// words, and the warning says to refer to it or delete it.
/// </summary>
internal sealed class EndnoteReader(ReaderContext context, BlockConverter converter)
{
    public Endnotes? Read(Md.MarkdownDocument syntax, string language)
    {
        var referenced = syntax.OfType<FootnoteGroup>().SelectMany(group => group.OfType<Footnote>()).OrderBy(note => note.Order).ToList();
        var unreferenced = syntax.Descendants<FootnoteLinkReferenceDefinition>()
            .Select(definition => definition.Footnote)
            .Where(note => note.Order < 0)
            .Distinct()
            .OrderBy(note => note.Line)
            .ToList();
        if (referenced.Count + unreferenced.Count == 0)
        {
            return null;
        }

        var notes = new List<Endnote>();
        foreach (var note in referenced)
        {
            notes.Add(new Endnote(context.LineOf(note), note.Order, converter.ConvertNested(note)));
        }

        foreach (var note in unreferenced)
        {
            var number = notes.Count + 1;
            var at = context.LineOf(note);
            var first = referenced.FirstOrDefault(other => other.Label == note.Label);
            context.Diagnostics.Warn(at, first is not null
                ? string.Create(CultureInfo.InvariantCulture,
                    $"a second note labelled [{note.Label}]: references to it go to the first one (line {context.LineOf(first).Line}); " +
                    $"this one is printed last among the notes, as note {number}. Give it a label of its own")
                : string.Create(CultureInfo.InvariantCulture,
                    $"nothing in the text refers to the note [{note.Label}]; it is printed last among the notes, as note {number}. " +
                    $"Put [{note.Label}] in the text where it belongs, or delete the note"));
            notes.Add(new Endnote(at, number, converter.ConvertNested(note)));
        }

        var location = notes[0].Location;
        IReadOnlyList<Inline> heading = [new TextRun(location, EndnoteHeading.ForLanguage(language), InlineStyle.None)];
        return new Endnotes(location, heading, notes);
    }

    /// <summary>
    /// Where the endnotes go: before the closing — the last signature and any slogans right before
    /// it — so the statement still ends with its signature; at the end when there is no signature.
    /// </summary>
    public static void Insert(List<Block> blocks, Endnotes notes)
    {
        var at = blocks.FindLastIndex(block => block is Signature);
        if (at < 0)
        {
            blocks.Add(notes);
            return;
        }

        while (at > 0 && blocks[at - 1] is Slogan)
        {
            at--;
        }

        blocks.Insert(at, notes);
    }
}
