using Pamphlet.Preflight.Facts;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Preflight.Reading;

/// <summary>
/// A content stream's resources (a page's, a form's, a pattern's): named colour spaces, graphics
/// states, fonts, XObjects, patterns and shadings, each looked up once.
/// </summary>
internal sealed class Resources(PdfObjects pdf, DictionaryToken? dictionary)
{
    private readonly Dictionary<string, ColorSpaceInfo?> colorSpaces = [];

    public IToken? Named(string category, string name) => pdf.Get(pdf.GetDictionary(dictionary, category), name);

    /// <summary>The reference a named resource points to, if it is one (forms and images are cached by it).</summary>
    public IndirectReference? ReferenceOf(string category, string name) =>
        PdfObjects.ReferenceOf(pdf.GetDictionary(dictionary, category), name);

    /// <summary>A colour space operand of CS/cs: a device space, Pattern, or a name under /ColorSpace.</summary>
    public ColorSpaceInfo? ColorSpace(string name)
    {
        if (ColorSpaces.Device(name) is { } device) return device;
        if (colorSpaces.TryGetValue(name, out var known)) return known;
        var space = ColorSpaces.Read(pdf, Named("ColorSpace", name), n => Named("ColorSpace", n));
        colorSpaces[name] = space;
        return space;
    }

    /// <summary>A colour space written in an object (an image's /ColorSpace, a shading's), names looked up here.</summary>
    public ColorSpaceInfo? ColorSpace(IToken? token) => ColorSpaces.Read(pdf, token, n => Named("ColorSpace", n));
}
