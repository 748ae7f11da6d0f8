namespace Pamphlet.Pages;

/// <summary>
/// What a piece of the statement is, for readers that do not see the page (screen readers, text
/// extraction, reflow): the tagged-PDF structure. Standard kinds map to the PDF standard structure
/// types; the statement's own kinds (pull quote, demands, slogan, signature, credit) are written
/// under their own names and mapped to the nearest standard type.
/// </summary>
public enum StructureKind
{
    /// <summary>The whole statement (the root of the tree).</summary>
    Document,

    /// <summary>The statement's title (H1).</summary>
    Title,

    /// <summary>A subtitle or standfirst under the title (P).</summary>
    Subtitle,

    /// <summary>A <c>##</c> heading (H2).</summary>
    Heading,

    /// <summary>A <c>###</c> or deeper heading (H3).</summary>
    Subheading,

    Paragraph,
    BlockQuote,

    /// <summary>Who said a quotation (P inside the BlockQuote).</summary>
    Attribution,

    /// <summary>A pull quote: repeats a line of the text for emphasis (mapped to BlockQuote, as PDF 1.7 has no Aside).</summary>
    PullQuote,

    /// <summary>The demand box: a titled section holding the demands list (mapped to Sect).</summary>
    Demands,

    /// <summary>The demand box's title (mapped to H3: a heading inside the section).</summary>
    DemandsTitle,

    List,
    ListItem,

    /// <summary>A list item's number or bullet (Lbl).</summary>
    Label,

    /// <summary>A list item's text (LBody).</summary>
    ListBody,

    /// <summary>An image with its alternative text (<see cref="StructureElement.Alt"/>).</summary>
    Figure,

    /// <summary>A figure's caption.</summary>
    Caption,

    /// <summary>A figure's photo credit (mapped to Caption).</summary>
    Credit,

    /// <summary>The closing slogan (mapped to P).</summary>
    Slogan,

    /// <summary>Who signs the statement (mapped to P).</summary>
    Signature,

    /// <summary>The endnotes section (mapped to Sect).</summary>
    Notes,

    /// <summary>One endnote (Note).</summary>
    Note,

    /// <summary>A link's text, with its link annotation (Link).</summary>
    Link,

    /// <summary>The poster's QR code: a figure standing for the statement's address.</summary>
    QrCode,

    /// <summary>A thematic break drawn as an ornament, read as a section boundary (Div).</summary>
    Division,
}

/// <summary>
/// One node of the structure tree. Composition makes one per semantic piece of the statement and
/// hands it to every page item it draws for that piece; items with no element are artifacts
/// (folios, running footers, rules, ornaments, marks). Children are read in <see cref="Order"/>,
/// which follows the statement's source, so a poster reads in statement order whatever its grid.
/// Identity is by reference: each element is one node however many items and pages carry it.
/// </summary>
public sealed class StructureElement
{
    public StructureElement(StructureKind kind, StructureElement? parent, double order)
    {
        Kind = kind;
        Parent = parent;
        Order = order;
    }

    public StructureKind Kind { get; }

    /// <summary>The element this one belongs to; null only for the <see cref="StructureKind.Document"/> root.</summary>
    public StructureElement? Parent { get; }

    /// <summary>Reading order among siblings (lower first): the source line, with fractions for pieces of one block.</summary>
    public double Order { get; }

    /// <summary>Alternative text (figures, the QR code): what a reader hears instead of the picture.</summary>
    public string? Alt { get; init; }

    /// <summary>The element's language where it differs from the document's (a BCP 47 tag).</summary>
    public string? Language { get; init; }

    /// <summary>A title for bookmarks and readers (headings carry their text).</summary>
    public string? Title { get; init; }

    /// <summary>For <see cref="StructureKind.Link"/>: the address the link opens.</summary>
    public string? Url { get; init; }

    public override string ToString() => $"{Kind} @{Order}";
}
