using System.Globalization;
using System.Text.RegularExpressions;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Pamphlet.Documents.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pamphlet.Documents.Markdown;

/// <summary>
/// Reads the YAML between the two "---" lines into <see cref="FrontMatter"/>. Problems are reported at
/// their line in the Markdown file: YAML line N is file line <c>openingLine + N</c>.
/// </summary>
internal sealed partial class FrontMatterReader(string sourcePath, DiagnosticBag diagnostics, int openingLine)
{
    public const string FormatHint = "front matter must be `key: value` lines between two `---` lines";

    public FrontMatter Read(string yaml)
    {
        var empty = new FrontMatter { Line = openingLine };
        YamlStream stream;
        try
        {
            stream = BoundedYaml.Load(yaml, mark => new SourceLocation(sourcePath, FileLine(mark.Line)));
        }
        catch (PamphletException limit)
        {
            diagnostics.AddRange(limit.Diagnostics);
            return empty;
        }
        catch (YamlException error)
        {
            var line = FileLine(error.Start.Line);
            diagnostics.Error(new SourceLocation(sourcePath, line), $"the front matter is not valid YAML ({Reason(error)}); {FormatHint}");
            return empty;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18 throws this, without a position, for some unclosed flow lists ("[a, b").
            diagnostics.Error(new SourceLocation(sourcePath, openingLine), $"the front matter is not valid YAML; {FormatHint}");
            return empty;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return empty;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(At(stream.Documents[0].RootNode), $"the front matter is not a list of keys; {FormatHint}");
            return empty;
        }

        return ReadMapping(mapping, empty);
    }

    private FrontMatter ReadMapping(YamlMappingNode mapping, FrontMatter result)
    {
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                diagnostics.Error(At(keyNode), $"a front matter key must be a plain word; {FormatHint}");
                continue;
            }

            lines[key.ToLowerInvariant()] = FileLine(keyNode.Start.Line);

            switch (key.ToLowerInvariant())
            {
                case "title":
                    result = result with { Title = Text(key, valueNode) };
                    break;
                case "subtitle":
                    result = result with { Subtitle = Text(key, valueNode) };
                    break;
                case "author":
                    result = result with { Author = Text(key, valueNode) };
                    break;
                case "date":
                    result = result with { Date = Date(valueNode) };
                    break;
                case "lang":
                    result = result with { Lang = Language(valueNode) ?? result.Lang };
                    break;
                case "layouts":
                    result = result with { Layouts = Layouts(valueNode) };
                    break;
                case "ink":
                    result = result with { Ink = Text(key, valueNode) };
                    break;
                case PhotoFocusKey:
                    result = result with { PhotoFocus = PhotoFocus(valueNode) };
                    break;
                default:
                    if (valueNode is YamlScalarNode scalar)
                    {
                        extra[key] = scalar.Value ?? string.Empty;
                    }
                    else
                    {
                        diagnostics.Warn(At(keyNode), $"front matter key '{key}' holds a list or map, not one value; it was ignored");
                    }

                    break;
            }
        }

        return result with { Extra = extra, KeyLines = lines };
    }

    /// <summary>The text of a one-value key; an empty value counts as not given.</summary>
    private string? Text(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        }

        diagnostics.Error(At(node), $"'{key}' must be one line of text, not a list or map; write `{key}: your text`");
        return null;
    }

    private const string PhotoFocusKey = "photo-focus";

    /// <summary>Two numbers from 0 to 1, across then down: <c>0.5 0.3</c>, <c>0.5, 0.3</c> or <c>[0.5, 0.3]</c>.</summary>
    private (double X, double Y)? PhotoFocus(YamlNode node)
    {
        string?[] parts = node switch
        {
            YamlScalarNode scalar => (scalar.Value ?? "").Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries),
            YamlSequenceNode list => list.Children.Select(c => (c as YamlScalarNode)?.Value).ToArray(),
            _ => [],
        };
        if (parts.Length == 2 && Fraction(parts[0]) is { } x && Fraction(parts[1]) is { } y) return (x, y);
        var written = node is YamlScalarNode s ? $"'{s.Value}'" : "(a list or map)";
        diagnostics.Error(At(node),
            $"{PhotoFocusKey} {written} is not a point in the photo; write two numbers from 0 to 1, across from the left then down from the top, " +
            $"e.g. `{PhotoFocusKey}: 0.5 0.3` (the middle, a third of the way down)");
        return null;
    }

    private static double? Fraction(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1 ? value : null;

    private DateOnly? Date(YamlNode node)
    {
        var text = node is YamlScalarNode scalar ? scalar.Value?.Trim() : null;
        if (string.IsNullOrEmpty(text) && node is YamlScalarNode)
        {
            return null;
        }

        if (text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error(At(node), $"date '{text ?? "(a list or map)"}' is not a date; write it as YYYY-MM-DD, e.g. `date: 2026-05-01`");
        return null;
    }

    private string? Language(YamlNode node)
    {
        var text = node is YamlScalarNode scalar ? scalar.Value?.Trim() : null;
        if (text is not null && LanguageTag().IsMatch(text))
        {
            return text;
        }

        diagnostics.Error(At(node), $"lang '{text ?? "(a list or map)"}' is not a BCP 47 language tag; write e.g. `lang: en`, `lang: de` or `lang: pt-BR`");
        return null;
    }

    /// <summary>One layout name, or a list of them.</summary>
    private IReadOnlyList<string> Layouts(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlSequenceNode sequence:
                var names = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } name } && !string.IsNullOrWhiteSpace(name))
                    {
                        names.Add(name.Trim());
                    }
                    else
                    {
                        diagnostics.Error(At(item), "each entry of 'layouts' must be a layout name; write `layouts: [pamphlet-a5]`");
                    }
                }

                return names;
            default:
                diagnostics.Error(At(node), "'layouts' must be a layout name or a list of them; write `layouts: [pamphlet-a5]`");
                return [];
        }
    }

    private SourceLocation At(YamlNode node) => new(sourcePath, FileLine(node.Start.Line));

    private int FileLine(long yamlLine) => openingLine + (int)yamlLine;

    /// <summary>YamlDotNet prefixes messages with its own "(Line: …)" position, which is wrong for the file; keep the words only.</summary>
    private static string Reason(YamlException error)
    {
        var message = error.InnerException?.Message ?? error.Message;
        var closing = message.IndexOf("): ", StringComparison.Ordinal);
        return (message.StartsWith("(Line:", StringComparison.Ordinal) && closing >= 0 ? message[(closing + 3)..] : message).Trim().TrimEnd('.');
    }

    /// <summary>Language, then subtags (script, region, variants): the shapes BCP 47 allows, loosely.</summary>
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
