using System.Globalization;

namespace Pamphlet.Layouts.Model;

/// <summary>
/// The page count a pamphlet should land on: an exact count ("8"), or the nearest multiple of four
/// ("fit4", what a saddle-stitched booklet needs). The command line, the manifest and a layout's
/// <c>fitting: pages:</c> all read it with <see cref="TryParse"/>.
/// </summary>
public readonly record struct PageTarget
{
    /// <summary>How "the nearest multiple of four" is written.</summary>
    public const string MultipleOfFourKeyword = "fit4";

    /// <summary>The largest count accepted: beyond it a statement is a book, and a typo is likelier than a wish.</summary>
    public const int MaxPages = 999;

    /// <summary>What a page target looks like, for messages ("must be …").</summary>
    public const string Expected = "a page count such as 8, or fit4";

    private PageTarget(int? exact) => Exact = exact;

    /// <summary>The exact count asked for; null for the nearest multiple of four.</summary>
    public int? Exact { get; }

    public bool IsMultipleOfFour => Exact is null;

    public static PageTarget NearestMultipleOfFour => new(null);

    public static PageTarget Exactly(int pages) =>
        pages is >= 1 and <= MaxPages ? new(pages) : throw new ArgumentOutOfRangeException(nameof(pages), pages, $"a page count is 1 to {MaxPages}");

    /// <summary>"fit4", or a whole number from 1 to <see cref="MaxPages"/> (digits only: no sign, no spaces inside).</summary>
    public static bool TryParse(string? text, out PageTarget target)
    {
        target = default;
        var trimmed = text?.Trim();
        if (trimmed == MultipleOfFourKeyword)
        {
            target = NearestMultipleOfFour;
            return true;
        }

        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var pages) && pages is >= 1 and <= MaxPages)
        {
            target = Exactly(pages);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The counts that meet this target for a statement that sets on <paramref name="natural"/> pages
    /// as the layout is written: the exact count, or the multiples of four on either side of it.
    /// </summary>
    public IReadOnlyList<int> Candidates(int natural)
    {
        if (Exact is { } exact) return [exact];
        var above = (natural + 3) / 4 * 4;
        var below = natural / 4 * 4;
        return below > 0 && below != above ? [above, below] : [above];
    }

    /// <summary>Whether <paramref name="pages"/> meets the target.</summary>
    public bool IsMetBy(int pages) => Exact is { } exact ? pages == exact : pages > 0 && pages % 4 == 0;

    public override string ToString() => Exact?.ToString(CultureInfo.InvariantCulture) ?? MultipleOfFourKeyword;
}
