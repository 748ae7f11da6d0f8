using Pamphlet.Engine;

namespace Pamphlet.Tests.Cli;

/// <summary>The in-memory content of an output file, kept in pieces, gives back exactly the bytes written.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class ContentBufferTests
{
    [Fact]
    public void Writes_of_every_size_come_back_in_order_across_pieces()
    {
        var expected = new List<byte>();
        using var buffer = new ContentBuffer();
        var random = new Random(13);
        // Small writes, single bytes and writes larger than a piece, past several pieces' boundaries.
        foreach (var size in new[] { 1, 7, 16 * 1024, 3, 100_000, 0, 1, 2_500_000, 5 })
        {
            var bytes = new byte[size];
            random.NextBytes(bytes);
            if (size == 1) buffer.WriteByte(bytes[0]);
            else buffer.Write(bytes, 0, size);
            expected.AddRange(bytes);
        }

        var written = buffer.Pieces.SelectMany(piece => piece.ToArray()).ToArray();
        Assert.Equal(expected.Count, buffer.Length);
        Assert.Equal(expected, written);
        Assert.True(buffer.SameAs(written));
    }

    [Fact]
    public void A_buffer_after_a_disposed_one_holds_only_its_own_bytes()
    {
        // Pieces go back to the shared pool on disposal and come out again unwiped: every byte a later
        // buffer gives back must be one it was given.
        var random = new Random(7);
        var first = new byte[700_000];
        random.NextBytes(first);
        using (var buffer = new ContentBuffer()) buffer.Write(first);

        var second = new byte[300_001];
        random.NextBytes(second);
        using var reused = new ContentBuffer();
        reused.Write(second);

        Assert.Equal(second, reused.Pieces.SelectMany(piece => piece.ToArray()).ToArray());
        Assert.True(reused.SameAs(second));
        Assert.False(reused.SameAs(first.AsSpan(0, second.Length)));
    }

    [Fact]
    public void Same_as_is_false_for_other_bytes_or_another_length()
    {
        using var buffer = new ContentBuffer();
        buffer.Write([1, 2, 3]);

        Assert.True(buffer.SameAs([1, 2, 3]));
        Assert.False(buffer.SameAs([1, 2, 4]));
        Assert.False(buffer.SameAs([1, 2]));
        Assert.False(buffer.SameAs([1, 2, 3, 4]));
    }
}
