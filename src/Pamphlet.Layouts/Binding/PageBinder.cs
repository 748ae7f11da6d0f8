using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Units;
using Pamphlet.Pages;

namespace Pamphlet.Layouts.Binding;

/// <summary>Binds <c>page:</c> — size, orientation, margins, columns — and checks that text still fits.</summary>
internal static class PageBinder
{
    public static readonly string[] Keys = ["size", "orientation", "margins", "columns", "gutter", "bleed"];
    private static readonly string[] SizeKeys = ["width", "height"];
    private static readonly string[] MarginKeys = ["top", "bottom", "inside", "outside"];

    /// <summary>More columns than this is a grid, not a text page; it is almost certainly a typo.</summary>
    private const int MaxColumns = 12;

    private static readonly IReadOnlyDictionary<string, bool> Orientations = new Dictionary<string, bool>
    {
        ["portrait"] = false,
        ["landscape"] = true,
    };

    public static PageSetup Bind(MapReader page)
    {
        var (width, height) = Size(page);
        var margins = Margins(page);
        var columns = Values.Integer(page.Required("columns"), page.PathOf("columns"), 1, MaxColumns);
        var gutter = Values.Length(page.Required("gutter"), page.PathOf("gutter"), emSize: null);
        var bleed = Values.Length(page.Required("bleed"), page.PathOf("bleed"), emSize: null);

        CheckMediaSize(page, Math.Max(width, height), bleed);
        var marginsAt = page.Required("margins").At;
        if (margins.Inside + margins.Outside >= width)
        {
            throw new PamphletException(marginsAt,
                $"the inside and outside margins ({Mm(margins.Inside + margins.Outside)}) leave no room on a page {Mm(width)} wide; make them smaller.");
        }

        if (margins.Top + margins.Bottom >= height)
        {
            throw new PamphletException(marginsAt,
                $"the top and bottom margins ({Mm(margins.Top + margins.Bottom)}) leave no room on a page {Mm(height)} high; make them smaller.");
        }

        var setup = new PageSetup(width, height, margins, columns, gutter, bleed);
        if (setup.ColumnWidth <= 0)
        {
            throw new PamphletException(page.Required("columns").At,
                $"{columns} columns with a {Mm(gutter)} gutter do not fit in the {Mm(width - margins.Inside - margins.Outside)} between the margins; use fewer columns or a smaller gutter.");
        }

        return setup;
    }

    /// <summary>The page with its bleed and printer's marks must stay within the largest page a PDF may have.</summary>
    private static void CheckMediaSize(MapReader page, double longestSide, double bleed)
    {
        var media = MediaSize.WithBleedAndMarks(longestSide, bleed);
        if (media <= MediaSize.MaxSide) return;

        var limit = $"more than the {Mm(MediaSize.MaxSide)} (14,400pt) a PDF page may have";
        var band = $"the {Mm(MediaSize.MarkBand)} printer's marks band";
        var largestWithoutBleed = MediaSize.MaxSide - 2 * MediaSize.MarkBand;
        if (longestSide <= largestWithoutBleed)
        {
            var mostBleed = Math.Floor((largestWithoutBleed - longestSide) / 2 / LengthLiteral.PointsPerMillimetre);
            throw new PamphletException(page.Required("bleed").At,
                $"'{page.PathOf("bleed")}' ({Mm(bleed)}) makes the page {Mm(media)} on its longest side with {band} on each side, {limit}; a bleed is usually 3mm, and it can be at most {mostBleed:0}mm here.");
        }

        throw new PamphletException(page.Required("size").At,
            $"the page is {Mm(longestSide)} on its longest side, {Mm(media)} with its bleed and {band} on each side, {limit}; make '{page.PathOf("size")}' smaller.");
    }

    private static (double Width, double Height) Size(MapReader page)
    {
        var node = page.Required("size");
        var path = page.PathOf("size");
        var landscape = Values.Choice(page.Required("orientation"), page.PathOf("orientation"), Orientations);
        if (node is Yaml.RawMap)
        {
            // A custom size is taken as written: orientation only turns named sizes.
            var custom = new MapReader(node, path, SizeKeys);
            return (Positive(custom, "width"), Positive(custom, "height"));
        }

        var name = Values.Text(node, path).Trim();
        if (!PaperSizes.Portrait.TryGetValue(name, out var size))
        {
            throw new PamphletException(node.At,
                $"unknown page size '{name}'. Use one of {Suggestions.List(PaperSizes.Names)}, or {{width: 148mm, height: 210mm}}.");
        }

        return landscape ? (size.Height, size.Width) : size;
    }

    private static double Positive(MapReader map, string key)
    {
        var node = map.Required(key);
        var value = Values.Length(node, map.PathOf(key), emSize: null);
        if (value <= 0) throw Errors.At(node, $"'{map.PathOf(key)}' must be more than 0.");
        return value;
    }

    private static Margins Margins(MapReader page)
    {
        var node = page.Required("margins");
        var path = page.PathOf("margins");
        if (node is not Yaml.RawMap)
        {
            var all = Values.Length(node, path, emSize: null);
            return new Margins(all, all, all, all);
        }

        var map = new MapReader(node, path, MarginKeys);
        double Side(string key) => Values.Length(map.Required(key), map.PathOf(key), emSize: null);
        return new Margins(Side("top"), Side("bottom"), Side("inside"), Side("outside"));
    }

    private static string Mm(double points) => $"{points / LengthLiteral.PointsPerMillimetre:0.#}mm";
}
