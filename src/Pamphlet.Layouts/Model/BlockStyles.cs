using Pamphlet.Pages;

namespace Pamphlet.Layouts.Model;

/// <summary>
/// How one kind of text is set: the font (a role's spec, possibly resized or restyled), colour,
/// alignment, vertical space around it, side indents, case and letter-spacing (tracking, in ems).
/// </summary>
public sealed record TextStyle(
    FontSpec Font,
    Color Color,
    TextAlign Align,
    double SpaceBefore,
    double SpaceAfter,
    double IndentStart,
    double IndentEnd,
    bool Uppercase,
    double Tracking,
    bool Hyphenate);

/// <summary>A rule (line) style: thickness in points and colour. Thickness 0 means no rule.</summary>
public sealed record RuleStyle(double Thickness, Color Color);

/// <summary>Every block kind's style. Each is a plain record so a new layout can restyle anything.</summary>
public sealed record BlockStyles
{
    public required TextStyle Body { get; init; }
    public required TextStyle Heading { get; init; }
    public required TextStyle Subheading { get; init; }
    public required BlockQuoteStyle BlockQuote { get; init; }
    public required PullQuoteStyle PullQuote { get; init; }
    public required DemandBoxStyle Demands { get; init; }
    public required FigureStyle Figure { get; init; }
    public required TextStyle Slogan { get; init; }
    public required TextStyle Signature { get; init; }
    public required ListStyle List { get; init; }
    public required SectionBreakStyle SectionBreak { get; init; }
    /// <summary>The URL printed after a link's text.</summary>
    public required TextStyle LinkUrl { get; init; }
    public required EndnotesStyle Endnotes { get; init; }
}

/// <summary>
/// Footnotes, set as endnotes: the heading over them, the notes' text (numbers hang in the list
/// indent), the space between notes, and the reference in the text: a number this many ems of the
/// surrounding text's size, raised this many ems above its baseline.
/// </summary>
public sealed record EndnotesStyle(TextStyle Heading, TextStyle Text, double NoteSpace, double ReferenceSize, double ReferenceRise);

/// <summary>"&gt; " quotes: text style (indents included), attribution style, and an optional rule on the start side.</summary>
public sealed record BlockQuoteStyle(TextStyle Text, TextStyle Attribution, RuleStyle Rule);

/// <summary>Pull quotes: display text, attribution, accent rules above and below (or at the side).</summary>
public sealed record PullQuoteStyle(TextStyle Text, TextStyle Attribution, RuleStyle Rule, PullQuoteRulePlacement RulePlacement);

public enum PullQuoteRulePlacement { AboveAndBelow, Above, Start }

/// <summary>
/// Demand boxes: the panel (fill, border, padding), the title style, the item text style, the
/// marker colour, the space between items, and the suffix for a title repeated after a page break.
/// </summary>
public sealed record DemandBoxStyle(
    TextStyle Title,
    TextStyle Item,
    Color? Fill,
    RuleStyle Border,
    double Padding,
    Color MarkerColor,
    double ItemSpace,
    double SpaceBefore,
    double SpaceAfter,
    string ContinuedSuffix);

/// <summary>
/// Figures: the image spans the text width but never exceeds <see cref="MaxHeightShare"/> of the
/// text area's height; caption and credit beneath.
/// </summary>
public sealed record FigureStyle(double MaxHeightShare, TextStyle Caption, TextStyle Credit, double SpaceBefore, double SpaceAfter, double CaptionGap);

/// <summary>Lists: indent of the item text, bullet string, and space between items.</summary>
public sealed record ListStyle(double Indent, string Bullet, double ItemSpace, Color MarkerColor);

/// <summary>"---" between sections: an ornament string set centred in a style.</summary>
public sealed record SectionBreakStyle(string Ornament, TextStyle Text);

/// <summary>
/// The cover page built from the front matter. <see cref="Background"/> fills the page (null:
/// paper). <see cref="UseFigure"/> puts the statement's first figure on the cover.
/// <see cref="BackCover"/> says the last page is a back cover: saddle imposition then keeps it on
/// the outside, after any blank pages, instead of putting the blanks after it.
/// </summary>
public sealed record CoverSetup(
    bool Enabled,
    Color? Background,
    TextStyle Title,
    TextStyle Subtitle,
    TextStyle Author,
    TextStyle Date,
    bool UseFigure,
    RuleStyle Rule,
    bool BackCover);

public enum FolioPosition { Outside, Center, Inside }

/// <summary>Page numbers: where, in what style, and whether the cover counts/shows one.</summary>
public sealed record FolioSetup(bool Enabled, FolioPosition Position, TextStyle Text, double Offset);

/// <summary>
/// The running footer, set in the bottom margin on inner pages. <see cref="Template"/> may use
/// {title}, {subtitle}, {author}, {date} and any front matter key.
/// </summary>
public sealed record FooterSetup(bool Enabled, string Template, TextStyle Text, RuleStyle Rule);
