using Pamphlet.Engine;
using Pamphlet.Engine.Watching;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Watching;

/// <summary>
/// A warm engine's rebuild after an edit writes the same bytes as a cold build of the edited
/// statement: whatever the engine keeps between builds (fonts, shaped words, hyphenation, set
/// paragraphs, loaded layouts, checked images) is keyed by everything it depends on. Edits of the
/// text, the language, the layout's measure and its fonts, for the pamphlet, the poster and fit4.
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
        Assert.True(at >= 0, $"the text should hold '{old}'");
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    private static void EditStatement(StatementFolder folder, Func<string, string> edit) =>
        folder.Write("statement.md", edit(File.ReadAllText(folder.PathOf("statement.md"))));

    /// <summary>A layout of the statement's own, in its layouts/ folder, that adjusts the bundled one of the same name.</summary>
    private static void WriteLayout(StatementFolder folder, string name, string adjustments) =>
        folder.Write($"layouts/{name}.yaml", $"extends: {name}\n{adjustments}");

    [Theory]
    [InlineData("a5-pamphlet")]
    [InlineData("poster-a3")]
    public void A_warm_rebuild_after_an_edit_writes_the_bytes_of_a_cold_build(string layout) =>
        AssertWarmRebuildIsCold(layout, _ => { }, folder => EditStatement(folder, Edited));

    [Fact]
    public void A_warm_fit4_rebuild_after_an_edit_writes_the_bytes_of_a_cold_build() =>
        AssertWarmRebuildIsCold("a5-pamphlet", _ => { }, folder => EditStatement(folder, Edited), PageTarget.NearestMultipleOfFour);

    [Theory]
    [InlineData("a5-pamphlet")]
    [InlineData("poster-a3")]
    public void A_warm_rebuild_after_the_language_changed_writes_the_bytes_of_a_cold_build(string layout) =>
        AssertWarmRebuildIsCold(layout, _ => { }, folder => EditStatement(folder, text => ReplaceFirst(text, "lang: en\n", "lang: en-GB\n", 0)));

    [Fact]
    public void A_warm_rebuild_after_the_layout_changed_the_measure_writes_the_bytes_of_a_cold_build() =>
        AssertWarmRebuildIsCold("a5-pamphlet",
            folder => WriteLayout(folder, "a5-pamphlet", "page:\n  margins: {top: 15mm, bottom: 20.7mm, inside: 19mm, outside: 23mm}\n"),
            folder => WriteLayout(folder, "a5-pamphlet", "page:\n  margins: {top: 15mm, bottom: 20.7mm, inside: 17.5mm, outside: 21mm}\n"));

    [Theory]
    [InlineData("a5-pamphlet")]
    [InlineData("poster-a3")]
    public void A_warm_rebuild_after_the_layout_changed_a_font_writes_the_bytes_of_a_cold_build(string layout) =>
        AssertWarmRebuildIsCold(layout,
            folder => WriteLayout(folder, layout, "fonts:\n  quote: {family: Noto Serif, weight: regular, italic: true}\n  body: {family: Noto Serif}\n"),
            folder => WriteLayout(folder, layout, "fonts:\n  quote: {family: Noto Sans, weight: regular, italic: true}\n  body: {family: Noto Sans}\n"));

    /// <summary>
    /// Builds the sample (in a folder of its own, after <paramref name="setUp"/>) in a watch session, applies
    /// <paramref name="edit"/>, rebuilds in the same session, and compares the PDF with a cold build's.
    /// </summary>
    private static void AssertWarmRebuildIsCold(string layout, Action<StatementFolder> setUp, Action<StatementFolder> edit, PageTarget? pages = null)
    {
        using var folder = new StatementFolder();
        File.Copy(SampleFiles.Photo, folder.PathOf("photo.jpg"));
        var statement = folder.Write("statement.md", File.ReadAllText(SampleFiles.Statement));
        setUp(folder);
        var warmRequest = new BuildRequest(statement, [layout], folder.PathOf("warm"), pages);
        var pdf = $"statement.{layout}.pdf";

        byte[] before;
        using (var warm = new PamphletEngine())
        {
            var session = new StatementSession(warm, warmRequest);
            var first = session.Build();
            Assert.True(first.Succeeded, string.Join("\n", first.Errors));
            before = File.ReadAllBytes(Path.Combine(folder.PathOf("warm"), pdf));
            edit(folder);
            var hits = warm.Paragraphs!.Hits;
            var rebuilt = session.Build();
            Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Errors));
            // The rebuild used what the first build kept: the comparison below checks the cache, not a cold engine.
            Assert.True(warm.Paragraphs.Hits > hits, "the rebuild should reuse set paragraphs");
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
