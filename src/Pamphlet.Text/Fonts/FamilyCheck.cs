using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Binding;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Text.Fonts;

/// <summary>
/// Before anything is set, every font family a layout names must be in the font folders. A missing
/// one is reported where the layout names it, with the nearest family there is — not at the first
/// statement line that happens to use it, and not silently skipped when it is a fallback.
/// </summary>
public static class FamilyCheck
{
    public static void Check(LayoutDefinition layout, FontLibrary fonts)
    {
        var errors = layout.NamedFamilies
            .Where(named => !fonts.HasFamily(named.Family))
            .DistinctBy(named => named.Family, StringComparer.OrdinalIgnoreCase)
            .Select(named => Diagnostic.Error(named.At, Message(named.Family, fonts.Families)))
            .ToList();
        if (errors.Count > 0) throw new PamphletException(errors);
    }

    private static string Message(string family, IReadOnlyCollection<string> available) =>
        $"font family '{family}' is not in the font folders.{Suggestions.DidYouMean(family, available)} " +
        $"Available families: {Suggestions.List(available)}. Use one of these names, or put the family's .ttf files in a folder and name it under 'fonts: folder:'.";
}
