using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Pamphlet.Studio;

namespace Pamphlet.Tests.Studio;

/// <summary>
/// A studio on an in-memory test server over a temporary copy of the sample (statement and photo),
/// with a folder beside it that the studio must never reach. One per test class: the engine stays
/// warm between its tests, as in <c>pamphlet serve</c>.
/// </summary>
public sealed class StudioFixture : IAsyncLifetime
{
    private WebApplication? app;

    /// <summary>The parent of <see cref="Folder"/> and <see cref="Outside"/>.</summary>
    public string Top { get; } = Directory.CreateTempSubdirectory("pamphlet-studio-test-").FullName;

    /// <summary>The folder the studio serves.</summary>
    public string Folder => Path.Combine(Top, "campaign");

    /// <summary>A folder beside it holding <c>secret.md</c>, which no request may read or change.</summary>
    public string Outside => Path.Combine(Top, "outside");

    public string SecretPath => Path.Combine(Outside, "secret.md");

    public const string SecretText = "# Not for the studio\n";

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var samples = Path.Combine(RepositoryFolder.Root ?? throw new InvalidOperationException("The tests run outside the repository."), "samples");
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(Outside);
        File.Copy(Path.Combine(samples, "statement.md"), Path.Combine(Folder, "statement.md"));
        File.Copy(Path.Combine(samples, "photo.jpg"), Path.Combine(Folder, "photo.jpg"));
        File.WriteAllText(SecretPath, SecretText);
        app = StudioServer.Create(new StudioOptions(Folder), builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        Client = app.GetTestClient();
        Client.DefaultRequestHeaders.Add(StudioServer.RequestHeader, "1");
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null) await app.DisposeAsync();
        Directory.Delete(Top, recursive: true);
    }

    /// <summary>A response's JSON body.</summary>
    public static async Task<System.Text.Json.JsonElement> Json(HttpResponseMessage response) =>
        System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static string VersionOf(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Writes a statement into the served folder and returns its path there.</summary>
    public string Statement(string name, string text)
    {
        File.WriteAllText(Path.Combine(Folder, name), text);
        return name;
    }

    public Task<HttpResponseMessage> Render(string path, string text, string? layout = null) =>
        Client.PostAsJsonAsync("/api/render", new { path, text, layout });
}
