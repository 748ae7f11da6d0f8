using Pamphlet.Engine;
using Pamphlet.Fuzzing;

namespace Pamphlet.Fuzz;

/// <summary>The families of cases, each with its share of a run.</summary>
internal enum CaseKind
{
    /// <summary>A statement from the grammar, built with shipped layouts.</summary>
    Grammar,
    /// <summary>A grammar statement with a generated layout (tame or extreme).</summary>
    Layout,
    /// <summary>A grammar statement with a layout broken on purpose.</summary>
    InvalidLayout,
    /// <summary>A grammar statement in another encoding or with other line ends.</summary>
    Encoding,
    /// <summary>The sample (or a grammar) statement with bytes or lines mutated.</summary>
    MutatedStatement,
    /// <summary>A shipped layout with bytes or lines mutated, used by a statement.</summary>
    MutatedLayout,
    /// <summary>A grammar statement whose figure is a damaged or unusual image.</summary>
    MutatedImage,
    /// <summary>A pamphlet.yaml manifest (generated or mutated) built through the command line.</summary>
    Manifest,
    /// <summary>A grammar statement built through the command line with random options.</summary>
    CommandLine,
    /// <summary>Limits: deep nesting, alias bombs, huge words, image bombs, FIFOs, long URLs.</summary>
    Hostile,
}

/// <summary>
/// One case, ready to run: its files are in <see cref="Folder"/>; it runs either through the engine
/// (<see cref="Request"/>) or through the command line (<see cref="CommandLine"/>, absolute paths).
/// <see cref="Statement"/>, when set, gives the words every successful pamphlet PDF must print;
/// <see cref="CheckedLayouts"/> names those layouts (and whether each prints a cover).
/// </summary>
internal sealed record CasePlan(
    ulong Seed,
    CaseKind Kind,
    string Family,
    string Description,
    string Folder,
    BuildRequest? Request,
    string[]? CommandLine,
    GeneratedStatement? Statement,
    IReadOnlyDictionary<string, bool> CheckedLayouts,
    string Reproduce);
