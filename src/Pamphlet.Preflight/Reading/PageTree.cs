using Pamphlet.Preflight.Facts;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Preflight.Reading;

/// <summary>A page dictionary with the attributes it inherits from the page tree (ISO 32000-1 §7.7.3.4).</summary>
internal sealed record PageNode(DictionaryToken Dictionary, DictionaryToken? Resources, double[]? MediaBox, double[]? CropBox);

/// <summary>Walks the page tree in order, carrying inherited attributes; loops and absurd depth are damage and are cut.</summary>
internal static class PageTree
{
    /// <summary>Page tree levels: a balanced tree of a million pages needs about 6; deeper is damage.</summary>
    private const int MaxDepth = 64;

    /// <summary>The US Letter page (612 × 792 pt) readers assume when no MediaBox is given anywhere.</summary>
    private static readonly double[] DefaultMediaBox = [0, 0, 612, 792];

    public static List<PageNode> Pages(PdfObjects pdf, DictionaryToken catalog)
    {
        var pages = new List<PageNode>();
        catalog.Data.TryGetValue("Pages", out var root);
        Walk(pdf, root, null, null, null, 0, pages, []);
        return pages;
    }

    private static void Walk(PdfObjects pdf, IToken? token, DictionaryToken? resources, double[]? media, double[]? crop, int depth,
        List<PageNode> pages, HashSet<IndirectReference> seen)
    {
        if (depth > MaxDepth) return;
        if (token is IndirectReferenceToken reference && !seen.Add(reference.Data)) return;
        if (pdf.Dictionary(token) is not { } node) return;
        resources = pdf.GetDictionary(node, "Resources") ?? resources;
        media = pdf.Numbers(pdf.Get(node, "MediaBox")) is { Length: 4 } m ? m : media;
        crop = pdf.Numbers(pdf.Get(node, "CropBox")) is { Length: 4 } c ? c : crop;
        if (pdf.GetArray(node, "Kids") is { } kids && pdf.GetName(node, "Type") != "Page")
        {
            foreach (var kid in kids.Data) Walk(pdf, kid, resources, media, crop, depth + 1, pages, seen);
            return;
        }

        pages.Add(new PageNode(node, resources, media, crop));
    }

    /// <summary>The page's boxes in points (times /UserUnit when the page sets one).</summary>
    public static PageBoxes Boxes(PdfObjects pdf, PageNode page, double unit)
    {
        PdfBox? Box(double[]? values) => values is { Length: 4 } v ? PdfBox.FromCorners(v[0] * unit, v[1] * unit, v[2] * unit, v[3] * unit) : null;
        PdfBox? Own(string key) => Box(pdf.Numbers(pdf.Get(page.Dictionary, key)));
        return new PageBoxes(Box(page.MediaBox ?? DefaultMediaBox)!.Value, Box(page.CropBox), Own("BleedBox"), Own("TrimBox"), Own("ArtBox"));
    }
}
