using System.Text.RegularExpressions;
using Pamphlet.Tests.Bleed;
using Pamphlet.Tests.Cli;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Tests.EndToEnd;

/// <summary>Reads the sample pamphlet back with PdfPig: pages, text in reading order, fonts, metadata and size.</summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class SamplePdfTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private const double A5Width = 419.53;
    private const double A5Height = 595.28;
    private const double SizeTolerance = 0.1;

    /// <summary>
    /// Subset fonts, vector furniture and compressed content of a 9-page pamphlet come to under 100 KB;
    /// a quarter of a megabyte leaves room for a longer statement while still catching a whole font
    /// embedded, or the photo re-encoded instead of passed through.
    /// </summary>
    private const int MaxBytesBesidesThePhoto = 256 * 1024;

    private PdfDocument Open()
    {
        Assert.True(sample.Result.ExitCode == 0, sample.Result.ToString());
        return PdfDocument.Open(sample.Pdf);
    }

    [Fact]
    public void Build_succeeds_quietly_and_reports_the_file()
    {
        Assert.True(sample.Result.ExitCode == 0, sample.Result.ToString());
        Assert.Equal("", sample.Result.Error);
        // The sample's front matter asks for the pamphlet and the A3 poster: one line each, in that order.
        var poster = sample.PdfPath.Replace("a5-pamphlet", "poster-a3", StringComparison.Ordinal);
        Assert.Matches($@"^{Regex.Escape(sample.PdfPath)}  \d+ pages  \d+\.\d\d s\n{Regex.Escape(poster)}  1 page  \d+\.\d\d s\n$", sample.Result.Output);
    }

    [Fact]
    public void Has_at_least_six_pages_all_exactly_a5()
    {
        using var pdf = Open();

        Assert.True(pdf.NumberOfPages >= 6, $"{pdf.NumberOfPages} pages");
        Assert.All(pdf.GetPages(), page =>
        {
            // The trim is the page a reader holds; the media also holds the bleed.
            Assert.Equal(A5Width, PdfPageBoxes.Trim(page).Width, SizeTolerance);
            Assert.Equal(A5Height, PdfPageBoxes.Trim(page).Height, SizeTolerance);
        });
    }

    [Fact]
    public void Text_has_title_heading_figure_pull_quote_and_demands_in_reading_order()
    {
        using var pdf = Open();
        var text = PdfText.WithoutSpaces(pdf);

        string[] inOrder =
        [
            "KEEP ALDER BROOK PUBLIC",                         // cover title, uppercased by the layout
            "What is at stake",                                // a heading
            "The brook below the weir, where the proposed",    // figure caption
            "Photo: Aitzol Berasategi, CC BY 4.0",             // figure credit
            "You can build flats almost anywhere in this city", // pull quote
            "OUR DEMANDS",                                     // demands title, uppercased by the layout
            "Withdraw item 7",                                 // the first demand
        ];
        var from = 0;
        foreach (var expected in inOrder.Select(PdfText.WithoutSpaces))
        {
            var at = text.IndexOf(expected, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{expected}' should follow position {from} of the text; it is {(text.Contains(expected) ? "earlier" : "missing")}");
            from = at + expected.Length;
        }
    }

    [Fact]
    public void Every_font_is_embedded_as_a_subset()
    {
        using var pdf = Open();

        var descriptors = pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys
            .Select(reference => pdf.Structure.GetObject(reference).Data)
            .OfType<DictionaryToken>()
            .Where(d => d.TryGet(NameToken.Type, out NameToken type) && type.Equals(NameToken.FontDescriptor))
            .ToList();

        Assert.True(descriptors.Count >= 4, $"{descriptors.Count} font descriptors; the sample uses serif, sans, condensed, bold and italic");
        Assert.All(descriptors, d =>
        {
            var name = d.Get<NameToken>(NameToken.FontName, pdf.Structure.TokenScanner).Data;
            Assert.Matches("^[A-Z]{6}\\+", name);
            Assert.True(d.ContainsKey(NameToken.FontFile) || d.ContainsKey(NameToken.FontFile2) || d.ContainsKey(NameToken.FontFile3),
                $"font {name} has no embedded font file");
        });
        Assert.All(pdf.GetPages().SelectMany(p => p.Letters), letter => Assert.Matches("^[A-Z]{6}\\+", letter.FontName));
    }

    [Fact]
    public void Metadata_has_title_author_creator_and_the_statements_date()
    {
        using var pdf = Open();
        var info = pdf.Information;

        Assert.Equal("Keep Alder Brook Public", info.Title);
        Assert.Equal("Alder Brook Neighbourhood Coalition", info.Author);
        Assert.Equal("Pamphlet 0.1.0", info.Creator);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.Zero), info.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void Photo_passes_through_unchanged_and_the_rest_is_small()
    {
        var photo = File.ReadAllBytes(SampleFiles.Photo);

        Assert.True(sample.Pdf.AsSpan().IndexOf(photo) >= 0, "the JPEG's bytes should appear unchanged in the PDF");
        var rest = sample.Pdf.Length - photo.Length;
        Assert.True(rest < MaxBytesBesidesThePhoto, $"the PDF is {sample.Pdf.Length} bytes, {rest} besides the photo");
    }
}
