using Pamphlet.Pages;

namespace Pamphlet.Rendering.Pdf;

/// <summary>
/// Composition gives a link one area per run of its text (a word each); one annotation per link and
/// line is what readers expect (one tab stop, one hover), so neighbouring areas of the same link on
/// one line are joined.
/// </summary>
internal static class LinkAreas
{
    /// <summary>Areas closer than this (points) in top and height are on one line.</summary>
    private const double SameLine = 0.01;

    public static List<LinkItem> Merge(IEnumerable<LinkItem> links)
    {
        var merged = new List<LinkItem>();
        foreach (var link in links)
        {
            if (merged.Count > 0 && merged[^1] is var last && last.Url == link.Url && ReferenceEquals(last.Structure, link.Structure)
                && Math.Abs(last.Area.Y - link.Area.Y) < SameLine && Math.Abs(last.Area.Height - link.Area.Height) < SameLine)
            {
                var left = Math.Min(last.Area.X, link.Area.X);
                var right = Math.Max(last.Area.Right, link.Area.Right);
                merged[^1] = last with { Area = last.Area with { X = left, Width = right - left } };
                continue;
            }

            merged.Add(link);
        }

        return merged;
    }
}
