using System.Globalization;
using System.Text;

namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// Reads a Hunspell/LibreOffice hyphenation file (<c>hyph_*.dic</c>, the format of libhyphen):
/// first line the charset; then <c>LEFTHYPHENMIN n</c>-style options, <c>%</c> comments and one Liang
/// pattern per line such as <c>.a2ch4</c>.
/// </summary>
/// <remarks>
/// Pattern files ship inside the assembly, so a bad one is a packaging bug, not a user error:
/// it throws <see cref="InvalidDataException"/> naming the file, line and the fix.
/// </remarks>
internal static class PatternFileReader
{
    /// <summary>The patterns of a pattern file, compiled as the build compiles the bundled ones (for tests).</summary>
    public static LiangPatterns Read(byte[] bytes, string sourceName) =>
        CompiledPatternFile.Read(CompiledPatternFile.Write(Parse(bytes, sourceName)), sourceName);

    /// <summary>What the pattern file says: its options and its patterns, level by level.</summary>
    public static PatternFileContents Parse(byte[] bytes, string sourceName)
    {
        var (encoding, bodyStart) = ReadCharset(bytes, sourceName);
        string body;
        try
        {
            body = encoding.GetString(bytes, bodyStart, bytes.Length - bodyStart);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException(
                $"{sourceName}: the patterns are not valid {encoding.WebName} as the first line declares ({e.Message}). " +
                "Fix the first line or re-encode the file as UTF-8.", e);
        }

        var patterns = new PatternTrieBuilder();
        PatternTrieBuilder? compoundLevel = null;
        var nonStandardSkipped = 0;
        var options = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 1; // the charset line
        // Lines are read as spans of the decoded text: a string per line was most of the reading cost.
        var text = body.AsSpan();
        foreach (var lineRange in text.Split('\n'))
        {
            lineNumber++;
            var line = text[lineRange].Trim();
            // libhyphen takes both '%' (TeX's habit) and '#' (the German file's banner) as comment marks.
            if (line.Length == 0 || line[0] is '%' or '#')
            {
                continue;
            }

            var firstSpace = line.IndexOfAny(' ', '\t');
            var keyword = firstSpace < 0 ? line : line[..firstSpace];
            if (IsHyphenMinKeyword(keyword))
            {
                var name = keyword.ToString();
                options[name] = ParseMinimum(line[(firstSpace < 0 ? line.Length : firstSpace)..], name, sourceName, lineNumber);
                continue;
            }

            if (keyword is "NOHYPHEN")
            {
                // libhyphen's "no break beside these characters" (the German file: "NOHYPHEN -,'"). The
                // hyphenator already never breaks beside a hyphen or an apostrophe (WordShape, the minimums
                // per apostrophe part), and words with other punctuation inside are not hyphenated at all.
                continue;
            }

            if (keyword is "NEXTLEVEL")
            {
                // libhyphen's two-level files: the patterns before NEXTLEVEL find compound-word boundaries
                // (German "Gewerkschaft" = "Gewerk|schaft"), those after it hyphenate each part. An empty
                // first level (the French file puts NEXTLEVEL straight after its options) only switches
                // off libhyphen's default compound patterns, so it is a one-level file for us.
                if (compoundLevel is not null)
                {
                    throw new InvalidDataException(
                        $"{sourceName}:{lineNumber}: more than two levels (a second NEXTLEVEL) are not supported. " +
                        "Use a pattern file with at most one NEXTLEVEL line.");
                }

                if (patterns.PatternCount > 0)
                {
                    compoundLevel = patterns;
                    patterns = new PatternTrieBuilder();
                }

                continue;
            }

            if (line.Contains('/'))
            {
                // libhyphen's non-standard patterns ("c1k/k=k,1,2": German "ck" becomes "k-k") change the
                // spelling at the break. The line breaker can only cut a word, not respell it, so these are
                // skipped on purpose; the standard patterns around them still give valid breaks.
                nonStandardSkipped++;
                continue;
            }

            AddPattern(patterns, line, sourceName, lineNumber);
        }

        if (patterns.PatternCount == 0)
        {
            throw new InvalidDataException($"{sourceName}: no hyphenation patterns found. Check that this is a hyph_*.dic file.");
        }

        return new PatternFileContents(
            options.GetValueOrDefault("LEFTHYPHENMIN"),
            options.GetValueOrDefault("RIGHTHYPHENMIN"),
            options.GetValueOrDefault("COMPOUNDLEFTHYPHENMIN"),
            options.GetValueOrDefault("COMPOUNDRIGHTHYPHENMIN"),
            nonStandardSkipped,
            patterns,
            compoundLevel);
    }

    private static bool IsHyphenMinKeyword(ReadOnlySpan<char> keyword) =>
        keyword is "LEFTHYPHENMIN" or "RIGHTHYPHENMIN" or "COMPOUNDLEFTHYPHENMIN" or "COMPOUNDRIGHTHYPHENMIN";

    private static (Encoding Encoding, int BodyStart) ReadCharset(byte[] bytes, string sourceName)
    {
        var start = 0;
        ReadOnlySpan<byte> utf8Bom = [0xEF, 0xBB, 0xBF];
        if (bytes.AsSpan().StartsWith(utf8Bom))
        {
            start = utf8Bom.Length;
        }

        var newline = Array.IndexOf(bytes, (byte)'\n', start);
        var end = newline < 0 ? bytes.Length : newline;
        // The charset name itself is ASCII in every such file.
        var charsetLine = Encoding.ASCII.GetString(bytes, start, end - start).Trim();
        var encoding = PatternCharset.Resolve(charsetLine)
            ?? throw new InvalidDataException(
                $"{sourceName}:1: unknown charset \"{charsetLine}\" on the first line. " +
                "The first line must name the file's encoding (e.g. UTF-8 or ISO8859-1); re-encode the file as UTF-8 if in doubt.");
        return (encoding, newline < 0 ? bytes.Length : newline + 1);
    }

    private static int ParseMinimum(ReadOnlySpan<char> text, string keyword, string sourceName, int lineNumber)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        throw new InvalidDataException(
            $"{sourceName}:{lineNumber}: {keyword} needs a whole number of characters, e.g. \"{keyword} 2\".");
    }

    /// <summary>
    /// Adds one pattern line to <paramref name="patterns"/>: ".a2ch4" → letters ".ach", values
    /// [0,0,2,0,4]: values[k] belongs to the gap before letter k, and the last one to the gap after the
    /// last letter.
    /// </summary>
    private static void AddPattern(PatternTrieBuilder patterns, ReadOnlySpan<char> pattern, string sourceName, int lineNumber)
    {
        var letterCount = 0;
        foreach (var c in pattern)
        {
            if (char.IsWhiteSpace(c))
            {
                throw new InvalidDataException(
                    $"{sourceName}:{lineNumber}: \"{pattern}\" holds more than one pattern. Put one pattern on each line.");
            }

            if (c is not (>= '0' and <= '9')) letterCount++;
        }

        if (letterCount == 0)
        {
            throw new InvalidDataException($"{sourceName}:{lineNumber}: \"{pattern}\" has digits but no letters; remove the line.");
        }

        Span<char> letters = letterCount <= StackLimit ? stackalloc char[letterCount] : new char[letterCount];
        Span<byte> values = letterCount < StackLimit ? stackalloc byte[letterCount + 1] : new byte[letterCount + 1];
        values.Clear();
        var at = 0;
        foreach (var c in pattern)
        {
            if (c is >= '0' and <= '9')
            {
                values[at] = (byte)(c - '0');
            }
            else
            {
                letters[at++] = char.ToLowerInvariant(c);
            }
        }

        patterns.Add(letters, values);
    }

    // Beyond this many letters a pattern's buffers go on the heap; real patterns are far shorter.
    private const int StackLimit = 256;
}
