using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages;

namespace Pamphlet.Text.Paragraphs;

/// <summary>
/// The <see cref="StructureKind.Link"/> elements of one piece of text: one per link of the source,
/// however many runs and lines its text takes, so a link's text and its link areas read as one link.
/// </summary>
public sealed class LinkElements
{
    /// <summary>
    /// A link's order among its paragraph's links is its source line plus its column in units of
    /// this: columns stay below it on any line a person writes, so links sort by position.
    /// </summary>
    private const double ColumnsPerLine = 100_000;

    private readonly Dictionary<(StructureElement Parent, string Url, SourceLocation? At), StructureElement> elements = [];

    /// <summary>The element of the link to <paramref name="url"/> that starts at <paramref name="at"/>, inside <paramref name="parent"/>.</summary>
    public StructureElement For(StructureElement parent, string url, SourceLocation? at)
    {
        var key = (parent, url, at);
        if (!elements.TryGetValue(key, out var element))
        {
            var order = at is { } location ? location.Line + Math.Min(location.Column, ColumnsPerLine - 1) / ColumnsPerLine : parent.Order;
            element = new StructureElement(StructureKind.Link, parent, order) { Url = url };
            elements.Add(key, element);
        }

        return element;
    }
}
