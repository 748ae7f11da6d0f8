using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Tests.Layouts;

/// <summary>Every mistake a user can make in a layout file: where it is reported (line, column) and what it says to do.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class ErrorTests : IDisposable
{
    private readonly LayoutFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    // unknown keys, with the nearest valid key and the list of valid keys
    [InlineData("pgae:\n  size: A4\n", 1, 1, "unknown key 'pgae' in the top level. Did you mean 'page'?")]
    [InlineData("page:\n  margin: 10mm\n", 2, 3, "Did you mean 'margins'?")]
    [InlineData("page:\n  margin: 10mm\n", 2, 3, "Valid keys here: size, orientation, margins, columns, gutter, bleed")]
    [InlineData("styles:\n  heading: {colour: accent}\n", 2, 13, "in 'styles.heading'. Did you mean 'color'?")]
    [InlineData("styles:\n  demands: {title: {szie: 10pt}}\n", 2, 21, "Did you mean 'size'?")]
    [InlineData("fonts:\n  headline: {size: 10pt}\n", 2, 3, "Did you mean 'heading'?")]
    // wrong types
    [InlineData("page: A4\n", 1, 7, "'page' must be a map")]
    [InlineData("page:\n  margins: [1mm, 2mm]\n", 2, 12, "'page.margins' must be a length")]
    [InlineData("fonts:\n  body: {size: [10pt]}\n", 2, 16, "'fonts.body.size' must be a length")]
    [InlineData("text:\n  orphans: two\n", 2, 12, "'text.orphans' must be a whole number from 1 to 9")]
    [InlineData("text:\n  orphans: 0\n", 2, 12, "from 1 to 9; it is 0")]
    [InlineData("text:\n  hyphenate: yes\n", 2, 14, "'text.hyphenate' must be true or false")]
    [InlineData("text:\n  align: left\n", 2, 10, "must be one of: justify, start, end, center")]
    [InlineData("styles:\n  body: {align: right}\n", 2, 17, "Write start for left and end for right")]
    [InlineData("text:\n  indent:\n", 2, 10, "an empty value")]
    [InlineData("kind: leaflet\n", 1, 7, "'kind' must be one of: pamphlet, poster, card")]
    // units
    [InlineData("page:\n  gutter: 5px\n", 2, 11, "'page.gutter' is in px, a card's pixel, but this layout is a pamphlet, made for paper")]
    [InlineData("page:\n  gutter: 5pc\n", 2, 11, "unknown unit 'pc'; use mm, cm, pt, in or em (px on a card)")]
    [InlineData("page:\n  gutter: 5\n", 2, 11, "give a unit, e.g. 12pt or 4mm")]
    [InlineData("page:\n  gutter: 1em\n", 2, 11, "cannot be in em")]
    [InlineData("page:\n  gutter: 10%\n", 2, 11, "cannot be a percentage")]
    [InlineData("styles:\n  figure: {max-height: 45mm}\n", 2, 24, "must be a percentage such as 45%")]
    [InlineData("styles:\n  figure: {max-height: 150%}\n", 2, 24, "at most 100%")]
    [InlineData("styles:\n  endnotes: {reference-size: 6pt}\n", 2, 30, "must be in em of the surrounding text, such as 0.65em")]
    [InlineData("styles:\n  endnotes: {reference-size: 2em}\n", 2, 30, "must be from 0.3em to 1em")]
    [InlineData("styles:\n  endnotes: {reference-rise: 1.5}\n", 2, 30, "must be from 0em to 1em")]
    // negative sizes
    [InlineData("page:\n  bleed: -3mm\n", 2, 10, "'page.bleed' is negative")]
    [InlineData("fonts:\n  body: {size: -10pt}\n", 2, 16, "negative")]
    [InlineData("fonts:\n  body: {size: 0}\n", 2, 16, "'fonts.body.size' must be more than 0")]
    [InlineData("page:\n  size: {width: 0, height: 10cm}\n", 2, 17, "'page.size.width' must be more than 0")]
    // colours
    [InlineData("colors:\n  accent: \"#zz0000\"\n", 2, 11, "must be a colour: \"#b3001b\"")]
    [InlineData("colors:\n  accent: red\n", 2, 11, "must be a colour")]
    [InlineData("colors:\n  accent: #b3001b\n", 2, 10, "put it in quotes")]
    [InlineData("styles:\n  heading: {color: acent}\n", 2, 20, "neither a colour name from 'colors:'")]
    [InlineData("styles:\n  heading: {color: acent}\n", 2, 20, "Did you mean 'accent'?")]
    [InlineData("styles:\n  heading: {color: \"#12\"}\n", 2, 20, "which is not a colour")]
    // fonts
    [InlineData("styles:\n  heading: {font: headng}\n", 2, 19, "unknown font role 'headng'")]
    [InlineData("styles:\n  heading: {font: headng}\n", 2, 19, "Did you mean 'heading'?")]
    [InlineData("fonts:\n  body: {weight: heavy}\n", 2, 18, "'fonts.body.weight' must be one of: regular")]
    [InlineData("fonts:\n  body: {size: 10pt, leading: 7pt}\n", 2, 31, "lines would collide; give at least 8pt")]
    [InlineData("fonts:\n  body: {size: 10pt, leading: 0.5}\n", 2, 31, "less than 0.8 × the size 10pt")]
    [InlineData("styles:\n  body: {leading: 0.7}\n", 2, 19, "'styles.body.leading'")]
    // page geometry
    [InlineData("page:\n  size: A6\n", 2, 9, "unknown page size 'A6'. Use one of A5, A4, A3, A2, Letter, Half-Letter, Tabloid")]
    [InlineData("page:\n  orientation: sideways\n", 2, 16, "must be one of: portrait, landscape")]
    [InlineData("page:\n  margins: 80mm\n", 2, 12, "the inside and outside margins (160mm) leave no room on a page 148mm wide")]
    [InlineData("page:\n  margins: {top: 100mm, bottom: 120mm}\n", 2, 12, "the top and bottom margins (220mm) leave no room")]
    [InlineData("page:\n  columns: 12\n  gutter: 12mm\n", 2, 12, "12 columns with a 12mm gutter do not fit")]
    [InlineData("page:\n  columns: 0\n", 2, 12, "from 1 to 12")]
    // the file itself
    [InlineData("name: other\n", 1, 7, "'name' is 'other' but the file is named 'x.yaml'")]
    [InlineData("page: [A4\n", 2, 1, "not valid YAML")]
    [InlineData("- page\n- fonts\n", 1, 1, "must be a map of 'key: value' lines")]
    [InlineData("page: {size: A4}\n---\npage: {size: A5}\n", 3, 1, "one YAML document")]
    [InlineData("description: |\n  one\n  two\n", 1, 14, "'description' must be one line")]
    [InlineData("extends: [a, b]\n", 1, 10, "'extends' must be text")]
    public void ReportsTheMistakeWhereItIs(string yaml, int line, int column, string message)
    {
        var path = folder.Write("x.yaml", yaml);
        var error = folder.Fail("x.yaml");
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains(message, error.Message);
        Assert.Equal(new SourceLocation(path, line, column), error.Location);
    }

    [Fact]
    public void DuplicateKeysAreAnError()
    {
        var path = folder.Write("x.yaml", "page: {size: A4}\npage: {size: A5}\n");
        var error = folder.Fail("x.yaml");
        Assert.Equal(path, error.Location.File);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("appears twice", error.Message);
    }

    [Fact]
    public void AMissingFileIsAnError()
    {
        var error = folder.Fail("missing.yaml");
        Assert.Contains("does not exist", error.Message);
    }
}
