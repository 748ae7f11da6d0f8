using Microsoft.AspNetCore.Http;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine;
using Pamphlet.Engine.Batch;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Studio;

/// <summary><c>GET /api/folder</c>: the statements, the manifest's editions, and what the pickers offer.</summary>
internal static class FolderEndpoints
{
    public static Task Listing(HttpContext context, Studio studio)
    {
        var folder = studio.Folder;
        var problems = new List<Diagnostic>();
        var (_, editions) = Editions(folder, problems);
        var listing = new FolderListing(
            Path.GetFileName(folder.Root),
            [.. Statements(folder).Select(path => new StatementEntry(folder.Relative(path), Path.GetFileNameWithoutExtension(path)))],
            [.. editions.Select(e => new StatementEntry(folder.Relative(e.Path), e.Name ?? Path.GetFileNameWithoutExtension(e.Path)))],
            [.. PamphletEngine.CatalogFor(folder.Root).List().Select(layout => new Choice(layout.Name, layout.Description))],
            Inks(),
            DiagnosticEntries.Of(problems, folder, statement: null),
            StudioLimits.MaxUploadBytes);
        return StudioServer.Json(context, listing, StudioJson.Default.FolderListing);
    }

    /// <summary>The folder's own <c>.md</c> files (not its subfolders'), by name.</summary>
    public static IReadOnlyList<string> Statements(StudioFolder folder) =>
        [.. Directory.EnumerateFiles(folder.Root, "*.md", SearchOption.TopDirectoryOnly)
            .Select(path => folder.Resolve(Path.GetFileName(path)))
            .OfType<string>()
            .Where(StudioEndpoints.IsStatement)
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// The folder's <c>pamphlet.yaml</c> and those of its editions inside the folder; none without a
    /// manifest. A manifest that cannot be read is added to <paramref name="problems"/>.
    /// </summary>
    public static (BatchManifest? Manifest, IReadOnlyList<ManifestEdition> Editions) Editions(StudioFolder folder, List<Diagnostic> problems)
    {
        var path = Path.Combine(folder.Root, BatchManifest.FileName);
        if (!File.Exists(path)) return (null, []);
        try
        {
            var manifest = ManifestReader.Read(path);
            return (manifest, [.. manifest.Editions.Where(e => folder.Resolve(folder.Relative(e.Path)) == Path.GetFullPath(e.Path))]);
        }
        catch (PamphletException e)
        {
            problems.AddRange(e.Diagnostics);
            return (null, []);
        }
    }

    /// <summary>
    /// The inks to pick from: the statement's own choice, colour, black, CMYK, and risograph black
    /// alone or with each other ink as a second drum (any other set can be written in the front matter).
    /// </summary>
    private static List<Choice> Inks()
    {
        var inks = new List<Choice> { new("", "as the statement or layout says") };
        inks.AddRange(InkChoice.Descriptions.Where(d => !d.Name.StartsWith("riso", StringComparison.Ordinal)).Select(d => new Choice(d.Name, d.Description)));
        var black = RisoInks.Find("black");
        if (black is null) return inks;
        inks.Add(new Choice("riso:black", "risograph, black drum"));
        inks.AddRange(RisoInks.All.Where(ink => ink != black).Select(ink => new Choice($"riso:black,{ink.Key}", $"risograph, black and {ink.Key} drums")));
        return inks;
    }
}
