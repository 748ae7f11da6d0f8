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
    /// <param name="width">The panel's outer width (its entries are set this wide less the padding).</param>
    public PanelBlock(Frame? title, Frame? continuedTitle, IReadOnlyList<Frame> entries, PanelStyle style, double width)
    {
        Width = width;
        Title = title;
        ContinuedTitle = continuedTitle;
        Entries = entries;
        Style = style;
    }

    public Frame? Title { get; }
    public Frame? ContinuedTitle { get; }
    public IReadOnlyList<Frame> Entries { get; }
    public PanelStyle Style { get; }
    public double Width { get; }

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
        var head = new PanelBlock(Title, ContinuedTitle, Entries.Take(fit).ToList(), Style, Width)
        {
            Role = Role, SpaceBefore = SpaceBefore, Location = Location,
        };
        var tail = new PanelBlock(ContinuedTitle ?? Title, ContinuedTitle, Entries.Skip(fit).ToList(), Style, Width)
        {
            Role = Role, SpaceAfter = SpaceAfter, KeepWithNext = KeepWithNext, Location = Location,
        };
        return (head, tail);
    }

    /// <summary>A panel nested in another block is set whole: it becomes one frame, which is then mapped.</summary>
    public override FlowBlock MapFrames(Func<Frame, Frame> map) => AsFrameBlock(map);

    public override FlowBlock MapFirstFrame(Func<Frame, Frame> map) => AsFrameBlock(map);

    /// <summary>The whole panel as one frame (for panels nested in other blocks, which never split).</summary>
    public Frame ToFrame() => new(Width, Height, Place(0, 0, Width).ToList());

    public override Frame? AsFrame() => ToFrame();

    private FrameBlock AsFrameBlock(Func<Frame, Frame> map) => new(map(ToFrame()))
    {
        Role = Role, SpaceBefore = SpaceBefore, SpaceAfter = SpaceAfter, KeepWithNext = KeepWithNext,
        Floats = Floats, StaysLast = StaysLast, Location = Location,
    };

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
