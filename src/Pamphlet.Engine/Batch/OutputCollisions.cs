using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Engine.Batch;

/// <summary>
/// Two editions with the same name (statements a/statement.md and b/statement.md, unless the manifest
/// names them) would write the same PDFs into one output folder, one over the other, and would share
/// one name in the report. That is refused before anything is built, naming both statements and how
/// to fix it.
/// </summary>
public static class OutputCollisions
{
    public static void Refuse(IReadOnlyList<BuildRequest> requests)
    {
        // Ignoring case: the output folder may be on a file system that does (a USB stick, macOS, a
        // network share), where Statement.md and statement.md would write the same file.
        var first = new Dictionary<string, BuildRequest>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<Diagnostic>();
        foreach (var request in requests)
        {
            var edition = request.Edition;
            // The file-name stem cannot hold a path separator, so the pair cannot be confused with another.
            var key = Path.Combine(Path.GetFullPath(request.OutputDirectory), edition);
            if (!first.TryAdd(key, request))
            {
                var other = first[key];
                errors.Add(Diagnostic.Error(SourceLocation.None(request.InputPath),
                    $"this statement and {other.InputPath} have the same edition name, so both would be written as " +
                    $"{Path.Combine(request.OutputDirectory, edition)}.<layout>.pdf, one over the other; " +
                    "rename one of them, name them apart in a manifest (editions: [{path: a/statement.md, name: a}, …]), " +
                    "or build them into separate folders (one run each, with --out)"));
            }
        }
        if (errors.Count > 0) throw new PamphletException(errors);
    }
}
