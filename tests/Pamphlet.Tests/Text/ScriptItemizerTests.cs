using HarfBuzzSharp;
using Pamphlet.Composition.Text;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.Text;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ScriptItemizerTests
{
    private static List<(string Text, Script Script, bool Rtl)> Runs(string text, Script? fallback = null) =>
        ScriptItemizer.Itemize(text, fallback ?? Script.Latin)
            .Select(r => (text.Substring(r.Start, r.Length), r.Script, r.RightToLeft))
            .ToList();

    [Fact]
    public void Latin_text_is_one_left_to_right_run()
    {
        Assert.Equal([("Keep Alder Brook public, 2026!", Script.Latin, false)], Runs("Keep Alder Brook public, 2026!"));
    }

    [Fact]
    public void Hebrew_and_Arabic_inside_Latin_get_their_own_right_to_left_runs()
    {
        var runs = Runs("Shalom שלום and سلام now");

        Assert.Equal(
            [("Shalom ", Script.Latin, false), ("שלום ", Script.Hebrew, true), ("and ", Script.Latin, false), ("سلام ", Script.Arabic, true), ("now", Script.Latin, false)],
            runs);
    }

    [Fact]
    public void Leading_neutral_characters_take_the_first_real_script()
    {
        Assert.Equal([("(2025) مرحبا", Script.Arabic, true)], Runs("(2025) مرحبا"));
    }

    [Fact]
    public void Text_of_neutral_characters_only_takes_the_language_script()
    {
        Assert.Equal([("2019–2025", Script.Arabic, true)], Runs("2019–2025", ScriptItemizer.ScriptOfLanguage("ar")));
        Assert.Equal([("2019–2025", Script.Latin, false)], Runs("2019–2025", ScriptItemizer.ScriptOfLanguage("en-GB")));
        Assert.Equal(Script.Hebrew, ScriptItemizer.ScriptOfLanguage("he"));
    }

    [Fact]
    public void Combining_marks_stay_with_their_base()
    {
        var runs = Runs("cafe\u0301 au lait");
        Assert.Single(runs);
    }
}
