using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>Binds <c>fonts:</c>: the role specs, fallback families and the extra font folder.</summary>
internal static class FontBinder
{
    public static readonly string[] Keys = ["folder", "fallback", "scripts", .. FontSetup.RoleNames];

    /// <summary>The keys of one script under <c>fonts.scripts</c>.</summary>
    public static readonly string[] ScriptKeys = ["scale"];

    /// <summary>The scripts <c>fonts.scripts</c> may name, lower case as written in a layout.</summary>
    public static readonly IReadOnlyDictionary<string, WritingScript> ScriptNames =
        Enum.GetValues<WritingScript>().ToDictionary(s => s.ToString().ToLowerInvariant());

    /// <summary>
    /// A script set at less than half or more than twice its style's size no longer reads as the same
    /// style; matching Naskh to Latin takes about 1.2, so these bounds only catch mistakes (12 for 1.2).
    /// </summary>
    public const double MinimumScriptScale = 0.5, MaximumScriptScale = 2;
    public static readonly string[] SpecKeys = ["family", "weight", "italic", "size", "leading"];

    /// <summary>
    /// Tighter leading than this makes ascenders touch the descenders of the line above in every
    /// common text face; below it the layout is broken rather than tight, so we refuse it.
    /// </summary>
    public const double MinimumLeadingRatio = 0.8;

    public static readonly IReadOnlyDictionary<string, FontWeight> Weights = new Dictionary<string, FontWeight>
    {
        ["regular"] = FontWeight.Regular,
        ["normal"] = FontWeight.Regular,
        ["medium"] = FontWeight.Medium,
        ["semi-bold"] = FontWeight.SemiBold,
        ["semibold"] = FontWeight.SemiBold,
        ["bold"] = FontWeight.Bold,
        ["black"] = FontWeight.Black,
        ["400"] = FontWeight.Regular,
        ["500"] = FontWeight.Medium,
        ["600"] = FontWeight.SemiBold,
        ["700"] = FontWeight.Bold,
        ["900"] = FontWeight.Black,
    };

    public static FontSetup Bind(MapReader fonts, FamilyNames families)
    {
        var roles = new Dictionary<string, FontSpec>();
        var body = Spec(fonts.Map("body", SpecKeys), emSize: null, families);
        roles["body"] = body;
        foreach (var role in FontSetup.RoleNames.Where(r => r != "body"))
        {
            // Other roles may be sized relative to the body ("1.4em").
            roles[role] = Spec(fonts.Map(role, SpecKeys), body.Size, families);
        }

        return new FontSetup(roles, Fallback(fonts, families), Folder(fonts)) { ScriptScales = Scripts(fonts) };
    }

    /// <summary><c>scripts:</c>, a map from script name to <c>{scale: factor}</c>.</summary>
    private static Dictionary<WritingScript, double> Scripts(MapReader fonts)
    {
        var scales = new Dictionary<WritingScript, double>();
        if (fonts.OptionalMap("scripts", [.. ScriptNames.Keys]) is not { } scripts) return scales;
        foreach (var entry in scripts.Entries)
        {
            var script = new MapReader(entry.Value, scripts.PathOf(entry.Key), ScriptKeys);
            if (script.Optional("scale") is not { } node) continue;
            var path = script.PathOf("scale");
            var scale = Values.Number(node, path);
            if (scale < MinimumScriptScale || scale > MaximumScriptScale)
            {
                throw Errors.At(node,
                    $"'{path}' must be from {Invariant(MinimumScriptScale)} to {Invariant(MaximumScriptScale)} (a factor of the style's size: 1.2 sets the script a fifth larger); it is {Invariant(scale)}.");
            }
            scales[ScriptNames[entry.Key]] = scale;
        }
        return scales;
    }

    private static string Invariant(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One family, or a list of them.</summary>
    private static IReadOnlyList<string> Fallback(MapReader fonts, FamilyNames families)
    {
        var path = fonts.PathOf("fallback");
        return fonts.Optional("fallback") switch
        {
            null => [],
            RawScalar { IsNull: false } single => [families.Read(single, path)],
            RawList list => list.Items.Select((item, i) => families.Read(item, $"{path}[{i + 1}]")).ToList(),
            var other => throw Errors.Expected(other, path, "a list such as [Noto Sans, Noto Serif]"),
        };
    }

    private static FontSpec Spec(MapReader spec, double? emSize, FamilyNames families)
    {
        var size = FontSize(spec.Required("size"), spec.PathOf("size"), emSize);
        return new FontSpec(
            families.Read(spec.Required("family"), spec.PathOf("family")),
            Values.Choice(spec.Required("weight"), spec.PathOf("weight"), Weights),
            Values.Boolean(spec.Required("italic"), spec.PathOf("italic")),
            size,
            Leading(spec.Required("leading"), spec.PathOf("leading"), size));
    }

    public static double FontSize(RawNode node, string path, double? emSize)
    {
        var size = Values.Length(node, path, emSize);
        if (size <= 0) throw Errors.At(node, $"'{path}' must be more than 0.");
        return size;
    }

    /// <summary>Leading: a length, or a bare number meaning a multiple of the size (1.3 → 130%).</summary>
    public static double Leading(RawNode node, string path, double size)
    {
        var leading = node is RawScalar scalar && Units.LengthLiteral.TryParse(scalar.Value, out var literal, out _) && literal.Unit == Units.LengthUnit.None
            ? literal.Number * size
            : Values.Length(node, path, size);
        if (leading < MinimumLeadingRatio * size)
        {
            throw Errors.At(node,
                $"'{path}' makes the leading {leading:0.##}pt, less than {MinimumLeadingRatio} × the size {size:0.##}pt, so lines would collide; give at least {MinimumLeadingRatio * size:0.##}pt or a multiple such as 1.2.");
        }

        return leading;
    }

    /// <summary>The folder is relative to the file that names it, which may be a parent layout.</summary>
    private static string? Folder(MapReader fonts)
    {
        if (fonts.Optional("folder") is not { } node) return null;
        var text = Values.Text(node, fonts.PathOf("folder"));
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(node.At.File)) ?? Directory.GetCurrentDirectory();
        var folder = Path.GetFullPath(Path.Combine(baseDir, text));
        if (!Directory.Exists(folder))
        {
            throw new PamphletException(node.At, $"the font folder '{folder}' does not exist; create it or correct 'fonts.folder' (it is relative to this layout file).");
        }

        return folder;
    }
}
