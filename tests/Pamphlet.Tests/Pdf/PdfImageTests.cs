using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Pamphlet.Pages;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Pdf;

/// <summary>Images: written once per file however often placed, PNG alpha as a soft mask, 16-bit PNGs reduced to 8 bits.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class PdfImageTests
{
    private static ImageItem Placed(string path, double y) => new("image", new Rect(40, y, 100, 75), path, ImageItem.WholeImage);

    private static List<(UglyToad.PdfPig.Core.IndirectReference Reference, DictionaryToken Dictionary)> Images(PdfDocument document) =>
        document.ObjectsWhere(d => d.Is("Subtype", "Image"));

    /// <summary>The image XObjects a page's resources name, by object number.</summary>
    private static List<long> ImagesOn(PdfDocument document, UglyToad.PdfPig.Content.Page page)
    {
        var resources = document.DictionaryOf(page.Dictionary.Data["Resources"]);
        var xobjects = document.Require<DictionaryToken>(resources, "XObject");
        return xobjects.Data.Values.Cast<IndirectReferenceToken>().Select(r => r.Data.ObjectNumber).ToList();
    }

    [Fact]
    public void A_jpeg_placed_on_two_pages_is_one_image_object()
    {
        var (path, _) = MakeJpeg();
        try
        {
            var doc = new PagedDocument(Info(), [new Page(1, A5, [Placed(path, 40), Placed(path, 200)]), new Page(2, A5, [Placed(path, 40)])]);
            using var document = PdfDocument.Open(RenderPdf(doc));

            var image = Assert.Single(Images(document));
            Assert.Equal("DCTDecode", document.NameOf(image.Dictionary, "Filter"));
            Assert.Equal([image.Reference.ObjectNumber], ImagesOn(document, document.GetPage(1)));
            Assert.Equal([image.Reference.ObjectNumber], ImagesOn(document, document.GetPage(2)));
            Assert.Equal(2, document.GetPage(1).Operators().Count(o => o == "Do"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_png_with_alpha_gets_a_grey_soft_mask_of_its_size()
    {
        var path = MakePngWithAlpha(20, 12);
        try
        {
            using var document = PdfDocument.Open(RenderPdf(new PagedDocument(Info(), [new Page(1, A5, [Placed(path, 40)])])));

            var images = Images(document);
            var image = Assert.Single(images, i => i.Dictionary.Data.ContainsKey("SMask")).Dictionary;
            var mask = document.DictionaryOf(image.Data["SMask"]);
            Assert.Equal("DeviceGray", document.NameOf(mask, "ColorSpace"));
            Assert.Equal(20, document.Require<NumericToken>(mask, "Width").Int);
            Assert.Equal(12, document.Require<NumericToken>(mask, "Height").Int);
            Assert.Equal("FlateDecode", document.NameOf(image, "Filter"));
            Assert.Equal(2, images.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_16_bit_png_comes_out_with_8_bits_per_component()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pamphlet-16bit-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(path, SixteenBitPng(16, 10));
        try
        {
            using var document = PdfDocument.Open(RenderPdf(new PagedDocument(Info(), [new Page(1, A5, [Placed(path, 40)])])));

            var image = Assert.Single(Images(document)).Dictionary;
            Assert.Equal(8, document.Require<NumericToken>(image, "BitsPerComponent").Int);
            Assert.Equal(16, document.Require<NumericToken>(image, "Width").Int);
            Assert.Equal("DeviceRGB", document.NameOf(image, "ColorSpace"));
            // 8 bits a channel: the decoded samples are exactly width × height × 3 bytes.
            var samples = ((StreamToken)document.Structure.GetObject(Assert.Single(Images(document)).Reference).Data).Decode();
            Assert.Equal(16 * 10 * 3, samples.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A 16-bit-per-channel RGB PNG (colour type 2, bit depth 16), written by hand: a gradient.</summary>
    private static byte[] SixteenBitPng(int width, int height)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0); // filter: none
            for (var x = 0; x < width; x++)
            {
                foreach (var sample in new[] { x * 65535 / width, y * 65535 / height, 40000 })
                {
                    raw.WriteByte((byte)(sample >> 8));
                    raw.WriteByte((byte)sample);
                }
            }
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw.ToArray());
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 16; // bit depth
        header[9] = 2;  // colour type: RGB
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    /// <summary>The CRC-32 (ISO 3309) PNG puts after each chunk.</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }

        return ~crc;
    }
}
