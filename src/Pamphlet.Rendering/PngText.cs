using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Pamphlet.Pages;

namespace Pamphlet.Rendering;

/// <summary>
/// One text entry of a PNG (a keyword such as <c>Title</c> or <c>Author</c>, and its value), the way
/// image viewers, file managers and social platforms read an image's title.
/// </summary>
public sealed record PngText(string Keyword, string Text)
{
    /// <summary>PNG's own keywords for an image's title and its maker (PNG 3rd edition, 11.3.4.2).</summary>
    public const string TitleKeyword = "Title", AuthorKeyword = "Author";

    /// <summary>The entries an image of a statement carries: its title, and its organisation as the author when it names one.</summary>
    public static IReadOnlyList<PngText> For(DocumentInfo info)
    {
        List<PngText> text = [new(TitleKeyword, info.Title)];
        if (!string.IsNullOrWhiteSpace(info.Author)) text.Add(new(AuthorKeyword, info.Author));
        return text;
    }

    /// <summary>
    /// Inserts the entries into an encoded PNG before its image data, each as a <c>tEXt</c> chunk when
    /// its text is Latin-1 (read by every tool) and as an uncompressed UTF-8 <c>iTXt</c> chunk
    /// otherwise (an Arabic or Greek title). No dates or counters: the same text gives the same bytes.
    /// </summary>
    public static byte[] Insert(byte[] png, IReadOnlyList<PngText> entries)
    {
        if (entries.Count == 0) return png;
        var at = FirstChunk(png, "IDAT");
        using var output = new MemoryStream(png.Length + entries.Sum(e => e.Text.Length * 3 + 64));
        output.Write(png, 0, at);
        foreach (var entry in entries) WriteChunk(output, entry.Chunk());
        output.Write(png, at, png.Length - at);
        return output.ToArray();
    }

    private (string Type, byte[] Data) Chunk()
    {
        var keyword = Encoding.Latin1.GetBytes(Keyword);
        var text = Text.ReplaceLineEndings(" ");
        if (IsLatin1(text))
        {
            // tEXt: keyword, NUL, Latin-1 text.
            return ("tEXt", [.. keyword, 0, .. Encoding.Latin1.GetBytes(text)]);
        }

        // iTXt: keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, UTF-8 text.
        return ("iTXt", [.. keyword, 0, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes(text)]);
    }

    private static bool IsLatin1(string text) => text.All(c => c <= '\u00FF');

    /// <summary>Where the first chunk of <paramref name="type"/> starts (its length field), after the 8-byte signature.</summary>
    private static int FirstChunk(byte[] png, string type)
    {
        const int SignatureLength = 8;
        var at = SignatureLength;
        while (at + 8 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            if (Encoding.ASCII.GetString(png, at + 4, 4) == type) return at;
            at += 12 + length;
        }

        throw new ArgumentException($"The PNG has no {type} chunk.", nameof(png));
    }

    /// <summary>Length, type, data, and the CRC-32 of type and data, as every PNG chunk is written.</summary>
    private static void WriteChunk(Stream output, (string Type, byte[] Data) chunk)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, (uint)chunk.Data.Length);
        output.Write(number);
        var typeAndData = (byte[])[.. Encoding.ASCII.GetBytes(chunk.Type), .. chunk.Data];
        output.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.HashToUInt32(typeAndData));
        output.Write(number);
    }
}
