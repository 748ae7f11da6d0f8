using Pamphlet.Engine;
using Pamphlet.Engine.Batch;
using Pamphlet.Engine.Previews;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Cli.Commands;

/// <summary>Everything on the build command line except the inputs: applied to each statement.</summary>
internal sealed record BuildOptions(string[] Layouts, string OutDir, PageTarget? Pages, bool NoBleed, bool Marks, ImpositionRequest? Imposition)
{
    /// <summary>Whether --out was written on the command line (it then wins over the manifest's <c>out:</c>).</summary>
    public bool OutGiven { get; init; }

    /// <summary>--ink, when given: it wins over the manifest, the statement and the layout.</summary>
    public InkChoice? Ink { get; init; }

    public bool Separations { get; init; }

    /// <summary>--png (and --show-trim), when given.</summary>
    public PngRequest? Png { get; init; }

    public BuildRequest For(string input) =>
        new(input, Layouts, OutDir, Pages) { NoBleed = NoBleed, Marks = Marks, Imposition = Imposition, Ink = Ink, Separations = Separations, Png = Png };

    /// <summary>A manifest edition: flags given on the command line win over the manifest's own settings.</summary>
    public BuildRequest For(ManifestEdition edition, BatchManifest manifest) =>
        new(edition.Path, Layouts.Length > 0 ? Layouts : manifest.Layouts,
            OutGiven ? OutDir : manifest.OutputDirectory ?? Path.Combine(Path.GetDirectoryName(manifest.Path)!, OutDir),
            Pages ?? manifest.Pages)
        {
            NoBleed = NoBleed || manifest.NoBleed,
            Marks = Marks || manifest.Marks,
            Imposition = Imposition ?? manifest.Imposition,
            Name = edition.Name,
            Ink = Ink ?? manifest.Ink,
            Separations = Separations || manifest.Separations,
            Png = Png,
        };
}
