namespace Pamphlet.Pages;

/// <summary>
/// One font file (and face index) used by glyph runs. Identity is the file path and index, so the
/// renderer loads and subsets each face once. <see cref="Data"/> is the file's bytes, shared with the
/// shaper so nothing is read twice.
/// </summary>
public sealed class FontFace : IEquatable<FontFace>
{
    public FontFace(string path, int index, string familyName, ReadOnlyMemory<byte> data)
    {
        Path = path;
        Index = index;
        FamilyName = familyName;
        Data = data;
    }

    public string Path { get; }
    public int Index { get; }
    public string FamilyName { get; }
    public ReadOnlyMemory<byte> Data { get; }

    public bool Equals(FontFace? other) => other is not null && other.Path == Path && other.Index == Index;
    public override bool Equals(object? obj) => Equals(obj as FontFace);
    public override int GetHashCode() => HashCode.Combine(Path, Index);
    public override string ToString() => $"{FamilyName} ({System.IO.Path.GetFileName(Path)})";
}
