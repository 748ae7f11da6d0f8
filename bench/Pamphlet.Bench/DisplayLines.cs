using System.Globalization;
using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Bench;

/// <summary>
/// The display lines of one statement in one layout, read from the Pages model: cover and poster
/// titles, headings, pull quotes, slogans and box titles, one block per line, lines joined by " / ".
/// For looking at line breaks by sense before and after a change (bench/README "Display lines").
/// </summary>
public static class DisplayLines
{
    /// <summary>Roles of text set as display lines (balanced); a poster tags them "role@region".</summary>
    private static readonly HashSet<string> DisplayRoles =
        ["cover-title", "cover-subtitle", "poster-title", "poster-subtitle", "heading", "subheading", "pullquote", "slogan", "demands-title"];

    public static void Run(string statement, string layoutName, TextWriter output)
    {
        var document = MarkdownReader.Read(statement);
        var layout = PamphletEngine.CatalogFor(document.BaseDirectory).Resolve(layoutName, null);
        using var fonts = new FontLibrary([FontLibrary.BundledFolder]);
        var composed = new Composer(fonts).Compose(document, layout).Document;
        foreach (var page in composed.Pages)
        {
            var runs = page.Items.OfType<GlyphRun>().Where(r => DisplayRoles.Contains(r.Role.Split('@')[0])).ToList();
            // One line: runs of one role on one baseline; one block: consecutive lines of one role.
            var lines = runs.GroupBy(r => (r.Role, Y: Math.Round(r.Origin.Y, 1)))
                .OrderBy(g => g.Key.Y)
                .Select(g => (g.Key.Role, Text: string.Join(' ', g.OrderBy(r => r.Origin.X).Select(r => r.Text))))
                .ToList();
            for (var i = 0; i < lines.Count;)
            {
                var j = i;
                while (j < lines.Count && lines[j].Role == lines[i].Role) j++;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"p{page.Number} {lines[i].Role}: {string.Join(" / ", lines.Skip(i).Take(j - i).Select(l => l.Text))}"));
                i = j;
            }
        }
    }
}
