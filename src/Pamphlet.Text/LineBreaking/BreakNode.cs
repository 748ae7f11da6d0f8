namespace Pamphlet.Text.LineBreaking;

/// <summary>
/// A feasible break (an active node while lines may still end after it): where it is, the state that decides
/// what may follow, the best total demerits to reach it, and the line that ends here for the report.
/// </summary>
internal sealed class BreakNode
{
    /// <summary>Index of the break item; −1 for the paragraph start.</summary>
    public required int Position { get; init; }

    /// <summary>First item of the line after this break.</summary>
    public required int NextLineStart { get; init; }

    /// <summary>Lines ended so far, i.e. the index of the next line.</summary>
    public required int LineCount { get; init; }

    /// <summary><see cref="LineWidthTable.LineClass"/> of the next line: part of the node's identity.</summary>
    public required int NextLineClass { get; init; }

    public required FitnessClass Fitness { get; init; }

    /// <summary>Hyphen-ended lines in a row up to here: exact state for the hard hyphen limit.</summary>
    public required int ConsecutiveHyphens { get; init; }

    public required double TotalDemerits { get; init; }

    public required BreakNode? Previous { get; init; }

    /// <summary>The line ending at this break (default for the start node).</summary>
    public LineBreak Line { get; init; }

    public bool EndsWithHyphen => ConsecutiveHyphens > 0;

    public static BreakNode ParagraphStart() => new()
    {
        Position = -1,
        NextLineStart = 0,
        LineCount = 0,
        NextLineClass = 0,
        // TeX starts a paragraph as if after a decent line, so a loose first line is not punished.
        Fitness = FitnessClass.Decent,
        ConsecutiveHyphens = 0,
        TotalDemerits = 0,
        Previous = null,
    };
}
