namespace Pamphlet.Preflight.Facts;

/// <summary>What a PDF holds, page by page, and how it identifies itself to a print shop.</summary>
/// <param name="Version">The PDF version the file declares ("1.7").</param>
public sealed record DocumentFacts(string Version, bool Encrypted, IReadOnlyList<PageFacts> Pages, PdfXFacts PdfX);

/// <summary>
/// PDF/X identification: the output intents (the printing condition the colours were made for), the
/// XMP's PDF/X version, the Info dictionary's /Trapped and the trailer /ID.
/// </summary>
/// <param name="XmpPdfXVersion">pdfxid:GTS_PDFXVersion in the XMP metadata ("PDF/X-4"), or null.</param>
/// <param name="InfoPdfXVersion">/GTS_PDFXVersion in the Info dictionary (PDF/X-1a and X-3 put it there), or null.</param>
/// <param name="Trapped">The Info dictionary's /Trapped ("True", "False", "Unknown"), or null when absent.</param>
/// <param name="HasId">Whether the trailer has an /ID.</param>
public sealed record PdfXFacts(IReadOnlyList<OutputIntentFacts> OutputIntents, string? XmpPdfXVersion, string? InfoPdfXVersion, string? Trapped, bool HasId)
{
    /// <summary>The subtype PDF/X output intents carry.</summary>
    public const string PdfXSubtype = "GTS_PDFX";

    /// <summary>The PDF/X output intent, or null.</summary>
    public OutputIntentFacts? PdfXIntent => OutputIntents.FirstOrDefault(i => i.Subtype == PdfXSubtype);
}

/// <summary>One output intent of the catalog.</summary>
/// <param name="Subtype">/S: GTS_PDFX, GTS_PDFA1, ISO_PDFE1…</param>
/// <param name="ProfileComponents">The embedded profile's /N (4 for a CMYK press), or null without one.</param>
public sealed record OutputIntentFacts(string Subtype, string? OutputConditionIdentifier, string? OutputCondition, string? RegistryName, bool HasDestOutputProfile, int? ProfileComponents);
