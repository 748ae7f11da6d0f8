using Pamphlet.Cli.Commands;
using Pamphlet.Diagnostics;
using Pamphlet.Engine;
using Pamphlet.Engine.Batch;

namespace Pamphlet.Cli.Batch;

/// <summary>
/// One <c>pamphlet build</c>: finds the editions (named statements and folders, or the manifest),
/// builds them in parallel with one engine, then reports in a fixed order: files (or the live
/// display, or JSON) on stdout, then every warning and every error on stderr.
/// </summary>
internal sealed class BatchRun(TextWriter output, TextWriter error, CliContext context)
{
    public bool Json { get; init; }

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public int Run(string[] inputs, string? manifestPath, BuildOptions options)
    {
        if (inputs.Length > 0 && manifestPath is not null)
        {
            error.WriteLine("pamphlet: name statements or give --manifest, not both.");
            return ExitCodes.Usage;
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
                    error.WriteLine($"pamphlet: no statement named and no {BatchManifest.FileName} in {context.WorkingDirectory}; name a statement (pamphlet build statement.md) or add a {BatchManifest.FileName} listing the editions.");
                    error.WriteLine("Run 'pamphlet --help' for usage.");
                    return ExitCodes.Usage;
                }
                var manifest = ManifestReader.Read(path);
                requests = [.. manifest.Editions.Select(e => options.For(e, manifest))];
            }
        }
        catch (PamphletException e)
        {
            foreach (var d in e.Diagnostics) error.WriteLine(d);
            return ExitCodes.BuildFailed;
        }

        using var engine = new PamphletEngine();
        engine.StartWarmUp();
        var live = context.Interactive && !Json;
        var progress = live ? new ProgressDisplay(output, [.. requests.Select(r => r.InputPath)]) : null;
        var result = new BatchBuilder(engine) { MaxParallelism = Parallelism }.Build(requests, progress);

        if (Json) output.Write(BatchJsonReport.Write(result) + "\n");
        else
        {
            if (!live) PlainLines.WriteFiles(output, result);
            if (live || requests.Count > 1) PlainLines.WriteSummary(output, result);
        }
        foreach (var d in result.Warnings.Concat(result.Errors)) error.WriteLine(d);
        return result.Failed ? ExitCodes.BuildFailed : ExitCodes.Success;
    }
}
