using Pamphlet.Pages;

namespace Pamphlet.Composition.Flow;

/// <summary>How a boxed panel looks: fill, border, inner padding, and the gap between its entries.</summary>
public sealed record PanelStyle(Color? Fill, Color? Border, double BorderWidth, double Padding, double EntrySpace, double TitleGap);

/// <summary>
/// A boxed panel of entries (the demand box): splits only between entries, each part drawn as its
/// own box, and the part after a break starts with the continued title ("Our demands (continued)").
/// </summary>
public sealed class PanelBlock : FlowBlock
{
    public PanelBlock(Frame? title, Frame? continuedTitle, IReadOnlyList<Frame> entries, PanelStyle style)
    {
        Title = title;
        ContinuedTitle = continuedTitle;
        Entries = entries;
        Style = style;
    }

    public Frame? Title { get; }
    public Frame? ContinuedTitle { get; }
    public IReadOnlyList<Frame> Entries { get; }
    public PanelStyle Style { get; }

    public override double Height => HeightOf(Entries.Count);

    public override double MinimumHeadHeight => HeightOf(Math.Min(1, Entries.Count));

    private double HeightOf(int entries)
    {
        var h = 2 * Style.Padding;
        if (Title is not null) h += Title.Height + (entries > 0 ? Style.TitleGap : 0);
        for (var i = 0; i < entries; i++) h += Entries[i].Height + (i > 0 ? Style.EntrySpace : 0);
        return h;
    }

    public override (FlowBlock? Head, FlowBlock? Tail) Split(double available)
    {
        var fit = 0;
        while (fit < Entries.Count && HeightOf(fit + 1) <= available + 0.01) fit++;
        if (fit >= Entries.Count) return (this, null);
        if (fit == 0) return (null, this);
        var head = new PanelBlock(Title, ContinuedTitle, Entries.Take(fit).ToList(), Style)
        {
            Role = Role, SpaceBefore = SpaceBefore, Location = Location,
        };
        var tail = new PanelBlock(ContinuedTitle ?? Title, ContinuedTitle, Entries.Skip(fit).ToList(), Style)
        {
            Role = Role, SpaceAfter = SpaceAfter, KeepWithNext = KeepWithNext, Location = Location,
        };
        return (head, tail);
    }

    public override IEnumerable<PageItem> Place(double x, double y, double width)
    {
        var box = new Rect(x, y, width, Height);
        yield return new FillItem(Role, box, Style.Fill, Style.Border, Style.BorderWidth);
        var cy = y + Style.Padding;
        var cx = x + Style.Padding;
        if (Title is not null)
        {
            foreach (var item in Title.PlacedAt(cx, cy)) yield return item;
            cy += Title.Height + Style.TitleGap;
        }
        for (var i = 0; i < Entries.Count; i++)
        {
            if (i > 0) cy += Style.EntrySpace;
            foreach (var item in Entries[i].PlacedAt(cx, cy)) yield return item;
            cy += Entries[i].Height;
        }
    }
}
