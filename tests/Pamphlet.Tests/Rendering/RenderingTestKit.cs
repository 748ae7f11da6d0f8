using HarfBuzzSharp;
using Pamphlet.Pages;
using SkiaSharp;
using Size = Pamphlet.Pages.Size;

namespace Pamphlet.Tests.Rendering;

/// <summary>Builds real display lists by hand: fonts from the bundled files, glyphs from HarfBuzz.</summary>
internal static class RenderingTestKit
{
    public static readonly Size A5 = new(419.53, 595.28);

    public static string FontPath(string relative)
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "fonts", relative);
        if (File.Exists(copied)) return copied;
        if (RepositoryFolder.Root is { } root) return Path.Combine(root, "fonts", relative);

        throw new FileNotFoundException("Bundled font not found", relative);
    }

    public static FontFace NotoSerif { get; } = LoadFace("noto-serif/NotoSerif-Regular.ttf", "Noto Serif");

    public static FontFace NotoSansBold { get; } = LoadFace("noto-sans/NotoSans-Bold.ttf", "Noto Sans");

    public static FontFace LoadFace(string relative, string family)
    {
        var path = FontPath(relative);
        return new FontFace(path, 0, family, File.ReadAllBytes(path));
    }

    /// <summary>Shapes <paramref name="text"/> with HarfBuzz (default features, so "ffi"/"fl" ligate).</summary>
    public static GlyphRun Shape(string text, FontFace face, double size, double x, double y, string role = "body", Pages.Color? color = null)
    {
        using var blob = Blob.FromFile(face.Path);
        using var hbFace = new Face(blob, face.Index);
        using var font = new HarfBuzzSharp.Font(hbFace);
        var unitsPerEm = hbFace.UnitsPerEm;
        font.SetScale(unitsPerEm, unitsPerEm);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        font.Shape(buffer);
        var scale = size / unitsPerEm;
        var glyphs = new List<ushort>();
        var positions = new List<Pages.Point>();
        var clusters = new List<int>();
        double pen = 0;
        var infos = buffer.GlyphInfos;
        var placements = buffer.GlyphPositions;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs.Add((ushort)infos[i].Codepoint);
            clusters.Add((int)infos[i].Cluster);
            positions.Add(new Pages.Point(pen + placements[i].XOffset * scale, -placements[i].YOffset * scale));
            pen += placements[i].XAdvance * scale;
        }

        return new GlyphRun(role, new Pages.Point(x, y), face, size, color ?? Pages.Color.Black, glyphs, positions, text, clusters,
            pen, size * 0.8, size * 0.25);
    }

    public static DocumentInfo Info(DateTimeOffset? date = null) =>
        new("Stop the Bypass", "Residents' Assembly", "Statement on the bypass plan", "en-GB", "pamphlet 0.1.0",
            date ?? new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    public static PagedDocument TextDocument(params string[][] linesPerPage)
    {
        var pages = linesPerPage.Select((lines, index) => new Page(index + 1, A5,
            lines.Select((line, i) => (PageItem)Shape(line, NotoSerif, 11, 40, 80 + i * 15)).ToList())).ToList();
        return new PagedDocument(Info(), pages);
    }

    public static byte[] RenderPdf(PagedDocument document)
    {
        using var output = new MemoryStream();
        new Pamphlet.Rendering.PdfRenderer().Render(document, output);
        return output.ToArray();
    }

    /// <summary>A small colourful JPEG made with Skia, written to a temporary file.</summary>
    public static (string Path, byte[] Bytes) MakeJpeg(int width = 64, int height = 48)
    {
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 255 / width), (byte)(y * 255 / height), 128));
            }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        var bytes = data.ToArray();
        var path = Path.Combine(Path.GetTempPath(), $"pamphlet-rendering-{Guid.NewGuid():N}.jpg");
        File.WriteAllBytes(path, bytes);
        return (path, bytes);
    }

    public static string MakePngWithAlpha(int width = 20, int height = 20)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor(200, 30, 30, (byte)(x * 255 / width)));
            }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 6);
        var path = Path.Combine(Path.GetTempPath(), $"pamphlet-rendering-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(path, data.ToArray());
        return path;
    }

    public static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
