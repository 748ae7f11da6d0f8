using System.Collections.Concurrent;
using System.Diagnostics;
using Pamphlet.Diagnostics;

namespace Pamphlet.Engine.Batch;

/// <summary>
/// Builds many editions with one engine, several at a time. The engine's font library, shaping and
/// hyphenation caches are thread-safe and output-neutral, so sharing them makes later editions
/// cheaper without changing a byte of any PDF. An edition that fails is recorded and the others go on.
/// </summary>
public sealed class BatchBuilder(PamphletEngine engine)
{
    /// <summary>How many editions are built at once; all cores unless told otherwise.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    public BatchResult Build(IReadOnlyList<BuildRequest> requests, IBatchProgress? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var results = new EditionResult[requests.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, MaxParallelism) };
        Parallel.For(0, requests.Count, options, i => results[i] = BuildOne(i, requests[i], progress));
        return new BatchResult(results, clock.Elapsed);
    }

    private EditionResult BuildOne(int index, BuildRequest request, IBatchProgress? progress)
    {
        var clock = Stopwatch.StartNew();
        progress?.Started(index, request.InputPath);
        // Per-edition lists: the callbacks of one edition come from one thread, so no lock is needed.
        var files = new List<BuiltFile>();
        var warnings = new List<Diagnostic>();
        IReadOnlyList<Diagnostic> errors = [];
        try
        {
            engine.Build(request, written: file =>
            {
                files.Add(file);
                progress?.Written(index, file);
            }, warned: warnings.Add);
        }
        catch (PamphletException e)
        {
            errors = e.Diagnostics;
        }
        var result = new EditionResult(index, request.InputPath, files, warnings, errors, clock.Elapsed);
        progress?.Finished(result);
        return result;
    }
}
