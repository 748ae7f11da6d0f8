using Xunit.Abstractions;

namespace Pamphlet.Tests.Bidi;

/// <summary>Unicode 15.0 conformance files for UAX #9 (see TestData/Bidi/README.md).</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class BidiConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_case_of_BidiCharacterTest_passes()
    {
        // The committed copy is the complete file (all 91,707 cases), gzip-compressed.
        using var reader = BidiConformanceRunner.Open(BidiConformanceRunner.TestDataPath("BidiCharacterTest.txt.gz"));
        var result = BidiConformanceRunner.RunCharacterTests(reader);
        output.WriteLine($"BidiCharacterTest.txt: {result.Summary}");
        Assert.True(result.Cases > 90_000, $"only {result.Cases} cases read");
        Assert.True(result.Failures == 0, string.Join("\n", result.FirstFailures));
    }

    [Fact]
    public void Every_fourth_case_of_BidiTest_passes()
    {
        using var reader = BidiConformanceRunner.Open(BidiConformanceRunner.TestDataPath("BidiTest-every4th.txt.gz"));
        var result = BidiConformanceRunner.RunClassTests(reader);
        output.WriteLine($"BidiTest.txt (every 4th line): {result.Summary}");
        Assert.True(result.Cases > 100_000, $"only {result.Cases} cases read");
        Assert.True(result.Failures == 0, string.Join("\n", result.FirstFailures));
    }

    [InstalledBidiTestFact]
    public void Every_case_of_the_installed_BidiTest_passes_when_unicode_data_is_installed()
    {
        using var reader = BidiConformanceRunner.Open(InstalledBidiTestFactAttribute.Path);
        var result = BidiConformanceRunner.RunClassTests(reader);
        output.WriteLine($"BidiTest.txt: {result.Summary}");
        Assert.True(result.Failures == 0, string.Join("\n", result.FirstFailures));
    }
}

/// <summary>
/// The full BidiTest.txt (1.3 MB gzip-compressed) is not committed; Debian's unicode-data has it. Where
/// it is not installed the test is skipped, saying so, rather than passing without testing.
/// </summary>
internal sealed class InstalledBidiTestFactAttribute : FactAttribute
{
    public static string Path { get; } = System.IO.Path.Combine(BidiConformanceRunner.SystemFolder, "BidiTest.txt");

    public InstalledBidiTestFactAttribute()
    {
        if (!File.Exists(Path)) Skip = $"{Path} is not installed (apt-get install unicode-data); the committed every-fourth-line copy still runs";
    }
}
