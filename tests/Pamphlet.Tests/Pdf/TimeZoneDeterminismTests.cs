using System.Text;
using System.Text.RegularExpressions;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Pdf;

/// <summary>The same statement gives byte-identical PDFs whatever the machine's time zone, locale or output folder.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class TimeZoneDeterminismTests
{
    private static readonly (string Folder, Dictionary<string, string?> Environment)[] Machines =
    [
        ("utc", new() { ["TZ"] = "UTC" }),
        ("new-york", new() { ["TZ"] = "America/New_York", ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" }),
        ("kolkata", new() { ["TZ"] = "Asia/Kolkata" }),
    ];

    [Fact]
    public void Builds_in_three_time_zones_are_byte_identical_with_utc_dates()
    {
        using var folder = new StatementFolder();
        var builds = Machines.Select(machine =>
        {
            var result = PamphletProcess.Run(folder.Root, machine.Environment, "build", SampleFiles.Statement, "--out", folder.PathOf(machine.Folder));
            Assert.True(result.ExitCode == 0, $"TZ={machine.Environment["TZ"]}: {result}");
            return Directory.GetFiles(folder.PathOf(machine.Folder), "*.pdf").Order(StringComparer.Ordinal)
                .Select(path => (Name: Path.GetFileName(path), Bytes: File.ReadAllBytes(path))).ToList();
        }).ToList();

        Assert.Equal(2, builds[0].Count);
        foreach (var other in builds.Skip(1))
        {
            Assert.Equal(builds[0].Select(f => f.Name), other.Select(f => f.Name));
            for (var i = 0; i < other.Count; i++) Assert.True(builds[0][i].Bytes.AsSpan().SequenceEqual(other[i].Bytes), $"{other[i].Name} differs between time zones");
        }

        // The statement's date (2026-03-14), in UTC with a Z, in the Info dictionary and the XMP.
        var pdf = Encoding.Latin1.GetString(builds[0][0].Bytes);
        Assert.Equal(["D:20260314000000Z", "D:20260314000000Z"], Regex.Matches(pdf, @"/(?:CreationDate|ModDate) \((D:[^)]*)\)").Select(m => m.Groups[1].Value));
        Assert.Contains("<xmp:CreateDate>2026-03-14T00:00:00Z</xmp:CreateDate>", pdf);
    }
}
