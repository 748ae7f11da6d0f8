using Pamphlet.Documents.Model;
namespace Pamphlet.Documents.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>
/// One message for the user: where, what went wrong, and what to do about it.
/// Printed as "file:line: error: message" so editors and terminals can link it.
/// </summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message)
{
    public static Diagnostic Error(SourceLocation at, string message) => new(Severity.Error, at, message);
    public static Diagnostic Warning(SourceLocation at, string message) => new(Severity.Warning, at, message);

    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
