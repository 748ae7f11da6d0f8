using Pamphlet.Diagnostics;

namespace Pamphlet.Engine.Batch;

/// <summary>
/// Turns what the user named into statements: files as given, a folder as its *.md files (sorted by
/// name, so the batch order does not depend on the file system).
/// </summary>
public static class EditionInputs
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var statements = new List<string>();
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input))
            {
                statements.Add(input);
                continue;
            }
            var found = Directory.GetFiles(input, "*.md").Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList();
            if (found.Count == 0)
            {
                throw new PamphletException(SourceLocation.None(input),
                    "this folder holds no statements (*.md files); name the statements to build, or the folder that holds them");
            }
            statements.AddRange(found);
        }
        return statements;
    }
}
