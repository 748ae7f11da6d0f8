using Pamphlet.Composition;
using Pamphlet.Composition.Blocks;
using Pamphlet.Composition.Furniture;
using Pamphlet.Documents.Markdown;
using Pamphlet.Engine;
using Pamphlet.Pages;
using Pamphlet.Text.Fonts;
using Pamphlet.Text.Shaping;

namespace Pamphlet.Tests.RightToLeft;

/// <summary>
/// Web and e-mail addresses, @handles and #hashtags inside right-to-left text read as typed: each is a
/// left-to-right island (a handle or hashtag in Arabic letters keeps its own direction), so "@name" never
/// shows as "name@" and a URL's final "/" stays at its end.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class AddressIsolationTests
{
    private static readonly FontLibrary Fonts = new([FontLibrary.BundledFolder]);

    /// <summary>Each line of the body as it is seen, leftmost run first; runs that touch are joined, a gap is one space.</summary>
    private static List<string> SeenLines(string language, string paragraph)
    {
        var document = MarkdownReader.Parse($"---\nlang: {language}\n---\n\n{paragraph}\n", "/tmp/addresses.md");
        var layout = PamphletEngine.CatalogFor(null).Resolve("a5-pamphlet");
        var runs = new Composer(Fonts).Compose(document, layout).Document.Pages
            .SelectMany(p => p.ItemsOf<GlyphRun>()).Where(r => r.Role is "body" or "link-url").ToList();
        return runs.GroupBy(r => Math.Round(r.Origin.Y, 1)).OrderBy(g => g.Key).Select(line =>
        {
            var seen = new System.Text.StringBuilder();
            double? end = null;
            foreach (var run in line.OrderBy(r => r.Origin.X))
            {
                if (end is { } e && run.Origin.X - e > 0.1) seen.Append(' ');
                // A right-to-left run holds its text in reading order: reversed, it is as seen.
                seen.Append(run.RightToLeft ? new string(run.Text.Reverse().ToArray()) : run.Text);
                end = run.Origin.X + run.Width;
            }
            return seen.ToString();
        }).ToList();
    }

    [Fact]
    public void A_handle_in_an_arabic_sentence_keeps_its_at_sign_in_front()
    {
        var line = SeenLines("ar", "تابعنا على صفحتنا @HayZaytoun، وانضم إلينا.").Single();

        Assert.Contains("@HayZaytoun", line);
        Assert.DoesNotContain("HayZaytoun@", line);
    }

    [Theory]
    [InlineData("ar", "راسلونا على lajna@hay-zaytoun.example أو زوروا https://hay-zaytoun.example/ اليوم.", "https://hay-zaytoun.example/")]
    [InlineData("ar", "راسلونا على lajna@hay-zaytoun.example أو زوروا https://hay-zaytoun.example/ اليوم.", "lajna@hay-zaytoun.example")]
    [InlineData("he", "כתבו אל vaad@shomrim.example או בקרו ב־www.shomrim.example/join היום.", "www.shomrim.example/join")]
    [InlineData("he", "עקבו אחרינו ב־@ShomrimAlHaYaar וב־#SaveTheWoods היום.", "@ShomrimAlHaYaar")]
    [InlineData("he", "עקבו אחרינו ב־@ShomrimAlHaYaar וב־#SaveTheWoods היום.", "#SaveTheWoods")]
    public void Addresses_in_right_to_left_text_read_as_typed(string language, string paragraph, string address)
    {
        Assert.Contains(address, string.Join("\n", SeenLines(language, paragraph)));
    }

    [Fact]
    public void A_hashtag_in_arabic_letters_keeps_its_sign_on_the_right()
    {
        // Read right to left, the sign comes first: seen from the left, it is the last character of the tag.
        var line = SeenLines("ar", "شاركوا الوسم #حي_الزيتون اليوم.").Single();

        Assert.Contains(new string("#حي_الزيتون".Reverse().ToArray()), line);
    }

    [Theory]
    [InlineData("@HayZaytoun", true)]
    [InlineData("#FixItOrFreezeIt", true)]
    [InlineData("#حي_الزيتون", true)]
    [InlineData("@", false)]
    [InlineData("#3", false)]
    [InlineData("a@b", false)]
    public void Handles_and_hashtags_are_addresses(string word, bool expected)
    {
        Assert.Equal(expected, UrlText.LooksLikeAddress(word));
    }

    [Fact]
    public void Addresses_are_found_without_the_punctuation_around_them()
    {
        const string text = "(@CllrAshworthHG), see https://x.example/petition. or «mail@x.example»، #Tag";
        var found = UrlText.Addresses(text).Select(a => text.Substring(a.Start, a.Length)).ToList();

        Assert.Equal(["@CllrAshworthHG", "https://x.example/petition", "mail@x.example", "#Tag"], found);
    }
}
