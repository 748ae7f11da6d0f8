namespace Pamphlet.Fuzz;

/// <summary>The repository files cases start from: the sample statement and photo, the shipped layouts.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = Find();

    public static string SampleStatement => Path.Combine(Root, "samples", "statement.md");

    public static string SamplePhoto => Path.Combine(Root, "samples", "photo.jpg");

    public static string ShippedLayout(string name) => Path.Combine(Root, "layouts", name + ".yaml");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pamphlet.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("the fuzz harness runs from inside the repository (it needs samples/ and layouts/)");
    }
}
