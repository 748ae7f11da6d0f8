using Pamphlet.Cli.Commands;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine;
using Pamphlet.Engine.Batch;

namespace Pamphlet.Cli.Batch;

/// <summary>
/// One <c>pamphlet build</c>: finds the editions (named statements and folders, or the manifest),
/// checks before building anything that no two would write the same PDFs, builds them in parallel
/// with one engine, then reports in a fixed order:
/// files (or the live display, or JSON) on stdout, then every warning and every error on stderr, then
/// the stack trace of any bug. Exit code: 70 when a bug stopped any edition (the others are still
/// built and reported), else 1 when any edition failed, else 0.
/// </summary>
internal sealed class BatchRun(TextWriter output, Messages messages, CliContext context)
{
    public bool Json { get; init; }

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public int Run(string[] inputs, string? manifestPath, BuildOptions options)
    {
        if (inputs.Length > 0 && manifestPath is not null)
        {
            return messages.Usage("name statements or give --manifest, not both.");
        }
        List<BuildRequest> requests;
        try
        {
            if (inputs.Length > 0)
            {
                requests = [.. EditionInputs.Expand(inputs).Select(options.For)];
            }
            else
            {
                var path = manifestPath is null ? Path.Combine(context.WorkingDirectory, BatchManifest.FileName) : Path.GetFullPath(manifestPath, context.WorkingDirectory);
                if (manifestPath is null && !File.Exists(path))
                {
                    return messages.Usage($"no statement named and no {BatchManifest.FileName} in {context.WorkingDirectory}; name a statement (pamphlet build statement.md) or add a {BatchManifest.FileName} listing the editions.");
                }
                var manifest = ManifestReader.Read(path);
                requests = [.. manifest.Editions.Select(e => options.For(e, manifest))];
            }
            OutputCollisions.Refuse(requests);
        }
        catch (PamphletException e)
        {
            foreach (var d in e.Diagnostics) messages.Report(d);
            return ExitCodes.BuildFailed;
        }

        using var engine = new PamphletEngine();
        var live = context.Interactive && !Json;
        var progress = live ? new ProgressDisplay(output, [.. requests.Select(r => r.Edition)]) : null;
        EditionBuild build = engine.Build;
        var builder = new BatchBuilder(context.EditionBuild?.Invoke(build) ?? build) { MaxParallelism = Parallelism };
        var result = builder.Build(requests, progress);

        if (Json) output.Write(BatchJsonReport.Write(result) + "\n");
        else
        {
            if (!live) PlainLines.WriteFiles(output, result);
            if (live || requests.Count > 1) PlainLines.WriteSummary(output, result);
        }
        foreach (var d in result.Warnings.Concat(result.Errors)) messages.Report(d);
        foreach (var edition in result.Editions)
        {
            if (edition.Bug is { } bug) messages.Bug(bug, edition.Input);
        }
        return result.HitBug ? ExitCodes.InternalError : result.Failed ? ExitCodes.BuildFailed : ExitCodes.Success;
    }
}
