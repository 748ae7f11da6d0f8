using System.Globalization;
using Pamphlet.Engine;
using Pamphlet.Engine.Batch;

namespace Pamphlet.Cli.Batch;

/// <summary>
/// The live display on a terminal: one line per edition × layout (edition, layout, pages, time) and
/// one per edition still building, redrawn in place with ANSI cursor moves whenever anything changes.
/// Rows stay in input order then layout order, so lines never jump about as editions finish.
/// </summary>
internal sealed class ProgressDisplay(TextWriter output, IReadOnlyList<string> editions) : IBatchProgress
{
    private const string Building = "building…";

    private readonly object gate = new();
    private readonly List<string>[] written = [.. editions.Select(_ => new List<string>())];
    private readonly string?[] status = new string?[editions.Count];
    private readonly int width = editions.Count == 0 ? 0 : editions.Max(e => MessageText.PrintablePath(e).Length);
    private int drawn;

    public void Started(int edition, string input) => Update(() => status[edition] = Building);

    public void Written(int edition, BuiltFile file) => Update(() => written[edition].Add(PlainLines.Row(Name(edition), file)));

    public void Finished(EditionResult result) =>
        Update(() => status[result.Index] = result.Failed ? "failed (see the errors below)" : null);

    private string Name(int edition) => MessageText.PrintablePath(editions[edition]).PadRight(width);

    private void Update(Action change)
    {
        lock (gate)
        {
            change();
            var rows = new List<string>();
            for (var i = 0; i < editions.Count; i++)
            {
                rows.AddRange(written[i]);
                if (status[i] is { } s) rows.Add($"{Name(i)}  {s}");
            }
            // Up to the first row drawn last time, then rewrite every row, clearing what was there.
            if (drawn > 0) output.Write(string.Create(CultureInfo.InvariantCulture, $"\u001b[{drawn}A"));
            foreach (var row in rows) output.Write($"\r\u001b[2K{row}\n");
            output.Flush();
            drawn = rows.Count;
        }
    }
}
