namespace Pamphlet.Tests;

/// <summary>
/// The test tiers, one trait per test class (<c>[Trait(Tier.Name, Tier.Unit)]</c>), each runnable alone:
/// <c>dotnet test --filter Tier=Unit</c>. <c>.ci/run</c> runs them all. <see cref="Architecture.TestTierTests"/>
/// checks that every test class names exactly one.
/// </summary>
internal static class Tier
{
    /// <summary>The trait's name.</summary>
    public const string Name = "Tier";

    /// <summary>One function or type at a time, in memory: parsing, hyphenation, line breaking, bidi, PDF syntax, colour.</summary>
    public const string Unit = "Unit";

    /// <summary>A statement composed into the Pages model (no PDF read back): placement, pagination, posters, cards.</summary>
    public const string Layout = "Layout";

    /// <summary>Rendered pages compared with golden images (<see cref="Goldens.GoldenImages"/>).</summary>
    public const string Visual = "Visual";

    /// <summary>Written PDFs and PNGs checked as files: read back with PdfPig, <c>qpdf --check</c>, MuPDF, poppler.</summary>
    public const string Conformance = "Conformance";

    /// <summary>The command line as a user runs it: arguments, exit codes, messages, files on disk, the published executable.</summary>
    public const string EndToEnd = "EndToEnd";

    /// <summary>The downloads as volunteers get them: release/build.sh's archive (a Native AOT publish, minutes) run without dotnet.</summary>
    public const string Release = "Release";

    /// <summary>Every tier, for the check that each test class names one.</summary>
    public static readonly string[] All = [Unit, Layout, Visual, Conformance, EndToEnd, Release];
}
