using System.Globalization;
using Pamphlet.Documents.Model;

namespace Pamphlet.Engine;

/// <summary>
/// The date written into a PDF: the statement's own <c>date</c>, else <c>SOURCE_DATE_EPOCH</c> (the
/// reproducible-builds convention), else none. Never the clock: the same input gives the same bytes.
/// </summary>
internal static class BuildDate
{
    public static DateTimeOffset? For(FrontMatter frontMatter, Func<string, string?>? environment = null)
    {
        if (frontMatter.Date is { } date) return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var epoch = (environment ?? Environment.GetEnvironmentVariable)("SOURCE_DATE_EPOCH");
        return long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }
}
