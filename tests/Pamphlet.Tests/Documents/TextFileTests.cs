using System.Text;
using System.Text.RegularExpressions;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Markdown;
using Pamphlet.Documents.Model;
using Pamphlet.Documents.TextFiles;
using Pamphlet.Engine.Batch;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.Documents;

/// <summary>
/// Statements, layouts and manifests are read as UTF-8 (with or without a byte order mark) or
/// UTF-16 with a mark; anything else is an error at the first bad byte, and CR, LF and CR LF line
/// endings read alike.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
public sealed class TextFileTests : IDisposable
{
    private const string Statement = "---\ntitle: Café society\nauthor: Tenants’ Union\n---\n\nWe meet at the café.\n\n## Demands\n\nRent caps now.\n";

    /// <summary>A binary file echoed into an error message once filled a terminal: a message stays this short.</summary>
    private const int LongestMessage = 600;

    private readonly StatementFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private Diagnostic ReadFails(byte[] bytes)
    {
        var path = folder.WriteBytes("statement.md", bytes);
        var error = Assert.Throws<PamphletException>(() => MarkdownReader.Read(path));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(path, diagnostic.Location.File);
        Assert.True(diagnostic.Message.Length <= LongestMessage, $"{diagnostic.Message.Length} characters: {diagnostic.Message}");
        return diagnostic;
    }

    [Fact]
    public void Latin1_statement_is_an_error_at_the_first_bad_byte_that_says_to_save_as_utf8()
    {
        var diagnostic = ReadFails(Latin1(Statement));

        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Equal(11, diagnostic.Location.Column); // "title: Caf" is 10 characters
        Assert.Contains("not UTF-8", diagnostic.Message);
        Assert.Contains("byte offset 14 (0xE9", diagnostic.Message);
        Assert.Contains("Latin-1", diagnostic.Message);
        Assert.Contains("'é'", diagnostic.Message);
        Assert.Contains("Save the file as UTF-8", diagnostic.Message);
    }

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Statement) },
        { "UTF-8 with a byte order mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Statement)] },
        { "UTF-16 LE with a byte order mark", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Statement)] },
        { "UTF-16 BE with a byte order mark", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Statement)] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Utf8_and_utf16_with_a_mark_read_the_same(string encoding, byte[] bytes)
    {
        var document = MarkdownReader.Read(folder.WriteBytes("statement.md", bytes));

        Assert.True(document.TitleText == "Café society", encoding);
        Assert.Equal("Tenants’ Union", document.FrontMatter.Author);
        Assert.Equal("We meet at the café.", Md.Text(Assert.IsType<Paragraph>(document.Blocks[0]).Content));
    }

    [Fact]
    public void Utf16_without_a_mark_is_an_error_that_says_so()
    {
        var diagnostic = ReadFails(Encoding.Unicode.GetBytes(Statement));

        Assert.Equal(1, diagnostic.Location.Line);
        Assert.Contains("UTF-16 without a byte order mark", diagnostic.Message);
    }

    [Fact]
    public void Utf16_with_half_a_surrogate_pair_is_an_error_at_its_line()
    {
        var text = Encoding.Unicode.GetBytes("---\ntitle: x\n---\n\nA ");
        byte[] bytes = [0xFF, 0xFE, .. text, 0x3D, 0xD8, (byte)'b', 0, (byte)'\n', 0];

        var diagnostic = ReadFails(bytes);

        Assert.Equal(5, diagnostic.Location.Line);
        Assert.Contains("unpaired surrogate", diagnostic.Message);
    }

    [Fact]
    public void A_binary_file_is_one_short_error_not_an_echo_of_its_bytes()
    {
        var bytes = new byte[20_000];
        new Random(8).NextBytes(bytes);

        var diagnostic = ReadFails(bytes);

        Assert.Contains("not UTF-8", diagnostic.Message);
        Assert.Contains("check the path", diagnostic.Message);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_with_the_limit()
    {
        var bytes = new byte[TextFileReader.MaxBytes + 1];
        Array.Fill(bytes, (byte)'a');

        var diagnostic = ReadFails(bytes);

        Assert.Contains("is larger than 8 MiB, the most Pamphlet reads", diagnostic.Message);
    }

    [Fact]
    public void A_control_character_is_an_error_at_its_line_and_column_naming_its_code()
    {
        var diagnostic = ReadFails(Encoding.UTF8.GetBytes("---\ntitle: x\n---\n\nOne line.\nTwo\u0001 lines\u0000.\n"));

        Assert.Equal(new SourceLocation(diagnostic.Location.File, 6, 4), diagnostic.Location);
        Assert.Contains("control character U+0001", diagnostic.Message);
        Assert.Contains("1 more follow", diagnostic.Message);
        Assert.Contains("Delete it", diagnostic.Message);
    }

    [Fact]
    public void Tabs_and_all_three_line_endings_are_text()
    {
        var document = MarkdownReader.Read(folder.WriteBytes("statement.md", Encoding.UTF8.GetBytes("One\ttab.\r\nCR LF.\rCR.\n")));

        var text = Md.Text(Assert.IsType<Paragraph>(document.Blocks[0]).Content);
        Assert.Equal("One tab. CR LF. CR.", Regex.Replace(text, @"\s+", " "));
    }

    public static TheoryData<string> LineEndingStyles() => ["\n", "\r\n", "\r"];

    [Theory]
    [MemberData(nameof(LineEndingStyles))]
    public void Cr_lf_and_crlf_line_endings_read_alike_with_the_same_line_numbers(string ending)
    {
        var path = folder.WriteBytes("statement.md", Encoding.UTF8.GetBytes(Statement.Replace("\n", ending)));

        var document = MarkdownReader.Read(path);

        Assert.Equal("Café society", document.TitleText);
        Assert.Equal("Tenants’ Union", document.FrontMatter.Author);
        Assert.Equal([6, 8, 10], document.Blocks.Select(b => b.Location.Line));
    }

    [Theory]
    [MemberData(nameof(LineEndingStyles))]
    public void Front_matter_errors_keep_their_line_with_any_line_ending(string ending)
    {
        var markdown = "---\ntitle: x\ndate: soon\n---\n\nText.\n".Replace("\n", ending);

        var error = Assert.Throws<PamphletException>(() => MarkdownReader.Parse(markdown, "statement.md"));

        Assert.Equal(3, Assert.Single(error.Diagnostics).Location.Line);
    }

    [Fact]
    public void A_latin1_layout_is_an_error_at_its_line_in_the_layout_file()
    {
        var path = folder.WriteBytes("layouts/mine.yaml", Latin1("extends: a5-pamphlet\ndescription: Für den Markt\n"));

        var error = Assert.Throws<PamphletException>(() => LayoutLoader.LoadFile(path, null));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(new SourceLocation(path, 2, 15), diagnostic.Location);
        Assert.Contains("the layout file is not UTF-8", diagnostic.Message);
    }

    [Fact]
    public void A_utf16_layout_with_a_mark_loads()
    {
        var catalog = new LayoutCatalog([Path.Combine(AppContext.BaseDirectory, "layouts")]);
        var path = folder.WriteBytes("mine.yaml", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("extends: a5-pamphlet\r\ndescription: Für den Markt\r\n")]);

        Assert.Equal("Für den Markt", LayoutLoader.LoadFile(path, catalog).Description);
    }

    [Fact]
    public void A_latin1_manifest_is_an_error_at_its_line()
    {
        folder.Write("été.md", Statement);
        var path = folder.WriteBytes("pamphlet.yaml", Latin1("layouts: [a5-pamphlet]\neditions: [été.md]\n"));

        var error = Assert.Throws<PamphletException>(() => ManifestReader.Read(path));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(new SourceLocation(path, 2, 12), diagnostic.Location);
        Assert.Contains("the manifest is not UTF-8", diagnostic.Message);
    }

    [Fact]
    public async Task A_named_pipe_given_as_a_statement_or_layout_is_refused_without_waiting_for_a_writer()
    {
        var statementPipe = MakeFifo("statement.md");
        var layoutPipe = MakeFifo("mine.yaml");

        // Reading a pipe would block forever: tasks with a deadline turn that into a failure.
        var statement = Task.Run(() => Assert.Throws<PamphletException>(() => MarkdownReader.Read(statementPipe)));
        var layout = Task.Run(() => Assert.Throws<PamphletException>(() => LayoutLoader.LoadFile(layoutPipe, null)));
        var both = Task.WhenAll(statement, layout);
        if (await Task.WhenAny(both, Task.Delay(TimeSpan.FromSeconds(20))) != both)
        {
            // Let the blocked reads return so the test run can end, then fail.
            foreach (var pipe in new[] { statementPipe, layoutPipe })
            {
                using (new FileStream(pipe, FileMode.Open, FileAccess.Write)) { }
            }

            Assert.Fail("a named pipe was opened and waited on");
        }

        Assert.Contains("is a named pipe (FIFO), not a regular file", (await statement).Diagnostics[0].Message);
        Assert.Contains("is a named pipe (FIFO), not a regular file", (await layout).Diagnostics[0].Message);
    }

    private string MakeFifo(string name)
    {
        var path = folder.PathOf(name);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }
}
