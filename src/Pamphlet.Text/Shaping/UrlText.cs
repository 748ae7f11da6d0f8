namespace Pamphlet.Text.Shaping;

/// <summary>Text that is a web address or an e-mail address, which line breaking must keep typeable.</summary>
public static class UrlText
{
    /// <summary>
    /// A scheme ("https://"), a leading "www.", an "@" with a dot, or a host name with a path
    /// ("local4811.example/strike-vote": a dot and two or more letters before the first slash): an address, not a word.
    /// </summary>
    public static bool LooksLikeAddress(string text) =>
        text.Contains("://", StringComparison.Ordinal)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (text.Contains('@') && text.Contains('.'))
        || IsHostWithPath(text);

    private static bool IsHostWithPath(string text)
    {
        var slash = text.IndexOf('/');
        if (slash <= 0) return false;
        var host = text.AsSpan(0, slash);
        var dot = host.LastIndexOf('.');
        if (dot <= 0) return false;
        var topLevel = host[(dot + 1)..];
        foreach (var c in topLevel)
        {
            if (!char.IsAsciiLetter(c)) return false;
        }

        return topLevel.Length >= 2;
    }
}
