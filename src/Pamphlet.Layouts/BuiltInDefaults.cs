using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts;

/// <summary>
/// The embedded <c>defaults.yaml</c>: the implicit root of every layout chain, so a layout file only
/// states what differs. Read once; the tree is immutable.
/// </summary>
internal static class BuiltInDefaults
{
    /// <summary>How the defaults appear in an error location (they can only be wrong through a bug).</summary>
    public const string FileLabel = "(built-in defaults.yaml)";

    private const string ResourceName = "Pamphlet.Layouts.defaults.yaml";

    private static readonly Lazy<RawMap> Tree = new(Load);

    public static RawMap Root => Tree.Value;

    public static string Text()
    {
        using var stream = typeof(BuiltInDefaults).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static RawMap Load() => RawYamlReader.Read(Text(), FileLabel);
}
