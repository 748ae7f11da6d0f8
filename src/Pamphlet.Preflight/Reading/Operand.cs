namespace Pamphlet.Preflight.Reading;

internal enum OperandKind
{
    Number,
    Name,
    String,
    Array,
    Dictionary,
    /// <summary>true, false or null.</summary>
    Keyword,
}

/// <summary>
/// One operand of a content-stream operator. Strings keep only their decoded length (the checks count
/// glyphs, they do not read text); an array keeps the decoded length of the strings directly in it (a
/// TJ's glyph bytes) and, when the lexer is asked to, its items, as a dictionary does (key, value, key,
/// value…).
/// </summary>
internal readonly record struct Operand(OperandKind Kind, double Number = 0, string? Text = null, int Length = 0, IReadOnlyList<Operand>? Items = null)
{
    public bool IsNumber => Kind == OperandKind.Number;

    public bool IsName => Kind == OperandKind.Name;

    public static Operand Of(double number) => new(OperandKind.Number, number);

    /// <summary>A dictionary's value for <paramref name="key"/>, if any.</summary>
    public Operand? Get(string key)
    {
        if (Kind != OperandKind.Dictionary || Items is null) return null;
        for (var i = 0; i + 1 < Items.Count; i += 2)
        {
            if (Items[i].Text == key) return Items[i + 1];
        }

        return null;
    }
}
