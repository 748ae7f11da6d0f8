using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Layouts.Yaml;

/// <summary>
/// A YAML node copied out of YamlDotNet's model together with the file it came from. Layouts are
/// merged across files (<c>extends:</c>), so every node must remember its own file, not just a line.
/// </summary>
internal abstract record RawNode(SourceLocation At)
{
    /// <summary>How the node reads in an error message ("a map", "a list", "the value 'x'").</summary>
    public abstract string Describe();
}

/// <summary>A scalar. <see cref="Quoted"/> distinguishes <c>"null"</c> (text) from <c>null</c> (nothing).</summary>
internal sealed record RawScalar(SourceLocation At, string Value, bool Quoted) : RawNode(At)
{
    /// <summary>True for an empty value (<c>key:</c>), <c>~</c> or <c>null</c> written without quotes.</summary>
    public bool IsNull => !Quoted && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "nothing" : $"the value '{Value}'";
}

internal sealed record RawList(SourceLocation At, IReadOnlyList<RawNode> Items) : RawNode(At)
{
    public override string Describe() => "a list";
}

/// <summary>One <c>key: value</c> pair; the key keeps its own position for "unknown key" errors.</summary>
internal sealed record RawEntry(string Key, SourceLocation KeyAt, RawNode Value);

internal sealed record RawMap(SourceLocation At, IReadOnlyList<RawEntry> Entries) : RawNode(At)
{
    public RawEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key == key);

    public RawMap Without(params string[] keys) => this with { Entries = Entries.Where(e => !keys.Contains(e.Key)).ToList() };

    public override string Describe() => "a map";
}
