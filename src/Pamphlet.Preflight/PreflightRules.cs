using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;
using Pamphlet.Preflight.Rules;

namespace Pamphlet.Preflight;

/// <summary>
/// Judges a PDF's facts against what the chosen ink's machine needs. Each rule is one function over the
/// facts (no PDF types), so builds can run the same rules on what they write.
/// </summary>
public static class PreflightRules
{
    /// <summary>Rules about the whole file.</summary>
    public static IReadOnlyList<Func<DocumentFacts, InkChoice, IEnumerable<Finding>>> DocumentRules { get; } =
    [
        PdfXRules.Identification,
    ];

    /// <summary>Rules about one page, in the order their findings are listed.</summary>
    public static IReadOnlyList<Func<PageFacts, InkChoice, IEnumerable<Finding>>> PageRules { get; } =
    [
        ReadProblems.Check,
        PageBoxRules.Nesting,
        PageBoxRules.NoTrimBox,
        FontEmbedding.Check,
        ColorSpaceRules.Black,
        ColorSpaceRules.Cmyk,
        ColorSpaceRules.Riso,
        CmykRules.TotalInk,
        BlackText.NotBlackInkOnly,
        CmykRules.BlackTextOverprint,
        ImageResolution.Check,
        SizeRules.SmallText,
        SizeRules.ThinLines,
        RisoRules.Transparency,
        RisoRules.Solids,
    ];

    /// <summary>Every finding: the file's first, then page by page, errors before warnings on each page.</summary>
    public static IReadOnlyList<Finding> Check(DocumentFacts document, InkChoice ink) =>
    [
        .. DocumentRules.SelectMany(rule => rule(document, ink)),
        .. document.Pages.SelectMany(page => PageRules.SelectMany(rule => rule(page, ink)).OrderByDescending(f => f.IsError)),
    ];
}
