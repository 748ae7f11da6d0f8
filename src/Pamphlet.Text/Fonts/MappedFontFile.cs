using System.Collections.Concurrent;
using System.IO.MemoryMappedFiles;

namespace Pamphlet.Text.Fonts;

/// <summary>
/// A font file that ships with the program, mapped into memory read-only instead of read: a build
/// touches only the pages of the tables it uses (cmap, layout tables, the outlines of the glyphs it
/// sets), where reading copied the whole half megabyte of every face into fresh memory, the dearest
/// part of a cold build's font work (issue 13). Only for files that do not change while the program
/// runs: a mapped file cut short under a running build would crash it, so the fonts a layout names
/// (the user's own) are read whole instead.
/// </summary>
/// <remarks>
/// Each file is mapped once per process and never unmapped: glyph runs keep a face's bytes
/// (<see cref="Pamphlet.Pages.FontFace.Data"/>) after the library that loaded it is gone, and a span of
/// them does not keep any owner alive, so no release could be proven safe. The program's fonts are a
/// fixed, small set (a few megabytes of address space, shared with the page cache).
/// </remarks>
internal static class MappedFontFile
{
    private static readonly ConcurrentDictionary<string, Lazy<ReadOnlyMemory<byte>?>> Mapped = new(StringComparer.Ordinal);

    /// <summary>The whole file, mapped (once per process), or null when it cannot be mapped (the caller reads it instead).</summary>
    public static ReadOnlyMemory<byte>? TryMap(string path)
    {
        var mapping = Mapped.GetOrAdd(path, p => new Lazy<ReadOnlyMemory<byte>?>(() => MapOrNull(p)));
        var memory = mapping.Value;
        // Not remembered when it failed: the next build tries again, as reading would.
        if (memory is null) Mapped.TryRemove(KeyValuePair.Create(path, mapping));
        return memory;
    }

    private static unsafe ReadOnlyMemory<byte>? MapOrNull(string path)
    {
        MemoryMappedFile? file = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            long size;
            using (var handle = File.OpenHandle(path)) size = RandomAccess.GetLength(handle);
            if (size is 0 or > int.MaxValue) return null;
            file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.Read);
            view = file.CreateViewAccessor(0, size, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            // Acquired and never released: the view stays mapped for the rest of the process, whatever
            // becomes of these objects.
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            return ProcessLifetimeMemory.Over(pointer + view.PointerOffset, (int)size);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            view?.Dispose();
            file?.Dispose();
            return null;
        }
    }
}
