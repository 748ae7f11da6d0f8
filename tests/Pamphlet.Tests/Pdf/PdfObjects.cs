using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Pamphlet.Tests.Pdf;

/// <summary>Low-level reading of a PDF through PdfPig's tokens: dictionaries with references resolved, content operators, streams.</summary>
internal static class PdfObjects
{
    /// <summary>The object a token stands for: indirect references followed, anything else as it is.</summary>
    public static IToken Resolve(this PdfDocument document, IToken token)
    {
        while (token is IndirectReferenceToken reference) token = document.Structure.GetObject(reference.Data).Data;
        return token;
    }

    /// <summary>The value of <paramref name="key"/> in <paramref name="dictionary"/>, resolved, or null when absent.</summary>
    public static IToken? Get(this PdfDocument document, DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var value) ? document.Resolve(value) : null;

    /// <summary>The value of <paramref name="key"/>, resolved, which must be a <typeparamref name="T"/>.</summary>
    public static T Require<T>(this PdfDocument document, DictionaryToken dictionary, string key) where T : IToken
    {
        var value = document.Get(dictionary, key);
        Assert.True(value is T, $"/{key} should be a {typeof(T).Name}; it is {value?.GetType().Name ?? "absent"} in {dictionary}");
        return (T)value!;
    }

    public static DictionaryToken DictionaryOf(this PdfDocument document, IToken token) => document.Resolve(token) switch
    {
        DictionaryToken dictionary => dictionary,
        StreamToken stream => stream.StreamDictionary,
        var other => throw new Xunit.Sdk.XunitException($"expected a dictionary, found {other}"),
    };

    public static string NameOf(this PdfDocument document, DictionaryToken dictionary, string key) =>
        document.Require<NameToken>(dictionary, key).Data;

    public static DictionaryToken Catalog(this PdfDocument document) => document.Structure.Catalog.CatalogDictionary;

    /// <summary>The page's dictionary as written.</summary>
    public static DictionaryToken PageDictionary(this Page page) => page.Dictionary;

    public static byte[] Decode(this StreamToken stream) => stream.Decode(DefaultFilterProvider.Instance).ToArray();

    /// <summary>The operator names of a page's content, in order (BT, TJ, g, Do…).</summary>
    public static List<string> Operators(this Page page) => page.Operations.Select(o => o.Operator).ToList();

    /// <summary>The page's content re-written as text by PdfPig (one operation per line), for searching.</summary>
    public static string ContentText(this Page page)
    {
        using var content = new MemoryStream();
        foreach (var operation in page.Operations) operation.Write(content);
        return Encoding.Latin1.GetString(content.ToArray());
    }

    /// <summary>The decoded bytes of a page's content stream(s), as written by Pamphlet.</summary>
    public static string RawContent(this PdfDocument document, Page page)
    {
        var contents = document.Resolve(page.Dictionary.Data["Contents"]);
        var streams = contents is ArrayToken array ? array.Data.Select(document.Resolve).Cast<StreamToken>() : [(StreamToken)contents];
        return string.Concat(streams.Select(s => Encoding.Latin1.GetString(s.Decode())));
    }

    /// <summary>All numbered objects of the file that are dictionaries (or streams) of the given /Type or /Subtype.</summary>
    public static List<(UglyToad.PdfPig.Core.IndirectReference Reference, DictionaryToken Dictionary)> ObjectsWhere(
        this PdfDocument document, Func<DictionaryToken, bool> predicate)
    {
        var found = new List<(UglyToad.PdfPig.Core.IndirectReference, DictionaryToken)>();
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            var data = document.Structure.GetObject(reference).Data;
            var dictionary = data switch { DictionaryToken d => d, StreamToken s => s.StreamDictionary, _ => null };
            if (dictionary is not null && predicate(dictionary)) found.Add((reference, dictionary));
        }

        return found;
    }

    public static bool Is(this DictionaryToken dictionary, string key, string name) =>
        dictionary.Data.TryGetValue(key, out var value) && value is NameToken n && n.Data == name;
}
