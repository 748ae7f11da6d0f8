using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Engine.Batch;

/// <summary>
/// A <c>pamphlet.yaml</c>, read and resolved: the statements to build (full paths, in the order the
/// manifest lists them, each with the name the manifest gives it, if any), the layouts (empty: each
/// statement's own list), the output folder (null: the command line's) and the same options as the
/// build command's flags.
/// </summary>
public sealed record BatchManifest(string Path, IReadOnlyList<ManifestEdition> Editions, IReadOnlyList<string> Layouts, string? OutputDirectory)
{
    /// <summary>The file name <c>pamphlet build</c> looks for in the current folder when given no statement.</summary>
    public const string FileName = "pamphlet.yaml";

    /// <summary>A page count to land pamphlets on (0: nearest multiple of four), as <c>--pages</c>.</summary>
    public PageTarget? Pages { get; init; }

    public bool Marks { get; init; }

    public bool NoBleed { get; init; }

    public ImpositionRequest? Imposition { get; init; }

    /// <summary>The ink every edition prints with (<c>options.ink</c>), as <c>--ink</c>; null leaves it to each statement and layout.</summary>
    public Pamphlet.Pages.Inks.InkChoice? Ink { get; init; }

    /// <summary>Also write one greyscale master per risograph ink, as <c>--separations</c>.</summary>
    public bool Separations { get; init; }

    /// <summary>The request for one of the manifest's editions.</summary>
    public BuildRequest For(ManifestEdition edition, string fallbackOutput) =>
        new(edition.Path, Layouts, OutputDirectory ?? fallbackOutput, Pages) { Marks = Marks, NoBleed = NoBleed, Imposition = Imposition, Name = edition.Name, Ink = Ink, Separations = Separations };
}

/// <summary>
/// One statement the manifest lists (full path) and the edition name it gives it with
/// <c>{path: …, name: …}</c>, else null (the statement's file name is used).
/// </summary>
public sealed record ManifestEdition(string Path, string? Name = null);
