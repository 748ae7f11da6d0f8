using System.Diagnostics;
using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Engine.Watching;

/// <summary>
/// One statement built again and again with the same options by one warm engine (its fonts, shaping,
/// set paragraphs, loaded layouts and checked images stay between builds): what <c>pamphlet watch</c>
/// drives, once per change. A file whose bytes a rebuild did not change is not written again
/// (<see cref="BuildRequest.KeepUnchangedFiles"/>). It keeps the files the builds read, so a watcher
/// knows which changes concern it.
/// </summary>
public sealed class StatementSession
{
    private readonly PamphletEngine engine;
    private BuildInputs inputs;

    /// <summary>A session of <paramref name="request"/> on <paramref name="engine"/>, which from now on keeps set paragraphs between builds.</summary>
    public StatementSession(PamphletEngine engine, BuildRequest request)
    {
        this.engine = engine;
        Request = request;
        inputs = Initial(request);
        engine.KeepBetweenBuilds();
    }

    public BuildRequest Request { get; }

    /// <summary>
    /// The files and folders whose change calls for a rebuild: what the last build read, plus what the
    /// last good one read when the last build failed part-way (a statement that no longer parses still
    /// uses its images and layouts once fixed).
    /// </summary>
    public BuildInputs Inputs => inputs;

    /// <summary>
    /// Builds the statement. A user error (<see cref="PamphletException"/>) or a refusal of the file
    /// system comes back as the result's errors; a bug in Pamphlet is thrown.
    /// </summary>
    public Rebuild Build()
    {
        var clock = Stopwatch.StartNew();
        var files = new List<BuiltFile>();
        var warnings = new List<Diagnostic>();
        var read = Initial(Request);
        IReadOnlyList<Diagnostic> errors = [];
        try
        {
            // A layout whose PDF the edit did not change keeps its file as it is.
            engine.Build(Request with { KeepUnchangedFiles = true }, files.Add, warnings.Add, read);
        }
        catch (PamphletException e)
        {
            errors = e.Diagnostics;
        }
        catch (Exception e) when (FileSystemError.IsFileSystemRefusal(e))
        {
            errors = [Diagnostic.Error(SourceLocation.None(Request.InputPath),
                $"a file could not be read or written while building this statement ({e.Message}); check the files it uses and the output folder")];
        }

        if (errors.Count > 0) read.AddAll(inputs);
        inputs = read;
        return new Rebuild(files, warnings, errors, clock.Elapsed);
    }

    private static BuildInputs Initial(BuildRequest request)
    {
        var initial = new BuildInputs();
        initial.AddFile(request.InputPath);
        return initial;
    }
}
