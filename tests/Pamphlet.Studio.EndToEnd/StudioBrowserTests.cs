using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Pamphlet.Studio.EndToEnd;

/// <summary>
/// The studio as a volunteer uses it, in Chromium: type into the editor and see the pages change, make
/// a mistake and see it at its line, download the PDF.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class StudioBrowserTests(StudioInBrowser studio) : IClassFixture<StudioInBrowser>
{
    /// <summary>How long a step may take before the test fails: a render of the sample on a loaded CI machine takes a second or two.</summary>
    private const float StepTimeout = 30_000;

    private async Task<IPage> Open()
    {
        var page = await studio.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 }, AcceptDownloads = true });
        page.SetDefaultTimeout(StepTimeout);
        await page.GotoAsync(studio.Address + "#statement.md");
        await page.Locator("#pages img").First.WaitForAsync();
        return page;
    }

    private static Task<string> FirstPage(IPage page) => page.Locator("#pages img").First.GetAttributeAsync("src")!;

    /// <summary>Waits until the pages shown are from a render later than <paramref name="after"/>.</summary>
    private static Task NextRender(IPage page, string? after) =>
        page.WaitForFunctionAsync("after => document.getElementById('pages').dataset.render !== after", after);

    [ChromiumFact]
    public async Task Typing_into_the_editor_redraws_the_pages()
    {
        var page = await Open();
        var before = await FirstPage(page);
        var render = await page.Locator("#pages").GetAttributeAsync("data-render");

        var source = page.Locator("#source");
        await source.FocusAsync();
        // Line 2 is the title, which the cover (page 1) shows.
        await page.Keyboard.PressAsync("Control+Home");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.TypeAsync(" Now");
        await NextRender(page, render);

        Assert.NotEqual(before, await FirstPage(page));
        Assert.Contains("Unsaved", await page.Locator("#saved").TextContentAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task An_error_is_shown_at_its_line()
    {
        var page = await Open();
        var source = page.Locator("#source");
        var text = await source.InputValueAsync();
        var line = text.Split('\n').Length + 1;

        await source.FocusAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\n![A photo nobody took](missing.jpg)");
        var marked = page.Locator("#gutter .line-error");
        await marked.WaitForAsync();

        Assert.Equal(line.ToString(System.Globalization.CultureInfo.InvariantCulture), await marked.TextContentAsync());
        var problem = page.Locator("#problems li.error button");
        Assert.Contains($"line {line}", await problem.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("missing.jpg", await problem.TextContentAsync(), StringComparison.Ordinal);
        // The problem leads to its line: clicking it selects the line in the editor.
        await problem.ClickAsync();
        Assert.Equal("![A photo nobody took](missing.jpg)", await page.EvaluateAsync<string>("() => { const s = document.getElementById('source'); return s.value.slice(s.selectionStart, s.selectionEnd); }"));
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task The_pdf_downloads_with_the_pages_shown()
    {
        var page = await Open();
        var shown = await page.Locator("#pages img").CountAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-pdf").ClickAsync());
        var path = Path.Combine(studio.Folder, "..", Path.GetRandomFileName() + ".pdf");
        await download.SaveAsAsync(path);

        try
        {
            Assert.Equal("statement.a5-pamphlet.pdf", download.SuggestedFilename);
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8));
            using var pdf = PdfDocument.Open(bytes);
            Assert.Equal(shown, pdf.NumberOfPages);
        }
        finally
        {
            File.Delete(path);
        }

        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task Every_control_is_reachable_with_the_keyboard()
    {
        var page = await Open();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.dataset.insert || document.activeElement.dataset.download || document.activeElement.tagName"));
        }

        string[] controls = ["statement", "layout", "ink", "save", "pullquote", "demands", "figure", "slogan", "signature", "image", "source", "download-pdf", "download-imposed", "download-separations", "download-all"];
        Assert.Empty(controls.Except(reached));
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task On_a_phone_the_pages_come_below_the_editor()
    {
        var page = await studio.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true });
        page.SetDefaultTimeout(StepTimeout);
        await page.GotoAsync(studio.Address + "#statement.md");
        await page.Locator("#pages img").First.WaitForAsync();

        var editor = await page.Locator(".editor-pane").BoundingBoxAsync();
        var pages = await page.Locator(".pages-pane").BoundingBoxAsync();
        Assert.True(pages!.Y >= editor!.Y + editor.Height, $"pages at y {pages.Y}, editor from {editor.Y} to {editor.Y + editor.Height}");
        Assert.True(editor.Width <= 390 && pages.Width <= 390, $"editor {editor.Width} and pages {pages.Width} wide on a 390-pixel screen");
        await page.CloseAsync();
    }

    /// <summary>
    /// Not a check: with PAMPHLET_STUDIO_SCREENSHOT set to a file, writes the README's picture of the
    /// studio there (the sample open, its pages beside it). Without it, checks only that the page shows.
    /// </summary>
    [ChromiumFact]
    public async Task The_studio_shows_the_statement_beside_its_pages()
    {
        var page = await Open();

        Assert.StartsWith("---", await page.Locator("#source").InputValueAsync(), StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("PAMPHLET_STUDIO_SCREENSHOT") is { Length: > 0 } file)
        {
            await page.SetViewportSizeAsync(1280, 760);
            await page.ScreenshotAsync(new() { Path = file, Type = ScreenshotType.Png });
        }

        await page.CloseAsync();
    }
}
