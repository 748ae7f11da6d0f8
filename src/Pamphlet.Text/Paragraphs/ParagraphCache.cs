using System.Collections.Concurrent;
using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Text.Paragraphs;

/// <summary>
/// What setting one paragraph gave: its lines, and the warnings about words cut for being wider than
/// the measure (given again, into the asking engine's messages, each time the setting is used).
/// </summary>
internal sealed record ParagraphSetting(IReadOnlyList<SetLine> Lines, IReadOnlyList<(SourceLocation At, string Message)> CutWordWarnings)
{
    /// <summary>Every word whole and no line overfull: what a trial setting counts as fitting.</summary>
    public bool Whole => CutWordWarnings.Count == 0 && !Lines.Any(l => l.Overfull);
}

/// <summary>
/// Set paragraphs kept across builds by one engine (a watch's rebuilds, a pamphlet's fitting steps, a
/// poster's trial sizes), looked up by <see cref="ParagraphKey"/>: everything that decides the setting,
/// so a paragraph that did not change, at the same measure, with the same fonts and format, is not set
/// again. Set lines are immutable, so builds share them. A setting that reported a character no font
/// has is never kept (that report goes to the asking build's own messages). Thread-safe.
/// <para>
/// Bounded two ways: <see cref="Sweep"/> (called at the end of each build) drops settings no build
/// used in the last <see cref="KeptBuilds"/> builds, so a long watch session keeps about one
/// statement's worth; and at most <see cref="MaxEntries"/> settings are held between sweeps.
/// </para>
/// </summary>
public sealed class ParagraphCache
{
    /// <summary>
    /// A setting unused for this many builds is dropped: two, so that one failed build (a statement that
    /// no longer parses while being typed) does not empty the cache for the build that follows it.
    /// </summary>
    public const int KeptBuilds = 2;

    /// <summary>
    /// Settings held at most between sweeps. The sample's default build (pamphlet and poster, with the
    /// poster's trial sizes) keeps about 300; its pamphlet with fit4, about 2,200 (every fitting step's). 40,000 settings of a few hundred glyphs each is some tens of MiB at
    /// worst; past it, new settings are made but not kept.
    /// </summary>
    public const int MaxEntries = 40_000;

    private sealed class Entry(ParagraphSetting setting, long used)
    {
        public ParagraphSetting Setting { get; } = setting;

        public long Used = used;
    }

    private readonly ConcurrentDictionary<ParagraphKey, Entry> entries = new();
    private long build;
    private int count;
    private long hits;
    private long misses;

    /// <summary>Settings held now.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>Lookups answered from the cache so far.</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Lookups that had to set the paragraph so far.</summary>
    public long Misses => Interlocked.Read(ref misses);

    internal bool TryGet(ParagraphKey key, out ParagraphSetting setting)
    {
        if (entries.TryGetValue(key, out var entry))
        {
            Volatile.Write(ref entry.Used, Interlocked.Read(ref build));
            Interlocked.Increment(ref hits);
            setting = entry.Setting;
            return true;
        }

        Interlocked.Increment(ref misses);
        setting = null!;
        return false;
    }

    internal void Add(ParagraphKey key, ParagraphSetting setting)
    {
        if (Volatile.Read(ref count) >= MaxEntries) return;
        if (entries.TryAdd(key, new Entry(setting, Interlocked.Read(ref build)))) Interlocked.Increment(ref count);
    }

    /// <summary>
    /// Ends a build: drops the settings that neither it nor the <see cref="KeptBuilds"/> − 1 builds
    /// before it used. Builds running at the same time may lose settings they would have used again;
    /// they set those paragraphs anew (the cache never decides what a build gives, only how fast).
    /// </summary>
    public void Sweep()
    {
        var ended = Interlocked.Increment(ref build) - 1;
        foreach (var (key, entry) in entries)
        {
            if (Volatile.Read(ref entry.Used) <= ended - KeptBuilds && entries.TryRemove(KeyValuePair.Create(key, entry))) Interlocked.Decrement(ref count);
        }
    }
}
