using System.Globalization;

namespace Pamphlet.Text.Display;

/// <summary>
/// What a line break between two words of display type costs by sense, on the breaker's penalty
/// scale: negative (a bonus) after punctuation and between phrases, <see cref="BadBreak"/> where a
/// reader would stumble — after a word that leans on the next, inside a short parenthesis, before
/// punctuation that belongs to the word before, or leaving a parenthesis or a short word alone on the
/// last line. The rules; the per-language words they need come from <see cref="FunctionWords"/>.
/// </summary>
public sealed class DisplayBreakSense
{
    /// <summary>
    /// A break display type never takes while it has a choice. Above
    /// <see cref="BalancedLineBreaker.ExtraLineCost"/>, so one more line is preferred to one such break;
    /// below TeX's 10 000, so the break is still taken when nothing else fits (a narrow measure, a
    /// headline made of function words).
    /// </summary>
    public const double BadBreak = 3000;

    /// <summary>
    /// Display type (a cover title, a poster's slogan or pull quote) is set at most a fifth smaller to break by
    /// sense: a little smaller reads better than a phrase torn apart ("AGAINST THE / ADMINISTRATION"), but much
    /// smaller loses more, from across a room or a street, than the break costs.
    /// </summary>
    public const double SmallestSensibleScale = 0.8;

    /// <summary>
    /// Bonuses for a break after punctuation, stronger the longer the pause: a sentence end, then a
    /// colon, semicolon or dash, then a comma. On <see cref="BalancedLineBreaker.RagWeight"/>'s scale a
    /// comma pays for two lines about a quarter longer and shorter than their mean (2 × 0.27² × 1000 ≈ 150):
    /// "Housing is a right, / not a privilege of the few" rather than an even split mid-phrase, but not
    /// "Yes, / we can build homes for everyone in this town".
    /// </summary>
    public const double SentenceBreakBonus = -400;
    public const double ClauseBreakBonus = -250;
    public const double CommaBreakBonus = -150;

    /// <summary>
    /// A break before a function word (or after a closing parenthesis) falls between phrases ("not a
    /// privilege / of the few"): a small bonus that decides between otherwise even choices.
    /// </summary>
    public const double PhraseBreakBonus = -50;

    /// <summary>
    /// A last line of one word under fuller lines reads as left over ("SAVE OUR / PARK"); one of
    /// <see cref="ShortWordLetters"/> letters or fewer is a <see cref="BadBreak"/>. After a sentence end
    /// it is a deliberate last beat ("NOT FOR SALE. / OURS.") and costs nothing.
    /// </summary>
    public const double LoneLastWordPenalty = 300;

    /// <summary>Words of this many letters or fewer are short: a syllable or two, too light to hold a line alone.</summary>
    public const int ShortWordLetters = 4;

    /// <summary>
    /// A parenthesis of this many words or fewer — an acronym, "(Local 4811)", "(CONTINUED)" — is kept on
    /// one line; longer ones are clauses and may break like the text around them.
    /// </summary>
    public const int ShortParenthesisWords = 3;

    /// <summary>
    /// A break between two capitalised words inside a sentence splits a name ("San / Lorenzo", "Calder /
    /// House"). Not in German (every noun is capitalised) nor in all-capitals or Title Case text, where every
    /// word is capitalised and the rule weighs all breaks alike.
    /// </summary>
    public const double NameBreakPenalty = 300;

    private readonly FunctionWords functionWords;
    private readonly bool capitalisedNouns;
    private readonly bool ordinalFullStops;

    public DisplayBreakSense(string language)
    {
        functionWords = FunctionWords.ForLanguage(language);
        var code = language.Split('-', '_')[0].ToLowerInvariant();
        // German capitalises every noun, and writes ordinals with a full stop ("14. März").
        capitalisedNouns = code == "de";
        ordinalFullStops = code == "de";
    }

    /// <summary>
    /// The cost of breaking the line after each word but the last of one display line group (the words
    /// as set, with their punctuation; a forced line break starts a new group).
    /// </summary>
    public double[] Penalties(IReadOnlyList<string> words)
    {
        var penalties = new double[Math.Max(0, words.Count - 1)];
        var groups = Parentheses(words);
        var names = !capitalisedNouns && !words.All(IsTitleCaseOrNoLetters);
        for (var after = 0; after < penalties.Length; after++)
        {
            penalties[after] = Penalty(words, after, groups, names);
        }
        return penalties;
    }

    /// <summary>Whether lines already set (each line's words) end anywhere sense forbids: one <see cref="BadBreak"/> or more.</summary>
    public bool BreaksBadly(IReadOnlyList<IReadOnlyList<string>> lines)
    {
        var words = lines.SelectMany(l => l).ToList();
        var penalties = Penalties(words);
        var end = -1;
        foreach (var line in lines.SkipLast(1))
        {
            end += line.Count;
            if (end >= 0 && end < penalties.Length && penalties[end] >= BadBreak) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether lines already set (each line's words) break inside a sentence while a sentence ends inside
    /// a line ("UNSERE HÄUSER. / UNSER KIEZ. NICHT / ZU VERKAUFEN!"): the break belongs at that sentence
    /// end, where a smaller size would let it fall. Display text of one sentence, or broken only at sentence
    /// ends, does not.
    /// </summary>
    public bool BreaksBesideSentenceEnds(IReadOnlyList<IReadOnlyList<string>> lines)
    {
        var breaksInsideASentence = lines.SkipLast(1).Any(line => line.Count > 0 && PauseAfter(line[^1]) != Pause.Sentence);
        var sentenceEndsInsideALine = lines.Any(line => line.SkipLast(1).Any(word => PauseAfter(word) == Pause.Sentence));
        return breaksInsideASentence && sentenceEndsInsideALine;
    }

    private double Penalty(IReadOnlyList<string> words, int after, List<Group> groups, bool names)
    {
        var before = words[after];
        var next = words[after + 1];
        if (IsOpeningOnly(before) || StartsWithClosing(next)) return BadBreak;

        var penalty = 0.0;
        var pause = PauseAfter(before);
        if (pause != Pause.None) penalty += PauseBonus(pause);
        else if (LeansOnNext(before)) penalty += BadBreak;
        else if (LeansOnNext(FirstWordOf(next)) || ClosesParenthesis(before)) penalty += PhraseBreakBonus;
        else if (names && SplitsName(words, after)) penalty += NameBreakPenalty;

        if (groups.Any(g => g.Open <= after && after < g.Close && g.Close - g.Open + 1 <= ShortParenthesisWords)) penalty += BadBreak;

        // What the break leaves on the line group's last line.
        var last = words.Count - 1;
        if (groups.Any(g => g.Open == after + 1 && g.Close == last))
        {
            penalty += BadBreak;
        }
        else if (after + 1 == last && pause != Pause.Sentence)
        {
            penalty += Letters(next) <= ShortWordLetters ? BadBreak : LoneLastWordPenalty;
        }
        return penalty;
    }

    private enum Pause { None, Comma, Clause, Sentence }

    private static double PauseBonus(Pause pause) => pause switch
    {
        Pause.Sentence => SentenceBreakBonus,
        Pause.Clause => ClauseBreakBonus,
        Pause.Comma => CommaBreakBonus,
        _ => 0,
    };

    /// <summary>The pause a word's trailing punctuation makes (closing quotes and brackets after it looked through).</summary>
    private Pause PauseAfter(string word)
    {
        if (IsDash(word)) return Pause.Clause;
        var end = word.Length;
        while (end > 0 && IsClosing(word[end - 1]) && !IsPausePunctuation(word[end - 1])) end--;
        if (end == 0) return Pause.None;
        var c = word[end - 1];
        if (c is '.' && (IsAbbreviation(word) || IsInitial(word[..end]) || (ordinalFullStops && IsOrdinal(word[..end])))) return Pause.None;
        return c switch
        {
            '.' or '!' or '?' or '…' or '\u061F' => Pause.Sentence,
            ':' or ';' or '\u061B' => Pause.Clause,
            ',' or '\u060C' => Pause.Comma,
            _ => Pause.None,
        };
    }

    /// <summary>Whether the line may not end on <paramref name="word"/>: a function word, an abbreviation before a name, an initial or (German) an ordinal.</summary>
    private bool LeansOnNext(string word)
    {
        var bare = Bare(word);
        if (bare.Length == 0) return false;
        if (bare.EndsWith('.'))
        {
            return functionWords.Contains(bare) || IsInitial(bare) || (ordinalFullStops && IsOrdinal(bare));
        }
        return functionWords.Contains(bare);
    }

    private bool IsAbbreviation(string word) => functionWords.Contains(Bare(word));

    /// <summary>"J." in "J. Smith": one letter and a full stop.</summary>
    private static bool IsInitial(string word) => word.Length == 2 && char.IsLetter(word[0]) && char.IsUpper(word[0]) && word[1] == '.';

    /// <summary>"14." in "14. März".</summary>
    private static bool IsOrdinal(string word) => word.Length >= 2 && word[^1] == '.' && word[..^1].All(char.IsAsciiDigit);

    /// <summary>Lower case, without opening punctuation before it and closing punctuation after it (a full stop stays, for abbreviations).</summary>
    private static string Bare(string word)
    {
        var start = 0;
        while (start < word.Length && !char.IsLetterOrDigit(word[start])) start++;
        var end = word.Length;
        while (end > start && !char.IsLetterOrDigit(word[end - 1]) && word[end - 1] != '.') end--;
        // A full stop after other punctuation ("word.)", "word,.") is not an abbreviation's.
        while (end > start && word[end - 1] == '.' && (end - 1 == start || !char.IsLetterOrDigit(word[end - 2]))) end--;
        return word[start..end].ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>Both words capitalised, the first not the start of a sentence (nor of the text).</summary>
    private bool SplitsName(IReadOnlyList<string> words, int after) =>
        after > 0 && PauseAfter(words[after - 1]) != Pause.Sentence && IsTitleCase(words[after]) && IsTitleCase(words[after + 1]);

    /// <summary>"Lorenzo": an upper-case letter first and lower-case letters after it.</summary>
    private static bool IsTitleCase(string word)
    {
        var letters = word.Where(char.IsLetter).ToList();
        return letters.Count > 1 && char.IsUpper(letters[0]) && letters.Skip(1).All(char.IsLower);
    }

    private static bool IsTitleCaseOrNoLetters(string word) => !word.Any(char.IsLower) || IsTitleCase(word) || FunctionWordCase(word);

    /// <summary>Title Case leaves short function words in lower case ("Keep the Park Public").</summary>
    private static bool FunctionWordCase(string word) => word.Length <= 4 && word.All(c => !char.IsLetter(c) || char.IsLower(c));

    /// <summary>The first word of a token holding several joined by no-break spaces.</summary>
    private static string FirstWordOf(string token)
    {
        var end = token.AsSpan().IndexOfAny('\u00A0', '\u202F');
        return end < 0 ? token : token[..end];
    }

    private static int Letters(string word) => word.Count(char.IsLetterOrDigit);

    private static bool IsDash(string word) => word is "–" or "—" or "--" or "---";

    private static bool IsClosing(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation
        || c is '"' or '\'' or '’' or '»' or '›';

    private static bool IsPausePunctuation(char c) => c is '.' or '!' or '?' or '…' or ':' or ';' or ',' or '\u060C' or '\u061B' or '\u061F';

    /// <summary>A token of opening punctuation only ("«", "¿", "(") leans on what follows.</summary>
    private static bool IsOpeningOnly(string word) => word.Length > 0 && word.All(c =>
        char.GetUnicodeCategory(c) is UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation || c is '«' or '‹' or '¿' or '¡' or '„' or '‚');

    /// <summary>
    /// A token that begins with punctuation belonging to the word before: French spaced ": ; ! ? »", a
    /// closing bracket. Never the first thing on a line.
    /// </summary>
    private static bool StartsWithClosing(string word) => word.Length > 0 && !IsDash(word) &&
        (word[0] is ':' or ';' or '!' or '?' or '»' or '›' or ')' or ']' or '}' or ',' or '.' or '%' or '…' || char.GetUnicodeCategory(word[0]) == UnicodeCategory.ClosePunctuation);

    private static bool ClosesParenthesis(string word)
    {
        var end = word.Length;
        while (end > 0 && IsPausePunctuation(word[end - 1])) end--;
        return end > 0 && word[end - 1] is ')' or ']';
    }

    /// <summary>A parenthesised group: the words holding its opening and its closing bracket.</summary>
    private readonly record struct Group(int Open, int Close);

    /// <summary>The round and square bracket groups of the words, outermost included, in order of closing.</summary>
    private static List<Group> Parentheses(IReadOnlyList<string> words)
    {
        var groups = new List<Group>();
        var open = new Stack<int>();
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var c in words[i])
            {
                if (c is '(' or '[') open.Push(i);
                else if (c is ')' or ']' && open.Count > 0) groups.Add(new Group(open.Pop(), i));
            }
        }
        return groups;
    }
}
