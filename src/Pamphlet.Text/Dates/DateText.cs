using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;

namespace Pamphlet.Text.Dates;

/// <summary>
/// Dates as each language prints them on a cover or poster ("14 March 2026", "14 de marzo de 2026",
/// "14. März 2026"). The program runs with invariant globalization (the same output on every machine),
/// so the month names live here rather than in the operating system's culture data.
/// </summary>
public static class DateText
{
    private sealed record Style(string[] Months, Func<DateOnly, string, string> Format);

    private static readonly Style English = new(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        (d, m) => $"{d.Day} {m} {d.Year}");

    // American usage puts the month first.
    private static readonly Style AmericanEnglish = English with { Format = (d, m) => $"{m} {d.Day}, {d.Year}" };

    private static readonly Dictionary<string, Style> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = English,
        ["en-us"] = AmericanEnglish,
        ["es"] = new(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            (d, m) => $"{d.Day} de {m} de {d.Year}"),
        ["pt"] = new(["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            (d, m) => $"{d.Day} de {m} de {d.Year}"),
        ["fr"] = new(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            (d, m) => $"{(d.Day == 1 ? "1er" : d.Day.ToString(CultureInfo.InvariantCulture))} {m} {d.Year}"),
        ["de"] = new(["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
            (d, m) => $"{d.Day}. {m} {d.Year}"),
        ["it"] = new(["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            (d, m) => $"{d.Day} {m} {d.Year}"),
    };

    /// <summary>The date in the statement's language; languages without a table get the ISO date, which everyone reads.</summary>
    public static string Format(DateOnly date, string language)
    {
        var style = StyleOf(language);
        return style is null
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : style.Format(date, style.Months[date.Month - 1]);
    }

    /// <summary>True when <paramref name="word"/> is a month's name in the language (any case): "March", "marzo", "März".</summary>
    /// <summary>
    /// The language's month names, any case (empty for a language without a table): line breaking asks for
    /// them once per paragraph and looks every word up.
    /// </summary>
    internal static FrozenSet<string> MonthNames(string language) =>
        MonthNamesByLanguage.GetOrAdd(language, l => StyleOf(l) is { } style ? style.Months.ToFrozenSet(StringComparer.OrdinalIgnoreCase) : FrozenSet<string>.Empty);

    private static readonly ConcurrentDictionary<string, FrozenSet<string>> MonthNamesByLanguage = new(StringComparer.Ordinal);

    private static Style? StyleOf(string language)
    {
        var tag = language.ToLowerInvariant();
        return ByLanguage.GetValueOrDefault(tag) ?? ByLanguage.GetValueOrDefault(tag.Split('-', '_')[0]);
    }
}
