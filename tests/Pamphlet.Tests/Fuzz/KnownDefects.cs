using Pamphlet.Fuzzing;

namespace Pamphlet.Tests.Fuzz;

/// <summary>
/// Constructs that lose words today (issue 8), in one place: the property tests leave them out of
/// the statements they generate, and each has a focused test that is skipped with this reason. When a
/// fix is merged, delete its line here and the Skip of its test.
/// </summary>
internal static class KnownDefects
{
    public const string QuoteInQuote = "issue 8: a quote inside a quote is not printed";
    public const string ListInQuote = "issue 8: a list inside a quote is not printed";
    public const string HeadingInQuote = "issue 8: a heading inside a quote is not printed";
    public const string QuoteInListItem = "issue 8: a quote inside a list item is not printed";
    public const string ListInPullQuote = "issue 8: a list inside a pull quote is not printed";
    public const string ListInSlogan = "issue 8: a list inside a slogan is not printed";
    public const string DemandsIntroOutro = "issue 8: paragraphs before and after the list of a demand box are not printed";
    public const string DemandSubPoints = "issue 8: sub-points of a demand are not printed";
    public const string NumbersFromTen = "issue 8: list and demand numbers from 10 print as their first digit";
    public const string Footnote = "issue 8: footnotes print as a literal [^1] and are not set as endnotes";
    public const string InlineImage = "issue 8: an image inside a paragraph vanishes and prints its alt text";
    public const string NumberRuns = "right-to-left text: a number followed by a number or a Latin word reads left to right (the space between them takes their level, not the paragraph's as UAX #9 N1 says)";

    /// <summary>Every construct above.</summary>
    public static IReadOnlyList<Construct> Constructs { get; } =
    [
        Construct.QuoteInQuote, Construct.ListInQuote, Construct.HeadingInQuote, Construct.QuoteInListItem,
        Construct.ListInPullQuote, Construct.ListInSlogan, Construct.DemandsIntroOutro, Construct.DemandSubPoints,
        Construct.NumbersFromTen, Construct.Footnote, Construct.InlineImage, Construct.NumberRuns,
    ];
}
