using Pamphlet.Engine;
using Pamphlet.Tests.Pdf;
using UglyToad.PdfPig;

namespace Pamphlet.Tests.Paragraphs;

/// <summary>
/// Words lengthened by kashida read back from the PDF whole: the tatweel glyphs read as U+0640 (they are
/// not in the statement's text, but an unmapped glyph reads as a gap to poppler, splitting the word), so
/// every word read with tatweels is, without them, a word of the statement.
/// </summary>
[Trait(Tier.Name, Tier.Conformance)]
public sealed class KashidaPdfTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("pamphlet-kashida-");
    private readonly Lazy<byte[]> pdf;

    private static readonly string[] Paragraphs =
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Paragraphs", "kashida-paragraphs.txt")).Where(l => l.Length > 0).ToArray();

    public KashidaPdfTests() => pdf = new Lazy<byte[]>(Build);

    private byte[] Build()
    {
        var statement = Path.Combine(folder.FullName, "ar.md");
        File.WriteAllText(statement, "---\ntitle: حيّنا ليس للبيع\nlang: ar\n---\n\n" + string.Join("\n\n", Paragraphs) + "\n");
        using var engine = new PamphletEngine();
        var file = engine.Build(new BuildRequest(statement, ["a5-pamphlet"], folder.FullName) { NoBleed = true }).Single();
        return File.ReadAllBytes(file.Path);
    }

    public void Dispose() => folder.Delete(recursive: true);

    /// <summary>
    /// The words of a text, letters only: punctuation and digits (which the bidi order moves) and marks (which
    /// extractors read in their own order around the letter, "عّمال" for "عمّال", kashida or not) left out.
    /// </summary>
    private static HashSet<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => string.Concat(w.Where(char.IsLetter)))
            .Where(w => w.Length > 0)
            .ToHashSet();

    private static void AssertLengthenedWordsWhole(string extracted)
    {
        var lengthened = extracted.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Contains('\u0640')).ToList();
        // Kashida was drawn (the statement has no tatweel) in many words.
        Assert.True(lengthened.Count >= 10, $"only {lengthened.Count} lengthened words read back");
        var words = Words(string.Join(' ', Paragraphs));
        var broken = lengthened.Where(w => !words.Contains(string.Concat(w.Where(c => char.IsLetter(c) && c != '\u0640')))).ToList();
        Assert.True(broken.Count == 0, $"lengthened words not read back whole: {string.Join(' ', broken)}");
    }

    [ToolFact("pdftotext")]
    public void Poppler_reads_lengthened_words_whole() =>
        AssertLengthenedWordsWhole(ExternalTools.WithoutBidiControls(ExternalTools.PdfToText(pdf.Value)));

    [ToolFact("mutool")]
    public void MuPDF_reads_lengthened_words_whole() => AssertLengthenedWordsWhole(ExternalTools.MutoolText(pdf.Value));

    [Fact]
    public void PdfPig_reads_lengthened_words_whole()
    {
        using var document = PdfDocument.Open(pdf.Value);

        AssertLengthenedWordsWhole(string.Join(' ', document.GetPages().Select(p => p.Text)));
    }
}
