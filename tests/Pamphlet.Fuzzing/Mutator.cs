using System.Globalization;
using System.Text;

namespace Pamphlet.Fuzzing;

/// <summary>What a mutation does to the text a file holds.</summary>
public enum MutationEffect
{
    /// <summary>The bytes change but not the text (a BOM, UTF-16 with a BOM, CRLF or CR line ends): the
    /// build must print exactly what the original printed.</summary>
    SameText,
    /// <summary>The text may now mean anything: the build may fail with a clear error, never crash or hang.</summary>
    Unknown,
    /// <summary>
    /// Characters the encoding cannot hold became '?' (Latin-1 of Arabic, say): what is left may be
    /// plain ASCII that builds, printing the '?'s, so the original's words cannot be asked for.
    /// </summary>
    LostCharacters,
}

/// <summary>A mutated file: its bytes, the steps that made it (for reports) and what they do to the text.</summary>
public sealed record Mutation(byte[] Bytes, IReadOnlyList<string> Steps, MutationEffect Effect)
{
    public string Describe() => string.Join("; ", Steps);
}

/// <summary>
/// Mutates real files (the sample statement, shipped layouts, a manifest, an image): bit flips,
/// truncation, duplicated and deleted ranges, control characters, line shuffles, other encodings
/// and line endings, deep nesting and YAML alias bombs.
/// </summary>
public static class Mutator
{
    /// <summary>One to three random byte or line mutations.</summary>
    public static Mutation Mutate(byte[] original, FuzzRandom random)
    {
        var bytes = original;
        var steps = new List<string>();
        var count = random.Geometric(1, 3, 0.4);
        for (var i = 0; i < count; i++)
        {
            var (next, step) = random.Weighted<Func<(byte[], string)>>(
                (3, () => FlipBits(bytes, random)),
                (2, () => Truncate(bytes, random)),
                (2, () => DuplicateRange(bytes, random)),
                (2, () => DeleteRange(bytes, random)),
                (2, () => InsertControl(bytes, random)),
                (2, () => LineMutation(bytes, random)),
                (1, () => InsertInvalidUtf8(bytes, random)))();
            bytes = next;
            steps.Add(step);
        }
        return new Mutation(bytes, steps, MutationEffect.Unknown);
    }

    /// <summary>
    /// The same text in another encoding or with other line ends. UTF-8 with a BOM, UTF-16 with a BOM
    /// and CR, LF or CRLF line ends must read alike (the input contract); Latin-1 and UTF-16 without a
    /// BOM must be refused unless the text is plain ASCII (for Latin-1).
    /// </summary>
    public static Mutation Reencode(string text, FuzzRandom random)
    {
        const MutationEffect same = MutationEffect.SameText, unknown = MutationEffect.Unknown;
        var beyondLatin1 = text.Any(ch => ch > '\u00FF');
        var (bytes, step, effect) = random.Weighted<Func<(byte[], string, MutationEffect)>>(
            (2, () => (Bom(Encoding.UTF8, text), "UTF-8 with BOM", same)),
            (2, () => (Bom(new UnicodeEncoding(false, true), text), "UTF-16 LE with BOM", same)),
            (1, () => (Bom(new UnicodeEncoding(true, true), text), "UTF-16 BE with BOM", same)),
            (2, () => (Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")), "CRLF line ends", same)),
            (2, () => (Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r")), "CR-only line ends", same)),
            (1, () => (Encoding.UTF8.GetBytes(MixedLineEnds(text, random)), "mixed line ends", same)),
            (2, () => beyondLatin1
                ? (Encoding.Latin1.GetBytes(text), "Latin-1 (characters beyond it became '?')", MutationEffect.LostCharacters)
                : (Encoding.Latin1.GetBytes(text), "Latin-1", unknown)),
            (1, () => (new UnicodeEncoding(false, false).GetBytes(text), "UTF-16 LE without BOM", unknown)),
            (1, () => (new UnicodeEncoding(true, false).GetBytes(text), "UTF-16 BE without BOM", unknown)))();
        return new Mutation(bytes, [step], effect);
    }

    /// <summary>Lists nested deeper than this are generated this deep (see <see cref="DeepMarkdown"/>).</summary>
    private const int MaxIndentedListDepth = 3_000;

    /// <summary>Markdown nested <paramref name="depth"/> deep: quotes, lists, emphasis or brackets.</summary>
    public static string DeepMarkdown(int depth, FuzzRandom random)
    {
        var kind = random.Pick(["quotes", "lists", "emphasis", "brackets", "mixed"]);
        var text = new StringBuilder("---\ntitle: Deep\n---\n\n");
        switch (kind)
        {
            case "quotes":
                text.Append(string.Concat(Enumerable.Repeat("> ", depth))).Append("deep words here\n");
                break;
            case "lists":
                // Each level indents two more spaces, so the file grows with the square of the depth: 3,000
                // levels are 9 MB, past the reader's 8 MiB cap already (20,000 would be 400 MB, which this
                // generator cannot even build in a worker's memory).
                depth = Math.Min(depth, MaxIndentedListDepth);
                for (var i = 0; i < depth; i++) text.Append(' ', i * 2).Append("- level ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
                break;
            case "emphasis":
                text.Append(string.Concat(Enumerable.Repeat("*_", depth))).Append("deep").Append(string.Concat(Enumerable.Repeat("_*", depth))).Append('\n');
                break;
            case "brackets":
                text.Append(new string('[', depth)).Append("deep").Append(new string(']', depth)).Append("(x)\n");
                break;
            default:
                for (var i = 0; i < depth; i++) text.Append(string.Concat(Enumerable.Repeat("> ", i % 7))).Append(' ', (i % 5) * 2).Append("- item\n");
                break;
        }
        return text.ToString();
    }

    /// <summary>YAML nested <paramref name="depth"/> deep (flow lists, flow maps or indented maps), for front matter or a layout.</summary>
    public static string DeepYaml(int depth, FuzzRandom random) => random.Pick(["flow-list", "flow-map", "block"]) switch
    {
        "flow-list" => "deep: " + new string('[', depth) + new string(']', depth) + "\n",
        "flow-map" => "deep: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth) + "\n",
        _ => string.Concat(Enumerable.Range(0, Math.Min(depth, 2000)).Select(i => new string(' ', i) + "k:\n")) + new string(' ', Math.Min(depth, 2000)) + "v\n",
    };

    /// <summary>
    /// A YAML alias bomb: each level is a list of <paramref name="fanout"/> aliases of the level
    /// before, so the last one expands to fanout^levels nodes.
    /// </summary>
    public static string AliasBomb(int levels, int fanout)
    {
        var text = new StringBuilder("a0: &a0 [\"lol\"]\n");
        for (var i = 1; i <= levels; i++)
        {
            text.Append('a').Append(i).Append(": &a").Append(i).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*a" + (i - 1), fanout))).Append("]\n");
        }
        return text.ToString();
    }

    /// <summary>A JPEG with an EXIF orientation tag (1–8) inserted after its start marker.</summary>
    public static byte[] WithExifOrientation(byte[] jpeg, int orientation)
    {
        // APP1 "Exif\0\0", a big-endian TIFF header, one IFD with one entry: Orientation (0x0112), SHORT, 1.
        byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0, 0, 0, 0, 0];
        var payload = new List<byte> { (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0 };
        payload.AddRange(tiff);
        var length = payload.Count + 2;
        var segment = new List<byte> { 0xFF, 0xE1, (byte)(length >> 8), (byte)length };
        segment.AddRange(payload);
        return [.. jpeg.Take(2), .. segment, .. jpeg.Skip(2)];
    }

    private static byte[] Bom(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    private static string MixedLineEnds(string text, FuzzRandom random)
    {
        var lines = text.Split('\n');
        var output = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            output.Append(lines[i]);
            // A CR before an empty line whose end is an LF would read as one CRLF: no CR there.
            if (i < lines.Length - 1) output.Append(lines[i + 1].Length == 0 ? random.Pick(["\n", "\r\n"]) : random.Pick(["\n", "\r\n", "\r"]));
        }
        return output.ToString();
    }

    private static (byte[], string) FlipBits(byte[] bytes, FuzzRandom random)
    {
        if (bytes.Length == 0) return (bytes, "flip (empty file)");
        var copy = (byte[])bytes.Clone();
        var flips = random.Geometric(1, 64, 0.7);
        for (var i = 0; i < flips; i++) copy[random.Below(copy.Length)] ^= (byte)(1 << random.Below(8));
        return (copy, $"flip {flips} bits");
    }

    private static (byte[], string) Truncate(byte[] bytes, FuzzRandom random)
    {
        var at = bytes.Length == 0 ? 0 : random.Below(bytes.Length);
        return (bytes[..at], $"truncate at byte {at}");
    }

    private static (byte[], string) DuplicateRange(byte[] bytes, FuzzRandom random)
    {
        if (bytes.Length == 0) return (bytes, "duplicate (empty file)");
        var from = random.Below(bytes.Length);
        var length = Math.Min(bytes.Length - from, random.Between(1, 4096));
        var times = random.Geometric(1, 200, 0.8);
        var range = bytes.AsSpan(from, length).ToArray();
        var output = new List<byte>(bytes.Length + length * times);
        output.AddRange(bytes.AsSpan(0, from + length).ToArray());
        for (var i = 0; i < times; i++) output.AddRange(range);
        output.AddRange(bytes.AsSpan(from + length).ToArray());
        return ([.. output], $"repeat bytes {from}–{from + length} {times} more times");
    }

    private static (byte[], string) DeleteRange(byte[] bytes, FuzzRandom random)
    {
        if (bytes.Length == 0) return (bytes, "delete (empty file)");
        var from = random.Below(bytes.Length);
        var length = Math.Min(bytes.Length - from, random.Between(1, 2048));
        return ([.. bytes.AsSpan(0, from), .. bytes.AsSpan(from + length)], $"delete bytes {from}–{from + length}");
    }

    private static (byte[], string) InsertControl(byte[] bytes, FuzzRandom random)
    {
        var at = random.Below(bytes.Length + 1);
        var inserted = random.Weighted<Func<byte[]>>(
            (3, () => [(byte)random.Between(0, 31)]),
            (1, () => [0x7F]),
            (1, () => Encoding.UTF8.GetBytes(random.Pick(["\uFEFF", "\u202E", "\u200B", "\u2028", "\u00AD", "\uFFFD", "\u0300", "\u200D"]))),
            (1, () => Enumerable.Range(0, random.Between(2, 5000)).Select(_ => (byte)random.Between(0, 31)).ToArray()))();
        return ([.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)], $"insert {inserted.Length} control byte(s) at {at}");
    }

    private static (byte[], string) InsertInvalidUtf8(byte[] bytes, FuzzRandom random)
    {
        var at = random.Below(bytes.Length + 1);
        byte[] bad = random.Pick<byte[]>([[0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE2, 0x82]]);
        return ([.. bytes.AsSpan(0, at), .. bad, .. bytes.AsSpan(at)], $"insert invalid UTF-8 at {at}");
    }

    /// <summary>Line-level changes: delete, duplicate, swap, indent or repeat a line many times.</summary>
    private static (byte[], string) LineMutation(byte[] bytes, FuzzRandom random)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').ToList();
        if (lines.Count < 2) return (bytes, "line change (one line)");
        var i = random.Below(lines.Count);
        string step;
        switch (random.Below(6))
        {
            case 0:
                lines.RemoveAt(i);
                step = $"delete line {i + 1}";
                break;
            case 1:
                lines.Insert(i, lines[i]);
                step = $"duplicate line {i + 1}";
                break;
            case 2:
                var j = random.Below(lines.Count);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                step = $"swap lines {i + 1} and {j + 1}";
                break;
            case 3:
                var spaces = random.Between(1, 12);
                lines[i] = new string(' ', spaces) + lines[i];
                step = $"indent line {i + 1} by {spaces}";
                break;
            case 4:
                var times = random.Between(10, 3000);
                lines.InsertRange(i, Enumerable.Repeat(lines[i], times));
                step = $"repeat line {i + 1} {times} times";
                break;
            default:
                lines[i] = random.Pick([":::", "---", "> ", "- ", "1. ", "#", "```", "::: demands", "[^1]: x", "<div>", "| a | b |"]) + lines[i];
                step = $"prefix line {i + 1} with Markdown syntax";
                break;
        }
        return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), step);
    }
}
