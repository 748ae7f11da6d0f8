namespace Pamphlet.Fuzzing;

/// <summary>What a run of inline text is for: it decides which inline constructs may appear.</summary>
internal enum InlineKind
{
    /// <summary>Paragraphs and list items: everything, including hard breaks, footnotes and inline images.</summary>
    Prose,
    /// <summary>Headings: one line, no breaks, footnotes or images.</summary>
    Heading,
    /// <summary>Captions, attributions, slogans and signatures: emphasis and punctuation only.</summary>
    Short,
}

/// <summary>
/// Writes inline Markdown: sentences of words with emphasis, strong, code, links, autolinks, smart
/// punctuation, entities, escapes, hard breaks, footnote references and inline images, each with the
/// text it must print.
/// <para>
/// Mixed directions are kept checkable: a word of the other direction is always followed by a word of
/// the statement's own direction, because the Unicode bidirectional algorithm joins neighbouring
/// words of one direction into one visual run ("UAW Local" or "تضامن 2025" in the other direction's
/// text), whose order the pages cannot give back word by word.
/// </para>
/// </summary>
internal sealed class InlineWriter(FuzzRandom random, WordSource words, Func<Construct, bool> allowed, StatementAssets assets, Construct? forced)
{
    /// <summary>How much likelier a forced construct is than usual: enough that most paragraphs have it.</summary>
    private const double ForcedBoost = 30;

    /// <summary>The weight of a choice: 0 when the construct is not allowed, boosted when it is forced.</summary>
    private double Weight(Construct construct, double weight) => !May(construct) ? 0 : construct == forced ? weight * ForcedBoost : weight;

    /// <summary>A probability, raised to one half when the construct is forced.</summary>
    private double Chance(Construct construct, double chance) => construct == forced ? Math.Max(chance, 0.5) : chance;

    /// <summary>Constructs used since the last <see cref="TakeUsed"/>.</summary>
    private readonly HashSet<Construct> used = [];

    /// <summary>Footnote labels referenced and not yet defined.</summary>
    public List<string> PendingFootnotes { get; } = [];

    private int footnoteCount;

    public IReadOnlySet<Construct> TakeUsed()
    {
        var result = used.ToHashSet();
        used.Clear();
        return result;
    }

    public void Use(Construct construct) => used.Add(construct);

    private bool May(Construct construct) => allowed(construct);

    /// <summary>A sentence of <paramref name="min"/>–<paramref name="max"/> words, capitalised, ending in punctuation.</summary>
    public List<Token> Sentence(int min, int max, InlineKind kind, bool end = true)
    {
        var count = random.Between(min, max);
        var plain = new List<Word> { words.Plain() };
        while (plain.Count < count)
        {
            // A foreign word is followed by a word of the statement's own direction (see the class comment).
            plain.Add(NeedsBaseWordAfter(plain[^1]) ? words.Plain() : kind == InlineKind.Short ? words.Plain() : words.Any());
        }
        if (NeedsBaseWordAfter(plain[^1])) plain.Add(words.Plain());
        if (plain.Any(w => w.Direction == TokenDirection.Neutral) && words.Base == TokenDirection.RightToLeft
            && plain.Zip(plain.Skip(1)).Any(p => p.First.Direction == TokenDirection.Neutral && p.Second.Direction != words.Base))
        {
            used.Add(Construct.NumberRuns);
        }
        plain[0] = plain[0] with { Text = Capitalised(plain[0].Text) };

        var tokens = new List<Token>();
        var i = 0;
        while (i < plain.Count)
        {
            var group = Math.Min(plain.Count - i, random.Geometric(1, 4, 0.45));
            var taken = plain.GetRange(i, group);
            tokens.AddRange(Markup(taken, kind, first: i == 0));
            i += group;
            // A link's URL is printed after it: like a foreign word, it is followed by a word of the statement's direction.
            if (i < plain.Count && tokens[^1].Direction == words.Foreign && plain[i].Direction != words.Base) plain[i] = words.Plain();
        }
        if (end) Punctuate(tokens, kind);
        return tokens;
    }

    /// <summary>
    /// Whether the next word must be of the statement's own direction: after a foreign word always;
    /// in right-to-left text also after a number, unless <see cref="Construct.NumberRuns"/> is wanted.
    /// </summary>
    private bool NeedsBaseWordAfter(Word word) =>
        word.Direction == words.Foreign
        || (word.Direction == TokenDirection.Neutral && words.Base == TokenDirection.RightToLeft && !(May(Construct.NumberRuns) && random.Chance(0.5)));

    /// <summary>Several sentences: a paragraph's text.</summary>
    public List<Token> Sentences(int min, int max, InlineKind kind = InlineKind.Prose)
    {
        var tokens = new List<Token>();
        var count = random.Between(min, max);
        for (var s = 0; s < count; s++)
        {
            var sentence = Sentence(3, 18, kind);
            if (kind == InlineKind.Prose && s > 0 && May(Construct.HardBreak) && random.Chance(Chance(Construct.HardBreak, 0.1)) && tokens.Count > 0)
            {
                tokens[^1] = tokens[^1] with { BreakAfter = random.Chance(0.5) ? "  " : "\\" };
                used.Add(Construct.HardBreak);
            }
            tokens.AddRange(sentence);
            var extra = forced is Construct.Autolink or Construct.BareUrl or Construct.InlineImage ? 0.5 : 0.06;
            if (kind == InlineKind.Prose && random.Chance(extra)) tokens.AddRange(Extra(tokens[^1].Direction == words.Foreign));
        }
        return tokens;
    }

    /// <summary>Plain words, no markup: titles and other front matter values.</summary>
    public string PlainText(int min, int max)
    {
        var count = random.Between(min, max);
        var list = new List<string> { Capitalised(words.Plain().Text) };
        while (list.Count < count) list.Add(words.Plain().Text);
        return string.Join(' ', list);
    }

    /// <summary>A name and role, as attributions and signatures give them.</summary>
    public List<Token> NameAndRole()
    {
        var name = random.Pick(words.Vocabulary.Names);
        var tokens = new List<Token> { new(name, name, words.Base) };
        if (random.Chance(0.6))
        {
            var role = random.Pick(words.Vocabulary.Roles);
            tokens[0] = tokens[0] with { Markdown = name + ",", Printed = name + "," };
            tokens.Add(new Token(random.Chance(0.2) ? "*" + role + "*" : role, role, words.Base));
        }
        return tokens;
    }

    private static string Capitalised(string word) =>
        word.Length > 0 && char.IsLower(word[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;

    /// <summary>Tokens for a group of words: plain, or with one kind of markup around them.</summary>
    private IEnumerable<Token> Markup(List<Word> group, InlineKind kind, bool first)
    {
        foreach (var w in group.Where(w => w.Construct is not null)) used.Add(w.Construct!.Value);
        var text = string.Join(' ', group.Select(w => w.Text));
        var end = group[^1].Direction;
        // The first group of a sentence stays a plain word or emphasis, so that no line of Markdown
        // starts with a digit, a bracket or a dash.
        var choice = random.Weighted(
            (70.0, "plain"),
            (Weight(Construct.Emphasis, 7), "em"),
            (Weight(Construct.Strong, 5), "strong"),
            (May(Construct.Emphasis) && May(Construct.Strong) ? 1 : 0, "both"),
            (Weight(Construct.SmartPunctuation, 5), "quotes"),
            (!first ? Weight(Construct.Code, 2) : 0, "code"),
            // The URL printed after a link runs left to right: in right-to-left text the link's last
            // word must be right to left, or the two would join into one left-to-right stretch.
            (!first && kind != InlineKind.Short && (words.Base == TokenDirection.LeftToRight || end == words.Base) ? Weight(Construct.Link, 3) : 0, "link"),
            (May(Construct.Emphasis) && group.Count == 1 && group[0].Text.Length >= 6 && group[0].Direction == words.Base && group[0].Construct is null ? 1 : 0, "intraword"),
            (!first ? Weight(Construct.Escape, 0.5) : 0, "escape"),
            // An entity adds a Latin letter: only in left-to-right text, and to a left-to-right word.
            (group.Count == 1 && group[0].Direction == TokenDirection.LeftToRight && words.Base == TokenDirection.LeftToRight ? Weight(Construct.Entity, 0.7) : 0, "entity"));
        switch (choice)
        {
            case "em":
                used.Add(Construct.Emphasis);
                var mark = random.Chance(0.7) ? "*" : "_";
                yield return new Token(mark + text + mark, text, end);
                break;
            case "strong":
                used.Add(Construct.Strong);
                var strong = random.Chance(0.8) ? "**" : "__";
                yield return new Token(strong + text + strong, text, end);
                break;
            case "both":
                used.Add(Construct.Emphasis);
                used.Add(Construct.Strong);
                yield return new Token("***" + text + "***", text, end);
                break;
            case "quotes":
                used.Add(Construct.SmartPunctuation);
                var q = random.Chance(0.75) ? "\"" : "'";
                yield return new Token(q + text + q, text, end);
                break;
            case "code":
                used.Add(Construct.Code);
                yield return new Token("`" + text + "`", text, end);
                break;
            case "link":
                used.Add(Construct.Link);
                var url = Url();
                var title = random.Chance(0.2) ? " \"" + words.Plain().Text + "\"" : "";
                // The URL printed after the link text runs left to right.
                yield return new Token("[" + text + "](" + url + title + ")", text, TokenDirection.LeftToRight);
                break;
            case "intraword":
                used.Add(Construct.Emphasis);
                var w = group[0].Text;
                var a = random.Between(1, w.Length - 3);
                var b = random.Between(a + 1, w.Length - 1);
                yield return new Token(w[..a] + "*" + w[a..b] + "*" + w[b..], w, end);
                break;
            case "escape":
                used.Add(Construct.Escape);
                var escaped = random.Pick(["\\*", "\\_", "\\#", "\\[", "\\]", "\\`", "\\\\"]);
                yield return new Token(escaped + text + escaped, text, end);
                break;
            case "entity":
                used.Add(Construct.Entity);
                yield return Entity(group[0]);
                break;
            default:
                foreach (var word in group)
                {
                    yield return new Token(word.Text, word.Text, word.Direction);
                }
                break;
        }
    }

    /// <summary>A word with an entity in it: "caf&amp;eacute;" prints "café"; "&amp;amp;" prints "&amp;" (no letters).</summary>
    private Token Entity(Word word)
    {
        var (entity, printed) = random.Pick<(string, string)>([("&eacute;", "é"), ("&#233;", "é"), ("&#xE9;", "é"), ("&amp;", "&"), ("&copy;", "©"), ("&nbsp;", " ")]);
        return printed == " "
            ? new Token(word.Text + entity + "x", word.Text + " x", word.Direction)
            : new Token(word.Text + entity, word.Text + printed, word.Direction);
    }

    /// <summary>Sentence punctuation, a footnote reference, or an inline image after the last word.</summary>
    private void Punctuate(List<Token> tokens, InlineKind kind)
    {
        var last = tokens[^1];
        var mark = kind == InlineKind.Heading
            ? random.Pick(["", "", "", "?", "!"])
            : random.Weighted((60.0, "."), (8, "?"), (5, "!"), (6, ":"), (6, ";"), (May(Construct.SmartPunctuation) ? 5 : 0, "..."), (10, ","));
        if (mark == "...") used.Add(Construct.SmartPunctuation);
        tokens[^1] = last with { Markdown = last.Markdown + mark, Printed = last.Printed + mark };
        if (kind != InlineKind.Prose) return;
        if (May(Construct.Footnote) && random.Chance(Chance(Construct.Footnote, 0.05)))
        {
            used.Add(Construct.Footnote);
            var label = random.Chance(0.7) ? (++footnoteCount).ToString(System.Globalization.CultureInfo.InvariantCulture) : "n" + ++footnoteCount;
            PendingFootnotes.Add(label);
            tokens.Add(new Token("[^" + label + "]", "", TokenDirection.Neutral) { Glued = true, Construct = Construct.Footnote });
        }
    }

    /// <summary>
    /// Now and then, inside prose: smart punctuation, autolinks, bare URLs and inline images. After a
    /// foreign token (such as a link's printed URL in right-to-left text) no left-to-right address follows.
    /// </summary>
    private IEnumerable<Token> Extra(bool afterForeign)
    {
        var addresses = !(afterForeign && words.Base == TokenDirection.RightToLeft);
        var choice = random.Weighted(
            (Weight(Construct.SmartPunctuation, 4), "dash"),
            (addresses ? Weight(Construct.Autolink, 3) : 0, "autolink"),
            (addresses ? Weight(Construct.BareUrl, 2) : 0, "bare"),
            (Weight(Construct.InlineImage, 1), "image"),
            (1, "none"));
        var next = words.Plain();
        switch (choice)
        {
            case "dash":
                used.Add(Construct.SmartPunctuation);
                yield return new Token(random.Pick(["--", "---", "—"]), "", TokenDirection.Neutral);
                yield return new Token(next.Text, next.Text, next.Direction);
                break;
            case "autolink":
                used.Add(Construct.Autolink);
                var address = random.Chance(0.7) ? Url() : Email();
                yield return new Token("<" + address + ">", address, TokenDirection.LeftToRight);
                yield return new Token(next.Text, next.Text, next.Direction);
                break;
            case "bare":
                used.Add(Construct.BareUrl);
                var bare = random.Chance(0.5) ? Url() : "www." + words.MadeUpLatin(6) + ".org";
                yield return new Token(bare, bare, TokenDirection.LeftToRight);
                yield return new Token(next.Text, next.Text, next.Direction);
                break;
            case "image":
                used.Add(Construct.InlineImage);
                var image = assets.AnyImage(random);
                yield return new Token("![" + words.Plain().Text + "](" + image + ")", "", TokenDirection.Neutral) { Construct = Construct.InlineImage, Image = image };
                yield return new Token(next.Text, next.Text, next.Direction);
                break;
        }
    }

    /// <summary>A web address: short, with a path, or long enough to be broken over lines.</summary>
    public string Url()
    {
        var host = words.MadeUpLatin(random.Between(4, 10)) + random.Pick([".org", ".example", ".net", ".org.uk"]);
        var path = random.Weighted(
            (3.0, ""),
            (4, "/" + words.MadeUpLatin(random.Between(3, 9))),
            (2, "/" + string.Join('/', Enumerable.Range(0, random.Between(2, 6)).Select(_ => words.MadeUpLatin(random.Between(4, 12)))) + random.Pick(["", ".pdf", ".html", "?id=" + random.Between(1, 99999)])));
        return random.Pick(["https://", "http://", "https://www."]) + host + path;
    }

    private string Email() => words.MadeUpLatin(random.Between(3, 8)) + "@" + words.MadeUpLatin(random.Between(4, 8)) + ".org";
}
