using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Preflight.Reading;

/// <summary>
/// The object layer of one PDF, through PdfPig: indirect references followed, values read as numbers,
/// names and dictionaries, streams decoded. PdfPig's types stay inside this project's reading code;
/// a missing or damaged object reads as absent.
/// </summary>
internal sealed class PdfObjects(PdfDocument document, ReadOnlyMemory<byte> file)
{
    /// <summary>References to references are followed at most this far: a loop of references is damage, read as absent.</summary>
    private const int MaxReferenceChain = 32;

    /// <summary>Arrays and dictionaries inside a stream's dictionary nest at most this deep when it is read alone (real ones: 3).</summary>
    private const int MaxDictionaryNesting = 64;

    private readonly Dictionary<IndirectReference, byte[]> decoded = [];
    private readonly Dictionary<IndirectReference, DictionaryToken?> streamDictionaries = [];

    public PdfDocument Document => document;

    /// <summary>The object a token stands for, references followed; null for a missing object or a loop.</summary>
    public IToken? Resolve(IToken? token)
    {
        for (var i = 0; i < MaxReferenceChain && token is IndirectReferenceToken reference; i++)
        {
            try
            {
                token = document.Structure.GetObject(reference.Data)?.Data;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return null;
            }
        }

        return token is IndirectReferenceToken or NullToken ? null : token;
    }

    public IToken? Get(DictionaryToken? dictionary, string key) =>
        dictionary is not null && dictionary.Data.TryGetValue(key, out var value) ? Resolve(value) : null;

    /// <summary>A dictionary, or a stream's dictionary.</summary>
    public DictionaryToken? Dictionary(IToken? token) => Resolve(token) switch
    {
        DictionaryToken d => d,
        StreamToken s => s.StreamDictionary,
        _ => null,
    };

    public DictionaryToken? GetDictionary(DictionaryToken? dictionary, string key) => Dictionary(Get(dictionary, key));

    public StreamToken? GetStream(DictionaryToken? dictionary, string key) => Get(dictionary, key) as StreamToken;

    public ArrayToken? GetArray(DictionaryToken? dictionary, string key) => Get(dictionary, key) as ArrayToken;

    public string? GetName(DictionaryToken? dictionary, string key) => Get(dictionary, key) is NameToken n ? n.Data : null;

    public double? GetNumber(DictionaryToken? dictionary, string key) => Number(Get(dictionary, key));

    public bool? GetBoolean(DictionaryToken? dictionary, string key) => Get(dictionary, key) is BooleanToken b ? b.Data : null;

    /// <summary>A text value (a string or a name), or null.</summary>
    public string? GetText(DictionaryToken? dictionary, string key) => Get(dictionary, key) switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        NameToken n => n.Data,
        _ => null,
    };

    public double? Number(IToken? token) => Resolve(token) is NumericToken n ? n.Double : null;

    /// <summary>The numbers of an array (references followed); null when any item is not a number.</summary>
    public double[]? Numbers(IToken? token)
    {
        if (Resolve(token) is not ArrayToken array) return null;
        var numbers = new double[array.Data.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            if (Number(array.Data[i]) is not { } n) return null;
            numbers[i] = n;
        }

        return numbers;
    }

    /// <summary>The object a key refers to, when it is an indirect reference (for caching and cycle guards).</summary>
    public static IndirectReference? ReferenceOf(DictionaryToken? dictionary, string key) =>
        dictionary is not null && dictionary.Data.TryGetValue(key, out var value) && value is IndirectReferenceToken r ? r.Data : null;

    /// <summary>
    /// The dictionary of a stream object, read from the file without the stream's data: PdfPig reads a
    /// stream's bytes again on every access (a photo: half a megabyte and milliseconds each time), and
    /// images, fonts and profiles are mostly judged by their dictionaries. Falls back to PdfPig's reading
    /// for an object that is not at a plain file offset.
    /// </summary>
    public DictionaryToken? StreamDictionary(IToken? token)
    {
        switch (token)
        {
            case StreamToken stream:
                return stream.StreamDictionary;
            case IndirectReferenceToken { Data: var reference }:
                if (streamDictionaries.TryGetValue(reference, out var known)) return known;
                var dictionary = DictionaryAtOffset(reference) ?? (Resolve(token) as StreamToken)?.StreamDictionary;
                streamDictionaries[reference] = dictionary;
                return dictionary;
            default:
                return null;
        }
    }

    public DictionaryToken? GetStreamDictionary(DictionaryToken? dictionary, string key) =>
        dictionary is not null && dictionary.Data.TryGetValue(key, out var value) ? StreamDictionary(value) : null;

    private DictionaryToken? DictionaryAtOffset(IndirectReference reference)
    {
        if (!document.Structure.CrossReferenceTable.ObjectOffsets.TryGetValue(reference, out var location) || location.Type != XrefEntryType.File) return null;
        try
        {
            var scanner = new CoreTokenScanner(new MemoryInputBytes(file), true, new StackDepthGuard(MaxDictionaryNesting), ScannerScope.None, null, true, false, false);
            scanner.Seek(location.Value1);
            // "n g obj << … >> stream": the dictionary is the fourth token, and a stream must follow it.
            var tokens = new IToken?[5];
            for (var i = 0; i < tokens.Length && scanner.MoveNext(); i++) tokens[i] = scanner.CurrentToken;
            return tokens is [NumericToken n, NumericToken, OperatorToken { Data: "obj" }, DictionaryToken d, OperatorToken { Data: "stream" }] && n.Long == reference.ObjectNumber
                ? d
                : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>The decoded data of the stream object <paramref name="reference"/>, decoded once (forms placed in many slots).</summary>
    public byte[]? DecodeObject(IndirectReference reference)
    {
        if (decoded.TryGetValue(reference, out var cached)) return cached;
        return Resolve(new IndirectReferenceToken(reference)) is StreamToken stream ? Decode(stream, reference) : null;
    }

    /// <summary>
    /// A stream's data with its filters undone; decoded once per object when <paramref name="reference"/>
    /// is given (forms placed in many slots). Throws when a filter fails: the caller says which part of the page.
    /// </summary>
    public byte[] Decode(StreamToken stream, IndirectReference? reference = null)
    {
        if (reference is { } r && decoded.TryGetValue(r, out var cached)) return cached;
        var bytes = stream.Decode(document.Structure.FilterProvider, document.Structure.TokenScanner).ToArray();
        if (reference is { } key) decoded[key] = bytes;
        return bytes;
    }
}
