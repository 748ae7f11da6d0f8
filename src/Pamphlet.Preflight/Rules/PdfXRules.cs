using Pamphlet.Documents.Diagnostics;
using Pamphlet.Pages.Inks;
using Pamphlet.Preflight.Facts;

namespace Pamphlet.Preflight.Rules;

/// <summary>
/// How a PDF/X-4 file identifies itself (<c>--ink cmyk</c>, errors, for the whole file): the shop's
/// preflight reads these before any page.
/// </summary>
internal static class PdfXRules
{
    public static IEnumerable<Finding> Identification(DocumentFacts document, InkChoice ink)
    {
        if (ink.Kind != InkKind.Cmyk) yield break;
        var pdfx = document.PdfX;
        const string export = "Export as PDF/X-4 (pamphlet build --ink cmyk does)";
        if (pdfx.PdfXIntent is not { } intent)
        {
            yield return Error("pdfx-output-intent",
                $"has no PDF/X output intent (OutputIntents with /S /{PdfXFacts.PdfXSubtype}): nothing says which printing condition the CMYK was made for. {export}");
        }
        else if (!intent.HasDestOutputProfile)
        {
            yield return Error("pdfx-output-intent",
                $"its PDF/X output intent ({intent.OutputConditionIdentifier ?? "unnamed"}) embeds no profile (DestOutputProfile), which PDF/X-4 requires. {export}");
        }
        else if (intent.ProfileComponents is { } n && n != 4)
        {
            yield return Error("pdfx-output-intent",
                $"its PDF/X output intent's profile has {n} components, not the 4 of a CMYK press. {export} with a CMYK profile such as FOGRA39");
        }

        if (pdfx.XmpPdfXVersion is null)
        {
            yield return Error("pdfx-version", $"its XMP metadata has no pdfxid:GTS_PDFXVersion, so it does not say which PDF/X it is. {export}");
        }

        if (pdfx.Trapped is not ("True" or "False"))
        {
            yield return Error("pdfx-trapped",
                $"{(pdfx.Trapped is null ? "has no /Trapped" : $"has /Trapped /{pdfx.Trapped}")} in its Info dictionary; PDF/X needs True or False (whether trapping was done). {export}");
        }

        if (!pdfx.HasId)
        {
            yield return Error("pdfx-id", $"has no /ID in its trailer, which PDF/X requires to tell versions of a file apart. {export}");
        }

        if (document.Encrypted)
        {
            yield return Error("pdfx-encrypted", "is encrypted, which PDF/X forbids: a RIP must read every object. Export it without protection");
        }
    }

    private static Finding Error(string rule, string message) => new(Severity.Error, null, rule, message);
}
