using System.Globalization;

namespace Pamphlet.Fuzzing;

/// <summary>
/// Generates statements from a grammar of everything the input format allows (README "The input
/// format", samples/statement.md): front matter, headings, paragraphs with inline markup, lists,
/// quotes (nested too), pull quotes, demand boxes, figures, slogans, signatures, poster divs, section
/// breaks and footnotes, in every supported language. The same seed and options always give the
/// same statement.
/// </summary>
public static class StatementGrammar
{
    public static GeneratedStatement Generate(ulong seed, StatementOptions? options = null) =>
        new Generation(seed, options ?? StatementOptions.Everything).Run();

    private sealed class Generation
    {
        private readonly ulong seed;
        private readonly StatementOptions options;
        private readonly FuzzRandom random;
        private readonly string language;
        private readonly Vocabulary vocabulary;
        private readonly StatementAssets assets = new();
        private readonly WordSource words;
        private readonly InlineWriter inline;
        private readonly MarkdownWriter writer;
        private readonly List<StatementPiece> pieces = [];
        private readonly HashSet<Construct> used = [];
        private bool titled;

        /// <summary>The layouts the front matter names (empty: none).</summary>
        private string[] layouts = [];

        public Generation(ulong seed, StatementOptions options)
        {
            this.seed = seed;
            this.options = options;
            random = new FuzzRandom(seed);
            language = options.Language ?? random.Weighted(
                (30.0, "en"), (4, "en-US"), (4, "en-GB"), (7, "de"), (2, "de-CH"), (7, "fr"), (7, "es"), (6, "it"),
                (3, "pt"), (2, "pt-PT"), (3, "pt-BR"), (7, "ar"), (6, "he"), (3, "fa"), (3, "ur"));
            vocabulary = Vocabulary.For(language);
            words = new WordSource(random, vocabulary, May);
            inline = new InlineWriter(random, words, May, assets, options.Forced);
            // List numbers are expected before their item's words; in right-to-left text they are set
            // at the line's right end, after the words in the order the check reads, so they are not expected there.
            writer = new MarkdownWriter(numbersPrinted: !vocabulary.RightToLeft);
        }

        private bool May(Construct construct) => options.Allows(construct);

        public GeneratedStatement Run()
        {
            var (frontMatter, cover, hasTitle) = FrontMatter();
            if (!hasTitle && random.Chance(0.5))
            {
                // No title in the front matter: the first "# heading" becomes the title, on the cover.
                Add(new MdHeading(1, inline.Sentence(2, 7, InlineKind.Heading, end: false)), Placement.Cover);
                hasTitle = true;
            }
            // A later level-1 heading is a section (level 2) only when the title is already given;
            // otherwise it would become the title.
            titled = hasTitle;

            var count = random.Between(1, Math.Max(1, options.MaxBlocks));
            var forcedAt = options.Forced is { } f && May(f) ? random.Below(count) : -1;
            for (var i = 0; i < count; i++)
            {
                // Two lists in a row would merge into one list: never generate a list right after a list.
                var afterList = pieces.Count > 0 && IsListPiece(pieces[^1]);
                if (i == forcedAt)
                {
                    if (afterList) Block(Construct.Paragraph);
                    Forced(options.Forced!.Value);
                    continue;
                }
                var kind = random.Weighted(
                    (40.0, Construct.Paragraph),
                    (May(Construct.Heading) ? 8 : 0, Construct.Heading),
                    (May(Construct.Subheading) ? 5 : 0, Construct.Subheading),
                    (May(Construct.SetextHeading) ? 1 : 0, Construct.SetextHeading),
                    (May(Construct.BulletList) && !afterList ? 6 : 0, Construct.BulletList),
                    (May(Construct.NumberedList) && !afterList ? 6 : 0, Construct.NumberedList),
                    (May(Construct.SectionBreak) ? 2 : 0, Construct.SectionBreak),
                    (May(Construct.BlockQuote) ? 6 : 0, Construct.BlockQuote),
                    (May(Construct.PullQuote) ? 3 : 0, Construct.PullQuote),
                    (May(Construct.Demands) ? 3 : 0, Construct.Demands),
                    (May(Construct.Figure) ? 3 : 0, Construct.Figure),
                    (May(Construct.PosterDiv) ? 1 : 0, Construct.PosterDiv),
                    (May(Construct.UnknownDiv) ? 1 : 0, Construct.UnknownDiv));
                Block(kind);
            }
            if (May(Construct.Slogan) && (options.Forced == Construct.Slogan || random.Chance(0.35))) Block(Construct.Slogan);
            if (May(Construct.Signature) && (options.Forced == Construct.Signature || random.Chance(0.45))) Block(Construct.Signature);
            if (inline.PendingFootnotes.Count > 0) FootnoteDefinitions();

            return new GeneratedStatement(seed, language, frontMatter, cover, pieces, assets.Images.ToList()) { Layouts = layouts };
        }

        private static bool IsListPiece(StatementPiece piece) =>
            piece.Lines.Count > 0 && piece.Lines[0].Length > 0 && (piece.Lines[0][0] is '-' or '*' or '+' || char.IsDigit(piece.Lines[0][0]));

        /// <summary>A top-level block that contains <paramref name="construct"/> for sure.</summary>
        private void Forced(Construct construct)
        {
            switch (construct)
            {
                case Construct.QuoteInQuote or Construct.ListInQuote or Construct.HeadingInQuote:
                    Add(Quote(depth: 0, force: construct), Placement.Flow, Construct.BlockQuote, construct);
                    break;
                case Construct.NestedList or Construct.QuoteInListItem or Construct.MultiParagraphItem:
                    var ordered = random.Chance(0.5);
                    Add(List(ordered, depth: 0, force: construct), Placement.Flow, ordered ? Construct.NumberedList : Construct.BulletList, construct);
                    break;
                case Construct.NumbersFromTen:
                    Add(List(ordered: true, depth: 0, force: construct), Placement.Flow, Construct.NumberedList, construct);
                    break;
                case Construct.ListInPullQuote:
                    Add(PullQuote(force: true), Placement.Float, Construct.PullQuote, construct);
                    break;
                case Construct.ListInSlogan:
                    Add(Slogan(force: true), Placement.Flow, Construct.Slogan, construct);
                    break;
                case Construct.DemandsIntroOutro or Construct.DemandSubPoints:
                    Add(Demands(force: construct), Placement.Float, Construct.Demands, construct);
                    break;
                case Construct.Slogan or Construct.Signature:
                    // Added at the end, where they belong.
                    Block(Construct.Paragraph);
                    break;
                case Construct.Paragraph or Construct.Heading or Construct.Subheading or Construct.SetextHeading or Construct.BulletList
                    or Construct.NumberedList or Construct.SectionBreak or Construct.BlockQuote or Construct.PullQuote or Construct.Demands
                    or Construct.Figure or Construct.PosterDiv or Construct.UnknownDiv:
                    Block(construct);
                    break;
                case Construct.PosterPullQuote:
                    Add(PullQuote(force: false, poster: true), Placement.Float, Construct.PullQuote, Construct.PosterPullQuote);
                    break;
                default:
                    // An inline construct: paragraphs until one of them uses it (the grammar uses each often).
                    for (var attempt = 0; attempt < 50; attempt++)
                    {
                        Block(Construct.Paragraph);
                        if (pieces[^1].Constructs.Contains(construct)) return;
                        pieces.RemoveAt(pieces.Count - 1);
                    }
                    Block(Construct.Paragraph);
                    break;
            }
        }

        private void Block(Construct kind)
        {
            switch (kind)
            {
                case Construct.Heading:
                    Add(new MdHeading(titled && random.Chance(0.15) ? 1 : 2, HeadingText()), Placement.Flow, kind);
                    break;
                case Construct.Subheading:
                    Add(new MdHeading(random.Between(3, 6), HeadingText()), Placement.Flow, kind);
                    break;
                case Construct.SetextHeading:
                    Add(new MdHeading(titled ? random.Between(1, 2) : 2, HeadingText(), Setext: true), Placement.Flow, kind);
                    break;
                case Construct.BulletList:
                    Add(List(ordered: false, depth: 0), Placement.Flow, kind);
                    break;
                case Construct.NumberedList:
                    Add(List(ordered: true, depth: 0), Placement.Flow, kind);
                    break;
                case Construct.SectionBreak:
                    Add(new MdThematicBreak(random.Pick(["---", "***", "* * *", "___", "- - -"])), Placement.Flow, kind);
                    break;
                case Construct.BlockQuote:
                    Add(Quote(depth: 0), Placement.Flow, kind);
                    break;
                case Construct.PullQuote:
                    var poster = May(Construct.PosterPullQuote) && random.Chance(0.2);
                    Add(PullQuote(force: false, poster), Placement.Float, poster ? [kind, Construct.PosterPullQuote] : [kind]);
                    break;
                case Construct.Demands:
                    Add(Demands(force: null), Placement.Float, kind);
                    break;
                case Construct.Figure:
                    Add(Figure(), Placement.Float, kind);
                    break;
                case Construct.Slogan:
                    Add(Slogan(force: false), Placement.Flow, kind);
                    break;
                case Construct.Signature:
                    Add(Signature(), Placement.Flow, kind);
                    break;
                case Construct.PosterDiv:
                    Add(new MdDiv("::: poster", [Paragraph(1, 2)]), Placement.PosterOnly, kind);
                    break;
                case Construct.UnknownDiv:
                    Add(new MdDiv("::: " + random.Pick(["sidebar", "note", "box", "aside", words.MadeUpLatin(6)]), Paragraphs(1, 2)), Placement.Flow, kind);
                    break;
                default:
                    Add(Paragraph(1, 6), Placement.Flow, Construct.Paragraph);
                    break;
            }
        }

        private void Add(MdNode node, Placement placement, params Construct[] constructs)
        {
            var written = writer.Write(node);
            var all = inline.TakeUsed().Concat(constructs).Concat(used).ToHashSet();
            used.Clear();
            pieces.Add(new StatementPiece(written.Lines, placement,
                written.Parts.Select(p => (p.Line, (IReadOnlyList<string>)p.Words, p.Context)).ToList(), written.Images, all));
        }

        private List<Token> HeadingText() => inline.Sentence(1, 8, InlineKind.Heading);

        private MdParagraph Paragraph(int min, int max) => new(inline.Sentences(min, max));

        /// <summary>Paragraphs for inside a div.</summary>
        private List<MdNode> Paragraphs(int min, int max)
        {
            var children = new List<MdNode>();
            var count = random.Between(min, max);
            for (var i = 0; i < count; i++) children.Add(Paragraph(1, 3));
            return children;
        }

        private MdList List(bool ordered, int depth, Construct? force = null)
        {
            var manyNumbers = ordered && May(Construct.NumbersFromTen) && (force == Construct.NumbersFromTen || random.Chance(0.25));
            var count = force == Construct.NumbersFromTen ? random.Between(1, 15) : random.Chance(0.1) ? random.Between(6, 15) : random.Between(1, 6);
            var start = 1;
            if (ordered)
            {
                if (manyNumbers)
                {
                    start = random.Weighted((2.0, 1), (3, random.Between(0, 20)), (2, random.Between(10, 999)));
                    if (start + count - 1 < 10) start = 10 - count + 1 + random.Below(3);
                    used.Add(Construct.NumbersFromTen);
                }
                else
                {
                    count = Math.Min(count, 9);
                    start = random.Chance(0.7) ? 1 : random.Between(0, 10 - count);
                }
            }
            var marker = ordered ? random.Pick([".", ")"]) : random.Pick(["-", "*", "+"]);
            var items = new List<IReadOnlyList<MdNode>>();
            var forcedItem = force is { } ? random.Below(count) : -1;
            for (var i = 0; i < count; i++)
            {
                var item = new List<MdNode> { Paragraph(1, 2) };
                if ((i == forcedItem && force == Construct.MultiParagraphItem) || (May(Construct.MultiParagraphItem) && random.Chance(0.06)))
                {
                    item.Add(Paragraph(1, 2));
                    used.Add(Construct.MultiParagraphItem);
                }
                if ((i == forcedItem && force == Construct.NestedList) || (May(Construct.NestedList) && depth < 3 && random.Chance(0.12)))
                {
                    item.Add(List(random.Chance(0.4), depth + 1));
                    used.Add(Construct.NestedList);
                }
                if ((i == forcedItem && force == Construct.QuoteInListItem) || (May(Construct.QuoteInListItem) && depth < 2 && random.Chance(0.05)))
                {
                    item.Add(Quote(depth + 1));
                    used.Add(Construct.QuoteInListItem);
                }
                items.Add(item);
            }
            return new MdList(ordered, start, marker, items);
        }

        private MdQuote Quote(int depth, Construct? force = null)
        {
            var children = new List<MdNode>();
            if (force == Construct.HeadingInQuote || (May(Construct.HeadingInQuote) && random.Chance(0.07)))
            {
                children.Add(new MdHeading(random.Between(2, 3), HeadingText()));
                used.Add(Construct.HeadingInQuote);
            }
            children.Add(Paragraph(1, 3));
            if (force == Construct.QuoteInQuote || (May(Construct.QuoteInQuote) && depth < 2 && random.Chance(0.1)))
            {
                children.Add(Quote(depth + 1));
                used.Add(Construct.QuoteInQuote);
                if (random.Chance(0.5)) children.Add(Paragraph(1, 2));
            }
            if (force == Construct.ListInQuote || (May(Construct.ListInQuote) && random.Chance(0.1)))
            {
                children.Add(List(random.Chance(0.5), depth: 2));
                used.Add(Construct.ListInQuote);
            }
            if (random.Chance(0.3)) children.Add(Paragraph(1, 2));
            var attribution = random.Chance(0.6) ? inline.NameAndRole() : null;
            return new MdQuote(children, attribution, random.Chance(0.8) ? "—" : "--");
        }

        private MdDiv PullQuote(bool force, bool poster = false)
        {
            var children = new List<MdNode> { new MdParagraph(inline.Sentence(3, 16, InlineKind.Short)) };
            if (random.Chance(0.2)) children.Add(new MdParagraph(inline.Sentence(3, 10, InlineKind.Short)));
            if (force || (May(Construct.ListInPullQuote) && random.Chance(0.1)))
            {
                children.Add(List(random.Chance(0.5), depth: 2));
                used.Add(Construct.ListInPullQuote);
            }
            var opening = poster ? random.Pick(["::: {.pullquote .poster}", "::: pullquote poster"]) : random.Pick(["::: pullquote", "::: {.pullquote}"]);
            return new MdDiv(opening, children, random.Chance(0.6) ? inline.NameAndRole() : null);
        }

        private MdDiv Demands(Construct? force)
        {
            var children = new List<MdNode>();
            if (random.Chance(0.85)) children.Add(new MdHeading(3, inline.Sentence(1, 5, InlineKind.Heading, end: false)));
            var introOutro = force == Construct.DemandsIntroOutro || (May(Construct.DemandsIntroOutro) && random.Chance(0.25));
            if (introOutro)
            {
                children.Add(Paragraph(1, 2));
                used.Add(Construct.DemandsIntroOutro);
            }
            var ordered = random.Chance(0.7);
            var manyNumbers = ordered && May(Construct.NumbersFromTen) && random.Chance(0.2);
            var count = manyNumbers ? random.Between(10, 15) : random.Between(1, ordered ? 9 : 12);
            if (manyNumbers) used.Add(Construct.NumbersFromTen);
            var items = new List<IReadOnlyList<MdNode>>();
            var subPointAt = force == Construct.DemandSubPoints ? random.Below(count) : -1;
            for (var i = 0; i < count; i++)
            {
                var item = new List<MdNode> { Paragraph(1, 2) };
                if (May(Construct.MultiParagraphItem) && random.Chance(0.05))
                {
                    item.Add(Paragraph(1, 1));
                    used.Add(Construct.MultiParagraphItem);
                }
                if (i == subPointAt || (May(Construct.DemandSubPoints) && random.Chance(0.1)))
                {
                    item.Add(List(random.Chance(0.3), depth: 2));
                    used.Add(Construct.DemandSubPoints);
                }
                items.Add(item);
            }
            children.Add(new MdList(ordered, 1, ordered ? random.Pick([".", ")"]) : random.Pick(["-", "*", "+"]), items));
            if (introOutro && random.Chance(0.7)) children.Add(Paragraph(1, 2));
            return new MdDiv(random.Pick(["::: demands", "::: {.demands}"]), children);
        }

        private MdFigure Figure()
        {
            var caption = random.Chance(0.85) ? inline.Sentence(2, 14, InlineKind.Short) : [];
            // Latin words around a right-to-left name would make a run of several left-to-right words (see InlineWriter).
            var credit = !random.Chance(0.6) ? null
                : vocabulary.RightToLeft ? random.Pick(vocabulary.Names)
                : random.Pick(["Photo: ", "Foto: ", "Image: ", ""]) + random.Pick(vocabulary.Names) + random.Pick(["", ", CC BY 4.0", ", 2025"]);
            var focus = random.Chance(0.15)
                ? string.Create(CultureInfo.InvariantCulture, $"{{focus=\"{random.Between(0, 100) / 100.0},{random.Between(0, 100) / 100.0}\"}}")
                : null;
            return new MdFigure(caption, assets.AnyImage(random), credit, focus);
        }

        private MdDiv Slogan(bool force)
        {
            var children = new List<MdNode>();
            var sentences = new List<Token>();
            var lines = random.Between(1, 3);
            for (var i = 0; i < lines; i++)
            {
                var sentence = inline.Sentence(1, 5, InlineKind.Short);
                if (i < lines - 1 && random.Chance(0.4)) sentence[^1] = sentence[^1] with { BreakAfter = "\\" };
                sentences.AddRange(sentence);
            }
            children.Add(new MdParagraph(sentences));
            if (force || (May(Construct.ListInSlogan) && random.Chance(0.1)))
            {
                children.Add(List(random.Chance(0.5), depth: 2));
                used.Add(Construct.ListInSlogan);
            }
            return new MdDiv("::: slogan", children);
        }

        private MdDiv Signature()
        {
            var tokens = new List<Token>();
            var name = random.Chance(0.5) ? random.Pick(vocabulary.Names) : inline.PlainText(2, 5);
            tokens.Add(new Token(name, name, words.Base) { BreakAfter = random.Chance(0.5) ? "\\" : "  " });
            var place = inline.Sentence(2, 5, InlineKind.Short, end: false);
            tokens.AddRange(place);
            return new MdDiv("::: signature", [new MdParagraph(tokens)]);
        }

        private void FootnoteDefinitions()
        {
            foreach (var label in inline.PendingFootnotes)
            {
                var text = inline.Sentences(1, 2, InlineKind.Short);
                Add(new MdFootnoteDefinition(label, text), Placement.Note, Construct.Footnote);
            }
            inline.PendingFootnotes.Clear();
        }

        /// <summary>The front matter lines (with fences), the cover parts (line, words) and whether it gives a title.</summary>
        private (List<string> Lines, List<(int, IReadOnlyList<string>, string)> Cover, bool HasTitle) FrontMatter()
        {
            var english = language.StartsWith("en", StringComparison.Ordinal);
            // Without a lang line a statement is English, so only English statements may leave it out.
            if (english && language == "en" && random.Chance(0.08)) return ([], [], false);

            var lines = new List<string> { "---" };
            var cover = new List<(int, IReadOnlyList<string>, string)>();
            var hasTitle = false;
            void Text(string key, string value, bool onCover)
            {
                lines.Add(key + ": " + YamlString(value));
                if (onCover) cover.Add((lines.Count, value.Split(' ', StringSplitOptions.RemoveEmptyEntries), "front matter " + key));
            }

            var keys = new List<Action>();
            if (random.Chance(0.85))
            {
                hasTitle = true;
                keys.Add(() => Text("title", inline.PlainText(1, 8), onCover: true));
            }
            if (random.Chance(0.6)) keys.Add(() => Text("subtitle", inline.PlainText(2, 14), onCover: true));
            if (random.Chance(0.6)) keys.Add(() => Text("author", random.Chance(0.5) ? random.Pick(vocabulary.Names) : inline.PlainText(2, 6), onCover: true));
            if (random.Chance(0.6))
            {
                keys.Add(() => lines.Add("date: " + new DateOnly(random.Between(1990, 2040), random.Between(1, 12), random.Between(1, 28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
            if (!(language == "en" && random.Chance(0.2))) keys.Add(() => lines.Add("lang: " + language));
            if (random.Chance(0.4)) keys.Add(() => lines.Add("url: " + inline.Url()));
            if (random.Chance(0.25)) keys.Add(() => Text("contact", "hello@" + words.MadeUpLatin(6) + ".example", onCover: false));
            if (random.Chance(0.15)) keys.Add(() => Text(random.Pick(["campaign", "edition", "print-run"]), inline.PlainText(1, 4), onCover: false));
            if (random.Chance(0.15))
            {
                layouts = random.Pick<string[]>([["a5-pamphlet"], ["a5-pamphlet", "poster-a3"], ["a5-pamphlet-large-print"], ["poster-a4", "a5-pamphlet"]]);
                keys.Add(() => lines.Add("layouts: " + (layouts.Length == 1 && random.Chance(0.5) ? layouts[0] : "[" + string.Join(", ", layouts) + "]")));
            }
            // Keys in any order, as people write them.
            for (var i = keys.Count - 1; i > 0; i--)
            {
                var j = random.Below(i + 1);
                (keys[i], keys[j]) = (keys[j], keys[i]);
            }
            foreach (var key in keys) key();
            lines.Add("---");
            return (lines, cover, hasTitle);
        }

        /// <summary>A YAML scalar: double-quoted, single-quoted or plain, each written so that it reads back as <paramref name="value"/>.</summary>
        private string YamlString(string value) => random.Weighted(
            (5.0, "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""),
            (2, "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'"),
            (PlainYamlSafe(value) ? 3 : 0, value));

        private static bool PlainYamlSafe(string value) =>
            value.Length > 0 && char.IsLetter(value[0]) && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
            && !value.EndsWith(':') && value.IndexOfAny(['{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '%', '@', '`']) < 0;
    }
}
