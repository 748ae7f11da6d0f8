using System.Text;
using Pamphlet.Documents.Model;

namespace Pamphlet.Documents.Markdown;

/// <summary>
/// Typographic punctuation for typed text: straight quotes become the language's quotation marks or
/// apostrophes, <c>---</c> an em dash, <c>--</c> an en dash, <c>...</c> an ellipsis.
/// Works on the runs of one paragraph at once, so a quote is opened or closed by looking at the
/// characters around it even when they sit in a neighbouring run (<c>"*word*"</c>). Verbatim runs
/// (inline code, URLs) are never changed but still count as neighbours.
/// </summary>
internal static class SmartPunctuation
{
    public const string EmDash = "\u2014";
    public const string EnDash = "\u2013";
    public const string Ellipsis = "\u2026";

    /// <summary>
    /// Characters after which a quote opens rather than closes, besides whitespace and the start:
    /// brackets, dashes and slashes precede quotations ("(“…”)", "—“…”"); opening quote marks let a
    /// quote open inside another (“‘…’”).
    /// </summary>
    private const string OpeningContext = "([{<-/\u2014\u2013\u201C\u2018\u201E\u201A\u00AB\u2039";

    /// <summary>
    /// English elisions that start with an apostrophe and would otherwise look like an opening
    /// single quote. "'n'" (rock ’n’ roll) has two apostrophes; both are handled by the match.
    /// </summary>
    private static readonly string[] LeadingElisions = ["'n'", "'em", "'tis", "'twas"];

    /// <summary>Applies smart punctuation to one string with no neighbours (a title, a credit).</summary>
    public static string Apply(string text, QuoteMarks marks) => Apply([TextSegment.Prose(text)], marks)[0];

    /// <summary>
    /// Returns the new text of every segment, in order (same count). Only <see cref="SegmentKind.Text"/>
    /// segments change. Call once per paragraph (or heading, caption): single quotes still open at
    /// its end are forgotten.
    /// </summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<TextSegment> segments, QuoteMarks marks)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(marks);
        return new Pass(segments, marks).Run();
    }

    /// <summary>One left-to-right pass over the paragraph's characters.</summary>
    private sealed class Pass
    {
        private readonly IReadOnlyList<TextSegment> segments;
        private readonly QuoteMarks marks;
        private readonly string all;
        private readonly int[] segmentStarts;

        /// <summary>Straight quotes at these positions (in <see cref="all"/>) became opening marks.</summary>
        private readonly HashSet<int> openedAt = [];

        /// <summary>Single quotes opened and not yet closed: a word-final ' then closes one, else it is an apostrophe.</summary>
        private int openSingles;

        public Pass(IReadOnlyList<TextSegment> segments, QuoteMarks marks)
        {
            this.segments = segments;
            this.marks = marks;
            segmentStarts = new int[segments.Count];
            var builder = new StringBuilder();
            for (var s = 0; s < segments.Count; s++)
            {
                segmentStarts[s] = builder.Length;
                builder.Append(segments[s].Text);
            }

            all = builder.ToString();
        }

        public IReadOnlyList<string> Run()
        {
            var results = new string[segments.Count];
            for (var s = 0; s < segments.Count; s++)
            {
                var segment = segments[s];
                results[s] = segment.Kind == SegmentKind.Text ? Transform(segment.Text, segmentStarts[s]) : segment.Text;
            }

            return results;
        }

        private string Transform(string text, int start)
        {
            var output = new StringBuilder(text.Length);
            var k = 0;
            while (k < text.Length)
            {
                var at = start + k;
                var c = text[k];
                int consumed;
                switch (c)
                {
                    case '-':
                        consumed = Dash(text, k, at, output);
                        break;
                    case '.' when Follows(text, k, "..."):
                        output.Append(Ellipsis);
                        consumed = 3;
                        break;
                    case '"':
                        output.Append(DoubleQuote(at));
                        consumed = 1;
                        break;
                    case '\'':
                        consumed = SingleQuote(text, k, at, output);
                        break;
                    default:
                        output.Append(c);
                        consumed = 1;
                        break;
                }

                k += consumed;
            }

            return output.ToString();
        }

        private int Dash(string text, int k, int at, StringBuilder output)
        {
            if (Follows(text, k, "---"))
            {
                output.Append(EmDash);
                return 3;
            }

            if (Follows(text, k, "--"))
            {
                // "-- Name" at the start of a line is the typewriter way to write an attribution
                // dash, which is an em dash; elsewhere "--" is the en dash of ranges and asides.
                var startsAttribution = IsLineStart(at) && k + 2 < text.Length && char.IsWhiteSpace(text[k + 2]);
                output.Append(startsAttribution ? EmDash : EnDash);
                return 2;
            }

            output.Append('-');
            return 1;
        }

        private string DoubleQuote(int at)
        {
            if (OpensHere(at))
            {
                openedAt.Add(at);
                return marks.PrimaryOpen;
            }

            return marks.PrimaryClose;
        }

        private int SingleQuote(string text, int k, int at, StringBuilder output)
        {
            var previous = CharBefore(at);
            var next = CharAt(at + 1);

            if (IsOpeningContext(at) && LeadingElision(text, k) is { } elision)
            {
                output.Append(elision.Replace("'", QuoteMarks.Apostrophe, StringComparison.Ordinal));
                return elision.Length;
            }

            if (IsWordCharacter(previous) && next is { } following && char.IsLetter(following))
            {
                output.Append(QuoteMarks.Apostrophe);          // don't, l'homme, rock'n'roll
                return 1;
            }

            if (IsOpeningContext(at) && IsAbbreviatedYear(at + 1))
            {
                output.Append(QuoteMarks.Apostrophe);          // '90s, '68
                return 1;
            }

            if (OpensHere(at))
            {
                openedAt.Add(at);
                openSingles++;
                output.Append(marks.SecondaryOpen);
                return 1;
            }

            if (previous is { } before && !char.IsWhiteSpace(before) && openSingles > 0)
            {
                openSingles--;
                output.Append(marks.SecondaryClose);
                return 1;
            }

            output.Append(QuoteMarks.Apostrophe);              // workers' rights, Hans' Buch
            return 1;
        }

        /// <summary>A quote opens when what precedes it allows and a word (not a space) follows.</summary>
        private bool OpensHere(int at) =>
            IsOpeningContext(at) && CharAt(at + 1) is { } next && !char.IsWhiteSpace(next);

        private bool IsOpeningContext(int at)
        {
            if (at == 0)
            {
                return true;
            }

            var previous = all[at - 1];
            return char.IsWhiteSpace(previous)
                || OpeningContext.Contains(previous, StringComparison.Ordinal)
                || openedAt.Contains(at - 1);
        }

        private bool IsLineStart(int at) => at == 0 || all[at - 1] == '\n';

        private bool IsAbbreviatedYear(int digitsAt) =>
            CharAt(digitsAt) is { } tens && char.IsAsciiDigit(tens)
            && CharAt(digitsAt + 1) is { } units && char.IsAsciiDigit(units)
            && (CharAt(digitsAt + 2) is not { } after || !char.IsAsciiDigit(after));

        private static string? LeadingElision(string text, int k)
        {
            foreach (var elision in LeadingElisions)
            {
                if (string.Compare(text, k, elision, 0, elision.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    var end = k + elision.Length;
                    if (end >= text.Length || !char.IsLetter(text[end]))
                    {
                        return text.Substring(k, elision.Length);
                    }
                }
            }

            return null;
        }

        private char? CharBefore(int at) => at > 0 ? all[at - 1] : null;

        private char? CharAt(int at) => at < all.Length ? all[at] : null;

        private static bool IsWordCharacter(char? c) => c is { } value && char.IsLetterOrDigit(value);

        /// <summary>Multi-character sequences count only inside one segment, never across runs.</summary>
        private static bool Follows(string text, int k, string sequence) =>
            string.CompareOrdinal(text, k, sequence, 0, sequence.Length) == 0 && k + sequence.Length <= text.Length;
    }
}
