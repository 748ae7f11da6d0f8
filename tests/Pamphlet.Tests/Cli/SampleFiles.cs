namespace Pamphlet.Tests.Cli;

/// <summary>The repository's real sample statement and photo, found by walking up to the solution folder.</summary>
internal static class SampleFiles
{
    public static string Folder { get; } = FindSamples();

    public static string Statement => Path.Combine(Folder, "statement.md");

    public static string Photo => Path.Combine(Folder, "photo.jpg");

    private static string FindSamples()
    {
        if (RepositoryFolder.Root is { } root) return Path.Combine(root, "samples");
        throw new DirectoryNotFoundException($"No Pamphlet.sln above {AppContext.BaseDirectory}; the tests expect to run inside the repository.");
    }
}
