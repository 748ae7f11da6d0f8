using Pamphlet.Documents.Model;

namespace Pamphlet.Tests.Documents;

/// <summary>A backslash before a space is a no-break space, as in pandoc (issue 11).</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class NoBreakSpaceTests
{
    [Fact]
    public void A_backslash_before_a_space_becomes_a_no_break_space()
    {
        var paragraph = Md.Single<Paragraph>("Rosa\\ Luxemburg and *UAW Local\\ 4811*.\n");

        Assert.Equal("Rosa\u00A0Luxemburg and UAW Local\u00A04811.", Md.Text(paragraph.Content));
    }

    [Fact]
    public void In_a_code_span_the_backslash_and_the_space_stay_as_typed()
    {
        var paragraph = Md.Single<Paragraph>("Type `a\\ b` here.\n");

        Assert.Equal("Type a\\ b here.", Md.Text(paragraph.Content));
    }

    [Fact]
    public void An_escaped_backslash_before_a_space_stays_a_backslash_and_a_space()
    {
        var paragraph = Md.Single<Paragraph>("C:\\\\ drive\n");

        Assert.Equal("C:\\ drive", Md.Text(paragraph.Content));
    }
}
