using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Engine;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Studio;

/// <summary>
/// <c>POST /api/render</c>: the editor's text drawn with the warm engine, in memory, as PNG pages
/// (<see cref="PamphletEngine.Preview"/>). A user error comes back as the result's errors (200), so
/// the page shows it at its line and keeps the last good pages.
/// </summary>
internal static class RenderEndpoint
{
    public static async Task Render(HttpContext context, Studio studio)
    {
        if (await StudioServer.ReadJson(context, StudioJson.Default.RenderRequest) is not { } request) return;
        if (await StudioEndpoints.Statement(context, studio, request.Path) is not { } path) return;
        if (await Build(context, request.Text, request.Layout, request.Ink, path, studio.Folder) is not { } build) return;

        await studio.RenderGate.WaitAsync(context.RequestAborted);
        RenderResult result;
        var clock = Stopwatch.StartNew();
        try
        {
            // A newer render was asked for while this one waited: the page has stopped listening for this one.
            context.RequestAborted.ThrowIfCancellationRequested();
            var preview = studio.Engine.Preview(build, StudioLimits.PreviewDpi);
            result = new RenderResult(preview.Layout, preview.Kind.ToString().ToLowerInvariant(), preview.PageSize.Width, preview.PageSize.Height,
                [.. preview.Pages.Select(Convert.ToBase64String)], [.. preview.Spreads.Select(cell => cell.Slots)],
                DiagnosticEntries.Of(preview.Warnings, studio.Folder, path), [], clock.ElapsedMilliseconds);
        }
        catch (PamphletException e)
        {
            result = Failed(DiagnosticEntries.Of(e.Diagnostics, studio.Folder, path), clock);
        }
        catch (Exception e) when (FileSystemError.IsFileSystemRefusal(e))
        {
            result = Failed([DiagnosticEntries.Of(Diagnostic.Error(SourceLocation.None(path), $"a file could not be read while drawing the pages ({e.Message}); check the images and layouts the statement uses"), studio.Folder, path)], clock);
        }
        finally
        {
            studio.RenderGate.Release();
        }

        await StudioServer.Json(context, result, StudioJson.Default.RenderResult);
    }

    private static RenderResult Failed(IReadOnlyList<DiagnosticEntry> errors, Stopwatch clock) => new(null, null, 0, 0, [], [], [], errors, clock.ElapsedMilliseconds);

    /// <summary>
    /// The build of the editor's text that a render or download asks for, reading nothing outside the
    /// studio's folder (<see cref="BuildRequest.ReadsOnlyInside"/>); null, with the request
    /// answered 400 or 413, when the text is too large, the layout is not a name, or the ink is unknown.
    /// </summary>
    public static async Task<BuildRequest?> Build(HttpContext context, string text, string? layout, string? ink, string path, StudioFolder folder)
    {
        if (Encoding.UTF8.GetByteCount(text) > StudioLimits.MaxStatementBytes)
        {
            await StudioServer.Refuse(context, StatusCodes.Status413PayloadTooLarge,
                $"the statement is larger than {StudioLimits.MaxStatementBytes / (1024 * 1024)} MiB, the most Pamphlet reads");
            return null;
        }

        // A layout is picked by name from the folder's and the bundled layouts; a path could name any file on the machine.
        if (!string.IsNullOrEmpty(layout) && LayoutCatalog.LooksLikePath(layout))
        {
            await StudioServer.Refuse(context, StatusCodes.Status400BadRequest, $"'{layout}' is not a layout name; pick one of the layouts the studio lists");
            return null;
        }

        InkChoice? choice = null;
        if (!string.IsNullOrEmpty(ink))
        {
            if (!InkChoice.TryParse(ink, out var parsed, out var error))
            {
                await StudioServer.Refuse(context, StatusCodes.Status400BadRequest, error);
                return null;
            }

            choice = parsed;
        }

        return new BuildRequest(path, string.IsNullOrEmpty(layout) ? [] : [layout], Path.GetDirectoryName(path)!) { Text = text, Ink = choice, ReadsOnlyInside = folder.Boundary };
    }
}
