using System.Text.RegularExpressions;
using Pamphlet.Documents.Markdown;
using Pamphlet.Documents.Model;
using Pamphlet.Tests.Images;

namespace Pamphlet.Tests.Poster;

/// <summary>
/// The sample statement in the shapes a poster meets: with and without its url, photo, pull quotes and
/// demands, with 1, 5 or 12 demands, and with a 1,200 × 800 px photo (what a photo from a messenger or a
/// web page has) in place of the sample's. Written to a temporary folder next to the photo.
/// </summary>
public sealed partial class PosterStatements : IDisposable
{
    /// <summary>The photo every variant with a photo shows: 1,200 px on its long side, landscape 3:2.</summary>
    public const int PhotoWidth = 1200;
    public const int PhotoHeight = 800;

    public const string PhotoFile = "photo-1200.jpg";

    /// <summary>Each variant by name; "sample" is the sample itself (with the 1,200 px photo).</summary>
    public static readonly string[] Variants =
        ["sample", "no-url", "no-photo", "no-quote", "no-photo-or-quote", "no-demands", "1-demand", "5-demands", "12-demands", "bare"];

    /// <summary>Twelve demands as long as a statement's usually are (the sample's six, then six more).</summary>
    private static readonly string[] Demands =
    [
        "Withdraw item 7, the disposal of land at Alder Brook Park, from the agenda of 2 April.",
        "Restore the southern woods to the register of public open space, and register the whole park as an asset of community value.",
        "Publish in full the valuation, the flood-risk assessment and the legal advice on the 1911 gift.",
        "Build council homes at social rent on the Canal Street depot and the station warehouse site first.",
        "Fund a ten-year woodland management plan, run jointly with the coalition, at £40,000 a year.",
        "Hold a public vote in the ward before any part of any park in Kettlewick is sold or leased.",
        "Repair the step-free path between the Castlegate estate and St Anne's Road before next winter.",
        "Keep the flood meadow as it is, and add it to the regional flood authority's register of storage.",
        "Answer the 2,316 households of our survey in writing, ward by ward, before the committee meets.",
        "Give the forest school and the youth club a lease on the old keeper's lodge at a peppercorn rent.",
        "Plant the 20,000 trees of the 2019 plan, and publish each year how many have been planted and where.",
        "Meet the coalition in public every quarter, with the minutes published within two weeks.",
    ];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("pamphlet-poster-statements-");
    private readonly string sample = File.ReadAllText(PosterFixture.SamplePath);

    public PosterStatements() => File.WriteAllBytes(Path.Combine(folder.FullName, PhotoFile), TestImages.Jpeg(PhotoWidth, PhotoHeight));

    public string Folder => folder.FullName;

    /// <summary>The variant's Markdown.</summary>
    public string Markdown(string variant)
    {
        var text = sample.Replace("(photo.jpg ", $"({PhotoFile} ", StringComparison.Ordinal);
        switch (variant)
        {
            case "sample": break;
            case "no-url": text = WithoutUrl(text); break;
            case "no-photo": text = WithoutPhoto(text); break;
            case "no-quote": text = WithoutQuotes(text); break;
            case "no-photo-or-quote": text = WithoutQuotes(WithoutPhoto(text)); break;
            case "no-demands": text = WithoutDemands(text); break;
            case "1-demand": text = WithDemands(text, 1); break;
            case "5-demands": text = WithDemands(text, 5); break;
            case "12-demands": text = WithDemands(text, 12); break;
            case "bare": text = WithoutDemands(WithoutQuotes(WithoutPhoto(WithoutUrl(text)))); break;
            default: throw new ArgumentOutOfRangeException(nameof(variant), variant, null);
        }
        return text;
    }

    /// <summary>The corpus statements (samples/corpus), as variants "corpus/name": statements the posters were not designed on.</summary>
    public static IEnumerable<string> CorpusVariants() =>
        Directory.EnumerateFiles(Path.Combine(Cli.SampleFiles.Folder, "corpus"), "*.md")
            .Where(f => Path.GetFileName(f) != "README.md")
            .Select(f => "corpus/" + Path.GetFileNameWithoutExtension(f))
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// The tests' own right-to-left statements (TestData/RightToLeft) the corpus lacks, as variants "rtl/name":
    /// the Hebrew one (the corpus has the Arabic one).
    /// </summary>
    public static IEnumerable<string> RightToLeftVariants() =>
        Directory.EnumerateFiles(RightToLeftFolder, "*.md").Select(f => "rtl/" + Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    private static string RightToLeftFolder => Path.Combine(AppContext.BaseDirectory, "TestData", "RightToLeft");

    /// <summary>The variant read as a statement in the temporary folder (so its photo is found); a corpus or test statement where it is.</summary>
    public Document Read(string variant)
    {
        if (variant.StartsWith("corpus/", StringComparison.Ordinal)) return MarkdownReader.Read(Path.Combine(Cli.SampleFiles.Folder, variant + ".md"));
        if (variant.StartsWith("rtl/", StringComparison.Ordinal)) return MarkdownReader.Read(Path.Combine(RightToLeftFolder, variant["rtl/".Length..] + ".md"));
        return MarkdownReader.Parse(Markdown(variant), Path.Combine(folder.FullName, variant + ".md"));
    }

    /// <summary>The variant written to the temporary folder, for builds through the engine.</summary>
    public string Write(string variant)
    {
        var path = Path.Combine(folder.FullName, variant + ".md");
        File.WriteAllText(path, Markdown(variant));
        return path;
    }

    private static string WithoutUrl(string text) => Changed(text, text.Replace("url: https://alderbrook.example/\n", "", StringComparison.Ordinal));

    private static string WithoutPhoto(string text) => Changed(text, FigureLine().Replace(text, ""));

    private static string WithoutQuotes(string text) => Changed(text, PullQuote().Replace(text, ""));

    private static string WithoutDemands(string text) => Changed(text, DemandBox().Replace(text, ""));

    private static string WithDemands(string text, int count)
    {
        var list = string.Concat(Demands.Take(count).Select((d, i) => $"{i + 1}. {d}\n"));
        return Changed(text, DemandBox().Replace(text, $"::: demands\n### Our demands\n\n{list}:::\n"));
    }

    /// <summary>Every edit must change the sample: one that silently stops matching would test nothing.</summary>
    private static string Changed(string before, string after) =>
        after != before ? after : throw new InvalidOperationException("the sample statement no longer has what this variant removes");

    [GeneratedRegex(@"^!\[.*\n", RegexOptions.Multiline)]
    private static partial Regex FigureLine();

    [GeneratedRegex(@"^::: (pullquote|\{\.pullquote[^}]*\})\n.*?^:::\n", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex PullQuote();

    [GeneratedRegex(@"^::: demands\n.*?^:::\n", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex DemandBox();

    public void Dispose() => folder.Delete(recursive: true);
}
