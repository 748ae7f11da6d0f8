using Pamphlet.Composition.Qr;
using Pamphlet.Pages;
using Pamphlet.Rendering;
using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace Pamphlet.Tests.Qr;

[Trait(Tier.Name, Tier.Conformance)]
public sealed class QrCodeTests
{
    private const string SampleUrl = "https://alderbrook.example/";

    private const string LongUrl =
        "https://alderbrook.example/statements/2025/housing-for-everyone-now?lang=en&utm_source=poster&utm_medium=print&ref=a3";

    // A6 portrait, in points: a small page is enough to hold a code and keeps the rasters cheap.
    private static readonly Size A6 = new(297.64, 419.53);

    private static readonly Color Ink = Color.Rgb(20, 20, 30);

    // Stands in for the darkest part of a photo under a poster's code: as dark as the black ink
    // (ZXing, like phones, still reads codes on backgrounds only slightly lighter than the ink).
    private static readonly FillItem DarkPhoto = new("photo", new Rect(0, 0, A6.Width, A6.Height), Color.Black);

    [Theory]
    [InlineData(SampleUrl, 150, 100)]
    [InlineData("https://example.org/s/1", 150, 72)]
    [InlineData(LongUrl, 150, 200)]
    [InlineData(LongUrl, 300, 97.3)]
    public void Decodes_back_to_the_url_from_a_rendered_page(string url, double dpi, double size)
    {
        Assert.True(url != LongUrl || url.Length >= 115, "the long case must be long");
        var frame = QrCode.Compose(url, size, Ink);
        var page = new Page(1, A6, frame.PlacedAt(41.3, 57.9).ToList());

        var result = Decode(new PngRenderer().Render(page, dpi));
        Assert.Equal(url, result?.Text);
        // Level M: survives smudges and creases on a wall (see QrSymbol.ErrorCorrection).
        Assert.Equal("M", result!.ResultMetadata[ResultMetadataType.ERROR_CORRECTION_LEVEL]?.ToString());
    }

    [Fact]
    public void Decodes_on_a_dark_background_when_given_a_light_square()
    {
        var code = QrCode.Compose(SampleUrl, 120, Color.Black, light: Color.White);
        var page = new Page(1, A6, [DarkPhoto, .. code.PlacedAt(80, 100)]);

        Assert.Equal(SampleUrl, Decode(new PngRenderer().Render(page, 150))?.Text);
    }

    [Fact]
    public void Is_not_readable_on_a_dark_background_without_the_light_square()
    {
        // The control for the test above: it passes because of the light square, not by luck.
        var code = QrCode.Compose(SampleUrl, 120, Color.Black);
        var page = new Page(1, A6, [DarkPhoto, .. code.PlacedAt(80, 100)]);

        Assert.Null(Decode(new PngRenderer().Render(page, 150))?.Text);
    }

    [Theory]
    [InlineData(SampleUrl, 100)]
    [InlineData(LongUrl, 173.2)]
    public void Frame_is_a_square_of_exactly_the_size_asked_with_every_item_inside(string url, double size)
    {
        var frame = QrCode.Compose(url, size, Ink, light: Color.White);

        Assert.Equal(size, frame.Width);
        Assert.Equal(size, frame.Height);
        var box = new Rect(0, 0, size, size);
        Assert.All(frame.Items, item => Assert.True(box.Contains(item.Bounds, tolerance: 1e-9), $"{item.Bounds} leaves the frame"));
        Assert.All(frame.Items, item => Assert.IsType<FillItem>(item));
    }

    [Theory]
    [InlineData(SampleUrl)]
    [InlineData(LongUrl)]
    public void Quiet_zone_of_four_modules_is_empty(string url)
    {
        const double size = 150;
        var modules = QrCode.ModuleCount(url);
        // Four modules, as ISO/IEC 18004 asks: written out, not read from the code under test.
        var quiet = 4 * size / modules;
        var symbol = new Rect(quiet, quiet, size - 2 * quiet, size - 2 * quiet);

        var dark = QrCode.Compose(url, size, Ink).Items;
        Assert.All(dark, item => Assert.True(symbol.Contains(item.Bounds, tolerance: 1e-9), $"{item.Bounds} is in the quiet zone"));
        // ...and the symbol reaches the quiet zone's inner edge on every side (the finder patterns),
        // so the zone is exactly four modules, not more.
        Assert.Equal(symbol.X, dark.Min(i => i.Bounds.X), 9);
        Assert.Equal(symbol.Y, dark.Min(i => i.Bounds.Y), 9);
        Assert.Equal(symbol.Right, dark.Max(i => i.Bounds.Right), 9);
        Assert.Equal(symbol.Bottom, dark.Max(i => i.Bounds.Bottom), 9);
    }

    [Theory]
    [InlineData(SampleUrl)]
    [InlineData(LongUrl)]
    public void Merged_rectangles_cover_exactly_the_dark_modules_with_far_fewer_items(string url)
    {
        var symbol = QrSymbol.Encode(url);
        var darkModules = 0;
        for (var r = 0; r < symbol.Side; r++)
            for (var c = 0; c < symbol.Side; c++)
            {
                if (symbol.IsDark(r, c)) darkModules++;
            }

        var modules = QrCode.ModuleCount(url);
        var size = (double)modules; // one point per module: areas count modules
        var items = QrCode.Compose(url, size, Ink).Items.Cast<FillItem>().ToList();

        Assert.True(items.Count < darkModules / 2, $"{items.Count} rectangles for {darkModules} dark modules");
        Assert.Equal(darkModules, items.Sum(i => i.Area.Width * i.Area.Height), 6);
        for (var a = 0; a < items.Count; a++)
            for (var b = a + 1; b < items.Count; b++)
            {
                Assert.False(items[a].Area.Intersects(items[b].Area), $"{items[a].Area} overlaps {items[b].Area}");
            }

        // Every dark module's centre is inside a rectangle, every light one's outside all of them.
        for (var r = 0; r < symbol.Side; r++)
            for (var c = 0; c < symbol.Side; c++)
            {
                var x = QrCode.QuietZoneModules + c + 0.5;
                var y = QrCode.QuietZoneModules + r + 0.5;
                var covered = items.Any(i => x > i.Area.X && x < i.Area.Right && y > i.Area.Y && y < i.Area.Bottom);
                Assert.Equal(symbol.IsDark(r, c), covered);
            }
    }

    [Fact]
    public void Composing_twice_gives_the_same_items()
    {
        var first = QrCode.Compose(LongUrl, 123.4, Ink, light: Color.White);
        var second = QrCode.Compose(LongUrl, 123.4, Ink, light: Color.White);

        Assert.Equal(first.Items, second.Items);
    }

    [Fact]
    public void Light_square_is_first_and_covers_the_frame_only_when_asked()
    {
        var plain = QrCode.Compose(SampleUrl, 90, Ink, role: "poster-qr");
        Assert.All(plain.Items, i => Assert.Equal("poster-qr", i.Role));
        Assert.All(plain.Items.Cast<FillItem>(), i => Assert.Equal(Ink, i.Fill));

        var backed = QrCode.Compose(SampleUrl, 90, Ink, role: "poster-qr", light: Color.White);
        var background = Assert.IsType<FillItem>(backed.Items[0]);
        Assert.Equal("poster-qr-background", background.Role);
        Assert.Equal(new Rect(0, 0, 90, 90), background.Area);
        Assert.Equal(Color.White, background.Fill);
        Assert.Equal(plain.Items, backed.Items.Skip(1));
    }

    [Fact]
    public void Sample_url_is_a_version_3_symbol_of_37_modules_with_its_quiet_zone()
    {
        // "https://alderbrook.example/" is 27 bytes: too many for version 2 at level M (26), so version 3 (29 modules) + 2 × 4.
        Assert.Equal(37, QrCode.ModuleCount(SampleUrl));
        Assert.Equal(37 * QrCode.MinimumModuleSize, QrCode.MinimumSize(SampleUrl), 9);
        Assert.Equal(0.5 * 72 / 25.4, QrCode.MinimumModuleSize, 9);
    }

    [Fact]
    public void Longer_text_needs_more_modules()
    {
        Assert.True(QrCode.ModuleCount(LongUrl) > QrCode.ModuleCount(SampleUrl));
    }

    [Fact]
    public void Rejects_empty_or_too_long_text_and_sizes_that_are_not_positive()
    {
        Assert.Throws<ArgumentException>(() => QrCode.Compose("", 100, Ink));
        var tooLong = "https://alderbrook.example/?" + new string('x', 3000);
        var error = Assert.Throws<ArgumentException>(() => QrCode.Compose(tooLong, 100, Ink));
        Assert.Contains("shorter", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => QrCode.Compose(SampleUrl, 0, Ink));
        Assert.Throws<ArgumentOutOfRangeException>(() => QrCode.Compose(SampleUrl, double.NaN, Ink));
    }

    [Theory]
    [InlineData('a', 1)]      // Latin-1: one byte a character
    [InlineData('é', 1)]
    [InlineData('€', 3)]      // beyond Latin-1: UTF-8
    public void The_longest_payload_a_code_holds_encodes_and_one_byte_more_is_refused(char filler, int bytesPerCharacter)
    {
        var longest = new string(filler, QrSymbol.MaxPayloadBytes / bytesPerCharacter);
        Assert.Equal(QrSymbol.MaxPayloadBytes, QrSymbol.PayloadBytes(longest));

        // Version 40, the largest symbol: 177 modules a side, and the quiet zone around it.
        Assert.Equal(177 + 2 * QrCode.QuietZoneModules, QrCode.ModuleCount(longest));
        Assert.Throws<ArgumentException>(() => QrCode.ModuleCount(longest + filler));
    }

    /// <summary>Reads a QR code from PNG bytes with ZXing, as a phone would from a photo of the print; null if none is found.</summary>
    internal static Result? Decode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var luminance = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
            {
                var p = bitmap.GetPixel(x, y);
                // Rec. 601 luma weights, as ZXing itself uses for RGB input.
                luminance[y * bitmap.Width + x] = (byte)((p.Red * 299 + p.Green * 587 + p.Blue * 114) / 1000);
            }

        var source = new RGBLuminanceSource(luminance, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new BarcodeReaderGeneric
        {
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true },
        };
        return reader.Decode(source);
    }
}
