namespace Pamphlet.Preflight.Facts;

/// <summary>Transparency in effect while a page was painted.</summary>
/// <param name="TranslucentPaints">Painting operations done at an opacity below 1 (ExtGState ca for fills, text and images; CA for strokes).</param>
/// <param name="MinOpacity">The lowest such opacity (1 when none).</param>
/// <param name="SoftMasks">Paintings under an ExtGState soft mask, plus images with a soft mask.</param>
/// <param name="BlendModes">Blend modes other than Normal and Compatible used while painting.</param>
/// <param name="Groups">Transparency groups: the page's own /Group and forms drawn with one. A group alone changes nothing that prints.</param>
public sealed record TransparencyFacts(int TranslucentPaints, double MinOpacity, int SoftMasks, IReadOnlyList<string> BlendModes, int Groups)
{
    public static TransparencyFacts None { get; } = new(0, 1, 0, [], 0);

    /// <summary>Whether anything was painted with transparency that a flattener must resolve (groups alone are not counted).</summary>
    public bool Effective => TranslucentPaints > 0 || SoftMasks > 0 || BlendModes.Count > 0;
}
