namespace Pamphlet.Text.Paragraphs;

/// <summary>
/// A list compared by its elements, in order (a record's <see cref="IReadOnlyList{T}"/> field compares by
/// reference): a paragraph's spans or a layout's fallback families inside a cache key. Holds a copy, so a
/// list changed after the key was made cannot change the key.
/// </summary>
public sealed class ValueList<T> : IEquatable<ValueList<T>>
{
    private readonly T[] items;
    private readonly int hash;

    public ValueList(IEnumerable<T> items)
    {
        this.items = [.. items];
        var combined = new HashCode();
        foreach (var item in this.items) combined.Add(item);
        hash = combined.ToHashCode();
    }

    public IReadOnlyList<T> Items => items;

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || (hash == other.hash && items.AsSpan().SequenceEqual(other.items)));

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode() => hash;
}
