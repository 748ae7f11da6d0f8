namespace Pamphlet.Composition.Text;

/// <summary>Text that is a web address or an e-mail address, which line breaking must keep typeable.</summary>
internal static class UrlText
{
    /// <summary>A scheme ("https://"), a leading "www.", or an "@" with a dot: an address, not a word.</summary>
    public static bool LooksLikeAddress(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || (text.Contains('@') && text.Contains('.'));
}
