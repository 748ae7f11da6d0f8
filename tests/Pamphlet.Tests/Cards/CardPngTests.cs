using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Pamphlet.Engine.Cards;
using Pamphlet.Rendering;
using SkiaSharp;
using static Pamphlet.Tests.Cards.CardFixture;

namespace Pamphlet.Tests.Cards;

/// <summary>A card's PNG: its exact pixel size, opaque RGB tagged sRGB, its title as metadata, the same bytes every time.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class CardPngTests(CardFixture fixture) : IClassFixture<CardFixture>
{
    private byte[] Png(string layout, Pamphlet.Documents.Model.Document document) =>
        CardBuild.Png(fixture.Composer.Compose(document, Layout(layout)).Document);

    /// <summary>The file's chunks in order: type and data, each with its CRC checked.</summary>
    internal static List<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        var chunks = new List<(string, byte[])>();
        for (var at = 8; at < png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png[(at + 8)..(at + 8 + length)];
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.Equal(Crc32.HashToUInt32(png.AsSpan(at + 4, 4 + length)), crc);
            chunks.Add((type, data));
            at += 12 + length;
        }
        return chunks;
    }

    [Theory]
    [InlineData("card-square", 1080, 1080)]
    [InlineData("card-portrait", 1080, 1350)]
    [InlineData("card-story", 1080, 1920)]
    [InlineData("card-landscape", 1200, 675)]
    public void The_png_is_the_cards_exact_pixel_size_opaque_rgb_in_srgb(string layout, int width, int height)
    {
        var chunks = Chunks(Png(layout, Sample(Without.Photo)));

        var header = chunks[0];
        Assert.Equal("IHDR", header.Type);
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(header.Data));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(header.Data.AsSpan(4)));
        Assert.Equal(8, header.Data[8]);   // bits per channel
        Assert.Equal(2, header.Data[9]);   // colour type 2: RGB, no alpha
        var srgb = Assert.Single(chunks, c => c.Type == "sRGB");
        Assert.Single(srgb.Data);
        Assert.True(chunks.IndexOf(srgb) < chunks.FindIndex(c => c.Type == "IDAT"), "sRGB must come before the image data");
        Assert.Equal("IEND", chunks[^1].Type);
    }

    [Fact]
    public void The_png_carries_the_statements_title_and_organisation()
    {
        var chunks = Chunks(Png("card-square", Sample(Without.Photo)));

        var text = chunks.Where(c => c.Type == "tEXt").Select(c => Encoding.Latin1.GetString(c.Data)).ToList();
        Assert.Equal(["Title\0Keep Alder Brook Public", "Author\0Alder Brook Neighbourhood Coalition"], text);
        Assert.True(chunks.FindIndex(c => c.Type == "tEXt") < chunks.FindIndex(c => c.Type == "IDAT"));
    }

    [Fact]
    public void A_title_beyond_latin_1_is_written_as_utf8_international_text()
    {
        var chunks = Chunks(Png("card-square", Sample(Without.Photo, md => md.Replace("title: \"Keep Alder Brook Public\"", "title: \"حيّنا ليس للبيع\"", StringComparison.Ordinal))));

        var title = Assert.Single(chunks, c => c.Type == "iTXt" && c.Data.AsSpan().StartsWith("Title\0"u8));
        // Keyword, NUL, not compressed, method 0, no language tag, no translated keyword, then UTF-8 text.
        Assert.Equal("Title\0\0\0\0\0حيّنا ليس للبيع"u8.ToArray(), title.Data);
    }

    [Fact]
    public void The_same_card_gives_the_same_bytes()
    {
        var first = Png("card-square", Sample());
        var second = Png("card-square", Sample());

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_card_without_a_photo_is_the_layouts_background_colour()
    {
        using var bitmap = SKBitmap.Decode(Png("card-square", Sample(Without.Photo)));

        // Bottom-left corner, below every region's text: the accent, #b3001b.
        Assert.Equal(new SKColor(0xb3, 0x00, 0x1b), bitmap.GetPixel(10, 1070));
    }

    [Fact]
    public void Text_entries_go_before_the_image_data_with_valid_checksums()
    {
        var page = new Pamphlet.Pages.Page(1, new Pamphlet.Pages.Size(20, 10), []);
        var png = new PngRenderer().Render(page, 72, [new PngText(PngText.TitleKeyword, "Café"), new PngText(PngText.AuthorKeyword, "Ωmega")]);

        var chunks = Chunks(png);
        Assert.Equal(["IHDR", "sBIT", "sRGB", "tEXt", "iTXt", "IDAT", "IEND"], chunks.Select(c => c.Type));
        Assert.Equal("Title\0Café", Encoding.Latin1.GetString(chunks[3].Data));
    }
}
