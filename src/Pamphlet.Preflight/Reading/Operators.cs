namespace Pamphlet.Preflight.Reading;

/// <summary>
/// Content-stream operators as small integers (their bytes, little-endian), so the interpreter
/// dispatches with a switch and without making a string per operator. No operator is longer than 3 bytes.
/// </summary>
internal static class Operators
{
    public static int Code(ReadOnlySpan<byte> op) => op.Length switch
    {
        1 => op[0],
        2 => op[0] | op[1] << 8,
        3 => op[0] | op[1] << 8 | op[2] << 16,
        _ => 0,
    };

    private const int T = 'T', S = 'S', B = 'B';

    public const int SaveState = 'q', RestoreState = 'Q', Transform = 'c' | 'm' << 8;
    public const int LineWidth = 'w', ExtGState = 'g' | 's' << 8;
    public const int StrokeSpace = 'C' | S << 8, FillSpace = 'c' | 's' << 8;
    public const int StrokeColor = S | 'C' << 8, StrokeColorN = S | 'C' << 8 | 'N' << 16, FillColor = 's' | 'c' << 8, FillColorN = 's' | 'c' << 8 | 'n' << 16;
    public const int StrokeGray = 'G', FillGray = 'g', StrokeRgb = 'R' | 'G' << 8, FillRgb = 'r' | 'g' << 8, StrokeCmyk = 'K', FillCmyk = 'k';
    public const int MoveTo = 'm', LineTo = 'l', CurveTo = 'c', CurveToV = 'v', CurveToY = 'y', Rectangle = 'r' | 'e' << 8, ClosePath = 'h';
    public const int Stroke = S, CloseStroke = 's', Fill = 'f', FillOld = 'F', FillEvenOdd = 'f' | '*' << 8;
    public const int FillStroke = B, FillStrokeEvenOdd = B | '*' << 8, CloseFillStroke = 'b', CloseFillStrokeEvenOdd = 'b' | '*' << 8, EndPath = 'n';
    public const int BeginText = B | T << 8, EndText = 'E' | T << 8, SetFont = T | 'f' << 8, TextMatrix = T | 'm' << 8, RenderMode = T | 'r' << 8;
    public const int ShowText = T | 'j' << 8, ShowTextArray = T | 'J' << 8, NextLineShow = '\'', NextLineShowSpaced = '"';
    public const int PaintXObject = 'D' | 'o' << 8, BeginInlineImage = B | 'I' << 8, InlineImageData = 'I' | 'D' << 8, PaintShading = 's' | 'h' << 8;
}
