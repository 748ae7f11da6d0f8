using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Model;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Blocks;

/// <summary>
/// A figure's structure: the Figure element (the picture, with its alternative text) and its
/// Caption and Credit as children, read after the picture. One per figure, shared by every item
/// that shows a part of it (on a poster: the photo behind the page and the caption in a region).
/// </summary>
internal sealed record FigureStructure(StructureElement Figure, StructureElement Caption, StructureElement Credit)
{
    /// <summary>The caption's and the credit's order under the figure: after the picture, caption first.</summary>
    private const double CaptionOrder = 1, CreditOrder = 2;

    /// <summary>The elements of <paramref name="figure"/> under <paramref name="parent"/>, read in its source line's place.</summary>
    public static FigureStructure Of(Figure figure, StructureElement parent, double? order = null)
    {
        var element = new StructureElement(StructureKind.Figure, parent, order ?? figure.Location.Line) { Alt = AltText(figure) };
        return new FigureStructure(element,
            new StructureElement(StructureKind.Caption, element, CaptionOrder),
            new StructureElement(StructureKind.Credit, element, CreditOrder));
    }

    /// <summary>The caption (Markdown's alt text, <c>![caption](…)</c>), else the credit; null when the figure has neither.</summary>
    public static string? AltText(Figure figure)
    {
        var caption = Inline.PlainText(figure.Caption).Trim();
        if (caption.Length > 0) return caption;
        return string.IsNullOrWhiteSpace(figure.Credit) ? null : figure.Credit.Trim();
    }
}
