namespace Pamphlet.Pages.Inks;

/// <summary>
/// The common risograph inks, by the names on the manufacturers' and shops' ink charts. Looks are the
/// charts' screen colours converted naively to CMYK: close enough to preview which drum prints what,
/// never a proof. Names are matched without case, spaces or hyphens ("bright red", "bright-red", "BrightRed").
/// </summary>
public static class RisoInks
{
    /// <summary>Every ink the tool knows, in the order `pamphlet inks` lists them.</summary>
    public static IReadOnlyList<RisoInk> All { get; } =
    [
        Ink("Black", 0x000000),
        Ink("Red", 0xFF665E),
        Ink("Bright Red", 0xF15060),
        Ink("Scarlet", 0xF65058),
        Ink("Crimson", 0xE45D50),
        Ink("Burgundy", 0x914E72),
        Ink("Blue", 0x0078BF),
        Ink("Medium Blue", 0x3255A4),
        Ink("Federal Blue", 0x3D5588),
        Ink("Aqua", 0x5EC8E5),
        Ink("Yellow", 0xFFE800),
        Ink("Fluorescent Pink", 0xFF48B0),
        Ink("Fluorescent Orange", 0xFF7477),
        Ink("Orange", 0xFF6C2F),
        Ink("Green", 0x00A95C),
        Ink("Hunter Green", 0x407060),
        Ink("Teal", 0x00838A),
        Ink("Purple", 0x765BA7),
        Ink("Violet", 0x9D7AD2),
        Ink("Brown", 0x925F52),
        Ink("Flat Gold", 0xBB8B41),
        Ink("Gray", 0x928D88),
    ];

    /// <summary>The ink called <paramref name="name"/> (any case, spaces or hyphens), or null.</summary>
    public static RisoInk? Find(string name)
    {
        var key = KeyOf(name);
        return All.FirstOrDefault(ink => ink.Key == key);
    }

    /// <summary>Lower case with single hyphens between words: the one spelling inks are compared in.</summary>
    public static string KeyOf(string name) =>
        string.Join('-', name.ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries));

    private static RisoInk Ink(string name, int rgb)
    {
        var (r, g, b) = ((rgb >> 16 & 0xFF) / 255.0, (rgb >> 8 & 0xFF) / 255.0, (rgb & 0xFF) / 255.0);
        var k = 1 - Math.Max(r, Math.Max(g, b));
        var look = k >= 1
            ? Color.Cmyk(0, 0, 0, 1)
            : Color.Cmyk((1 - r - k) / (1 - k), (1 - g - k) / (1 - k), (1 - b - k) / (1 - k), k);
        return new RisoInk(name, look);
    }
}
