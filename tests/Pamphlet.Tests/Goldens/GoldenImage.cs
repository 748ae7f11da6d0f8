using SkiaSharp;

namespace Pamphlet.Tests.Goldens;

/// <summary>
/// Picture goldens: a rendering compared, with a tolerance, to a PNG kept in
/// <c>tests/Pamphlet.Tests/TestData/Goldens</c>, so that a change in where things are placed is caught
/// while anti-aliasing and rounding are not. After a deliberate change, rewrite them with the one
/// switch <see cref="UpdateSwitch"/>: <c>PAMPHLET_UPDATE_GOLDENS=1 dotnet test --filter Golden</c>,
/// then look at the new PNGs before committing them.
/// </summary>
internal static class GoldenImage
{
    /// <summary>The environment variable that, set to 1, writes the current renderings as the goldens.</summary>
    public const string UpdateSwitch = "PAMPHLET_UPDATE_GOLDENS";

    /// <summary>
    /// A channel differing by at most this much (of 255) is the same pixel: a library update that
    /// anti-aliases an edge differently moves edge pixels by tens of levels, not by a hundred.
    /// </summary>
    private const int ChannelTolerance = 40;

    /// <summary>
    /// The share of pixels that may differ by more: a fifth of a percent, a few dozen pixels of a
    /// quarter-size card. A block of text moved by one pixel of the golden changes several percent.
    /// </summary>
    private const double DifferingShare = 0.002;

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateSwitch) == "1";

    /// <summary>Where the goldens are kept: in the repository (so updates land there), else the copy beside the tests.</summary>
    private static string Folder { get; } = RepositoryFolder.Root is { } root
        ? Path.Combine(root, "tests", "Pamphlet.Tests", "TestData", "Goldens")
        : Path.Combine(AppContext.BaseDirectory, "TestData", "Goldens");

    public static void AssertMatches(string name, byte[] png)
    {
        var path = Path.Combine(Folder, name + ".png");
        if (Updating)
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllBytes(path, png);
            return;
        }

        Assert.True(File.Exists(path), $"The golden {path} is missing; write it with {UpdateSwitch}=1 and look at it before committing.");
        using var expected = SKBitmap.Decode(path);
        using var actual = SKBitmap.Decode(png);
        Assert.True(expected.Width == actual.Width && expected.Height == actual.Height,
            $"{name}: the rendering is {actual.Width} × {actual.Height} px, the golden {expected.Width} × {expected.Height} px.");

        var differing = Differing(expected, actual);
        var share = (double)differing / (expected.Width * expected.Height);
        if (share <= DifferingShare) return;
        var saved = Path.Combine(Path.GetTempPath(), $"pamphlet-golden-{name}.actual.png");
        File.WriteAllBytes(saved, png);
        Assert.Fail($"{name}: {differing} pixels ({share:P2}) differ from the golden by more than {ChannelTolerance} levels (at most {DifferingShare:P1} may). " +
                    $"The rendering is in {saved}; if the change is deliberate, rewrite the goldens with {UpdateSwitch}=1.");
    }

    private static int Differing(SKBitmap expected, SKBitmap actual)
    {
        var count = 0;
        for (var y = 0; y < expected.Height; y++)
        for (var x = 0; x < expected.Width; x++)
        {
            var a = expected.GetPixel(x, y);
            var b = actual.GetPixel(x, y);
            var most = Math.Max(Math.Abs(a.Red - b.Red), Math.Max(Math.Abs(a.Green - b.Green), Math.Abs(a.Blue - b.Blue)));
            if (most > ChannelTolerance) count++;
        }
        return count;
    }
}
