using System.Net;
using System.Net.Http.Json;
using System.Text;
using Pamphlet.Studio;

using static Pamphlet.Tests.Studio.StudioFixture;

namespace Pamphlet.Tests.Studio;

/// <summary>
/// The studio serves and writes nothing outside its folder, whatever a request names: '..', absolute
/// paths, backslashes, percent-encoded separators, hidden names and symbolic links that lead out; and
/// only its own page can change anything.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class StudioSecurityTests : IClassFixture<StudioFixture>
{
    private readonly StudioFixture studio;

    public StudioSecurityTests(StudioFixture studio)
    {
        this.studio = studio;
        Link(Path.Combine(studio.Folder, "linked.md"), studio.SecretPath);
        Link(Path.Combine(studio.Folder, "linked-folder"), studio.Outside);
    }

    private static void Link(string path, string target)
    {
        if (!Path.Exists(path)) File.CreateSymbolicLink(path, target);
    }

    /// <summary>Ways of naming ../outside/secret.md (and other files outside), as they appear in a URL's query.</summary>
    public static TheoryData<string> Escapes => new()
    {
        "..%2Foutside%2Fsecret.md",
        "%2e%2e%2foutside%2fsecret.md",
        "%2E%2E/outside/secret.md",
        "..%5Coutside%5Csecret.md",
        "campaign%5C..%5C..%5Coutside%5Csecret.md",
        "sub/../../outside/secret.md",
        "./../outside/secret.md",
        "%2Fetc%2Fpasswd",
        "%2F%2Fetc%2Fpasswd",
        "C:%5CWindows%5Cwin.ini",
        "linked.md",
        "linked-folder/secret.md",
        ".hidden.md",
        "statement.md%00.png",
    };

    private static string EscapedPath(string query) => Uri.UnescapeDataString(query);

    [Theory]
    [MemberData(nameof(Escapes))]
    public async Task Opening_a_path_outside_the_folder_is_refused(string query)
    {
        var response = await studio.Client.GetAsync("/api/statement?path=" + query);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(StudioFixture.SecretText.Trim(), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Escapes))]
    public async Task Saving_to_a_path_outside_the_folder_is_refused(string query)
    {
        var response = await studio.Client.PutAsJsonAsync("/api/statement", new { path = EscapedPath(query), text = "# Overwritten\n", version = StudioFixture.VersionOf(studio.SecretPath) });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(StudioFixture.SecretText, File.ReadAllText(studio.SecretPath));
    }

    [Theory]
    [MemberData(nameof(Escapes))]
    public async Task Rendering_or_downloading_a_path_outside_the_folder_is_refused(string query)
    {
        var render = await studio.Client.PostAsJsonAsync("/api/render", new { path = EscapedPath(query), text = "# T\n" });
        var download = await studio.Client.PostAsJsonAsync("/api/download", new { path = EscapedPath(query), text = "# T\n", what = "pdf", layout = "a5-pamphlet" });

        Assert.Equal(HttpStatusCode.NotFound, render.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Escapes))]
    public async Task Uploading_beside_a_statement_outside_the_folder_is_refused(string query)
    {
        var before = Directory.GetFiles(studio.Outside);

        var response = await studio.Client.PostAsync($"/api/upload?statement={query}&name=photo.jpg", new ByteArrayContent([0xFF, 0xD8, 0xFF, 0xE0]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, Directory.GetFiles(studio.Outside));
    }

    [Theory]
    [InlineData("..%2F..%2Fpwned.png")]
    [InlineData("%2Ftmp%2Fpwned.png")]
    [InlineData("..%5Cpwned.png")]
    [InlineData(".pwned.png")]
    public async Task An_uploaded_images_name_cannot_lead_out_of_the_statements_folder(string name)
    {
        var png = File.ReadAllBytes(Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Root!, "tests", "Pamphlet.Tests", "TestData"), "*.png", SearchOption.AllDirectories).First());

        var saved = (await (await studio.Client.PostAsync($"/api/upload?statement=statement.md&name={name}", new ByteArrayContent(png))).Content.ReadFromJsonAsync<Uploaded>())!.Name;

        Assert.DoesNotContain('/', saved);
        Assert.DoesNotContain('\\', saved);
        Assert.False(saved.StartsWith('.'));
        Assert.True(File.Exists(Path.Combine(studio.Folder, saved)));
        Assert.False(File.Exists(Path.Combine(studio.Top, "pwned.png")));
    }

    private sealed record Uploaded(string Name);

    /// <summary>
    /// What a statement itself names is held to the folder too: whoever reaches a studio opened with
    /// --host must not be able to have it draw a picture or read a layout from elsewhere on the machine.
    /// Each case is refused at its line, with what to do, and no page is drawn.
    /// </summary>
    [Theory]
    [InlineData("![A photo](../outside/photo.jpg)\n", 5, "the image 'photo.jpg' is outside the folder")]
    [InlineData("![A photo](OUTSIDE/photo.jpg)\n", 5, "the image 'photo.jpg' is outside the folder")]
    [InlineData("![A photo](linked-folder/photo.jpg)\n", 5, "the image 'photo.jpg' is outside the folder")]
    [InlineData("![A photo](linked-photo.jpg)\n", 5, "the image 'linked-photo.jpg' is outside the folder")]
    public async Task An_image_the_statement_names_outside_the_folder_is_refused(string figure, int line, string message)
    {
        File.Copy(Path.Combine(studio.Folder, "photo.jpg"), Path.Combine(studio.Outside, "photo.jpg"), overwrite: true);
        Link(Path.Combine(studio.Folder, "linked-photo.jpg"), Path.Combine(studio.Outside, "photo.jpg"));
        var text = "---\ntitle: T\n---\n\n" + figure.Replace("OUTSIDE", studio.Outside, StringComparison.Ordinal);

        var result = await Json(await studio.Render("statement.md", text));

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(line, error.GetProperty("line").GetInt32());
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("into that folder (beside the statement)", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(result.GetProperty("pages").EnumerateArray());
    }

    [Fact]
    public async Task Layout_files_and_font_folders_outside_the_folder_are_refused()
    {
        File.WriteAllText(Path.Combine(studio.Outside, "wide.yaml"), "extends: a5-pamphlet\n");
        Directory.CreateDirectory(Path.Combine(studio.Folder, "layouts"));
        File.WriteAllText(Path.Combine(studio.Folder, "layouts", "escape.yaml"), "description: x\nextends: ../../outside/wide.yaml\n");
        File.WriteAllText(Path.Combine(studio.Folder, "layouts", "fonty.yaml"), "extends: a5-pamphlet\nfonts:\n  folder: ../../outside\n");
        File.WriteAllText(Path.Combine(studio.Folder, "layouts", "fine.yaml"), "extends: a5-pamphlet\n");

        var byPath = await Json(await studio.Render("statement.md", "---\ntitle: T\nlayouts: [../outside/wide.yaml]\n---\n\nText.\n"));
        var error = Assert.Single(byPath.GetProperty("errors").EnumerateArray());
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.Contains("the layout file 'wide.yaml' is outside the folder", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        var byExtends = await Json(await studio.Render("statement.md", "---\ntitle: T\nlayouts: [escape]\n---\n\nText.\n"));
        error = Assert.Single(byExtends.GetProperty("errors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Contains("the layout file 'wide.yaml' that 'extends' names is outside the folder", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        var fonts = await Json(await studio.Render("statement.md", "---\ntitle: T\nlayouts: [fonty]\n---\n\nText.\n"));
        error = Assert.Single(fonts.GetProperty("errors").EnumerateArray());
        Assert.Contains("the font folder 'outside' is outside the folder", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        // A layout of the folder's own that extends a bundled one is fine.
        var fine = await Json(await studio.Render("statement.md", "---\ntitle: T\nlayouts: [fine]\n---\n\nText.\n"));
        Assert.Empty(fine.GetProperty("errors").EnumerateArray());
        Assert.NotEmpty(fine.GetProperty("pages").EnumerateArray());
    }

    [Fact]
    public async Task A_layout_is_picked_by_name_never_by_path()
    {
        var response = await studio.Client.PostAsJsonAsync("/api/render", new { path = "statement.md", text = "# T\n", layout = "../outside/layout.yaml" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Requests_that_change_something_need_the_studios_header()
    {
        var before = File.ReadAllText(Path.Combine(studio.Folder, "statement.md"));
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/statement")
        {
            Content = JsonContent.Create(new { path = "statement.md", text = "# Changed\n", version = StudioFixture.VersionOf(Path.Combine(studio.Folder, "statement.md")) }),
        };
        // What a form or script on another site can send without asking the studio first: not the header's value.
        request.Headers.Add(StudioServer.RequestHeader, "0");

        var response = await studio.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, File.ReadAllText(Path.Combine(studio.Folder, "statement.md")));
    }

    [Fact]
    public async Task A_request_naming_another_host_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/folder");
        request.Headers.Host = "attacker.example";

        var response = await studio.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_page_allows_only_its_own_script_and_has_none_inline()
    {
        var response = await studio.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal(1, html.Split("<script", StringSplitOptions.None).Length - 1);
        Assert.Contains("<script src=\"/studio.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html);
    }

    [Fact]
    public async Task The_script_puts_text_into_the_page_only_as_text()
    {
        var script = await studio.Client.GetStringAsync("/studio.js");

        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("outerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("document.write", script, StringComparison.Ordinal);
        Assert.DoesNotContain("eval(", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_folder_rule_keeps_paths_inside_and_resolves_links()
    {
        var folder = new StudioFolder(studio.Folder);

        Assert.Equal(Path.Combine(folder.Root, "statement.md"), folder.Resolve("statement.md"));
        Assert.Equal(Path.Combine(folder.Root, "new", "x.md"), folder.Resolve("new/x.md"));
        Assert.Null(folder.Resolve("linked.md"));
        Assert.Null(folder.Resolve(""));
        Assert.Null(folder.Resolve(null));
        Assert.Null(folder.Resolve(Encoding.UTF8.GetString("a/\0b"u8)));
    }
}
