using System.Globalization;
using Pamphlet.Pages;
using Pamphlet.Pdf.Fonts;
using Pamphlet.Pdf.Syntax;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// What one file shares between its pages: the embedded fonts, images, opacity states and spot-ink
/// colour spaces, each written once with one resource name (F1, Im1, GS1, CS1) used on every page.
/// </summary>
/// <param name="placements">Where the document places each image file, for the resolution of photos printed in one ink.</param>
/// <param name="requireIccImages">Colour photos without a profile get the bundled sRGB one (see <see cref="PdfImages"/>).</param>
internal sealed class DocumentResources(
    PdfFileWriter file, IReadOnlyDictionary<FontFace, EmbeddedFont> fonts, FontGlyphs glyphs, ExtractableText text,
    ImagePlacements placements, bool requireIccImages)
{
    /// <summary>The writer's own glyphs (spaces, hyphens) in each font.</summary>
    public FontGlyphs Glyphs => glyphs;

    /// <summary>Replacement text of words broken across lines.</summary>
    public ExtractableText Text => text;

    private readonly Dictionary<FontFace, string> fontNames = [];
    private readonly Dictionary<string, string> imageNames = new(StringComparer.Ordinal);
    private readonly Dictionary<PdfRef, string> imageNameByObject = [];
    private readonly Dictionary<(double Alpha, bool Overprint), (string Name, PdfRef Reference)> paintStates = [];
    private readonly Dictionary<Color, (string Name, PdfRef Reference)> spots = [];
    private PdfImages? images;

    public PdfFileWriter File => file;

    public EmbeddedFont Font(FontFace face) => fonts[face];

    public string FontName(FontFace face)
    {
        if (!fontNames.TryGetValue(face, out var name)) fontNames[face] = name = "F" + (fontNames.Count + 1).ToString(CultureInfo.InvariantCulture);
        return name;
    }

    /// <summary>The image's resource name and its stored pixel size.</summary>
    public (string Name, PdfRef Reference, int Width, int Height) Image(ImageItem item)
    {
        // Monochrome photos in a spot ink use the same Separation as the page's vector colours.
        images ??= new PdfImages(file, placements, spot => Separation(spot).Reference, requireIccImages);
        var (reference, width, height) = images.Get(item);
        if (!imageNameByObject.TryGetValue(reference, out var name))
        {
            imageNameByObject[reference] = name = "Im" + (imageNameByObject.Count + 1).ToString(CultureInfo.InvariantCulture);
        }

        return (name, reference, width, height);
    }

    /// <summary>
    /// An ExtGState that sets fill and stroke opacity to <paramref name="alpha"/> and overprint on or
    /// off. Overprint mode 1 lets a CMYK colour's zero components leave the plates beneath untouched,
    /// so black text overprints a panel without knocking it out.
    /// </summary>
    public (string Name, PdfRef Reference) PaintState(double alpha, bool overprint)
    {
        var key = (Math.Round(alpha, 4), overprint);
        if (!paintStates.TryGetValue(key, out var state))
        {
            var dict = new PdfDict().SetName("Type", "ExtGState").Set("ca", key.Item1).Set("CA", key.Item1)
                .Set("OP", overprint ? "true" : "false").Set("op", overprint ? "true" : "false");
            if (overprint) dict.Set("OPM", 1);
            var reference = file.Write(dict);
            paintStates[key] = state = ("GS" + (paintStates.Count + 1).ToString(CultureInfo.InvariantCulture), reference);
        }

        return state;
    }

    /// <summary>
    /// A Separation colour space for a spot ink: the ink's name, shown through its CMYK alternate by a
    /// linear tint transform (0 paper, 1 the alternate), as RIPs and previewers expect.
    /// </summary>
    public (string Name, PdfRef Reference) Separation(Color spot)
    {
        var key = Color.Spot(spot.SpotName!, spot.SpotAlternate!.Value);
        if (!spots.TryGetValue(key, out var space))
        {
            var cmyk = key.SpotAlternate!.Value.Components;
            var tint = $"<</FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] /C1 {PdfValue.Array(cmyk.Select(c => PdfValue.Number(c)))} /N 1>>";
            var reference = file.Write($"[/Separation {PdfValue.Name(key.SpotName!)} /DeviceCMYK {tint}]");
            spots[key] = space = ("CS" + (spots.Count + 1).ToString(CultureInfo.InvariantCulture), reference);
        }

        return space;
    }
}
