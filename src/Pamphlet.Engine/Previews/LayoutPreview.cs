using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Rendering.Previews;

namespace Pamphlet.Engine.Previews;

/// <summary>
/// One layout's pages drawn in memory (<see cref="PamphletEngine.Preview"/>): a PNG per page, the
/// page size in points, how the pages pair into spreads (a pamphlet's cover alone, then 2–3…; a poster
/// or card one page per cell; see <see cref="ContactSheet"/>) and the build's warnings.
/// </summary>
public sealed record LayoutPreview(string Layout, LayoutKind Kind, Size PageSize, IReadOnlyList<byte[]> Pages, IReadOnlyList<SheetCell> Spreads, IReadOnlyList<Diagnostic> Warnings);
