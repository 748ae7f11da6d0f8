using System.Globalization;

namespace Pamphlet.Fuzzing;

/// <summary>An image a generated statement refers to: the sample photo, or a PNG made for it.</summary>
public sealed record ImageSpec(string FileName, int Width, int Height, PngColour Colour)
{
    /// <summary>The repository's sample photo (samples/photo.jpg), copied beside the statement.</summary>
    public const string SamplePhoto = "photo.jpg";

    public bool IsSamplePhoto => FileName == SamplePhoto;

    /// <summary>Writes the image into <paramref name="folder"/> unless it is already there (generated names say what they hold).</summary>
    public void WriteTo(string folder, string samplePhotoPath)
    {
        var path = Path.Combine(folder, FileName);
        if (File.Exists(path)) return;
        if (IsSamplePhoto) File.Copy(samplePhotoPath, path);
        else File.WriteAllBytes(path, PngImage.Encode(Width, Height, Colour));
    }
}

/// <summary>The images one statement uses, chosen as it is generated.</summary>
internal sealed class StatementAssets
{
    private readonly Dictionary<string, ImageSpec> images = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ImageSpec> Images => images.Values;

    /// <summary>The sample photo most of the time, else a generated PNG of an ordinary or extreme shape.</summary>
    public string AnyImage(FuzzRandom random)
    {
        var spec = random.Chance(0.6)
            ? new ImageSpec(ImageSpec.SamplePhoto, 0, 0, PngColour.Rgb)
            : Generated(random);
        images.TryAdd(spec.FileName, spec);
        return spec.FileName;
    }

    private static ImageSpec Generated(FuzzRandom random)
    {
        var (width, height) = random.Weighted<Func<(int, int)>>(
            (6, () => (random.Between(40, 1600), random.Between(40, 1600))),
            (1, () => (1, 1)),
            (1, () => (random.Between(1500, 3000), random.Between(1, 12))),
            (1, () => (random.Between(1, 12), random.Between(1500, 3000))))();
        var colour = random.Pick(Enum.GetValues<PngColour>());
        var name = string.Create(CultureInfo.InvariantCulture, $"gen-{width}x{height}-{colour.ToString().ToLowerInvariant()}.png");
        return new ImageSpec(name, width, height, colour);
    }
}
