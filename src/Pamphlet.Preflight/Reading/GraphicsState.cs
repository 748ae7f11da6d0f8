namespace Pamphlet.Preflight.Reading;

/// <summary>The parts of PDF's graphics state (ISO 32000-1 §8.4) the checks read; copied on q, restored on Q.</summary>
internal sealed class GraphicsState
{
    public Matrix Ctm { get; set; } = Matrix.Identity;

    public double LineWidth { get; set; } = 1;

    public PaintColor FillColor { get; set; } = PaintColor.Black;

    public PaintColor StrokeColor { get; set; } = PaintColor.Black;

    public bool FillOverprint { get; set; }

    public bool StrokeOverprint { get; set; }

    public int OverprintMode { get; set; }

    public double FillAlpha { get; set; } = 1;

    public double StrokeAlpha { get; set; } = 1;

    public bool SoftMask { get; set; }

    public string BlendMode { get; set; } = "Normal";

    public FontInfo? Font { get; set; }

    public double FontSize { get; set; }

    /// <summary>Tr: 0 fill, 1 stroke, 2 both, 3 invisible, 4–7 the same adding to the clip.</summary>
    public int RenderMode { get; set; }

    public GraphicsState Clone() => (GraphicsState)MemberwiseClone();
}
