using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Tests.Pdf;

/// <summary>A tagged PDF's structure tree read back through PdfPig's tokens: each element's type, title, alt text and kids.</summary>
internal sealed record StructureNode(
    string Type,
    string? Title,
    string? Alt,
    long? PageObject,
    IReadOnlyList<StructureNode> Elements,
    IReadOnlyList<int> Mcids,
    IReadOnlyList<long> AnnotationObjects)
{
    /// <summary>This element and all below it, depth first, in the order of the kids arrays (reading order).</summary>
    public IEnumerable<StructureNode> DepthFirst() => Elements.SelectMany(e => e.DepthFirst()).Prepend(this);

    public IEnumerable<StructureNode> Descendants(string type) => DepthFirst().Skip(1).Where(n => n.Type == type);

    public override string ToString() => Title is null ? Type : $"{Type} \"{Title}\"";

    /// <summary>The document's tree below the StructTreeRoot: its single top element.</summary>
    public static StructureNode Read(PdfDocument document)
    {
        var root = document.Require<DictionaryToken>(document.Catalog(), "StructTreeRoot");
        Assert.Equal("StructTreeRoot", document.NameOf(root, "Type"));
        var kid = document.Resolve(root.Data["K"]);
        var top = kid is ArrayToken array ? Assert.Single(array.Data) : root.Data["K"];
        return ReadElement(document, top, null);
    }

    private static StructureNode ReadElement(PdfDocument document, IToken token, long? inheritedPage)
    {
        var element = document.DictionaryOf(token);
        var page = element.Data.TryGetValue("Pg", out var pg) && pg is IndirectReferenceToken p ? p.Data.ObjectNumber : inheritedPage;
        var elements = new List<StructureNode>();
        var mcids = new List<int>();
        var annotations = new List<long>();
        if (element.Data.TryGetValue("K", out var k))
        {
            var kids = document.Resolve(k) is ArrayToken list ? list.Data : [k];
            foreach (var kid in kids)
            {
                switch (kid is IndirectReferenceToken ? document.Resolve(kid) : kid)
                {
                    case NumericToken mcid: mcids.Add(mcid.Int); break;
                    case DictionaryToken d when d.Is("Type", "MCR"): mcids.Add(((NumericToken)document.Resolve(d.Data["MCID"])).Int); break;
                    case DictionaryToken d when d.Is("Type", "OBJR"): annotations.Add(((IndirectReferenceToken)d.Data["Obj"]).Data.ObjectNumber); break;
                    case DictionaryToken: elements.Add(ReadElement(document, kid, page)); break;
                    case var other: throw new Xunit.Sdk.XunitException($"unexpected structure kid {other}");
                }
            }
        }

        return new StructureNode(document.NameOf(element, "S"), Text(document, element, "T"), Text(document, element, "Alt"), page, elements, mcids, annotations);
    }

    private static string? Text(PdfDocument document, DictionaryToken element, string key) => document.Get(element, key) switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        null => null,
        var other => throw new Xunit.Sdk.XunitException($"/{key} should be a text string, not {other}"),
    };
}
