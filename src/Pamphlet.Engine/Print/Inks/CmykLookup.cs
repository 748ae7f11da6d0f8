using System.Buffers.Binary;

namespace Pamphlet.Engine.Print.Inks;

/// <summary>
/// The PCS-to-device table of a CMYK output profile (ICC v2 <c>lut16Type</c>, the relative
/// colorimetric <c>B2A1</c> tag): input curves, a 3-D colour lookup table, output curves. Enough of
/// ICC to turn a layout's screen colour into the inks the profile's press would print; photos are
/// left to the RIP (PDF/X-4 allows ICC-based RGB).
/// </summary>
internal sealed class CmykLookup
{
    private const uint Lut16Signature = 0x6D667432; // 'mft2'
    private const uint RelativeColorimetricTag = 0x42324131; // 'B2A1'
    private const uint LabSignature = 0x4C616220; // 'Lab '
    private const uint CmykSignature = 0x434D594B; // 'CMYK'

    private readonly ushort[][] inputCurves;
    private readonly ushort[] grid;
    private readonly int points;
    private readonly ushort[][] outputCurves;

    private CmykLookup(ushort[][] inputCurves, ushort[] grid, int points, ushort[][] outputCurves) =>
        (this.inputCurves, this.grid, this.points, this.outputCurves) = (inputCurves, grid, points, outputCurves);

    /// <summary>Reads the relative colorimetric table of a CMYK profile with a Lab connection space.</summary>
    public static CmykLookup Read(ReadOnlySpan<byte> profile)
    {
        if (profile.Length < 132 || BinaryPrimitives.ReadUInt32BigEndian(profile[16..]) != CmykSignature || BinaryPrimitives.ReadUInt32BigEndian(profile[20..]) != LabSignature)
        {
            throw new InvalidDataException("not a CMYK profile with a Lab connection space");
        }

        var count = BinaryPrimitives.ReadInt32BigEndian(profile[128..]);
        for (var i = 0; i < count; i++)
        {
            var entry = profile.Slice(132 + 12 * i, 12);
            if (BinaryPrimitives.ReadUInt32BigEndian(entry) != RelativeColorimetricTag) continue;
            var offset = BinaryPrimitives.ReadInt32BigEndian(entry[4..]);
            var size = BinaryPrimitives.ReadInt32BigEndian(entry[8..]);
            return ReadLut16(profile.Slice(offset, size));
        }

        throw new InvalidDataException("the profile has no B2A1 (relative colorimetric) table");
    }

    private static CmykLookup ReadLut16(ReadOnlySpan<byte> tag)
    {
        if (BinaryPrimitives.ReadUInt32BigEndian(tag) != Lut16Signature || tag[8] != 3 || tag[9] != 4)
        {
            throw new InvalidDataException("the B2A1 table is not a 16-bit Lab-to-CMYK lookup table");
        }

        int points = tag[10];
        int inEntries = BinaryPrimitives.ReadUInt16BigEndian(tag[48..]);
        int outEntries = BinaryPrimitives.ReadUInt16BigEndian(tag[50..]);
        var at = 52;
        var input = new ushort[3][];
        for (var c = 0; c < 3; c++) input[c] = Words(tag, ref at, inEntries);
        var grid = Words(tag, ref at, points * points * points * 4);
        var output = new ushort[4][];
        for (var c = 0; c < 4; c++) output[c] = Words(tag, ref at, outEntries);
        return new CmykLookup(input, grid, points, output);
    }

    private static ushort[] Words(ReadOnlySpan<byte> tag, ref int at, int count)
    {
        var words = new ushort[count];
        for (var i = 0; i < count; i++) words[i] = BinaryPrimitives.ReadUInt16BigEndian(tag[(at + 2 * i)..]);
        at += 2 * count;
        return words;
    }

    /// <summary>C, M, Y, K (0..1) for a colour given in CIE L*a*b* (D50, the profile connection space).</summary>
    public (double C, double M, double Y, double K) FromLab(double l, double a, double b)
    {
        // ICC v2 16-bit Lab: L* 0..100 over 0..0xFF00, a* and b* -128..127.996 over 0..0xFFFF.
        Span<double> pcs = [Math.Clamp(l, 0, 100) * 0xFF00 / 100 / 65535, Math.Clamp(a + 128, 0, 255.996) * 256 / 65535, Math.Clamp(b + 128, 0, 255.996) * 256 / 65535];
        for (var c = 0; c < 3; c++) pcs[c] = Curve(inputCurves[c], pcs[c]);
        Span<double> inks = stackalloc double[4];
        Interpolate(pcs, inks);
        for (var c = 0; c < 4; c++) inks[c] = Curve(outputCurves[c], inks[c]);
        return (inks[0], inks[1], inks[2], inks[3]);
    }

    /// <summary>A 1-D table over 0..1 read by linear interpolation, giving 0..1.</summary>
    private static double Curve(ushort[] table, double x)
    {
        var position = Math.Clamp(x, 0, 1) * (table.Length - 1);
        var i = Math.Min((int)position, table.Length - 2);
        var t = position - i;
        return (table[i] + t * (table[i + 1] - table[i])) / 65535.0;
    }

    /// <summary>
    /// Trilinear interpolation in the grid. Colour engines use it for Lab-indexed tables: Lab's axes are
    /// not aligned with the neutral diagonal that tetrahedral interpolation favours (Little CMS does the
    /// same, and tetrahedral here strays up to 2 points of ink from it).
    /// </summary>
    private void Interpolate(ReadOnlySpan<double> pcs, Span<double> result)
    {
        var last = points - 1;
        Span<int> cell = stackalloc int[3];
        Span<double> f = stackalloc double[3];
        for (var c = 0; c < 3; c++)
        {
            var position = pcs[c] * last;
            cell[c] = Math.Min((int)position, last - 1);
            f[c] = position - cell[c];
        }

        result.Clear();
        for (var corner = 0; corner < 8; corner++)
        {
            var (dx, dy, dz) = (corner >> 2 & 1, corner >> 1 & 1, corner & 1);
            var weight = (dx == 1 ? f[0] : 1 - f[0]) * (dy == 1 ? f[1] : 1 - f[1]) * (dz == 1 ? f[2] : 1 - f[2]);
            var at = (((cell[0] + dx) * points + cell[1] + dy) * points + cell[2] + dz) * 4;
            for (var o = 0; o < 4; o++) result[o] += weight * grid[at + o] / 65535.0;
        }
    }
}
