using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Engine.Print.Inks;

/// <summary>
/// The palette name a page colour came from, so a layout's <c>black-only:</c>, <c>cmyk:</c> and
/// <c>riso:</c> entries (keyed by name) find the items painted in it. Pages carry colours, not names;
/// opacity does not change which colour it is.
/// </summary>
internal sealed class PaletteNames(Palette palette)
{
    private readonly Dictionary<Color, List<string>> names = palette.Named
        .GroupBy(entry => Key(entry.Value))
        .ToDictionary(group => group.Key, group => group.Select(entry => entry.Key).ToList());

    /// <summary>The first name of <paramref name="color"/> (in the palette's order) that <paramref name="has"/> holds, or null.</summary>
    public T? Find<T>(Color color, IReadOnlyDictionary<string, T> has) where T : struct
    {
        if (!names.TryGetValue(Key(color), out var candidates)) return null;
        foreach (var name in candidates)
        {
            if (has.TryGetValue(name, out var value)) return value;
        }

        return null;
    }

    /// <summary>Every name the palette gives <paramref name="color"/>.</summary>
    public IReadOnlyList<string> Of(Color color) => names.TryGetValue(Key(color), out var list) ? list : [];

    private static Color Key(Color color) => color.WithAlpha(1).WithOverprint(false);
}
