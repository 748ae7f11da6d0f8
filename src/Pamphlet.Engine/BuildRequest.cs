namespace Pamphlet.Engine;

/// <summary>
/// One statement to build: the Markdown file, the layouts to build it with (names or paths; empty
/// means the statement's own <c>layouts:</c> list, else the default), and the output folder.
/// </summary>
public sealed record BuildRequest(string InputPath, IReadOnlyList<string> Layouts, string OutputDirectory)
{
    /// <summary>When set, each layout is also written imposed on printer sheets (after its normal PDF).</summary>
    public ImpositionRequest? Imposition { get; init; }
}

/// <summary>A PDF written by a build.</summary>
public sealed record BuiltFile(string Path, string Layout, int Pages, TimeSpan Elapsed);
