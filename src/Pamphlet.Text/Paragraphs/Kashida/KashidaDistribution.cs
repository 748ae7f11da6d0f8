namespace Pamphlet.Text.Paragraphs.Kashida;

/// <summary>One word of a line that may take kashida: how good its place is, the most it may take and one tatweel's width, in points.</summary>
internal readonly record struct KashidaWord(int Priority, double Most, double Tatweel);

/// <summary>
/// Shares out the kashida a line was given (the line breaker treats it as stretch of the words that may take
/// it, used before the word spaces) among those words: to as few words as can hold it, each within its most,
/// so that a line has a few clearly lengthened words rather than every word a little longer (kashida on every
/// word of a line reads as a mechanical fill). A kashida narrower than one tatweel cannot be drawn (a stroke
/// shorter than the joining stroke it lengthens would overlap the letters): a line whose kashida is under one
/// tatweel takes none, and the caller sets it in the word spaces. Words with better places (higher
/// <see cref="KashidaWord.Priority"/>) come first; among equally good ones, the lengthened words are spread
/// evenly along the line rather than bunched at one end.
/// </summary>
internal static class KashidaDistribution
{
    /// <summary>
    /// The kashida width of each word: 0, or at least its tatweel and at most its most. They sum to
    /// <paramref name="total"/>, to 0 when it is under a tatweel, or to all the words' most when it is over that.
    /// </summary>
    public static double[] Widths(IReadOnlyList<KashidaWord> words, double total)
    {
        var widths = new double[words.Count];
        if (words.Count == 0 || total <= 0) return widths;
        for (var n = 1; n <= words.Count; n++)
        {
            var chosen = Choose(words, n);
            if (n < words.Count && chosen.Sum(i => words[i].Most) < total - RoundingSlack) continue;
            var shares = WaterFill(chosen.Select(i => words[i].Most).ToList(), total);
            if (chosen.Select((word, k) => shares[k] < words[word].Tatweel - RoundingSlack).Any(tooShort => tooShort)) return widths;
            for (var k = 0; k < chosen.Count; k++) widths[chosen[k]] = shares[k];
            return widths;
        }
        return widths;
    }

    /// <summary>Slack for floating-point sums (points): a share a billionth short of a tatweel is a tatweel.</summary>
    private const double RoundingSlack = 1e-9;

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

    /// <summary>
    /// Shares <paramref name="total"/> out as evenly as the caps let: every share the same, except those
    /// whose cap is lower, which take their cap. What is over all the caps is not shared.
    /// </summary>
    private static double[] WaterFill(IReadOnlyList<double> caps, double total)
    {
        var shares = new double[caps.Count];
        var order = Enumerable.Range(0, caps.Count).OrderBy(i => caps[i]).ThenBy(i => i).ToList();
        var left = total;
        for (var k = 0; k < order.Count; k++)
        {
            var level = left / (order.Count - k);
            var share = Math.Min(caps[order[k]], level);
            shares[order[k]] = share;
            left -= share;
        }
        return shares;
    }
}
