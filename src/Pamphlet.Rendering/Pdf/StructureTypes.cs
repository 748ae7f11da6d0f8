using Pamphlet.Pages;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// The PDF structure type of each kind of element, one table: standard types as they are, and the
/// statement's own types under their own names with the standard type they map to (the role map).
/// </summary>
internal static class StructureTypes
{
    public static string Of(StructureKind kind) => kind switch
    {
        StructureKind.Document => "Document",
        StructureKind.Title => "H1",
        StructureKind.Subtitle => "Subtitle",
        StructureKind.Heading => "H2",
        StructureKind.Subheading => "H3",
        StructureKind.Paragraph => "P",
        StructureKind.BlockQuote => "BlockQuote",
        StructureKind.Attribution => "Attribution",
        StructureKind.PullQuote => "PullQuote",
        StructureKind.Demands => "Demands",
        StructureKind.DemandsTitle => "DemandsTitle",
        StructureKind.List => "L",
        StructureKind.ListItem => "LI",
        StructureKind.Label => "Lbl",
        StructureKind.ListBody => "LBody",
        StructureKind.Figure => "Figure",
        StructureKind.Caption => "Caption",
        StructureKind.Credit => "Credit",
        StructureKind.Slogan => "Slogan",
        StructureKind.Signature => "Signature",
        StructureKind.Notes => "Notes",
        StructureKind.Note => "Note",
        StructureKind.Link => "Link",
        StructureKind.QrCode => "QRCode",
        StructureKind.Division => "Div",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Our own types and the standard types readers should treat them as.</summary>
    public static IReadOnlyDictionary<string, string> RoleMap { get; } = new Dictionary<string, string>
    {
        ["Subtitle"] = "P",
        ["Attribution"] = "P",
        ["PullQuote"] = "BlockQuote",
        ["Demands"] = "Sect",
        ["DemandsTitle"] = "H3",
        ["Credit"] = "Caption",
        ["Slogan"] = "P",
        ["Signature"] = "P",
        ["Notes"] = "Sect",
        ["QRCode"] = "Figure",
    };
}
