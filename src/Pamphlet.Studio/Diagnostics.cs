using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Studio;

/// <summary>Warnings and errors as the page shows them: files named relative to the folder, never by a path outside it.</summary>
internal static class DiagnosticEntries
{
    public static IReadOnlyList<DiagnosticEntry> Of(IEnumerable<Diagnostic> diagnostics, StudioFolder folder, string? statement) =>
        [.. diagnostics.Select(d => Of(d, folder, statement))];

    public static DiagnosticEntry Of(Diagnostic diagnostic, StudioFolder folder, string? statement)
    {
        var file = diagnostic.Location.File;
        var full = file.Length > 0 ? Path.GetFullPath(file) : "";
        var inStatement = statement is not null && full == statement;
        var shown = full.Length == 0 ? "" : full.StartsWith(folder.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? folder.Relative(full) : Path.GetFileName(full);
        return new DiagnosticEntry(diagnostic.Severity == Severity.Error ? "error" : "warning", shown, diagnostic.Location.Line, diagnostic.Location.Column, inStatement, diagnostic.Message);
    }
}
