using Pamphlet.Documents.Diagnostics;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;
using Pamphlet.Pages;
using Pamphlet.Text;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.Hyphenation;
using Pamphlet.Text.LineBreaking;
using Pamphlet.Text.Paragraphs;
using Pamphlet.Text.Paragraphs.Kashida;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.Paragraphs;

/// <summary>
/// Justified Arabic in a font with a tatweel takes a line's slack in kashida before its word spaces, so its
/// lines reach the measure with spaces near their natural width; a font without a tatweel, Hebrew, Latin
/// and ragged text justify (or not) by their word spaces as before.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class KashidaJustificationTests
{
    private static readonly FontLibrary Bundled = Tests.Text.TestTextEngines.BundledFonts;

    /// <summary>Noto Naskh Arabic without its tatweel, shaped like the bundled one (TestData/Paragraphs/README.md).</summary>
    private static readonly FontLibrary WithoutTatweel = new([Path.Combine(AppContext.BaseDirectory, "TestData", "Paragraphs")]);

    /// <summary>Four paragraphs of the corpus's Arabic statement, one a line.</summary>
    private static readonly string[] Paragraphs =
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Paragraphs", "kashida-paragraphs.txt")).Where(l => l.Length > 0).ToArray();

    /// <summary>a5-pamphlet's measure (points); Arabic body type there is 10 pt × 1.2.</summary>
    private const double Measure = 300.5;
    private const double Size = 12;

    /// <summary>
    /// A word gap this wide (ems) is loose: Noto Naskh Arabic's space, 0.221 em, stretched as far as the breaker's
    /// tolerance lets it before the emergency pass is 0.318 em; this is within 6 % of that.
    /// </summary>
    private const double LooseGapEm = 0.30;

    private static IReadOnlyList<SetLine> Set(FontLibrary fonts, string text, TextAlign align = TextAlign.Justify)
    {
        var engine = Tests.Text.TestTextEngines.Create("ar", fonts: fonts);
        var style = new SpanStyle(new FontSpec("Noto Naskh Arabic", FontWeight.Regular, false, Size, 15), Color.Black, 0, true, "body");
        return engine.Set([new StyledSpan(text, style, new SourceLocation("ar.md", 1))], new ParagraphFormat(Measure, 0, align, true, "ar", 15, 2));
    }

    /// <summary>The gaps between a line's runs, in ems (two runs of one word touch: not a gap).</summary>
    private static IEnumerable<double> Gaps(SetLine line)
    {
        var runs = line.Runs.OrderBy(r => r.X).ToList();
        return runs.Zip(runs.Skip(1), (a, b) => (b.X - (a.X + a.Width)) / b.FontSize).Where(g => g > 0.01);
    }

    private static ushort TatweelGlyph(FontLibrary fonts)
    {
        var font = fonts.Get("Noto Naskh Arabic", FontWeight.Regular, false, default);
        return new Shaper().Shape(font, "\u0640", new ShapeOptions(true, HarfBuzzSharp.Script.Arabic, "ar")).Glyphs[0];
    }

    private static bool Lengthened(LineRun run, ushort tatweel) => run.Glyphs.Contains(tatweel);

    [Fact]
    public void Justified_Arabic_lines_reach_the_measure_with_fewer_loose_spaces_than_word_spacing_alone()
    {
        var withKashida = Paragraphs.Select(p => Set(Bundled, p)).ToList();
        var spacesOnly = Paragraphs.Select(p => Set(WithoutTatweel, p)).ToList();

        static int Short(List<IReadOnlyList<SetLine>> paragraphs) => paragraphs.Sum(lines => lines.SkipLast(1).Count(l => l.Width < Measure - 0.5));
        static int Loose(List<IReadOnlyList<SetLine>> paragraphs) => paragraphs.Sum(lines => lines.SkipLast(1).Count(l => Gaps(l).Any(g => g >= LooseGapEm)));

        // Word spaces alone cannot fill every line of these paragraphs: some are left short or set loose.
        Assert.True(Short(spacesOnly) + Loose(spacesOnly) > 0, "the paragraphs set without kashida have no short or loose line: they show nothing");
        // With kashida every line but the last reaches the measure, and fewer lines have a loose space.
        Assert.All(withKashida.SelectMany(lines => lines.SkipLast(1)), l => Assert.InRange(l.Width, Measure - 0.5, Measure + 0.01));
        Assert.True(Loose(withKashida) < Short(spacesOnly) + Loose(spacesOnly),
            $"loose lines with kashida {Loose(withKashida)}, short or loose without {Short(spacesOnly) + Loose(spacesOnly)}");
        Assert.Equal(0, Loose(withKashida));
    }

    [Fact]
    public void Lengthened_words_read_as_their_text_and_are_few_on_a_line()
    {
        var tatweel = TatweelGlyph(Bundled);
        var lines = Paragraphs.SelectMany(p => Set(Bundled, p)).ToList();
        var lengthened = lines.SelectMany(l => l.Runs).Where(r => Lengthened(r, tatweel)).ToList();

        Assert.NotEmpty(lengthened);
        // The tatweels are not in the run's text: it is the statement's word.
        Assert.All(lengthened, r => Assert.DoesNotContain('\u0640', r.Text));
        Assert.All(lengthened, r => Assert.Contains(r.Text, string.Join(' ', Paragraphs)));
        // A line's kashida goes to as few words as hold it: never most of its words.
        Assert.All(lines, l => Assert.True(l.Runs.Count(r => Lengthened(r, tatweel)) * 2 < l.Runs.Count,
            $"{l.Runs.Count(r => Lengthened(r, tatweel))} of {l.Runs.Count} words lengthened on one line"));
        // The last line of a paragraph is set at its natural width: no kashida.
        Assert.All(Paragraphs.Select(p => Set(Bundled, p)[^1]), l => Assert.DoesNotContain(l.Runs, r => Lengthened(r, tatweel)));
    }

    [Fact]
    public void A_font_without_a_tatweel_justifies_by_its_word_spaces()
    {
        var lines = Paragraphs.SelectMany(p => Set(WithoutTatweel, p)).ToList();
        var font = WithoutTatweel.Get("Noto Naskh Arabic", FontWeight.Regular, false, default);
        Assert.False(font.Covers(0x0640));

        // Every run is its word as shaped, nothing added; the spaces take the slack (wider than the natural 0.221 em).
        var shaper = new Shaper();
        var options = new ShapeOptions(true, HarfBuzzSharp.Script.Arabic, "ar");
        Assert.All(lines.SelectMany(l => l.Runs).Where(r => r.RightToLeft), r => Assert.Equal(shaper.Shape(font, r.Text, options).Glyphs, r.Glyphs));
        Assert.Contains(lines.SkipLast(1), l => Gaps(l).Any(g => g > 0.23));
    }

    [Fact]
    public void Ragged_Arabic_takes_no_kashida()
    {
        var tatweel = TatweelGlyph(Bundled);

        Assert.All(Paragraphs.SelectMany(p => Set(Bundled, p, TextAlign.Start)).SelectMany(l => l.Runs), r => Assert.False(Lengthened(r, tatweel)));
    }

    [Fact]
    public void Setting_is_deterministic()
    {
        var first = Set(Bundled, Paragraphs[0]);
        var second = Set(Bundled, Paragraphs[0]);

        Assert.Equal(first.Count, second.Count);
        for (var l = 0; l < first.Count; l++)
        {
            Assert.Equal(first[l].Runs.Select(r => (r.X, r.Text, string.Join(',', r.Glyphs), string.Join(',', r.Positions))),
                second[l].Runs.Select(r => (r.X, r.Text, string.Join(',', r.Glyphs), string.Join(',', r.Positions))));
        }
    }

    [Theory]
    [InlineData("ar", "نحن جيران قرّرنا أن نتكلّم بصوت واحد ونطالب بالبقاء في بيوتنا وحيّنا", TextAlign.Justify, true)]
    [InlineData("ar", "نحن جيران قرّرنا أن نتكلّم بصوت واحد ونطالب بالبقاء في بيوتنا وحيّنا", TextAlign.Start, false)]
    [InlineData("he", "אנחנו שכנים שהחליטו לדבר בקול אחד ולדרוש להישאר בבתים שלנו ובשכונה", TextAlign.Justify, false)]
    [InlineData("en", "We are neighbours who decided to speak with one voice and demand to stay in our homes", TextAlign.Justify, false)]
    [InlineData("en", "We are neighbours who decided to speak with one voice: نحن جيران قرّرنا أن نتكلّم بصوت واحد", TextAlign.Justify, false)]
    [InlineData("fa", "ما همسایگانی هستیم که تصمیم گرفتیم با یک صدا سخن بگوییم و در خانه‌هایمان بمانیم", TextAlign.Justify, true)]
    public void Only_justified_text_in_an_Arabic_script_language_gets_kashida_glue(string language, string text, TextAlign align, bool kashida)
    {
        var fallbacks = new[] { "Noto Naskh Arabic", "Noto Sans Hebrew" };
        var builder = new ParagraphItemsBuilder(new Shaper(), new FontRunSplitter(Bundled, fallbacks, new MissingGlyphs(), language), BreakRules.For(language));
        var style = new SpanStyle(new FontSpec("Noto Serif", FontWeight.Regular, false, 10, 13), Color.Black, 0, true, "body");
        var format = new ParagraphFormat(Measure, 0, align, true, language, 13, 2);

        var items = builder.Build([new StyledSpan(text, style, new SourceLocation("t.md", 1))], format, LineBreakParameters.Default);

        var glue = items.Items.Where(i => ParagraphItems.KindOf(i.Tag) == BreakKind.Kashida).ToList();
        Assert.Equal(kashida, glue.Count > 0);
        // Kashida only stretches: a word is never drawn shorter than its letters.
        Assert.All(glue, g => Assert.Equal(0, g.Shrink));
    }

    [Fact]
    public void A_kashida_is_tatweels_shaped_in_the_word_that_read_as_the_letter_before_them()
    {
        var font = Bundled.Get("Noto Naskh Arabic", FontWeight.Regular, false, default);
        var shaper = new Shaper();
        var options = new ShapeOptions(true, HarfBuzzSharp.Script.Arabic, "ar");
        var word = shaper.Shape(font, "جلسته", options);
        var tatweel = shaper.Shape(font, "\u0640", options);

        var elongated = KashidaShaping.Elongate(shaper, font, options, word, 3, 2);

        // Two tatweels after the seen, shaped in the word so its letters keep their joined forms.
        var withTatweels = shaper.Shape(font, "جلســته", options);
        Assert.Equal(withTatweels.Glyphs, elongated.Glyphs);
        Assert.Equal(withTatweels.Advances, elongated.Advances);
        Assert.Equal(word.Width(Size) + 2 * tatweel.Width(Size), elongated.Width(Size), 6);
        // The text is the word's; the tatweels belong to the seen's cluster, the letters after them keep theirs.
        Assert.Equal("جلسته", elongated.Text);
        var tatweels = Enumerable.Range(0, elongated.Glyphs.Length).Where(g => elongated.Glyphs[g] == tatweel.Glyphs[0]).ToList();
        Assert.Equal(2, tatweels.Count);
        Assert.All(tatweels, g => Assert.Equal(2, elongated.Clusters[g]));
        Assert.Equal(word.Clusters.Order(), elongated.Clusters.Where((_, g) => !tatweels.Contains(g)).Order());
    }
}
