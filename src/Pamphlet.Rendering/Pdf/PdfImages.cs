using Pamphlet.Pages;
using Pamphlet.Pages.Images;
using Pamphlet.Pdf.Syntax;
using SkiaSharp;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// Image XObjects, each written once per file however often it is placed: JPEGs passed through
/// unchanged (DCTDecode, with their ICC profile), PNGs decoded and written with Flate, their alpha as
/// a soft mask and 16-bit channels reduced to 8. The stored pixels are written; the page turns them
/// by the EXIF orientation (<see cref="ImageItem.Orientation"/>), which PDF readers ignore.
/// </summary>
internal sealed class PdfImages(PdfFileWriter pdf)
{
    private readonly Dictionary<string, (PdfRef Reference, int Width, int Height)> written = new(StringComparer.Ordinal);

    public (PdfRef Reference, int Width, int Height) Get(ImageItem item)
    {
        if (written.TryGetValue(Path.GetFullPath(item.Path), out var known)) return known;
        var (key, file, header) = ImageFileBytes.Open(item);
        PdfRef reference;
        using (file) reference = header.Format == ImageFormat.Jpeg ? WriteJpeg(key, file, header) : WritePng(key, ImageFileBytes.ReadAll(key, file), header);
        var result = (reference, header.StoredWidth, header.StoredHeight);
        written.Add(key, result);
        return result;
    }

    /// <summary>The JPEG copied from the file into the PDF as it is: no copy of a photo is held in memory.</summary>
    private PdfRef WriteJpeg(string path, FileStream file, ImageHeader header)
    {
        var dict = Dictionary(header.StoredWidth, header.StoredHeight);
        var profile = JpegIccProfile.Extract(file);
        file.Position = 0;
        dict.Set("ColorSpace", profile is null
            ? PdfValue.Name(header.Components == 1 ? "DeviceGray" : "DeviceRGB")
            : $"[/ICCBased {WriteProfile(profile, header.Components)}]");
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

        var dict = Dictionary(bitmap.Width, bitmap.Height).SetName("ColorSpace", gray ? "DeviceGray" : "DeviceRGB");
        if (translucent)
        {
            var mask = Dictionary(bitmap.Width, bitmap.Height).SetName("ColorSpace", "DeviceGray");
            dict.Set("SMask", pdf.WriteStream(mask, alpha));
        }

        return pdf.WriteStream(dict, colour);
    }

    private PdfRef WriteProfile(byte[] profile, int components) =>
        pdf.WriteStream(new PdfDict().Set("N", components), profile);

    private static PdfDict Dictionary(int width, int height) => new PdfDict()
        .SetName("Type", "XObject").SetName("Subtype", "Image")
        .Set("Width", width).Set("Height", height).Set("BitsPerComponent", 8);
}
