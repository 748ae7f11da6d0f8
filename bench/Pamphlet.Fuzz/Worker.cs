using System.Text.Json;
using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Engine;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Fuzz;

/// <summary>
/// A worker process: reads case seeds (hex, one a line) on stdin, runs each in a fresh folder under
/// <c>work</c>, and answers one line "@@ {json result}" per case on stdout. One engine serves all
/// its cases, as in a long batch. The coordinator kills it when a case hangs or grows too large.
/// </summary>
internal static class Worker
{
    public const string ResultPrefix = "@@ ";

    public static int Run(string work)
    {
        using var engine = new PamphletEngine();
        // The word check composes the pages again with its own composer (the engine's is not public).
        using var fonts = new FontLibrary([FontLibrary.BundledFolder]);
        var composer = new Composer(fonts);
        var folder = Path.Combine(work, "case");
        string? line;
        while ((line = Console.In.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            // "SEED" runs in the worker's own folder; "SEED FOLDER" (a reproduction) in that folder, which is kept.
            var parts = line.Split(' ', 2);
            var seed = Seeds.Parse(parts[0]);
            var plan = CaseFactory.Create(seed, parts.Length > 1 ? parts[1] : folder);
            var result = CaseRunner.Run(plan, engine, composer);
            Console.Out.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
            Console.Out.Flush();
        }
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return 0;
    }
}

/// <summary>Case seeds as people see them: 16 hex digits with 0x.</summary>
internal static class Seeds
{
    public static string Format(ulong seed) => "0x" + seed.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    public static ulong Parse(string text)
    {
        var hex = text.Trim();
        if (hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) hex = hex[2..];
        return ulong.Parse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
    }
}
