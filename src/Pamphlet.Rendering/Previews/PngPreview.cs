namespace Pamphlet.Rendering.Previews;

/// <summary>A document's PNG previews: one image per page, in page order, and its contact sheet.</summary>
public sealed record PngPreview(IReadOnlyList<byte[]> Pages, byte[] Sheet);
