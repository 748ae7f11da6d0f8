namespace Pamphlet.Layouts.Model;

/// <summary>
/// The four values page-count fitting moves, in points (and a share of the text height for the
/// figure): what a layout is re-bound with so that everything derived from the body size follows.
/// </summary>
public sealed record FittedSettings(double BodySize, double Leading, double ParagraphSpace, double ImageShare)
{
    /// <summary>The settings at fitting step <paramref name="step"/> in [-1, 1] of <paramref name="layout"/>'s ranges; 0 is the layout as written.</summary>
    public static FittedSettings At(LayoutDefinition layout, double step)
    {
        var fitting = layout.Fitting ?? throw new InvalidOperationException($"layout '{layout.Name}' has no fitting ranges");
        var body = layout.Styles.Body.Font;
        return new FittedSettings(
            fitting.BodySize.At(step, body.Size),
            fitting.Leading.At(step, body.Leading),
            fitting.ParagraphSpace.At(step, layout.Text.ParagraphSpace),
            fitting.ImageShare.At(step, layout.Styles.Figure.MaxHeightShare));
    }
}
