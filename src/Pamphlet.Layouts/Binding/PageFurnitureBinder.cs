using Pamphlet.Layouts.Model;
namespace Pamphlet.Layouts.Binding;

/// <summary>Binds what surrounds the text: <c>cover:</c>, <c>folio:</c> (page numbers) and <c>footer:</c>.</summary>
internal static class PageFurnitureBinder
{
    public static readonly string[] CoverKeys = ["enabled", "background", "title", "subtitle", "author", "date", "use-figure", "rule", "back-cover"];
    public static readonly string[] FolioKeys = ["enabled", "position", "text", "offset"];
    public static readonly string[] FooterKeys = ["enabled", "template", "text", "rule"];

    private static readonly IReadOnlyDictionary<string, FolioPosition> Positions = new Dictionary<string, FolioPosition>
    {
        ["outside"] = FolioPosition.Outside,
        ["center"] = FolioPosition.Center,
        ["inside"] = FolioPosition.Inside,
    };

    public static CoverSetup Cover(MapReader cover, StyleBinder bind) => new(
        Values.Boolean(cover.Required("enabled"), cover.PathOf("enabled")),
        bind.OptionalColor(cover, "background"),
        bind.Text(cover, "title"),
        bind.Text(cover, "subtitle"),
        bind.Text(cover, "author"),
        bind.Text(cover, "date"),
        Values.Boolean(cover.Required("use-figure"), cover.PathOf("use-figure")),
        bind.Rule(cover, "rule"),
        Values.Boolean(cover.Required("back-cover"), cover.PathOf("back-cover")));

    public static FolioSetup Folio(MapReader folio, StyleBinder bind) => new(
        Values.Boolean(folio.Required("enabled"), folio.PathOf("enabled")),
        Values.Choice(folio.Required("position"), folio.PathOf("position"), Positions),
        bind.Text(folio, "text"),
        bind.Length(folio, "offset"));

    public static FooterSetup Footer(MapReader footer, StyleBinder bind) => new(
        Values.Boolean(footer.Required("enabled"), footer.PathOf("enabled")),
        Values.Text(footer.Required("template"), footer.PathOf("template")),
        bind.Text(footer, "text"),
        bind.Rule(footer, "rule"));
}
