using Pamphlet.Diagnostics;

namespace Pamphlet.Engine.Batch;

/// <summary>
/// What building one edition (one statement, every layout) produced: the files written (in layout
/// order), its warnings, and its errors (empty when it succeeded).
/// </summary>
public sealed record EditionResult(int Index, string Input, IReadOnlyList<BuiltFile> Files,
    IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<Diagnostic> Errors, TimeSpan Elapsed)
{
    /// <summary>The edition's name as users see it: the statement's file name without extension.</summary>
    public string Edition => EditionName(Input);

    public bool Failed => Errors.Count > 0;

    public static string EditionName(string input) => Path.GetFileNameWithoutExtension(input);
}

/// <summary>Every edition of a batch, in input order whatever order they finished in.</summary>
public sealed record BatchResult(IReadOnlyList<EditionResult> Editions, TimeSpan Elapsed)
{
    public bool Failed => Editions.Any(e => e.Failed);

    public IEnumerable<Diagnostic> Warnings => Editions.SelectMany(e => e.Warnings);

    public IEnumerable<Diagnostic> Errors => Editions.SelectMany(e => e.Errors);
}
