using System.Text.Encodings.Web;
using System.Text.Json;
using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Engine.Batch;

/// <summary>
/// The <c>--json</c> report for CI: <c>{"files": [{path, edition, layout, pages, seconds}],
/// "warnings": [{file, line, message}], "errors": [{file, line, message}]}</c>. Keys are written in
/// this fixed order and in input order (not completion order), numbers in invariant form. Messages
/// are made printable (<see cref="MessageText.Printable"/>) as on the terminal; paths are kept exact.
/// </summary>
public static class BatchJsonReport
{
    /// <summary>Milliseconds are plenty for build times and keep the report stable to read.</summary>
    private const int SecondsDecimals = 3;

    public static string Write(BatchResult result)
    {
        using var buffer = new MemoryStream();
        // Paths and messages are printed as written (quotes, accents), not \u-escaped.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var edition in result.Editions)
            {
                foreach (var file in edition.Files)
                {
                    json.WriteStartObject();
                    json.WriteString("path", file.Path);
                    json.WriteString("edition", edition.Edition);
                    json.WriteString("layout", file.Layout);
                    json.WriteNumber("pages", file.Pages);
                    json.WriteNumber("seconds", Math.Round(file.Elapsed.TotalSeconds, SecondsDecimals));
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
            Diagnostics(json, "warnings", result.Warnings);
            Diagnostics(json, "errors", result.Errors);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Diagnostics(Utf8JsonWriter json, string name, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartArray(name);
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("file", d.Location.File);
            json.WriteNumber("line", d.Location.Line);
            json.WriteString("message", MessageText.Printable(d.Message));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
