namespace Pamphlet.Engine;

/// <summary>
/// An output file whose bytes are written to its temporary file and which is being flushed to disk
/// and moved into place (<see cref="AtomicFile.WriteInBackground"/>), or is already there.
/// </summary>
internal sealed class FileCommit(Task? moving)
{
    /// <summary>A file already in place (or left as it was, holding the same bytes).</summary>
    public static FileCommit Done { get; } = new(null);

    /// <summary>Whether the file is in place now, so that <see cref="Complete"/> returns at once.</summary>
    public bool IsInPlace => moving is null || moving.IsCompletedSuccessfully;

    /// <summary>Waits until the file is in place; throws the error that kept it from getting there.</summary>
    public void Complete() => moving?.GetAwaiter().GetResult();
}
