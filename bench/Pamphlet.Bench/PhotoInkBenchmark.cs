using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;
using Pamphlet.Rendering;
using Pamphlet.Text.Fonts;
using SkiaSharp;

namespace Pamphlet.Bench;

/// <summary>
/// What printing the photos in one ink costs against passing them through in colour: the statement
/// is composed once, then rendered with its photos as they are, in black through a toner curve, and
/// in one risograph ink; then again with the photo replaced by a 4000-pixel-wide copy (a phone
/// camera's size), where averaging down to print resolution matters. Each PDF, and a PNG preview of
/// the first page with the photo, is kept in <c>bench/out/</c> for looking at.
/// </summary>
public static class PhotoInkBenchmark
{
    /// <summary>A phone camera's photo width, for the large-photo rows.</summary>
    private const int LargeWidth = 4000;

    /// <summary>Enough to see the photo's tones in the raster preview, as the script's pdftoppm pictures of the PDFs.</summary>
    private const double PreviewDpi = 60;

    public static void Run(string input, int warmup, int iterations, string outFolder, TextWriter output)
    {
        using var fonts = new FontLibrary([FontLibrary.BundledFolder]);
        var document = MarkdownReader.Read(input);
        var composed = new Composer(fonts).Compose(document, InMemoryBuild.ResolveLayout(input, document)).Document;
        Directory.CreateDirectory(outFolder);
        var photo = composed.Pages.SelectMany(p => p.ItemsOf<ImageItem>()).First().Path;
        var large = Path.Combine(outFolder, "photo-4000.jpg");
        WriteLarger(photo, large);

        var toner = new MonochromeImage(Color.Black, new ToneCurve(0.85, 1.4));
        var riso = new MonochromeImage(RisoInks.Find("bright red")!.At(1), new ToneCurve(0.85, 1.2));
        var variants = new (string Name, string? Path, MonochromeImage? Ink)[]
        {
            ("colour", null, null),
            ("black", null, toner),
            ("riso bright red", null, riso),
            ("4000 px colour", large, null),
            ("4000 px black", large, toner),
        };

        output.WriteLine($"Photos by ink, {Path.GetFileName(input)} composed once: {warmup} warm-up + {iterations} timed renders each; medians, ms.");
        output.WriteLine($"  {"photos",-18} {"wall",7} {"min",7} {"cpu",7} {"PDF KB",7}");
        foreach (var (name, path, ink) in variants)
        {
            var pages = composed with
            {
                Pages = [.. composed.Pages.Select(p => p with
                {
                    Items = [.. p.Items.Select(item => item is ImageItem image ? image with { Path = path ?? image.Path, Monochrome = ink } : item)],
                })],
            };
            var wall = new Samples();
            var cpu = new Samples();
            byte[] pdf = [];
            for (var i = 0; i < warmup + iterations; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var times = new PhaseTimes();
                pdf = times.Time("render", () => InMemoryBuild.RenderToMemory(pages));
                if (i < warmup) continue;
                wall.Add(times.Wall);
                cpu.Add(times.Cpu);
            }

            var stem = Path.Combine(outFolder, $"photos-{name.Replace(' ', '-')}");
            File.WriteAllBytes(stem + ".pdf", pdf);
            // The raster preview of the first page with a photo, to compare with the PDF's.
            var withPhoto = pages.Pages.First(p => p.ItemsOf<ImageItem>().Any());
            File.WriteAllBytes(stem + $"-preview-{withPhoto.Number}.png", new PngRenderer().Render(withPhoto, PreviewDpi));
            output.WriteLine($"  {name,-18} {wall.Median,7:0.0} {wall.Min,7:0.0} {cpu.Median,7:0.0} {pdf.Length / 1024,7}");
        }

        output.WriteLine();
    }

    /// <summary>The photo scaled up to <see cref="LargeWidth"/> pixels wide, as a quality-90 JPEG (once; kept for later runs).</summary>
    private static void WriteLarger(string photo, string target)
    {
        if (File.Exists(target)) return;
        using var original = SKBitmap.Decode(photo);
        var height = (int)Math.Round((double)original.Height * LargeWidth / original.Width);
        using var larger = original.Resize(new SKImageInfo(LargeWidth, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var data = larger.Encode(SKEncodedImageFormat.Jpeg, 90);
        File.WriteAllBytes(target, data.ToArray());
    }
}
