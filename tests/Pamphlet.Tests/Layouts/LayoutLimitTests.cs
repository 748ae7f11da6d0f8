using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Tests.Layouts;

/// <summary>
/// Layout values that leave text no width, or make a page larger than a PDF page may be, are errors
/// at the value's line that give the sum and the most (or least) the value may be — not a crash
/// while setting the first line, nor a PDF that readers refuse.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class LayoutLimitTests : IDisposable
{
    private readonly LayoutFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    // The default A5 column is 106mm (148mm less 19mm and 23mm margins); 3em of 10pt body text is 10.6mm.
    // The most a value may be is the most every text it narrows allows: the list indent also narrows
    // demands (inside 2 × 4mm of padding), the paragraph indent and the body's indents also quotes (inside 2 × 5mm of indents).
    [InlineData("styles:\n  list: {indent: 120mm}\n", 2, 18, "text in 'styles.body' for list items would be -14mm wide", "make 'styles.list.indent' at most 87.4mm")]
    [InlineData("styles:\n  body: {indent-start: 60mm, indent-end: 60mm}\n", 2, 24, "less 'styles.body.indent-start' 60mm less 'styles.body.indent-end' 60mm", "make 'styles.body.indent-start' at most 21.7mm")]
    [InlineData("text:\n  indent: 150mm\n", 2, 11, "for the first line of a paragraph would be -44mm wide", "make 'text.indent' at most 85.9mm")]
    [InlineData("styles:\n  demands: {padding: 60mm}\n", 2, 22, "less 2 × 'styles.demands.padding' 60mm", "make 'styles.demands.padding' at most 45.2mm")]
    [InlineData("styles:\n  blockquote: {text: {indent-start: 110mm}}\n", 2, 37, "text in 'styles.blockquote.text' would be -9mm wide", "at most 86.7mm")]
    [InlineData("page:\n  columns: 12\n  gutter: 0mm\n", 2, 12, "the column is 8.8mm (106mm: the page's 148mm less its 19mm and 23mm margins, in 12 columns with 0mm gutters)", "fewer columns")]
    [InlineData("page:\n  margins: {top: 15mm, bottom: 21mm, inside: 60mm, outside: 87mm}\n", 2, 46, "would be 1mm wide", "narrower margins")]
    [InlineData("fonts:\n  body: {size: 200pt, leading: 1.2}\n", 2, 16, "a line needs at least 3em, 211.7mm at 200pt", "make 'fonts.body.size' smaller")]
    [InlineData("styles:\n  list: {indent: 0mm}\n", 2, 18, "list markers hang in the list indent", "make 'styles.list.indent' at least 1.8mm")]
    // PDF 1.7 pages are at most 14,400pt (5080mm) a side, with the bleed and a 10mm printer's marks band on each side.
    [InlineData("page:\n  bleed: 5000mm\n", 2, 10, "makes the page 10230mm on its longest side", "it can be at most 2425mm here")]
    [InlineData("page:\n  size: {width: 100mm, height: 5100mm}\n", 2, 9, "the page is 5100mm on its longest side, 5126mm with its bleed", "make 'page.size' smaller")]
    public void Values_that_leave_no_width_or_exceed_the_pdf_page_are_errors_at_their_line(string yaml, int line, int column, string sum, string advice)
    {
        var path = folder.Write("x.yaml", yaml);

        var error = folder.Fail("x.yaml");

        Assert.Equal(new SourceLocation(path, line, column), error.Location);
        Assert.Contains(sum, error.Message);
        Assert.Contains(advice, error.Message);
    }

    [Theory]
    [InlineData("styles:\n  list: {indent: 87.4mm}\n")]
    [InlineData("text:\n  indent: 85.9mm\n")]
    [InlineData("styles:\n  body: {indent-start: 21.7mm, indent-end: 60mm}\n")]
    [InlineData("styles:\n  list: {indent: 1.8mm}\n")]
    [InlineData("page:\n  bleed: 2425mm\n")]
    public void The_most_an_error_allows_is_accepted(string yaml)
    {
        folder.Write("x.yaml", yaml);

        folder.Load("x.yaml");
    }

    /// <summary>The valid A3 grid of <see cref="PosterErrorTests"/> with the quote region (line 12) set as given.</summary>
    private static string TwoRegionPoster(string quote) =>
        PosterErrorTests.Head + PosterErrorTests.Grid.Replace("quote: {content: [quote]}", "quote: " + quote, StringComparison.Ordinal);

    [Fact]
    public void A_poster_region_padded_to_no_width_is_an_error_at_its_padding()
    {
        // A3 safe area 269mm, two columns with a 6mm gap: 131.5mm each. The quote shrinks to its
        // region's 9pt min-size, so it needs 3 × 9pt = 9.5mm; 64mm of padding a side leaves 3.5mm.
        var path = folder.Write("x.yaml", TwoRegionPoster(quote: "{content: [quote], padding: 64mm}"));

        var error = folder.Fail("x.yaml");

        Assert.Equal(new SourceLocation(path, 12, 40), error.Location);
        Assert.Contains("region 'quote' is 3.5mm wide inside its 64mm padding", error.Message);
    }

    [Fact]
    public void A_body_indent_wider_than_a_poster_region_is_an_error_at_the_indent()
    {
        // A poster region's blocks sit within the body's indents as a pamphlet column's do (found by
        // fuzzing: the pull quote's first line had a negative width and crashed the line breaker).
        var path = folder.Write("x.yaml", TwoRegionPoster(quote: "{content: [quote]}") + "styles:\n  body: {indent-start: 300mm}\n");

        var error = folder.Fail("x.yaml");

        Assert.Equal(new SourceLocation(path, 15, 24), error.Location);
        Assert.Contains("less 'styles.body.indent-start'", error.Message);
        Assert.Contains("make 'styles.body.indent-start' at most", error.Message);
    }
}
