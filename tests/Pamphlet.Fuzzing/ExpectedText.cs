namespace Pamphlet.Fuzzing;

/// <summary>
/// Where a block's words must appear in the output, which decides how "in order" is checked
/// (see <see cref="WordOrder"/>).
/// </summary>
public enum Placement
{
    /// <summary>Text in the flow (paragraphs, headings, lists, quotes, demands, slogan, signature):
    /// in order, and in order relative to every other flow block.</summary>
    Flow,
    /// <summary>Figures (caption, credit), pull quotes and demand boxes: they float to the next column, so
    /// they are in order among themselves but may land anywhere after the text before them.</summary>
    Float,
    /// <summary>Footnotes: set as endnotes, in order among themselves.</summary>
    Note,
    /// <summary>Title, subtitle and organisation: on the cover (when the layout has one), each on its own.</summary>
    Cover,
    /// <summary>Not printed in a pamphlet (a <c>::: poster</c> div, which only posters show).</summary>
    PosterOnly,
}

/// <summary>
/// Words of the source that start on one line (1-based) of the statement file, and where they are
/// nested ("quote > numbered list > paragraph"): in reports, what lost words have in common.
/// </summary>
public sealed record ExpectedPart(int Line, IReadOnlyList<string> Words, string Context = "");

/// <summary>
/// One block of the statement, as words that must be printed: its parts in source order, where
/// they go, which constructs it uses and the line it starts on.
/// </summary>
public sealed record ExpectedBlock(Placement Placement, int Line, IReadOnlyList<ExpectedPart> Parts, IReadOnlySet<Construct> Constructs)
{
    public IEnumerable<string> Words => Parts.SelectMany(p => p.Words);

    /// <summary>What kind of block this is, for messages: its most telling construct.</summary>
    public string Describe() => Constructs.Count == 0 ? Placement.ToString().ToLowerInvariant() : string.Join(", ", Constructs.OrderBy(c => c));
}

/// <summary>A figure or inline image that must be printed (or refused with a warning at its line), and where it is nested.</summary>
public sealed record ExpectedImage(int Line, string FileName, string Context = "");
