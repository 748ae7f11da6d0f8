using System.Globalization;
using System.Text;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Model;

namespace Pamphlet.Composition.Blocks;

/// <summary>How the items of an ordered list are counted.</summary>
internal enum Numbering
{
    /// <summary>1, 2, 3 … as the author numbered them.</summary>
    Decimal,

    /// <summary>a, b, c … z, aa, ab …: sub-points under numbered demands.</summary>
    Letters,
}

/// <summary>The marker text of every item of a list: its number or letter with a suffix, or the bullet.</summary>
internal static class ListMarkers
{
    public static IReadOnlyList<string> For(ListBlock list, string bullet, Numbering numbering, string suffix) =>
        list.Items.Select((_, i) => list.Ordered ? Ordinal(list.Start + i, numbering) + suffix : bullet).ToList();

    public static string Ordinal(int number, Numbering numbering) =>
        numbering == Numbering.Letters && number > 0 ? Letters(number) : number.ToString(CultureInfo.InvariantCulture);

    /// <summary>1 → a, 26 → z, 27 → aa, 28 → ab (bijective base 26, as spreadsheets count columns).</summary>
    public static string Letters(int number)
    {
        var letters = new StringBuilder();
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('a' + (n - 1) % 26));
        }

        return letters.ToString();
    }
}
