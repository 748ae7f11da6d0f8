namespace Pamphlet.Tests.Layouts;

/// <summary>Where the shipped layouts are: the repository's <c>layouts/</c> (found by walking up to Pamphlet.sln), else the copy in the build output.</summary>
internal static class ShippedLayoutsFolder
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        if (RepositoryFolder.Root is { } root) return System.IO.Path.Combine(root, "layouts");

        // The Engine project copies layouts/** next to every build output.
        return System.IO.Path.Combine(AppContext.BaseDirectory, "layouts");
    }
}
