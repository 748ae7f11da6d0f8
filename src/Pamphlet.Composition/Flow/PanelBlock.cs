using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Pages;

namespace Pamphlet.Composition.Flow;

/// <summary>How a boxed panel looks: fill, border, inner padding, and the gap between its entries.</summary>
internal sealed record PanelStyle(Color? Fill, Color? Border, double BorderWidth, double Padding, double EntrySpace, double TitleGap);

/// <summary>
/// A boxed panel of entries (the demand box): splits only between entries, each part drawn as its
/// own box, and the part after a break starts with the continued title ("Our demands (continued)").
/// A box that fits in an empty column splits only where both parts keep at least
/// <see cref="FewestItemsInPart"/> items and <see cref="SmallestPartShare"/> of the box; otherwise it
/// refuses, and moves whole (as a float, when it is one: the text after it fills the column).
/// </summary>
internal sealed class PanelBlock : FlowBlock
{
    /// <summary>A part of a split box holds at least three items (issue 11): two demands alone read as an afterthought.</summary>
    public const int FewestItemsInPart = 3;

    /// <summary>…and at least 40 % of the box's height: less looks like a box cut off by accident.</summary>
    public const double SmallestPartShare = 0.4;

    /// <param name="width">The panel's outer width (its entries are set this wide less the padding).</param>
    /// <param name="isItem">Which entries are items (demands) rather than an introduction or closing line; null: all.</param>
    /// <param name="columnHeight">The height of an empty column: a box no taller moves whole rather than split badly; null: any split.</param>
    public PanelBlock(Frame? title, Frame? continuedTitle, IReadOnlyList<Frame> entries, PanelStyle style, double width,
        IReadOnlyList<bool>? isItem = null, double? columnHeight = null)
    {
        Width = width;
        Title = title;
        ContinuedTitle = continuedTitle;
        Entries = entries;
        Style = style;
        IsItem = isItem ?? [.. entries.Select(_ => true)];
        ColumnHeight = columnHeight;
    }

    /// <summary>Per entry: whether it is an item (a demand), counted for <see cref="FewestItemsInPart"/>.</summary>
    public IReadOnlyList<bool> IsItem { get; }

    /// <summary>The height of an empty column, or null when the box may split anywhere between entries.</summary>
    public double? ColumnHeight { get; }

    public Frame? Title { get; }
    public Frame? ContinuedTitle { get; }
    public IReadOnlyList<Frame> Entries { get; }
    public PanelStyle Style { get; }
    public double Width { get; }

    public override double Height => HeightOf(Entries.Count);

    /// <summary>The smallest part that may end a column: one entry, or the smallest good part of a box that moves whole rather than split badly.</summary>
    public override double MinimumHeadHeight
    {
        get
        {
            if (ColumnHeight is not { } column || Height > column + 0.01) return HeightOf(Math.Min(1, Entries.Count));
            for (var at = 1; at < Entries.Count; at++)
            {
                if (IsGoodSplit(at)) return HeightOf(at);
            }
            return Height;
        }
    }

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
        if (ColumnHeight is { } column && Height <= column + 0.01)
        {
            // It fits whole on the next page: split only where both parts are worth a box of their own.
            while (fit > 0 && !IsGoodSplit(fit)) fit--;
        }
        if (fit == 0) return (null, this);
        var head = new PanelBlock(Title, ContinuedTitle, Entries.Take(fit).ToList(), Style, Width, IsItem.Take(fit).ToList(), ColumnHeight)
        {
            Role = Role,
            SpaceBefore = SpaceBefore,
            Location = Location,
        };
        var tail = new PanelBlock(ContinuedTitle ?? Title, ContinuedTitle, Entries.Skip(fit).ToList(), Style, Width, IsItem.Skip(fit).ToList(), ColumnHeight)
        {
            Role = Role,
            SpaceAfter = SpaceAfter,
            KeepWithNext = KeepWithNext,
            Location = Location,
        };
        return (head, tail);
    }

    /// <summary>Whether splitting before entry <paramref name="at"/> leaves both parts enough items and enough of the box.</summary>
    public bool IsGoodSplit(int at)
    {
        var items = IsItem.Count(i => i);
        var before = IsItem.Take(at).Count(i => i);
        var total = Entries.Sum(e => e.Height);
        var share = total > 0 ? Entries.Take(at).Sum(e => e.Height) / total : 0.5;
        return before >= Math.Min(FewestItemsInPart, items) && items - before >= Math.Min(FewestItemsInPart, items)
            && share >= SmallestPartShare && 1 - share >= SmallestPartShare;
    }

    /// <summary>A panel nested in another block is set whole: it becomes one frame, which is then mapped.</summary>
    public override FlowBlock MapFrames(Func<Frame, Frame> map) => AsFrameBlock(map);

    public override FlowBlock MapFirstFrame(Func<Frame, Frame> map) => AsFrameBlock(map);

    /// <summary>The whole panel as one frame (for panels nested in other blocks, which never split).</summary>
    public Frame ToFrame() => new(Width, Height, Place(0, 0, Width).ToList());

    public override Frame? AsFrame() => ToFrame();

    private FrameBlock AsFrameBlock(Func<Frame, Frame> map) => WithFlowRules(new FrameBlock(map(ToFrame())) { Role = Role });

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
