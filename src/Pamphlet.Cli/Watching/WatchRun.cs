using System.Globalization;
using Pamphlet.Cli.Commands;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine;
using Pamphlet.Engine.Batch;
using Pamphlet.Engine.Watching;

namespace Pamphlet.Cli.Watching;

/// <summary>
/// One <c>pamphlet watch</c>: builds every edition (the named statements, or the manifest's), then
/// waits for changes to what they read (<see cref="FileWatch"/>) and rebuilds the editions concerned
/// with the same warm engine, printing one line per build on stdout and its warnings and errors on
/// stderr. A change to the manifest reads it again and rebuilds everything. Runs until
/// <see cref="CliContext.Stop"/> (Ctrl+C), then exits 0; only a wrong command line (2) or statements
/// that cannot be found at the start (1) end it sooner.
/// </summary>
internal sealed class WatchRun(TextWriter output, Messages messages, CliContext context)
{
    /// <summary>How long the files must stay unchanged before a rebuild (see <see cref="FileWatch.DefaultQuiet"/>).</summary>
    public TimeSpan Quiet { get; init; } = FileWatch.DefaultQuiet;

    /// <summary>How often the inputs are polled in case the system missed an event (see <see cref="FileWatch"/>).</summary>
    public TimeSpan? PollInterval { get; init; } = FileWatch.DefaultPollInterval;

    /// <summary>Waits the quiet time; tests pass their own.</summary>
    public Func<TimeSpan, CancellationToken, Task>? Delay { get; init; }

    private string? manifestPath;
    private IReadOnlyList<StatementSession> sessions = [];

    public int Run(string[] inputs, string? manifest, BuildOptions options)
    {
        if (inputs.Length > 0 && manifest is not null) return messages.Usage("name statements or give --manifest, not both.");
        if (inputs.Length == 0)
        {
            manifestPath = manifest is null ? Path.Combine(context.WorkingDirectory, BatchManifest.FileName) : Path.GetFullPath(manifest, context.WorkingDirectory);
            if (manifest is null && !File.Exists(manifestPath))
            {
                return messages.Usage($"no statement named and no {BatchManifest.FileName} in {context.WorkingDirectory}; name a statement (pamphlet watch statement.md) or add a {BatchManifest.FileName} listing the editions.");
            }
        }

        var stop = context.Stop.Listen();
        using var engine = new PamphletEngine();
        try
        {
            sessions = Editions(inputs, options, engine);
        }
        catch (PamphletException e) when (manifestPath is null)
        {
            // Named statements that cannot be found: nothing to watch yet.
            foreach (var d in e.Diagnostics) messages.Report(d);
            return ExitCodes.BuildFailed;
        }
        catch (PamphletException e)
        {
            Failed(manifestPath!, e.Diagnostics);
        }

        if (manifestPath is null && sessions.FirstOrDefault(s => !File.Exists(s.Request.InputPath)) is { } missing)
        {
            // A statement that goes away while watched is waited for; one that never was is a typo.
            messages.Report(Diagnostic.Error(SourceLocation.None(missing.Request.InputPath),
                "there is no such statement; name an existing Markdown file (watch waits for a statement that goes away while watched, not for one that never was)"));
            return ExitCodes.BuildFailed;
        }

        using var watch = new FileWatch(Quiet, Delay, PollInterval);
        // Watched before the first builds, so a save while they run (or just after) is not lost.
        WatchInputs(watch, sessions);
        foreach (var session in sessions) Build(session);
        output.WriteLine($"Watching {Plural(sessions.Count, "statement")} for changes; Ctrl+C stops.");
        while (true)
        {
            var current = sessions;
            WatchInputs(watch, current);
            IReadOnlySet<string> changed;
            try
            {
                changed = watch.NextAsync(stop).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (manifestPath is not null && (changed.Contains(manifestPath) || changed.Contains(FileWatch.Unknown)))
            {
                try
                {
                    sessions = Editions(inputs, options, engine);
                }
                catch (PamphletException e)
                {
                    Failed(manifestPath, e.Diagnostics);
                    continue;
                }

                foreach (var session in sessions) Build(session);
                continue;
            }

            foreach (var session in current.Where(s => changed.Contains(FileWatch.Unknown) || changed.Any(path => Concerns(s.Inputs, path)))) Build(session);
        }

        output.WriteLine("Stopped watching.");
        return ExitCodes.Success;
    }

    /// <summary>The editions to build: the named statements, or the manifest's, each a session on the one engine.</summary>
    private List<StatementSession> Editions(string[] inputs, BuildOptions options, PamphletEngine engine)
    {
        List<BuildRequest> requests;
        if (manifestPath is null)
        {
            requests = [.. EditionInputs.Expand(inputs).Select(options.For)];
        }
        else
        {
            var manifest = ManifestReader.Read(manifestPath);
            requests = [.. manifest.Editions.Select(e => options.For(e, manifest))];
        }

        OutputCollisions.Refuse(requests);
        return [.. requests.Select(r => new StatementSession(engine, r))];
    }

    /// <summary>A change to one of the inputs, or a <c>layouts/</c> folder itself appearing or going.</summary>
    private static bool Concerns(BuildInputs inputs, string path) => inputs.Covers(path) || inputs.Folders.Contains(path);

    /// <summary>Watches what <paramref name="current"/>'s builds read (and the manifest), in place of what was watched before.</summary>
    private void WatchInputs(FileWatch watch, IReadOnlyList<StatementSession> current) =>
        watch.Watch(Folders(current), path => path == manifestPath || current.Any(s => Concerns(s.Inputs, path)), Files(current));

    /// <summary>The files the builds read, and the manifest: what is polled in case an event is missed.</summary>
    private IEnumerable<string> Files(IReadOnlyList<StatementSession> current) =>
        current.SelectMany(s => s.Inputs.Files).Concat(manifestPath is null ? [] : [manifestPath]);

    /// <summary>The folders holding the inputs, the <c>layouts/</c> folders and the folders they would appear in, and the manifest's.</summary>
    private IEnumerable<string> Folders(IReadOnlyList<StatementSession> current)
    {
        var files = Files(current);
        var folders = current.SelectMany(s => s.Inputs.Folders);
        return files.Concat(folders).Select(Path.GetDirectoryName).OfType<string>().Concat(folders).Distinct(StringComparer.Ordinal);
    }

    /// <summary>Builds one edition and says how it went: one line, then its warnings, or its errors.</summary>
    private void Build(StatementSession session)
    {
        var result = session.Build();
        var name = MessageText.PrintablePath(Path.GetRelativePath(context.WorkingDirectory, session.Request.InputPath));
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (result.Succeeded)
        {
            var layouts = string.Join(", ", result.Pdfs.Select(f => $"{f.Layout} {Plural(f.Pages, "page")}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{time} {name}: {layouts} in {result.Elapsed.TotalMilliseconds:0} ms, {Plural(result.Warnings.Count, "warning")}"));
            foreach (var warning in result.Warnings) messages.Report(warning);
            return;
        }

        if (!File.Exists(session.Request.InputPath))
        {
            output.WriteLine($"{time} {name} is gone (deleted or moved): the last good files are kept; waiting for it to come back.");
            return;
        }

        output.WriteLine($"{time} {name} failed with {Plural(result.Errors.Count, "error")}: the last good files are kept; fix it and save again.");
        foreach (var d in result.Warnings.Concat(result.Errors)) messages.Report(d);
    }

    private void Failed(string manifest, IReadOnlyList<Diagnostic> errors)
    {
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        output.WriteLine($"{time} {MessageText.PrintablePath(Path.GetRelativePath(context.WorkingDirectory, manifest))} failed with {Plural(errors.Count, "error")}: fix it and save again.");
        foreach (var d in errors) messages.Report(d);
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
