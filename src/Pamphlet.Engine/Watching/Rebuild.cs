using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Engine.Watching;

/// <summary>
/// What one build of a <see cref="StatementSession"/> did: the files it wrote, its warnings and, when
/// it failed, its errors (the files of the last good build then stay as they were), and how long it took.
/// </summary>
public sealed record Rebuild(IReadOnlyList<BuiltFile> Files, IReadOnlyList<Diagnostic> Warnings, IReadOnlyList<Diagnostic> Errors, TimeSpan Elapsed)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The PDFs written, one per layout (the PNG previews left out), in layout order.</summary>
    public IEnumerable<BuiltFile> Pdfs => Files.Where(f => f.Path.EndsWith(".pdf", StringComparison.Ordinal));
}
