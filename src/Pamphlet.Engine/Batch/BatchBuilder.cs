using System.Diagnostics;
using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Engine.Batch;

/// <summary>
/// Builds many editions with one engine, several at a time. The engine's font library, shaping and
/// hyphenation caches are thread-safe and output-neutral, so sharing them makes later editions
/// cheaper without changing a byte of any PDF. An edition that fails is recorded and the others go
/// on, whether it failed on the user's input or on a bug in Pamphlet (recorded as its <see cref="EditionResult.Bug"/>).
/// </summary>
public sealed class BatchBuilder(EditionBuild build)
{
    public BatchBuilder(PamphletEngine engine) : this(engine.Build) { }

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
        Exception? bug = null;
        try
        {
            build(request, written: file =>
            {
                files.Add(file);
                progress?.Written(index, file);
            }, warned: warnings.Add);
        }
        catch (PamphletException e)
        {
            errors = e.Diagnostics;
        }
        catch (Exception e) when (FileSystemError.IsFileSystemRefusal(e))
        {
            // Every file Pamphlet reads or writes has its refusals put in words where it is opened; one
            // that slips through is still the machine's answer, not a bug, so it is reported as it came.
            errors = [Diagnostic.Error(SourceLocation.None(request.InputPath),
                $"a file could not be read or written while building this edition ({e.Message}); check the files it uses and the output folder")];
        }
        catch (Exception e)
        {
            bug = e;
            errors = [Diagnostic.Error(SourceLocation.None(request.InputPath),
                $"internal error (a bug in Pamphlet) while building this edition: {e.GetType().Name}: {e.Message}. Please report it with this statement.")];
        }
        var result = new EditionResult(index, request.InputPath, request.Edition, files, warnings, errors, clock.Elapsed) { Bug = bug };
        progress?.Finished(result);
        return result;
    }
}

/// <summary>How a batch builds one edition: <see cref="PamphletEngine.Build"/> (tests pass a stand-in that fails on purpose).</summary>
public delegate IReadOnlyList<BuiltFile> EditionBuild(BuildRequest request, Action<BuiltFile>? written, Action<Diagnostic>? warned);
