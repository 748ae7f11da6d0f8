namespace Pamphlet.Layouts.Model;

/// <summary>
/// What a layout is for. Pamphlets flow text over pages; posters place content in the regions of a
/// grid on one printed sheet; cards are the same one-page grid made as an image for screens (PNG and PDF).
/// </summary>
public enum LayoutKind { Pamphlet, Poster, Card }

/// <summary>
/// A layout definition after loading, inheritance (<c>extends:</c>) and validation: every length in
/// points, every colour parsed, every font role resolved. Composition reads only this.
/// </summary>
public sealed record LayoutDefinition
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    /// <summary>The YAML file it came from (the most derived one when it extends others).</summary>
    public required string SourcePath { get; init; }
    public LayoutKind Kind { get; init; } = LayoutKind.Pamphlet;
    public required PageSetup Page { get; init; }
    public required FontSetup Fonts { get; init; }
    /// <summary>Every font family the layout names, where it names it (for "unknown font" errors at the layout's line).</summary>
    public IReadOnlyList<NamedFamily> NamedFamilies { get; init; } = [];
    public required Palette Colors { get; init; }
    public required TextSetup Text { get; init; }
    public required BlockStyles Styles { get; init; }
    public required CoverSetup Cover { get; init; }
    public required FolioSetup Folio { get; init; }
    public required FooterSetup Footer { get; init; }
    /// <summary>How the colours print with each ink (black only, CMYK, risograph drums).</summary>
    public required InkSetup Inks { get; init; }
    /// <summary>How the pamphlet may be adjusted to land on a page count (null: not at all).</summary>
    public PageFitting? Fitting { get; init; }
    /// <summary>
    /// The grid of regions of a poster (<c>poster:</c>) or a card (<c>card:</c>); set exactly when
    /// <see cref="HasRegions"/>. Both are composed by the same poster machinery.
    /// </summary>
    public PosterSetup? Poster { get; init; }

    /// <summary>A poster or a card: one page of regions, not text flowing over pages.</summary>
    public bool HasRegions => Kind is LayoutKind.Poster or LayoutKind.Card;

    /// <summary>The merged tree (defaults and the <c>extends:</c> chain) this layout was bound from.</summary>
    internal Yaml.RawMap? Tree { get; init; }

    /// <summary>
    /// This layout as if written with the fitted body size, leading, paragraph space and figure height:
    /// bound again from its tree, so em lengths and every style on the body font follow the new size.
    /// </summary>
    public LayoutDefinition Fitted(FittedSettings settings) => Binding.FittedLayoutBinder.Bind(this, settings);
}

/// <summary>Page size and margins in points. Inside/outside mirror on facing pages (inside = binding side).</summary>
public sealed record PageSetup(double Width, double Height, Margins Margins, int Columns, double Gutter, double Bleed)
{
    /// <summary>Width of one text column.</summary>
    public double ColumnWidth => (Width - Margins.Inside - Margins.Outside - (Columns - 1) * Gutter) / Columns;
    public double TextHeight => Height - Margins.Top - Margins.Bottom;
}

public sealed record Margins(double Top, double Bottom, double Inside, double Outside);
