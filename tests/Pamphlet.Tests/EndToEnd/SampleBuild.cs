using Pamphlet.Tests.Cli;

namespace Pamphlet.Tests.EndToEnd;

/// <summary>
/// The real sample statement built once through the CLI (about a second), shared by every test in a
/// class that reads it back. The PDF's bytes are kept; the temporary output folder is deleted.
/// </summary>
public sealed class SampleBuild : IDisposable
{
    private readonly StatementFolder folder = new();

    public SampleBuild()
    {
        Result = CliRunner.Run("build", SampleFiles.Statement, "--out", folder.Out);
        PdfPath = Path.Combine(folder.Out, "statement.a5-pamphlet.pdf");
        Pdf = Result.ExitCode == 0 ? File.ReadAllBytes(PdfPath) : [];
    }

    internal CliResult Result { get; }

    public string PdfPath { get; }

    public byte[] Pdf { get; }

    public void Dispose() => folder.Dispose();
}
