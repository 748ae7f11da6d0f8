using System.Text;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using QRCoder;

namespace Pamphlet.Composition.Qr;

/// <summary>
/// The dark and light modules of one QR symbol, without any quiet zone: QRCoder is used only for
/// this (encoding, error correction, masking); drawing is ours so it stays vector and in our model.
/// </summary>
internal sealed class QrSymbol
{
    /// <summary>
    /// Level M restores up to about 15 % of damaged codewords: enough for smudged, creased or
    /// partly torn prints on a wall, while keeping the symbol smaller (so each module larger at a
    /// given size) than Q or H would.
    /// </summary>
    public const QRCodeGenerator.ECCLevel ErrorCorrection = QRCodeGenerator.ECCLevel.M;

    /// <summary>
    /// The most a symbol holds at <see cref="ErrorCorrection"/> in byte mode: 2,331 bytes, in the
    /// largest symbol, version 40 (ISO/IEC 18004:2015, table 7). A URL is encoded in byte mode
    /// (lower-case letters rule out the denser alphanumeric mode), so this is the longest URL a code carries.
    /// </summary>
    public const int MaxPayloadBytes = 2331;

    // A QR symbol of version v is 17 + 4v modules per side (ISO/IEC 18004, 5.3.1).
    private const int BaseSide = 17;
    private const int SidePerVersion = 4;

    private readonly bool[,] dark;

    private QrSymbol(bool[,] dark) => this.dark = dark;

    /// <summary>Modules per side of the symbol itself (no quiet zone).</summary>
    public int Side => dark.GetLength(0);

    public bool IsDark(int row, int column) => dark[row, column];

    /// <summary>
    /// The bytes <paramref name="text"/> takes in byte mode: one per character when every character
    /// is Latin-1 (QRCoder then encodes it as ISO-8859-1), else its UTF-8 encoding.
    /// </summary>
    public static int PayloadBytes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.All(c => c <= '\u00FF') ? text.Length : Encoding.UTF8.GetByteCount(text);
    }

    /// <summary>
    /// The symbol of <paramref name="text"/>. The last one made is kept: a poster's fitting asks for its
    /// one URL's symbol several times per trial size and again in every rebuild of a watch, and
    /// encoding (error correction, choosing among eight masks) is most of a trial's cost otherwise.
    /// </summary>
    public static QrSymbol Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Volatile.Read(ref last) is { } known && string.Equals(known.Text, text, StringComparison.Ordinal)) return known.Symbol;
        var symbol = EncodeUncached(text);
        Volatile.Write(ref last, new Encoded(text, symbol));
        return symbol;
    }

    private sealed record Encoded(string Text, QrSymbol Symbol);

    private static Encoded? last;

    private static QrSymbol EncodeUncached(string text)
    {
        if (text.Length == 0) throw new ArgumentException("A QR code needs some text to encode.", nameof(text));
        if (PayloadBytes(text) > MaxPayloadBytes)
        {
            throw new ArgumentException($"The text ({PayloadBytes(text)} bytes) is longer than the {MaxPayloadBytes} bytes a QR code holds at level {ErrorCorrection}; use a shorter URL.", nameof(text));
        }

        QRCodeData data;
        try
        {
            data = QRCodeGenerator.GenerateQrCode(text, ErrorCorrection);
        }
        catch (QRCoder.Exceptions.DataTooLongException e)
        {
            throw new ArgumentException(
                $"The text ({text.Length} characters) is too long for a QR code at error-correction level {ErrorCorrection}; use a shorter URL.",
                nameof(text), e);
        }

        using (data)
        {
            // QRCoder's matrix usually carries its own light border (the quiet zone); how wide it is
            // is QRCoder's choice, so strip whatever surrounds the symbol and add exactly our own.
            var side = BaseSide + SidePerVersion * data.Version;
            var matrix = data.ModuleMatrix;
            var border = (matrix.Count - side) / 2;
            if (border < 0 || matrix.Count != side + 2 * border)
            {
                throw new InvalidOperationException($"QRCoder returned a {matrix.Count}-module matrix for a version {data.Version} symbol of {side} modules.");
            }

            var dark = new bool[side, side];
            for (var row = 0; row < side; row++)
            {
                var bits = matrix[row + border];
                for (var column = 0; column < side; column++)
                {
                    dark[row, column] = bits[column + border];
                }
            }

            return new QrSymbol(dark);
        }
    }
}
