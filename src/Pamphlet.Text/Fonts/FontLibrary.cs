using System.Collections.Concurrent;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Text.Fonts;

/// <summary>
/// The fonts a build may use: every TrueType file in the given folders (bundled <c>fonts/</c> first,
/// then folders layouts name), never system fonts, so output is the same on every machine. Files are
/// indexed by family, weight and italic from their own tables; bytes are loaded once and shared: the
/// program's own fonts (the folders given to the constructor) are mapped into memory, the folders added
/// later (a layout's, the user's, which may change while a watch runs) are read whole.
/// Thread-safe: one library can serve parallel builds.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    private readonly List<(string Path, FontFileInfo Info)> index = [];
    private readonly HashSet<string> indexedFolders = [];
    // The files of the folders given to the constructor: the program's own, mapped instead of read.
    private readonly HashSet<string> programFiles = new(StringComparer.Ordinal);
    // Lazy: the editions of a batch, built in parallel, ask for the same faces at the same moment, and each face
    // must be read and handed to HarfBuzz once (a face that lost the race was never disposed).
    private readonly ConcurrentDictionary<string, Lazy<ShapingFont>> loaded = new();
    private readonly Lock gate = new();

    /// <param name="programFolders">The fonts that ship with the program and do not change while it runs.</param>
    public FontLibrary(IEnumerable<string> programFolders)
    {
        foreach (var folder in programFolders)
        {
            foreach (var file in AddFolderFiles(folder)) programFiles.Add(file);
        }
    }

    /// <summary>The bundled fonts folder beside the running program (copied there by the build).</summary>
    public static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "fonts");

    public IReadOnlyCollection<string> Families
    {
        get { lock (gate) return index.Select(e => e.Info.Family).Distinct().Order(StringComparer.Ordinal).ToList(); }
    }

    /// <summary>
    /// Counts the folders added that changed which faces the library can choose: the same family, weight
    /// and slant may give another face after a change (what a cache of set text must know).
    /// </summary>
    public int Generation => Volatile.Read(ref generation);

    private int generation;

    /// <summary>Indexes the .ttf files of a folder (recursively). Adding a folder twice is a no-op.</summary>
    public void AddFolder(string folder) => AddFolderFiles(folder);

    /// <summary>Indexes the font files of a folder, and returns their paths (none when the folder was indexed before).</summary>
    private List<string> AddFolderFiles(string folder)
    {
        var full = Path.GetFullPath(folder);
        var added = new List<string>();
        lock (gate)
        {
            if (!indexedFolders.Add(full) || !Directory.Exists(full)) return added;
            // A new folder may hold a closer match for a family asked for before.
            chosen.Clear();
            Interlocked.Increment(ref generation);
            // Sorted so that which file wins a duplicate family/style never depends on the file system.
            foreach (var file in Directory.EnumerateFiles(full, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (!file.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".otf", StringComparison.OrdinalIgnoreCase)) continue;
                var info = FontFileInfo.ReadFile(file);
                if (info is not { HasGlyfOutlines: true }) continue;
                index.Add((file, info));
                added.Add(file);
            }
        }

        return added;
    }

    public bool HasFamily(string family)
    {
        lock (gate) return index.Any(e => string.Equals(e.Info.Family, family, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The face of <paramref name="family"/> closest to the wanted weight and slant (CSS font matching
    /// in miniature: slant first, then nearest weight). Unknown family → an error naming what exists.
    /// </summary>
    public ShapingFont Get(string family, FontWeight weight, bool italic, SourceLocation requestedAt) =>
        // Asked for every span of every paragraph: remember the answer per family, weight and slant.
        chosen.TryGetValue((family, weight, italic), out var font) ? font : chosen[(family, weight, italic)] = Choose(family, weight, italic, requestedAt);

    private readonly ConcurrentDictionary<(string, FontWeight, bool), ShapingFont> chosen = new();

    private ShapingFont Choose(string family, FontWeight weight, bool italic, SourceLocation requestedAt)
    {
        string path;
        FontFileInfo info;
        lock (gate)
        {
            var candidates = index.Where(e => string.Equals(e.Info.Family, family, StringComparison.OrdinalIgnoreCase)).ToList();
            if (candidates.Count == 0)
            {
                throw new PamphletException(requestedAt,
                    $"font family '{family}' is not in the fonts folder. Available families: {string.Join(", ", Families)}. " +
                    "Use one of these names, or put the family's .ttf files in a folder the layout names under fonts: folder:.");
            }
            (path, info) = candidates
                .OrderBy(e => e.Info.Italic == italic ? 0 : 1)
                .ThenBy(e => Math.Abs(e.Info.Weight - (int)weight))
                .ThenBy(e => e.Info.Weight)
                .First();
        }
        var font = loaded.GetOrAdd(path, p => new Lazy<ShapingFont>(() => new ShapingFont(new FontFace(p, 0, info.Family, Load(p)), info)));
        try
        {
            return font.Value;
        }
        catch (Exception)
        {
            // Not remembered: the next build reads the file again, as it would have without the cache.
            loaded.TryRemove(KeyValuePair.Create(path, font));
            throw;
        }
    }

    /// <summary>The bytes of a font file: mapped when it is one of the program's own, else read.</summary>
    private ReadOnlyMemory<byte> Load(string path) =>
        programFiles.Contains(path) && MappedFontFile.TryMap(path) is { } mapped ? mapped : ReadWhole(path);

    /// <summary>
    /// A font file's bytes in an array that is neither cleared first (the read fills it) nor ever moved
    /// (HarfBuzz reads it in place for the font's lifetime): half a megabyte a face, most of a cold
    /// build's fresh memory besides the collector's own.
    /// </summary>
    private static byte[] ReadWhole(string path)
    {
        using var handle = File.OpenHandle(path);
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)RandomAccess.GetLength(handle)), pinned: true);
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (n == 0) throw new EndOfStreamException($"The font file {path} became shorter while it was read.");
            read += n;
        }

        return bytes;
    }

    public ShapingFont Get(FontSpec spec, SourceLocation requestedAt) => Get(spec.Family, spec.Weight, spec.Italic, requestedAt);

    public void Dispose()
    {
        foreach (var font in loaded.Values.Where(font => font.IsValueCreated)) font.Value.Dispose();
        loaded.Clear();
    }
}
