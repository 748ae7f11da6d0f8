using System.Globalization;

namespace Pamphlet.Pages;

/// <summary>
/// The colour notations layouts accept, read in one place: <c>#rgb</c>, <c>#rrggbb</c>, <c>#rrggbbaa</c>,
/// <c>gray(0.6)</c>, <c>cmyk(0, 100, 85, 30)</c> (percent ink) and <c>spot("Name", cmyk(…))</c>.
/// </summary>
internal static class ColorSyntax
{
    public static bool TryParse(string text, out Color color)
    {
        color = default;
        var s = text.Trim();
        if (s.StartsWith('#')) return TryHex(s[1..], out color);
        if (Function(s, "gray") is { } gray)
        {
            if (Numbers(gray) is not [var level] || level is < 0 or > 1) return false;
            color = Color.Gray(level);
            return true;
        }

        if (Function(s, "cmyk") is { } cmyk) return TryCmyk(cmyk, out color);
        if (Function(s, "spot") is { } spot)
        {
            // spot("Name", cmyk(…)): the name is quoted so it may hold spaces and commas.
            var close = spot.Length > 0 && spot[0] == '"' ? spot.IndexOf('"', 1) : -1;
            if (close < 2) return false;
            var name = spot[1..close];
            var rest = spot[(close + 1)..].TrimStart();
            if (!rest.StartsWith(',') || Function(rest[1..].Trim(), "cmyk") is not { } alternate) return false;
            if (!TryCmyk(alternate, out var look) || string.IsNullOrWhiteSpace(name)) return false;
            color = Color.Spot(name.Trim(), look);
            return true;
        }

        return false;
    }

    private static bool TryHex(string s, out Color color)
    {
        color = default;
        if (s.Length == 3) s = string.Concat(s.Select(c => new string(c, 2)));
        if (s.Length is not (6 or 8)) return false;
        if (!uint.TryParse(s, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v)) return false;
        color = s.Length == 6
            ? Color.Rgb((byte)(v >> 16), (byte)(v >> 8), (byte)v)
            : Color.Rgb((byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v);
        return true;
    }

    private static bool TryCmyk(string arguments, out Color color)
    {
        color = default;
        if (Numbers(arguments) is not [var c, var m, var y, var k] || new[] { c, m, y, k }.Any(p => p is < 0 or > 100)) return false;
        color = Color.Cmyk(c / 100, m / 100, y / 100, k / 100);
        return true;
    }

    /// <summary>The text between the parentheses of <c>name( … )</c>, or null when <paramref name="s"/> is not that call.</summary>
    private static string? Function(string s, string name)
    {
        if (!s.StartsWith(name, StringComparison.OrdinalIgnoreCase)) return null;
        var rest = s[name.Length..].TrimStart();
        return rest.Length >= 2 && rest[0] == '(' && rest[^1] == ')' ? rest[1..^1].Trim() : null;
    }

    private static double[]? Numbers(string list)
    {
        var parts = list.Split(',');
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out values[i])) return null;
        }

        return values;
    }
}
