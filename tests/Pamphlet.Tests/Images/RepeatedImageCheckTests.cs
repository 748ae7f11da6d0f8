using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Images;

/// <summary>
/// One engine decodes a photo's bytes once (a batch's editions share it), yet a file that changes is
/// decoded again: the check goes by the bytes, not by the name.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class RepeatedImageCheckTests
{
    private const string Statement = "Hello, neighbours.\n\n![The woods](woods.jpg)\n";

    [Fact]
    public void A_photo_cut_short_after_a_good_build_is_still_an_error_in_the_same_engine()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("s.md", Statement);
        var photo = File.ReadAllBytes(SampleFiles.Photo);
        folder.WriteBytes("woods.jpg", photo);
        using var engine = new PamphletEngine();
        engine.Build(new BuildRequest(statement, ["a5-pamphlet"], folder.Out));

        folder.WriteBytes("woods.jpg", TestImages.Truncated(photo, 0.6));
        var error = Assert.Throws<PamphletException>(() => engine.Build(new BuildRequest(statement, ["a5-pamphlet"], folder.Out)));

        Assert.Contains("'woods.jpg' is cut short", error.Message, StringComparison.Ordinal);
    }
}
