namespace Pamphlet.Rendering.Imposition;

/// <summary>How to impose a document: the kind and the print options that shape the sheets.</summary>
public sealed record ImpositionSettings(ImpositionKind Kind)
{
    /// <summary>Saddle only: how far (points) each inner sheet's pages move towards the fold per sheet.</summary>
    public double Creep { get; init; }

    /// <summary>
    /// A press sheet (saddle and 2-up): the pages keep their bleed, and crop marks, fold marks and a
    /// slug go in the margin outside it. Null: desktop sheets, the pages filling the paper.
    /// </summary>
    public PrinterSheet? PressSheet { get; init; }

    /// <summary>
    /// Marks on desktop sheets (<c>--marks</c>). Press sheets always carry theirs: a shop cuts and
    /// folds by them.
    /// </summary>
    public bool Marks { get; init; }

    /// <summary>Saddle only: the last page is a back cover, kept on the outside after any blank pages.</summary>
    public bool BackCover { get; init; }
}
