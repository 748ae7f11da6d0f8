using System.Text;
using HarfBuzzSharp;

namespace Pamphlet.Text.Shaping;

/// <summary>A stretch of text in one Unicode script, as UTF-16 offsets into the itemised string.</summary>
public readonly record struct ScriptRun(int Start, int Length, Script Script)
{
    public bool RightToLeft => Script.HorizontalDirection == Direction.RightToLeft;
}

/// <summary>
/// Splits text into runs of one script (Latin, Arabic, Hebrew…), so each run is shaped with the
/// right script and direction. Characters shared by all scripts (spaces, digits, punctuation: Common)
/// and combining marks (Inherited) join the run before them, or the first real script after them at
/// the start (UAX #24's usual resolution). Reordering runs by bidi level (UAX #9) happens on lines,
/// after breaking; here only the shaping direction of each run is decided.
/// </summary>
public static class ScriptItemizer
{
    /// <summary>Whether every script run of <paramref name="text"/> is set left to right (no Arabic, Hebrew…).</summary>
    public static bool IsLeftToRight(string text) => Itemize(text, Script.Latin).All(run => !run.RightToLeft);

    /// <param name="text">The text to split.</param>
    /// <param name="fallback">The script of text made only of neutral characters ("2026", "—"): the language's script.</param>
    public static List<ScriptRun> Itemize(string text, Script fallback)
    {
        var runs = new List<ScriptRun>();
        var unicode = UnicodeFunctions.Default;
        var current = Script.Common;
        var start = 0;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var script = ScriptOf(rune, unicode);
            var neutral = script == Script.Common || script == Script.Inherited || script == Script.Unknown;
            if (!neutral && script != current)
            {
                if (current == Script.Common)
                {
                    current = script; // a leading neutral stretch takes the first real script
                }
                else
                {
                    runs.Add(new ScriptRun(start, index - start, current));
                    start = index;
                    current = script;
                }
            }
            index += rune.Utf16SequenceLength;
        }
        if (index > start) runs.Add(new ScriptRun(start, index - start, current == Script.Common ? fallback : current));
        return runs;
    }

    /// <summary>
    /// Most text is ASCII, and its scripts are known without asking HarfBuzz (a native call per
    /// character on the hottest path of composition): letters are Latin, everything else Common.
    /// </summary>
    private static Script ScriptOf(Rune rune, UnicodeFunctions unicode) =>
        rune.Value < 0x80 ? (Rune.IsLetter(rune) ? Script.Latin : Script.Common) : unicode.GetScript(rune.Value);

    /// <summary>The writing system a layout can adjust for a HarfBuzz script (<c>fonts: scripts:</c>), or null for one it cannot name.</summary>
    public static Pamphlet.Layouts.Model.WritingScript? WritingScriptOf(Script script)
    {
        if (script == Script.Latin) return Pamphlet.Layouts.Model.WritingScript.Latin;
        if (script == Script.Arabic) return Pamphlet.Layouts.Model.WritingScript.Arabic;
        if (script == Script.Hebrew) return Pamphlet.Layouts.Model.WritingScript.Hebrew;
        if (script == Script.Cyrillic) return Pamphlet.Layouts.Model.WritingScript.Cyrillic;
        if (script == Script.Greek) return Pamphlet.Layouts.Model.WritingScript.Greek;
        return null;
    }

    /// <summary>
    /// A letter of the script <paramref name="language"/> is written in, to ask which face sets its letters and
    /// how tall that face's box is; null for a language written in Latin letters (the layout's faces are
    /// chosen for those). Any letter serves: a face's box is the same for all its glyphs.
    /// </summary>
    public static string? SampleLetter(string language)
    {
        var script = ScriptOfLanguage(language);
        if (script == Script.Arabic) return "\u0628"; // beh
        if (script == Script.Hebrew) return "\u05E9"; // shin
        if (script == Script.Cyrillic) return "\u0434"; // de
        if (script == Script.Greek) return "\u03BB"; // lambda
        return null;
    }

    /// <summary>The script a language is normally written in (BCP 47 primary subtag), for neutral text.</summary>
    public static Script ScriptOfLanguage(string language)
    {
        var primary = language.Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "ar" or "fa" or "ur" or "ps" or "ckb" => Script.Arabic,
            "he" or "yi" => Script.Hebrew,
            "ru" or "uk" or "bg" or "sr" or "mk" or "be" => Script.Cyrillic,
            "el" => Script.Greek,
            _ => Script.Latin,
        };
    }
}
