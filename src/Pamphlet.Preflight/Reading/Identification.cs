using System.Text;
using System.Xml;
using Pamphlet.Preflight.Facts;
using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Preflight.Reading;

/// <summary>Reads how a PDF identifies itself to a print shop: output intents, XMP PDF/X version, /Trapped, /ID.</summary>
internal static class Identification
{
    /// <summary>The XMP namespace of PDF/X identification (pdfxid:GTS_PDFXVersion).</summary>
    private const string PdfXIdNamespace = "http://www.npes.org/pdfx/ns/id/";

    public static PdfXFacts Read(PdfObjects pdf, DictionaryToken catalog, DictionaryToken? info, bool hasId)
    {
        var intents = new List<OutputIntentFacts>();
        foreach (var item in pdf.GetArray(catalog, "OutputIntents")?.Data ?? [])
        {
            if (pdf.Dictionary(item) is not { } intent) continue;
            var profile = pdf.GetStreamDictionary(intent, "DestOutputProfile");
            intents.Add(new OutputIntentFacts(
                pdf.GetName(intent, "S") ?? "?",
                pdf.GetText(intent, "OutputConditionIdentifier"),
                pdf.GetText(intent, "OutputCondition"),
                pdf.GetText(intent, "RegistryName"),
                profile is not null,
                profile is null ? null : (int?)pdf.GetNumber(profile, "N")));
        }

        return new PdfXFacts(intents, XmpPdfXVersion(pdf, catalog), pdf.GetText(info, "GTS_PDFXVersion"), pdf.GetText(info, "Trapped"), hasId);
    }

    /// <summary>pdfxid:GTS_PDFXVersion from the catalog's XMP, as an element or an attribute; null when absent or unreadable.</summary>
    private static string? XmpPdfXVersion(PdfObjects pdf, DictionaryToken catalog)
    {
        if (pdf.GetStream(catalog, "Metadata") is not { } metadata) return null;
        try
        {
            var xml = Encoding.UTF8.GetString(pdf.Decode(metadata));
            // DTDs are refused (the default): XMP has none, and an entity bomb must not expand.
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.NamespaceURI == PdfXIdNamespace && reader.LocalName == "GTS_PDFXVersion") return reader.ReadElementContentAsString().Trim();
                if (reader.GetAttribute("GTS_PDFXVersion", PdfXIdNamespace) is { } attribute) return attribute.Trim();
            }
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return null;
        }

        return null;
    }
}
