using System.Text;

namespace Pamphlet.Tests.Composition;

/// <summary>
/// Random statements of containers nested in containers (quotes, list items, pull quotes, slogans,
/// signatures, demand boxes), up to four deep, with every kind of leaf block: every word is printed,
/// in the order written (an image inside a paragraph after the paragraph). The only floating blocks at
/// the top level are demand boxes (a box moves whole past the text after it rather than split badly):
/// the words of each are in order, and the words of everything else.
/// </summary>
[Trait(Tier.Name, Tier.Layout)]
public sealed class NestingPropertyTests(CompositionFixture fixture) : IClassFixture<CompositionFixture>
{
    private const int MaxDepth = 4;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 500)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_word_of_a_random_nested_statement_is_printed_in_order(int seed)
    {
        var generator = new Generator(seed);
        var containers = new List<(string Markdown, List<string> Words)>();
        for (var i = 0; i < 3; i++)
        {
            var from = generator.Words.Count;
            var container = generator.Container(1);
            containers.Add((container, generator.Words.Skip(from).ToList()));
        }
        var markdown = "---\ntitle: Property\n---\n\n" + string.Join("\n\n", containers.Select(c => c.Markdown)) + "\n";

        var result = fixture.Compose(markdown);

        var printed = PageWords.Words(result.Document);
        var boxes = containers.Where(c => c.Markdown.TrimStart(':').StartsWith(" demands", StringComparison.Ordinal)).ToList();
        try
        {
            PageWords.AssertInOrder(printed, containers.Except(boxes).SelectMany(c => c.Words));
            foreach (var box in boxes) PageWords.AssertInOrder(printed, box.Words);
        }
        catch (Xunit.Sdk.XunitException failure)
        {
            throw new Xunit.Sdk.XunitException($"seed {seed}: {failure.Message}\n--- statement ---\n{markdown}");
        }
    }

    /// <summary>Writes nested Markdown and remembers every word it writes, in order.</summary>
    private sealed class Generator(int seed)
    {
        private readonly Random random = new(seed);

        public List<string> Words { get; } = [];

        private string Word()
        {
            var word = "w" + Words.Count;
            Words.Add(word);
            return word;
        }

        /// <summary>A container at <paramref name="depth"/> (1 = top level) holding one to three blocks.</summary>
        public string Container(int depth)
        {
            var kind = random.Next(depth == 1 ? 5 : 7);
            // Colons shrink with depth, so an inner ::: block never closes an outer one.
            var fence = new string(':', 3 + MaxDepth - depth);
            switch (kind)
            {
                case 0:
                    return Prefix("> ", Children(depth));
                case 1:
                    return "- " + Word() + "\n\n" + Indent("  ", Children(depth)) + "\n- " + Word();
                case 2:
                    return "1. " + Word() + "\n\n" + Indent("   ", Children(depth)) + "\n2. " + Word();
                case 3:
                    return fence + " demands\n" + Children(depth) + "\n\n- " + Word() + "\n" + fence;
                case 4:
                    return fence + " signature\n" + Children(depth) + "\n" + fence;
                case 5:
                    return fence + " pullquote\n" + Children(depth) + "\n" + fence;
                default:
                    return fence + " slogan\n" + Children(depth) + "\n" + fence;
            }
        }

        private string Children(int depth)
        {
            var count = 1 + random.Next(3);
            var blocks = new List<string>();
            for (var i = 0; i < count; i++)
            {
                blocks.Add(depth < MaxDepth && random.Next(3) == 0 ? Container(depth + 1) : Leaf());
            }
            return string.Join("\n\n", blocks);
        }

        private string Leaf()
        {
            switch (random.Next(8))
            {
                case 0:
                    return "### " + Word();
                case 1:
                    return "```\n" + Word() + "\n```";
                case 2:
                    {
                        var (a, b, c, d) = (Word(), Word(), Word(), Word());
                        return $"| {a} | {b} |\n|---|---|\n| {c} | {d} |";
                    }
                case 3:
                    return "![" + Word() + "](march.jpg)";
                case 4:
                    return "---\n\n" + Word() + ".";
                case 5:
                    {
                        // An image inside the text is set after its paragraph: its alt text is printed after the words that follow it.
                        var (before, after, alt) = (Word(), Word(), Word());
                        return $"{before} ![{alt}](march.jpg) {after}.";
                    }
                default:
                    {
                        var text = new StringBuilder(Word());
                        for (var i = random.Next(12); i > 0; i--) text.Append(' ').Append(Word());
                        return text.Append('.').ToString();
                    }
            }
        }

        private static string Prefix(string prefix, string text) => string.Join("\n", text.Split('\n').Select(line => (prefix + line).TrimEnd()));

        private static string Indent(string indent, string text) => string.Join("\n", text.Split('\n').Select(line => line.Length == 0 ? "" : indent + line));
    }
}
