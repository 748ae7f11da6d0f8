using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Layouts.Binding;

/// <summary>
/// Binds text and rule styles against the already-bound fonts, palette and text rules. A text style
/// starts from its font role and overrides what it gives; unset align and hyphenate follow
/// <c>text:</c>, colour defaults to ink, spaces and indents to 0.
/// </summary>
internal sealed class StyleBinder(FontSetup fonts, Palette palette, TextSetup text, FamilyNames families)
{
    public static readonly string[] TextKeys =
    [
        "font", "family", "size", "leading", "weight", "italic", "color", "align", "space-before", "space-after",
        "indent-start", "indent-end", "uppercase", "tracking", "hyphenate",
    ];

    public static readonly string[] RuleKeys = ["thickness", "color"];

    /// <summary>The role a style without <c>font:</c> uses.</summary>
    private const string DefaultRole = "body";

    public Palette Palette => palette;

    /// <summary>1em where a container has no font of its own (lists, boxes, figures): the body size.</summary>
    public double BodySize => fonts["body"].Size;

    public TextStyle Text(MapReader parent, string key) => Text(parent.Map(key, TextKeys));

    public TextStyle Text(MapReader style)
    {
        var font = Font(style);
        var em = font.Size;
        return new TextStyle(
            font,
            style.Optional("color") is { } color ? PaletteBinder.Resolve(color, style.PathOf("color"), palette) : palette.Ink,
            style.Optional("align") is { } align ? Values.Choice(align, style.PathOf("align"), TextSetupBinder.Alignments, TextSetupBinder.AlignHint) : text.Align,
            LengthOrZero(style, "space-before", em),
            LengthOrZero(style, "space-after", em),
            LengthOrZero(style, "indent-start", em),
            LengthOrZero(style, "indent-end", em),
            style.Optional("uppercase") is { } upper && Values.Boolean(upper, style.PathOf("uppercase")),
            Tracking(style, em),
            style.Optional("hyphenate") is { } hyphenate ? Values.Boolean(hyphenate, style.PathOf("hyphenate")) : text.Hyphenate);
    }

    public RuleStyle Rule(MapReader parent, string key)
    {
        var rule = parent.Map(key, RuleKeys);
        return new RuleStyle(
            Values.Length(rule.Required("thickness"), rule.PathOf("thickness"), BodySize),
            rule.Optional("color") is { } color ? PaletteBinder.Resolve(color, rule.PathOf("color"), palette) : palette.Ink);
    }

    public Color Color(MapReader map, string key) => PaletteBinder.Resolve(map.Required(key), map.PathOf(key), palette);

    public Color? OptionalColor(MapReader map, string key) => PaletteBinder.ResolveOptional(map.Required(key), map.PathOf(key), palette);

    /// <summary>A length where 1em is the body size.</summary>
    public double Length(MapReader map, string key) => Values.Length(map.Required(key), map.PathOf(key), BodySize);

    private FontSpec Font(MapReader style)
    {
        var role = DefaultRole;
        if (style.Optional("font") is { } roleNode)
        {
            role = Values.Text(roleNode, style.PathOf("font")).Trim();
            if (!fonts.Roles.ContainsKey(role))
            {
                throw new PamphletException(roleNode.At,
                    $"unknown font role '{role}' in '{style.PathOf("font")}'; use one of {Suggestions.List(FontSetup.RoleNames)} (defined under 'fonts:').{Suggestions.DidYouMean(role, FontSetup.RoleNames)}");
            }
        }

        var spec = fonts[role];
        if (style.Optional("family") is { } family) spec = spec with { Family = families.Read(family, style.PathOf("family")) };
        if (style.Optional("weight") is { } weight) spec = spec with { Weight = Values.Choice(weight, style.PathOf("weight"), FontBinder.Weights) };
        if (style.Optional("italic") is { } italic) spec = spec with { Italic = Values.Boolean(italic, style.PathOf("italic")) };

        // A new size scales the role's leading with it, unless the style gives its own leading.
        // Ems in a style's size are the role's size ("1.2em" = 20% larger than the role).
        if (style.Optional("size") is { } size) spec = spec.WithSize(FontBinder.FontSize(size, style.PathOf("size"), spec.Size));
        if (style.Optional("leading") is { } leading) spec = spec with { Leading = FontBinder.Leading(leading, style.PathOf("leading"), spec.Size) };
        return spec;
    }

    private static double LengthOrZero(MapReader style, string key, double em) =>
        style.Optional(key) is { } node ? Values.Length(node, style.PathOf(key), em) : 0;

    /// <summary>Tracking is kept in ems: "0.05em", or a bare number of ems; other units are converted.</summary>
    private static double Tracking(MapReader style, double em)
    {
        if (style.Optional("tracking") is not { } node) return 0;
        if (node is Yaml.RawScalar scalar && Units.LengthLiteral.TryParse(scalar.Value, out var literal, out _) && literal.Unit == Units.LengthUnit.None)
        {
            return literal.Number;
        }

        return Values.Length(node, style.PathOf("tracking"), em, allowNegative: true) / em;
    }
}
