using System.Runtime.InteropServices;
using System.Text;
using Pamphlet.Fuzzing;

namespace Pamphlet.Fuzz;

internal static partial class CaseFactory
{
    /// <summary>A grammar statement through the command line, with options people get wrong as well as right.</summary>
    private static CasePlan CommandLine(CaseContext c)
    {
        var statement = WriteStatement(c, Plain with { MaxBlocks = 8 });
        var r = c.Random;
        var args = new List<string> { "build", c.StatementPath };
        List<string> layouts;
        if (r.Chance(0.25))
        {
            // No --layout: the statement's own list, else the default ones.
            layouts = statement.Layouts.Count > 0 ? [.. statement.Layouts] : [.. Pamphlet.Engine.PamphletEngine.DefaultLayouts];
        }
        else
        {
            layouts = ShippedLayouts(r);
            foreach (var layout in layouts) args.AddRange(["--layout", layout]);
        }
        var outDir = c.Out;
        var options = new List<string>();
        void Option(double chance, params string[] values)
        {
            if (!r.Chance(chance)) return;
            options.AddRange(values);
        }
        Option(0.3, "--pages", r.Pick(["8", "fit4", "4", "12", "0", "-3", "abc", "999", "fit8"]));
        Option(0.25, "--impose", r.Pick(["saddle", "2up", "tile", "bogus"]));
        if (options.Contains("--impose") && r.Chance(0.4)) options.AddRange(["--creep", r.Pick(["0.2mm", "1mm", "-1mm", "5", "0"])]);
        if (options.Contains("--impose") && r.Chance(0.3)) options.AddRange(["--sheet", r.Pick(["SRA4", "SRA3", "A4", "letter", "B5"])]);
        Option(0.2, "--marks");
        Option(0.2, "--no-bleed");
        Option(0.1, "--json");
        Option(0.1, "--jobs", r.Pick(["-1", "abc", "0", "2"]));
        // Output folders that are the user's to fix: each must be a clear error (exit 1), never exit 70.
        var family = "command line";
        if (r.Chance(0.15))
        {
            (outDir, family) = r.Weighted<Func<(string, string)>>(
                (1, () => ("", "command line: --out \"\"")),
                (1, () => ("/proc/pamphlet-fuzz", "command line: --out /proc")),
                (1, () => (c.StatementPath, "command line: --out is a file")),
                (1, () =>
                {
                    Directory.CreateDirectory(Path.Combine(c.Out, "statement." + layouts[0] + ".pdf"));
                    return (c.Out, "command line: a folder has the PDF's name");
                }
            ))();
        }
        args.AddRange(["--out", outDir]);
        if (!options.Contains("--jobs")) options.AddRange(["--jobs", "1"]);
        args.AddRange(options);
        if (family == "command line" && options.Count > 2) family = "command line: " + string.Join(' ', options.Where(o => o.StartsWith("--", StringComparison.Ordinal) && o != "--jobs"));
        var shown = "pamphlet " + string.Join(' ', args.Select(a => a == c.StatementPath ? StatementFile : a == outDir && outDir == c.Out ? "out" : a.Length == 0 ? "\"\"" : a));
        return new CasePlan(c.Seed, CaseKind.CommandLine, family, Describe(statement) + ": " + shown, c.Folder, null, [.. args], statement,
            Pamphlets(layouts), shown);
    }

    /// <summary>Limits: what a careless or hostile file can do to time and memory.</summary>
    private static CasePlan Hostile(CaseContext c)
    {
        var r = c.Random;
        var (family, description, layouts) = r.Weighted<Func<(string, string, string[])>>(
            (2, () =>
            {
                var depth = r.Pick([64, 128, 256, 1000, 5000, 20000]);
                File.WriteAllText(c.StatementPath, Mutator.DeepMarkdown(depth, r));
                return ("deep Markdown nesting", depth + " levels of Markdown nesting", ["a5-pamphlet"]);
            }
        ),
            (2, () =>
            {
                var depth = r.Pick([100, 1000, 10000, 40000]);
                File.WriteAllText(c.StatementPath, "---\ntitle: Deep\n" + Mutator.DeepYaml(depth, r) + "---\n\nText.\n");
                return ("deep YAML in front matter", depth + " levels of YAML in the front matter", ["a5-pamphlet"]);
            }
        ),
            (2, () =>
            {
                var depth = r.Pick([100, 1000, 10000, 40000]);
                Directory.CreateDirectory(c.LayoutsFolder);
                File.WriteAllText(Path.Combine(c.LayoutsFolder, "deep.yaml"), "extends: a5-pamphlet\n" + Mutator.DeepYaml(depth, r));
                WriteStatement(c, Whole with { MaxBlocks = 3 });
                return ("deep YAML in a layout", depth + " levels of YAML in a layout", ["deep"]);
            }
        ),
            (2, () =>
            {
                var levels = r.Between(3, 9);
                var fanout = r.Between(5, 10);
                var inLayout = r.Chance(0.5);
                if (inLayout)
                {
                    Directory.CreateDirectory(c.LayoutsFolder);
                    File.WriteAllText(Path.Combine(c.LayoutsFolder, "bomb.yaml"), "extends: a5-pamphlet\n" + Mutator.AliasBomb(levels, fanout));
                    WriteStatement(c, Whole with { MaxBlocks = 3 });
                }
                else File.WriteAllText(c.StatementPath, "---\ntitle: Bomb\n" + Mutator.AliasBomb(levels, fanout) + "---\n\nText.\n");
                return ("YAML alias bomb in " + (inLayout ? "a layout" : "front matter"), $"alias bomb {fanout}^{levels} in " + (inLayout ? "a layout" : "the front matter"), inLayout ? ["bomb"] : ["a5-pamphlet"]);
            }
        ),
            (2, () =>
            {
                var length = r.Pick([2000, 20000, 100000, 300000, 1000000]);
                var word = new StringBuilder(length);
                while (word.Length < length) word.Append("abcdefghij"[r.Below(10)]);
                File.WriteAllText(c.StatementPath, "---\ntitle: Long word\n---\n\nBefore " + word + " after.\n");
                return ("huge word", length + "-character word", ["a5-pamphlet"]);
            }
        ),
            (1, () =>
            {
                var length = r.Pick([300, 1000, 3000, 8000]);
                File.WriteAllText(c.StatementPath, "---\ntitle: QR\nurl: https://example.org/" + new string('a', length) + "\n---\n\nText.\n");
                return ("url too long for a QR code", length + "-character url on a poster", ["poster-a3"]);
            }
        ),
            (1, () =>
            {
                var side = r.Pick([20000, 60000]);
                WriteStatement(c, Whole with { Forced = Construct.Figure, MaxBlocks = 2 });
                File.WriteAllBytes(Path.Combine(c.Folder, "photo.jpg"), PngImage.LyingHeader(side, side));
                foreach (var png in Directory.GetFiles(c.Folder, "gen-*.png")) File.WriteAllBytes(png, PngImage.LyingHeader(side, side));
                return ("image bomb", $"PNG of {side}×{side} pixels in a few bytes", ["a5-pamphlet"]);
            }
        ),
            (1, () =>
            {
                WriteStatement(c, Whole with { Forced = Construct.Figure, MaxBlocks = 2 });
                foreach (var image in Directory.GetFiles(c.Folder).Where(f => f.EndsWith(".jpg", StringComparison.Ordinal) || f.EndsWith(".png", StringComparison.Ordinal)))
                {
                    File.Delete(image);
                    if (MakeFifo(image, 438) != 0) throw new IOException("mkfifo failed for " + image);
                }
                return ("image is a FIFO", "the figure's file is a named pipe", ["a5-pamphlet"]);
            }
        ),
            (1, () =>
            {
                var items = r.Pick([1000, 5000, 20000]);
                File.WriteAllText(c.StatementPath, "---\ntitle: Many\n---\n\n" + string.Concat(Enumerable.Range(1, items).Select(i => i + ". item " + i + "\n")));
                return ("many list items", items + " list items", ["a5-pamphlet"]);
            }
        ),
            (1, () =>
            {
                var demands = r.Between(10, 40);
                File.WriteAllText(c.StatementPath, "---\ntitle: Demands\n---\n\n::: demands\n### Demands\n\n" + string.Concat(Enumerable.Range(1, demands).Select(i => i + ". We demand thing " + i + ".\n")) + ":::\n");
                return ("poster with many demands", demands + " demands on a poster", ["poster-a3"]);
            }
        ))();
        return EnginePlan(c, CaseKind.Hostile, family, description, layouts, null, new Dictionary<string, bool>());
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(string path, uint mode);
}
