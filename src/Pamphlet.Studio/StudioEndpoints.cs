using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Pamphlet.Studio;

/// <summary>The studio's API: every path a request names is resolved by <see cref="StudioFolder.Resolve"/>.</summary>
internal static class StudioEndpoints
{
    public static void Map(IEndpointRouteBuilder app, Studio studio)
    {
        app.MapGet("/api/folder", (HttpContext context) => FolderEndpoints.Listing(context, studio));
        app.MapGet("/api/statement", (HttpContext context) => StatementEndpoints.Load(context, studio));
        app.MapGet("/api/statement/version", (HttpContext context) => StatementEndpoints.Version(context, studio));
        app.MapPut("/api/statement", (HttpContext context) => StatementEndpoints.Save(context, studio));
        app.MapPost("/api/render", (HttpContext context) => RenderEndpoint.Render(context, studio));
        app.MapPost("/api/download", (HttpContext context) => DownloadEndpoints.Download(context, studio));
        app.MapGet("/api/download/all", (HttpContext context) => DownloadEndpoints.All(context, studio));
        app.MapPost("/api/upload", (HttpContext context) => UploadEndpoint.Upload(context, studio));
    }

    /// <summary>
    /// The statement a request names (<c>.md</c>, inside the folder), as a full path; null, with the
    /// request answered 404, when it names anything else.
    /// </summary>
    public static async Task<string?> Statement(HttpContext context, Studio studio, string? relative)
    {
        if (studio.Folder.Resolve(relative) is { } path && IsStatement(path)) return path;
        await StudioServer.Refuse(context, StatusCodes.Status404NotFound,
            $"there is no statement '{relative}' in this folder; the studio opens the .md files in the folder it serves, named relative to it");
        return null;
    }

    public static bool IsStatement(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
