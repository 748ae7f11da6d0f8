namespace Pamphlet.Fuzzing;

/// <summary>
/// The things a statement can contain, as the grammar generates them. Tests exclude constructs that
/// are known to fail, or force one to test it in isolation; reports name the constructs of the
/// block that lost words.
/// </summary>
public enum Construct
{
    // Blocks at the top level.
    Paragraph,
    Heading,
    Subheading,
    SetextHeading,
    BulletList,
    NumberedList,
    SectionBreak,
    BlockQuote,
    PullQuote,
    PosterPullQuote,
    Demands,
    Figure,
    Slogan,
    Signature,
    PosterDiv,
    UnknownDiv,
    Footnote,

    // Nesting.
    NestedList,
    /// <summary>A numbered list or demand box whose numbers reach 10 or more (starting anywhere up to 999).</summary>
    NumbersFromTen,
    QuoteInQuote,
    ListInQuote,
    HeadingInQuote,
    QuoteInListItem,
    ListInPullQuote,
    ListInSlogan,
    /// <summary>Paragraphs before and after the list in <c>::: demands</c>.</summary>
    DemandsIntroOutro,
    /// <summary>A nested list under a demand.</summary>
    DemandSubPoints,
    /// <summary>A demand or list item of several paragraphs.</summary>
    MultiParagraphItem,

    // Inline.
    Emphasis,
    Strong,
    Code,
    Link,
    Autolink,
    BareUrl,
    HardBreak,
    SmartPunctuation,
    Entity,
    Escape,
    LongWord,
    /// <summary>A word wider than a line (made up, 30–70 letters): broken without a hyphen.</summary>
    OverlongWord,
    Number,
    OtherScript,
    /// <summary>
    /// In right-to-left text, a number directly followed by another number or a left-to-right word:
    /// UAX #9 sets the space between them at the paragraph's level, so they read right to left.
    /// </summary>
    NumberRuns,
    /// <summary>An image inside a paragraph of text (not a figure).</summary>
    InlineImage,
}
