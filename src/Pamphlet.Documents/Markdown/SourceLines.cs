using Pamphlet.Documents.Model;
namespace Pamphlet.Documents.Markdown;

/// <summary>
/// Where each line of the Markdown text starts, to turn a character offset into a 1-based line and
/// column. Lines end at CR LF, LF or a lone CR, as Markdig counts them.
/// </summary>
internal sealed class SourceLines
{
    private readonly List<int> starts = [0];

    public SourceLines(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var index = starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - starts[line] + 1);
    }
}
