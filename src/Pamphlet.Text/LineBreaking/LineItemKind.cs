namespace Pamphlet.Text.LineBreaking;

/// <summary>The three kinds of item in the Knuth–Plass paragraph model.</summary>
public enum LineItemKind
{
    /// <summary>Material of fixed width (a glyph run, a syllable, an indent). Never a break.</summary>
    Box,

    /// <summary>Space that may stretch or shrink; a legal break when it directly follows a box.</summary>
    Glue,

    /// <summary>A possible break with a cost; its width (a hyphen) appears only when the line breaks there.</summary>
    Penalty,
}
