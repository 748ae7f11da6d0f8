using System.Text;
using Microsoft.AspNetCore.Http;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.TextFiles;
using Pamphlet.Engine;

namespace Pamphlet.Studio;

/// <summary>
/// Opening and saving a statement. A save names the version the editor loaded; when the file on disk
/// is no longer that version (another editor saved it), nothing is written and the answer is 409 with
/// the file's version, so the page can offer to reload it or to overwrite it on purpose.
/// </summary>
internal static class StatementEndpoints
{
    /// <summary>What a save that the folder refuses tells the user to do.</summary>
    private const string SaveRemedy = "check that the folder is writable, or copy the text elsewhere before closing the page";

    public static async Task Load(HttpContext context, Studio studio)
    {
        if (await StudioEndpoints.Statement(context, studio, context.Request.Query["path"]) is not { } path) return;
        var bytes = FileVersion.ReadBytes(path);
        if (bytes is null)
        {
            await StudioServer.Refuse(context, StatusCodes.Status404NotFound, $"'{studio.Folder.Relative(path)}' is not in the folder any more; pick another statement");
            return;
        }

        if (bytes.Length > StudioLimits.MaxStatementBytes)
        {
            await TooLarge(context);
            return;
        }

        string text;
        try
        {
            text = TextFileReader.Decode(bytes, path, TextFileKind.Statement);
        }
        catch (PamphletException e)
        {
            await StudioServer.Json(context, new Problem(e.Diagnostics[0].Message, Errors: DiagnosticEntries.Of(e.Diagnostics, studio.Folder, path)), StudioJson.Default.Problem, StatusCodes.Status422UnprocessableEntity);
            return;
        }

        await StudioServer.Json(context, new StatementText(studio.Folder.Relative(path), text, FileVersion.Of(bytes)), StudioJson.Default.StatementText);
    }

    public static async Task Version(HttpContext context, Studio studio)
    {
        if (await StudioEndpoints.Statement(context, studio, context.Request.Query["path"]) is not { } path) return;
        await StudioServer.Json(context, new StatementVersion(studio.Folder.Relative(path), FileVersion.Of(FileVersion.ReadBytes(path))), StudioJson.Default.StatementVersion);
    }

    public static async Task Save(HttpContext context, Studio studio)
    {
        if (await StudioServer.ReadJson(context, StudioJson.Default.SaveRequest) is not { } request) return;
        if (await StudioEndpoints.Statement(context, studio, request.Path) is not { } path) return;
        if (Encoding.UTF8.GetByteCount(request.Text) > StudioLimits.MaxStatementBytes)
        {
            await TooLarge(context);
            return;
        }

        string? conflict = null;
        string saved;
        lock (studio.SaveGate)
        {
            var current = FileVersion.ReadBytes(path);
            var version = FileVersion.Of(current);
            if (version != request.Version)
            {
                conflict = version;
                saved = version;
            }
            else
            {
                var bytes = Encoding.UTF8.GetBytes(KeepLineEndings(request.Text, current));
                AtomicFile.Write(path, stream => stream.Write(bytes), SaveRemedy);
                saved = FileVersion.Of(bytes);
            }
        }

        if (conflict is not null)
        {
            await StudioServer.Json(context, new Problem(
                $"'{studio.Folder.Relative(path)}' was changed on disk since the studio opened it, so it was not saved; reload it to see the other changes, or save again to replace them with yours",
                conflict), StudioJson.Default.Problem, StatusCodes.Status409Conflict);
            return;
        }

        await StudioServer.Json(context, new StatementVersion(studio.Folder.Relative(path), saved), StudioJson.Default.StatementVersion);
    }

    /// <summary>
    /// The editor's text (lines end in LF, as a browser's text box gives them) with the line endings
    /// of the file it replaces: a file written with CR LF stays so, and a save changes only what was edited.
    /// </summary>
    private static string KeepLineEndings(string text, byte[]? current)
    {
        var crlf = current is not null && current.AsSpan().IndexOf("\r\n"u8) >= 0;
        var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return crlf ? lf.Replace("\n", "\r\n", StringComparison.Ordinal) : lf;
    }

    private static Task TooLarge(HttpContext context) => StudioServer.Refuse(context, StatusCodes.Status413PayloadTooLarge,
        $"the statement is larger than {StudioLimits.MaxStatementBytes / (1024 * 1024)} MiB, the most Pamphlet reads; a statement is Markdown text, usually a few kilobytes");
}
