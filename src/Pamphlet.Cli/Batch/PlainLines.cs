using System.Globalization;
using Pamphlet.Engine;
using Pamphlet.Engine.Batch;

namespace Pamphlet.Cli.Batch;

/// <summary>
/// What a batch prints when its output is not a terminal: one line per file (<c>path  N pages  T s</c>,
/// as a single build always printed), in input then layout order, then a summary table when there
/// was more than one edition.
/// </summary>
internal static class PlainLines
{
    /// <summary>A file's line; the path printable, as it may hold any character a file name can.</summary>
    public static string Line(BuiltFile f) => string.Create(CultureInfo.InvariantCulture,
        $"{MessageText.PrintablePath(f.Path)}  {f.Pages} {(f.Pages == 1 ? "page" : "pages")}  {f.Elapsed.TotalSeconds:0.00} s");

    /// <summary>A progress row: edition (already printable), layout, pages, time.</summary>
    public static string Row(string edition, BuiltFile f) => string.Create(CultureInfo.InvariantCulture,
        $"{edition}  {f.Layout}  {f.Pages} {(f.Pages == 1 ? "page" : "pages")}  {f.Elapsed.TotalSeconds:0.00} s");

    /// <summary>An edition's name as printed: its file name may hold any character.</summary>
    public static string Edition(EditionResult edition) => MessageText.PrintablePath(edition.Edition);

    public static void WriteFiles(TextWriter output, BatchResult result)
    {
        foreach (var file in result.Editions.SelectMany(e => e.Files)) output.WriteLine(Line(file));
    }

    private static readonly string[] SummaryHeader = ["edition", "layout", "pages", "time", "status"];

    /// <summary>edition, layout, pages, time, status: one row per file, and one per failed edition (its error count, or "internal error").</summary>
    public static void WriteSummary(TextWriter output, BatchResult result)
    {
        var rows = new List<string[]> { SummaryHeader };
        foreach (var edition in result.Editions)
        {
            foreach (var f in edition.Files)
            {
                rows.Add([Edition(edition), f.Layout, f.Pages.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"{f.Elapsed.TotalSeconds:0.00} s"), "ok"]);
            }
            if (edition.Failed)
            {
                rows.Add([Edition(edition), "-", "-", string.Create(CultureInfo.InvariantCulture, $"{edition.Elapsed.TotalSeconds:0.00} s"),
                    edition.Bug is not null ? "failed: internal error"
                        : $"failed: {edition.Errors.Count} {(edition.Errors.Count == 1 ? "error" : "errors")}"]);
            }
        }
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        output.WriteLine();
        foreach (var row in rows) output.WriteLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        var built = result.Editions.Count(e => !e.Failed);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{built} of {result.Editions.Count} editions built in {result.Elapsed.TotalSeconds:0.00} s"));
    }
}
