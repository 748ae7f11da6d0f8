namespace Pamphlet.Fuzzing;

/// <summary>Which way a token's letters run, for keeping mixed-direction text checkable.</summary>
internal enum TokenDirection
{
    /// <summary>Digits and punctuation: they take the direction of the text around them.</summary>
    Neutral,
    LeftToRight,
    RightToLeft,
}

/// <summary>
/// A piece of inline Markdown as written (<see cref="Markdown"/>) and the text it must print
/// (<see cref="Printed"/>; words separated by spaces, empty for an image). Words with several
/// tokens (emphasis inside a word) are written without a space between them.
/// </summary>
internal sealed record Token(string Markdown, string Printed, TokenDirection Direction)
{
    /// <summary>Glued to the token before it, without a space (a footnote reference, the rest of a word).</summary>
    public bool Glued { get; init; }

    /// <summary>A hard line break after this token (two spaces or a backslash before the newline).</summary>
    public string? BreakAfter { get; init; }

    /// <summary>The image file an inline image token shows.</summary>
    public string? Image { get; init; }

    /// <summary>The construct this token exercises, if any.</summary>
    public Construct? Construct { get; init; }

    /// <summary>
    /// A line of Markdown may start with this token without turning into a list, heading, quote or
    /// code: after any opening emphasis, quote or bracket marks comes a letter.
    /// </summary>
    public bool SafeAtLineStart
    {
        get
        {
            var text = Markdown.TrimStart('*', '_', '"', '[');
            return text.Length > 0 && char.IsLetter(text[0]) && !Markdown.StartsWith("[^", StringComparison.Ordinal);
        }
    }
}
