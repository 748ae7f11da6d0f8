using System.Buffers;

namespace Pamphlet.Engine;

/// <summary>
/// A write-only stream that keeps what is written in memory, in pieces that are never copied again:
/// a growing single array (a <see cref="MemoryStream"/>) copied the sample's PDF twice over as it grew
/// past its photo and left 1.8 MB of fresh memory behind, a tenth of a cold build's main thread
/// (bench/README.md, issue 13). Pieces start small, for a preview of a few kilobytes, and double up to
/// <see cref="LargestPiece"/>; they are not cleared before use, since every byte given out was written.
/// The pieces are rented from the shared pool and given back on <see cref="Stream.Dispose()"/>: the
/// next file of the build (a poster after its pamphlet, the next edition of a batch) writes into memory
/// the kernel has already mapped, where fresh pieces cost a page fault every 4 KB.
/// </summary>
internal sealed class ContentBuffer : Stream
{
    /// <summary>The first piece: a small preview or poster part fits, and a PDF soon outgrows it.</summary>
    private const int FirstPiece = 16 * 1024;

    /// <summary>Pieces stop growing here: the last piece of a large file is at most this much unused.</summary>
    private const int LargestPiece = 1024 * 1024;

    private readonly List<byte[]> pieces = [];
    private int usedInLast;
    private long length;

    /// <summary>The bytes written, in order.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Pieces
    {
        get
        {
            for (var i = 0; i < pieces.Count; i++)
            {
                yield return pieces[i].AsMemory(0, i == pieces.Count - 1 ? usedInLast : pieces[i].Length);
            }
        }
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => length;

    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (pieces.Count == 0 || usedInLast == pieces[^1].Length)
            {
                var size = (int)Math.Clamp(length, FirstPiece, LargestPiece);
                pieces.Add(ArrayPool<byte>.Shared.Rent(size));
                usedInLast = 0;
            }

            var last = pieces[^1];
            var count = Math.Min(buffer.Length, last.Length - usedInLast);
            buffer[..count].CopyTo(last.AsSpan(usedInLast));
            usedInLast += count;
            length += count;
            buffer = buffer[count..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Whether <paramref name="bytes"/> are exactly the bytes written.</summary>
    public bool SameAs(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != length) return false;
        foreach (var piece in Pieces)
        {
            if (!bytes[..piece.Length].SequenceEqual(piece.Span)) return false;
            bytes = bytes[piece.Length..];
        }

        return true;
    }

    public override void Flush()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var piece in pieces) ArrayPool<byte>.Shared.Return(piece);
            pieces.Clear();
            usedInLast = 0;
            length = 0;
        }

        base.Dispose(disposing);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
