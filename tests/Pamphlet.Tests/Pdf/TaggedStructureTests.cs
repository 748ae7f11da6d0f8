using System.Text.RegularExpressions;
using Pamphlet.Pages;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using static Pamphlet.Tests.Rendering.RenderingTestKit;
using Page = Pamphlet.Pages.Page;

namespace Pamphlet.Tests.Pdf;

/// <summary>The structure tree built from the elements page items carry: reading order, titles, artifacts, links.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class TaggedStructureTests
{
    private static readonly StructureElement Root = new(StructureKind.Document, null, 0);
    private static readonly StructureElement Heading = new(StructureKind.Heading, Root, 10) { Title = "Why the park matters" };
    private static readonly StructureElement Paragraph = new(StructureKind.Paragraph, Root, 20);
    private static readonly StructureElement Link = new(StructureKind.Link, Paragraph, 20.5) { Url = "https://example.org/petition" };

    /// <summary>The paragraph is drawn first (as a poster's grid might), the heading after it; a folio and a rule are furniture.</summary>
    private static byte[] Tagged()
    {
        var items = new List<PageItem>
        {
            Shape("The park is ours.", NotoSerif, 11, 40, 200) with { Structure = Paragraph },
            Shape("Sign the petition", NotoSerif, 11, 40, 215) with { Structure = Link },
            new LinkItem("link", new Rect(40, 205, 90, 14), "https://example.org/petition") { Structure = Link },
            Shape("Why the park matters", NotoSansBold, 16, 40, 80) with { Structure = Heading },
            new RuleItem("rule", new Point(40, 90), new Point(300, 90), 1, Color.Black),
            Shape("7", NotoSerif, 9, 200, 560, role: "folio"),
        };
        return RenderPdf(new PagedDocument(Info(), [new Page(1, A5, items)]) { Structure = Root });
    }

    [Fact]
    public void The_catalog_says_the_file_is_tagged()
    {
        using var document = PdfDocument.Open(Tagged());
        var markInfo = document.Require<DictionaryToken>(document.Catalog(), "MarkInfo");
        Assert.True(document.Require<BooleanToken>(markInfo, "Marked").Data);
    }

    [Fact]
    public void Siblings_are_listed_in_their_order_not_the_order_they_were_drawn()
    {
        using var document = PdfDocument.Open(Tagged());
        var root = StructureNode.Read(document);

        Assert.Equal("Document", root.Type);
        Assert.Equal(["H2", "P"], root.Elements.Select(e => e.Type));
        Assert.Equal("Why the park matters", root.Elements[0].Title);
        Assert.Equal(["Link"], root.Elements[1].Elements.Select(e => e.Type));
    }

    [Fact]
    public void Every_marked_content_id_belongs_to_one_element_and_the_parent_tree_agrees()
    {
        using var document = PdfDocument.Open(Tagged());
        var root = StructureNode.Read(document);
        var content = document.RawContent(document.GetPage(1));
        var inContent = Regex.Matches(content, @"/MCID (\d+)").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        var inTree = root.DepthFirst().SelectMany(n => n.Mcids).ToList();

        Assert.Equal(inContent.Order(), inTree.Order());
        Assert.Equal(inContent.Count, inContent.Distinct().Count());
        var parentTree = document.Require<DictionaryToken>(document.Require<DictionaryToken>(document.Catalog(), "StructTreeRoot"), "ParentTree");
        var nums = document.Require<ArrayToken>(parentTree, "Nums").Data;
        var pageKey = document.Require<NumericToken>(document.GetPage(1).Dictionary, "StructParents").Int;
        var index = nums.Select((t, i) => (t, i)).First(x => x.t is NumericToken n && n.Int == pageKey && x.i % 2 == 0).i;
        Assert.Equal(inContent.Count, Assert.IsType<ArrayToken>(document.Resolve(nums[index + 1])).Data.Count);
    }

    [Fact]
    public void Furniture_is_drawn_inside_Artifact_marked_content()
    {
        using var document = PdfDocument.Open(Tagged());
        var shown = ShownUnder(document.RawContent(document.GetPage(1)));

        // Four text lines: paragraph, link, heading (each under its element) and the folio (an artifact).
        Assert.Equal(["P", "Link", "H2", "Artifact"], shown.Where(s => s.Operator == "TJ").Select(s => s.Tag).Distinct());
        Assert.All(shown.Where(s => s.Operator == "S"), s => Assert.Equal("Artifact", s.Tag));
    }

    [Fact]
    public void A_link_is_an_annotation_with_a_struct_parent_and_an_OBJR_in_its_Link_element()
    {
        using var document = PdfDocument.Open(Tagged());
        var page = document.GetPage(1);
        var annotationRef = Assert.IsType<IndirectReferenceToken>(Assert.Single(document.Require<ArrayToken>(page.Dictionary, "Annots").Data));
        var annotation = document.DictionaryOf(annotationRef);
        var structParent = document.Require<NumericToken>(annotation, "StructParent").Int;
        var action = document.Require<DictionaryToken>(annotation, "A");
        Assert.Equal("URI", document.NameOf(action, "S"));

        var link = Assert.Single(StructureNode.Read(document).Descendants("Link"));
        Assert.Equal([annotationRef.Data.ObjectNumber], link.AnnotationObjects);
        Assert.NotEmpty(link.Mcids);
        // The parent tree maps the annotation's key to the Link element.
        var parentTree = document.Require<DictionaryToken>(document.Require<DictionaryToken>(document.Catalog(), "StructTreeRoot"), "ParentTree");
        var nums = document.Require<ArrayToken>(parentTree, "Nums").Data;
        var at = nums.Select((t, i) => (t, i)).Single(x => x.i % 2 == 0 && x.t is NumericToken n && n.Int == structParent).i;
        Assert.Equal("Link", document.NameOf(document.DictionaryOf(nums[at + 1]), "S"));
    }

    /// <summary>Each TJ and stroke (S) of a content stream with the innermost marked-content tag it is drawn in ("" outside any).</summary>
    internal static List<(string Operator, string Tag)> ShownUnder(string content)
    {
        var open = new Stack<string>();
        var shown = new List<(string, string)>();
        foreach (Match token in Regex.Matches(content, @"/(\w+)\s*(<<(?:[^<>]|<[^<>]*>)*>>)?\s*(BDC|BMC)\b|\b(EMC|TJ|S)\b"))
        {
            if (token.Groups[3].Success) open.Push(token.Groups[1].Value);
            else if (token.Groups[4].Value == "EMC") open.Pop();
            else if (open.Count == 0 || open.Peek() != "Span") shown.Add((token.Groups[4].Value, open.Count == 0 ? "" : open.Peek()));
            else shown.Add((token.Groups[4].Value, open.Skip(1).FirstOrDefault() ?? ""));
        }

        return shown;
    }
}
