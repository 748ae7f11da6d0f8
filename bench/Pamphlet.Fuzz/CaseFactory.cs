using System.Globalization;
using System.Text;
using Pamphlet.Engine;
using Pamphlet.Fuzzing;
using Pamphlet.Rendering.Imposition;

namespace Pamphlet.Fuzz;

/// <summary>
/// Makes the case of a seed: picks its kind by the shares below, writes its files into a folder and
/// says how to build it. Pure generation (no build), so the coordinator can write a failing case's
/// files again from its seed alone.
/// </summary>
internal static partial class CaseFactory
{
    /// <summary>Shares of a run, in percent.</summary>
    private static readonly (double Share, CaseKind Kind)[] Shares =
    [
        (30, CaseKind.Grammar),
        (15, CaseKind.Layout),
        (6, CaseKind.InvalidLayout),
        (8, CaseKind.Encoding),
        (12, CaseKind.MutatedStatement),
        (7, CaseKind.MutatedLayout),
        (5, CaseKind.MutatedImage),
        (4, CaseKind.Manifest),
        (8, CaseKind.CommandLine),
        (5, CaseKind.Hostile),
    ];

    public const string StatementFile = "statement.md";

    public static CasePlan Create(ulong seed, string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var random = new FuzzRandom(seed);
        var kind = random.Weighted(Shares);
        var context = new CaseContext(seed, random.Fork(), folder);
        return kind switch
        {
            CaseKind.Grammar => Grammar(context),
            CaseKind.Layout => GeneratedLayout(context, LayoutVariety.Extreme),
            CaseKind.InvalidLayout => GeneratedLayout(context, LayoutVariety.Invalid),
            CaseKind.Encoding => Encoding(context),
            CaseKind.MutatedStatement => MutatedStatement(context),
            CaseKind.MutatedLayout => MutatedLayout(context),
            CaseKind.MutatedImage => MutatedImage(context),
            CaseKind.Manifest => Manifest(context),
            CaseKind.CommandLine => CommandLine(context),
            _ => Hostile(context),
        };
    }

    /// <summary>What every case builder needs: the seed, its random stream and the case folder.</summary>
    private sealed record CaseContext(ulong Seed, FuzzRandom Random, string Folder)
    {
        public string Out => Path.Combine(Folder, "out");
        public string StatementPath => Path.Combine(Folder, StatementFile);
        public string LayoutsFolder => Path.Combine(Folder, "layouts");
    }

    /// <summary>
    /// Statements for cases that vary something else (encoding, image, command line): without the
    /// constructs that lose words by themselves, so that a loss points at what the case varies.
    /// Grammar and layout cases use the whole grammar.
    /// </summary>
    private static readonly StatementOptions Plain = StatementOptions.Everything.Without(
        Construct.QuoteInQuote, Construct.ListInQuote, Construct.HeadingInQuote, Construct.QuoteInListItem, Construct.ListInPullQuote,
        Construct.ListInSlogan, Construct.DemandsIntroOutro, Construct.DemandSubPoints, Construct.NumbersFromTen, Construct.Footnote,
        Construct.InlineImage, Construct.NumberRuns);

    /// <summary>
    /// The whole grammar, but for numbers side by side in right-to-left text: their order (a bidi
    /// question, not a lost word) is checked on the composed pages by the property tests, where each
    /// run's text is exact; read back from a PDF, the order of such digits cannot be told for sure.
    /// </summary>
    private static readonly StatementOptions Whole = StatementOptions.Everything.Without(Construct.NumberRuns);

    private static GeneratedStatement WriteStatement(CaseContext c, StatementOptions? options = null)
    {
        var statement = StatementGrammar.Generate(c.Random.NextUInt64(), options ?? Whole);
        statement.WriteTo(c.Folder, RepositoryFiles.SamplePhoto, StatementFile);
        return statement;
    }

    /// <summary>a5-pamphlet always; sometimes the large print one and a poster too.</summary>
    private static List<string> ShippedLayouts(FuzzRandom random)
    {
        var layouts = new List<string> { random.Chance(0.8) ? "a5-pamphlet" : "a5-pamphlet-large-print" };
        if (random.Chance(0.4)) layouts.Add(random.Pick(LayoutGrammar.ShippedPosters));
        return layouts;
    }

    private static Dictionary<string, bool> Pamphlets(IEnumerable<string> layouts) =>
        layouts.Where(l => LayoutGrammar.ShippedPamphlets.Contains(l)).ToDictionary(l => l, _ => true);

    private static CasePlan EnginePlan(CaseContext c, CaseKind kind, string family, string description, IReadOnlyList<string> layouts,
        GeneratedStatement? statement, IReadOnlyDictionary<string, bool> checkedLayouts, string? input = null)
    {
        var request = new BuildRequest(input ?? c.StatementPath, layouts, c.Out);
        var line = "pamphlet build " + Path.GetFileName(input ?? c.StatementPath) + string.Concat(layouts.Select(l => " --layout " + Relative(c, l))) + " --out out";
        return new CasePlan(c.Seed, kind, family, description, c.Folder, request, null, statement, checkedLayouts, line);
    }

    private static string Relative(CaseContext c, string path) =>
        Path.IsPathRooted(path) ? "./" + Path.GetRelativePath(c.Folder, path) : path;

    private static string Describe(GeneratedStatement s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Language} statement of {s.BlockCount} blocks");

    private static CasePlan Grammar(CaseContext c)
    {
        var statement = WriteStatement(c);
        var layouts = ShippedLayouts(c.Random);
        return EnginePlan(c, CaseKind.Grammar, "grammar", Describe(statement) + " with " + string.Join(", ", layouts), layouts, statement, Pamphlets(layouts));
    }

    private static CasePlan GeneratedLayout(CaseContext c, LayoutVariety variety)
    {
        var statement = WriteStatement(c);
        var tame = variety == LayoutVariety.Extreme && c.Random.Chance(0.4);
        var poster = c.Random.Chance(0.25);
        var layout = LayoutGrammar.Generate(c.Random.NextUInt64(), tame ? LayoutVariety.Tame : variety, poster);
        var path = layout.WriteTo(c.LayoutsFolder);
        var kind = variety == LayoutVariety.Invalid ? CaseKind.InvalidLayout : CaseKind.Layout;
        var family = variety == LayoutVariety.Invalid ? "invalid layout: " + layout.Changes[^1]["broken: ".Length..] : (tame ? "tame" : "extreme") + (poster ? " poster" : " pamphlet") + " layout";
        var checkedLayouts = layout.IsPoster ? new Dictionary<string, bool>() : new Dictionary<string, bool> { [layout.Name] = layout.CoverPrinted };
        return EnginePlan(c, kind, family, Describe(statement) + " with " + layout.Name + " (" + string.Join("; ", layout.Changes) + ")", [path], statement, checkedLayouts);
    }

    private static CasePlan Encoding(CaseContext c)
    {
        var statement = WriteStatement(c, Plain);
        var mutation = Mutator.Reencode(statement.Markdown, c.Random);
        File.WriteAllBytes(c.StatementPath, mutation.Bytes);
        var layouts = new List<string> { "a5-pamphlet" };
        // A build that succeeds must print every word, whatever the encoding: a refusal is the alternative.
        // Only when characters were lost on the way is there no original to ask for (nor a crash to allow).
        var words = mutation.Effect == MutationEffect.LostCharacters ? null : statement;
        return EnginePlan(c, CaseKind.Encoding, "encoding: " + mutation.Describe(), Describe(statement) + " as " + mutation.Describe(), layouts, words,
            words is null ? new Dictionary<string, bool>() : Pamphlets(layouts));
    }

    private static CasePlan MutatedStatement(CaseContext c)
    {
        var original = c.Random.Chance(0.5)
            ? File.ReadAllBytes(RepositoryFiles.SampleStatement)
            : Encoding8(WriteStatement(c).Markdown);
        File.Copy(RepositoryFiles.SamplePhoto, Path.Combine(c.Folder, "photo.jpg"), overwrite: true);
        var mutation = Mutator.Mutate(original, c.Random);
        File.WriteAllBytes(c.StatementPath, mutation.Bytes);
        var layouts = ShippedLayouts(c.Random);
        return EnginePlan(c, CaseKind.MutatedStatement, "mutated statement", "statement mutated: " + mutation.Describe(), layouts, null, new Dictionary<string, bool>());
    }

    private static CasePlan MutatedLayout(CaseContext c)
    {
        var name = c.Random.Pick([.. LayoutGrammar.ShippedPamphlets, .. LayoutGrammar.ShippedPosters]);
        var mutation = Mutator.Mutate(File.ReadAllBytes(RepositoryFiles.ShippedLayout(name)), c.Random);
        Directory.CreateDirectory(c.LayoutsFolder);
        // Beside the statement, this file is found first for the layout's name.
        File.WriteAllBytes(Path.Combine(c.LayoutsFolder, name + ".yaml"), mutation.Bytes);
        if (c.Random.Chance(0.5))
        {
            File.Copy(RepositoryFiles.SampleStatement, c.StatementPath, overwrite: true);
            File.Copy(RepositoryFiles.SamplePhoto, Path.Combine(c.Folder, "photo.jpg"), overwrite: true);
        }
        else WriteStatement(c);
        return EnginePlan(c, CaseKind.MutatedLayout, "mutated layout", name + " mutated: " + mutation.Describe(), [name], null, new Dictionary<string, bool>());
    }

    private static CasePlan MutatedImage(CaseContext c)
    {
        var statement = WriteStatement(c, Plain with { Forced = Construct.Figure });
        var photo = File.ReadAllBytes(RepositoryFiles.SamplePhoto);
        var (bytes, family, what) = c.Random.Weighted<Func<(byte[], string, string)>>(
            (3, () => { var m = Mutator.Mutate(photo, c.Random); return (m.Bytes, "mutated JPEG", "photo.jpg mutated: " + m.Describe()); }
        ),
            (2, () => { var at = c.Random.Below(photo.Length); return (photo[..at], "truncated JPEG", "photo.jpg truncated at byte " + at); }
        ),
            (2, () => { var o = c.Random.Between(1, 8); return (Mutator.WithExifOrientation(photo, o), "JPEG with EXIF orientation", "photo.jpg with EXIF orientation " + o); }
        ),
            (1, () => { var png = PngImage.Encode(c.Random.Between(1, 300), c.Random.Between(1, 300), c.Random.Pick(Enum.GetValues<PngColour>())); return (Mutator.Mutate(png, c.Random).Bytes, "mutated PNG", "a mutated PNG as photo.jpg"); }
        ),
            (1, () => ([], "empty file", "an empty photo.jpg")),
            (1, () => (Encoding8("not an image at all\n"), "text file", "a text file named photo.jpg")))();
        File.WriteAllBytes(Path.Combine(c.Folder, "photo.jpg"), bytes);
        var layouts = ShippedLayouts(c.Random);
        return EnginePlan(c, CaseKind.MutatedImage, "image: " + family, Describe(statement) + "; " + what, layouts, statement, Pamphlets(layouts));
    }

    private static byte[] Encoding8(string text) => new UTF8Encoding(false).GetBytes(text);

    /// <summary>The manifest of the README, for a folder of statements; mutated half of the time.</summary>
    private static CasePlan Manifest(CaseContext c)
    {
        var statements = Path.Combine(c.Folder, "statements");
        Directory.CreateDirectory(statements);
        var count = c.Random.Between(1, 3);
        for (var i = 0; i < count; i++)
        {
            var statement = StatementGrammar.Generate(c.Random.NextUInt64(), Whole with { MaxBlocks = 5 });
            statement.WriteTo(statements, RepositoryFiles.SamplePhoto, $"edition-{i}.md");
        }
        var manifest = $"""
            editions: [{c.Random.Pick(["statements/*.md", "statements/edition-0.md", "statements", "statements/*.markdown", "statements/**/*.md"])}]
            layouts: [{c.Random.Pick(["a5-pamphlet, poster-a3", "a5-pamphlet", "poster-a4", "nope"])}]
            out: {c.Random.Pick(["out", "out/nested/deeper", "../out-sibling", "statements/edition-0.md"])}
            options: {c.Random.Pick(["{pages: fit4, impose: saddle}", "{pages: 8}", "{marks: true, no-bleed: true}", "{impose: 2up}", "{}", "{pages: many}"])}

            """;
        var bytes = Encoding8(manifest);
        var description = "generated manifest";
        if (c.Random.Chance(0.5))
        {
            var mutation = Mutator.Mutate(bytes, c.Random);
            bytes = mutation.Bytes;
            description = "manifest mutated: " + mutation.Describe();
        }
        var path = Path.Combine(c.Folder, "pamphlet.yaml");
        File.WriteAllBytes(path, bytes);
        string[] args = ["build", "--manifest", path, "--jobs", "1"];
        return new CasePlan(c.Seed, CaseKind.Manifest, "manifest", description, c.Folder, null, args, null, new Dictionary<string, bool>(), "pamphlet build --jobs 1");
    }
}
