using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Poster;

/// <summary>
/// The structure elements of what a poster shows from outside the statement's blocks: the title
/// lines from the front matter, the figure (whose photo may fill the page while a region shows its
/// caption), and the QR code with its address printed under it. Made once per poster and shared by
/// every setting of its regions, so each piece is one element wherever it is drawn. The statement's
/// blocks (quote, demands, slogan, signature) get theirs when they are composed, in their source
/// line's place: sorted by order, a poster reads in the statement's order whatever its grid.
/// </summary>
internal sealed class PosterStructure
{
    /// <summary>
    /// The QR code and its address read last, after every block: they close the poster as a
    /// "find out more" line (its front matter key would put it before the text).
    /// </summary>
    private const double AddressOrder = int.MaxValue;

    /// <summary>The address printed under the code is the code's caption.</summary>
    private const double AddressCaptionOrder = 1;

    public PosterStructure(StructureElement root, PosterMaterial material, string title)
    {
        Title = new StructureElement(StructureKind.Title, root, CoverOrder.Title) { Title = title };
        Subtitle = new StructureElement(StructureKind.Subtitle, root, CoverOrder.Subtitle);
        Author = new StructureElement(StructureKind.Paragraph, root, CoverOrder.Author);
        Date = new StructureElement(StructureKind.Paragraph, root, CoverOrder.Date);
        Figure = material.Figure is { } figure ? FigureStructure.Of(figure, root) : null;
        if (material.Url is { } url)
        {
            QrCode = new StructureElement(StructureKind.QrCode, root, AddressOrder) { Alt = "QR code: " + url };
            Address = new StructureElement(StructureKind.Caption, QrCode, AddressCaptionOrder);
            Link = new StructureElement(StructureKind.Link, root, AddressOrder) { Url = url };
        }
    }

    public StructureElement Title { get; }
    public StructureElement Subtitle { get; }
    public StructureElement Author { get; }
    public StructureElement Date { get; }
    public FigureStructure? Figure { get; }
    public StructureElement? QrCode { get; }
    public StructureElement? Address { get; }
    /// <summary>The address printed alone, without a code (a card's <c>url</c>): a link.</summary>
    public StructureElement? Link { get; }
}
