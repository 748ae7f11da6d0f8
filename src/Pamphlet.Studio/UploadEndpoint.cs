using System.Text;
using Microsoft.AspNetCore.Http;
using Pamphlet.Engine;

namespace Pamphlet.Studio;

/// <summary>
/// <c>POST /api/upload?statement=PATH&amp;name=NAME</c>, the image's bytes as the body: an image dropped
/// on the editor, saved beside the statement under a plain form of its name (never over another file:
/// <c>photo-2.jpg</c> when <c>photo.jpg</c> exists). Only JPEG and PNG (what a statement's figures
/// take), checked by their first bytes, up to <see cref="StudioLimits.MaxUploadBytes"/>.
/// </summary>
internal static class UploadEndpoint
{
    private static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngStart = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Names tried after the dropped one (<c>photo-2.jpg</c> … <c>photo-100.jpg</c>) before the upload is refused.</summary>
    private const int MaxNameTries = 100;

    public static async Task Upload(HttpContext context, Studio studio)
    {
        if (await StudioEndpoints.Statement(context, studio, context.Request.Query["statement"]) is not { } statement) return;
        var extension = Path.GetExtension(context.Request.Query["name"].ToString()).ToLowerInvariant();
        if (extension is not (".jpg" or ".jpeg" or ".png"))
        {
            await StudioServer.Refuse(context, StatusCodes.Status415UnsupportedMediaType, "only JPEG and PNG images can be added to a statement (.jpg, .jpeg, .png); convert the image first");
            return;
        }

        if (context.Request.ContentLength > StudioLimits.MaxUploadBytes || await ReadAtMost(context, StudioLimits.MaxUploadBytes) is not { } bytes)
        {
            await StudioServer.Refuse(context, StatusCodes.Status413PayloadTooLarge,
                $"the image is larger than {StudioLimits.MaxUploadBytes / (1024 * 1024)} MiB, the most the studio takes; make it smaller (a print needs at most 300 pixels per inch of its printed size)");
            return;
        }

        var isJpeg = bytes.AsSpan().StartsWith(JpegStart);
        if (!(isJpeg ? extension is ".jpg" or ".jpeg" : extension == ".png" && bytes.AsSpan().StartsWith(PngStart)))
        {
            await StudioServer.Refuse(context, StatusCodes.Status415UnsupportedMediaType, $"the file is not a {(extension == ".png" ? "PNG" : "JPEG")} image, whatever its name says; only JPEG and PNG images can be added");
            return;
        }

        var folder = Path.GetDirectoryName(statement)!;
        var stem = PlainName(Path.GetFileNameWithoutExtension(context.Request.Query["name"].ToString()));
        for (var n = 1; n <= MaxNameTries; n++)
        {
            var name = n == 1 ? stem + extension : $"{stem}-{n}{extension}";
            var target = Path.Combine(folder, name);
            if (studio.Folder.Resolve(studio.Folder.Relative(target)) != target || File.Exists(target)) continue;
            AtomicFile.Write(target, stream => stream.Write(bytes), "check that the folder is writable");
            await StudioServer.Json(context, new UploadResult(name), StudioJson.Default.UploadResult);
            return;
        }

        await StudioServer.Refuse(context, StatusCodes.Status409Conflict, $"there are already {MaxNameTries} images named like '{stem}{extension}' beside the statement; rename the image before adding it");
    }

    /// <summary>
    /// A name a statement can refer to without escaping: letters, digits, '-' and '_' kept, anything
    /// else (spaces, slashes, dots) a '-'; never empty, never starting with '.' or '-'.
    /// </summary>
    internal static string PlainName(string name)
    {
        var plain = new StringBuilder();
        foreach (var c in name) plain.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '-');
        var trimmed = plain.ToString().Trim('-');
        return trimmed.Length == 0 ? "image" : trimmed;
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadAtMost(HttpContext context, long limit)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            if (memory.Length + read > limit) return null;
            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }
}
