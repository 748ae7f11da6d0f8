using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine;
using Pamphlet.Engine.Batch;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Rendering.Imposition;

namespace Pamphlet.Studio;

/// <summary>
/// Downloads, each built into a temporary folder outside the served one (nothing is written beside
/// the statement) and sent as a file: the editor's text as one layout's PDF, its imposed sheets or its
/// risograph separations; or every edition × layout of the folder's saved statements as one ZIP.
/// </summary>
internal static class DownloadEndpoints
{
    private const string PdfType = "application/pdf";
    private const string ZipType = "application/zip";

    public static async Task Download(HttpContext context, Studio studio)
    {
        if (await StudioServer.ReadJson(context, StudioJson.Default.DownloadRequest) is not { } request) return;
        if (await StudioEndpoints.Statement(context, studio, request.Path) is not { } path) return;
        if (string.IsNullOrEmpty(request.Layout) || request.What is not ("pdf" or "imposed" or "separations"))
        {
            await StudioServer.Refuse(context, StatusCodes.Status400BadRequest, "a download names a layout and what to build: pdf, imposed or separations");
            return;
        }

        if (await RenderEndpoint.Build(context, request.Text, request.Layout, request.Ink, path, studio.Folder) is not { } build) return;
        using var output = new TemporaryFolder();
        try
        {
            var layout = PamphletEngine.CatalogFor(Path.GetDirectoryName(path)).Resolve(request.Layout);
            build = build with { OutputDirectory = output.Path };
            if (request.What == "imposed") build = build with { Imposition = new ImpositionRequest(Imposition(layout)) };
            if (request.What == "separations") build = build with { Separations = true };
            var warnings = new List<Diagnostic>();
            var files = studio.Engine.Build(build, written: null, warnings.Add);
            var main = Path.Combine(output.Path, $"{build.Edition}.{layout.Name}.pdf");
            var wanted = request.What switch
            {
                "pdf" => files.Where(f => f.Path == main),
                "imposed" => files.Where(f => f.Path.EndsWith($".{Imposition(layout).Name()}.pdf", StringComparison.Ordinal)),
                _ => files.Where(f => f.Path != main && f.Path.EndsWith(".pdf", StringComparison.Ordinal)),
            };
            var chosen = wanted.ToList();
            if (chosen.Count == 0)
            {
                var why = warnings.Count > 0 ? warnings[^1].Message : $"this build made no {request.What} file";
                await StudioServer.Json(context, new Problem(why, Errors: DiagnosticEntries.Of(warnings, studio.Folder, path)), StudioJson.Default.Problem, StatusCodes.Status422UnprocessableEntity);
                return;
            }

            if (request.What == "separations")
            {
                await Send(context, Zip(chosen.Select(f => f.Path)), ZipType, $"{build.Edition}.{layout.Name}.separations.zip");
            }
            else
            {
                await Send(context, await File.ReadAllBytesAsync(chosen[0].Path, context.RequestAborted), PdfType, Path.GetFileName(chosen[0].Path));
            }
        }
        catch (PamphletException e)
        {
            await StudioServer.Json(context, new Problem(e.Diagnostics[0].Message, Errors: DiagnosticEntries.Of(e.Diagnostics, studio.Folder, path)), StudioJson.Default.Problem, StatusCodes.Status422UnprocessableEntity);
        }
    }

    /// <summary>How a layout's pages go on printer sheets: a pamphlet as a folded booklet, a poster in tiles; a card is for screens.</summary>
    private static ImpositionKind Imposition(LayoutDefinition layout) => layout.Kind switch
    {
        LayoutKind.Pamphlet => ImpositionKind.Saddle,
        LayoutKind.Poster => ImpositionKind.Tile,
        _ => throw new PamphletException(SourceLocation.None(layout.SourcePath),
            $"{layout.Name} is a card, an image for screens: it has no printer sheets; download its PDF, or pick a pamphlet or poster layout to impose"),
    };

    /// <summary>
    /// <c>GET /api/download/all</c>: every edition (the manifest's, else every statement in the folder)
    /// in each of its layouts, built from the saved files with the manifest's options, as one ZIP. An
    /// edition that fails is left out and its errors are listed in <c>errors.txt</c> inside the ZIP.
    /// </summary>
    public static async Task All(HttpContext context, Studio studio)
    {
        var folder = studio.Folder;
        var problems = new List<Diagnostic>();
        var (manifest, editions) = FolderEndpoints.Editions(folder, problems);
        using var output = new TemporaryFolder();
        var requests = (manifest is not null
            ? editions.Select(e => manifest.For(e, output.Path))
            : FolderEndpoints.Statements(folder).Select(path => new BuildRequest(path, [], output.Path)))
            .Select(request => request with { ReadsOnlyInside = folder.Boundary }).ToList();
        // One edition at a time: renders for the editor go on meanwhile, on the other core.
        var result = new BatchBuilder(studio.Engine) { MaxParallelism = 1 }.Build(requests);
        var files = result.Editions.SelectMany(e => e.Files).Select(f => f.Path).ToList();
        problems.AddRange(result.Editions.SelectMany(e => e.Errors));
        var report = string.Join('\n', problems.Select(p => DiagnosticEntries.Of(p, folder, null)).Select(d => $"{d.File}:{d.Line}: {d.Severity}: {d.Message}"));
        await Send(context, Zip(files, problems.Count > 0 ? report + "\n" : null), ZipType, $"{Path.GetFileName(folder.Root)}.zip");
    }

    private static byte[] Zip(IEnumerable<string> files, string? errors = null)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            // PDFs and PNGs are compressed already: storing them is as small and much faster.
            foreach (var file in files) zip.CreateEntryFromFile(file, Path.GetFileName(file), CompressionLevel.NoCompression);
            if (errors is not null)
            {
                using var writer = new StreamWriter(zip.CreateEntry("errors.txt").Open());
                writer.Write(errors);
            }
        }

        return memory.ToArray();
    }

    private static Task Send(HttpContext context, byte[] bytes, string contentType, string fileName) =>
        TypedResults.File(bytes, contentType, fileName).ExecuteAsync(context);

    /// <summary>A folder of the system's temporary files for one download's build, removed with what is in it.</summary>
    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("pamphlet-studio-").FullName;

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Left for the system to clean: the download was sent.
            }
        }
    }
}
