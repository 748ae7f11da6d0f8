using System.Globalization;
using Pamphlet.Documents.Model;

namespace Pamphlet.Documents.Markdown;

/// <summary>
/// How deeply quotes, lists, ::: blocks and notes may nest in a statement. Eight levels is twice
/// what print conventions use (LaTeX stops lists at four levels, and all nesting at six); text
/// nested deeper cannot be told apart on the page, and Markdig itself gives up at 128.
/// </summary>
internal static class NestingLimit
{
    public const int MaxDepth = 8;

    internal static readonly string TooDeepMessage = string.Create(CultureInfo.InvariantCulture,
        $"this text is nested more than {MaxDepth} levels deep (quotes, lists and ::: blocks inside each other); Pamphlet sets at most {MaxDepth}. Take it out of some of them: fewer '>', less indentation, or fewer ::: blocks around it");

    /// <summary>Said when Markdig refuses inline marks nested past its limit, where no block is deep.</summary>
    internal const string InlineTooDeepMessage =
        "this line nests brackets or emphasis marks too deeply for the Markdown reader (it gives up at 128 levels); " +
        "remove the extra '[', '*' or '_' marks";

    /// <summary>
    /// Where Markdig gave up on a statement for nesting (at 128 levels; it says nowhere where), and
    /// what to say: the most deeply nested line by its block marks — the ':::' blocks open before
    /// it, its '>' marks, its indentation (two spaces or a list marker per level) — when that is past
    /// the limit; otherwise the line with the most bracket and emphasis marks, which nest inline.
    /// </summary>
    public static (int Line, string Message) WhereMarkdigGaveUp(string markdown)
    {
        var openDivs = 0;
        var deepest = (Line: 1, Depth: -1);
        var marked = (Line: 1, Marks: -1);
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.StartsWith(":::", StringComparison.Ordinal))
            {
                openDivs += trimmed.TrimStart(':').Trim().Length == 0 ? -1 : 1;
                openDivs = Math.Max(0, openDivs);
            }

            var depth = openDivs + LineDepth(line);
            if (depth > deepest.Depth)
            {
                deepest = (i + 1, depth);
            }

            var marks = line.Count(c => c is '[' or '*' or '_');
            if (marks > marked.Marks)
            {
                marked = (i + 1, marks);
            }
        }

        return deepest.Depth > MaxDepth ? (deepest.Line, TooDeepMessage) : (marked.Line, InlineTooDeepMessage);
    }

    /// <summary>Quote marks, list markers and indentation at the start of one line, as nesting levels.</summary>
    private static int LineDepth(string line)
    {
        var depth = 0;
        var spaces = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ')
            {
                spaces++;
            }
            else if (c == '\t')
            {
                spaces += 4;
            }
            else if (c == '>')
            {
                depth++;
            }
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] == ' ')
            {
                depth++;
            }
            else
            {
                break;
            }

            i++;
        }

        return depth + spaces / 2;
    }
}
