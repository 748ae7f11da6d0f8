namespace Pamphlet.Fuzzing.Words;

/// <summary>Words of other scripts the bundled fonts draw, mixed into statements one at a time.</summary>
internal static class OtherScripts
{
    /// <summary>Greek and Cyrillic: left to right, in Noto Serif and Noto Sans.</summary>
    public const string LeftToRight = """
        δημοκρατία αλληλεγγύη πόλη νερό Ελλάδα σύνταγμα
        солидарность город вода профсоюз Украина справедливость
        """;

    /// <summary>Arabic and Hebrew words set inside a left-to-right statement (never two in a row).</summary>
    public const string RightToLeft = "تضامن العدالة مدينة סולידריות צדק עיר";
}
