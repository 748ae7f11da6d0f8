using Pamphlet.Documents.Model;
namespace Pamphlet.Documents.Diagnostics;

/// <summary>Collects warnings (and errors) while a stage runs, so all of them can be reported together.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;
    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);
    public void Warn(SourceLocation at, string message) => items.Add(Diagnostic.Warning(at, message));
    public void Error(SourceLocation at, string message) => items.Add(Diagnostic.Error(at, message));
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    /// <summary>Throws a <see cref="PamphletException"/> carrying every error so far, if there is one.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new PamphletException(items.Where(d => d.Severity == Severity.Error).ToList());
        }
    }
}
