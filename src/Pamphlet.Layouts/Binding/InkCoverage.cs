using System.Globalization;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Layouts.Binding;

/// <summary>Process colours a layout writes must stay within the total ink a press accepts.</summary>
internal static class InkCoverage
{
    public static Color Checked(Color color, RawNode node, string path)
    {
        var process = color.Space == ColorSpace.Cmyk ? color : color.SpotAlternate;
        if (process is { } cmyk && cmyk.Components.Sum() > InkLimits.MaxTotalInk + 1e-9)
        {
            var total = (cmyk.Components.Sum() * 100).ToString("0.#", CultureInfo.InvariantCulture);
            throw Errors.At(node,
                $"'{path}' is {cmyk} — {total} % ink in total, more than the {InkLimits.MaxTotalInk * 100:0} % a press prints without smearing; lower cyan, magenta or yellow (a rich black such as cmyk(60, 40, 40, 100) is 240 %).");
        }

        return color;
    }
}
