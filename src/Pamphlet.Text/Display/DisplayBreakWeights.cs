using System.Text;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Paragraphs;

namespace Pamphlet.Text.Display;

/// <summary>
/// Gives each breakable word space of a display paragraph its cost by sense (<see cref="DisplayBreakSense"/>),
/// on the item list the items builder made: the words are read back from the boxes, the cost is added to
/// the space's break penalty (a justified space, whose glue is the break, gets a penalty put before it).
/// Spaces that may not break stay so; hyphen, URL and cut breaks inside words are left as they are.
/// </summary>
internal static class DisplayBreakWeights
{
    public static void Apply(ParagraphItems items, string language)
    {
        var sense = new DisplayBreakSense(language);
        var weights = new List<(int Index, bool InsertBefore, double Penalty)>();
        foreach (var group in Groups(items))
        {
            var penalties = sense.Penalties(group.Words);
            for (var k = 0; k < penalties.Length; k++)
            {
                if (group.BreakAfter[k] is { } at) weights.Add((at.Index, at.IsGlue, penalties[k]));
            }
        }
        // From the end, so that a penalty put before a glue does not move the indices still to visit.
        foreach (var (index, insertBefore, penalty) in weights.OrderByDescending(w => w.Index))
        {
            if (insertBefore)
            {
                items.Items.Insert(index, LineItem.Penalty(0, Bounded(penalty), false, items.Items[index].Tag));
            }
            else
            {
                var item = items.Items[index];
                items.Items[index] = item with { PenaltyValue = Bounded(item.PenaltyValue + penalty) };
            }
        }
    }

    /// <summary>Costs stay strictly between forced and forbidden, so sense never adds or removes a break.</summary>
    private static double Bounded(double penalty) => Math.Clamp(penalty, LineItem.ForcedBreakPenalty + 1, LineItem.ForbiddenBreakPenalty - 1);

    /// <summary>Where a word space may break: its penalty, or (justified) its glue.</summary>
    private readonly record struct SpaceBreak(int Index, bool IsGlue);

    /// <summary>The words between two forced breaks, and after each the space break that follows it (null: none, or a space that may not break).</summary>
    private sealed record Group(List<string> Words, List<SpaceBreak?> BreakAfter);

    /// <summary>
    /// Items tagged <see cref="BreakKind.None"/> are the recipe's word spaces (and the paragraph start's
    /// stretch); hyphen, URL, cut and letter-space items sit inside words; a forced break ends a group.
    /// </summary>
    private static bool IsSpace(in LineItem item) => ParagraphItems.KindOf(item.Tag) == BreakKind.None;

    private static List<Group> Groups(ParagraphItems items)
    {
        var groups = new List<Group>();
        var group = new Group([], []);
        var word = new StringBuilder();
        void EndWord()
        {
            if (word.Length == 0) return;
            group.Words.Add(word.ToString());
            group.BreakAfter.Add(null);
            word.Clear();
        }

        var list = items.Items;
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            if (ParagraphItems.IsPiece(item))
            {
                var piece = items.Pieces[item.Tag];
                word.Append(items.Segments[piece.Segment].Text.AsSpan(piece.Start, piece.End - piece.Start));
                continue;
            }
            if (item.IsForcedBreak)
            {
                EndWord();
                if (group.Words.Count > 0) groups.Add(group);
                group = new Group([], []);
                continue;
            }
            if (!IsSpace(item)) continue;
            EndWord();
            var breakable = item.Kind switch
            {
                LineItemKind.Penalty => !item.IsForbiddenBreak,
                LineItemKind.Glue => i > 0 && list[i - 1].Kind == LineItemKind.Box,
                _ => false,
            };
            if (breakable && group.Words.Count > 0) group.BreakAfter[^1] = new SpaceBreak(i, item.Kind == LineItemKind.Glue);
        }
        EndWord();
        if (group.Words.Count > 0) groups.Add(group);
        return groups;
    }
}
