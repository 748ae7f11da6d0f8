using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;
using Pamphlet.Preflight.Rules;
using static Pamphlet.Preflight.Rules.Wording;

namespace Pamphlet.Cli.Commands;

/// <summary>
/// <c>pamphlet check</c>'s report for people: per file a header, the facts page by page (a run of pages
/// with the same facts on one line), fonts and PDF/X identification, then the findings as
/// <c>FILE: page N: error: …</c> lines (the same finding on a run of pages once, with the run).
/// </summary>
internal static class CheckReport
{
    public static void Write(TextWriter output, string file, DocumentFacts facts, InkChoice ink, IReadOnlyList<Finding> findings)
    {
        output.WriteLine($"{file}: PDF {facts.Version}, {Count(facts.Pages.Count, "page", "pages")}, checked for --ink {ink.Name}");
        foreach (var (pages, line) in Runs(facts.Pages.Select(p => (p.Number, PageLine(p, ink))).ToList())) output.WriteLine($"  {pages}: {line}");
        output.WriteLine($"  fonts: {Fonts(facts)}");
        output.WriteLine($"  PDF/X: {PdfX(facts)}");
        foreach (var (pages, line) in Runs(findings.Select(f => (f.Page ?? 0, $"{(f.IsError ? "error" : "warning")}: {f.Message}")).ToList()))
        {
            output.WriteLine(pages == "" ? $"{file}: {line}" : $"{file}: {pages}: {line}");
        }

        var errors = findings.Count(f => f.IsError);
        var warnings = findings.Count - errors;
        output.WriteLine(errors + warnings == 0
            ? $"{file}: no problems for --ink {ink.Name}"
            : $"{file}: {Count(errors, "error", "errors")}, {Count(warnings, "warning", "warnings")} for --ink {ink.Name}");
    }

    /// <summary>What one page holds, in one line: boxes, text, fills, lines, images, ink, overprint, transparency.</summary>
    public static string PageLine(PageFacts page, InkChoice ink)
    {
        var parts = new List<string> { Boxes(page.Boxes) };
        var text = page.Paints.Where(p => p.Kind == PaintKind.Text).ToList();
        if (text.Count > 0)
        {
            var black = text.Select(BlackText.Classify).Where(k => k != BlackKind.NotBlack).Distinct().Order().ToList();
            var blackNote = black.Count == 0 ? "" : "; black " + List(black.Select(k => k switch
            {
                BlackKind.PureK => "K only",
                BlackKind.RichBlack => "rich CMYK",
                _ => "from RGB",
            }).ToList());
            parts.Add($"text from {Points(page.SmallestText!.Value)} in {Spaces(text)}{blackNote}");
        }

        var fills = page.Paints.Where(p => p.Kind == PaintKind.Fill).ToList();
        if (fills.Count > 0) parts.Add($"fills in {Spaces(fills)}");
        var lines = page.Paints.Where(p => p.Kind == PaintKind.Stroke).ToList();
        if (lines.Count > 0) parts.Add($"lines from {Points(page.ThinnestLine!.Value)} in {Spaces(lines)}");
        var shadings = page.Paints.Where(p => p.Kind == PaintKind.Shading).ToList();
        if (shadings.Count > 0) parts.Add($"shadings in {Spaces(shadings)}");
        foreach (var image in page.Images.OrderBy(i => i.Name, StringComparer.Ordinal)) parts.Add(Image(image));
        // Screen colours have no ink of their own until someone converts them: say which were left out.
        var unmeasured = List(page.Paints.Where(p => p.TotalInk is null && p.Kind != PaintKind.Image).Select(p => p.Space.Model).Distinct().Order()
            .Select(m => m switch { InkModel.Rgb => "RGB", InkModel.Lab => "Lab", InkModel.Unknown => "patterns", _ => "indexed colours" }).Distinct().ToList());
        if (page.MaxTotalInk is { } inkTotal) parts.Add($"ink up to {Percent(inkTotal)}{(unmeasured.Length > 0 ? $" (not measured: {unmeasured})" : "")}");
        else if (unmeasured.Length > 0) parts.Add($"ink not measured ({unmeasured})");
        if (page.Images.Any(i => i.InkMeasurable && i.MaxTotalInk is null)) parts.Add("ink of CMYK images not measured (JPEG or too large)");
        parts.Add(page.Overprints ? "overprint on " + List(page.Paints.Where(p => p.Overprint).Select(p => p.Kind).Distinct().Order().Select(Kind).ToList()) : "no overprint");
        parts.Add(Transparency(page.Transparency));
        if (ink.Kind == InkKind.Riso && page.Paints.Any(p => p.Space.Model == InkModel.Gray)) parts.Add($"grey prints on the first drum ({ink.RisoInks[0].Key})");
        return string.Join("; ", parts);
    }

    private static string Boxes(PageBoxes boxes)
    {
        var media = Size(boxes.Media.Width, boxes.Media.Height);
        if (boxes.Trim is not { } trim) return boxes.Art is { } art ? $"no trim box, art {Size(art.Width, art.Height)}, media {media}" : $"no trim box, media {media}";
        var bleed = boxes.BleedWidth is { } width && width > PdfBox.Tolerance ? $"bleed {Mm1(width)} mm" : "no bleed";
        return $"trim {Size(trim.Width, trim.Height)}, {bleed}, media {media}";
    }

    private static string Spaces(IEnumerable<PaintFacts> paints) =>
        List(paints.GroupBy(p => p.Space).OrderByDescending(g => g.Sum(p => p.Count)).Select(g => g.Key.Name).ToList());

    private static string Image(ImageFacts image)
    {
        var space = image.Space is null ? "stencil mask" : image.Space.Name + (image.HasIccProfile ? "" : ", no ICC profile");
        return $"image {image.Name}: {image.PixelWidth:N0} × {image.PixelHeight:N0} px at {Size(image.PlacedWidth, image.PlacedHeight)} = " +
               $"{Number(Math.Floor(image.Ppi))} ppi, {space}, {image.Filter}{(image.SoftMask ? ", soft mask" : "")}" +
               (image.MaxTotalInk is { } total ? $", ink up to {Percent(total)}" : "");
    }

    private static string Kind(PaintKind kind) => kind switch
    {
        PaintKind.Text => "text",
        PaintKind.Fill => "fills",
        PaintKind.Stroke => "lines",
        PaintKind.Image => "images",
        _ => "shadings",
    };

    private static string Transparency(TransparencyFacts t)
    {
        var parts = new List<string>();
        if (t.TranslucentPaints > 0) parts.Add($"opacity down to {Percent(t.MinOpacity * 100)}");
        if (t.SoftMasks > 0) parts.Add("soft masks");
        if (t.BlendModes.Count > 0) parts.Add("blend " + List(t.BlendModes));
        if (t.Groups > 0) parts.Add(Count(t.Groups, "transparency group", "transparency groups"));
        return parts.Count == 0 ? "no transparency" : "transparency: " + List(parts);
    }

    private static string Fonts(DocumentFacts facts)
    {
        var fonts = facts.Pages.SelectMany(p => p.Fonts)
            .GroupBy(f => (f.Name, f.Type, f.Program))
            .Select(g => $"{g.Key.Name} ({g.Key.Type}, {(g.First().Embedded ? (g.First().Subset ? "embedded subset" : "embedded") : "NOT embedded")})")
            .Order(StringComparer.Ordinal)
            .ToList();
        return fonts.Count == 0 ? "none" : string.Join(", ", fonts);
    }

    private static string PdfX(DocumentFacts facts)
    {
        var pdfx = facts.PdfX;
        var intent = pdfx.PdfXIntent is { } i
            ? $"output intent {i.OutputConditionIdentifier ?? "(unnamed)"}{(i.HasDestOutputProfile ? $" with a {i.ProfileComponents}-component profile" : " without a profile")}"
            : pdfx.OutputIntents.Count > 0 ? $"no PDF/X output intent ({List(pdfx.OutputIntents.Select(o => o.Subtype).ToList())})" : "no output intent";
        var version = pdfx.XmpPdfXVersion is { } v ? $"XMP {v}" : "no XMP PDF/X version";
        var trapped = pdfx.Trapped is { } t ? $"/Trapped /{t}" : "no /Trapped";
        return $"{intent}; {version}; {trapped}; {(pdfx.HasId ? "/ID" : "no /ID")}{(facts.Encrypted ? "; encrypted" : "")}";
    }

    /// <summary>Consecutive pages with the same line as one run ("pages 2–5"); page 0 (the whole file) stays alone and unnamed.</summary>
    private static IEnumerable<(string Pages, string Line)> Runs(IReadOnlyList<(int Page, string Line)> lines)
    {
        var done = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (done[i]) continue;
            var (first, line) = lines[i];
            if (first == 0)
            {
                yield return ("", line);
                continue;
            }

            // The same line on the pages right after (findings of one page are interleaved, so look ahead by page).
            var last = first;
            for (var j = i + 1; j < lines.Count && lines[j].Page <= last + 1; j++)
            {
                if (!done[j] && lines[j].Page == last + 1 && lines[j].Line == line)
                {
                    done[j] = true;
                    last = lines[j].Page;
                }
            }

            yield return (first == last ? $"page {first}" : $"pages {first}–{last}", line);
        }
    }
}
