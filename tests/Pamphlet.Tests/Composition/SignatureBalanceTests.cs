namespace Pamphlet.Tests.Composition;

/// <summary>A signature line too long for the measure wraps balanced, like a slogan: no name's last word alone.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class SignatureBalanceTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    [Fact]
    public void A_signature_that_wraps_is_balanced_and_leaves_no_word_alone()
    {
        var writer = new StatementWriter(seed: 5);
        writer.Paragraph(60).Raw("::: signature\nWrenfield and District Housing Commons Study Group\\\nWrenfield, 18 April 2026\n:::");
        var lines = fixture.Compose(writer.Markdown).Document.Lines("signature");

        Assert.Equal(3, lines.Count);
        var (first, second) = (lines[0], lines[1]);
        Assert.True(second.Text.Split(' ').Length >= 2, $"the name wrapped with a word alone: '{first.Text}' / '{second.Text}'");
        var widths = new[] { first.Right - first.Left, second.Right - second.Left };
        Assert.True(widths.Min() >= 0.6 * widths.Max(), $"unbalanced: '{first.Text}' ({widths[0]:0.#} pt) / '{second.Text}' ({widths[1]:0.#} pt)");
    }
}
