using System.Text.RegularExpressions;
using Pamphlet.Tests.Cli;
using Pamphlet.Tests.EndToEnd;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Tests.Pdf;

/// <summary>The sample pamphlet as a tagged PDF: its structure tree, bookmarks, page labels, links and extracted text.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class SampleTaggedPdfTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private PdfDocument Open()
    {
        Assert.True(sample.Result.ExitCode == 0, sample.Result.ToString());
        return PdfDocument.Open(sample.Pdf);
    }

    /// <summary>The statement's <c>##</c> headings, in source order, as the PDF prints them (curly apostrophes).</summary>
    private static List<string> SourceHeadings() =>
        File.ReadLines(SampleFiles.Statement).Where(l => l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => l[3..].Trim().Replace('\'', '\u2019')).ToList();

    private static string Title => Regex.Match(File.ReadAllText(SampleFiles.Statement), "^title: \"(.*)\"$", RegexOptions.Multiline).Groups[1].Value;

    /// <summary>The object number of each page, in page order.</summary>
    private static List<long> PageObjects(PdfDocument document)
    {
        var pages = new List<long>();
        void Walk(IndirectReferenceToken node)
        {
            var dictionary = document.DictionaryOf(node);
            if (dictionary.Is("Type", "Page")) pages.Add(node.Data.ObjectNumber);
            else foreach (var kid in document.Require<ArrayToken>(dictionary, "Kids").Data) Walk((IndirectReferenceToken)kid);
        }

        Walk((IndirectReferenceToken)document.Catalog().Data["Pages"]);
        return pages;
    }

    [Fact]
    public void The_structure_tree_starts_with_title_and_subtitle_and_ends_with_slogan_and_signature()
    {
        using var document = Open();
        var root = StructureNode.Read(document);
        var top = root.Elements.Select(e => e.Type).ToList();

        Assert.Equal("Document", root.Type);
        Assert.Equal(["H1", "Subtitle"], top.Take(2));
        Assert.Equal(Title, root.Elements[0].Title);
        Assert.Equal(["Slogan", "Signature"], top.TakeLast(2));
    }

    [Fact]
    public void The_headings_are_H2_in_statement_order_with_their_text_as_T()
    {
        using var document = Open();
        var headings = StructureNode.Read(document).Elements.Where(e => e.Type == "H2").Select(e => e.Title).ToList();

        Assert.Equal(6, SourceHeadings().Count);
        Assert.Equal<string?>(SourceHeadings(), headings);
    }

    [Fact]
    public void The_demands_are_a_section_with_a_title_and_a_list_of_labelled_items()
    {
        using var document = Open();
        var demands = Assert.Single(StructureNode.Read(document).Descendants("Demands"));

        Assert.Equal(["DemandsTitle", "L"], demands.Elements.Select(e => e.Type));
        var items = demands.Elements[1].Elements;
        Assert.True(items.Count >= 3, $"{items.Count} demands");
        Assert.All(items, item =>
        {
            Assert.Equal("LI", item.Type);
            Assert.Equal(["Lbl", "LBody"], item.Elements.Select(e => e.Type));
        });
    }

    [Fact]
    public void The_figure_has_alt_text_and_a_caption()
    {
        using var document = Open();
        var captioned = StructureNode.Read(document).Descendants("Figure").Where(f => f.Elements.Any(e => e.Type == "Caption")).ToList();

        var figure = Assert.Single(captioned);
        Assert.False(string.IsNullOrWhiteSpace(figure.Alt));
        Assert.StartsWith("The brook below the weir", figure.Alt);
    }

    /// <summary>A bookmark may open a little above its heading (the line's ascent, the space above), never below it.</summary>
    private const double HeadingTopSlack = 40;

    [Fact]
    public void Bookmarks_are_the_title_and_each_heading_opening_the_headings_page_at_the_heading()
    {
        using var document = Open();
        var pages = PageObjects(document);
        var tree = StructureNode.Read(document);
        var marked = tree.Elements.Where(e => e.Type is "H1" or "H2").ToList();

        var outlines = document.Require<DictionaryToken>(document.Catalog(), "Outlines");
        var bookmarks = new List<(string Title, int Page, double Top)>();
        for (var item = document.Get(outlines, "First") as DictionaryToken; item is not null; item = document.Get(item, "Next") as DictionaryToken)
        {
            var title = document.Get(item, "Title") switch { StringToken s => s.Data, HexToken h => h.Data, var t => t!.ToString()! };
            var destination = document.Require<ArrayToken>(item, "Dest").Data;
            var page = pages.IndexOf(((IndirectReferenceToken)destination[0]).Data.ObjectNumber) + 1;
            bookmarks.Add((title, page, ((NumericToken)destination[3]).Double));
        }

        Assert.Equal([Title, .. SourceHeadings()], bookmarks.Select(b => b.Title));
        for (var i = 0; i < bookmarks.Count; i++)
        {
            var headingPage = pages.IndexOf(marked[i].PageObject!.Value) + 1;
            Assert.True(headingPage == bookmarks[i].Page, $"'{bookmarks[i].Title}' opens page {bookmarks[i].Page}; the heading is on page {headingPage}");

            // /XYZ top is in the page's user space: at or just above the heading's first line, never off the page.
            var page = document.GetPage(headingPage);
            var titleWords = bookmarks[i].Title.Split(' ');
            var words = page.GetWords().ToList();
            // The heading's words in a row (the cover title is set in capitals).
            var at = Enumerable.Range(0, words.Count - titleWords.Length + 1).First(j =>
                titleWords.Select((t, k) => string.Equals(words[j + k].Text, t, i == 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)).All(same => same));
            var headingTop = words[at].BoundingBox.Top;
            Assert.True(bookmarks[i].Top >= headingTop - 1 && bookmarks[i].Top <= headingTop + HeadingTopSlack,
                $"'{bookmarks[i].Title}' opens at y = {bookmarks[i].Top:0.#}; its heading's top is at y = {headingTop:0.#} on page {headingPage}");
        }
    }

    [Fact]
    public void Page_labels_leave_the_cover_blank_and_follow_the_printed_folios()
    {
        using var document = Open();
        var labels = PageLabels(document);

        Assert.Equal("", labels[0]);
        for (var i = 1; i < document.NumberOfPages; i++)
        {
            var expected = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(expected, labels[i]);
            // The folio is printed at the foot of the page.
            var page = document.GetPage(i + 1);
            Assert.Contains(page.GetWords(), w => w.Text == expected && w.BoundingBox.Top < page.Height / 8);
        }
    }

    /// <summary>Each page's label from /PageLabels (decimal and prefix-only ranges: what the writer uses).</summary>
    private static List<string> PageLabels(PdfDocument document)
    {
        var nums = document.Require<ArrayToken>(document.Require<DictionaryToken>(document.Catalog(), "PageLabels"), "Nums").Data;
        var labels = new List<string>();
        for (var page = 0; page < document.NumberOfPages; page++)
        {
            var at = Enumerable.Range(0, nums.Count / 2).Last(r => ((NumericToken)nums[2 * r]).Int <= page);
            var start = ((NumericToken)nums[2 * at]).Int;
            var range = document.DictionaryOf(nums[2 * at + 1]);
            var prefix = document.Get(range, "P") is StringToken p ? p.Data : "";
            var first = document.Get(range, "St") is NumericToken st ? st.Int : 1;
            var style = document.Get(range, "S") is NameToken s ? s.Data : null;
            Assert.True(style is null or "D", $"unexpected label style /{style}");
            labels.Add(prefix + (style is null ? "" : (first + page - start).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return labels;
    }

    [Fact]
    public void Every_link_annotation_opens_a_uri_and_the_survey_link_is_among_them()
    {
        using var document = Open();
        var uris = new List<string>();
        foreach (var page in document.GetPages())
        {
            if (document.Get(page.Dictionary, "Annots") is not ArrayToken annotations) continue;
            foreach (var annotation in annotations.Data.Select(document.DictionaryOf).Where(a => a.Is("Subtype", "Link")))
            {
                var action = document.Require<DictionaryToken>(annotation, "A");
                Assert.Equal("URI", document.NameOf(action, "S"));
                uris.Add(document.Require<StringToken>(action, "URI").Data);
                Assert.NotNull(document.Get(annotation, "StructParent"));
            }
        }

        Assert.Contains("https://alderbrook.example/survey-2026", uris);
        Assert.Contains("https://alderbrook.example/petition", uris);
    }

    /// <summary>Sentences of the sample whose words are broken by a hyphen at a line end (read off the built PDF).</summary>
    public static TheoryData<string> SentencesAcrossHyphens() =>
    [
        "the Assets and Regeneration Committee of Kettlewick City Council will vote",
        "On an ordinary Saturday last June our volunteers stood at the four entrances",
        "going door to door across all three estates, 2,316 households answered in a fortnight",
        "Half of the remaining few thought it was a rumour",
        "The meadow at the foot of the woods is low, wet and unremarkable",
    ];

    [Theory]
    [MemberData(nameof(SentencesAcrossHyphens))]
    public void Text_in_content_order_joins_words_broken_at_line_ends(string sentence)
    {
        using var document = Open();
        var text = ExternalTools.Collapsed(string.Join(' ', document.GetPages().Select(p => p.Text)).Replace("\u00AD", "", StringComparison.Ordinal));

        Assert.Contains(sentence, text);
    }

    [Fact]
    public void The_running_footer_is_an_artifact_read_as_words_of_its_own()
    {
        using var document = Open();
        var footers = 0;
        foreach (var page in document.GetPages().Skip(1))
        {
            var text = ExternalTools.Collapsed(page.Text);
            if (!text.Contains("Keep Alder Brook Public", StringComparison.Ordinal)) continue;
            footers++;
            // Pagination keeps hyphens off the foot of a page, so no soft hyphen runs into the footer.
            Assert.Matches(@"(^| )Keep Alder Brook Public( |$)", text);
            var artifacts = page.GetMarkedContents().Where(m => m.IsArtifact).Select(m => string.Concat(m.Letters.Select(l => l.Value))).ToList();
            Assert.Contains(artifacts, a => a.Contains("KeepAlderBrookPublic", StringComparison.Ordinal) || a.Contains("Keep Alder Brook Public", StringComparison.Ordinal));
        }

        Assert.True(footers >= 4, $"the running footer was found on {footers} pages");
    }
}
