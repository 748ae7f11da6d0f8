using System.Text;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// Writes test statements in Markdown: deterministic pseudo-random English prose (real words, so
/// the hyphenator has work) with headings and any other Markdown in between. Remembers the plain
/// text of every body paragraph so tests can find each paragraph's lines on the pages again.
/// </summary>
internal sealed class StatementWriter
{
    private static readonly string[] Vocabulary =
    [
        "the", "and", "of", "to", "our", "we", "for", "every", "city", "homes", "rent", "people", "work",
        "council", "housing", "demand", "public", "tenants", "families", "neighbourhood", "government",
        "responsibility", "communities", "independent", "organisation", "transportation", "democratic",
        "accountability", "infrastructure", "investment", "development", "environmental", "consultation",
        "representatives", "affordable", "construction", "maintenance", "neighbours", "together", "future",
        "children", "schools", "streets", "decisions", "services", "workers", "landlords", "evictions",
        "speculation", "property", "protection", "understanding", "solidarity", "committee", "movement",
        "collective", "resources", "generations", "temperature", "heating", "building", "promise", "justice",
        "in", "is", "are", "not", "with", "by", "on", "must", "will", "can", "all", "who", "this", "that",
    ];

    private readonly StringBuilder markdown = new();
    private readonly Random random;

    public StatementWriter(int seed, string title = "Homes for All")
    {
        random = new Random(seed);
        Title = title;
        markdown.Append("---\ntitle: ").Append(title)
            .Append("\nsubtitle: A statement of the tenants' assembly\nauthor: Tenants Union\ndate: 2026-05-01\n---\n\n");
    }

    public string Title { get; }

    /// <summary>Plain text of every body paragraph written with <see cref="Paragraph(int)"/>, in order.</summary>
    public List<string> Paragraphs { get; } = [];

    /// <summary>For each paragraph in <see cref="Paragraphs"/>: whether it opens the text or follows a heading.</summary>
    public List<bool> Opening { get; } = [];

    private bool nextOpens = true;

    public string Markdown => markdown.ToString();

    /// <summary>The 1-based line the next written block will start on.</summary>
    public int NextLine => markdown.ToString().Count(c => c == '\n') + 1;

    public StatementWriter Paragraph(int words)
    {
        var text = Prose(words);
        Paragraphs.Add(text);
        Opening.Add(nextOpens);
        Raw(text);
        nextOpens = false;
        return this;
    }

    public StatementWriter Heading(string text, int level = 2)
    {
        Raw(new string('#', level) + " " + text);
        nextOpens = true;
        return this;
    }

    /// <summary>Any Markdown block, written as its own paragraph.</summary>
    public StatementWriter Raw(string block)
    {
        markdown.Append(block).Append("\n\n");
        return this;
    }

    /// <summary>Sentences of real words, capitalised and full-stopped, with no hyphens or quotes.</summary>
    public string Prose(int words)
    {
        var text = new StringBuilder();
        var sentence = 0;
        for (var i = 0; i < words; i++)
        {
            var word = Vocabulary[random.Next(Vocabulary.Length)];
            if (sentence == 0) word = char.ToUpperInvariant(word[0]) + word[1..];
            text.Append(word);
            sentence++;
            var last = i == words - 1;
            if (last || (sentence >= 6 && random.Next(5) == 0))
            {
                text.Append('.');
                sentence = 0;
            }
            else if (random.Next(12) == 0)
            {
                text.Append(',');
            }
            if (!last) text.Append(' ');
        }
        return text.ToString();
    }
}
