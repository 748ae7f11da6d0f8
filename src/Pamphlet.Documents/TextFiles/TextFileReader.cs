using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Files;
using Pamphlet.Documents.Model;

namespace Pamphlet.Documents.TextFiles;

/// <summary>The text files Pamphlet reads; the kind names the file in messages.</summary>
public enum TextFileKind { Statement, Layout, Manifest }

/// <summary>
/// Reads a statement, a layout or a manifest as text. Accepted: UTF-8 with or without a byte order
/// mark, and UTF-16 (little or big endian) with one. Anything else — Latin-1, UTF-16 without a
/// mark, a binary file — is an error at the line, column and byte offset of the first bad byte,
/// never a guess: a wrong guess prints "caf�" or boxes without a word of warning. The text comes
/// back without its byte order mark and with LF line endings only (see <see cref="LineEndings"/>).
/// </summary>
public static class TextFileReader
{
    /// <summary>
    /// The largest text file read: 8 MiB. A 100-page pamphlet is about 300 KB of Markdown and the
    /// longest bundled layout 4 KB, so this is over 25 times anything real. A build takes about
    /// 370 bytes of memory per character of text (a 5 MB statement, 1.9 GB and 2,400 pages), so this
    /// keeps any build within about 3 GB; and a video or disk image named by mistake is refused
    /// without being read whole.
    /// </summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    private const string WhatToDo =
        "Save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8); Pamphlet reads UTF-8, with or without a byte order mark, and UTF-16 with one";

    /// <summary>Reads and decodes the file at <paramref name="path"/>; locations name the path as given.</summary>
    public static string Read(string path, TextFileKind kind)
    {
        ArgumentNullException.ThrowIfNull(path);
        // Opening a named pipe waits for a writer forever, and a device may never end: refuse them unopened.
        var fileKind = FileKinds.Of(path);
        if (FileKinds.IsSpecial(fileKind))
        {
            throw new PamphletException(SourceLocation.None(path),
                $"cannot read {Noun(kind)}: '{path}' is {FileKinds.Describe(fileKind)}, not a regular file; name the Markdown or YAML file itself");
        }

        byte[] bytes;
        try
        {
            bytes = ReadAtMost(path, MaxBytes + 1);
        }
        catch (Exception error) when (FileSystemError.IsFileSystemRefusal(error))
        {
            throw FileSystemError.ReadingFile(path, error, Noun(kind));
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException)
        {
            throw new PamphletException(SourceLocation.None(path),
                $"cannot read {Noun(kind)}: '{path}' is not a valid path ({error.Message}); check the path");
        }

        if (bytes.Length > MaxBytes)
        {
            throw new PamphletException(SourceLocation.None(path),
                $"{Noun(kind)} '{path}' is larger than {MaxBytes / (1024 * 1024)} MiB, the most Pamphlet reads; check that this is the right file (a statement is Markdown text, usually a few kilobytes)");
        }

        return Decode(bytes, path, kind);
    }

    /// <summary>Decodes a file's bytes (see the class summary); <paramref name="path"/> names the file in errors.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string path, TextFileKind kind)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileBytes(path, Noun(kind), bytes);
        var (form, markLength) = Detect(bytes);
        if (markLength == 0 && LooksLikeUtf16WithoutMark(bytes))
        {
            throw new PamphletException(new SourceLocation(path, 1, 1),
                $"{file.Noun} looks like UTF-16 without a byte order mark (every other byte is 0), which cannot be told apart from other encodings for sure. {WhatToDo}.");
        }

        var text = form == Form.Utf8 ? DecodeUtf8(file, markLength) : DecodeUtf16(file, markLength, form == Form.Utf16BigEndian);
        CheckNoControlCharacters(file, form, markLength, text);
        return LineEndings.ToLineFeeds(text);
    }

    private enum Form { Utf8, Utf16LittleEndian, Utf16BigEndian }

    /// <summary>The encoding a byte order mark announces, and the mark's length; UTF-8 without one otherwise.</summary>
    private static (Form Form, int MarkLength) Detect(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Form.Utf8, 3),
        [0xFF, 0xFE, ..] => (Form.Utf16LittleEndian, 2),
        [0xFE, 0xFF, ..] => (Form.Utf16BigEndian, 2),
        _ => (Form.Utf8, 0),
    };

    private static string Noun(TextFileKind kind) => kind switch
    {
        TextFileKind.Statement => "the statement",
        TextFileKind.Layout => "the layout file",
        _ => "the manifest",
    };

    /// <summary>The file's bytes, with what is needed to say where a problem is.</summary>
    private readonly ref struct FileBytes(string path, string noun, ReadOnlySpan<byte> bytes)
    {
        public string Path { get; } = path;
        public string Noun { get; } = noun;
        public ReadOnlySpan<byte> Bytes { get; } = bytes;
    }

    private static string DecodeUtf8(FileBytes file, int markLength)
    {
        var body = file.Bytes[markLength..];
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        var offset = markLength + read;
        var bad = file.Bytes[offset];
        var shown = string.Join(' ', file.Bytes[offset..Math.Min(file.Bytes.Length, offset + 4)].ToArray().Select(b => $"0x{b:X2}"));
        throw new PamphletException(At(file, chars.AsSpan(0, written)),
            $"{file.Noun} is not UTF-8 text: the bytes at byte offset {offset} ({shown}) are not a UTF-8 character{LegacyHint(bad)}. " +
            $"{WhatToDo}. If it is not a text file at all, check the path.");
    }

    /// <summary>A byte of 0x80 or more that is not UTF-8 is almost always a file saved as Latin-1 or Windows-1252.</summary>
    private static string LegacyHint(byte bad)
    {
        if (bad < 0x80) return "";
        var latin1 = (char)bad;
        var letter = char.IsLetter(latin1) ? $", where 0x{bad:X2} is '{latin1}'" : "";
        return $" (the file is probably saved as Latin-1 or Windows-1252{letter})";
    }

    private static string DecodeUtf16(FileBytes file, int markLength, bool bigEndian)
    {
        var body = file.Bytes[markLength..];
        var units = body.Length / 2;
        var chars = new char[units];
        var source = MemoryMarshal.Cast<byte, ushort>(body[..(units * 2)]);
        for (var i = 0; i < units; i++)
        {
            var unit = source[i];
            chars[i] = (char)(bigEndian == BitConverter.IsLittleEndian ? BinaryPrimitives.ReverseEndianness(unit) : unit);
        }

        var unpaired = FirstUnpairedSurrogate(chars);
        if (unpaired >= 0 || body.Length % 2 != 0)
        {
            var index = unpaired >= 0 ? unpaired : units;
            var offset = markLength + 2 * index;
            var problem = unpaired >= 0 ? "half of a character pair (an unpaired surrogate)" : "a single byte where UTF-16 needs two";
            throw new PamphletException(At(file, chars.AsSpan(0, index)),
                $"{file.Noun} is not valid UTF-16 text: byte offset {offset} holds {problem}. {WhatToDo}.");
        }

        return new string(chars);
    }

    private static int FirstUnpairedSurrogate(ReadOnlySpan<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Control characters other than tab and line endings are refused, at the first one. They are
    /// not text: no font draws them, and they come from a binary file, a wrong encoding (UTF-16 read
    /// as UTF-8 is half NULs) or a damaged copy. Dropping them silently could hide exactly that, and
    /// an error names one character rather than echoing the file.
    /// </summary>
    private static void CheckNoControlCharacters(FileBytes file, Form form, int markLength, string text)
    {
        var index = text.AsSpan().IndexOfAny(RefusedControls);
        if (index < 0) return;

        var code = text[index];
        var more = CountRefused(text.AsSpan(index + 1));
        var offset = markLength + (form == Form.Utf8 ? Encoding.UTF8.GetByteCount(text.AsSpan(0, index)) : 2 * index);
        var others = more > 0 ? $" ({more.ToString("N0", CultureInfo.InvariantCulture)} more follow)" : "";
        throw new PamphletException(At(file, text.AsSpan(0, index)),
            $"{file.Noun} contains the control character U+{(int)code:X4} at byte offset {offset}, which is not text{others}. " +
            $"Delete it{(more > 0 ? " and the others" : "")}; if the file is in another encoding, save it as UTF-8, and if it is not a text file at all, check the path.");
    }

    private static int CountRefused(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var at = text.IndexOfAny(RefusedControls); at >= 0; at = text.IndexOfAny(RefusedControls))
        {
            count++;
            text = text[(at + 1)..];
        }

        return count;
    }

    /// <summary>Unicode's control characters (C0, DEL, C1) except tab, line feed and carriage return.</summary>
    private static readonly SearchValues<char> RefusedControls = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))));

    /// <summary>
    /// Latin text in UTF-16 has a 0 in every other byte (the high byte of each character) and few
    /// zeros in the bytes between: at least half of one and at most an eighth as many in the other.
    /// </summary>
    private static bool LooksLikeUtf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 512)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] != 0) continue;
            if (i % 2 == 0) evenZeros++;
            else oddZeros++;
        }

        var pairs = sample.Length / 2;
        return pairs > 0 && Math.Max(evenZeros, oddZeros) >= pairs / 2 && Math.Min(evenZeros, oddZeros) * 8 <= Math.Max(evenZeros, oddZeros);
    }

    /// <summary>Line and column (1-based, in characters) just after <paramref name="before"/>, the text up to the problem.</summary>
    private static SourceLocation At(FileBytes file, ReadOnlySpan<char> before)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < before.Length; i++)
        {
            if (LineEndings.EndsLine(before, i))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(file.Path, line, before.Length - lineStart + 1);
    }

    /// <summary>At most <paramref name="limit"/> bytes of the file: enough to know it is too large without reading all of it.</summary>
    private static byte[] ReadAtMost(string path, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
