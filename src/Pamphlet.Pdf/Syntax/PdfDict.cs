using System.Text;

namespace Pamphlet.Pdf.Syntax;

/// <summary>
/// A dictionary being written: keys in the order they are set (so output is byte-stable), values as
/// PDF text made by <see cref="PdfValue"/>. Setting a key twice replaces its value.
/// </summary>
internal sealed class PdfDict
{
    private readonly List<(string Key, string Value)> entries = [];

    public PdfDict Set(string key, string value)
    {
        var at = entries.FindIndex(e => e.Key == key);
        if (at >= 0) entries[at] = (key, value);
        else entries.Add((key, value));
        return this;
    }

    public PdfDict Set(string key, PdfRef value) => Set(key, value.ToString());

    public PdfDict Set(string key, double value) => Set(key, PdfValue.Number(value));

    public PdfDict SetName(string key, string name) => Set(key, PdfValue.Name(name));

    public PdfDict Set(string key, PdfDict value) => Set(key, value.ToString());

    public bool Has(string key) => entries.Exists(e => e.Key == key);

    public int Count => entries.Count;

    public override string ToString()
    {
        var builder = new StringBuilder("<<");
        foreach (var (key, value) in entries) builder.Append(PdfValue.Name(key)).Append(' ').Append(value).Append(' ');
        if (entries.Count > 0) builder.Length--;
        return builder.Append(">>").ToString();
    }
}
