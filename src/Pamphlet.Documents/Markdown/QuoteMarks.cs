using Pamphlet.Documents.Model;
namespace Pamphlet.Documents.Markdown;

/// <summary>
/// The quotation marks one language prints for straight quotes. Primary marks replace <c>"</c>,
/// secondary marks replace <c>'</c> when it opens or closes a quotation (an apostrophe is always ’).
/// </summary>
internal sealed record QuoteMarks(string PrimaryOpen, string PrimaryClose, string SecondaryOpen, string SecondaryClose)
{
    /// <summary>U+2019: the apostrophe in every language we set (don’t, l’homme, ’90s).</summary>
    public const string Apostrophe = "\u2019";

    /// <summary>
    /// French sets a narrow no-break space (U+202F) inside guillemets; it must not break away from
    /// the mark, which is why it is the no-break variant.
    /// </summary>
    private const string NarrowNoBreakSpace = "\u202F";

    public static QuoteMarks English { get; } = new("\u201C", "\u201D", "\u2018", "\u2019");

    public static QuoteMarks German { get; } = new("\u201E", "\u201C", "\u201A", "\u2018");

    /// <summary>Swiss German uses guillemets without spaces instead of German low-high quotes.</summary>
    public static QuoteMarks SwissGerman { get; } = new("\u00AB", "\u00BB", "\u2039", "\u203A");

    public static QuoteMarks French { get; } =
        new("\u00AB" + NarrowNoBreakSpace, NarrowNoBreakSpace + "\u00BB", "\u201C", "\u201D");

    /// <summary>Spanish, Portuguese and Italian: guillemets outside, English double quotes inside.</summary>
    public static QuoteMarks Guillemets { get; } = new("\u00AB", "\u00BB", "\u201C", "\u201D");

    /// <summary>
    /// Arabic and Persian print guillemets (publishers' usual style, and what Arabic authors type
    /// themselves); inside them curly marks in CLDR's order for Arabic: ” opens (on the right of a
    /// right-to-left line), “ closes (on its left). The guillemets are mirrored characters: a right-to-left
    /// line draws « as », so the marks point outwards on both sides, as in French.
    /// </summary>
    public static QuoteMarks ArabicScript { get; } = new("\u00AB", "\u00BB", "\u201D", "\u201C");

    /// <summary>
    /// Looked up by full tag first (for regional variants such as de-CH), then by primary language
    /// subtag; case-insensitive as BCP 47 tags are.
    /// </summary>
    private static readonly Dictionary<string, QuoteMarks> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
        ["de"] = German,
        ["de-CH"] = SwissGerman,
        ["fr"] = French,
        ["es"] = Guillemets,
        ["pt"] = Guillemets,
        // Brazilian usage prefers curly double quotes to guillemets.
        ["pt-BR"] = English,
        ["it"] = Guillemets,
        ["ar"] = ArabicScript,
        ["fa"] = ArabicScript,
        // Urdu print uses the English curly marks (CLDR agrees); named so that it is a choice, not a fallback.
        ["ur"] = English,
    };

    /// <summary>The marks for a BCP 47 tag; languages not in the table get English marks.</summary>
    public static QuoteMarks ForLanguage(string? languageTag)
    {
        if (string.IsNullOrWhiteSpace(languageTag))
        {
            return English;
        }

        var tag = languageTag.Trim().Replace('_', '-');
        if (ByLanguage.TryGetValue(tag, out var exact))
        {
            return exact;
        }

        var dash = tag.IndexOf('-');
        var primary = dash < 0 ? tag : tag[..dash];
        return ByLanguage.TryGetValue(primary, out var marks) ? marks : English;
    }
}
