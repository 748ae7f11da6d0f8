using Pamphlet.Composition.Text;
using Pamphlet.Pages;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.Composition;

/// <summary>Footnotes print as raised numbers in the text and as endnotes before the closing; posters leave both out.</summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class EndnoteCompositionTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private const string Statement = """
        ---
        title: Notes
        ---

        The woods were given in trust in 1911[^gift] and the council sold them anyway[^sale].

        ::: slogan
        Not for sale.
        :::

        ::: signature
        The coalition
        :::

        [^gift]: The deed is in the city archive.
        [^sale]: Committee papers, item 7.
        """;

    private static List<GlyphRun> Runs(PagedDocument document) => document.Pages.SelectMany(p => p.ItemsOf<GlyphRun>()).ToList();

    [Fact]
    public void A_reference_is_a_small_raised_number_on_its_line()
    {
        var document = fixture.Shared("notes", () => fixture.Compose(Statement)).Document;

        var references = Runs(document).Where(r => r.Role == SpanStyle.NoteReferenceRole).ToList();
        Assert.Equal(["1", "2"], references.Select(r => r.Text));
        var body = Runs(document).First(r => r.Role == "body");
        foreach (var reference in references)
        {
            Assert.True(reference.FontSize < body.FontSize * 0.8, "the number is smaller than the text");
            Assert.All(reference.Positions, p => Assert.True(p.Y < -1, "the number is raised above the baseline"));
            Assert.Contains(Runs(document), r => r.Role == "body" && Math.Abs(r.Origin.Y - reference.Origin.Y) < 0.01);
        }
    }

    [Fact]
    public void The_notes_are_set_under_their_heading_before_the_slogan_and_signature()
    {
        var result = fixture.Shared("notes", () => fixture.Compose(Statement));

        var words = PageWords.Words(result.Document);
        PageWords.AssertInOrder(words, ["anyway", "Notes", "1.", "deed", "archive", "2.", "Committee", "NOT", "FOR", "SALE", "COALITION"]);
        Assert.Equal("endnotes-heading", PageWords.Find(words, "Notes").Role);
        Assert.Equal("endnotes-number", PageWords.Find(words.SkipWhile(w => w.Text != "Notes").ToList(), "1.").Role);
        var note = Runs(result.Document).First(r => r.Role == "endnotes");
        Assert.True(note.FontSize < Runs(result.Document).First(r => r.Role == "body").FontSize, "notes are set smaller than the text");
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_poster_shows_neither_references_nor_notes()
    {
        var poster = fixture.Catalog.Resolve("poster-a3");
        var result = fixture.Compose(Statement.Replace("::: slogan\nNot for sale.", "::: slogan\nNot for sale[^sale].", StringComparison.Ordinal), poster);

        var runs = Runs(result.Document);
        Assert.Contains(runs, r => r.Text.Contains("SALE", StringComparison.Ordinal));
        Assert.DoesNotContain(runs, r => r.Role.StartsWith(SpanStyle.NoteReferenceRole, StringComparison.Ordinal) || r.Role.StartsWith("endnotes", StringComparison.Ordinal));
    }

    [Fact]
    public void An_image_inside_a_paragraph_is_set_as_a_figure_after_it()
    {
        var result = fixture.Compose("---\ntitle: Image\n---\n\nBefore the march ![Marchers on Weir Lane](march.jpg) and after it.\n");

        var words = PageWords.Words(result.Document);
        PageWords.AssertInOrder(words, ["Before", "the", "march", "and", "after", "it", "Marchers", "on", "Weir", "Lane"]);
        Assert.Equal("caption", PageWords.Find(words, "Marchers").Role);
        Assert.Contains(result.Document.Pages.SelectMany(p => p.ItemsOf<ImageItem>()), i => i.Role == "figure");
        Assert.Contains(result.Warnings, w => w.Location.Line == 5 && w.Message.Contains("set as a figure after this block", StringComparison.Ordinal));
    }
}
