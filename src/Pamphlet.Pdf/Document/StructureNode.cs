namespace Pamphlet.Pdf.Document;

/// <summary>
/// A structure element as the PDF states it (ISO 32000-1 §14.7): a type, optional attributes, and
/// kids in reading order — other elements, marked content on a page, or an annotation.
/// </summary>
internal sealed class StructureNode(string type)
{
    public string Type { get; } = type;
    public string? Alt { get; init; }
    public string? Language { get; init; }
    public string? Title { get; init; }

    /// <summary>Text that replaces the element's content for readers (used for the QR code's address).</summary>
    public string? ActualText { get; init; }

    public List<StructureKid> Kids { get; } = [];

    /// <summary>The element's object, assigned when the tree is written.</summary>
    internal Syntax.PdfRef Reference { get; set; }
}

/// <summary>A kid of a structure element.</summary>
internal abstract record StructureKid;

internal sealed record ElementKid(StructureNode Node) : StructureKid;

/// <summary>Marked content <see cref="Mcid"/> on page <see cref="PageIndex"/>.</summary>
internal sealed record MarkedContentKid(int PageIndex, int Mcid) : StructureKid;

/// <summary>An annotation (a link) on page <see cref="PageIndex"/>, tied to its element through /StructParent.</summary>
internal sealed record AnnotationKid(int PageIndex, Syntax.PdfRef Annotation, int StructParent) : StructureKid;
