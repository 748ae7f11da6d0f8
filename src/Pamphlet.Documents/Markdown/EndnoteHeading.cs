using Pamphlet.Documents.Model;
namespace Pamphlet.Documents.Markdown;

/// <summary>The heading over the endnotes in the statement's language; English for languages not listed.</summary>
internal static class EndnoteHeading
{
    private static readonly Dictionary<string, string> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "Notes",
        ["es"] = "Notas",
        ["pt"] = "Notas",
        ["fr"] = "Notes",
        ["de"] = "Anmerkungen",
        ["it"] = "Note",
        ["ar"] = "الهوامش",
        ["he"] = "הערות",
    };

    /// <summary>Looked up by the primary language subtag of a BCP 47 tag ("de-CH" → "de").</summary>
    public static string ForLanguage(string? languageTag)
    {
        var tag = (languageTag ?? string.Empty).Trim().Replace('_', '-');
        var dash = tag.IndexOf('-');
        var primary = dash < 0 ? tag : tag[..dash];
        return ByLanguage.GetValueOrDefault(primary) ?? ByLanguage["en"];
    }
}
