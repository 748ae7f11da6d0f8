using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UglyToad.PdfPig;

using static Pamphlet.Tests.Studio.StudioFixture;

namespace Pamphlet.Tests.Studio;

/// <summary>
/// <c>pamphlet serve</c>'s endpoints in process: listing, rendering the editor's text, saving
/// (atomically, refusing to overwrite a file changed on disk), downloads and image uploads.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class StudioEndpointTests(StudioFixture studio) : IClassFixture<StudioFixture>
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static string SampleText => File.ReadAllText(Path.Combine(RepositoryFolder.Root!, "samples", "statement.md"));

    [Fact]
    public async Task The_listing_names_the_statements_layouts_and_inks()
    {
        var listing = await Json(await studio.Client.GetAsync("/api/folder"));

        Assert.Contains("statement.md", listing.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("path").GetString()));
        Assert.Contains("a5-pamphlet", listing.GetProperty("layouts").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        Assert.Contains("cmyk", listing.GetProperty("inks").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task The_manifests_editions_are_listed_with_their_names()
    {
        studio.Statement("edition-b.md", "# B\n\nText.\n");
        File.WriteAllText(Path.Combine(studio.Folder, "pamphlet.yaml"), "editions:\n  - path: edition-b.md\n    name: second\n");
        try
        {
            var listing = await Json(await studio.Client.GetAsync("/api/folder"));

            var edition = Assert.Single(listing.GetProperty("editions").EnumerateArray());
            Assert.Equal("edition-b.md", edition.GetProperty("path").GetString());
            Assert.Equal("second", edition.GetProperty("name").GetString());
        }
        finally
        {
            File.Delete(Path.Combine(studio.Folder, "pamphlet.yaml"));
        }
    }

    [Fact]
    public async Task A_statement_opens_with_its_text_and_version()
    {
        var opened = await Json(await studio.Client.GetAsync("/api/statement?path=statement.md"));

        Assert.Equal(File.ReadAllText(Path.Combine(studio.Folder, "statement.md")), opened.GetProperty("text").GetString());
        Assert.Equal(StudioFixture.VersionOf(Path.Combine(studio.Folder, "statement.md")), opened.GetProperty("version").GetString());
    }

    [Fact]
    public async Task The_editors_text_renders_as_png_spreads_of_the_pamphlet()
    {
        var result = await Json(await studio.Render("statement.md", SampleText.Replace("Keep Alder Brook Public", "Keep Alder Brook Ours", StringComparison.Ordinal)));

        Assert.Empty(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("a5-pamphlet", result.GetProperty("layout").GetString());
        Assert.Equal(419.5, result.GetProperty("pageWidth").GetDouble(), 0);
        var pages = result.GetProperty("pages").EnumerateArray().Select(p => Convert.FromBase64String(p.GetString()!)).ToList();
        Assert.True(pages.Count >= 4);
        Assert.All(pages, png => Assert.True(png.AsSpan().StartsWith(PngSignature)));
        var spreads = result.GetProperty("spreads").EnumerateArray().Select(s => s.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.Null ? -1 : i.GetInt32()).ToList()).ToList();
        Assert.Equal([-1, 0], spreads[0]);
        Assert.Equal([1, 2], spreads[1]);
    }

    [Fact]
    public async Task A_poster_renders_as_one_page_at_its_size()
    {
        var result = await Json(await studio.Render("statement.md", SampleText, "poster-a3"));

        Assert.Single(result.GetProperty("pages").EnumerateArray());
        Assert.Equal(841.9, result.GetProperty("pageWidth").GetDouble(), 0);
        Assert.Equal("poster", result.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task An_error_comes_back_at_its_line_in_the_statement()
    {
        var text = "---\ntitle: T\n---\n\nFirst paragraph.\n\n![A photo](missing.jpg)\n";

        var result = await Json(await studio.Render("statement.md", text));

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(7, error.GetProperty("line").GetInt32());
        Assert.True(error.GetProperty("inStatement").GetBoolean());
        Assert.Contains("missing.jpg", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(result.GetProperty("pages").EnumerateArray());
    }

    [Fact]
    public async Task A_warning_comes_back_at_its_line()
    {
        var result = await Json(await studio.Render("statement.md", "# T\n\nText.\n\n::: nosuchblock\nInside.\n:::\n"));

        var warning = Assert.Single(result.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("message").GetString()!.Contains("nosuchblock", StringComparison.Ordinal));
        Assert.Equal(5, warning.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Saving_writes_the_text_and_answers_the_new_version()
    {
        var path = studio.Statement("save.md", "# Before\n");

        var response = await studio.Client.PutAsJsonAsync("/api/statement", new { path, text = "# After\n", version = StudioFixture.VersionOf(Path.Combine(studio.Folder, path)) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("# After\n", File.ReadAllText(Path.Combine(studio.Folder, path)));
        Assert.Equal(StudioFixture.VersionOf(Path.Combine(studio.Folder, path)), (await Json(response)).GetProperty("version").GetString());
        Assert.DoesNotContain(Directory.EnumerateFiles(studio.Folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saving_keeps_the_files_crlf_line_endings()
    {
        var path = studio.Statement("crlf.md", "# Title\r\n\r\nText.\r\n");

        await studio.Client.PutAsJsonAsync("/api/statement", new { path, text = "# Title\n\nMore text.\n", version = StudioFixture.VersionOf(Path.Combine(studio.Folder, path)) });

        Assert.Equal("# Title\r\n\r\nMore text.\r\n", File.ReadAllText(Path.Combine(studio.Folder, path)));
    }

    [Fact]
    public async Task A_file_changed_on_disk_is_not_overwritten()
    {
        var path = studio.Statement("conflict.md", "# Opened\n");
        var opened = StudioFixture.VersionOf(Path.Combine(studio.Folder, path));
        File.WriteAllText(Path.Combine(studio.Folder, path), "# Changed in another editor\n");

        var response = await studio.Client.PutAsJsonAsync("/api/statement", new { path, text = "# Mine\n", version = opened });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("# Changed in another editor\n", File.ReadAllText(Path.Combine(studio.Folder, path)));
        Assert.Equal(StudioFixture.VersionOf(Path.Combine(studio.Folder, path)), (await Json(response)).GetProperty("version").GetString());
    }

    [Fact]
    public async Task Only_statements_can_be_saved()
    {
        var before = File.ReadAllBytes(Path.Combine(studio.Folder, "photo.jpg"));

        var response = await studio.Client.PutAsJsonAsync("/api/statement", new { path = "photo.jpg", text = "x", version = StudioFixture.VersionOf(Path.Combine(studio.Folder, "photo.jpg")) });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(studio.Folder, "photo.jpg")));
    }

    [Fact]
    public async Task The_pdf_download_is_the_pamphlet_with_its_pages()
    {
        var text = SampleText;
        var pages = (await Json(await studio.Render("statement.md", text))).GetProperty("pages").GetArrayLength();

        var response = await studio.Client.PostAsJsonAsync("/api/download", new { path = "statement.md", text, what = "pdf", layout = "a5-pamphlet" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("statement.a5-pamphlet.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(pages, pdf.NumberOfPages);
        Assert.DoesNotContain(Directory.EnumerateFiles(studio.Folder), f => f.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_imposed_download_is_the_booklet_on_sheets()
    {
        var response = await studio.Client.PostAsJsonAsync("/api/download", new { path = "statement.md", text = SampleText, what = "imposed", layout = "a5-pamphlet" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(".saddle.pdf", response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Separations_need_a_risograph_ink_and_then_come_as_a_zip()
    {
        var refused = await studio.Client.PostAsJsonAsync("/api/download", new { path = "statement.md", text = SampleText, what = "separations", layout = "a5-pamphlet", ink = "color" });
        var response = await studio.Client.PostAsJsonAsync("/api/download", new { path = "statement.md", text = SampleText, what = "separations", layout = "a5-pamphlet", ink = "riso:black,red" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("riso", (await Json(refused)).GetProperty("error").GetString(), StringComparison.Ordinal);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["statement.a5-pamphlet.black.pdf", "statement.a5-pamphlet.red.pdf"], zip.Entries.Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_zip_holds_every_edition_in_each_of_its_layouts()
    {
        var response = await studio.Client.GetAsync("/api/download/all");

        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var names = zip.Entries.Select(e => e.Name).ToList();
        Assert.Contains("statement.a5-pamphlet.pdf", names);
        Assert.Contains("statement.poster-a3.pdf", names);
    }

    [Fact]
    public async Task A_dropped_image_is_saved_beside_the_statement_under_a_new_name()
    {
        var png = File.ReadAllBytes(Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Root!, "tests", "Pamphlet.Tests", "TestData"), "*.png", SearchOption.AllDirectories).First());

        var first = await Json(await studio.Client.PostAsync("/api/upload?statement=statement.md&name=My%20Photo!.png", new ByteArrayContent(png)));
        var second = await Json(await studio.Client.PostAsync("/api/upload?statement=statement.md&name=My%20Photo!.png", new ByteArrayContent(png)));

        Assert.Equal("My-Photo.png", first.GetProperty("name").GetString());
        Assert.Equal("My-Photo-2.png", second.GetProperty("name").GetString());
        Assert.Equal(png, File.ReadAllBytes(Path.Combine(studio.Folder, "My-Photo.png")));
    }

    [Fact]
    public async Task An_image_never_replaces_a_file()
    {
        var response = await studio.Client.PostAsync("/api/upload?statement=statement.md&name=photo.jpg", new ByteArrayContent(File.ReadAllBytes(Path.Combine(studio.Folder, "photo.jpg"))));

        Assert.Equal("photo-2.jpg", (await Json(response)).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("notes.txt", "text")]
    [InlineData("fake.png", "<script>alert(1)</script>")]
    [InlineData("page.html", "<html>")]
    public async Task Only_jpeg_and_png_images_are_taken(string name, string content)
    {
        var response = await studio.Client.PostAsync($"/api/upload?statement=statement.md&name={name}", new StringContent(content));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(studio.Folder, name)));
    }

    [Fact]
    public async Task An_image_over_the_size_limit_is_refused()
    {
        var body = new byte[Pamphlet.Studio.StudioLimits.MaxUploadBytes + 1];
        body[0] = 0xFF;
        body[1] = 0xD8;
        body[2] = 0xFF;

        var response = await studio.Client.PostAsync("/api/upload?statement=statement.md&name=huge.jpg", new ByteArrayContent(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(studio.Folder, "huge.jpg")));
    }
}
