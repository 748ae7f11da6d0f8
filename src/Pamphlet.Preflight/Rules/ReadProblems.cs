using Pamphlet.Diagnostics;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;

namespace Pamphlet.Preflight.Rules;

/// <summary>Parts of a page the check could not read (warning): what it says of that page is incomplete, and a RIP may stumble there too.</summary>
public static class ReadProblems
{
    public static IEnumerable<Finding> Check(PageFacts page, InkChoice ink) =>
        page.Problems.Select(problem => new Finding(Severity.Warning, page.Number, "unreadable",
            $"{problem}, so this check of the page is incomplete and a printer may stumble there too. Export or download the PDF again"));
}
