namespace Pamphlet.Text.Paragraphs.Kashida;

/// <summary>A place in a word where kashida (tatweel) may lengthen it: before the character at <see cref="Index"/>.</summary>
/// <param name="Index">The UTF-16 index of the letter the kashida goes before (after the previous letter and its marks).</param>
/// <param name="Priority">How good a place it is (see <see cref="KashidaPoints"/>); higher is better.</param>
internal readonly record struct KashidaPoint(int Index, int Priority);

/// <summary>
/// Where an Arabic word may take kashida. A kashida lengthens the joining stroke between two letters, so
/// it goes only where two letters join: after a letter that joins the next one (dual-joining, or a
/// tatweel) and before a letter that joins the previous one — never after alef, dal, reh, waw or any other
/// letter that does not join forward, never inside the lam-alef ligature (nor any other ligature: the
/// shaped word must have a cluster boundary there), never after a word's last letter. Marks between the
/// two letters are skipped: the kashida goes after them.
/// <para>Each word takes kashida at one place only, the best by these rules (the order of Microsoft's
/// Arabic justification, in our own words), the last in the word where two are equally good:</para>
/// <list type="number">
/// <item>after a tatweel the statement already has;</item>
/// <item>after a seen or sad (sheen, dad…) that joins the next letter;</item>
/// <item>before a final heh, teh marbuta or dal;</item>
/// <item>before a final alef, tah, lam, kaf or gaf;</item>
/// <item>before a medial beh, noon or yeh that is followed by a final reh or yeh;</item>
/// <item>before a final waw, ain, qaf or feh;</item>
/// <item>before any other final letter.</item>
/// </list>
/// "Final" is the letter's joined form: it joins the letter before it and not the one after
/// ("كتاب" takes its kashida before the alef). A word with none of these places (one that joins
/// nowhere, or only between medial letters) takes no kashida, nor does a word of fewer than
/// <see cref="FewestLetters"/> letters.
/// </summary>
internal static class KashidaPoints
{
    /// <summary>ARABIC TATWEEL, the character (and glyph) that draws a kashida.</summary>
    public const char Tatweel = '\u0640';

    /// <summary>
    /// Words of fewer letters take no kashida: the two-letter particles (في، من، عن، مع، لم) are the commonest
    /// words of a text, and lengthening them puts kashida all over a page where a longer word of the line
    /// would take it as well; set long, they read as stretched rather than as words.
    /// </summary>
    public const int FewestLetters = 3;

    private const int AfterTatweel = 7;
    private const int AfterSeenSad = 6;
    private const int BeforeFinalHehDal = 5;
    private const int BeforeFinalAlefLike = 4;
    private const int BeforeToothThenFinalRehYeh = 3;
    private const int BeforeFinalRound = 2;
    private const int BeforeOtherFinal = 1;

    /// <summary>The word's best kashida point, or null when it has none.</summary>
    /// <param name="canSplitAt">Whether the shaped word has a cluster boundary at an index (no ligature across it).</param>
    public static KashidaPoint? Best(string word, Func<int, bool> canSplitAt)
    {
        KashidaPoint? best = null;
        foreach (var point in All(word, canSplitAt))
        {
            if (best is not { } b || point.Priority >= b.Priority) best = point;
        }
        return best;
    }

    /// <summary>Every place the word may take kashida, in reading order, with its priority.</summary>
    public static IEnumerable<KashidaPoint> All(string word, Func<int, bool> canSplitAt)
    {
        // The word's characters that take part in joining, in order (marks are transparent and skipped).
        var letters = new List<int>(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            if (ArabicJoining.TypeOf(word[i]) != JoiningType.Transparent) letters.Add(i);
        }
        if (letters.Count(i => IsArabicLetter(word[i]) && word[i] != Tatweel) < FewestLetters) yield break;

        for (var k = 0; k + 1 < letters.Count; k++)
        {
            var before = word[letters[k]];
            var after = word[letters[k + 1]];
            if (!Joins(before, after) || !IsArabicLetter(before) || !IsArabicLetter(after)) continue;
            var groupBefore = ArabicJoining.GroupOf(before);
            var groupAfter = ArabicJoining.GroupOf(after);
            if (groupBefore == KashidaGroup.Lam && groupAfter == KashidaGroup.Alef) continue;
            var index = letters[k + 1];
            if (!canSplitAt(index)) continue;

            var afterIsFinal = k + 2 >= letters.Count || !Joins(after, word[letters[k + 2]]);
            var priority = 0;
            if (before == Tatweel) priority = AfterTatweel;
            else if (groupBefore == KashidaGroup.SeenSad) priority = AfterSeenSad;
            else if (afterIsFinal) priority = groupAfter switch
            {
                KashidaGroup.HehDal => BeforeFinalHehDal,
                KashidaGroup.Alef or KashidaGroup.Lam or KashidaGroup.TahKafGaf => BeforeFinalAlefLike,
                KashidaGroup.WawAinQafFeh => BeforeFinalRound,
                _ => BeforeOtherFinal,
            };
            else if (groupAfter is KashidaGroup.BehNoon or KashidaGroup.Yeh && IsFinalRehOrYeh(word, letters, k + 2)) priority = BeforeToothThenFinalRehYeh;

            if (priority > 0) yield return new KashidaPoint(index, priority);
        }
    }

    private static bool Joins(char before, char after) =>
        ArabicJoining.JoinsFollowing(ArabicJoining.TypeOf(before)) && ArabicJoining.JoinsPreceding(ArabicJoining.TypeOf(after));

    /// <summary>Whether the letter at position <paramref name="k"/> of <paramref name="letters"/> is a reh or yeh in its final form.</summary>
    private static bool IsFinalRehOrYeh(string word, List<int> letters, int k)
    {
        if (k >= letters.Count) return false;
        var letter = word[letters[k]];
        var final = k + 1 >= letters.Count || !Joins(letter, word[letters[k + 1]]);
        return final && ArabicJoining.GroupOf(letter) is KashidaGroup.Reh or KashidaGroup.Yeh;
    }

    /// <summary>A letter of the Arabic blocks that joins at least one side (the tatweel too; not the zero-width joiner).</summary>
    private static bool IsArabicLetter(char c) =>
        c >= ArabicJoiningData.First && c < ArabicJoiningData.First + ArabicJoiningData.Types.Length && ArabicJoining.TypeOf(c) != JoiningType.NonJoining;
}
