using Pamphlet.Preflight.Facts;

namespace Pamphlet.Preflight.Reading;

/// <summary>
/// The current fill or stroke colour: a space and its components, or a pattern. Made once per colour
/// operator and shared by every painting until the next, so tallying compares it cheaply.
/// </summary>
internal sealed class PaintColor : IEquatable<PaintColor>
{
    /// <summary>Components are kept to 4 decimals: finer differences are the same ink on press, and they would split the tally.</summary>
    private const int Decimals = 4;

    private readonly int hash;

    public PaintColor(ColorSpaceInfo space, IReadOnlyList<double> components, string? pattern = null)
    {
        Space = space;
        var rounded = new double[components.Count];
        for (var i = 0; i < rounded.Length; i++) rounded[i] = Math.Round(components[i], Decimals);
        Components = rounded;
        Pattern = pattern;
        var h = new HashCode();
        h.Add(space);
        foreach (var c in Components) h.Add(c);
        h.Add(pattern);
        hash = h.ToHashCode();
    }

    public ColorSpaceInfo Space { get; }

    public IReadOnlyList<double> Components { get; }

    /// <summary>The pattern resource's name when the space is Pattern.</summary>
    public string? Pattern { get; }

    /// <summary>A space's initial colour (ISO 32000-1 §8.6.8): black for device spaces, a full tint for separations, no pattern.</summary>
    public static PaintColor Initial(ColorSpaceInfo space) => space.Family switch
    {
        ColorFamily.DeviceCMYK => new PaintColor(space, [0, 0, 0, 1]),
        ColorFamily.Separation or ColorFamily.DeviceN => new PaintColor(space, Enumerable.Repeat(1.0, space.Components).ToArray()),
        ColorFamily.Pattern => new PaintColor(space, []),
        _ => new PaintColor(space, new double[space.Components]),
    };

    public static PaintColor Black { get; } = new(ColorSpaceInfo.DeviceGray, [0]);

    public bool Equals(PaintColor? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            hash == other.hash && Space.Equals(other.Space) && Pattern == other.Pattern && Components.SequenceEqual(other.Components));

    public override bool Equals(object? obj) => Equals(obj as PaintColor);

    public override int GetHashCode() => hash;
}
