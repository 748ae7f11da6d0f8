using Pamphlet.Cli;
using Pamphlet.Engine;

namespace Pamphlet.Tests.Cli;

/// <summary>
/// What the command line prints never carries raw control characters nor kilobytes of one value:
/// control characters are escaped, very long quoted values and messages are cut in the middle.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class PrintableMessageTests
{
    [Fact]
    public void Control_characters_are_escaped()
    {
        Assert.Equal(@"unknown layout 'a\x1B[2Jb\x07\n\t\r\x7F\x85'", MessageText.Printable("unknown layout 'a\u001b[2Jb\u0007\n\t\r\u007f\u0085'"));
    }

    [Fact]
    public void Letters_of_every_script_and_emoji_are_kept()
    {
        const string text = "no font can draw '😀' in 'مرحبا' or '한국어'";

        Assert.Equal(text, MessageText.Printable(text));
    }

    [Fact]
    public void A_lone_surrogate_is_escaped()
    {
        Assert.Equal(@"'a\uD800b'", MessageText.Printable("'a\ud800b'"));
    }

    [Fact]
    public void A_long_quoted_value_is_cut_in_the_middle_saying_how_much_was_left_out()
    {
        var value = "start" + new string('x', 10_000) + "end";

        var printed = MessageText.Printable($"unknown layout '{value}'. Run pamphlet layouts.");

        Assert.StartsWith("unknown layout 'startxxx", printed);
        Assert.Contains("xxxend'. Run pamphlet layouts.", printed);
        Assert.Contains("(9,928 characters left out)", printed);
        Assert.True(printed.Length < MessageText.MaxQuotedLength + 100, printed);
    }

    [Fact]
    public void Apostrophes_are_not_taken_for_quotes()
    {
        var text = "the statement's folder holds " + new string('y', 200) + " and the layout's too";

        Assert.Equal(text, MessageText.Printable(text));
    }

    [Fact]
    public void A_very_long_message_keeps_its_start_and_its_advice()
    {
        var text = "no bundled font can draw: " + string.Join(", ", Enumerable.Range(1, 5000)) + ". Replace the characters.";

        var printed = MessageText.Printable(text);

        Assert.True(printed.Length < MessageText.MaxLength + 50, $"{printed.Length} characters");
        Assert.StartsWith("no bundled font can draw: 1, 2, 3", printed);
        Assert.EndsWith("Replace the characters.", printed);
        Assert.Contains("characters left out", printed);
    }

    [Fact]
    public void Text_full_of_stray_quotes_is_cut_like_any_long_message()
    {
        // 100,000 quote marks, none of which closes: each kind is looked ahead for once, not once per mark.
        var text = string.Concat(Enumerable.Repeat("'a\"b", 50_000));

        var printed = MessageText.Printable(text);

        Assert.True(printed.Length <= MessageText.MaxLength + 50, $"{printed.Length} characters");
        Assert.StartsWith("'a\"b'a\"b", printed);
    }

    [Fact]
    public void A_name_made_of_control_characters_reaches_the_terminal_escaped_and_short()
    {
        using var folder = new StatementFolder();
        var statement = folder.Write("s.md", "Hello.\n");
        var name = string.Concat(Enumerable.Repeat("\u001b[31m\u0007", 5_000));

        var result = CliRunner.Build(folder, statement, "--layout", name);

        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.Contains("unknown layout '", result.Error);
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.DoesNotContain('\u0007', result.Error);
        Assert.Contains(@"\x1B[31m\x07", result.Error);
        Assert.True(result.Error.Length < 3 * MessageText.MaxLength, $"{result.Error.Length} characters printed");
    }

    [Fact]
    public void A_layout_description_with_control_characters_is_listed_escaped()
    {
        using var folder = new StatementFolder();
        folder.Write("layouts/loud.yaml", "extends: a5-pamphlet\nname: loud\ndescription: \"Loud \\e[5mblinking\\a\"\n");

        var result = CliRunner.Run("layouts", "--in", folder.Root);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains(@"Loud \x1B[5mblinking\x07", result.Output);
        Assert.DoesNotContain('\u001b', result.Output);
    }
}
