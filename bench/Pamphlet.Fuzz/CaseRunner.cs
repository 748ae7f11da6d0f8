using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Pamphlet.Cli;
using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Markdown;
using Pamphlet.Documents.Model;
using Pamphlet.Engine;
using Pamphlet.Fuzzing;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Fuzz;

/// <summary>
/// Runs one case in this process: the engine's build (PDFs written as the CLI writes them) or the
/// command line itself, then checks the words of every pamphlet it built (see <see cref="CheckWords"/>).
/// A <see cref="PamphletException"/> (exit 1, or 2 for a wrong command line) is a fair refusal;
/// anything else is a crash.
/// </summary>
internal static partial class CaseRunner
{
    public static CaseResult Run(CasePlan plan, PamphletEngine engine, Composer composer)
    {
        var clock = Stopwatch.StartNew();
        string outcome, signature, detail;
        var lost = 0;
        try
        {
            IReadOnlyList<string> pdfs;
            if (plan.CommandLine is { } args)
            {
                var (code, stderr) = RunCommandLine(plan, args);
                if (code is ExitCodes.BuildFailed or ExitCodes.Usage)
                {
                    return Result(plan, Outcomes.Refused, "exit " + code, 0, clock, FirstLines(stderr, 3));
                }
                if (code != ExitCodes.Success)
                {
                    return Result(plan, Outcomes.Crash, "exit " + code + ": " + Normalise(InternalError(stderr)), 0, clock, FirstLines(stderr, 30));
                }
                pdfs = Directory.Exists(plan.Folder) ? Directory.GetFiles(plan.Folder, "*.pdf", SearchOption.AllDirectories) : [];
            }
            else
            {
                pdfs = [.. engine.Build(plan.Request!).Select(f => f.Path)];
            }
            (outcome, signature, detail, lost) = CheckWords(plan, pdfs, composer);
        }
        catch (PamphletException e)
        {
            return Result(plan, Outcomes.Refused, "PamphletException", 0, clock, e.Message.Split('\n')[0]);
        }
        catch (Exception e)
        {
            // Anything but a PamphletException is a bug, out of memory (the worker's heap limit) included.
            return Result(plan, Outcomes.Crash, e.GetType().Name + ": " + Normalise(e.Message), 0, clock, e.ToString());
        }
        return Result(plan, outcome, signature, lost, clock, detail);
    }

    private static CaseResult Result(CasePlan plan, string outcome, string signature, int lost, Stopwatch clock, string detail) =>
        new(Seeds.Format(plan.Seed), plan.Kind.ToString(), outcome, plan.Family, signature, lost, clock.ElapsedMilliseconds, PeakRss.OfThisProcess(), detail);

    /// <summary>The command line in this process, with its own working folder and captured output.</summary>
    private static (int Code, string Stderr) RunCommandLine(CasePlan plan, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = PamphletCli.Run(args, output, error, new CliContext(plan.Folder, Interactive: false));
        return (code, error.ToString());
    }

    /// <summary>
    /// Checks the words of every checked pamphlet that was built: on its pages, composed again the way
    /// the build composed them (composition is deterministic: the same pages the PDF was drawn from), so
    /// the check is exact; then, for left-to-right statements, in the PDF's own text (PdfPig), which
    /// also catches text the renderer loses. Right-to-left PDF text is not read back: the visual order
    /// of its mixed-direction runs cannot be turned back into logical order for sure.
    /// </summary>
    private static (string Outcome, string Signature, string Detail, int Lost) CheckWords(CasePlan plan, IReadOnlyList<string> pdfs, Composer composer)
    {
        if (plan.Statement is not { } statement) return (Outcomes.Built, "", "", 0);
        var statementPath = Path.Combine(plan.Folder, CaseFactory.StatementFile);
        var detail = new StringBuilder();
        var lost = 0;
        string? signature = null;
        Document? document = null;
        foreach (var (layoutName, cover) in plan.CheckedLayouts)
        {
            var pdf = pdfs.FirstOrDefault(p => Path.GetFileName(p) == Path.GetFileNameWithoutExtension(CaseFactory.StatementFile) + "." + Path.GetFileNameWithoutExtension(layoutName) + ".pdf");
            if (pdf is null) continue;
            document ??= MarkdownReader.Read(statementPath);
            var name = LayoutCatalog.LooksLikePath(layoutName) ? Path.GetFullPath(layoutName, plan.Folder) : layoutName;
            var layout = PamphletEngine.CatalogFor(document.BaseDirectory).Resolve(name);
            var composed = composer.Compose(document, layout, PagesOf(plan));
            var warnings = composed.Warnings.Select(w => ((string?)w.Location.File, w.Location.Line, w.Message)).ToList();
            var refused = WordOrder.RefusedLines(warnings, statementPath);
            var printed = PrintedText.FromPages(composed.Document, statement.RightToLeft);
            var report = WordOrder.Check(statement.Expected, statement.ExpectedImages, printed, cover, refused);
            var where = "";
            if (report.Passed && !statement.RightToLeft)
            {
                printed = PrintedText.FromPdf(File.ReadAllBytes(pdf));
                report = WordOrder.Check(statement.Expected, statement.ExpectedImages, printed, cover, refused);
                where = "in the PDF text only: ";
            }
            if (report.Passed) continue;
            lost += report.Lost.Count + report.MissingImages.Count + report.MarkupLeaks.Count;
            signature ??= where + LossSignature(plan, report, composed.Warnings);
            detail.Append(Path.GetFileName(pdf)).Append(where.Length > 0 ? " (PDF text)" : " (pages)").Append(":\n").Append(report.Describe());
            if (report.Lost.Count > 0) detail.Append("how the first lost part was read:\n").Append(report.Trace(printed));
        }
        return signature is null ? (Outcomes.Built, "", "", 0) : (Outcomes.Lost, signature, detail.ToString(), lost);
    }

    /// <summary>The page count the build aimed at: the command line's --pages (read as the CLI reads it), else the batch request's; else none.</summary>
    private static PageTarget? PagesOf(CasePlan plan)
    {
        var args = plan.CommandLine ?? [];
        var at = Array.IndexOf(args, "--pages");
        if (at < 0 || at + 1 >= args.Length) return plan.Request?.Pages;
        return PageTarget.TryParse(args[at + 1], out var target) ? target : null;
    }

    /// <summary>
    /// What the loss has in common with others: where the first lost words were nested ("quote >
    /// quote > paragraph"), else the missing image or the Markdown printed as text. Cases that are not
    /// plain grammar statements say their family first (an encoding, a damaged image).
    /// </summary>
    private static string LossSignature(CasePlan plan, WordOrderReport report, IReadOnlyList<Diagnostic> warnings)
    {
        var prefix = plan.Kind is CaseKind.Grammar or CaseKind.Layout or CaseKind.CommandLine ? "" : plan.Family + ": ";
        if (report.Lost.Count > 0)
        {
            var block = report.Lost[0].Block;
            var context = report.Lost[0].Part.Context;
            // Nesting explains a loss by itself; in a block of plain text, an inline construct may.
            var inline = context.Contains(" > ", StringComparison.Ordinal) ? [] : InlineSuspects.Where(block.Constructs.Contains).ToList();
            // A block taller than a page is placed anyway, past the bottom margin, where the renderer may clip it.
            var lines = block.Parts.Select(p => p.Line).Append(block.Line).ToHashSet();
            var overflow = warnings.Any(w => lines.Contains(w.Location.Line) && w.Message.Contains(OverflowWarning, StringComparison.Ordinal));
            return prefix + "words lost in " + context + (overflow ? " (a block taller than the page)" : inline.Count > 0 ? " (with " + string.Join(", ", inline) + ")" : "");
        }
        if (report.MissingImages.Count > 0) return prefix + "image not placed: " + report.MissingImages[0].Context;
        return prefix + "Markdown printed as text: " + report.MarkupLeaks[0].Sign;
    }

    /// <summary>The composer's warning for a block taller than a whole page.</summary>
    private const string OverflowWarning = "taller than a whole page";

    /// <summary>Inline constructs that can lose or reorder words by themselves; named in a loss's signature when its block has them.</summary>
    private static readonly Construct[] InlineSuspects = [Construct.NumberRuns, Construct.InlineImage, Construct.Footnote, Construct.OverlongWord];

    /// <summary>The exception the CLI reported as an internal error: "TypeName: message" (namespace dropped).</summary>
    private static string InternalError(string stderr)
    {
        const string Marker = "caused it: ";
        var line = stderr.Split('\n').FirstOrDefault(l => l.Contains(Marker, StringComparison.Ordinal)) ?? stderr.Split('\n')[0];
        var at = line.IndexOf(Marker, StringComparison.Ordinal);
        var error = at >= 0 ? line[(at + Marker.Length)..] : line;
        var colon = error.IndexOf(": ", StringComparison.Ordinal);
        var type = colon > 0 ? error[..colon] : error;
        return type.Contains(' ', StringComparison.Ordinal) ? error : type[(type.LastIndexOf('.') + 1)..] + (colon > 0 ? error[colon..] : "");
    }

    private static string FirstLines(string text, int count) => string.Join('\n', text.Split('\n').Take(count));

    /// <summary>A message with its particulars (numbers, paths, quoted names) blanked, so that one cause groups as one.</summary>
    public static string Normalise(string message)
    {
        var first = message.Split('\n')[0];
        first = PathPattern().Replace(first, "PATH");
        first = QuotedPattern().Replace(first, "'…'");
        first = NumberPattern().Replace(first, "N");
        return first.Length > 110 ? first[..110] + "…" : first;
    }

    [GeneratedRegex(@"(/[^\s:'""]+)+")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPattern();
}
