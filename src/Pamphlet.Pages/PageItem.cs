namespace Pamphlet.Pages;

/// <summary>
/// Something placed on a page. <see cref="Role"/> names what it is ("body", "heading", "pullquote",
/// "demands", "caption", "credit", "folio"…) so tests and later stages can find things without
/// guessing from geometry.
/// </summary>
public abstract record PageItem(string Role)
{
    /// <summary>The area the item covers, for overlap and margin checks.</summary>
    public abstract Rect Bounds { get; }

    /// <summary>
    /// The piece of the statement this item draws (for tagged PDF); null for furniture and decoration
    /// (folios, footers, rules, panels, marks), which writers mark as artifacts.
    /// </summary>
    public StructureElement? Structure { get; init; }

    /// <summary>The same item moved by (dx, dy): frames are composed at the origin, then placed.</summary>
    public abstract PageItem Offset(double dx, double dy);

    protected static Point Move(Point p, double dx, double dy) => new(p.X + dx, p.Y + dy);
    protected static Rect Move(Rect r, double dx, double dy) => r with { X = r.X + dx, Y = r.Y + dy };
}

/// <summary>
/// Shaped glyphs in one font, size and colour, on one baseline. <see cref="Origin"/> is the baseline
/// start; <see cref="Positions"/> are each glyph's offsets from it. <see cref="Text"/> is the logical
/// source text and <see cref="Clusters"/> maps each glyph to its first UTF-16 index in it, so the
/// renderer can make the text extractable (ligatures, right-to-left) in reading order. Font, size,
/// colour and extent are kept in a <see cref="RunStyle"/> the words of a font run share.
/// </summary>
public sealed record GlyphRun : PageItem
{
    public GlyphRun(string role, Point origin, FontFace font, double fontSize, Color color, IReadOnlyList<ushort> glyphs, IReadOnlyList<Point> positions,
        string text, IReadOnlyList<int> clusters, double width, double ascent, double descent, bool rightToLeft = false)
        : this(role, origin, new RunStyle(font, fontSize, color, ascent, descent), glyphs, positions, text, clusters, width, rightToLeft)
    {
    }

    public GlyphRun(string role, Point origin, RunStyle style, IReadOnlyList<ushort> glyphs, IReadOnlyList<Point> positions,
        string text, IReadOnlyList<int> clusters, double width, bool rightToLeft = false) : base(role)
    {
        Origin = origin;
        Style = style;
        Glyphs = glyphs;
        Positions = positions;
        Text = text;
        Clusters = clusters;
        Width = width;
        RightToLeft = rightToLeft;
    }

    public Point Origin { get; init; }

    /// <summary>Face, size, colour and extent (see <see cref="RunStyle"/>); the properties below read and set it.</summary>
    public RunStyle Style { get; init; }

    public FontFace Font { get => Style.Font; init => Style = Style with { Font = value }; }
    public double FontSize { get => Style.FontSize; init => Style = Style with { FontSize = value }; }
    public Color Color { get => Style.Color; init => Style = Style with { Color = value }; }
    public IReadOnlyList<ushort> Glyphs { get; init; }
    public IReadOnlyList<Point> Positions { get; init; }
    public string Text { get; init; }
    public IReadOnlyList<int> Clusters { get; init; }
    public double Width { get; init; }
    public double Ascent { get => Style.Ascent; init => Style = Style with { Ascent = value }; }
    public double Descent { get => Style.Descent; init => Style = Style with { Descent = value }; }
    public bool RightToLeft { get; init; }

    /// <summary>
    /// The run ends with a hyphen that line breaking added (the last character of <see cref="Text"/>),
    /// not one of the statement's own: writers mark it so text extraction joins the word again.
    /// </summary>
    public bool HyphenInserted { get; init; }

    /// <summary>
    /// The run's resolved bidi embedding level (UAX #9): even left-to-right, odd right-to-left. Writers
    /// recover a line's logical order from its runs' levels, so extracted text reads in logical order.
    /// </summary>
    public byte BidiLevel { get; init; }

    /// <summary>
    /// The glyphs' width as a share of their designed width: justified lines widen or narrow their glyphs
    /// by a percent or two (glyph expansion). <see cref="Positions"/> and <see cref="Width"/> already
    /// include it; writers draw each glyph's outline scaled by it horizontally (PDF <c>Tz</c>).
    /// </summary>
    public double HorizontalScale { get; init; } = 1;

    public override Rect Bounds => new(Origin.X, Origin.Y - Ascent, Width, Ascent + Descent);
    public override PageItem Offset(double dx, double dy) => this with { Origin = Move(Origin, dx, dy) };
}

/// <summary>
/// A raster image placed in <see cref="Frame"/>. <see cref="Source"/> is the part of the upright
/// picture shown, in fractions of its width and height (0..1): cropping for "cover" fits.
/// <see cref="Orientation"/> is the file's EXIF orientation: renderers turn the stored pixels by it
/// (so JPEG bytes can still be passed through unchanged) and must not let a decoder turn them again.
/// </summary>
public sealed record ImageItem(string Role, Rect Frame, string Path, Rect Source) : PageItem(Role)
{
    public static Rect WholeImage { get; } = new(0, 0, 1, 1);

    public ImageOrientation Orientation { get; init; } = ImageOrientation.Normal;

    /// <summary>
    /// Set when the ink cannot print the photo in colour (black-only copies, one risograph drum):
    /// writers print its lightness in that one ink through the tone curve. Null prints the file as it is.
    /// </summary>
    public Inks.MonochromeImage? Monochrome { get; init; }

    public override Rect Bounds => Frame;
    public override PageItem Offset(double dx, double dy) => this with { Frame = Move(Frame, dx, dy) };
}

/// <summary>A straight line (rules, accent bars, ornaments).</summary>
public sealed record RuleItem(string Role, Point From, Point To, double Thickness, Color Color) : PageItem(Role)
{
    /// <summary>Rules are drawn with butt caps: they widen across their direction, never past their ends.</summary>
    public override Rect Bounds
    {
        get
        {
            var half = Thickness / 2;
            var x = Math.Min(From.X, To.X);
            var y = Math.Min(From.Y, To.Y);
            var w = Math.Abs(To.X - From.X);
            var h = Math.Abs(To.Y - From.Y);
            if (h == 0) return new Rect(x, y - half, w, Thickness);
            if (w == 0) return new Rect(x - half, y, Thickness, h);
            return new Rect(x - half, y - half, w + Thickness, h + Thickness);
        }
    }

    public override PageItem Offset(double dx, double dy) => this with { From = Move(From, dx, dy), To = Move(To, dx, dy) };
}

/// <summary>A filled and/or stroked rectangle (boxes, panels, backgrounds).</summary>
public sealed record FillItem(string Role, Rect Area, Color? Fill, Color? Stroke = null, double StrokeWidth = 0, double CornerRadius = 0) : PageItem(Role)
{
    public override Rect Bounds => Area;
    public override PageItem Offset(double dx, double dy) => this with { Area = Move(Area, dx, dy) };
}

/// <summary>A clickable link area (for the digital PDF; invisible in print).</summary>
public sealed record LinkItem(string Role, Rect Area, string Url) : PageItem(Role)
{
    public override Rect Bounds => Area;
    public override PageItem Offset(double dx, double dy) => this with { Area = Move(Area, dx, dy) };
}
