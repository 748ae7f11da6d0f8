using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Composition.Poster;

/// <summary>
/// A layout with every text style scaled by one factor (sizes, leading, spaces, indents, rules), for
/// copyfitting a poster region. No size goes below <see cref="floor"/> unless the style itself was
/// already smaller: shrinking a quote to fit must not make its attribution unreadable.
/// </summary>
internal sealed class StyleScaler(double factor, double floor)
{
    public LayoutDefinition Scale(LayoutDefinition layout) => layout with
    {
        Text = layout.Text with { Indent = layout.Text.Indent * factor, ParagraphSpace = layout.Text.ParagraphSpace * factor },
        Styles = Scale(layout.Styles),
        Cover = layout.Cover with
        {
            Title = Scale(layout.Cover.Title),
            Subtitle = Scale(layout.Cover.Subtitle),
            Author = Scale(layout.Cover.Author),
            Date = Scale(layout.Cover.Date),
            Rule = Scale(layout.Cover.Rule),
        },
    };

    private BlockStyles Scale(BlockStyles s) => s with
    {
        Body = Scale(s.Body),
        Heading = Scale(s.Heading),
        Subheading = Scale(s.Subheading),
        BlockQuote = new BlockQuoteStyle(Scale(s.BlockQuote.Text), Scale(s.BlockQuote.Attribution), Scale(s.BlockQuote.Rule)),
        PullQuote = s.PullQuote with { Text = Scale(s.PullQuote.Text), Attribution = Scale(s.PullQuote.Attribution), Rule = Scale(s.PullQuote.Rule) },
        Demands = s.Demands with
        {
            Title = Scale(s.Demands.Title),
            Item = Scale(s.Demands.Item),
            Border = Scale(s.Demands.Border),
            Padding = s.Demands.Padding * factor,
            ItemSpace = s.Demands.ItemSpace * factor,
            SpaceBefore = s.Demands.SpaceBefore * factor,
            SpaceAfter = s.Demands.SpaceAfter * factor,
        },
        Figure = s.Figure with
        {
            Caption = Scale(s.Figure.Caption),
            Credit = Scale(s.Figure.Credit),
            CaptionGap = s.Figure.CaptionGap * factor,
        },
        Slogan = Scale(s.Slogan),
        Signature = Scale(s.Signature),
        List = s.List with { Indent = s.List.Indent * factor, ItemSpace = s.List.ItemSpace * factor },
        SectionBreak = s.SectionBreak with { Text = Scale(s.SectionBreak.Text) },
        LinkUrl = Scale(s.LinkUrl),
        Endnotes = s.Endnotes with { Heading = Scale(s.Endnotes.Heading), Text = Scale(s.Endnotes.Text), NoteSpace = s.Endnotes.NoteSpace * factor },
    };

    /// <summary>Scales one style; its size is floored (see the class summary) and everything else follows the size actually used.</summary>
    public TextStyle Scale(TextStyle style)
    {
        var size = Math.Max(style.Font.Size * factor, Math.Min(style.Font.Size, floor));
        var k = size / style.Font.Size;
        return style with
        {
            Font = style.Font with { Size = size, Leading = style.Font.Leading * k },
            SpaceBefore = style.SpaceBefore * k,
            SpaceAfter = style.SpaceAfter * k,
            IndentStart = style.IndentStart * k,
            IndentEnd = style.IndentEnd * k,
        };
    }

    private RuleStyle Scale(RuleStyle rule) => rule with { Thickness = rule.Thickness * factor };
}
