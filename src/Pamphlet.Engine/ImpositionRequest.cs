using Pamphlet.Rendering.Imposition;

namespace Pamphlet.Engine;

/// <summary>
/// Also write the pages imposed on printer sheets, as <c>&lt;stem&gt;.&lt;layout&gt;.&lt;kind&gt;.pdf</c>.
/// <see cref="Creep"/> (points, saddle only) moves each inner sheet's pages towards the fold.
/// </summary>
public sealed record ImpositionRequest(ImpositionKind Kind, double Creep = 0)
{
    /// <summary>The press sheet (<c>--sheet</c>, saddle and 2-up); null: desktop sheets.</summary>
    public PrinterSheet? Sheet { get; init; }
}
