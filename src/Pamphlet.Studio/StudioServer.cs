using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pamphlet.Engine;

namespace Pamphlet.Studio;

/// <summary>
/// <c>pamphlet serve</c>'s web server: a slim ASP.NET Core application over one folder and one warm
/// engine. <see cref="Create"/> builds it without starting it, so tests can put it on an in-memory
/// test server instead of a port.
/// </summary>
public static class StudioServer
{
    /// <summary>
    /// The header every request that changes something must carry. A web page from another site cannot
    /// send it without the browser asking the studio first (a CORS preflight), which the studio never
    /// allows: so no other site can save, upload or build through a studio open on this machine.
    /// </summary>
    public const string RequestHeader = "X-Pamphlet-Studio";

    /// <summary>
    /// No script but the studio's own file, no inline script or style, no plugin, no framing; images
    /// only from the studio and the data the studio sends. Whatever a statement holds is text to it.
    /// </summary>
    internal const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    /// <param name="options">The folder and where to listen.</param>
    /// <param name="configure">Changes to the builder before it builds (tests put the app on a test server).</param>
    /// <param name="log">Where a bug's report goes (a request that failed inside Pamphlet); default: nowhere.</param>
    public static WebApplication Create(StudioOptions options, Action<WebApplicationBuilder>? configure = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = new StudioFolder(options.Folder);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder.Root });
        builder.Logging.ClearProviders();
        // One warm engine for every preview, keeping set paragraphs between them: a keystroke re-sets only the paragraph it changed.
        builder.Services.AddSingleton(_ =>
        {
            var engine = new PamphletEngine();
            engine.KeepBetweenBuilds();
            return engine;
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = StudioLimits.MaxRequestBytes;
            if (options.Host == "localhost") kestrel.ListenLocalhost(options.Port);
            else kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
        });
        configure?.Invoke(builder);
        var app = builder.Build();
        var studio = new Studio(folder, app.Services.GetRequiredService<PamphletEngine>());

        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            if (options.IsLoopback && !IsLoopbackName(context.Request.Host.Host))
            {
                // A page elsewhere that made its own name point at 127.0.0.1 (DNS rebinding) still names itself here.
                await Refuse(context, StatusCodes.Status421MisdirectedRequest, "this studio answers only to 127.0.0.1 and localhost");
                return;
            }

            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && context.Request.Headers[RequestHeader] != "1")
            {
                await Refuse(context, StatusCodes.Status403Forbidden, $"requests that change something must come from the studio's page (header {RequestHeader})");
                return;
            }

            try
            {
                await next(context);
            }
            catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
            {
                log?.Invoke($"pamphlet serve: internal error (a bug in Pamphlet) on {context.Request.Method} {context.Request.Path}; please report it with these lines:\n{e}");
                await Refuse(context, StatusCodes.Status500InternalServerError, $"internal error (a bug in Pamphlet): {e.GetType().Name}: {e.Message}. The terminal running pamphlet serve shows the details; please report them.");
            }
        });

        foreach (var (path, file, contentType) in StudioAssets.All)
        {
            var bytes = StudioAssets.Read(file);
            app.MapGet(path, () => TypedResults.Bytes(bytes, contentType));
        }

        StudioEndpoints.Map(app, studio);
        return app;
    }

    /// <summary>The address the started server listens on, such as <c>http://127.0.0.1:5311/</c>.</summary>
    public static string Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var url = app.Urls.First();
        return url.EndsWith('/') ? url : url + "/";
    }

    private static bool IsLoopbackName(string host) =>
        host is "localhost" or "127.0.0.1" or "[::1]" or "::1";

    internal static Task Refuse(HttpContext context, int status, string message) => Json(context, new Problem(message), StudioJson.Default.Problem, status);

    internal static Task Json<T>(HttpContext context, T value, JsonTypeInfo<T> type, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(value, type, contentType: null, context.RequestAborted);
    }

    /// <summary>The request's JSON body, or null (and the request answered 400) when it is not one.</summary>
    internal static async Task<T?> ReadJson<T>(HttpContext context, JsonTypeInfo<T> type) where T : class
    {
        try
        {
            if (await context.Request.ReadFromJsonAsync(type, context.RequestAborted) is { } value) return value;
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
            // Not JSON at all (another content type).
        }

        await Refuse(context, StatusCodes.Status400BadRequest, "the request's body is not the JSON the studio's page sends");
        return null;
    }
}
