using Pamphlet.Layouts.Model;
namespace Pamphlet.Layouts.Binding;

/// <summary>Binds <c>text:</c>, the body text rules. Ems here are the body size.</summary>
internal static class TextSetupBinder
{
    public static readonly string[] Keys =
        ["align", "hyphenate", "paragraph", "indent", "paragraph-space", "max-consecutive-hyphens", "orphans", "widows"];

    /// <summary>Widow/orphan limits above this cannot usually be met on a pamphlet page; it is a typo, not a wish.</summary>
    private const int MaxLinesKeptTogether = 9;

    /// <summary>More than this many hyphens in a row is never a deliberate typographic choice.</summary>
    private const int MaxHyphensInARow = 9;

    public static readonly IReadOnlyDictionary<string, TextAlign> Alignments = new Dictionary<string, TextAlign>
    {
        ["justify"] = TextAlign.Justify,
        ["start"] = TextAlign.Start,
        ["end"] = TextAlign.End,
        ["center"] = TextAlign.Center,
    };

    /// <summary>Said whenever an alignment is wrong: left/right are the words people reach for first.</summary>
    public const string AlignHint = " Write start for left and end for right (so right-to-left languages mirror).";

    private static readonly IReadOnlyDictionary<string, ParagraphSeparation> Separations = new Dictionary<string, ParagraphSeparation>
    {
        ["indent"] = ParagraphSeparation.Indent,
        ["space"] = ParagraphSeparation.Space,
    };

    public static TextSetup Bind(MapReader text, double bodySize) => new(
        Values.Choice(text.Required("align"), text.PathOf("align"), Alignments, AlignHint),
        Values.Boolean(text.Required("hyphenate"), text.PathOf("hyphenate")),
        Values.Choice(text.Required("paragraph"), text.PathOf("paragraph"), Separations),
        Values.Length(text.Required("indent"), text.PathOf("indent"), bodySize),
        Values.Length(text.Required("paragraph-space"), text.PathOf("paragraph-space"), bodySize),
        Values.Integer(text.Required("max-consecutive-hyphens"), text.PathOf("max-consecutive-hyphens"), 1, MaxHyphensInARow),
        Values.Integer(text.Required("orphans"), text.PathOf("orphans"), 1, MaxLinesKeptTogether),
        Values.Integer(text.Required("widows"), text.PathOf("widows"), 1, MaxLinesKeptTogether));
}
