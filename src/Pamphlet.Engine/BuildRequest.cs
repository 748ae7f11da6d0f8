using Pamphlet.Documents.Files;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Engine;

/// <summary>
/// One statement to build: the Markdown file, the layouts to build it with (names or paths; empty
/// means the statement's own <c>layouts:</c> list, else the default), the output folder, and a page
/// count for pamphlets to land on (null: the layout's own, if any).
/// </summary>
public sealed record BuildRequest(string InputPath, IReadOnlyList<string> Layouts, string OutputDirectory, PageTarget? Pages = null)
{
    /// <summary>Plain trimmed pages: no bleed (artwork past the trim is cut off), whatever the layout declares.</summary>
    public bool NoBleed { get; init; }

    /// <summary>Crop marks outside the bleed, on media grown to hold them.</summary>
    public bool Marks { get; init; }

    /// <summary>When set, each layout is also written imposed on printer sheets (after its normal PDF).</summary>
    public ImpositionRequest? Imposition { get; init; }

    /// <summary>The ink chosen for this build (command line or manifest); null leaves it to the statement's <c>ink:</c>, then the layout's.</summary>
    public InkChoice? Ink { get; init; }

    /// <summary>With a risograph ink, also write one greyscale master per ink (<c>&lt;edition&gt;.&lt;layout&gt;.&lt;ink&gt;.pdf</c>).</summary>
    public bool Separations { get; init; }

    /// <summary>When set, each layout's pages are also written as PNG previews and a contact sheet (<c>--png</c>).</summary>
    public Previews.PngRequest? Png { get; init; }

    /// <summary>
    /// Files whose new bytes equal those already on disk are left as they are (not written again, their
    /// time unchanged): what a watch does, so an edit only the pamphlet shows does not rewrite the poster.
    /// </summary>
    public bool KeepUnchangedFiles { get; init; }

    /// <summary>
    /// When set, the build reads nothing outside it (<see cref="ReadBoundary.MayRead"/>): a figure, a
    /// layout named by path or by <c>extends:</c>, or a layout's font folder outside it is a user error at
    /// its line. The studio sets it, so that whoever can reach the studio cannot have it draw or read a
    /// file elsewhere on the machine. Null: a build reads whatever its statement names.
    /// </summary>
    public ReadBoundary? ReadsOnlyInside { get; init; }

    /// <summary>
    /// The statement's Markdown in place of the file at <see cref="InputPath"/> (the studio's editor,
    /// not yet saved); the file's folder is still where its images and <c>layouts/</c> are found. Null: the file's.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>The edition's name given in the manifest (<c>name:</c>), else null.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The edition's name: the start of its PDFs' names (<c>&lt;edition&gt;.&lt;layout&gt;.pdf</c>) and
    /// its name in reports. The manifest's <c>name:</c> for it, else the statement's file name without extension.
    /// </summary>
    public string Edition => Name ?? Path.GetFileNameWithoutExtension(InputPath);
}

/// <summary>A file written by a build: a PDF, or a card's PNG (one page).</summary>
public sealed record BuiltFile(string Path, string Layout, int Pages, TimeSpan Elapsed);
