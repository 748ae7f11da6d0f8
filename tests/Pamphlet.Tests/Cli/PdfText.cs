using UglyToad.PdfPig;

namespace Pamphlet.Tests.Cli;

/// <summary>
/// A PDF's text in drawing order with all white space dropped: justified lines place words without
/// space glyphs and line breaks fall anywhere, so tests compare text with its spaces removed too.
/// </summary>
internal static class PdfText
{
    public static string WithoutSpaces(PdfDocument pdf) =>
        string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value).Where(v => !string.IsNullOrWhiteSpace(v)));

    public static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
