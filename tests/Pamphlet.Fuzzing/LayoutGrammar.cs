using System.Globalization;
using System.Text;

namespace Pamphlet.Fuzzing;

/// <summary>How far a generated layout strays from the shipped ones.</summary>
public enum LayoutVariety
{
    /// <summary>Moderate values a designer might choose: must build, and lose no word.</summary>
    Tame,
    /// <summary>Anything the format allows, down to the edges (tiny pages, many columns, huge type).
    /// A clear error is a fair answer to some of these; a crash is not.</summary>
    Extreme,
    /// <summary>Broken on purpose (wrong units, unknown keys, bad YAML…): must be refused with an error.</summary>
    Invalid,
}

/// <summary>A layout file from <see cref="LayoutGrammar"/>: YAML that extends a shipped layout.</summary>
public sealed record GeneratedLayout(string Name, string Yaml, LayoutVariety Kind, string Extends, IReadOnlyList<string> Changes)
{
    /// <summary>Extends a poster layout (one page of regions; body text is not printed).</summary>
    public bool IsPoster => Extends.StartsWith("poster", StringComparison.Ordinal) && !Changes.Contains("poster: none");

    /// <summary>Whether the pamphlet has a cover with the title, subtitle and organisation (false when switched off).</summary>
    public bool CoverPrinted => !Changes.Contains("cover.enabled: false");

    /// <summary>Writes <c>{Name}.yaml</c> into <paramref name="folder"/> and returns its path.</summary>
    public string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Name + ".yaml");
        File.WriteAllText(path, Yaml, new UTF8Encoding(false));
        return path;
    }
}

/// <summary>
/// Generates layout YAML: a shipped layout extended with random overrides of page, fonts, colours,
/// text rules, styles, cover, folio, footer and fitting ranges; or such a layout broken on purpose.
/// </summary>
public static class LayoutGrammar
{
    public static readonly IReadOnlyList<string> ShippedPamphlets = ["a5-pamphlet", "a5-pamphlet-large-print"];

    public static readonly IReadOnlyList<string> ShippedPosters = ["poster-a3", "poster-a2", "poster-a4", "poster-tabloid", "poster-a3-photo"];

    private static readonly string[] Families = ["Noto Serif", "Noto Sans", "Roboto Condensed"];

    private static readonly string[] Roles = ["body", "heading", "display", "quote", "caption", "folio"];

    public static GeneratedLayout Generate(ulong seed, LayoutVariety kind, bool poster = false)
    {
        var random = new FuzzRandom(seed);
        var extends = poster ? random.Pick(ShippedPosters) : random.Weighted((4.0, ShippedPamphlets[0]), (1, ShippedPamphlets[1]));
        var name = "fuzz-" + seed.ToString("x16", CultureInfo.InvariantCulture);
        var yaml = new YamlWriter();
        var changes = new List<string>();
        yaml.Line(0, "description: generated from seed " + seed.ToString(CultureInfo.InvariantCulture));
        yaml.Line(0, "extends: " + extends);
        var extreme = kind != LayoutVariety.Tame;
        new Overrides(random, yaml, changes, extreme, poster).Write();
        var text = yaml.ToString();
        if (kind == LayoutVariety.Invalid) text = Break(random, text, changes);
        return new GeneratedLayout(name, text, kind, extends, changes);
    }

    /// <summary>Random but meaningful values for each section, each section with some probability.</summary>
    private sealed class Overrides(FuzzRandom random, YamlWriter yaml, List<string> changes, bool extreme, bool poster)
    {
        public void Write()
        {
            if (random.Chance(0.6)) Page();
            if (random.Chance(0.5)) Fonts();
            if (random.Chance(0.3)) Colours();
            if (!poster && random.Chance(0.5)) Text();
            if (random.Chance(0.5)) Styles();
            if (!poster && random.Chance(0.3)) Cover();
            if (!poster && random.Chance(0.3)) Folio();
            if (!poster && random.Chance(0.3)) Footer();
            if (!poster && extreme && random.Chance(0.15)) Fitting();
        }

        private string Length(double min, double max, string unit) =>
            Math.Round(random.Between(min, max), 1).ToString(CultureInfo.InvariantCulture) + unit;

        private void Page()
        {
            yaml.Line(0, "page:");
            if (random.Chance(0.5))
            {
                var size = extreme
                    ? random.Weighted<Func<string>>(
                        (4, () => random.Pick(["A5", "A4", "A3", "A2", "Letter", "Half-Letter", "Tabloid", "a5", "letter"])),
                        (1, () => "{width: " + Length(60, 600, "mm") + ", height: " + Length(60, 800, "mm") + "}"))()
                    : random.Pick(["A5", "A4", "Half-Letter", "Letter"]);
                yaml.Line(1, "size: " + size);
                changes.Add("page.size: " + size);
                if (random.Chance(extreme ? 0.3 : 0.1))
                {
                    yaml.Line(1, "orientation: landscape");
                    changes.Add("page.orientation: landscape");
                }
            }
            if (random.Chance(0.5))
            {
                var margins = random.Chance(0.4)
                    ? Length(extreme ? 2 : 10, extreme ? 45 : 25, "mm")
                    : "{top: " + Length(extreme ? 2 : 10, extreme ? 45 : 25, "mm") + ", bottom: " + Length(extreme ? 2 : 14, extreme ? 45 : 28, "mm")
                      + ", inside: " + Length(extreme ? 2 : 10, extreme ? 40 : 25, "mm") + ", outside: " + Length(extreme ? 2 : 10, extreme ? 40 : 25, "mm") + "}";
                yaml.Line(1, "margins: " + margins);
                changes.Add("page.margins: " + margins);
            }
            if (!poster && random.Chance(0.5))
            {
                var columns = extreme ? random.Between(1, 6) : random.Between(1, 2);
                yaml.Line(1, "columns: " + columns);
                changes.Add("page.columns: " + columns);
                if (random.Chance(0.5))
                {
                    var gutter = Length(extreme ? 0 : 3, extreme ? 20 : 8, "mm");
                    yaml.Line(1, "gutter: " + gutter);
                    changes.Add("page.gutter: " + gutter);
                }
            }
            if (random.Chance(0.3))
            {
                var bleed = random.Chance(0.2) ? "0" : Length(0, extreme ? 10 : 5, "mm");
                yaml.Line(1, "bleed: " + bleed);
                changes.Add("page.bleed: " + bleed);
            }
        }

        private void Fonts()
        {
            yaml.Line(0, "fonts:");
            if (random.Chance(0.2))
            {
                var fallback = "[" + string.Join(", ", Families.Concat(["Noto Naskh Arabic", "Noto Sans Hebrew"]).OrderBy(_ => random.NextUInt64())) + "]";
                yaml.Line(1, "fallback: " + fallback);
                changes.Add("fonts.fallback");
            }
            foreach (var role in Roles.Where(_ => random.Chance(0.35)))
            {
                var parts = new List<string>();
                if (random.Chance(0.3)) parts.Add("family: " + random.Pick(Families));
                if (random.Chance(0.2)) parts.Add("weight: " + random.Pick(["regular", "bold", "normal", "medium", "semi-bold", "black"]));
                if (random.Chance(0.2)) parts.Add("italic: " + (random.Chance(0.5) ? "true" : "false"));
                if (random.Chance(0.7))
                {
                    var (min, max) = role == "body" ? (extreme ? (4.0, 30.0) : (8.0, 12.5)) : (extreme ? (4.0, 90.0) : (7.0, 30.0));
                    parts.Add("size: " + Length(min, max, "pt"));
                }
                // Leadings stay readable in tame layouts; an inherited fitting range is widened to whatever they are.
                var (low, high) = extreme ? (0.8, 2.5) : role == "body" ? (1.2, 1.4) : (1.15, 1.5);
                // Tame layouts give a body size its own leading, as a user changing the size would.
                var sized = parts.Any(p => p.StartsWith("size", StringComparison.Ordinal));
                if (random.Chance(0.4) || (!extreme && role == "body" && sized)) parts.Add("leading: " + Math.Round(random.Between(low, high), 2).ToString(CultureInfo.InvariantCulture));
                if (parts.Count == 0) continue;
                yaml.Line(1, role + ": {" + string.Join(", ", parts) + "}");
                changes.Add("fonts." + role);
            }
        }

        private void Colours()
        {
            yaml.Line(0, "colors:");
            foreach (var name in new[] { "accent", "muted", "panel", "paper" }.Where(_ => random.Chance(0.5)))
            {
                var hex = string.Create(CultureInfo.InvariantCulture, $"\"#{random.Below(0x1000000):x6}\"");
                yaml.Line(1, name + ": " + hex);
                changes.Add("colors." + name);
            }
        }

        private void Text()
        {
            yaml.Line(0, "text:");
            if (random.Chance(0.5)) Set(1, "text.align", "align", random.Pick(["justify", "start", "end", "center"]));
            if (random.Chance(0.4)) Set(1, "text.hyphenate", "hyphenate", random.Chance(0.5) ? "true" : "false");
            if (random.Chance(0.4)) Set(1, "text.paragraph", "paragraph", random.Pick(["indent", "space"]));
            if (random.Chance(0.3)) Set(1, "text.indent", "indent", Length(0, extreme ? 5 : 2, "em"));
            // a5-pamphlet's fitting range for the paragraph space is 0–0.8 em.
            if (random.Chance(0.3)) Set(1, "text.paragraph-space", "paragraph-space", Length(0, extreme ? 3 : 0.8, "em"));
            if (random.Chance(0.2)) Set(1, "text.max-consecutive-hyphens", "max-consecutive-hyphens", random.Between(1, 9).ToString(CultureInfo.InvariantCulture));
            if (random.Chance(0.2)) Set(1, "text.orphans", "orphans", random.Between(1, extreme ? 9 : 3).ToString(CultureInfo.InvariantCulture));
            if (random.Chance(0.2)) Set(1, "text.widows", "widows", random.Between(1, extreme ? 9 : 3).ToString(CultureInfo.InvariantCulture));
        }

        private void Set(int depth, string change, string key, string value)
        {
            yaml.Line(depth, key + ": " + value);
            changes.Add(change + ": " + value);
        }

        private string TextStyle()
        {
            var parts = new List<string>();
            if (random.Chance(0.3)) parts.Add("size: " + Length(extreme ? 4 : 7, extreme ? 60 : 24, "pt"));
            if (random.Chance(0.3)) parts.Add("align: " + random.Pick(["justify", "start", "end", "center"]));
            if (random.Chance(0.3)) parts.Add("uppercase: " + (random.Chance(0.5) ? "true" : "false"));
            if (random.Chance(0.2)) parts.Add("tracking: " + Math.Round(random.Between(extreme ? -0.1 : -0.02, extreme ? 0.5 : 0.1), 3).ToString(CultureInfo.InvariantCulture));
            if (random.Chance(0.2)) parts.Add("hyphenate: " + (random.Chance(0.5) ? "true" : "false"));
            if (random.Chance(0.2)) parts.Add("space-before: " + Length(0, extreme ? 4 : 1.5, "em"));
            if (random.Chance(0.2)) parts.Add("indent-start: " + Length(0, extreme ? 40 : 10, "mm"));
            if (random.Chance(0.1)) parts.Add("indent-end: " + Length(0, extreme ? 40 : 10, "mm"));
            if (random.Chance(0.1)) parts.Add("color: " + random.Pick(["accent", "muted", "ink", "\"#336699\""]));
            if (random.Chance(0.1)) parts.Add("font: " + random.Pick(Roles));
            return "{" + string.Join(", ", parts) + "}";
        }

        private void Styles()
        {
            yaml.Line(0, "styles:");
            foreach (var style in new[] { "body", "heading", "subheading", "slogan", "signature", "link-url" }.Where(_ => random.Chance(0.25)))
            {
                yaml.Line(1, style + ": " + TextStyle());
                changes.Add("styles." + style);
            }
            if (random.Chance(0.3))
            {
                yaml.Line(1, "blockquote:");
                yaml.Line(2, "text: " + TextStyle());
                if (random.Chance(0.5)) yaml.Line(2, "rule: {thickness: " + Length(0, 3, "pt") + "}");
                changes.Add("styles.blockquote");
            }
            if (random.Chance(0.3))
            {
                yaml.Line(1, "pullquote:");
                yaml.Line(2, "text: " + TextStyle());
                if (random.Chance(0.5)) yaml.Line(2, "rule-placement: " + random.Pick(["above-and-below", "above", "start"]));
                changes.Add("styles.pullquote");
            }
            if (random.Chance(0.3))
            {
                yaml.Line(1, "demands:");
                if (random.Chance(0.5)) yaml.Line(2, "padding: " + Length(0, extreme ? 30 : 8, "mm"));
                if (random.Chance(0.5)) yaml.Line(2, "item-space: " + Length(0, 1.5, "em"));
                if (random.Chance(0.3)) yaml.Line(2, "fill: " + random.Pick(["none", "panel", "accent", "\"#eeeeee\""]));
                if (random.Chance(0.3)) yaml.Line(2, "continued-suffix: \"" + random.Pick([" (cont.)", " — more", "", " (suite)"]) + "\"");
                yaml.Line(2, "title: " + TextStyle());
                changes.Add("styles.demands");
            }
            if (random.Chance(0.3))
            {
                yaml.Line(1, "figure:");
                // a5-pamphlet's fitting range for the image height is 30–55 %.
                yaml.Line(2, "max-height: " + random.Between(extreme ? 1 : 30, extreme ? 100 : 55).ToString(CultureInfo.InvariantCulture) + "%");
                if (random.Chance(0.5)) yaml.Line(2, "caption-gap: " + Length(0, 6, "mm"));
                changes.Add("styles.figure");
            }
            if (random.Chance(0.3))
            {
                var indent = Length(extreme ? 0 : 3, extreme ? 60 : 10, "mm");
                // The bundled fonts have these; "▪" and "◦" are in none of them (a clear error, so only in extreme layouts).
                var bullet = random.Pick<string>(extreme ? ["\"•\"", "\"–\"", "\"▪\"", "\"◦\"", "\"*\"", "\"→\"", "\"o\""] : ["\"•\"", "\"–\"", "\"*\"", "\"o\"", "\"·\""]);
                yaml.Line(1, "list: {indent: " + indent + ", bullet: " + bullet + ", item-space: " + Length(0, 1, "em") + "}");
                changes.Add("styles.list.indent: " + indent);
            }
            if (random.Chance(0.15))
            {
                yaml.Line(1, "section-break: {ornament: \"" + random.Pick<string>(extreme ? ["⁂", "* * *", "§", "❦", "—", "~"] : ["⁂", "* * *", "§", "—", "~"]) + "\"}");
                changes.Add("styles.section-break");
            }
        }

        private void Cover()
        {
            var enabled = random.Chance(0.7);
            yaml.Line(0, "cover:");
            yaml.Line(1, "enabled: " + (enabled ? "true" : "false"));
            changes.Add("cover.enabled: " + (enabled ? "true" : "false"));
            if (random.Chance(0.4)) Set(1, "cover.use-figure", "use-figure", random.Chance(0.5) ? "true" : "false");
            if (random.Chance(0.2)) Set(1, "cover.back-cover", "back-cover", random.Chance(0.5) ? "true" : "false");
            if (random.Chance(0.3)) Set(1, "cover.background", "background", random.Pick(["none", "accent", "\"#123456\""]));
            if (random.Chance(0.3)) yaml.Line(1, "title: " + TextStyle());
        }

        private void Folio()
        {
            yaml.Line(0, "folio:");
            Set(1, "folio.enabled", "enabled", random.Chance(0.8) ? "true" : "false");
            if (random.Chance(0.5)) Set(1, "folio.position", "position", random.Pick(["outside", "center", "inside"]));
            if (random.Chance(0.3)) Set(1, "folio.offset", "offset", Length(0, extreme ? 30 : 12, "mm"));
        }

        private void Footer()
        {
            yaml.Line(0, "footer:");
            Set(1, "footer.enabled", "enabled", random.Chance(0.7) ? "true" : "false");
            if (random.Chance(0.5)) Set(1, "footer.template", "template", "\"" + random.Pick(["{title}", "{title} · {author}", "{contact}", "{url}", "{date}", "{unknown-key}", "plain text"]) + "\"");
        }

        private void Fitting()
        {
            yaml.Line(0, "fitting:");
            if (random.Chance(0.5)) Set(1, "fitting.pages", "pages", random.Chance(0.5) ? "fit4" : random.Between(2, 24).ToString(CultureInfo.InvariantCulture));
            yaml.Line(1, "body-size: [" + Length(0.8, 1, "em") + ", " + Length(1, 1.2, "em") + "]");
            yaml.Line(1, "leading: [" + Length(1.0, 1.3, "em") + ", " + Length(1.3, 1.8, "em") + "]");
            changes.Add("fitting");
        }
    }

    /// <summary>Breaks a layout on purpose, in one of the ways people do.</summary>
    private static string Break(FuzzRandom random, string yaml, List<string> changes)
    {
        var (what, broken) = random.Weighted<Func<(string, string)>>(
            (2, () => ("length without a unit", yaml + "page:\n  gutter: 12\n")),
            (1, () => ("negative length", yaml + "page:\n  margins: -3mm\n")),
            (2, () => ("unknown key", yaml + random.Pick(["colour:\n  accent: \"#ff0000\"\n", "page:\n  margin: 10mm\n", "fonts:\n  body: {sise: 10pt}\n", "stiles: {}\n"]))),
            (1, () => ("leading below 0.8", yaml + "fonts:\n  body: {leading: 0.5}\n")),
            (2, () => ("margins wider than the page", yaml + "page:\n  margins: " + random.Between(80, 400) + "mm\n")),
            (2, () => ("bad column count", yaml + "page:\n  columns: " + random.Pick(["0", "13", "two", "-1", "1.5", "99999999999"]) + "\n")),
            (1, () => ("unquoted colour (a YAML comment)", yaml + "colors:\n  accent: #ff0000\n")),
            (2, () => ("unknown font family", yaml + "fonts:\n  body: {family: " + random.Pick(["Comic Sans", "Helvetica", "noto serif", "\"\""]) + "}\n")),
            (2, () => ("unknown parent", yaml.Replace("extends: ", "extends: no-such-", StringComparison.Ordinal))),
            (2, () => ("wrong type", yaml + random.Pick(["page: [A5]\n", "fonts: body\n", "styles:\n  list: [1, 2]\n", "text:\n  hyphenate: maybe\n", "page:\n  size: {width: 10mm}\n"]))),
            (2, () => ("malformed YAML", random.Pick([yaml + "page: {size: A4\n", yaml + "\tpage:\n", yaml + "page:\n  size: A4\n  size: A5\n", yaml.Replace(":", "", StringComparison.Ordinal), yaml + "- a\n", yaml + "page: &a\n  size: *a\n"]))),
            (2, () => ("bleed beyond any press", yaml + "page:\n  bleed: " + random.Pick(["5000mm", "1000cm", "999in"]) + "\n")),
            (2, () => ("page beyond the PDF size limit", yaml + "page:\n  size: {width: " + random.Between(5100, 100000) + "mm, height: 300mm}\n")),
            (1, () => ("tiny page", yaml + "page:\n  size: {width: " + random.Between(1, 30) + "mm, height: " + random.Between(1, 30) + "mm}\n")),
            (2, () => ("list indent that leaves no width", yaml + "styles:\n  list: {indent: " + random.Pick(["0", "0.1mm", "500mm", "2000pt"]) + "}\n")),
            (2, () => ("columns that leave no width", yaml + "page:\n  columns: 12\n  gutter: " + random.Between(10, 40) + "mm\n")),
            (1, () => ("poster without a grid", yaml + "kind: poster\n")),
            (1, () => ("fitting range that misses the value", yaml + "fitting:\n  body-size: [20pt, 30pt]\n")),
            (1, () => ("em where em is not allowed", yaml + "page:\n  margins: 2em\n")),
            (1, () => ("huge number", yaml + "fonts:\n  body: {size: " + random.Pick(["1e308pt", "99999999999999999999pt", "NaNpt", "Infinitypt", "-0pt"]) + "}\n")),
            (1, () => ("indent larger than the column", yaml + "styles:\n  body: {indent-start: 300mm}\n")))();
        changes.Add("broken: " + what);
        return broken;
    }

    /// <summary>
    /// Block-style YAML, one line at a time (two spaces per level). A section heading ("page:") that
    /// got no keys under it is left out: an empty section would be a different layout (an error).
    /// </summary>
    private sealed class YamlWriter
    {
        private readonly List<(int Depth, string Content)> lines = [];

        public void Line(int depth, string content) => lines.Add((depth, content));

        public override string ToString()
        {
            var text = new StringBuilder();
            for (var i = 0; i < lines.Count; i++)
            {
                var (depth, content) = lines[i];
                var heading = content.EndsWith(':');
                if (heading && (i + 1 >= lines.Count || lines[i + 1].Depth <= depth)) continue;
                text.Append(' ', depth * 2).Append(content).Append('\n');
            }
            return text.ToString();
        }
    }
}
