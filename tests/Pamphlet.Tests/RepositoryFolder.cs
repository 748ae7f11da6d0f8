namespace Pamphlet.Tests;

/// <summary>The repository the tests run in, found by walking up from the test output to Pamphlet.sln.</summary>
internal static class RepositoryFolder
{
    /// <summary>The folder holding Pamphlet.sln, or null when the tests run outside the repository.</summary>
    public static string? Root { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pamphlet.sln"))) return dir.FullName;
        }
        return null;
    }
}
