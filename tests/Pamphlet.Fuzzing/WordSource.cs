using System.Globalization;
using System.Text;

namespace Pamphlet.Fuzzing;

/// <summary>One word as printed, and which way its letters run.</summary>
internal readonly record struct Word(string Text, TokenDirection Direction, Construct? Construct = null);

/// <summary>
/// Draws single words for one statement: mostly the language's own words, with made-up words,
/// numbers, long and hyphenated words, and now and then a word of another script.
/// </summary>
internal sealed class WordSource(FuzzRandom random, Vocabulary vocabulary, Func<Construct, bool> allowed)
{
    public Vocabulary Vocabulary => vocabulary;

    /// <summary>The statement's own direction: its words are strong in it.</summary>
    public TokenDirection Base => vocabulary.RightToLeft ? TokenDirection.RightToLeft : TokenDirection.LeftToRight;

    /// <summary>The other direction: such a word must be followed by one of the base direction (see <see cref="InlineWriter"/>).</summary>
    public TokenDirection Foreign => vocabulary.RightToLeft ? TokenDirection.LeftToRight : TokenDirection.RightToLeft;

    /// <summary>A word of the statement's language and direction, never a number or a foreign word.</summary>
    public Word Plain() => random.Weighted<Func<Word>>(
            (70, () => new Word(random.Pick(vocabulary.Common), Base)),
            (20, () => new Word(MadeUp(random.Between(3, 9)), Base)),
            (10, () => Long()))();

    /// <summary>Any word the grammar writes in running text.</summary>
    public Word Any() => random.Weighted<Func<Word>>(
            (60, () => new Word(random.Pick(vocabulary.Common), Base)),
            (14, () => new Word(MadeUp(random.Between(3, 10)), Base)),
            (allowed(Construct.LongWord) ? 7 : 0, () => Long()),
            (allowed(Construct.LongWord) && vocabulary.Hyphenated.Count > 0 ? 4 : 0,
                () => new Word(random.Pick(vocabulary.Hyphenated), Base, Construct.LongWord)),
            (allowed(Construct.Number) ? 9 : 0, () => new Word(Number(), TokenDirection.Neutral, Construct.Number)),
            (allowed(Construct.Number) && !vocabulary.RightToLeft ? 2 : 0, () => new Word(WordWithDigits(), Base, Construct.Number)),
            (allowed(Construct.OtherScript) ? 3 : 0, () => OtherScript()),
            (allowed(Construct.OverlongWord) ? 0.4 : 0, () => new Word(MadeUp(random.Between(30, 70)), Base, Construct.OverlongWord)))();

    private Word Long() => new(random.Pick(vocabulary.Long), Base, Construct.LongWord);

    private Word OtherScript() =>
        !vocabulary.RightToLeft && random.Chance(0.3)
            ? new Word(random.Pick(Vocabulary.OtherRightToLeft), TokenDirection.RightToLeft, Construct.OtherScript)
            : new Word(random.Pick(Vocabulary.OtherLeftToRight), TokenDirection.LeftToRight, Construct.OtherScript);

    /// <summary>A made-up word of about <paramref name="letters"/> letters from the language's consonants and vowels.</summary>
    public string MadeUp(int letters) => MadeUp(letters, vocabulary.Letters);

    /// <summary>A made-up word in Latin letters, whatever the language: for web and e-mail addresses.</summary>
    public string MadeUpLatin(int letters) => MadeUp(letters, Vocabulary.For("en").Letters);

    private string MadeUp(int letters, string material)
    {
        var sets = material.Split('|');
        var consonants = sets[0].Split(' ');
        var vowels = sets[1].Split(' ');
        var word = new StringBuilder();
        var vowel = random.Chance(0.3);
        while (word.Length < letters)
        {
            word.Append(random.Pick(vowel ? vowels : consonants));
            vowel = !vowel;
        }
        return word.ToString();
    }

    /// <summary>Numbers as campaigns write them: years, counts with separators, money, decimals, ranges.</summary>
    public string Number() => random.Weighted<Func<string>>(
        (3, () => random.Between(1850, 2060).ToString(CultureInfo.InvariantCulture)),
        (3, () => random.Between(0, 999).ToString(CultureInfo.InvariantCulture)),
        (2, () => random.Between(1, 999).ToString(CultureInfo.InvariantCulture) + "," + random.Between(0, 999).ToString("000", CultureInfo.InvariantCulture)),
        (1, () => random.Between(1, 99).ToString(CultureInfo.InvariantCulture) + "." + random.Between(0, 9).ToString(CultureInfo.InvariantCulture)),
        (1, () => random.Pick(["£", "€", "$"]) + random.Between(1, 999).ToString(CultureInfo.InvariantCulture)),
        (1, () => random.Between(1, 99).ToString(CultureInfo.InvariantCulture) + "%"),
        (1, () => random.Between(1990, 2030).ToString(CultureInfo.InvariantCulture) + "--" + random.Between(2030, 2050).ToString(CultureInfo.InvariantCulture)))();

    /// <summary>Words with digits inside: A5, M25, CO2, 3rd.</summary>
    private string WordWithDigits() => random.Pick(["A5", "M25", "CO2", "3rd", "21st", "G7", "4x4", "B2B", "NHS111", "KW4"]);
}
