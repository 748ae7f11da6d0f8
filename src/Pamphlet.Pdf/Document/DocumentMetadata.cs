using System.Globalization;
using System.Security;
using System.Text;
using Pamphlet.Pdf.Syntax;

namespace Pamphlet.Pdf.Document;

/// <summary>What a PDF says about itself: the Info dictionary and the XMP metadata stream, written from the same values.</summary>
internal sealed record DocumentMetadata(
    string Title,
    string? Author,
    string? Subject,
    string Language,
    string Creator,
    string Producer,
    DateTimeOffset? Date)
{
    /// <summary>The PDF/X version the file conforms to ("PDF/X-4"), stated in Info and XMP; null for none.</summary>
    public string? PdfXVersion { get; init; }

    public PdfRef WriteInfo(PdfFileWriter file)
    {
        var info = new PdfDict().Set("Title", PdfValue.Text(Title));
        if (!string.IsNullOrEmpty(Author)) info.Set("Author", PdfValue.Text(Author));
        if (!string.IsNullOrEmpty(Subject)) info.Set("Subject", PdfValue.Text(Subject));
        info.Set("Creator", PdfValue.Text(Creator)).Set("Producer", PdfValue.Text(Producer));
        // A statement without a date gets none: "now" would make every rebuild differ.
        if (Date is { } date) info.Set("CreationDate", PdfValue.Date(date)).Set("ModDate", PdfValue.Date(date));
        info.SetName("Trapped", "False");
        if (PdfXVersion is { } version) info.Set("GTS_PDFXVersion", PdfValue.Text(version));
        return file.Write(info);
    }

    /// <summary>XMP (ISO 16684-1) with Dublin Core title, creator, description and language, the dates in UTC and the tools.</summary>
    public PdfRef WriteXmp(PdfFileWriter file)
    {
        var xmp = new StringBuilder()
            .Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
            .Append(PdfXVersion is null ? "" : " xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"")
            .Append(">\n")
            .Append("<dc:format>application/pdf</dc:format>\n")
            .Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!string.IsNullOrEmpty(Author)) xmp.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (!string.IsNullOrEmpty(Subject)) xmp.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        xmp.Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(Language)).Append("</rdf:li></rdf:Bag></dc:language>\n")
            .Append("<xmp:CreatorTool>").Append(Escape(Creator)).Append("</xmp:CreatorTool>\n");
        if (Date is { } date)
        {
            var utc = date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            xmp.Append("<xmp:CreateDate>").Append(utc).Append("</xmp:CreateDate>\n<xmp:ModifyDate>").Append(utc).Append("</xmp:ModifyDate>\n");
            if (PdfXVersion is not null) xmp.Append("<xmp:MetadataDate>").Append(utc).Append("</xmp:MetadataDate>\n");
        }

        if (PdfXVersion is { } version)
        {
            // PDF/X identifies itself here; checkers also want the document's identity and rendition.
            xmp.Append("<pdfxid:GTS_PDFXVersion>").Append(Escape(version)).Append("</pdfxid:GTS_PDFXVersion>\n")
                .Append("<xmpMM:DocumentID>").Append(DocumentId()).Append("</xmpMM:DocumentID>\n")
                .Append("<xmpMM:VersionID>1</xmpMM:VersionID>\n<xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n");
        }

        xmp.Append("<pdf:Producer>").Append(Escape(Producer)).Append("</pdf:Producer>\n<pdf:Trapped>False</pdf:Trapped>\n")
            .Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        // Metadata stays uncompressed so tools that scan files for XMP (as PDF/A and PDF/X checkers do) find it.
        return file.WriteStream(new PdfDict().SetName("Type", "Metadata").SetName("Subtype", "XML"), Encoding.UTF8.GetBytes(xmp.ToString()), compress: false);
    }

    /// <summary>A UUID made from what identifies the document (never random: rebuilding gives the same bytes).</summary>
    private string DocumentId()
    {
        var identity = string.Join("\n", Title, Author, Subject, Language, Date?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        var bytes = System.IO.Hashing.XxHash128.Hash(Encoding.UTF8.GetBytes(identity));
        return "uuid:" + new Guid(bytes).ToString("D", CultureInfo.InvariantCulture);
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}
