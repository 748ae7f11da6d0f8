namespace Pamphlet.Text.Bidi;

/// <summary>
/// A run of one line at one resolved level, as a logical UTF-16 range. Runs come in visual order
/// (left to right); a run with an odd level is drawn right to left, so its shaped glyphs are reversed.
/// </summary>
internal readonly record struct BidiRun(int Start, int Length, byte Level)
{
    public int End => Start + Length;
    public bool IsRightToLeft => (Level & 1) == 1;
}
