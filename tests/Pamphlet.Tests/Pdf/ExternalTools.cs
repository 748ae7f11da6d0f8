using System.Diagnostics;

namespace Pamphlet.Tests.Pdf;

/// <summary>The PDF tools of other projects (poppler's pdftotext, MuPDF's mutool), run on a PDF we wrote.</summary>
internal static class ExternalTools
{
    public static bool Has(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(folder => File.Exists(Path.Combine(folder, tool)));

    /// <summary>poppler's text of a PDF (UTF-8, no page breaks).</summary>
    public static string PdfToText(byte[] pdf) => WithFile(pdf, (input, output) => Run("pdftotext", "-enc", "UTF-8", "-nopgbrk", input, output));

    /// <summary>MuPDF's text of a PDF.</summary>
    public static string MutoolText(byte[] pdf) => WithFile(pdf, (input, output) => Run("mutool", "convert", "-F", "text", "-o", output, input));

    /// <summary>Drops the bidi embedding and override controls (U+202A–U+202E) poppler wraps around right-to-left text.</summary>
    public static string WithoutBidiControls(string text) => string.Concat(text.Where(c => c is < '\u202A' or > '\u202E'));

    /// <summary>Every run of white space as one space, trimmed.</summary>
    public static string Collapsed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string WithFile(byte[] pdf, Action<string, string> run)
    {
        var folder = Directory.CreateTempSubdirectory("pamphlet-tools-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            var output = Path.Combine(folder.FullName, "out.txt");
            File.WriteAllBytes(input, pdf);
            run(input, output);
            return File.ReadAllText(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool, args) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), $"{tool} did not finish");
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed ({process.ExitCode}): {error}{output.Result}");
    }
}

/// <summary>A test that reads our PDF with another project's tool; skipped, saying which, where the tool is not installed.</summary>
internal sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => !ExternalTools.Has(t)).ToList();
        if (missing.Count > 0) Skip = $"needs {string.Join(" and ", missing)} on PATH (apt-get install poppler-utils mupdf-tools)";
    }
}
