using Pamphlet.Documents.Model;

namespace Pamphlet.Tests.Documents;

/// <summary>Footnotes become numbered endnotes placed before the closing; problems are warnings at their line.</summary>
[Trait(Tier.Name, Tier.Unit)]
public class FootnoteReadTests
{
    private static Endnotes Notes(Document document) => Assert.Single(document.Blocks.OfType<Endnotes>());

    private static IEnumerable<int> References(IEnumerable<Inline> inlines) => inlines.OfType<NoteReference>().Select(n => n.Number);

    [Fact]
    public void Notes_are_numbered_in_the_order_of_their_first_reference()
    {
        var document = Md.Parse("""
            First[^b] and second[^a] and again[^b].

            [^a]: Note a.
            [^b]: Note b.
            """);

        var paragraph = Assert.IsType<Paragraph>(document.Blocks[0]);
        Assert.Equal([1, 2, 1], References(paragraph.Content));
        Assert.Equal("First and second and again.", Md.Text(paragraph.Content));
        var notes = Notes(document);
        Assert.Equal([1, 2], notes.Notes.Select(n => n.Number));
        Assert.Equal(["Note b.", "Note a."], notes.Notes.Select(n => Md.Text(Assert.IsType<Paragraph>(Assert.Single(n.Blocks)).Content)));
        Assert.Equal(3, notes.Notes[1].Location.Line);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void The_notes_go_before_the_closing_slogan_and_signature()
    {
        var document = Md.Parse("Text[^1].\n\n[^1]: A note.\n\n::: slogan\nOurs.\n:::\n\n::: signature\nThe coalition\n:::\n");

        Assert.Equal([typeof(Paragraph), typeof(Endnotes), typeof(Slogan), typeof(Signature)], document.Blocks.Select(b => b.GetType()));
    }

    [Fact]
    public void Without_a_signature_the_notes_go_at_the_end()
    {
        var document = Md.Parse("Text[^1].\n\n[^1]: A note.\n\nMore text.\n");

        Assert.IsType<Endnotes>(document.Blocks[^1]);
    }

    [Theory]
    [InlineData("en", "Notes")]
    [InlineData("es", "Notas")]
    [InlineData("pt-BR", "Notas")]
    [InlineData("fr", "Notes")]
    [InlineData("de-CH", "Anmerkungen")]
    [InlineData("it", "Note")]
    [InlineData("he", "הערות")]
    [InlineData("nl", "Notes")]
    public void The_heading_is_in_the_statements_language(string lang, string heading)
    {
        var document = Md.Parse($"---\nlang: {lang}\n---\n\nText[^1].\n\n[^1]: A note.\n");

        Assert.Equal(heading, Md.Text(Notes(document).Heading));
    }

    [Fact]
    public void A_reference_to_a_missing_note_stays_as_typed_with_a_warning_at_its_line()
    {
        var document = Md.Parse("Intro.\n\nSee this[^nope] please.\n");

        Assert.Equal("See this[^nope] please.", Md.Text(Assert.IsType<Paragraph>(document.Blocks[1]).Content));
        var warning = Assert.Single(document.Warnings);
        Assert.Equal(3, warning.Location.Line);
        Assert.Contains("[^nope] refers to a note that is not there", warning.Message);
        Assert.Empty(document.Blocks.OfType<Endnotes>());
    }

    [Fact]
    public void Code_that_looks_like_a_reference_is_left_alone()
    {
        var document = Md.Parse("Write `[^1]` for a note.\n");

        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void A_note_nothing_refers_to_is_printed_last_with_a_warning()
    {
        var document = Md.Parse("Text[^used].\n\n[^spare]: Spare words.\n[^used]: Used words.\n");

        var notes = Notes(document);
        Assert.Equal(["Used words.", "Spare words."], notes.Notes.Select(n => Md.Text(Assert.IsType<Paragraph>(Assert.Single(n.Blocks)).Content)));
        Assert.Equal([1, 2], notes.Notes.Select(n => n.Number));
        var warning = Assert.Single(document.Warnings);
        Assert.Equal(3, warning.Location.Line);
        Assert.Contains("nothing in the text refers to the note [^spare]", warning.Message);
    }

    [Fact]
    public void A_note_text_inside_a_quote_is_a_warning_at_its_line()
    {
        // Markdig reads "[^q]: Inside." in a quote as a link definition, and "[^q]" as a link to "Inside.".
        var document = Md.Parse("> Quoted[^q].\n>\n> [^q]: Inside.\n");

        Assert.Contains(document.Warnings, w => w.Location.Line == 3 && w.Message.Contains("only read at the top level", StringComparison.Ordinal));
    }

    [Fact]
    public void A_note_text_inside_a_list_item_is_a_warning_at_its_line()
    {
        var document = Md.Parse("- Listed[^n].\n- [^n]: Inside.\n");

        Assert.Contains(document.Warnings, w => w.Location.Line == 2 && w.Message.Contains("only read at the top level", StringComparison.Ordinal));
    }

    [Fact]
    public void A_note_text_after_other_text_in_a_div_is_printed_as_written_with_a_warning()
    {
        var document = Md.Parse("Text.\n\n::: signature\nSigned.\n[^s]: Not a note here.\n:::\n");

        Assert.Contains(document.Warnings, w => w.Message.Contains("[^s]", StringComparison.Ordinal));
        var signature = Assert.IsType<Signature>(document.Blocks[1]);
        Assert.Contains("[^s]: Not a note here.", Md.Text(Assert.IsType<Paragraph>(Assert.Single(signature.Blocks)).Content));
    }

    [Fact]
    public void A_note_may_hold_several_paragraphs_and_a_list()
    {
        var document = Md.Parse("Text[^1].\n\n[^1]: First part.\n\n    Second part.\n\n    - a point\n");

        var note = Assert.Single(Notes(document).Notes);
        Assert.Equal([typeof(Paragraph), typeof(Paragraph), typeof(ListBlock)], note.Blocks.Select(b => b.GetType()));
    }
}
