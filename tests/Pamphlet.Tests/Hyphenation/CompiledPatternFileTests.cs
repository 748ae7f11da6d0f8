using Pamphlet.Text;
using Pamphlet.Text.Hyphenation;

namespace Pamphlet.Tests.Hyphenation;

/// <summary>
/// The compiled pattern files the build embeds (tools/Pamphlet.PatternCompiler) and the packed trie read
/// in place from them: the same patterns as the text, byte for byte what the text compiles to now.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class CompiledPatternFileTests
{
    public static TheoryData<string> BundledPatternFiles =>
        [.. Directory.EnumerateFiles(BundledFolder, "*.dic").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    private static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "BundledPatterns");

    [Theory]
    [MemberData(nameof(BundledPatternFiles))]
    public void The_embedded_patterns_are_what_the_pattern_file_compiles_to(string patternFile)
    {
        var text = File.ReadAllBytes(Path.Combine(BundledFolder, patternFile));
        var compiled = CompiledPatternFile.Write(PatternFileReader.Parse(text, patternFile));

        var resource = typeof(Hyphenator).Assembly.GetManifestResourceStream(Hyphenator.CompiledResourceName(patternFile));
        Assert.NotNull(resource);
        using var embedded = new MemoryStream();
        resource.CopyTo(embedded);
        Assert.True(compiled.AsSpan().SequenceEqual(embedded.ToArray()), $"{patternFile}: the embedded compiled patterns are stale; rebuild Pamphlet.Text.");
    }

    [Fact]
    public void Every_pattern_of_a_file_is_found_with_its_values()
    {
        // Each line of the thesis file, with its own values; "h1yph" and "hy3ph" merge into the stronger.
        var patterns = PatternFileReader.Read("UTF-8\nhy3ph\nhe2n\nhena4\nhen5at\n1na\nn2at\n1tio\n2io\no2n\nh1yph\n"u8.ToArray(), "thesis.dic");
        Assert.Equal(9, patterns.PatternCount);
        Assert.Equal(5, patterns.MaxPatternLength);
        Assert.Equal(new byte[] { 0, 1, 3, 0, 0 }, patterns.ValuesOf("hyph"));
        Assert.Equal(new byte[] { 0, 0, 2, 0 }, patterns.ValuesOf("hen"));
        Assert.Equal(new byte[] { 0, 0, 0, 0, 4 }, patterns.ValuesOf("hena"));
        Assert.Equal(new byte[] { 0, 0, 0, 5, 0, 0 }, patterns.ValuesOf("henat"));
        Assert.Equal(new byte[] { 1, 0, 0 }, patterns.ValuesOf("na"));
        Assert.Equal(new byte[] { 0, 2, 0, 0 }, patterns.ValuesOf("nat"));
        Assert.Equal(new byte[] { 1, 0, 0, 0 }, patterns.ValuesOf("tio"));
        Assert.Equal(new byte[] { 2, 0, 0 }, patterns.ValuesOf("io"));
        Assert.Equal(new byte[] { 0, 2, 0 }, patterns.ValuesOf("on"));
        Assert.Null(patterns.ValuesOf("he")); // only a prefix of "hen"
        Assert.Null(patterns.ValuesOf("x"));
        Assert.True(patterns.Knows('y'));
        Assert.False(patterns.Knows('x'));
    }

    [Fact]
    public void A_node_with_many_children_is_searched_as_well_as_one_with_few()
    {
        // Thirty patterns ".a1" … beside one another under the word-edge node: past the linear scan's limit.
        var letters = Enumerable.Range('a', 26).Select(c => (char)c).Concat("àéîõ").ToList();
        var text = "UTF-8\n" + string.Concat(letters.Select(c => $".{c}1\n"));
        var patterns = PatternFileReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "many.dic");
        foreach (var c in letters) Assert.Equal(new byte[] { 0, 0, 1 }, patterns.ValuesOf("." + c));
        Assert.Null(patterns.ValuesOf(".ü"));
        Assert.Null(patterns.ValuesOf(".0"));
    }

    [Fact]
    public void Two_levels_compile_to_two_tries()
    {
        var patterns = PatternFileReader.Read("UTF-8\nCOMPOUNDLEFTHYPHENMIN 2\n1ka\nNEXTLEVEL\n1ta\n"u8.ToArray(), "levels.dic");
        Assert.Equal(new byte[] { 1, 0, 0 }, patterns.ValuesOf("ta"));
        Assert.Null(patterns.ValuesOf("ka"));
        Assert.NotNull(patterns.CompoundLevel);
        Assert.Equal(new byte[] { 1, 0, 0 }, patterns.CompoundLevel.ValuesOf("ka"));
        Assert.Equal(2, patterns.CompoundLeftHyphenMin);
    }

    [Fact]
    public void The_same_text_compiles_to_the_same_bytes()
    {
        var text = File.ReadAllBytes(Path.Combine(BundledFolder, "hyph_fr.dic"));
        Assert.Equal(CompiledPatternFile.Write(PatternFileReader.Parse(text, "a")), CompiledPatternFile.Write(PatternFileReader.Parse(text, "b")));
    }

    [Theory]
    [InlineData(0, "it does not start with the compiled pattern file's mark")]
    [InlineData(40, "it ends early")]
    public void A_damaged_compiled_file_is_refused_with_what_to_do(int keep, string problem)
    {
        var compiled = CompiledPatternFile.Write(PatternFileReader.Parse("UTF-8\n1ta\n"u8.ToArray(), "t.dic"));
        var damaged = keep == 0 ? [.. "XXXX"u8, .. compiled.AsSpan(4)] : compiled[..keep];
        var error = Assert.Throws<InvalidDataException>(() => CompiledPatternFile.Read(damaged, "t.dic"));
        Assert.Contains(problem, error.Message);
        Assert.Contains("t.dic", error.Message);
        Assert.Contains("Rebuild Pamphlet", error.Message);
    }

    [Fact]
    public void Bundled_patterns_are_read_in_place_from_the_program()
    {
        // The runtime hands out embedded resources as memory in the loaded program: nothing is copied.
        using var resource = typeof(Hyphenator).Assembly.GetManifestResourceStream(Hyphenator.CompiledResourceName("hyph_en_US.dic"))!;
        Assert.IsAssignableFrom<UnmanagedMemoryStream>(resource);
        Assert.False(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(ProcessLifetimeMemory.OfResource(resource), out _));
    }
}
