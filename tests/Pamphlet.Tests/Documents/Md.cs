using Pamphlet.Documents.Markdown;
using Pamphlet.Documents.Model;

namespace Pamphlet.Tests.Documents;

/// <summary>Shared helpers: parse a small Markdown string as if it were a statement file.</summary>
internal static class Md
{
    public static string SourcePath { get; } = Path.Combine(Path.GetTempPath(), "pamphlet-tests", "statement.md");

    public static Document Parse(string markdown) => MarkdownReader.Parse(markdown, SourcePath);

    public static T Single<T>(string markdown) where T : Block => Assert.IsType<T>(Assert.Single(Parse(markdown).Blocks));

    public static string Text(IEnumerable<Inline> inlines) => Inline.PlainText(inlines);
}
