using Pamphlet.Documents.Model;
namespace Pamphlet.Documents.Diagnostics;

/// <summary>
/// A build failed because of the user's input (not a bug): carries the diagnostics to print.
/// The CLI turns it into exit code 1; anything else escaping is a bug.
/// </summary>
public sealed class PamphletException : Exception
{
    public PamphletException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public PamphletException(Diagnostic diagnostic) : this([diagnostic]) { }

    public PamphletException(SourceLocation at, string message) : this(Diagnostic.Error(at, message)) { }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
