namespace Pamphlet.Rendering.Imposition;

/// <summary>Which statement languages read right to left, so their booklets bind on the right.</summary>
public static class ReadingDirection
{
    // Arabic, Hebrew, Persian, Urdu (the languages the issue names) and the other widely used
    // languages written in Arabic or Hebrew script.
    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "he", "fa", "ur", "ps", "ckb", "yi", "sd", "ug", "dv",
    };

    /// <summary>True for a BCP 47 tag whose primary language is written right to left ("ar", "he-IL").</summary>
    public static bool IsRightToLeft(string language)
    {
        var primary = language.Split('-', '_')[0].Trim();
        return RightToLeftLanguages.Contains(primary);
    }
}
