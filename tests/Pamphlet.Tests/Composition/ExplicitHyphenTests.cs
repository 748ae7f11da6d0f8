namespace Pamphlet.Tests.Composition;

/// <summary>Lines break after a hyphen of the text itself only with two letters or more on each side.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class ExplicitHyphenTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    [Fact]
    public void A_single_letter_is_never_left_before_or_after_a_line_end_hyphen()
    {
        // About a dozen letters a line (48pt, ragged): long words after short ones push breaks into
        // every hyphen that has room, and into "S-" and "E-" if they were allowed.
        var sentence = "Am Tor S-Bahnsteig, die E-Mailadresse der U-Bahn-Leitung, Antwort-E. ";
        var markdown = "---\ntitle: Bindestrich\nlang: de\n---\n\n" + string.Concat(Enumerable.Repeat(sentence, 12)) + "\n";

        var lines = fixture.Compose(markdown, fixture.TestLayout("huge-body")).Document.Lines("body");

        var ends = lines.Select(l => l.Runs[^1].Text).ToList();
        var starts = lines.Select(l => l.Runs[0].Text).ToList();
        Assert.DoesNotContain(ends, end => end is "S-" or "E-" or "U-");
        Assert.DoesNotContain(starts, start => start.StartsWith("E.", StringComparison.Ordinal));
        Assert.Contains(ends, end => end.EndsWith("Bahn-", StringComparison.Ordinal)); // breaks with room on both sides still happen
    }
}
