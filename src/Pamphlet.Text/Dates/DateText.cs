using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;

namespace Pamphlet.Text.Dates;

/// <summary>
/// Dates as each language prints them on a cover or poster ("14 March 2026", "14 de marzo de 2026",
/// "14. März 2026", "14 آذار/مارس 2026", "14 במרץ 2026"). The program runs with invariant globalization
/// (the same output on every machine), so the month names live here rather than in the operating
/// system's culture data.
/// </summary>
public static class DateText
{
    /// <param name="Months">The twelve names printed, January first.</param>
    /// <param name="Format">The date from its month's printed name.</param>
    private sealed record Style(string[] Months, Func<DateOnly, string, string> Format)
    {
        /// <summary>Other names a statement in the language may write a month with (read by line breaking, never printed).</summary>
        public IReadOnlyList<string> AlsoWritten { get; init; } = [];
    }

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
        ["he"] = HebrewDates.Style,
    };

    /// <summary>
    /// The date in the statement's language; languages without a table get the ISO date, which everyone reads.
    /// Arabic names its months by region (see <see cref="ArabicMonths"/>).
    /// </summary>
    public static string Format(DateOnly date, string language)
    {
        var style = StyleOf(language);
        return style is null
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : style.Format(date, style.Months[date.Month - 1]);
    }

    /// <summary>
    /// Every name a month may be written with in the language, any case (empty for a language without a
    /// table): the printed names and the others its readers write (for Arabic, every region's). Line
    /// breaking asks for them once per paragraph and looks every word up; a name may hold a space
    /// ("تشرين الثاني").
    /// </summary>
    internal static FrozenSet<string> MonthNames(string language) =>
        MonthNamesByLanguage.GetOrAdd(language, l => StyleOf(l) is { } style
            ? style.Months.Concat(style.AlsoWritten).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            : FrozenSet<string>.Empty);

    private static readonly ConcurrentDictionary<string, FrozenSet<string>> MonthNamesByLanguage = new(StringComparer.Ordinal);

    private static Style? StyleOf(string language)
    {
        var tag = language.ToLowerInvariant().Replace('_', '-');
        var primary = tag.Split('-')[0];
        if (primary == "ar") return ArabicMonths.StyleFor(tag);
        return ByLanguage.GetValueOrDefault(tag) ?? ByLanguage.GetValueOrDefault(primary);
    }

    /// <summary>
    /// Arabic months are named differently across the Arab world, and print follows the reader's region:
    /// <list type="bullet">
    /// <item>the Levant and Iraq (<c>ar-SY</c>, <c>LB</c>, <c>JO</c>, <c>PS</c>, <c>IQ</c>) use the old Syriac names,
    /// and their press prints them paired with the international name: "حزيران/يونيو";</item>
    /// <item>Egypt, Sudan, Libya and the Gulf (<c>ar-EG</c>, <c>SA</c>, <c>AE</c>…) know only the international
    /// names: "يونيو" alone (a Syriac half would read as foreign there);</item>
    /// <item>Morocco (<c>ar-MA</c>) writes its own forms ("يوليوز", "غشت", "شتنبر"), Algeria and Tunisia
    /// (<c>ar-DZ</c>, <c>TN</c>) French-derived ones ("جوان", "جويلية", "أوت");</item>
    /// <item>plain <c>ar</c> (or another region) gets the Levantine pair, the form pan-Arab print uses
    /// because every Arabic reader knows one of its two names.</item>
    /// </list>
    /// Digits stay Western, as statements write them.
    /// </summary>
    private static class ArabicMonths
    {
        private static readonly string[] Syriac =
            ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

        private static readonly string[] International =
            ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

        private static readonly string[] Moroccan =
            ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"];

        private static readonly string[] AlgerianTunisian =
            ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

        private static string[] Paired(string[] first, string[] second) => [.. first.Zip(second, (a, b) => $"{a}/{b}")];

        private static readonly string[] Levantine = Paired(Syriac, International);

        /// <summary>Every form in any region, and the pair in either order ("يونيو/حزيران"), so a date is recognised however the statement writes it.</summary>
        private static readonly string[] AllWritten = [.. Syriac, .. International, .. Moroccan, .. AlgerianTunisian, .. Levantine, .. Paired(International, Syriac)];

        private static Style Make(string[] months) => new(months, (d, m) => $"{d.Day} {m} {d.Year}") { AlsoWritten = AllWritten };

        private static readonly Style LevantineStyle = Make(Levantine);

        private static readonly Dictionary<string, Style> ByRegion = new(StringComparer.Ordinal)
        {
            ["eg"] = Make(International),
            ["sd"] = Make(International),
            ["ly"] = Make(International),
            ["sa"] = Make(International),
            ["ae"] = Make(International),
            ["kw"] = Make(International),
            ["qa"] = Make(International),
            ["bh"] = Make(International),
            ["om"] = Make(International),
            ["ye"] = Make(International),
            ["ma"] = Make(Moroccan),
            ["dz"] = Make(AlgerianTunisian),
            ["tn"] = Make(AlgerianTunisian),
        };

        /// <summary>The style for a lower-case tag whose primary subtag is "ar": by its region subtag (two letters), else the Levantine pairs.</summary>
        public static Style StyleFor(string tag)
        {
            foreach (var subtag in tag.Split('-').Skip(1))
            {
                if (subtag.Length == 2) return ByRegion.GetValueOrDefault(subtag, LevantineStyle);
            }
            return LevantineStyle;
        }
    }

    /// <summary>
    /// Hebrew prints the day, the month with the preposition ב ("in") joined to it, and the year:
    /// "14 במרץ 2026". Statements also write the month bare ("15 מאי").
    /// </summary>
    private static class HebrewDates
    {
        private const string In = "ב";

        private static readonly string[] Months =
            ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"];

        public static readonly Style Style = new([.. Months.Select(m => In + m)], (d, m) => $"{d.Day} {m} {d.Year}") { AlsoWritten = Months };
    }
}
