using Pamphlet.Pages;
using Pamphlet.Pages.Images;
using Pamphlet.Pages.Inks;
using Pamphlet.Pdf.Syntax;
using SkiaSharp;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// Image XObjects, each written once per file and rendition however often it is placed: JPEGs passed
/// through unchanged (DCTDecode, with their ICC profile), PNGs decoded and written with Flate, their
/// alpha as a soft mask and 16-bit channels reduced to 8, and photos printed in one ink
/// (<see cref="ImageItem.Monochrome"/>) as one-component images (<see cref="MonochromeImageStream"/>).
/// The stored pixels are written; the page turns them by the EXIF orientation
/// (<see cref="ImageItem.Orientation"/>), which PDF readers ignore.
/// </summary>
/// <param name="separation">The Separation colour space the document uses for a spot ink.</param>
/// <param name="requireIcc">
/// Colour photos without a profile of their own are tagged with the bundled sRGB profile
/// (/ICCBased, one profile stream per document) instead of /DeviceRGB, as PDF/X requires.
/// </param>
internal sealed class PdfImages(PdfFileWriter pdf, ImagePlacements placements, Func<Color, PdfRef> separation, bool requireIcc)
{
    private readonly Dictionary<(string Path, MonochromeImage? Monochrome), (PdfRef Reference, int Width, int Height)> written = [];
    private PdfRef? srgbProfile;

    /// <summary>The image object for <paramref name="item"/>'s file and rendition, and the file's stored pixel size.</summary>
    public (PdfRef Reference, int Width, int Height) Get(ImageItem item)
    {
        var key = (Path.GetFullPath(item.Path), item.Monochrome);
        if (written.TryGetValue(key, out var known)) return known;
        var result = item.Monochrome is { } monochrome ? WriteMonochrome(item, monochrome) : WriteAsStored(item);
        written.Add(key, result);
        return result;
    }

    private (PdfRef Reference, int Width, int Height) WriteAsStored(ImageItem item)
    {
        var (path, file, header) = ImageFileBytes.Open(item);
        PdfRef reference;
        using (file) reference = header.Format == ImageFormat.Jpeg ? WriteJpeg(path, file, header) : WritePng(path, ImageFileBytes.ReadAll(path, file), header);
        return (reference, header.StoredWidth, header.StoredHeight);
    }

    private (PdfRef Reference, int Width, int Height) WriteMonochrome(ImageItem item, MonochromeImage monochrome)
    {
        var pixels = new MonochromePixels(monochrome);
        var colorSpace = pixels.IsBlack ? PdfValue.Name("DeviceGray") : separation(monochrome.Ink).ToString();
        using var rows = ImageRowReader.Open(item);
        var ppi = placements.FinestPpi(rows.Path, rows.Header.Width, rows.Header.Height);
        var reduction = ppi is { } finest ? MonochromeImageStream.Reduction(finest) : 1;
        return (MonochromeImageStream.Write(pdf, rows, pixels, colorSpace, reduction), rows.Width, rows.Height);
    }

    /// <summary>
    /// The JPEG copied from the file into the PDF as it is: no copy of a photo is held in memory. A
    /// CMYK JPEG stays CMYK, inverted back by /Decode when Adobe's marker says it is stored inverted.
    /// </summary>
    private PdfRef WriteJpeg(string path, FileStream file, ImageHeader header)
    {
        var dict = Dictionary(header.StoredWidth, header.StoredHeight);
        var profile = JpegIccProfile.Extract(file);
        var cmyk = header.Components == 4;
        var adobeInverted = cmyk && JpegAdobeMarker.IsPresent(file);
        file.Position = 0;
        dict.Set("ColorSpace", profile is not null ? $"[/ICCBased {WriteProfile(profile, header.Components)}]"
            : cmyk ? PdfValue.Name("DeviceCMYK")
            : Untagged(header.Components == 1));
        if (adobeInverted) dict.Set("Decode", "[1 0 1 0 1 0 1 0]");
        dict.SetName("Filter", "DCTDecode");
        try
        {
            return pdf.WriteStream(dict, file, file.Length);
        }
        catch (IOException e)
        {
            throw new UnreadableImageException(path, ImageProblem.Unreadable, e.Message);
        }
    }

    private PdfRef WritePng(string path, byte[] bytes, ImageHeader header)
    {
        using var bitmap = SKBitmap.Decode(bytes, new SKImageInfo(header.StoredWidth, header.StoredHeight, SKColorType.Rgba8888, SKAlphaType.Unpremul))
            ?? throw new UnreadableImageException(path, ImageProblem.Damaged, "its picture data cannot be decoded");
        if (bitmap.Width != header.StoredWidth || bitmap.Height != header.StoredHeight)
        {
            throw new UnreadableImageException(path, ImageProblem.Inconsistent,
                $"its header says {header.StoredWidth} × {header.StoredHeight} pixels but the decoder finds {bitmap.Width} × {bitmap.Height}");
        }

        var pixels = bitmap.GetPixelSpan();
        var count = bitmap.Width * bitmap.Height;
        // A grey PNG stays one channel: a third of the bytes, and black ink only.
        var gray = header.Components <= 2;
        var colour = new byte[count * (gray ? 1 : 3)];
        var alpha = new byte[count];
        var translucent = false;
        for (var i = 0; i < count; i++)
        {
            var p = pixels.Slice(i * 4, 4);
            if (gray) colour[i] = p[0];
            else
            {
                colour[i * 3] = p[0];
                colour[i * 3 + 1] = p[1];
                colour[i * 3 + 2] = p[2];
            }

            alpha[i] = p[3];
            translucent |= p[3] != 255;
        }

        var dict = Dictionary(bitmap.Width, bitmap.Height).Set("ColorSpace", Untagged(gray));
        if (translucent)
        {
            var mask = Dictionary(bitmap.Width, bitmap.Height).SetName("ColorSpace", "DeviceGray");
            dict.Set("SMask", pdf.WriteStream(mask, alpha));
        }

        return pdf.WriteStream(dict, colour);
    }

    /// <summary>
    /// The colour space of pixels that carry no profile: grey is black ink (DeviceGray, which PDF/X
    /// accepts as it is); colour is sRGB, said so with the bundled profile when <c>requireIcc</c>.
    /// </summary>
    private string Untagged(bool gray)
    {
        if (gray) return PdfValue.Name("DeviceGray");
        if (!requireIcc) return PdfValue.Name("DeviceRGB");
        srgbProfile ??= WriteProfile(ColorProfiles.Srgb, 3);
        return $"[/ICCBased {srgbProfile}]";
    }

    private PdfRef WriteProfile(ReadOnlySpan<byte> profile, int components) =>
        pdf.WriteStream(new PdfDict().Set("N", components), profile);

    private static PdfDict Dictionary(int width, int height) => new PdfDict()
        .SetName("Type", "XObject").SetName("Subtype", "Image")
        .Set("Width", width).Set("Height", height).Set("BitsPerComponent", 8);
}
