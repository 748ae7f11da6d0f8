using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Pamphlet.Text.Bidi;

namespace Pamphlet.Tests.Bidi;

/// <summary>Runs Unicode's bidi conformance files (BidiCharacterTest.txt, BidiTest.txt) and counts failures.</summary>
internal static class BidiConformanceRunner
{
    public const string SystemFolder = "/usr/share/unicode";

    public sealed record Result(int Cases, int Failures, IReadOnlyList<string> FirstFailures, TimeSpan Elapsed)
    {
        public double CasesPerSecond => Cases / Math.Max(Elapsed.TotalSeconds, 1e-9);
        public string Summary => string.Create(CultureInfo.InvariantCulture,
            $"{Cases - Failures}/{Cases} pass, {Elapsed.TotalMilliseconds:F0} ms, {CasesPerSecond:F0} cases/s");
    }

    public static string TestDataPath(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Bidi", name);

    public static TextReader Open(string path) =>
        path.EndsWith(".gz", StringComparison.Ordinal)
            ? new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8)
            : new StreamReader(path, Encoding.UTF8);

    /// <summary>
    /// BidiCharacterTest.txt: code points; paragraph direction (0 LTR, 1 RTL, 2 auto); resolved paragraph
    /// level; levels after L1 (x for characters X9 removes); visual order of the characters not removed.
    /// </summary>
    public static Result RunCharacterTests(TextReader reader)
    {
        var lines = ReadDataLines(reader);
        var failures = new List<string>();
        int cases = 0, failed = 0;
        var clock = Stopwatch.StartNew();
        foreach (string line in lines)
        {
            string[] f = line.Split(';');
            int[] cps = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            var direction = f[1] switch { "0" => BidiDirection.LeftToRight, "1" => BidiDirection.RightToLeft, _ => BidiDirection.Auto };
            string text = string.Concat(cps.Select(char.ConvertFromUtf32));
            cases++;

            var paragraph = BidiParagraph.Analyze(text, direction);
            byte[] levels = paragraph.LineLevels(0, text.Length);
            int[] order = paragraph.VisualOrder(0, text.Length);

            string actual = Describe(cps, text, paragraph.ParagraphLevel, levels, order);
            string expected = $"{f[2]};{f[3]};{f[4]}";
            if (actual != expected && ++failed <= 20) failures.Add($"{line}\n    got {actual}");
        }
        clock.Stop();
        return new Result(cases, failed, failures, clock.Elapsed);
    }

    /// <summary>BidiTest.txt: sequences of bidi classes with a bit set of paragraph directions, under @Levels and @Reorder.</summary>
    public static Result RunClassTests(TextReader reader)
    {
        var failures = new List<string>();
        int cases = 0, failed = 0;
        string expectedLevels = "", expectedOrder = "";
        var clock = Stopwatch.StartNew();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line.StartsWith("@Levels:", StringComparison.Ordinal)) { expectedLevels = Normalise(line["@Levels:".Length..]); continue; }
            if (line.StartsWith("@Reorder:", StringComparison.Ordinal)) { expectedOrder = Normalise(line["@Reorder:".Length..]); continue; }
            if (line[0] == '@') continue;

            string[] f = line.Split(';');
            BidiClass[] classes = f[0].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<BidiClass>).ToArray();
            int bits = int.Parse(f[1].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            foreach (var (bit, direction) in new[] { (1, BidiDirection.Auto), (2, BidiDirection.LeftToRight), (4, BidiDirection.RightToLeft) })
            {
                if ((bits & bit) == 0) continue;
                cases++;
                var (levels, paragraphLevel) = BidiParagraph.Resolve(classes, new int[classes.Length], direction);
                var (lineLevels, order) = ApplyLine(classes, levels, paragraphLevel);
                string actualLevels = string.Join(' ', classes.Select((c, i) => IsRemoved(c) ? "x" : lineLevels[i].ToString(CultureInfo.InvariantCulture)));
                string actualOrder = string.Join(' ', order.Where(i => !IsRemoved(classes[i])));
                if ((actualLevels != expectedLevels || actualOrder != expectedOrder) && ++failed <= 20)
                    failures.Add($"{line} ({direction}): want {expectedLevels} / {expectedOrder}, got {actualLevels} / {actualOrder}");
            }
        }
        clock.Stop();
        return new Result(cases, failed, failures, clock.Elapsed);
    }

    private static bool IsRemoved(BidiClass c) =>
        c is BidiClass.LRE or BidiClass.RLE or BidiClass.LRO or BidiClass.RLO or BidiClass.PDF or BidiClass.BN;

    // BidiTest.txt has no text, so L1–L2 run through a stand-in paragraph: one BMP character per class.
    private static (byte[] Levels, int[] Order) ApplyLine(BidiClass[] classes, byte[] levels, byte paragraphLevel)
    {
        string text = string.Concat(classes.Select(RepresentativeOf));
        var paragraph = BidiParagraph.Analyze(text, paragraphLevel == 1 ? BidiDirection.RightToLeft : BidiDirection.LeftToRight);
        Assert.Equal(levels, paragraph.Levels);
        return (paragraph.LineLevels(0, text.Length), paragraph.VisualOrder(0, text.Length));
    }

    private static string RepresentativeOf(BidiClass c) => c switch
    {
        BidiClass.L => "a",
        BidiClass.R => "\u05D0",
        BidiClass.AL => "\u0627",
        BidiClass.EN => "1",
        BidiClass.ES => "+",
        BidiClass.ET => "$",
        BidiClass.AN => "\u0660",
        BidiClass.CS => ",",
        BidiClass.NSM => "\u0300",
        BidiClass.BN => "\u00AD",
        BidiClass.B => "\u2029",
        BidiClass.S => "\t",
        BidiClass.WS => " ",
        BidiClass.ON => "!",
        BidiClass.LRE => "\u202A",
        BidiClass.LRO => "\u202D",
        BidiClass.RLE => "\u202B",
        BidiClass.RLO => "\u202E",
        BidiClass.PDF => "\u202C",
        BidiClass.LRI => "\u2066",
        BidiClass.RLI => "\u2067",
        BidiClass.FSI => "\u2068",
        BidiClass.PDI => "\u2069",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    // Levels and order per code point, skipping what X9 removes, in the files' notation.
    private static string Describe(int[] cps, string text, byte paragraphLevel, byte[] unitLevels, int[] unitOrder)
    {
        var unitToCp = new int[text.Length];
        var removed = new bool[cps.Length];
        for (int i = 0, u = 0; i < cps.Length; i++)
        {
            removed[i] = IsRemoved(BidiCharacters.GetClass(cps[i]));
            unitToCp[u++] = i;
            if (cps[i] > 0xFFFF) unitToCp[u++] = i;
        }
        var levelText = new List<string>();
        for (int i = 0, u = 0; i < cps.Length; u += cps[i] > 0xFFFF ? 2 : 1, i++)
            levelText.Add(removed[i] ? "x" : unitLevels[u].ToString(CultureInfo.InvariantCulture));
        var order = new List<int>();
        foreach (int u in unitOrder)
        {
            if (char.IsLowSurrogate(text[u])) continue; // one entry per code point
            if (!removed[unitToCp[u]]) order.Add(unitToCp[u]);
        }
        return $"{paragraphLevel};{string.Join(' ', levelText)};{string.Join(' ', order)}";
    }

    private static string Normalise(string list) => string.Join(' ', list.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<string> ReadDataLines(TextReader reader)
    {
        var lines = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length > 0 && line[0] != '#') lines.Add(line);
        }
        return lines;
    }
}
