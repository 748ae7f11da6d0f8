using SkiaSharp;

namespace Pamphlet.Tests.Goldens;

/// <summary>
/// Rendered pages compared with the PNGs kept in this folder (see README.md here): a placement regression
/// (a region on the wrong side, a block moved or gone) changes many pixels, while anti-aliasing and font
/// rasterising differences between machines change few, and only a little.
/// </summary>
internal static class GoldenImages
{
    /// <summary>Set to 1 to write the rendered pages as the new golden images instead of comparing.</summary>
    public const string UpdateVariable = "PAMPHLET_UPDATE_GOLDENS";

    /// <summary>
    /// A pixel differs when one of its channels is off by more than this (of 255): the edge of a glyph or a
    /// photo resampled a little differently stays below it; text or a panel moved onto white paper does not.
    /// </summary>
    public const int ChannelTolerance = 48;

    /// <summary>
    /// The page matches while at most this share of its pixels differ: 0.5 % is some thirty glyphs' edges at
    /// 20 dpi on A3, while a region moving across the page changes several per cent.
    /// </summary>
    public const double DifferingShare = 0.005;

    /// <summary>The folder of the golden images, in the repository (so that updating writes the files to commit).</summary>
    public static string Folder => Path.Combine(
        RepositoryFolder.Root ?? throw new DirectoryNotFoundException($"No Pamphlet.sln above {AppContext.BaseDirectory}; golden images live in the repository."),
        "tests", "Pamphlet.Tests", "Goldens");

    /// <param name="channelTolerance">The page's own <see cref="ChannelTolerance"/>, for a golden of other content.</param>
    /// <param name="differingShare">The page's own <see cref="DifferingShare"/>.</param>
    public static void AssertMatches(byte[] png, string name, int channelTolerance = ChannelTolerance, double differingShare = DifferingShare)
    {
        var path = Path.Combine(Folder, name + ".png");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllBytes(path, png);
            return;
        }

        Assert.True(File.Exists(path), $"there is no golden image {path}: run the test with {UpdateVariable}=1 to write it, look at it, and commit it.");
        using var expected = SKBitmap.Decode(path);
        using var actual = SKBitmap.Decode(png);
        Assert.True(expected.Width == actual.Width && expected.Height == actual.Height,
            $"{name}: the page renders {actual.Width} × {actual.Height} pixels, the golden image is {expected.Width} × {expected.Height}.");

        using var diff = new SKBitmap(actual.Width, actual.Height);
        var differing = 0;
        for (var y = 0; y < actual.Height; y++)
        {
            for (var x = 0; x < actual.Width; x++)
            {
                var (a, e) = (actual.GetPixel(x, y), expected.GetPixel(x, y));
                var off = Math.Max(Math.Abs(a.Red - e.Red), Math.Max(Math.Abs(a.Green - e.Green), Math.Abs(a.Blue - e.Blue)));
                var differs = off > channelTolerance;
                if (differs) differing++;
                diff.SetPixel(x, y, differs ? SKColors.Red : e.WithAlpha(60));
            }
        }

        var share = differing / (double)(actual.Width * actual.Height);
        if (share <= differingShare) return;
        var saved = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "pamphlet-goldens")).FullName;
        File.WriteAllBytes(Path.Combine(saved, name + ".actual.png"), png);
        using (var data = SKImage.FromBitmap(diff).Encode(SKEncodedImageFormat.Png, 6))
        {
            File.WriteAllBytes(Path.Combine(saved, name + ".diff.png"), data.ToArray());
        }
        Assert.Fail($"{name}: {share:P2} of the pixels differ from the golden image (at most {differingShare:P1} may). " +
            $"The rendering and the differences (red) are in {saved}. If the change is meant, run the test with {UpdateVariable}=1 and commit the new image.");
    }
}
