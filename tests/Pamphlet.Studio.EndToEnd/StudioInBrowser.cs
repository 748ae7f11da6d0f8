using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Pamphlet.Studio.EndToEnd;

/// <summary>
/// The studio listening on a free port of 127.0.0.1 over a temporary copy of samples/, and a headless
/// Chromium to open it. One for all the browser tests: starting Chromium is the slow part.
/// </summary>
public sealed class StudioInBrowser : IAsyncLifetime
{
    private WebApplication? app;
    private IPlaywright? playwright;

    public string Folder { get; } = Directory.CreateTempSubdirectory("pamphlet-studio-browser-").FullName;

    public string Address { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.Executable)) return;
        var samples = Path.Combine(RepositoryRoot(), "samples");
        foreach (var file in Directory.EnumerateFiles(samples)) File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        app = StudioServer.Create(new StudioOptions(Folder, Port: 0));
        await app.StartAsync();
        Address = StudioServer.Address(app);
        playwright = await Playwright.CreateAsync();
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Executable, Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (app is not null) await app.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pamphlet.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("The browser tests run inside the repository (they serve its samples/).");
    }

    internal static bool IsLoopback(string address) => IPAddress.IsLoopback(IPAddress.Parse(new Uri(address).Host));
}
