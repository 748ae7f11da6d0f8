using Pamphlet.Layouts.Model;
using Pamphlet.Text.Hyphenation;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Text.Paragraphs;

/// <summary>
/// What setting a paragraph finds out that does not depend on the size it is set at, kept across the
/// trial settings of one page-count search (issue 13): the spaces that must not break (by the paragraph's
/// text) and how each span of left-to-right text splits into font runs (by its text and face). Every
/// fitting step sets every paragraph at another size; without this each step worked both out again (up
/// to a sixth of a step's time, measured on the sample). Widths, breaks and lines are set anew at each step, as a plain build sets them.
/// <para>
/// For one search at a time, with one engine's language, fallback fonts and break rules (a search keeps
/// them: it moves sizes and spacing only). Trial settings report nothing, so a font run looked up here
/// does not report a missing character again: the build at the chosen step does, with an engine of its own.
/// </para>
/// </summary>
public sealed class ParagraphAnalyses
{
    private readonly Dictionary<string, IReadOnlyDictionary<int, SpaceBinding>> boundSpaces = new(StringComparer.Ordinal);
    private readonly Dictionary<RunsKey, List<FontRun>> fontRuns = [];

    /// <summary>A span's font runs depend on its text and face (and on the engine's fallbacks and language, fixed for a search).</summary>
    private readonly record struct RunsKey(string Text, string Family, FontWeight Weight, bool Italic, bool ForcedBreak);

    /// <summary>Paragraph texts and spans analysed so far.</summary>
    public int Count => boundSpaces.Count + fontRuns.Count;

    internal IReadOnlyDictionary<int, SpaceBinding> BoundSpaces(string paragraphText, BreakRules rules)
    {
        if (!boundSpaces.TryGetValue(paragraphText, out var bound)) boundSpaces[paragraphText] = bound = rules.BoundSpaces(paragraphText);
        return bound;
    }

    /// <summary>The span's font runs: split once, then the same runs bound to each step's span (its size and style).</summary>
    internal List<FontRun> Split(FontRunSplitter splitter, StyledSpan span)
    {
        var font = span.Style.Font;
        var key = new RunsKey(span.Text, font.Family, font.Weight, font.Italic, span.IsForcedBreak);
        if (!fontRuns.TryGetValue(key, out var known))
        {
            var runs = splitter.Split(span);
            fontRuns[key] = runs;
            return runs;
        }

        var rebound = new List<FontRun>(known.Count);
        foreach (var run in known) rebound.Add(run with { Span = span });
        return rebound;
    }
}
