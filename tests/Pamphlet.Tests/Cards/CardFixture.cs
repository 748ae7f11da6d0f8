using System.Text.RegularExpressions;
using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Tests.Cli;
using Pamphlet.Tests.Layouts;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Tests.Cards;

/// <summary>
/// One font library and composer for the card tests, the shipped card layouts, and the sample
/// statement with parts taken out (photo, quote, url…) to see that every card holds without them.
/// </summary>
public sealed partial class CardFixture : IDisposable
{
    public static readonly string[] CardLayouts = ["card-square", "card-portrait", "card-story", "card-landscape"];

    public FontLibrary Fonts { get; } = new([FontLibrary.BundledFolder]);
    public Composer Composer { get; }

    public CardFixture() => Composer = new Composer(Fonts);

    public static LayoutCatalog Catalog { get; } = new([ShippedLayoutsFolder.Path]);

    public static LayoutDefinition Layout(string name) => Catalog.Resolve(name);

    /// <summary>The parts of the sample a variant leaves out.</summary>
    [Flags]
    public enum Without
    {
        Nothing = 0,
        Photo = 1,
        Quote = 2,
        Url = 4,
        Slogan = 8,
        Signature = 16,
        All = Photo | Quote | Url | Slogan | Signature,
    }

    /// <summary>The sample statement less <paramref name="without"/>, read as if it were the sample file (so photo.jpg resolves).</summary>
    public static Document Sample(Without without = Without.Nothing, Func<string, string>? edit = null)
    {
        var markdown = File.ReadAllText(SampleFiles.Statement).ReplaceLineEndings("\n");
        if (without.HasFlag(Without.Photo)) markdown = FigureLine().Replace(markdown, "");
        if (without.HasFlag(Without.Quote)) markdown = PullQuotes().Replace(markdown, "");
        if (without.HasFlag(Without.Url)) markdown = UrlLine().Replace(markdown, "");
        if (without.HasFlag(Without.Slogan)) markdown = Div("slogan").Replace(markdown, "");
        if (without.HasFlag(Without.Signature)) markdown = Div("signature").Replace(markdown, "");
        if (edit is not null) markdown = edit(markdown);
        return MarkdownReader.Parse(markdown, SampleFiles.Statement);
    }

    public Page Card(string layout, Document document) => Card(Layout(layout), document);

    public Page Card(LayoutDefinition layout, Document document) => Assert.Single(Composer.Compose(document, layout).Document.Pages);

    public void Dispose() => Fonts.Dispose();

    [GeneratedRegex(@"^!\[.*\]\(photo\.jpg.*\n", RegexOptions.Multiline)]
    private static partial Regex FigureLine();

    [GeneratedRegex(@"^::: (pullquote|\{\.pullquote[^}]*\})\n.*?^:::\n", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex PullQuotes();

    [GeneratedRegex(@"^url: .*\n", RegexOptions.Multiline)]
    private static partial Regex UrlLine();

    private static Regex Div(string name) => new($"^::: {name}\\n.*?^:::\\n", RegexOptions.Multiline | RegexOptions.Singleline);
}
