using System.Globalization;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Preflight.Facts;
using Pamphlet.Preflight.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Preflight;

/// <summary>
/// Reads any PDF into <see cref="DocumentFacts"/>: per page its boxes, what is painted in which colour,
/// printed text sizes and line widths, overprint, ink, fonts, images and transparency; for the file its
/// PDF/X identification. Judging the facts is <see cref="PreflightRules"/>' job.
/// </summary>
public static class PdfInspector
{
    /// <summary>
    /// Reads the file at <paramref name="path"/>; a file that cannot be read or is not a readable PDF is
    /// a <see cref="PamphletException"/> naming it as <paramref name="name"/> (as the user typed it).
    /// </summary>
    public static DocumentFacts Inspect(string path, string name)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (FileSystemError.IsFileSystemRefusal(e))
        {
            // The file system's refusal in words, at the name the user gave.
            throw new PamphletException(SourceLocation.None(name), FileSystemError.ReadingFile(path, e, "this PDF").Diagnostics[0].Message);
        }

        return Inspect(bytes, name);
    }

    /// <summary>Reads a PDF held in memory (a build's own output); <paramref name="name"/> names it in errors.</summary>
    public static DocumentFacts Inspect(ReadOnlyMemory<byte> pdf, string name)
    {
        var at = SourceLocation.None(name);
        if (!LooksLikePdf(pdf.Span))
        {
            throw new PamphletException(at, "is not a PDF (it does not start with %PDF-); check that you named the PDF and not its source");
        }

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new PamphletException(at, $"is a PDF that cannot be read ({Reason(e)}); it may be cut short, damaged or protected by a password. Export or download it again");
        }

        using (document)
        {
            try
            {
                return Read(new PdfObjects(document, pdf));
            }
            catch (Exception e) when (e is not (OutOfMemoryException or PamphletException))
            {
                throw new PamphletException(at, $"is a PDF whose structure cannot be read ({Reason(e)}); export or download it again");
            }
        }
    }

    private static DocumentFacts Read(PdfObjects pdf)
    {
        var document = pdf.Document;
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var info = document.Information.DocumentInformationDictionary;
        var hasId = document.Structure.Trailer.Identifier is { Count: > 0 };
        var fonts = new FontCache(pdf);
        var images = new Dictionary<IndirectReference, ImageInfo>();
        var pages = new List<PageFacts>();
        foreach (var (node, index) in PageTree.Pages(pdf, catalog).Select((n, i) => (n, i)))
        {
            pages.Add(ReadPage(pdf, node, index + 1, fonts, images));
        }

        return new DocumentFacts(
            document.Version.ToString("0.0", CultureInfo.InvariantCulture),
            document.IsEncrypted,
            pages,
            Identification.Read(pdf, catalog, info, hasId));
    }

    private static PageFacts ReadPage(PdfObjects pdf, PageNode node, int number, FontCache fonts, Dictionary<IndirectReference, ImageInfo> images)
    {
        var unit = pdf.GetNumber(node.Dictionary, "UserUnit") is { } u && u > 0 ? u : 1;
        var boxes = PageTree.Boxes(pdf, node, unit);
        var tally = new PageTally();
        if (pdf.GetDictionary(node.Dictionary, "Group") is { } group && pdf.GetName(group, "S") == "Transparency") tally.Groups++;
        var state = new GraphicsState { Ctm = new Reading.Matrix(unit, 0, 0, unit, 0, 0) };
        var interpreter = new ContentInterpreter(pdf, tally, fonts, images);
        try
        {
            interpreter.Run(Content(pdf, node.Dictionary), new Resources(pdf, node.Resources), state, 0);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            tally.Problem($"its content could not be read ({Reason(e)})");
        }

        return tally.ToFacts(number, boxes);
    }

    /// <summary>The page's content: one stream, or an array of streams read as one (they may split only between tokens).</summary>
    private static byte[] Content(PdfObjects pdf, DictionaryToken page)
    {
        var contents = pdf.Get(page, "Contents");
        var streams = contents switch
        {
            StreamToken s => [s],
            ArrayToken a => a.Data.Select(pdf.Resolve).OfType<StreamToken>().ToList(),
            _ => new List<StreamToken>(),
        };
        if (streams.Count == 1) return pdf.Decode(streams[0]);
        using var joined = new MemoryStream();
        foreach (var stream in streams)
        {
            joined.Write(pdf.Decode(stream));
            joined.WriteByte((byte)'\n');
        }

        return joined.ToArray();
    }

    /// <summary>A PDF starts with %PDF- within its first KiB (some writers put junk before it, which readers accept).</summary>
    private static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, HeaderSearch)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>How far into a file readers look for the %PDF- header (ISO 32000-1 implementation note: 1024 bytes).</summary>
    private const int HeaderSearch = 1024;

    private static string Reason(Exception e) => e.Message.Length > 0 ? e.Message.TrimEnd('.') : e.GetType().Name;
}
