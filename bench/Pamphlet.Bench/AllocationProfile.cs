using Pamphlet.Composition;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Text.Fonts;

namespace Pamphlet.Bench;

/// <summary>
/// Bytes allocated by the building thread, phase by phase, for a first build with a fresh engine (as
/// one CLI run) and for the same build again: unlike a clock, the same figure on a loaded machine.
/// Under Native AOT every allocated byte is fresh memory the collector clears (and the kernel maps)
/// until the first collection, so bytes allocated track a cold build's cost closely (issue 13).
/// </summary>
public static class AllocationProfile
{
    /// <param name="types">Also list the types allocated most in the second build (the runtime's allocation samples, one per 100 KB).</param>
    public static void Run(string inputPath, TextWriter output, bool types)
    {
        using var fonts = new FontLibrary([FontLibrary.BundledFolder]);
        var composer = new Composer(fonts);
        for (var round = 1; round <= 2; round++)
        {
            using var sampler = types && round == 2 ? new AllocationSampler() : null;
            var collections = GC.CollectionCount(0);
            var document = Measure(() => MarkdownReader.Read(inputPath), out var read);
            var layout = Measure(() => InMemoryBuild.ResolveLayout(inputPath, document), out var resolve);
            var composed = Measure(() => composer.Compose(document, layout), out var compose);
            var composing = sampler?.Take();
            var pdf = Measure(() => InMemoryBuild.RenderToMemory(composed.Document), out var render);
            var rendering = sampler?.Take();
            output.WriteLine($"{(round == 1 ? "first" : "again"),-6} read {Mb(read)}  layout {Mb(resolve)}  compose {Mb(compose)}  render {Mb(render)}  " +
                $"total {Mb(read + resolve + compose + render)} MB  gen0 collections {GC.CollectionCount(0) - collections}  ({pdf.Length:N0} bytes of PDF)");
            if (composing is null || rendering is null) continue;
            foreach (var (phase, counts) in new[] { ("read to compose", composing), ("render", rendering) })
            {
                output.WriteLine($"  {phase}, by type (MB, in samples of 0.1 MB):");
                foreach (var (type, samples) in counts.OrderByDescending(c => c.Value).Take(15)) output.WriteLine($"  {samples * 0.1,6:0.0}  {type}");
            }
        }
    }

    private static T Measure<T>(Func<T> work, out long allocated)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = work();
        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return result;
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Counts the runtime's allocation samples (GC AllocationTick events, about one per 100 KB allocated) by type.</summary>
internal sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
{
    private Dictionary<string, int> counts = [];

    /// <summary>The counts so far, and a fresh start.</summary>
    public Dictionary<string, int> Take()
    {
        lock (this)
        {
            var taken = counts;
            counts = [];
            return taken;
        }
    }

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
    {
        // The GC keyword (1) at verbose level carries AllocationTick.
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null) return;
        var at = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
        var type = at >= 0 ? eventData.Payload[at] as string ?? "?" : "?";
        lock (this) counts[type] = counts.GetValueOrDefault(type) + 1;
    }
}
