using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Files;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Engine;

/// <summary>
/// The files a statement and its layouts name, held to <see cref="BuildRequest.ReadsOnlyInside"/> before
/// anything reads them (layout files are held to it as they are looked up: <see cref="Layouts.LayoutCatalog.ReadsOnlyInside"/>).
/// </summary>
internal static class ReadBoundaryChecks
{
    /// <summary>Every figure's image file, at the figure's line.</summary>
    public static void Figures(Document document, ReadBoundary boundary)
    {
        foreach (var figure in ImageChecks.Figures(document.Blocks))
        {
            if (!boundary.MayRead(figure.ImagePath)) throw new PamphletException(figure.Location, boundary.Refusal($"the image '{Path.GetFileName(figure.ImagePath)}'", figure.ImagePath) + ".");
        }
    }

    /// <summary>Every layout's extra font folder (<c>fonts: folder:</c>), at its layout file.</summary>
    public static void FontFolders(IEnumerable<LayoutDefinition> layouts, ReadBoundary boundary)
    {
        foreach (var layout in layouts)
        {
            if (layout.Fonts.Folder is { } folder && !boundary.MayRead(folder))
            {
                throw new PamphletException(SourceLocation.None(layout.SourcePath), boundary.Refusal($"the font folder '{Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}'", folder) + ".");
            }
        }
    }
}
