using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Engine.Batch;

/// <summary>
/// Turns what the user named into statements: files as given, a folder as its *.md files (sorted by
/// name, so the batch order does not depend on the file system). A statement named twice (also
/// through its folder) is built once, where it was first named.
/// </summary>
public static class EditionInputs
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var statements = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            foreach (var statement in Directory.Exists(input) ? StatementsIn(input) : [input])
            {
                if (seen.Add(Path.GetFullPath(statement))) statements.Add(statement);
            }
        }
        return statements;
    }

    private static IReadOnlyList<string> StatementsIn(string folder)
    {
        List<string> found;
        try
        {
            found = [.. Directory.GetFiles(folder, "*.md").Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (FileSystemError.IsFileSystemRefusal(e))
        {
            throw FileSystemError.ReadingFolder(folder, e, "the folder of statements");
        }
        if (found.Count == 0)
        {
            throw new PamphletException(SourceLocation.None(folder),
                "this folder holds no statements (*.md files); name the statements to build, or the folder that holds them");
        }
        return found;
    }
}
