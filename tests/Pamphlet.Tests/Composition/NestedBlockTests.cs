using Pamphlet.Pages;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// Every block Markdown can nest is set wherever it is nested: each container (quote, list item,
/// pull quote, slogan, signature, demand, demand box introduction, note) holding each kind of child
/// (paragraph, quote, list, heading, code, table, figure, unknown ::: block, section break) prints
/// every word of the source, in order.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class NestedBlockTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private const string Front = "---\ntitle: Nesting\n---\n\nOpening words here.\n\n";

    /// <summary>Each kind of child block, in Markdown, and the words it prints, in order.</summary>
    private static readonly Dictionary<string, (string Markdown, string[] Words)> Children = new()
    {
        ["paragraph"] = ("Paragraph alpha bravo.\n\nSecond charlie delta.", ["alpha", "bravo", "charlie", "delta"]),
        ["quote"] = ("> Quoted echo foxtrot.\n>\n> > Deeper golf hotel.", ["echo", "foxtrot", "golf", "hotel"]),
        ["list"] = ("- Listed india\n- Listed juliet\n  1. Numbered kilo\n  2. Numbered lima", ["india", "juliet", "kilo", "lima"]),
        ["heading"] = ("### Heading mike\n\nUnder november.", ["mike", "november"]),
        ["code"] = ("```\ncode oscar\ncode papa\n```", ["oscar", "papa"]),
        ["table"] = ("| cell quebec | cell romeo |\n|---|---|\n| cell sierra | cell tango |", ["quebec", "romeo", "sierra", "tango"]),
        ["figure"] = ("![Caption uniform](march.jpg)", ["uniform"]),
        ["div"] = ("::: unknownthing\nDivided victor.\n:::", ["victor"]),
        ["break"] = ("Before whiskey.\n\n---\n\nAfter xray.", ["whiskey", "xray"]),
        // No blank lines inside these ::: blocks: in a note, Markdown ends a ::: block at its first blank line.
        ["pullquote"] = ("::: pullquote\nPulled alpha bravo.\n— Said charlie\n:::", ["alpha", "bravo", "charlie"]),
        ["demands"] = ("::: demands\n### Asked delta\n1. Demanded echo.\n2. Demanded foxtrot.\n:::", ["delta", "echo", "foxtrot"]),
        ["slogan"] = ("::: slogan\nShouted golf.\n:::", ["golf"]),
        ["signature"] = ("::: signature\nSigned hotel.\n:::", ["hotel"]),
    };

    /// <summary>
    /// Each container, wrapping a child's Markdown between words of its own ("yankee" before, "zulu"
    /// after). Containers use longer fences so a ::: block inside them closes on its own.
    /// </summary>
    private static readonly Dictionary<string, Func<string, string>> Containers = new()
    {
        ["quote"] = child => Prefix("> ", "Outer yankee.\n\n" + child + "\n\nOuter zulu."),
        ["list item"] = child => "- Item yankee.\n\n" + Indent("  ", child) + "\n- Item zulu.",
        ["pullquote"] = child => "::::: pullquote\nPulled yankee.\n\n" + child + "\n\nPulled zulu.\n:::::",
        ["slogan"] = child => "::::: slogan\nSlogan yankee.\n\n" + child + "\n\nSlogan zulu.\n:::::",
        ["signature"] = child => "::::: signature\nSigned yankee.\n\n" + child + "\n\nSigned zulu.\n:::::",
        ["demand"] = child => "::::: demands\n1. Demand yankee.\n\n" + Indent("   ", child) + "\n2. Demand zulu.\n:::::",
        ["demand box"] = child => "::::: demands\nIntro yankee.\n\n" + child + "\n\n- Demand only.\n\nOutro zulu.\n:::::",
        ["note"] = child => "Noted[^1] text.\n\n[^1]: Note yankee.\n\n" + Indent("    ", child) + "\n\n    Note zulu.",
    };

    private static string Prefix(string prefix, string text) => string.Join("\n", text.Split('\n').Select(line => (prefix + line).TrimEnd()));

    private static string Indent(string indent, string text) => string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? "" : indent + line));

    public static TheoryData<string, string> Combinations()
    {
        var data = new TheoryData<string, string>();
        foreach (var container in Containers.Keys)
        {
            foreach (var child in Children.Keys) data.Add(container, child);
        }
        return data;
    }

    /// <summary>The containers a poster shows (it shows no body text), with each child.</summary>
    public static TheoryData<string, string> PosterCombinations()
    {
        var data = new TheoryData<string, string>();
        foreach (var container in new[] { "pullquote", "demand", "demand box", "slogan", "signature" })
        {
            foreach (var child in Children.Keys.Where(c => c is not ("figure" or "pullquote" or "demands"))) data.Add(container, child);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PosterCombinations))]
    public void A_poster_prints_every_word_of_what_it_shows_in_order(string container, string child)
    {
        var markdown = Front + Containers[container](Children[child].Markdown) + "\n";
        var poster = fixture.Catalog.Resolve("poster-a2");

        var result = fixture.Compose(markdown, poster);

        var words = PageWords.Words(result.Document);
        PageWords.AssertInOrder(words, ["yankee", .. Children[child].Words, "zulu"]);
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Every_word_of_a_nested_block_is_printed_in_order(string container, string child)
    {
        var markdown = Front + Containers[container](Children[child].Markdown) + "\n\nClosing words here.\n";
        var result = fixture.Compose(markdown);

        var words = PageWords.Words(result.Document);
        PageWords.AssertInOrder(words, ["yankee", .. Children[child].Words, "zulu"]);
        PageWords.AssertInOrder(words, ["opening", "closing"]);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("left out", StringComparison.Ordinal));
        PageAssert.GlyphRunsInsideTheColumn(result.Document, fixture.Pamphlet);
    }
}
