using Pamphlet.Documents.Diagnostics;
using Pamphlet.Documents.Model;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Pages.Inks;

namespace Pamphlet.Engine.Print.Inks;

/// <summary>Composed pages in the inks of the machine they are printed on: the print stage's colour step.</summary>
internal static class InkPrinting
{
    /// <param name="risoVariant">The name of a layout made for risograph printing in place of this one, if there is one (for the warning when artwork is cut back).</param>
    public static PagedDocument Apply(PagedDocument composed, LayoutDefinition layout, InkChoice ink, string? risoVariant, Action<Diagnostic>? warned)
    {
        switch (ink.Kind)
        {
            case InkKind.Black:
                var gray = BlackInk.Apply(composed, layout);
                TextContrast.Check(composed, gray, layout, ink.Name);
                return gray;
            case InkKind.Cmyk:
                return ProcessInk.Apply(composed, layout, warned);
            case InkKind.Riso:
                return RisoPrintableArea.Apply(RisoDrums.Apply(composed, layout, ink), layout, risoVariant, warned);
            default:
                // Colour output prints the layout's colours as given; greys are already black ink only.
                return composed;
        }
    }

    /// <summary>
    /// The ink for one layout of one build: the command line's or manifest's, else the statement's
    /// <c>ink:</c>, else the layout's own.
    /// </summary>
    public static InkChoice Choose(InkChoice? requested, Document document, LayoutDefinition layout)
    {
        if (requested is not null) return requested;
        if (document.FrontMatter.Ink is { } written)
        {
            return InkChoice.TryParse(written, out var choice, out var error)
                ? choice
                : throw new PamphletException(new SourceLocation(document.SourcePath, document.FrontMatter.LineOf("ink")), $"'ink': {error}.");
        }

        return layout.Inks.Default;
    }
}
