using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;

namespace Pamphlet.Preflight.Rules;

/// <summary>Parts of a page the check could not read (warning): what it says of that page is incomplete.</summary>
internal static class ReadProblems
{
    public static IEnumerable<Finding> Check(PageFacts page, InkChoice ink) =>
        page.Problems.Select(problem => new Finding(Severity.Warning, page.Number, "unreadable",
            $"{problem}: this check of the page is incomplete. Where a part is missing or damaged, a printer may stumble there too: export or download the PDF again"));
}
