namespace Pamphlet.Rendering.Imposition;

/// <summary>How pages are placed on printer sheets.</summary>
public enum ImpositionKind
{
    /// <summary>Booklet order, two pages per side, printed duplex, folded and stapled in the middle.</summary>
    Saddle,

    /// <summary>The same page twice per sheet, to cut apart into flyers.</summary>
    TwoUp,

    /// <summary>A poster larger than the printer's paper, in overlapping portrait tiles with a tile map.</summary>
    Tile,
}

public static class ImpositionKinds
{
    /// <summary>The name used on the command line and in output file names.</summary>
    public static string Name(this ImpositionKind kind) => kind switch
    {
        ImpositionKind.Saddle => "saddle",
        ImpositionKind.TwoUp => "2up",
        ImpositionKind.Tile => "tile",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string text, out ImpositionKind kind)
    {
        foreach (var candidate in Enum.GetValues<ImpositionKind>())
        {
            if (string.Equals(candidate.Name(), text, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
