namespace Pamphlet.Text.Paragraphs.Kashida;

/// <summary>One word of a line that may take kashida: how good its place is, the most tatweels it may take, and one tatweel's width in points.</summary>
internal readonly record struct KashidaWord(int Priority, int MostTatweels, double Tatweel);

/// <summary>
/// Shares out the kashida a line was given (the line breaker treats it as stretch of the words that may take
/// it, used before the word spaces) among those words, in whole tatweels: to as few words as can hold it,
/// each within its most, so that a line has a few clearly lengthened words rather than every word a little
/// longer (kashida on every word of a line reads as a mechanical fill). Whole tatweels, because a tatweel is
/// the font's drawing of a lengthened stroke: a part of one cannot be drawn, and tatweels overlapped to make
/// up a part read as one character drawn twice (poppler drops the copy and reads a word gap). What is left,
/// less than a tatweel, the caller sets in the word spaces. Words with better places (higher
/// <see cref="KashidaWord.Priority"/>) come first; among equally good ones, the lengthened words are spread
/// evenly along the line rather than bunched at one end.
/// </summary>
internal static class KashidaDistribution
{
    /// <summary>Slack for floating-point sums (points): a share a billionth short of a tatweel is a tatweel.</summary>
    private const double RoundingSlack = 1e-9;

    /// <summary>The tatweels each word takes, at most its most; their widths sum to at most <paramref name="total"/>, short of it by less than a tatweel unless every word is at its most.</summary>
    public static int[] Tatweels(IReadOnlyList<KashidaWord> words, double total)
    {
        var counts = new int[words.Count];
        if (words.Count == 0 || total <= 0) return counts;

        // As few words as hold the total at their most (all of them when even that does not).
        var chosen = new List<int>();
        for (var n = 1; n <= words.Count; n++)
        {
            chosen = Choose(words, n);
            if (chosen.Sum(i => words[i].MostTatweels * words[i].Tatweel) >= total - RoundingSlack) break;
        }

        // One tatweel at a time to each chosen word in turn, the best places first, while it fits.
        var order = chosen.OrderByDescending(i => words[i].Priority).ThenBy(i => i).ToList();
        var left = total;
        for (var added = true; added;)
        {
            added = false;
            foreach (var i in order)
            {
                if (counts[i] >= words[i].MostTatweels || left < words[i].Tatweel - RoundingSlack) continue;
                counts[i]++;
                left -= words[i].Tatweel;
                added = true;
            }
        }
        return counts;
    }

    /// <summary>
    /// The <paramref name="count"/> words to lengthen, in line order: the best places first; of the last
    /// priority that is only partly taken, words evenly spaced among those of it.
    /// </summary>
    private static List<int> Choose(IReadOnlyList<KashidaWord> words, int count)
    {
        var chosen = new List<int>(count);
        foreach (var group in Enumerable.Range(0, words.Count).GroupBy(i => words[i].Priority).OrderByDescending(g => g.Key))
        {
            var members = group.ToList();
            var wanted = count - chosen.Count;
            if (wanted <= 0) break;
            if (members.Count <= wanted)
            {
                chosen.AddRange(members);
                continue;
            }
            // The middle of each of `wanted` equal stretches of the group.
            for (var j = 0; j < wanted; j++) chosen.Add(members[(int)((j + 0.5) * members.Count / wanted)]);
        }
        chosen.Sort();
        return chosen;
    }
}
