using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Composition.Text;

/// <summary>
/// Turns a block's inline tree into a flat list of styled spans: emphasis and strong become italic
/// and bold faces of the block's font, links print their text followed by the URL in small type
/// (unless the text already is the URL), note references become small raised numbers, and
/// uppercase styles are applied here, before shaping.
/// </summary>
/// <param name="noteReferences">How note references look; null leaves them out (posters have no endnotes).</param>
internal sealed class InlineFlattener(TextStyle linkUrlStyle, EndnotesStyle? noteReferences)
{
    public List<StyledSpan> Flatten(IReadOnlyList<Inline> inlines, TextStyle style, string role)
    {
        var spans = new List<StyledSpan>();
        Append(inlines, SpanStyle.From(style, role), style.Uppercase, null, spans);
        return spans;
    }

    public static List<StyledSpan> FlattenText(string text, TextStyle style, string role, Pamphlet.Documents.Diagnostics.SourceLocation at) =>
        [new StyledSpan(style.Uppercase ? text.ToUpperInvariant() : text, SpanStyle.From(style, role), at)];

    private void Append(IReadOnlyList<Inline> inlines, SpanStyle style, bool uppercase, Link? link, List<StyledSpan> into)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    var runStyle = Apply(style, run.Style);
                    var text = uppercase ? run.Text.ToUpperInvariant() : run.Text;
                    into.Add(new StyledSpan(text, runStyle, run.Location, link?.Url, IsUrl: link is not null && UrlText.LooksLikeAddress(run.Text)) { LinkLocation = link?.Location });
                    break;
                case LineBreak br:
                    into.Add(new StyledSpan(StyledSpan.ForcedBreak, style, br.Location));
                    break;
                case NoteReference note when noteReferences is { } notes:
                    into.Add(new StyledSpan(note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), NoteReference(style, notes), note.Location, link?.Url)
                    {
                        LinkLocation = link?.Location,
                    });
                    break;
                case Link l:
                    Append(l.Content, style, uppercase, l, into);
                    if (!SameAddress(Inline.PlainText(l.Content), l.Url))
                    {
                        var urlStyle = SpanStyle.From(linkUrlStyle, style.Role) with { Color = linkUrlStyle.Color };
                        into.Add(new StyledSpan(" ", style, l.Location, l.Url) { LinkLocation = l.Location });
                        into.Add(new StyledSpan(PrintableUrl(l.Url), urlStyle, l.Location, l.Url, IsUrl: true) { LinkLocation = l.Location });
                    }
                    break;
            }
        }
    }

    /// <summary>A note reference in the text around it: that text's face, smaller and raised, not hyphenated.</summary>
    private static SpanStyle NoteReference(SpanStyle text, EndnotesStyle notes) => text with
    {
        Font = text.Font with { Size = text.Font.Size * notes.ReferenceSize },
        Rise = text.Font.Size * notes.ReferenceRise,
        Hyphenate = false,
        Role = SpanStyle.NoteReferenceRole,
    };

    /// <summary>Emphasis toggles italic (emphasis inside an italic quote sets upright, as in print); strong sets bold.</summary>
    private static SpanStyle Apply(SpanStyle style, InlineStyle inline)
    {
        var font = style.Font;
        if (inline.HasFlag(InlineStyle.Emphasis)) font = font with { Italic = !font.Italic };
        if (inline.HasFlag(InlineStyle.Strong) && font.Weight < FontWeight.Bold) font = font with { Weight = FontWeight.Bold };
        return style with { Font = font };
    }

    /// <summary>"mailto:" is noise in print; everything else is printed exactly as written so it can be typed in.</summary>
    private static string PrintableUrl(string url) =>
        url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? url["mailto:".Length..] : url;

    internal static bool SameAddress(string text, string url)
    {
        static string Normal(string s) => s.Trim().TrimEnd('/')
            .Replace("mailto:", "", StringComparison.OrdinalIgnoreCase)
            .Replace("https://", "", StringComparison.OrdinalIgnoreCase)
            .Replace("http://", "", StringComparison.OrdinalIgnoreCase)
            .Replace("www.", "", StringComparison.OrdinalIgnoreCase);
        return string.Equals(Normal(text), Normal(url), StringComparison.OrdinalIgnoreCase);
    }
}
