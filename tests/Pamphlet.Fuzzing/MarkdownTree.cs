namespace Pamphlet.Fuzzing;

/// <summary>
/// The grammar's own small Markdown tree: what it generates before writing it out, so that every
/// word is known with the line it is written on, however deeply it is nested.
/// </summary>
internal abstract record MdNode;

internal sealed record MdParagraph(IReadOnlyList<Token> Tokens) : MdNode;

internal sealed record MdHeading(int Level, IReadOnlyList<Token> Tokens, bool Setext = false) : MdNode;

/// <summary>A list; <see cref="Marker"/> is "-", "*" or "+" for bullets, "." or ")" after the numbers.</summary>
internal sealed record MdList(bool Ordered, int Start, string Marker, IReadOnlyList<IReadOnlyList<MdNode>> Items) : MdNode
{
    /// <summary>Demand boxes print numbers without a period; the expected word is the number either way.</summary>
    public int Last => Start + Items.Count - 1;
}

internal sealed record MdQuote(IReadOnlyList<MdNode> Children, IReadOnlyList<Token>? Attribution, string Dash = "—") : MdNode;

/// <summary>A fenced div: <c>::: name</c> (or <c>::: {.name .class}</c>) … <c>:::</c>.</summary>
internal sealed record MdDiv(string Opening, IReadOnlyList<MdNode> Children, IReadOnlyList<Token>? Attribution = null) : MdNode;

internal sealed record MdFigure(IReadOnlyList<Token> Caption, string File, string? Credit, string? Attributes) : MdNode;

internal sealed record MdThematicBreak(string Text) : MdNode;

internal sealed record MdFootnoteDefinition(string Label, IReadOnlyList<Token> Tokens) : MdNode;

/// <summary>Markdown lines and the expected words on them, from writing out a tree.</summary>
internal sealed class WrittenMarkdown
{
    public List<string> Lines { get; } = [];

    /// <summary>Expected words with the 0-based line (of <see cref="Lines"/>) they start on and where they are nested.</summary>
    public List<(int Line, List<string> Words, string Context)> Parts { get; } = [];

    public List<(int Line, string File, string Context)> Images { get; } = [];
}

/// <summary>
/// Writes a tree out as Markdown. Paragraphs wrap at about <see cref="WrapColumn"/> characters, but
/// only before a token that may start a line (a word, never a digit, dash or bracket, which could turn
/// the line into a list item or a heading).
/// </summary>
internal sealed class MarkdownWriter(bool numbersPrinted)
{
    /// <summary>Roughly where the sample statement wraps its lines.</summary>
    private const int WrapColumn = 96;

    public WrittenMarkdown Write(MdNode node)
    {
        var output = new WrittenMarkdown();
        WriteNode(node, output, "");
        return output;
    }

    /// <summary>Where a part is nested, for reports: "quote > numbered list > paragraph".</summary>
    private static string In(string context, string what) => context.Length == 0 ? what : context + " > " + what;

    private void WriteNode(MdNode node, WrittenMarkdown o, string context)
    {
        switch (node)
        {
            case MdParagraph p:
                WriteInline(p.Tokens, o, wrap: true, In(context, "paragraph"));
                break;
            case MdHeading h when h.Setext:
                WriteInline(h.Tokens, o, wrap: false, In(context, "heading"));
                o.Lines.Add(h.Level == 1 ? "=======" : "-------");
                break;
            case MdHeading h:
                var at = o.Lines.Count;
                WriteInline(h.Tokens, o, wrap: false, In(context, "heading"));
                o.Lines[at] = new string('#', h.Level) + " " + o.Lines[at];
                break;
            case MdList l:
                WriteList(l, o, context);
                break;
            case MdQuote q:
                var quote = new WrittenMarkdown();
                WriteChildren(q.Children, quote, In(context, "quote"));
                if (q.Attribution is not null)
                {
                    if (quote.Lines.Count > 0) quote.Lines.Add("");
                    var start = quote.Lines.Count;
                    WriteInline(q.Attribution, quote, wrap: false, In(context, "quote > attribution"));
                    quote.Lines[start] = q.Dash + " " + quote.Lines[start];
                }
                Nest(quote, o, _ => "> ", blank: ">");
                break;
            case MdDiv d:
                o.Lines.Add(d.Opening);
                var name = In(context, d.Opening.TrimStart(':', ' ', '{', '.').Split(' ', '}', '.')[0]);
                var inner = new WrittenMarkdown();
                WriteChildren(d.Children, inner, name);
                if (d.Attribution is not null)
                {
                    inner.Lines.Add("");
                    var start = inner.Lines.Count;
                    WriteInline(d.Attribution, inner, wrap: false, In(name, "attribution"));
                    inner.Lines[start] = "— " + inner.Lines[start];
                }
                Nest(inner, o, _ => "", blank: "");
                o.Lines.Add(":::");
                break;
            case MdFigure f:
                var line = o.Lines.Count;
                var caption = new WrittenMarkdown();
                WriteInline(f.Caption, caption, wrap: false, "");
                var credit = f.Credit is null ? "" : " \"" + f.Credit + "\"";
                o.Lines.Add("![" + (caption.Lines.Count > 0 ? caption.Lines[0] : "") + "](" + f.File + credit + ")" + (f.Attributes ?? ""));
                var words = caption.Parts.SelectMany(p => p.Words).Concat(f.Credit is null ? [] : SplitWords(f.Credit)).ToList();
                if (words.Count > 0) o.Parts.Add((line, words, In(context, "figure caption")));
                o.Images.Add((line, f.File, In(context, "figure")));
                break;
            case MdThematicBreak b:
                o.Lines.Add(b.Text);
                break;
            case MdFootnoteDefinition fn:
                var first = o.Lines.Count;
                WriteInline(fn.Tokens, o, wrap: true, "footnote");
                o.Lines[first] = "[^" + fn.Label + "]: " + o.Lines[first];
                for (var i = first + 1; i < o.Lines.Count; i++) o.Lines[i] = "    " + o.Lines[i];
                break;
        }
    }

    private void WriteChildren(IReadOnlyList<MdNode> children, WrittenMarkdown o, string context)
    {
        for (var i = 0; i < children.Count; i++)
        {
            if (i > 0) o.Lines.Add("");
            WriteNode(children[i], o, context);
        }
    }

    private void WriteList(MdList list, WrittenMarkdown o, string context)
    {
        var listContext = In(context, list.Ordered ? "numbered list" : "bulleted list");
        for (var i = 0; i < list.Items.Count; i++)
        {
            var number = list.Start + i;
            var marker = list.Ordered ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) + list.Marker + " " : list.Marker + " ";
            var item = new WrittenMarkdown();
            WriteChildren(list.Items[i], item, listContext);
            if (list.Ordered && numbersPrinted && item.Parts.Count > 0 && item.Parts[0].Line == 0)
            {
                // The printed number must appear just before the item's first word. It is checked glued
                // to that word ("15" + "Voz" reads "15voz"): a number alone is too common a string, and
                // would be "found" in some later number when it is missing.
                var (line, words, _) = item.Parts[0];
                item.Parts[0] = (line, [PrintedNumber(number, context) + words[0], .. words.Skip(1)],
                    In(listContext, number >= 10 ? "number from 10" : "number"));
            }
            // Loose lists (a blank line between items) when an item has several blocks; tight otherwise.
            if (i > 0 && list.Items.Any(it => it.Count > 1)) o.Lines.Add("");
            var indent = new string(' ', marker.Length);
            Nest(item, o, l => l == 0 ? marker : indent, blank: "");
        }
    }

    /// <summary>
    /// The number as printed: numbered lists anywhere inside a demand (below the box's own list of
    /// demands) are its sub-points, lettered a, b, c … z, aa (the composer's ListMarkers); a demand
    /// box nested inside a demand starts afresh.
    /// </summary>
    private static string PrintedNumber(int number, string context)
    {
        var segments = context.Split(" > ");
        var box = Array.LastIndexOf(segments, "demands");
        var subPoint = box >= 0 && segments.Length > box + 1 && segments[box + 1] is "numbered list" or "bulleted list";
        return subPoint && number > 0 ? Letters(number) : number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>1 → a, 26 → z, 27 → aa: bijective base 26, written here from the rule rather than shared, so the check is independent.</summary>
    private static string Letters(int number)
    {
        var letters = "";
        for (var n = number; n > 0; n = (n - 1) / 26) letters = (char)('a' + (n - 1) % 26) + letters;
        return letters;
    }

    /// <summary>Appends <paramref name="inner"/> to <paramref name="outer"/>, each line prefixed (blank lines get <paramref name="blank"/>).</summary>
    private static void Nest(WrittenMarkdown inner, WrittenMarkdown outer, Func<int, string> prefix, string blank)
    {
        var offset = outer.Lines.Count;
        for (var i = 0; i < inner.Lines.Count; i++)
        {
            outer.Lines.Add(inner.Lines[i].Length == 0 ? blank : prefix(i) + inner.Lines[i]);
        }
        outer.Parts.AddRange(inner.Parts.Select(p => (p.Line + offset, p.Words, p.Context)));
        outer.Images.AddRange(inner.Images.Select(p => (p.Line + offset, p.File, p.Context)));
    }

    private static void WriteInline(IReadOnlyList<Token> tokens, WrittenMarkdown o, bool wrap, string context)
    {
        var start = o.Lines.Count;
        var line = new System.Text.StringBuilder();
        var words = new List<string>();
        foreach (var token in tokens)
        {
            if (line.Length > 0 && !token.Glued)
            {
                if (wrap && line.Length + token.Markdown.Length > WrapColumn && token.SafeAtLineStart)
                {
                    o.Lines.Add(line.ToString());
                    line.Clear();
                }
                else line.Append(' ');
            }
            line.Append(token.Markdown);
            if (token.Image is { } image) o.Images.Add((o.Lines.Count, image, In(context, WordOrder.InsideTheText)));
            if (token.Glued && words.Count > 0 && token.Printed.Length > 0) words[^1] += token.Printed;
            else words.AddRange(SplitWords(token.Printed));
            if (token.BreakAfter is { } hardBreak)
            {
                o.Lines.Add(line + hardBreak);
                line.Clear();
            }
        }
        if (line.Length > 0 || o.Lines.Count == start) o.Lines.Add(line.ToString());
        if (words.Count > 0) o.Parts.Add((start, words, context));
    }

    private static IEnumerable<string> SplitWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
