using System.Text;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Text.LineBreaking;

namespace Pamphlet.Tests.LineBreaking;

/// <summary>
/// Turns real text into line items with a fixed-width "font": every character 5 units, a 10-unit em, word
/// spaces of em/3 stretching em/6 and shrinking em/9 (TeX's proportions). '|' marks a hyphenation point,
/// a '-' inside a word may break after it, and a line break in the text is a hard line break.
/// </summary>
internal sealed class SyntheticParagraph
{
    public const double CharWidth = 5;
    public const double Em = 10;
    public const double SpaceWidth = Em / 3;
    public const double SpaceStretch = Em / 6;
    public const double SpaceShrink = Em / 9;
    public const double HyphenWidth = CharWidth;

    private readonly List<string> pieces = [];

    private SyntheticParagraph(TextAlign align)
    {
        Align = align;
    }

    public TextAlign Align { get; }

    public List<LineItem> Items { get; } = [];

    public static string ReadTestText(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "LineBreaking", name)).Trim();

    public static SyntheticParagraph Build(string text, TextAlign align = TextAlign.Justify, double indent = 0, LineBreakParameters? p = null)
    {
        p ??= LineBreakParameters.Default;
        var paragraph = new SyntheticParagraph(align);
        var recipe = new LineItemRecipe(align, LineItemRecipe.RecommendedRaggedStretchEms * Em);
        var items = paragraph.Items;
        recipe.AddParagraphStart(items);
        if (indent > 0)
        {
            items.Add(LineItem.Box(indent));
        }

        var hardLines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (int l = 0; l < hardLines.Length; l++)
        {
            if (l > 0)
            {
                recipe.AddLineBreak(items);
            }

            var words = hardLines[l].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            for (int w = 0; w < words.Length; w++)
            {
                if (w > 0)
                {
                    recipe.AddSpace(items, SpaceWidth, SpaceStretch, SpaceShrink);
                }

                paragraph.AddWord(recipe, words[w], p);
            }
        }

        recipe.AddParagraphEnd(items);
        return paragraph;
    }

    /// <summary>The lines as text, with a trailing '-' where a line ends at a hyphen.</summary>
    public IReadOnlyList<string> Render(LineBreakResult result)
    {
        var lines = new List<string>();
        foreach (var line in result.Lines)
        {
            var text = new StringBuilder();
            for (int i = line.Start; i < line.End; i++)
            {
                var item = Items[i];
                if (item.Kind == LineItemKind.Box && item.Tag >= 0)
                {
                    text.Append(pieces[item.Tag]);
                }
                else if (item.Kind == LineItemKind.Glue && item.Width > 0)
                {
                    text.Append(' ');
                }
            }

            var end = Items[line.End];
            if (end.Kind == LineItemKind.Penalty && end.Flagged && end.Width > 0)
            {
                text.Append('-');
            }

            lines.Add(text.ToString());
        }

        return lines;
    }

    private void AddWord(LineItemRecipe recipe, string word, LineBreakParameters p)
    {
        var syllables = word.Split('|');
        for (int s = 0; s < syllables.Length; s++)
        {
            if (s > 0)
            {
                recipe.AddHyphenBreak(Items, HyphenWidth, p.HyphenPenalty);
            }

            // An explicit hyphen stays in the box before it; breaking after it adds no glyph.
            var parts = syllables[s].Split('-');
            for (int h = 0; h < parts.Length; h++)
            {
                string part = h < parts.Length - 1 ? parts[h] + "-" : parts[h];
                if (part.Length == 0)
                {
                    continue;
                }

                pieces.Add(part);
                Items.Add(LineItem.Box(part.Length * CharWidth, pieces.Count - 1));
                if (h < parts.Length - 1)
                {
                    recipe.AddHyphenBreak(Items, 0, p.ExplicitHyphenPenalty);
                }
            }
        }
    }
}
