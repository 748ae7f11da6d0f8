using System.Globalization;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// Binds <c>fitting:</c>: the ranges within which a pamphlet may be adjusted to land on a page count.
/// Each range is a two-item list [min, max]; ems are the body size. A range written in the layout being
/// loaded must contain the layout's own value. A range inherited from a layout it extends is widened to
/// the value instead: a user who sets another leading in their own file did not write the range, and an
/// error naming the bundled file would tell them nothing they can fix there.
/// </summary>
internal static class FittingBinder
{
    public static readonly string[] Keys = ["pages", "body-size", "leading", "paragraph-space", "image-height"];

    public static PageFitting Bind(MapReader map, string layoutPath, double bodySize, double leading, double paragraphSpace, double imageShare) => new(
        map.Optional("pages") is { } pages ? PageTarget(pages, map.PathOf("pages")) : null,
        Range(map, layoutPath, "body-size", bodySize, (n, p) => Values.Length(n, p, bodySize)),
        Range(map, layoutPath, "leading", leading, (n, p) => Values.Length(n, p, bodySize)),
        Range(map, layoutPath, "paragraph-space", paragraphSpace, (n, p) => Values.Length(n, p, bodySize)),
        Range(map, layoutPath, "image-height", imageShare, Values.Share));

    private static PageTarget PageTarget(RawNode node, string path) =>
        node is RawScalar { IsNull: false } scalar && Layouts.Model.PageTarget.TryParse(scalar.Value, out var target)
            ? target
            : throw Errors.Expected(node, path, $"{Layouts.Model.PageTarget.Expected} (at most {Layouts.Model.PageTarget.MaxPages})");

    private static FitRange Range(MapReader map, string layoutPath, string key, double preferred, Func<RawNode, string, double> value)
    {
        if (map.Optional(key) is not { } node) return FitRange.Fixed(preferred);
        var path = map.PathOf(key);
        if (node is not RawList { Items.Count: 2 } list)
        {
            throw Errors.Expected(node, path, "a range [min, max], e.g. [9pt, 10.5pt]");
        }
        var range = new FitRange(value(list.Items[0], $"{path}[1]"), value(list.Items[1], $"{path}[2]"));
        var excludesValue = range.Min > preferred + 1e-9 || range.Max < preferred - 1e-9;
        if (excludesValue && node.At.File != layoutPath)
        {
            return new FitRange(Math.Min(range.Min, preferred), Math.Max(range.Max, preferred));
        }
        if (excludesValue)
        {
            throw new PamphletException(node.At,
                $"'{path}' is [{Format(range.Min)}, {Format(range.Max)}] but the layout's own value is {Format(preferred)}: the range must contain it. Widen the range or change the value.");
        }
        return range;
    }

    private static string Format(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
