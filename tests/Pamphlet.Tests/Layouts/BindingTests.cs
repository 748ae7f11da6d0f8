using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Layouts.Units;
using Pamphlet.Pages;

namespace Pamphlet.Tests.Layouts;

/// <summary>How the values of one layout file (over the built-in defaults) become points, colours and styles.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class BindingTests : IDisposable
{
    private const double Mm = LengthLiteral.PointsPerMillimetre;
    private readonly LayoutFolder folder = new();

    public void Dispose() => folder.Dispose();

    private LayoutDefinition Load(string yaml)
    {
        folder.Write("x.yaml", yaml);
        return folder.Load("x.yaml");
    }

    [Fact]
    public void NameAndA4SizeAloneMakeACompleteLayout()
    {
        var layout = Load("name: x\npage: {size: A4}\n");
        Assert.Equal("x", layout.Name);
        Assert.Equal(210 * Mm, layout.Page.Width, precision: 6);
        Assert.Equal(297 * Mm, layout.Page.Height, precision: 6);
        Assert.Equal(LayoutKind.Pamphlet, layout.Kind);
        Assert.Equal(FontSetup.RoleNames.Order(), layout.Fonts.Roles.Keys.Order());
        Assert.Equal(Color.Black, layout.Colors.Ink);
        Assert.EndsWith("x.yaml", layout.SourcePath);
    }

    [Fact]
    public void NameDefaultsToTheFileName() => Assert.Equal("x", Load("page: {size: A5}\n").Name);

    [Theory]
    [InlineData("A5", 148, 210)]
    [InlineData("a4", 210, 297)]
    [InlineData("A3", 297, 420)]
    [InlineData("A2", 420, 594)]
    [InlineData("Letter", 215.9, 279.4)]
    [InlineData("half-letter", 139.7, 215.9)]
    [InlineData("Tabloid", 279.4, 431.8)]
    public void NamedSizesAreCaseInsensitive(string size, double widthMm, double heightMm)
    {
        var page = Load($"page: {{size: {size}}}\n").Page;
        Assert.Equal(widthMm * Mm, page.Width, precision: 6);
        Assert.Equal(heightMm * Mm, page.Height, precision: 6);
    }

    [Fact]
    public void LandscapeSwapsANamedSize()
    {
        var page = Load("page: {size: A4, orientation: landscape, margins: 10mm}\n").Page;
        Assert.Equal(297 * Mm, page.Width, precision: 6);
        Assert.Equal(210 * Mm, page.Height, precision: 6);
    }

    [Fact]
    public void CustomSizeIsTakenAsWritten()
    {
        var page = Load("page: {size: {width: 100mm, height: 2in}, orientation: portrait, margins: 5mm}\n").Page;
        Assert.Equal(100 * Mm, page.Width, precision: 6);
        Assert.Equal(144, page.Height, precision: 6);
    }

    [Fact]
    public void OneMarginLengthSetsAllFourSides()
    {
        var margins = Load("page: {margins: 12mm}\n").Page.Margins;
        Assert.Equal(new Margins(12 * Mm, 12 * Mm, 12 * Mm, 12 * Mm), margins);
    }

    [Fact]
    public void MarginMapOverridesOnlyTheSidesItGives()
    {
        var margins = Load("page: {margins: {top: 20mm}}\n").Page.Margins;
        Assert.Equal(20 * Mm, margins.Top, precision: 6);
        Assert.Equal(19 * Mm, margins.Inside, precision: 6); // from the built-in defaults
    }

    [Fact]
    public void ColumnsShareTheTextWidthWithGutters()
    {
        var page = Load("page: {size: A4, margins: 20mm, columns: 2, gutter: 10mm}\n").Page;
        Assert.Equal((210 - 40 - 10) / 2.0 * Mm, page.ColumnWidth, precision: 6);
    }

    [Fact]
    public void LeadingIsALengthOrAMultipleOfTheSize()
    {
        var fonts = Load("fonts:\n  body: {size: 10pt, leading: 12pt}\n  heading: {size: 20pt, leading: 1.1}\n").Fonts;
        Assert.Equal(12, fonts["body"].Leading, precision: 9);
        Assert.Equal(22, fonts["heading"].Leading, precision: 9);
    }

    [Fact]
    public void RoleSizesInEmAreRelativeToTheBodySize()
    {
        var fonts = Load("fonts:\n  body: {size: 10pt}\n  heading: {size: 1.5em}\n").Fonts;
        Assert.Equal(15, fonts["heading"].Size, precision: 9);
    }

    [Fact]
    public void StyleEmsAreRelativeToTheStylesOwnSize()
    {
        var heading = Load("fonts: {heading: {size: 20pt}}\nstyles: {heading: {space-before: 1.5em, space-after: 0.5em}}\n").Styles.Heading;
        Assert.Equal(30, heading.SpaceBefore, precision: 9);
        Assert.Equal(10, heading.SpaceAfter, precision: 9);
    }

    [Fact]
    public void TextEmsAreRelativeToTheBodySize()
    {
        var text = Load("fonts: {body: {size: 12pt}}\ntext: {indent: 2em, paragraph-space: 0.5em}\n").Text;
        Assert.Equal(24, text.Indent, precision: 9);
        Assert.Equal(6, text.ParagraphSpace, precision: 9);
    }

    [Fact]
    public void AStyleResizedWithoutLeadingKeepsTheRolesLeadingRatio()
    {
        var sub = Load("fonts: {heading: {size: 20pt, leading: 1.2}}\nstyles: {subheading: {font: heading, size: 10pt}}\n").Styles.Subheading;
        Assert.Equal(10, sub.Font.Size, precision: 9);
        Assert.Equal(12, sub.Font.Leading, precision: 9);
    }

    [Fact]
    public void AStyleCanRestyleItsRole()
    {
        var slogan = Load("styles:\n  slogan: {font: body, size: 12pt, family: Noto Sans, weight: black, italic: true, uppercase: true, tracking: 0.1}\n").Styles.Slogan;
        Assert.Equal(new FontSpec("Noto Sans", FontWeight.Black, true, 12, 13 * 12 / 10.0), slogan.Font);
        Assert.True(slogan.Uppercase);
        Assert.Equal(0.1, slogan.Tracking, precision: 9);
    }

    [Fact]
    public void TrackingGivenAsALengthIsConvertedToEms()
    {
        var body = Load("styles: {body: {font: body, tracking: 0.5pt}}\n").Styles.Body;
        Assert.Equal(0.05, body.Tracking, precision: 9); // body is 10pt
    }

    [Fact]
    public void UnsetAlignAndHyphenationFollowTheTextRules()
    {
        var layout = Load("text: {align: center, hyphenate: false}\n");
        Assert.Equal(TextAlign.Center, layout.Styles.Body.Align);
        Assert.False(layout.Styles.Body.Hyphenate);
        Assert.Equal(TextAlign.Start, layout.Styles.Heading.Align); // the defaults set headings explicitly
    }

    [Fact]
    public void ColoursArePaletteNamesOrHex()
    {
        var layout = Load("colors: {accent: \"#112233\", extra: \"#abc\"}\nstyles:\n  heading: {color: extra}\n  subheading: {color: \"#445566\"}\n  body: {color: accent}\n");
        Assert.Equal(Color.Rgb(0x11, 0x22, 0x33), layout.Colors.Accent);
        Assert.Equal(Color.Rgb(0xaa, 0xbb, 0xcc), layout.Styles.Heading.Color);
        Assert.Equal(Color.Rgb(0x44, 0x55, 0x66), layout.Styles.Subheading.Color);
        Assert.Equal(layout.Colors.Accent, layout.Styles.Body.Color);
        Assert.Equal(Color.Rgb(0xaa, 0xbb, 0xcc), layout.Colors.Named["extra"]);
    }

    [Fact]
    public void NoneRemovesAnOptionalFill()
    {
        var layout = Load("styles: {demands: {fill: none}}\ncover: {background: none}\n");
        Assert.Null(layout.Styles.Demands.Fill);
        Assert.Null(layout.Cover.Background);
    }

    [Fact]
    public void FigureMaxHeightIsAShareOfTheTextHeight() =>
        Assert.Equal(0.3, Load("styles: {figure: {max-height: 30%}}\n").Styles.Figure.MaxHeightShare, precision: 9);

    [Fact]
    public void FontFolderIsRelativeToTheLayoutFile()
    {
        Directory.CreateDirectory(Path.Combine(folder.Root, "my-fonts"));
        var fonts = Load("fonts: {folder: my-fonts, fallback: [Noto Sans]}\n").Fonts;
        Assert.Equal(Path.Combine(folder.Root, "my-fonts"), fonts.Folder);
        Assert.Equal(["Noto Sans"], fonts.Fallback);
    }

    [Fact]
    public void ZeroNeedsNoUnit() => Assert.Equal(0, Load("page: {bleed: 0}\n").Page.Bleed);

    [Fact]
    public void EmptyFileIsTheDefaults() => Assert.Equal(148 * Mm, Load("").Page.Width, precision: 6);
}
