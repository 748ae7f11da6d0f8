using Pamphlet.Pdf.Syntax;

namespace Pamphlet.Rendering.Pdf;

/// <summary>The resources one page (or form) uses, by kind and name: its /Resources dictionary.</summary>
internal sealed class PdfResources
{
    private readonly SortedDictionary<string, PdfRef> fonts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, PdfRef> xObjects = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, PdfRef> states = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, PdfRef> colorSpaces = new(StringComparer.Ordinal);

    public void Font(string name, PdfRef reference) => fonts[name] = reference;

    public void XObject(string name, PdfRef reference) => xObjects[name] = reference;

    public void State(string name, PdfRef reference) => states[name] = reference;

    public void ColorSpace(string name, PdfRef reference) => colorSpaces[name] = reference;

    public PdfDict ToDict()
    {
        var dict = new PdfDict();
        Add(dict, "Font", fonts);
        Add(dict, "XObject", xObjects);
        Add(dict, "ExtGState", states);
        Add(dict, "ColorSpace", colorSpaces);
        return dict;
    }

    private static void Add(PdfDict dict, string key, SortedDictionary<string, PdfRef> entries)
    {
        if (entries.Count == 0) return;
        var inner = new PdfDict();
        foreach (var (name, reference) in entries) inner.Set(name, reference);
        dict.Set(key, inner);
    }
}
