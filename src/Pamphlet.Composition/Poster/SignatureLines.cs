using Pamphlet.Documents.Model;

namespace Pamphlet.Composition.Poster;

/// <summary>
/// A signature's lines (hard line breaks, or paragraphs) run on as one: "Alder Brook Neighbourhood Coalition /
/// Brookside, 14 March 2026" becomes "Alder Brook Neighbourhood Coalition, Brookside, 14 March 2026". A
/// footer too short for the lines as written shows who signs this way rather than not at all.
/// </summary>
internal static class SignatureLines
{
    /// <summary>The languages whose comma is the Arabic one (U+060C): Arabic, Persian, Urdu, Pashto, Sindhi, Uyghur, Kurdish (Sorani).</summary>
    private static readonly HashSet<string> ArabicCommaLanguages = new(StringComparer.OrdinalIgnoreCase) { "ar", "fa", "ur", "ps", "sd", "ug", "ckb" };

    /// <summary>Marks after which a line needs no comma to run on: it already ends with a pause.</summary>
    private static readonly char[] Pauses = [',', '.', ';', ':', '!', '?', '\u060C', '\u061B', '\u061F', '\u2013', '\u2014'];

    /// <summary>The signature as one paragraph, its lines separated by the language's comma; null when it has one line (or holds more than paragraphs).</summary>
    public static Signature? OnOneLine(Signature signature, string language)
    {
        if (signature.Blocks.Count == 0 || !signature.Blocks.All(b => b is Paragraph)) return null;
        var lines = new List<List<Inline>>();
        foreach (var paragraph in signature.Blocks.Cast<Paragraph>())
        {
            lines.Add([]);
            foreach (var inline in paragraph.Content)
            {
                if (inline is LineBreak) lines.Add([]);
                else lines[^1].Add(inline);
            }
        }
        lines.RemoveAll(l => string.IsNullOrWhiteSpace(Inline.PlainText(l)));
        if (lines.Count < 2) return null;

        var comma = ArabicCommaLanguages.Contains(language.Split('-')[0]) ? "\u060C" : ",";
        var joined = new List<Inline>(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            var before = Inline.PlainText(joined).TrimEnd();
            var at = line[0].Location;
            joined.Add(new TextRun(at, before.Length > 0 && Pauses.Contains(before[^1]) ? " " : comma + " ", InlineStyle.None));
            joined.AddRange(line);
        }
        return signature with { Blocks = [new Paragraph(signature.Blocks[0].Location, joined)] };
    }
}
