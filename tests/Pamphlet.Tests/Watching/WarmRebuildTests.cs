using Pamphlet.Engine;
using Pamphlet.Engine.Watching;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Watching;

/// <summary>
/// A warm engine's rebuild after an edit writes the same bytes as a cold build of the edited
/// statement: whatever the engine keeps between builds (fonts, shaped words, hyphenation, set
/// paragraphs) is keyed by everything it depends on.
/// </summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class WarmRebuildTests
{
    /// <summary>
    /// The sample with one word of its title changed (the poster shows the title, not the body) and one
    /// word of its first body paragraph, as an organiser edits it.
    /// </summary>
    private static string Edited(string sample)
    {
        var edited = ReplaceFirst(sample, "Keep Alder Brook Public", "Keep Alder Brook Ours", 0);
        return ReplaceFirst(edited, "Alder Brook Park", "Alder Brook Meadow", edited.IndexOf("\n---", 4, StringComparison.Ordinal));
    }

    private static string ReplaceFirst(string text, string old, string replacement, int from)
    {
        var at = text.IndexOf(old, from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the sample should hold '{old}'");
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    [Theory]
    [InlineData("a5-pamphlet")]
    [InlineData("poster-a3")]
    public void A_warm_rebuild_after_an_edit_writes_the_bytes_of_a_cold_build(string layout)
    {
        using var folder = new StatementFolder();
        var sample = File.ReadAllText(SampleFiles.Statement);
        File.Copy(SampleFiles.Photo, folder.PathOf("photo.jpg"));
        var statement = folder.Write("statement.md", sample);
        var warmRequest = new BuildRequest(statement, [layout], folder.PathOf("warm"));
        var pdf = $"statement.{layout}.pdf";

        byte[] before;
        using (var warm = new PamphletEngine())
        {
            var session = new StatementSession(warm, warmRequest);
            Assert.True(session.Build().Succeeded);
            before = File.ReadAllBytes(Path.Combine(folder.PathOf("warm"), pdf));
            folder.Write("statement.md", Edited(sample));
            var rebuilt = session.Build();
            Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Errors));
        }

        using (var cold = new PamphletEngine())
        {
            cold.Build(warmRequest with { OutputDirectory = folder.PathOf("cold") });
        }

        var warmBytes = File.ReadAllBytes(Path.Combine(folder.PathOf("warm"), pdf));
        Assert.NotEqual(before, warmBytes);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder.PathOf("cold"), pdf)), warmBytes);
    }
}
