using System.Text.RegularExpressions;
using Pamphlet.Pages;
using Pamphlet.Rendering.Imposition;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using static Pamphlet.Tests.Rendering.RenderingTestKit;

namespace Pamphlet.Tests.Pdf;

/// <summary>Imposition draws each page once, as a Form XObject, and the sheets only place those forms.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class TwoUpFormXObjectTests
{
    private static byte[] TwoUp()
    {
        var document = TextDocument(["Alpha words"], ["Bravo words"], ["Charlie words"], ["Delta words"]);
        using var output = new MemoryStream();
        new ImpositionRenderer().Render(document, Imposer.Plan(document, new ImpositionSettings(ImpositionKind.TwoUp)).Sides, output);
        return output.ToArray();
    }

    [Fact]
    public void Four_pages_are_four_form_xobjects_each_drawn_once()
    {
        using var document = PdfDocument.Open(TwoUp());
        var forms = document.ObjectsWhere(d => d.Is("Subtype", "Form"));
        Assert.Equal(4, forms.Count);

        // Each form holds one page's text; the sheets name only these forms.
        var placed = document.GetPages().SelectMany(page =>
        {
            var resources = document.DictionaryOf(page.Dictionary.Data["Resources"]);
            var xobjects = document.Require<DictionaryToken>(resources, "XObject");
            return xobjects.Data.Values.Cast<IndirectReferenceToken>().Select(r => r.Data.ObjectNumber);
        }).ToHashSet();
        Assert.Equal(forms.Select(f => f.Reference.ObjectNumber).ToHashSet(), placed);
        var formTexts = forms.Select(f => ((StreamToken)document.Structure.GetObject(f.Reference).Data).Decode()).Select(b => System.Text.Encoding.Latin1.GetString(b)).ToList();
        Assert.All(formTexts, t => Assert.Single(Regex.Matches(t, @"\bBT\b")));
    }

    [Fact]
    public void Sheet_content_only_places_the_pages()
    {
        using var document = PdfDocument.Open(TwoUp());
        Assert.True(document.NumberOfPages >= 2);
        foreach (var page in document.GetPages())
        {
            var content = document.RawContent(page);
            Assert.DoesNotMatch(@"\bBT\b", content);
            Assert.DoesNotMatch(@"\bTJ\b", content);
            Assert.Equal(2, Regex.Count(content, @"\bDo\b"));
        }
    }
}
