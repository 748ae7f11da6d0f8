namespace Pamphlet.Composition.LineBreaking;

/// <summary>
/// How the breaker weighs lines. Badness is TeX's: <c>100·|r|³</c> for adjustment ratio <c>r</c>, so badness
/// 100 is a line stretched by all its stretch (r = 1) and 12 is "decent" (|r| ≈ 0.5).
/// Demerits per line are <c>(LinePenalty + badness)² ± penalty²</c> plus the extra demerits below.
/// </summary>
public sealed record LineBreakParameters
{
    public static LineBreakParameters Default { get; } = new();

    /// <summary>
    /// Badness limit of a first pass that ignores hyphen breaks (TeX <c>\pretolerance</c> = 100): a paragraph
    /// that sets well without hyphens gets none. Negative skips that pass.
    /// </summary>
    public double Pretolerance { get; init; } = 100;

    /// <summary>Badness limit with hyphen breaks (TeX <c>\tolerance</c> = 200, r ≈ 1.26 at most).</summary>
    public double Tolerance { get; init; } = 200;

    /// <summary>Added to every line's badness before squaring (TeX <c>\linepenalty</c> = 10): fewer lines win ties.</summary>
    public double LinePenalty { get; init; } = 10;

    /// <summary>
    /// Penalty of a break at a hyphenation point (TeX <c>\hyphenpenalty</c> = 50; Typst uses 135). We keep
    /// TeX's 50: its square (2500) equals the demerits of turning a decent line loose (badness ≈ 40), so a
    /// hyphen is taken to avoid a loose line but not to save a decent one. 135 (≈ 18 000) would rather set a
    /// line at badness ≈ 125 than hyphenate — on a narrow A5 measure that is how rivers start, and hyphen
    /// runs are already capped hard by <see cref="MaxConsecutiveHyphens"/> and priced by <see cref="FlaggedDemerits"/>.
    /// Measured on a 112-word paragraph at 61 measures of 30–90 characters: 50 hyphenated 33 of 574 lines with
    /// mean badness 83; 135 hyphenated 23 with mean badness 90 and more very loose lines (106 against 100).
    /// </summary>
    public double HyphenPenalty { get; init; } = 50;

    /// <summary>Penalty of a break after an explicit hyphen, as in "well-known" (TeX <c>\exhyphenpenalty</c> = 50).</summary>
    public double ExplicitHyphenPenalty { get; init; } = 50;

    /// <summary>
    /// Extra demerits when two lines in a row end with a hyphen. The paper's α is 3000; we use plain TeX's
    /// <c>\doublehyphendemerits</c> = 10 000 because a run of hyphens reads worse than a slightly loose line.
    /// </summary>
    public double FlaggedDemerits { get; init; } = 10000;

    /// <summary>Extra demerits when the next-to-last line ends with a hyphen (TeX <c>\finalhyphendemerits</c> = 5000).</summary>
    public double FinalHyphenDemerits { get; init; } = 5000;

    /// <summary>
    /// Extra demerits when adjacent lines' fitness classes (very loose, loose, decent, tight) differ by more
    /// than one: a tight line under a loose one shows (TeX <c>\adjdemerits</c> = 10 000; the paper's γ is 3000).
    /// </summary>
    public double FitnessDemerits { get; init; } = 10000;

    /// <summary>
    /// Most hyphen-ended lines in a row: a hard limit kept in each active node's state, never traded for
    /// demerits. 0 forbids hyphen breaks altogether.
    /// </summary>
    public int MaxConsecutiveHyphens { get; init; } = 2;

    /// <summary>
    /// A line (0-based) that must not end with a hyphen, or null: pagination asks for this when the line
    /// would end a page, so that no word is cut across a page turn (or with a figure between its halves).
    /// </summary>
    public int? UnhyphenatedLine { get; init; }

    /// <summary>
    /// A last line whose natural width is below this share of its measure counts as short: a fifth of an A5
    /// line is about one or two short words, the "orphan word" that wastes a line and looks like an accident.
    /// </summary>
    public double ShortLastLineShare { get; init; } = 0.2;

    /// <summary>
    /// Extra demerits for a short last line. Set like <see cref="FinalHyphenDemerits"/> (5000, a cosmetic flaw at
    /// the paragraph's end): worth making a couple of lines loose or tight, not worth a very loose line.
    /// TeX has no such term (its last line may be any length); this is our addition.
    /// </summary>
    public double ShortLastLineDemerits { get; init; } = 5000;

    /// <summary>
    /// Extra stretch per line, as a share of that line's width, counted only in badness by the emergency pass
    /// that runs when no breaks meet <see cref="Tolerance"/> (TeX <c>\emergencystretch</c>). A share keeps the
    /// default unit-free: 0.1 of a ~26 em A5 line is the 2–3 em commonly used with TeX. 0 skips that pass.
    /// </summary>
    public double EmergencyStretchShare { get; init; } = 0.1;

    /// <summary>
    /// A line with no word space to stretch (a piece of a long URL, a long compound alone) cannot be justified;
    /// TeX calls it infinitely bad, which sends paragraphs with a long URL to the emergency pass, where the lines
    /// around the URL are set very loose so that its rigid pieces come out. Here such a line stays short like a
    /// ragged one and its badness is that of a line with this share of its width as stretch: 100 when it falls a
    /// tenth short, as the emergency pass judges it. Measured on the corpus's tenants-en (four long URLs), with
    /// 1 % letter-spacing, word spaces stretching ½ and shrinking 0.45: evenness (spacing.py p95/median)
    /// 1.50 → 1.37; no change on the statements without long URLs.
    /// 0 keeps TeX's rule.
    /// </summary>
    public double RigidLineStretchShare { get; init; } = 0.1;
}
