namespace Pamphlet.Text.LineBreaking;

/// <summary>The chosen lines, their total demerits and the pass that found them.</summary>
public sealed record LineBreakResult(IReadOnlyList<LineBreak> Lines, double TotalDemerits, LineBreakPass Pass)
{
    public bool HasOverfullLines => Lines.Any(l => l.Overfull);
}
