using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
namespace Pamphlet.Composition.Poster;

/// <summary>How an address is printed where it is read rather than clicked (a card's url line).</summary>
internal static class AddressText
{
    /// <summary>Schemes a reader types without: a browser adds them.</summary>
    private static readonly string[] ImpliedSchemes = ["https://", "http://"];

    /// <summary>
    /// "https://alderbrook.example/" → "alderbrook.example": the scheme and a closing slash say nothing
    /// to a reader and take a fifth of the line. Anything else stays as written.
    /// </summary>
    public static string Short(string url)
    {
        var text = url.Trim();
        foreach (var scheme in ImpliedSchemes)
        {
            if (text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) text = text[scheme.Length..];
        }

        text = text.TrimEnd('/');
        return text.Length > 0 ? text : url.Trim();
    }
}
