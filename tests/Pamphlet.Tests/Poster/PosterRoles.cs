using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;

namespace Pamphlet.Tests.Poster;

/// <summary>What the poster's page items are, read from their roles ("role@region").</summary>
internal static class PosterRoles
{
    public static string RegionOf(PageItem item) => item.Role.Contains('@') ? item.Role[(item.Role.IndexOf('@') + 1)..] : "";

    public static string BaseRole(PageItem item) => item.Role.Split('@')[0];

    /// <summary>The size a run's style asks for, before any fitting (0 for the title, which is fitted between its region's limits).</summary>
    public static double StyleSize(LayoutDefinition layout, string role) => role.Split('@')[0] switch
    {
        "poster-title" => 0,
        "poster-subtitle" => layout.Cover.Subtitle.Font.Size,
        "poster-author" => layout.Cover.Author.Font.Size,
        "poster-date" => layout.Cover.Date.Font.Size,
        "caption" or "qr-url" => layout.Styles.Figure.Caption.Font.Size,
        "credit" => layout.Styles.Figure.Credit.Font.Size,
        "pullquote" => layout.Styles.PullQuote.Text.Font.Size,
        "pullquote-attribution" => layout.Styles.PullQuote.Attribution.Font.Size,
        "demands-title" => layout.Styles.Demands.Title.Font.Size,
        "demands" or "demands-marker" => layout.Styles.Demands.Item.Font.Size,
        "slogan" => layout.Styles.Slogan.Font.Size,
        "signature" => layout.Styles.Signature.Font.Size,
        var other => throw new InvalidOperationException($"unexpected role {other}"),
    };

    /// <summary>The style size of a region's main text: the composer's own definition.</summary>
    public static double MainStyleSize(LayoutDefinition layout, PosterRegion region) => Pamphlet.Composition.Poster.PosterComposer.MainStyleSize(layout, region);

    /// <summary>The dark modules of the QR code (its quiet zone is light): their extent is the printed symbol.</summary>
    public static Rect? QrSymbol(Page page)
    {
        var modules = page.ItemsOf<FillItem>().Where(f => BaseRole(f) == "qr-code").Select(f => f.Area).ToList();
        if (modules.Count == 0) return null;
        var left = modules.Min(m => m.X);
        var top = modules.Min(m => m.Y);
        return new Rect(left, top, modules.Max(m => m.Right) - left, modules.Max(m => m.Bottom) - top);
    }
}
