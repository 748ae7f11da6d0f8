using System.Globalization;
using System.Text;
using Pamphlet.Pages;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// Page labels (ISO 32000-1 §12.4.2) that match the printed folios, so a reader's "page 5" is the page
/// that says 5; pages without a folio (the cover) get an empty label.
/// </summary>
internal static class PageLabels
{
    /// <summary>
    /// The /PageLabels number tree, or null when labels would add nothing: every page's label would be
    /// its position anyway, or no page prints a number (a poster).
    /// </summary>
    public static string? Of(IReadOnlyList<Page> pages)
    {
        if (pages.All(p => p.Folio is null)) return null;
        var nums = new StringBuilder("<</Nums [");
        int? expected = null;
        var plain = true;
        for (var i = 0; i < pages.Count; i++)
        {
            var folio = pages[i].Folio is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
            plain &= folio == i + 1;
            if (folio is { } number && number == expected)
            {
                expected++;
                continue;
            }

            nums.Append(i).Append(' ').Append(folio is { } start ? $"<</S /D /St {start}>>" : "<</P ()>>").Append(' ');
            expected = folio + 1;
        }

        return plain ? null : nums.Append("]>>").ToString().Replace(" ]>>", "]>>");
    }
}
