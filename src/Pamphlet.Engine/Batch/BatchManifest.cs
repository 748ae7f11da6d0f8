using Pamphlet.Layouts;

namespace Pamphlet.Engine.Batch;

/// <summary>
/// A <c>pamphlet.yaml</c>, read and resolved: the statements to build (full paths, in the order the
/// manifest lists them), the layouts (empty: each statement's own list), the output folder (null:
/// the command line's) and the same options as the build command's flags.
/// </summary>
public sealed record BatchManifest(string Path, IReadOnlyList<string> Editions, IReadOnlyList<string> Layouts, string? OutputDirectory)
{
    /// <summary>The file name <c>pamphlet build</c> looks for in the current folder when given no statement.</summary>
    public const string FileName = "pamphlet.yaml";

    /// <summary>A page count to land pamphlets on (0: nearest multiple of four), as <c>--pages</c>.</summary>
    public PageTarget? Pages { get; init; }

    public bool Marks { get; init; }

    public bool NoBleed { get; init; }

    public ImpositionRequest? Imposition { get; init; }

    /// <summary>The request for one of the manifest's editions.</summary>
    public BuildRequest For(string edition, string fallbackOutput) =>
        new(edition, Layouts, OutputDirectory ?? fallbackOutput, Pages) { Marks = Marks, NoBleed = NoBleed, Imposition = Imposition };
}
