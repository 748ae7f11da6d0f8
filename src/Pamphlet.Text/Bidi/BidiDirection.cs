namespace Pamphlet.Text.Bidi;

/// <summary>How the paragraph embedding level is chosen (UAX #9 P2–P3, or the higher-level override HL1).</summary>
public enum BidiDirection
{
    /// <summary>Paragraph level 0 whatever the text holds.</summary>
    LeftToRight,
    /// <summary>Paragraph level 1 whatever the text holds.</summary>
    RightToLeft,
    /// <summary>P2–P3: the first strong character outside isolates decides; left-to-right if there is none.</summary>
    Auto,
}
