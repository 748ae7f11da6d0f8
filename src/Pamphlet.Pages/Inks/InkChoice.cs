namespace Pamphlet.Pages.Inks;

/// <summary>What a build prints with.</summary>
public enum InkKind
{
    /// <summary>Screen colours as the layout gives them; black and greys in black ink only (DeviceGray).</summary>
    Color,

    /// <summary>Black only (DeviceGray): photocopiers and laser printers.</summary>
    Black,

    /// <summary>Process CMYK as PDF/X-4, for copy shops and offset printers.</summary>
    Cmyk,

    /// <summary>One to four risograph drums, each a named ink.</summary>
    Riso,
}

/// <summary>
/// The ink a build prints with, as written after <c>--ink</c>, <c>ink:</c> in a layout, the front
/// matter or the manifest: <c>color</c>, <c>black</c>, <c>cmyk</c> or <c>riso:black,red</c>. One
/// parser for all of them.
/// </summary>
public sealed record InkChoice
{
    /// <summary>How many drums a risograph build may use: the largest machines print four colours in one pass.</summary>
    public const int MaxRisoInks = 4;

    private InkChoice(InkKind kind, IReadOnlyList<RisoInk> risoInks)
    {
        Kind = kind;
        RisoInks = risoInks;
    }

    public InkKind Kind { get; }

    /// <summary>The drums in order (the first carries body text), for <see cref="InkKind.Riso"/>; else empty.</summary>
    public IReadOnlyList<RisoInk> RisoInks { get; }

    public static InkChoice Color { get; } = new(InkKind.Color, []);
    public static InkChoice Black { get; } = new(InkKind.Black, []);
    public static InkChoice Cmyk { get; } = new(InkKind.Cmyk, []);

    public static InkChoice Riso(IReadOnlyList<RisoInk> inks)
    {
        if (inks.Count is < 1 or > MaxRisoInks) throw new ArgumentException($"A risograph prints 1 to {MaxRisoInks} inks.", nameof(inks));
        return new InkChoice(InkKind.Riso, [.. inks]);
    }

    /// <summary>The choice as it is written: "color", "black", "cmyk", "riso:black,bright-red".</summary>
    public string Name => Kind switch
    {
        InkKind.Riso => "riso:" + string.Join(',', RisoInks.Select(ink => ink.Key)),
        _ => Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The choices with one line each, for <c>pamphlet inks</c>.</summary>
    public static IReadOnlyList<(string Name, string Description)> Descriptions { get; } =
    [
        ("color", "screen colours as the layout gives them; black text and greys in black ink only (the default)"),
        ("black", "black only, for photocopiers and laser printers: colours become grey tints, photos grey with lifted shadows"),
        ("cmyk", "PDF/X-4 in process CMYK (FOGRA39 coated) for copy shops and offset printers, black text overprinting"),
        ("riso:INK,INK", $"risograph drums (1 to {MaxRisoInks} inks, e.g. riso:black,red); --separations writes one grey master per ink"),
    ];

    /// <summary>
    /// Reads <paramref name="text"/>; on failure <paramref name="error"/> says what is wrong and what
    /// is accepted, in a sentence that fits after "--ink:" or a file and line.
    /// </summary>
    public static bool TryParse(string text, out InkChoice choice, out string error)
    {
        choice = Color;
        error = "";
        var s = text.Trim();
        switch (s.ToLowerInvariant())
        {
            case "color" or "colour": choice = Color; return true;
            case "black" or "mono" or "gray" or "grey": choice = Black; return true;
            case "cmyk" or "pdfx" or "pdf/x" or "pdf/x-4": choice = Cmyk; return true;
        }

        var colon = s.IndexOf(':');
        if (colon < 0 || !s[..colon].Trim().Equals("riso", StringComparison.OrdinalIgnoreCase))
        {
            error = $"unknown ink \"{s}\"; use color, black, cmyk or riso:INK,INK (for example riso:black,red; `pamphlet inks` lists them)";
            return false;
        }

        var names = s[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length is < 1 or > MaxRisoInks)
        {
            error = $"a risograph prints 1 to {MaxRisoInks} inks, one per drum; name them after riso:, for example riso:black,red";
            return false;
        }

        var inks = new List<RisoInk>();
        foreach (var name in names)
        {
            if (Inks.RisoInks.Find(name) is not { } ink)
            {
                error = $"unknown risograph ink \"{name}\"; known inks: {string.Join(", ", Inks.RisoInks.All.Select(i => i.Key))}";
                return false;
            }

            if (inks.Contains(ink))
            {
                error = $"the ink \"{ink.Key}\" is named twice; each drum prints one ink";
                return false;
            }

            inks.Add(ink);
        }

        choice = Riso(inks);
        return true;
    }

    /// <summary>Two choices are the same when they print with the same inks in the same order.</summary>
    public bool Equals(InkChoice? other) => other is not null && Name == other.Name;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    public override string ToString() => Name;
}
