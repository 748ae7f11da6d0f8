using System.Globalization;
using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Units;
using Pamphlet.Layouts.Yaml;

namespace Pamphlet.Layouts.Binding;

/// <summary>Scalar conversions with located, actionable errors. <c>path</c> is the dotted key path shown to the user.</summary>
internal static class Values
{
    public static string Text(RawNode node, string path)
    {
        if (node is RawScalar { IsNull: false } scalar) return scalar.Value;
        throw Errors.Expected(node, path, "text");
    }

    /// <summary>
    /// A length in points. <paramref name="emSize"/> is what 1em means here (null: em not allowed).
    /// Bare numbers other than 0 are refused: "10" could be points or millimetres, and guessing wrong is silent.
    /// </summary>
    public static double Length(RawNode node, string path, double? emSize, bool allowNegative = false)
    {
        var literal = Literal(node, path, "a length such as 12pt or 4mm");
        double points;
        switch (literal.Unit)
        {
            case LengthUnit.None when literal.Number == 0:
                return 0;
            case LengthUnit.None:
                throw Errors.At(node, $"'{path}' is the bare number {Format(literal.Number)}: give a unit, e.g. 12pt or 4mm.");
            case LengthUnit.Percent:
                throw Errors.At(node, $"'{path}' cannot be a percentage; give a length such as 12pt or 4mm.");
            case LengthUnit.Em when emSize is null:
                throw Errors.At(node, $"'{path}' cannot be in em (there is no font size here); give mm, cm, pt or in (px on a card).");
            default:
                points = literal.ToPoints(emSize ?? 0);
                break;
        }

        if (points < 0 && !allowNegative)
        {
            throw Errors.At(node, $"'{path}' is negative ({Text(node, path)}); give 0 or more.");
        }

        return points;
    }

    /// <summary>
    /// A size relative to the text it sits in, in ems of that text ("0.65em", or a bare 0.65), from
    /// <paramref name="min"/> to <paramref name="max"/>: a note reference is set in whatever text
    /// refers to it, so no absolute length would fit everywhere.
    /// </summary>
    public static double Ems(RawNode node, string path, double min, double max)
    {
        var literal = Literal(node, path, "a size in em of the surrounding text, such as 0.65em");
        if (literal.Unit is not (LengthUnit.Em or LengthUnit.None))
        {
            throw Errors.At(node, $"'{path}' must be in em of the surrounding text, such as 0.65em.");
        }

        if (literal.Number < min || literal.Number > max)
        {
            throw Errors.At(node, $"'{path}' must be from {Format(min)}em to {Format(max)}em.");
        }

        return literal.Number;
    }

    /// <summary>A percentage as a share (45% → 0.45), between 0 (exclusive) and 100%.</summary>
    public static double Share(RawNode node, string path)
    {
        var literal = Literal(node, path, "a percentage such as 45%");
        if (literal.Unit != LengthUnit.Percent)
        {
            throw Errors.At(node, $"'{path}' must be a percentage such as 45% (of the text area's height).");
        }

        if (literal.Number is <= 0 or > 100)
        {
            throw Errors.At(node, $"'{path}' must be more than 0% and at most 100%.");
        }

        return literal.Number / 100;
    }

    /// <summary>A plain number (no unit).</summary>
    public static double Number(RawNode node, string path)
    {
        var literal = Literal(node, path, "a number");
        if (literal.Unit != LengthUnit.None)
        {
            throw Errors.At(node, $"'{path}' must be a plain number without a unit.");
        }

        return literal.Number;
    }

    public static int Integer(RawNode node, string path, int min, int max)
    {
        if (node is RawScalar { IsNull: false } scalar
            && int.TryParse(scalar.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            if (value < min || value > max)
            {
                throw Errors.At(node, $"'{path}' must be a whole number from {min} to {max}; it is {value}.");
            }

            return value;
        }

        throw Errors.Expected(node, path, $"a whole number from {min} to {max}");
    }

    public static bool Boolean(RawNode node, string path)
    {
        if (node is RawScalar { IsNull: false } scalar)
        {
            switch (scalar.Value.Trim().ToLowerInvariant())
            {
                case "true": return true;
                case "false": return false;
            }
        }

        throw Errors.Expected(node, path, "true or false");
    }

    /// <summary>One of a fixed set of words (case-insensitive), e.g. alignment or orientation.</summary>
    public static T Choice<T>(RawNode node, string path, IReadOnlyDictionary<string, T> choices, string hint = "")
    {
        if (node is RawScalar { IsNull: false } scalar
            && choices.FirstOrDefault(c => string.Equals(c.Key, scalar.Value.Trim(), StringComparison.OrdinalIgnoreCase)) is { Key: not null } hit)
        {
            return hit.Value;
        }

        var word = (node as RawScalar)?.Value ?? "";
        throw new PamphletException(node.At,
            $"'{path}' must be one of: {Suggestions.List(choices.Keys)}; it is {node.Describe()}.{Suggestions.DidYouMean(word, choices.Keys)}{hint}");
    }

    private static LengthLiteral Literal(RawNode node, string path, string expected)
    {
        if (node is not RawScalar { IsNull: false } scalar) throw Errors.Expected(node, path, expected);
        if (LengthLiteral.TryParse(scalar.Value, out var literal, out var unknownUnit)) return literal;
        if (unknownUnit is not null)
        {
            throw Errors.At(node, $"'{path}' has the unknown unit '{unknownUnit}'; use mm, cm, pt, in or em (px on a card).");
        }

        throw Errors.Expected(node, path, expected);
    }

    private static string Format(double number) => number.ToString(CultureInfo.InvariantCulture);
}
