using System.Globalization;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;

namespace Pamphlet.Documents.Markdown;

/// <summary>An image alone in its paragraph is a figure: <c>![caption](photo.jpg "credit"){focus="0.3,0.6"}</c>.</summary>
internal sealed class FigureReader(ReaderContext context, InlineConverter inlines)
{
    public const string FocusAttribute = "focus";

    public const string DisplacedImageWarning =
        "an image inside a line of text cannot be set there; it was set as a figure after this block, its alt text as the caption. " +
        "Put the image in a paragraph of its own (a blank line before and after) to choose where it goes";

    /// <summary>The figure, or null when the paragraph holds anything besides one image.</summary>
    public Figure? TryRead(ParagraphBlock paragraph)
    {
        if (LoneImage(paragraph) is not { } image)
        {
            return null;
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        AddAttributes(paragraph.TryGetAttributes(), attributes);
        return Read(image, attributes);
    }

    /// <summary>
    /// An image met inside text (see <see cref="InlineConverter.TakeDisplacedImages"/>): a figure set
    /// after its block, with a warning at the image so the author can place it.
    /// </summary>
    public Figure ReadDisplaced(LinkInline image)
    {
        var figure = Read(image, new Dictionary<string, string>(StringComparer.Ordinal));
        context.Diagnostics.Warn(figure.Location, DisplacedImageWarning);
        return figure;
    }

    /// <summary>A figure from an image and the attributes around it; the image's own attributes win.</summary>
    private Figure Read(LinkInline image, Dictionary<string, string> attributes)
    {
        // The image's own line: a paragraph with "{...}" attributes on the line above starts there.
        var at = context.PositionOf(image) with { Column = 0 };
        AddAttributes(image.TryGetAttributes(), attributes);
        var credit = string.IsNullOrWhiteSpace(image.Title) ? null : SmartPunctuation.Apply(image.Title.Trim(), context.Quotes);
        if (IsRemote(image.Url))
        {
            var shown = image.Url!.Length > MaxUrlShown ? image.Url[..MaxUrlShown] + "…" : image.Url;
            context.Diagnostics.Error(at,
                $"image '{shown}' is not a file: remote images are not fetched. Download the image, save it next to the statement " +
                $"and link the file by its name, e.g. ![…]({LocalName(image.Url)})");
        }

        return new Figure(
            at,
            ResolveImagePath(image.Url ?? string.Empty),
            inlines.ConvertFinished(image),
            credit,
            ReadFocus(attributes, at),
            attributes);
    }

    public static bool IsFigure(ParagraphBlock paragraph) => LoneImage(paragraph) is not null;

    private static LinkInline? LoneImage(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null)
        {
            return null;
        }

        LinkInline? found = null;
        foreach (var inline in paragraph.Inline)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } image when found is null:
                    found = image;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline { IsHard: false }:
                    break;
                default:
                    return null;
            }
        }

        return found;
    }

    private static void AddAttributes(HtmlAttributes? attributes, Dictionary<string, string> into)
    {
        if (attributes is null)
        {
            return;
        }

        if (!string.IsNullOrEmpty(attributes.Id))
        {
            into["id"] = attributes.Id;
        }

        if (attributes.Classes is { Count: > 0 } classes)
        {
            into["class"] = string.Join(' ', classes);
        }

        foreach (var (key, value) in attributes.Properties ?? [])
        {
            into[key] = value ?? string.Empty;
        }
    }

    /// <summary>Web addresses and inline data: a build reads files only, never the network.</summary>
    private static bool IsRemote(string? url) =>
        url is not null && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase));

    /// <summary>The file name a downloaded copy would have: the URL's last path segment, else a generic name.</summary>
    private static string LocalName(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme != "data" && Path.GetFileName(uri.AbsolutePath) is { Length: > 0 } name
            ? Uri.UnescapeDataString(name)
            : "photo.jpg";

    /// <summary>A data: URL can be megabytes long; the message shows its start.</summary>
    private const int MaxUrlShown = 60;

    private string ResolveImagePath(string url) =>
        Path.GetFullPath(Path.IsPathRooted(url) ? url : Path.Combine(context.BaseDirectory, url));

    private (double X, double Y)? ReadFocus(Dictionary<string, string> attributes, SourceLocation at)
    {
        if (!attributes.TryGetValue(FocusAttribute, out var text))
        {
            return null;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && TryFraction(parts[0], out var x) && TryFraction(parts[1], out var y))
        {
            return (x, y);
        }

        context.Diagnostics.Error(at,
            $"focus=\"{text}\" is not a point in the image; write two numbers from 0 to 1, x from the left " +
            "then y from the top, e.g. {focus=\"0.3,0.6\"}");
        return null;
    }

    private static bool TryFraction(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        && value is >= 0 and <= 1;
}
