using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Engine.Batch;

/// <summary>
/// What building one edition (one statement, every layout) produced: its name as users see it
/// (<see cref="BuildRequest.Edition"/>), the files written (in layout order), its warnings, and its
/// errors (empty when it succeeded; a bug is one error as well).
/// </summary>
public sealed record EditionResult(int Index, string Input, string Edition, IReadOnlyList<BuiltFile> Files,
    IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<Diagnostic> Errors, TimeSpan Elapsed)
{

    /// <summary>The exception of a bug in Pamphlet that stopped this edition (its stack trace is for the bug report), else null.</summary>
    public Exception? Bug { get; init; }

    public bool Failed => Errors.Count > 0;
}

/// <summary>Every edition of a batch, in input order whatever order they finished in.</summary>
public sealed record BatchResult(IReadOnlyList<EditionResult> Editions, TimeSpan Elapsed)
{
    public bool Failed => Editions.Any(e => e.Failed);

    /// <summary>Whether a bug in Pamphlet stopped any edition.</summary>
    public bool HitBug => Editions.Any(e => e.Bug is not null);

    /// <summary>
    /// Every edition's warnings, each once: editions that share a layout or an output folder would
    /// otherwise repeat the same message at the same place once per edition.
    /// </summary>
    public IEnumerable<Diagnostic> Warnings => Editions.SelectMany(e => e.Warnings).Distinct();

    /// <summary>Every edition's errors, each once (see <see cref="Warnings"/>).</summary>
    public IEnumerable<Diagnostic> Errors => Editions.SelectMany(e => e.Errors).Distinct();
}
