using System.Text;

namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// Turns the charset named on the first line of a Hunspell/LibreOffice <c>hyph_*.dic</c> file
/// ("UTF-8", "ISO8859-1", "ISO8859-15", "KOI8-R", "microsoft-cp1251", ...) into an <see cref="Encoding"/>,
/// so older 8-bit files can be dropped in unconverted.
/// </summary>
internal static class PatternCharset
{
    static PatternCharset()
    {
        // ISO-8859-2..16, KOI8-R and the Windows code pages live in the in-box code-pages provider;
        // only UTF-8, ASCII and Latin-1 are available without it.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The encoding for <paramref name="charsetLine"/>, or null when .NET does not know it.</summary>
    public static Encoding? Resolve(string charsetLine)
    {
        var name = charsetLine.Trim();
        if (name.Length == 0)
        {
            return null;
        }

        // The .dic files write "ISO8859-2" where .NET expects "iso-8859-2".
        if (name.StartsWith("ISO8859", StringComparison.OrdinalIgnoreCase))
        {
            name = "iso-8859" + name["ISO8859".Length..];
        }
        else if (name.StartsWith("microsoft-cp", StringComparison.OrdinalIgnoreCase))
        {
            name = "windows-" + name["microsoft-cp".Length..];
        }

        try
        {
            // Exception fallback: a byte the charset cannot decode means the file is not what it claims.
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
