using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Preflight.Rules;

/// <summary>
/// One thing a print shop would reject (an error) or question (a warning), on one page or, for what
/// concerns the whole file (PDF/X identification), on none.
/// </summary>
/// <param name="Rule">A stable name for the check ("font-not-embedded", "image-resolution"…), for scripts reading --json.</param>
/// <param name="Message">What is wrong, with its numbers, and what to do; without the page, which <see cref="Page"/> gives.</param>
public sealed record Finding(Severity Severity, int? Page, string Rule, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{(Page is { } page ? $"page {page}: " : "")}{(IsError ? "error" : "warning")}: {Message}";
}
