namespace Pamphlet.Tests.Cli;

/// <summary>
/// A temporary folder holding one test's statements, images and output, deleted afterwards. Tests
/// pass absolute paths only: they run in parallel, so none may depend on the process's current folder.
/// </summary>
internal sealed class StatementFolder : IDisposable
{
    public StatementFolder() => Root = Directory.CreateTempSubdirectory("pamphlet-cli-").FullName;

    public string Root { get; }

    /// <summary>Where builds in these tests write their PDFs (passed as --out).</summary>
    public string Out => Path.Combine(Root, "out");

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Copies a file from TestData/Cli into the folder.</summary>
    public string CopyTestData(string name, string? relative = null) =>
        WriteBytes(relative ?? name, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "Cli", name)));

    /// <summary>Every file under the output folder (none if it does not exist), temporary ones included.</summary>
    public IReadOnlyList<string> OutputFiles() =>
        Directory.Exists(Out) ? Directory.GetFiles(Out, "*", SearchOption.AllDirectories) : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would hide the real result.
        }
    }
}
