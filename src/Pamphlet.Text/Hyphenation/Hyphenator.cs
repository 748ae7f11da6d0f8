using System.Collections.Concurrent;
using System.Collections.ObjectModel;

namespace Pamphlet.Text.Hyphenation;

/// <summary>
/// Finds where a dictionary word may be hyphenated, with Liang's patterns (as TeX and LibreOffice do) and
/// the language's exceptions, keeping <see cref="LeftMinimum"/> and <see cref="RightMinimum"/> letters on
/// each side. Which words get here at all (not numbers, acronyms, addresses, compounds with their own
/// hyphen) is <see cref="BreakRules"/>' business: call that, not this, to know where a line may break.
/// One instance per pattern file per process; safe to share across threads.
/// </summary>
internal sealed class Hyphenator
{
    /// <summary>
    /// Never fewer letters than this before or after a pattern break, whatever the pattern file or the
    /// language's print convention allows (issue 11): a line ending in a two-letter fragment ("de-") or a
    /// line starting with one ("-ly") costs the reader a line for almost nothing. It is
    /// <see cref="BreakRules.MinimumLettersBesideHyphen"/>, the one minimum for every hyphen at a line end.
    /// Larger minimums of a pattern file or a language (<see cref="HyphenationLanguage"/>) still win.
    /// </summary>
    public const int MinimumCharactersBeforeBreak = BreakRules.MinimumLettersBesideHyphen;

    /// <inheritdoc cref="MinimumCharactersBeforeBreak"/>
    public const int MinimumCharactersAfterBreak = BreakRules.MinimumLettersBesideHyphen;

    /// <summary>
    /// Words shorter than this are never hyphenated: with three letters kept on each side of a break,
    /// a five-letter word has no break left anyway, and this cheap exit spares the cache most words of a text.
    /// </summary>
    public const int MinimumWordLength = 2 * BreakRules.MinimumLettersBesideHyphen;

    /// <summary>
    /// Most distinct words one instance remembers before it forgets them all: a pamphlet has a few
    /// thousand distinct words, so this never empties while building one, yet a long-lived process that
    /// builds many editions cannot grow without bound.
    /// </summary>
    private const int MaxCachedWords = 100_000;

    private static readonly IReadOnlyList<HyphenationPoint> NoPoints = ReadOnlyCollection<HyphenationPoint>.Empty;

    // One Lazy per pattern file: concurrent first calls for one language still build a single instance.
    private static readonly ConcurrentDictionary<string, Lazy<Hyphenator>> ByPatternFile = new(StringComparer.Ordinal);

    private readonly LiangPatterns patterns;
    private readonly HyphenationExceptions exceptions;
    private readonly ConcurrentDictionary<string, IReadOnlyList<HyphenationPoint>> cache = new(StringComparer.Ordinal);
    private int cachedWordCount;

    internal Hyphenator(LiangPatterns patterns, HyphenationExceptions exceptions, int languageRightMinimum = MinimumCharactersAfterBreak)
    {
        this.patterns = patterns;
        this.exceptions = exceptions;
        LeftMinimum = Math.Max(MinimumCharactersBeforeBreak, patterns.LeftHyphenMin);
        RightMinimum = Math.Max(MinimumCharactersAfterBreak, Math.Max(languageRightMinimum, patterns.RightHyphenMin));
    }

    /// <summary>
    /// The hyphenator for a BCP 47 language tag ("en", "en-US", "en-GB"; case and '_' or '-' do not
    /// matter), or null when no patterns are bundled for that language (then the text is simply not
    /// hyphenated). Every call for the same pattern file returns the same instance.
    /// </summary>
    public static Hyphenator? ForLanguage(string bcp47)
    {
        ArgumentNullException.ThrowIfNull(bcp47);
        var language = HyphenationLanguages.Find(bcp47);
        if (language is null)
        {
            return null;
        }

        return ByPatternFile.GetOrAdd(
            language.PatternFile,
            _ => new Lazy<Hyphenator>(() => Load(language), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>
    /// True once <paramref name="patternFile"/> has been opened: compiled patterns are opened on the first
    /// <see cref="ForLanguage"/> call for their language, never before, so a build touches no page of the
    /// languages it does not set.
    /// </summary>
    internal static bool IsLoaded(string patternFile) =>
        ByPatternFile.TryGetValue(patternFile, out var lazy) && lazy.IsValueCreated;

    /// <summary>The pattern file this instance uses, e.g. "hyph_en_US.dic".</summary>
    public string PatternFile => patterns.SourceName;

    /// <summary>Characters always kept before a break: the larger of the file's LEFTHYPHENMIN and <see cref="MinimumCharactersBeforeBreak"/>.</summary>
    public int LeftMinimum { get; }

    /// <summary>Characters always kept after a break: the largest of the file's RIGHTHYPHENMIN, the language's and <see cref="MinimumCharactersAfterBreak"/>.</summary>
    public int RightMinimum { get; }

    /// <summary>
    /// Where <paramref name="word"/> may be hyphenated, in increasing order; empty when it must not. See
    /// <see cref="HyphenationPoint"/> for what an index means. Leading and trailing punctuation is ignored;
    /// a word shorter than <see cref="MinimumWordLength"/> or with anything but letters and inner
    /// apostrophes (digits, dots, hyphens, "@") is not hyphenated; otherwise the built-in exceptions or the
    /// patterns decide, never leaving fewer than <see cref="LeftMinimum"/> characters before or
    /// <see cref="RightMinimum"/> after a break, in the whole word and in each part between apostrophes.
    /// Upper or lower case does not change the result. Results are cached per word.
    /// </summary>
    public IReadOnlyList<HyphenationPoint> Hyphenate(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < MinimumWordLength)
        {
            return NoPoints; // cheap exit before touching the cache: most words in a text are short
        }

        if (cache.TryGetValue(word, out var known))
        {
            return known;
        }

        var computed = Compute(word);
        // ConcurrentDictionary.Count takes every lock, so the size is tracked here instead. Approximate
        // under races, which is all a memory bound needs.
        if (Interlocked.Increment(ref cachedWordCount) > MaxCachedWords)
        {
            cache.Clear();
            Interlocked.Exchange(ref cachedWordCount, 0);
        }

        cache.TryAdd(word, computed);
        return computed;
    }

    private static Hyphenator Load(HyphenationLanguage language) =>
        new(ReadBundled(language.PatternFile), new HyphenationExceptions(language.Exceptions), language.MinimumAfterBreak);

    /// <summary>
    /// The patterns of a bundled pattern file (e.g. "hyph_en_US.dic"), read in place from the compiled
    /// form the build embedded (tools/Pamphlet.PatternCompiler, <see cref="CompiledPatternFile"/>).
    /// </summary>
    internal static LiangPatterns ReadBundled(string patternFile)
    {
        var resourceName = CompiledResourceName(patternFile);
        using var compiled = typeof(Hyphenator).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException(
                $"The compiled hyphenation patterns \"{resourceName}\" are not embedded in {typeof(Hyphenator).Assembly.GetName().Name}. " +
                "Put the pattern file in src/Pamphlet.Text/Hyphenation/Patterns/ and rebuild.");
        return CompiledPatternFile.Read(ProcessLifetimeMemory.OfResource(compiled), patternFile);
    }

    /// <summary>
    /// The name of the embedded compiled patterns of a bundled pattern file: "hyph_en_US.dic" →
    /// "Pamphlet.Hyphenation.hyph_en_US.hyph" (as Pamphlet.Text.csproj embeds them).
    /// </summary>
    internal static string CompiledResourceName(string patternFile) =>
        "Pamphlet.Hyphenation." + Path.ChangeExtension(patternFile, CompiledPatternFile.Extension);

    private IReadOnlyList<HyphenationPoint> Compute(string word)
    {
        var (start, length) = WordShape.Core(word);
        var core = word.AsSpan(start, length);
        if (length < MinimumWordLength || WordShape.HasNonWordCharacter(core))
        {
            return NoPoints;
        }

        var breaks = BreaksInCore(core);
        if (breaks.Count == 0)
        {
            return NoPoints;
        }

        var points = new HyphenationPoint[breaks.Count];
        for (var i = 0; i < breaks.Count; i++)
        {
            points[i] = new HyphenationPoint(start + breaks[i]);
        }

        return Array.AsReadOnly(points);
    }

    /// <summary>Breaks inside a core of letters and apostrophes, as indices into the core.</summary>
    private List<int> BreaksInCore(ReadOnlySpan<char> core)
    {
        var lower = LowerCase(core);
        var listed = exceptions.Find(lower.Replace('\u2019', '\''));
        var found = listed is null ? PatternBreaks(lower) : [.. listed];
        var apostrophes = Apostrophes(lower);
        found.RemoveAll(i => !KeepsMinimums(lower.Length, apostrophes, i));
        return found;
    }

    /// <summary>
    /// The minimums hold for the whole word and for each part between apostrophes, so a clitic never
    /// strands a letter: "govern-ment's" but not "governmen-t's", "should-n't" or "democra-cy's", and
    /// never a break right beside an apostrophe.
    /// </summary>
    private bool KeepsMinimums(int length, List<int> apostrophes, int index)
    {
        // The part holding the break runs from just after the last apostrophe before it to the first
        // at or after it. Found by binary search: a word of a million letters has a third as many breaks.
        var next = apostrophes.BinarySearch(index);
        if (next < 0) next = ~next;
        var partStart = next > 0 ? apostrophes[next - 1] + 1 : 0;
        var partEnd = next < apostrophes.Count ? apostrophes[next] : length;
        return index - partStart >= LeftMinimum && partEnd - index >= RightMinimum;
    }

    /// <summary>Where the word's apostrophes (straight or curly) are, in order.</summary>
    private static List<int> Apostrophes(string lower)
    {
        var positions = new List<int>();
        for (var i = 0; i < lower.Length; i++)
        {
            if (lower[i] is '\'' or '\u2019') positions.Add(i);
        }

        return positions;
    }

    private List<int> PatternBreaks(string lower)
    {
        var hasApostrophe = lower.AsSpan().ContainsAny('\'', '\u2019');
        if (!hasApostrophe)
        {
            return ScoreSegment(lower, 0, lower.Length);
        }

        // Patterns that know an apostrophe (English knows "'") treat it as a letter: score the whole word,
        // spelt the way the patterns spell it.
        if (patterns.Knows('\u2019') || patterns.Knows('\''))
        {
            var known = patterns.Knows('\'') ? '\'' : '\u2019';
            var other = known == '\'' ? '\u2019' : '\'';
            return ScoreSegment(lower.Replace(other, known), 0, lower.Length);
        }

        // Otherwise each apostrophe-free stretch ("l’" + "organisation") is hyphenated as a word of its own.
        var breaks = new List<int>();
        var segmentStart = 0;
        for (var i = 0; i <= lower.Length; i++)
        {
            if (i == lower.Length || WordShape.IsApostrophe(lower[i]))
            {
                if (i - segmentStart >= MinimumWordLength)
                {
                    breaks.AddRange(ScoreSegment(lower, segmentStart, i - segmentStart));
                }

                segmentStart = i + 1;
            }
        }

        return breaks;
    }

    /// <summary>
    /// Odd-valued gaps inside one stretch (minimums are applied by the caller). With a two-level file, as
    /// libhyphen does it: the compound level marks the boundaries between parts, then each part is
    /// hyphenated as a word of its own, keeping the file's compound minimums beside inner boundaries.
    /// </summary>
    private List<int> ScoreSegment(string lower, int start, int length)
    {
        var compoundLevel = patterns.CompoundLevel;
        if (compoundLevel is null)
        {
            return OddGaps(patterns, lower, start, length);
        }

        var boundaries = OddGaps(compoundLevel, lower, start, length);
        var breaks = new List<int>();
        var partStart = start;
        for (var b = 0; b <= boundaries.Count; b++)
        {
            var partEnd = b < boundaries.Count ? boundaries[b] : start + length;
            var leftKeep = partStart == start ? 0 : patterns.CompoundLeftHyphenMin;
            var rightKeep = partEnd == start + length ? 0 : patterns.CompoundRightHyphenMin;
            foreach (var inner in OddGaps(patterns, lower, partStart, partEnd - partStart))
            {
                if (inner - partStart >= leftKeep && partEnd - inner >= rightKeep)
                {
                    breaks.Add(inner);
                }
            }

            if (b < boundaries.Count)
            {
                breaks.Add(partEnd);
            }

            partStart = partEnd;
        }

        return breaks;
    }

    private static List<int> OddGaps(LiangPatterns level, string lower, int start, int length)
    {
        Span<byte> gaps = length < 256 ? stackalloc byte[length + 1] : new byte[length + 1];
        level.Score(lower.AsSpan(start, length), gaps);
        var breaks = new List<int>();
        for (var i = 1; i < length; i++)
        {
            if ((gaps[i] & 1) == 1)
            {
                breaks.Add(start + i);
            }
        }

        return breaks;
    }

    private static string LowerCase(ReadOnlySpan<char> core)
    {
        // Char by char, so indices stay those of the original word (no expansions like "ß" → "ss").
        return string.Create(core.Length, core, static (target, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = char.ToLowerInvariant(source[i]);
            }
        });
    }
}
