using System.Buffers;

namespace Pamphlet.Text;

/// <summary>
/// Native memory that stays valid and unmoved until the process ends, as <see cref="ReadOnlyMemory{T}"/>:
/// the program's font files mapped into memory, and resources embedded in the program. Nothing is
/// copied and nothing is released, so no span of it can outlive it.
/// </summary>
internal sealed unsafe class ProcessLifetimeMemory : MemoryManager<byte>
{
    private readonly byte* start;
    private readonly int length;

    private ProcessLifetimeMemory(byte* start, int length)
    {
        this.start = start;
        this.length = length;
    }

    /// <summary>
    /// <paramref name="length"/> bytes at <paramref name="start"/>, which the caller guarantees stay
    /// valid, unchanged and in place for the rest of the process.
    /// </summary>
    public static ReadOnlyMemory<byte> Over(byte* start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new ProcessLifetimeMemory(start, length).Memory;
    }

    /// <summary>
    /// The bytes of an embedded resource where the runtime holds them (in the program's image, as both
    /// the Native AOT program and the .NET runtime do), else a copy.
    /// </summary>
    public static ReadOnlyMemory<byte> OfResource(Stream resource)
    {
        if (resource is UnmanagedMemoryStream { CanWrite: false } image && image.Length <= int.MaxValue)
        {
            return Over(image.PositionPointer, (int)(image.Length - image.Position));
        }

        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    }

    public override Span<byte> GetSpan() => new(start, length);

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(elementIndex, length);
        // Never moved and never released: nothing to pin.
        return new MemoryHandle(start + elementIndex);
    }

    public override void Unpin()
    {
    }

    /// <summary>Nothing to release: the memory lasts as long as the process.</summary>
    protected override void Dispose(bool disposing)
    {
    }
}
