using Pamphlet.Composition.Poster;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;

namespace Pamphlet.Tests.Poster;

/// <summary>A signature's lines run on as one, for a card's foot too short for them (<c>when-too-long: one-line</c>).</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class SignatureLinesTests
{
    private static readonly SourceLocation At = new("statement.md", 10);

    private static Signature Of(params Inline[] inlines) => new(At, [new Paragraph(At, inlines)]);

    private static string OneLine(Signature signature, string language) =>
        Inline.PlainText(((Paragraph)Assert.Single(Assert.IsType<Signature>(SignatureLines.OnOneLine(signature, language)).Blocks)).Content);

    [Fact]
    public void Lines_are_joined_with_a_comma()
    {
        var signature = Of(new TextRun(At, "Alder Brook Neighbourhood Coalition", InlineStyle.None), new LineBreak(At), new TextRun(At, "Brookside, 14 March 2026", InlineStyle.None));

        Assert.Equal("Alder Brook Neighbourhood Coalition, Brookside, 14 March 2026", OneLine(signature, "en"));
    }

    [Fact]
    public void Arabic_lines_are_joined_with_the_arabic_comma()
    {
        var signature = Of(new TextRun(At, "لجنة أهالي حي الزيتون", InlineStyle.None), new LineBreak(At), new TextRun(At, "1 نوفمبر 2026", InlineStyle.None));

        Assert.Equal("لجنة أهالي حي الزيتون\u060C 1 نوفمبر 2026", OneLine(signature, "ar"));
    }

    [Fact]
    public void A_line_that_ends_with_a_pause_takes_no_second_comma_and_paragraphs_join_too()
    {
        var signature = new Signature(At, [
            new Paragraph(At, [new TextRun(At, "The Tenants' Association,", InlineStyle.None)]),
            new Paragraph(At, [new TextRun(At, "Hollinsgate", InlineStyle.None)]),
        ]);

        Assert.Equal("The Tenants' Association, Hollinsgate", OneLine(signature, "en-GB"));
    }

    [Fact]
    public void A_signature_of_one_line_has_nothing_to_join() =>
        Assert.Null(SignatureLines.OnOneLine(Of(new TextRun(At, "Alder Brook Neighbourhood Coalition", InlineStyle.None)), "en"));
}
