using System.Text;
using System.Text.RegularExpressions;
using Pamphlet.Documents.Model;

namespace Pamphlet.Documents.Markdown;

/// <summary>
/// A footnote reference whose note does not exist stays in the text as typed ("[^2]"): Markdig reads
/// it as plain text. This finds such references in a block's drafts and warns at each one, so the
/// author learns of the missing note instead of finding the brackets in print.
/// </summary>
internal static partial class MissingNotes
{
    public static void Report(List<InlineDraft> drafts, ReaderContext context)
    {
        var text = new StringBuilder();
        var owners = new List<(int Start, TextDraft Draft)>();
        Collect(drafts, text, owners);
        foreach (Match match in Reference().Matches(text.ToString()))
        {
            var label = match.Groups["label"].Value;
            // The caret's own draft: Markdig puts a lone "[" on line 0.
            var at = OwnerOf(owners, match.Index + 1).Location;
            if (match.Groups["definition"].Success && match.Index == 0)
            {
                context.Diagnostics.Warn(at, MisplacedNote("^" + label));
            }
            else
            {
                context.Diagnostics.Warn(at,
                    $"[^{label}] refers to a note that is not there; it is printed as written. Add the note on a line of its own at the " +
                    $"top level of the statement: [^{label}]: the text of the note");
            }
        }
    }

    /// <summary>
    /// Said at a note's text written inside a quote, list or ::: block: Markdig reads it there as
    /// plain text or as a link definition, never as a note.
    /// </summary>
    public static string MisplacedNote(string label) =>
        $"the note text [{label}]: is only read at the top level of the statement, not inside a quote, list or ::: block; " +
        "here it is printed as written (or as a link). Move the line out, unindented, after a blank line";

    /// <summary>
    /// The prose text of the drafts (code and escaped characters are not references), and where each draft's
    /// piece of it starts (<paramref name="owners"/>, in order): one entry a piece, not a character, as every
    /// paragraph of a statement passes through here.
    /// </summary>
    private static void Collect(List<InlineDraft> drafts, StringBuilder text, List<(int Start, TextDraft Draft)> owners)
    {
        foreach (var draft in drafts)
        {
            switch (draft)
            {
                case TextDraft { Verbatim: false } prose:
                    if (prose.Text.Length > 0) owners.Add((text.Length, prose));
                    text.Append(prose.Text);
                    break;
                case LinkDraft link:
                    Collect(link.Content, text, owners);
                    break;
                default:
                    // Anything else interrupts a reference: "[^" and "]" must be in one stretch of prose.
                    owners.Add((text.Length, owners.Count > 0 ? owners[^1].Draft : new TextDraft(draft.Location, "", InlineStyle.None, verbatim: true)));
                    text.Append('\0');
                    break;
            }
        }
    }

    /// <summary>The draft whose piece holds character <paramref name="index"/> of the collected text.</summary>
    private static TextDraft OwnerOf(List<(int Start, TextDraft Draft)> owners, int index)
    {
        var found = owners.BinarySearch((index, null!), Comparer<(int Start, TextDraft Draft)>.Create((a, b) => a.Start.CompareTo(b.Start)));
        return owners[found >= 0 ? found : ~found - 1].Draft;
    }

    [GeneratedRegex(@"\[\^(?<label>[^\]\s\0]+)\](?<definition>:)?")]
    private static partial Regex Reference();
}
