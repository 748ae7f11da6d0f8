using System.Text;
using Pamphlet.Preflight;
using Pamphlet.Preflight.Reading;

namespace Pamphlet.Tests.Preflight;

/// <summary>The content-stream lexer: what each token reads as, and that damage cannot stop or crash it.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class ContentLexerTests
{
    private static List<(Operand Operand, string Operator)> Lex(string content, bool keepItems = false)
    {
        var bytes = Encoding.Latin1.GetBytes(content);
        var lexer = new ContentLexer(bytes) { KeepItems = keepItems };
        var tokens = new List<(Operand, string)>();
        while (lexer.Next(out var operand, out var op)) tokens.Add((operand, Encoding.Latin1.GetString(op)));
        return tokens;
    }

    [Theory]
    [InlineData("(abc)", 3)]
    [InlineData(@"(a\(b\)c)", 5)]
    [InlineData("(a(b)c)", 5)]
    [InlineData(@"(\101\60\7)", 3)]
    [InlineData("(a\\\nb)", 2)]
    [InlineData("<00410042>", 4)]
    [InlineData("<0 04 1 0>", 3)]
    [InlineData("<abc>", 2)]
    public void Strings_read_as_their_decoded_length(string text, int length)
    {
        var (operand, op) = Assert.Single(Lex(text));
        Assert.Equal("", op);
        Assert.Equal((OperandKind.String, length), (operand.Kind, operand.Length));
    }

    [Fact]
    public void Numbers_names_and_operators_read_as_written()
    {
        var tokens = Lex("-.5 +3 12.25 /Bright#20Red /F1 Tf T* ' true % a comment\n0 g");
        Assert.Equal([-0.5, 3, 12.25], tokens.Take(3).Select(t => t.Operand.Number));
        Assert.Equal(["Bright Red", "F1"], tokens.Skip(3).Take(2).Select(t => t.Operand.Text));
        Assert.Equal(["Tf", "T*", "'"], tokens.Skip(5).Take(3).Select(t => t.Operator));
        Assert.Equal((OperandKind.Keyword, "true"), (tokens[8].Operand.Kind, tokens[8].Operand.Text));
        Assert.Equal("g", tokens[^1].Operator);
        Assert.Equal(11, tokens.Count);
    }

    [Fact]
    public void A_tj_array_keeps_the_length_of_its_strings()
    {
        var (array, _) = Lex("[(ab) -20 <0001> 3 (c)] TJ")[0];
        Assert.Equal((OperandKind.Array, 5), (array.Kind, array.Length));
        Assert.Null(array.Items);
        Assert.Equal(5, Lex("[(ab) -20 <0001> 3 (c)]", keepItems: true)[0].Operand.Items!.Count);
    }

    [Fact]
    public void Damaged_numbers_read_as_far_as_they_make_sense()
    {
        Assert.Equal([1.2, -5, 0], Lex("1.2.3 --5 -").Select(t => t.Operand.Number));
    }

    [Fact]
    public void Deep_nesting_and_stray_delimiters_neither_overflow_the_stack_nor_stop_reading()
    {
        var tokens = Lex(new string('[', 200_000) + " ) } >> ] 0 g " + new string('<', 2) + " /K [1 2] >> BDC EMC");
        Assert.Contains(tokens, t => t.Operator == "EMC");
    }

    [Fact]
    public void Random_bytes_as_content_never_throw()
    {
        var random = new Random(12345);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(1, 2000)];
            random.NextBytes(bytes);
            // A few operators sprinkled in, so the interpreter gets to run them on garbage operands.
            var content = Encoding.Latin1.GetString(bytes) + " Q q cm Tf Tj TJ Do BI ID EI sh re f S";
            var facts = PdfInspector.Inspect(RawDocuments.Build(new RawPage(content, "/Font <</F1 <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>>>")), "random.pdf");
            Assert.Single(facts.Pages);
        }
    }
}
