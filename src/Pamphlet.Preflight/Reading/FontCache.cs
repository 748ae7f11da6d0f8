using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Preflight.Reading;

/// <summary>Fonts read once per document: by object when the resources refer to one, else by the dictionary itself.</summary>
internal sealed class FontCache(PdfObjects pdf)
{
    private readonly Dictionary<IndirectReference, FontInfo> byReference = [];
    private readonly Dictionary<DictionaryToken, FontInfo> byDictionary = new(ReferenceEqualityComparer.Instance);

    /// <summary>The font named <paramref name="name"/> in <paramref name="resources"/>, or null when there is none.</summary>
    public FontInfo? Get(Resources resources, string name)
    {
        var reference = resources.ReferenceOf("Font", name);
        if (reference is { } r && byReference.TryGetValue(r, out var known)) return known;
        if (pdf.Dictionary(resources.Named("Font", name)) is not { } dictionary) return null;
        if (byDictionary.TryGetValue(dictionary, out known)) return known;
        var font = FontInfo.Read(pdf, dictionary, name);
        if (reference is { } key) byReference[key] = font;
        else byDictionary[dictionary] = font;
        return font;
    }
}
