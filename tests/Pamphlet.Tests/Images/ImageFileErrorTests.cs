using System.Diagnostics;
using Pamphlet.Cli;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Images;

/// <summary>
/// Image files a build cannot use: each is exit 1 with the statement's file and line, the image's
/// name, what is wrong and what to do, and nothing in the output folder.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class ImageFileErrorTests
{
    private const string Statement = "Hello, neighbours.\n\n![The woods](woods.jpg)\n";

    private static (CliResult Result, string Statement) Build(StatementFolder folder, string markdown = Statement)
    {
        var statement = folder.Write("s.md", markdown);
        return (CliRunner.Build(folder, statement), statement);
    }

    private static void AssertImageError(StatementFolder folder, CliResult result, string statement, params string[] phrases)
    {
        Assert.True(result.ExitCode == ExitCodes.BuildFailed, result.ToString());
        Assert.StartsWith($"{statement}:3: error: image '", result.Error);
        foreach (var phrase in phrases) Assert.True(result.Error.Contains(phrase, StringComparison.Ordinal), $"no \"{phrase}\" in: {result.Error}");
        Assert.Empty(folder.OutputFiles());
    }

    [Theory]
    [InlineData(0.75)]
    [InlineData(0.5)]
    public void Jpeg_cut_short_is_an_error_not_a_half_grey_photo(double kept)
    {
        using var folder = new StatementFolder();
        folder.WriteBytes("woods.jpg", TestImages.Truncated(File.ReadAllBytes(SampleFiles.Photo), kept));

        var (result, statement) = Build(folder);

        AssertImageError(folder, result, statement, "'woods.jpg' is cut short", "Copy it again");
    }

    [Fact]
    public void Png_cut_short_is_an_error()
    {
        using var folder = new StatementFolder();
        folder.WriteBytes("woods.png", TestImages.Truncated(TestImages.Png(300, 200, TestImages.PngColor.Rgb), 0.6));

        var (result, statement) = Build(folder, Statement.Replace("woods.jpg", "woods.png"));

        AssertImageError(folder, result, statement, "'woods.png' is cut short", "Copy it again");
    }

    [Fact]
    public void Png_with_damaged_picture_data_is_an_error()
    {
        using var folder = new StatementFolder();
        var png = TestImages.Png(300, 200, TestImages.PngColor.Rgb);
        for (var i = png.Length / 2; i < png.Length / 2 + 40; i++) png[i] ^= 0x5A;
        folder.WriteBytes("woods.png", png);

        var (result, statement) = Build(folder, Statement.Replace("woods.jpg", "woods.png"));

        AssertImageError(folder, result, statement, "'woods.png' is damaged", "save it again");
    }

    [Theory]
    [InlineData(60000, 60000, "60,000 × 60,000 pixels")]
    [InlineData(20000, 20000, "20,000 × 20,000 pixels")]
    [InlineData(40000, 100, "40,000 × 100 pixels")]
    public void Png_beyond_the_pixel_limit_is_refused_from_its_header(int width, int height, string size)
    {
        using var folder = new StatementFolder();
        folder.WriteBytes("woods.png", TestImages.PngHeaderOnly(width, height));

        var (result, statement) = Build(folder, Statement.Replace("woods.jpg", "woods.png"));

        AssertImageError(folder, result, statement, size, "100 megapixels", "30,000 pixels", "4,000 pixels on the long side");
    }

    [Fact]
    public void Jpeg_beyond_the_pixel_limit_is_refused_from_its_header()
    {
        using var folder = new StatementFolder();
        folder.WriteBytes("woods.jpg", TestImages.JpegClaiming(65000, 65000));

        var (result, statement) = Build(folder);

        AssertImageError(folder, result, statement, "65,000 × 65,000 pixels", "100 megapixels");
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        using var folder = new StatementFolder();
        folder.WriteBytes("woods.jpg", []);

        var (result, statement) = Build(folder);

        AssertImageError(folder, result, statement, "'woods.jpg' is empty (0 bytes)");
    }

    [Fact]
    public async Task Named_pipe_is_refused_without_waiting_for_a_writer()
    {
        using var folder = new StatementFolder();
        var pipe = folder.PathOf("woods.jpg");
        MakeFifo(pipe);

        var build = Task.Run(() => Build(folder));
        if (await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(20))) != build)
        {
            // Let the blocked open() return so the test run can end, then fail.
            using (var writer = new FileStream(pipe, FileMode.Open, FileAccess.Write)) { }
            Assert.Fail("the build opened the named pipe and waited for a writer");
        }

        var (result, statement) = await build;
        AssertImageError(folder, result, statement, "'woods.jpg' is a named pipe", "regular file");
    }

    [Fact]
    public void Device_is_refused()
    {
        using var folder = new StatementFolder();

        var (result, statement) = Build(folder, Statement.Replace("woods.jpg", "/dev/zero"));

        AssertImageError(folder, result, statement, "'zero' is a device", "regular file");
    }

    [Fact]
    public void Symbolic_link_to_a_photo_is_followed()
    {
        using var folder = new StatementFolder();
        File.CreateSymbolicLink(folder.PathOf("woods.jpg"), SampleFiles.Photo);

        var (result, _) = Build(folder);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Theory]
    [InlineData("https://example.org/photos/woods.jpg")]
    [InlineData("http://example.org/woods.jpg")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    public void Remote_image_says_it_is_not_fetched_and_what_to_do(string url)
    {
        using var folder = new StatementFolder();

        var (result, statement) = Build(folder, Statement.Replace("woods.jpg", url));

        AssertImageError(folder, result, statement, "remote images are not fetched", "next to the statement");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("mkfifo did not start");
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
