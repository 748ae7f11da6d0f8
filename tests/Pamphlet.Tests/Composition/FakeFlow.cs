using Pamphlet.Composition.Flow;
using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// A tiny DSL of flow blocks without fonts: every frame is one solid fill whose role names it
/// ("A", "P.3" for the third line of P), so a test can ask where each named piece landed.
/// </summary>
internal static class FakeFlow
{
    public const double Width = 100;

    /// <summary>Default line pitch of fake paragraphs (points).</summary>
    public const double Pitch = 10;

    public static Frame Solid(string name, double height) =>
        new(Width, height, [new FillItem(name, new Rect(0, 0, Width, height), Color.Black)]);

    public static FrameBlock Box(string name, double height, double before = 0, double after = 0, bool keep = false, bool floats = false) =>
        new(Solid(name, height)) { Role = name, SpaceBefore = before, SpaceAfter = after, KeepWithNext = keep, Floats = floats };

    /// <summary>A paragraph of <paramref name="count"/> lines named "name.1" … "name.count".</summary>
    public static LinesBlock Lines(string name, int count, int orphans = 2, int widows = 2, double before = 0, double after = 0, double pitch = Pitch) =>
        new(Enumerable.Range(1, count).Select(i => Solid($"{name}.{i}", pitch)).ToList(), orphans, widows)
        {
            Role = name,
            SpaceBefore = before,
            SpaceAfter = after,
        };

    public static PanelStyle PanelStyle(double padding = 5, double entrySpace = 3, double titleGap = 4) =>
        new(Color.White, Color.Black, 1, padding, entrySpace, titleGap);

    /// <summary>A panel named "panel" with a "title", a "continued" title and entries "e1" … "eN" of the given heights.</summary>
    public static PanelBlock Panel(double titleHeight, params double[] entryHeights) =>
        Panel(PanelStyle(), titleHeight, 0, entryHeights);

    public static PanelBlock Panel(PanelStyle style, double titleHeight, double before, params double[] entryHeights) =>
        new(Solid("title", titleHeight), Solid("continued", titleHeight),
            entryHeights.Select((h, i) => Solid($"e{i + 1}", h)).ToList(), style, width: 100)
        {
            Role = "panel",
            SpaceBefore = before,
        };
}

/// <summary>Where one named fake frame landed: page (1-based in paginator order), column x, top y and height.</summary>
internal sealed record Placement(string Name, int Page, double X, double Y, double Height)
{
    public double Bottom => Y + Height;
}

internal static class PaginatorRun
{
    public static List<Placement> Placements(this Paginator.Result result) =>
        result.Pages
            .SelectMany((items, page) => items.OfType<FillItem>()
                .Select(f => new Placement(f.Role, page + 1, f.Area.X, f.Area.Y, f.Area.Height)))
            .ToList();

    public static Placement Of(this IEnumerable<Placement> placements, string name) =>
        Assert.Single(placements, p => p.Name == name);

    /// <summary>The lines of paragraph <paramref name="name"/>, in order.</summary>
    public static List<Placement> LinesOf(this IEnumerable<Placement> placements, string name) =>
        placements.Where(p => p.Name.StartsWith(name + ".", StringComparison.Ordinal))
            .OrderBy(p => int.Parse(p.Name[(name.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>The last item placed on a page (by bottom edge).</summary>
    public static Placement LastOn(this IEnumerable<Placement> placements, int page) =>
        placements.Where(p => p.Page == page).OrderBy(p => p.Bottom).ThenBy(p => p.Y).Last();
}
