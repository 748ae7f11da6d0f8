using Pamphlet.Documents.Diagnostics;

namespace Pamphlet.Documents.Model;

/// <summary>A semantic block of the statement. Each kind is styled by a matching layout style.</summary>
public abstract record Block(SourceLocation Location);

/// <summary>"##" (level 2, section) or "###" (level 3, subheading). Level 1 headings after the title also land here as level 2.</summary>
public sealed record Heading(SourceLocation Location, int Level, IReadOnlyList<Inline> Content) : Block(Location);

public sealed record Paragraph(SourceLocation Location, IReadOnlyList<Inline> Content) : Block(Location);

public sealed record ListItem(SourceLocation Location, IReadOnlyList<Block> Blocks);

/// <summary>A bulleted or numbered list. <see cref="Start"/> is the first number of an ordered list.</summary>
public sealed record ListBlock(SourceLocation Location, bool Ordered, int Start, IReadOnlyList<ListItem> Items) : Block(Location);

/// <summary>"---" between paragraphs: a section break ornament.</summary>
public sealed record SectionBreak(SourceLocation Location) : Block(Location);

/// <summary>"> " quote. The attribution is the last paragraph when it starts with an em dash or "--" (dash removed).</summary>
public sealed record BlockQuote(SourceLocation Location, IReadOnlyList<Block> Blocks, IReadOnlyList<Inline>? Attribution) : Block(Location);

/// <summary>"::: pullquote": display-type quote with an accent rule. <see cref="Classes"/> holds extra classes such as "poster".</summary>
public sealed record PullQuote(SourceLocation Location, IReadOnlyList<Block> Blocks, IReadOnlyList<Inline>? Attribution, IReadOnlyList<string> Classes) : Block(Location);

/// <summary>
/// "::: demands": a boxed panel of demands, titled by a heading that opens the div (if any).
/// <see cref="Blocks"/> is the rest of its content in order: an introduction, the lists of demands
/// (every list directly inside is one; their nested lists are sub-points), a closing line.
/// </summary>
public sealed record DemandBox(SourceLocation Location, IReadOnlyList<Inline>? Title, IReadOnlyList<Block> Blocks) : Block(Location)
{
    /// <summary>The first list of demands: the reader refuses a demand box without one.</summary>
    public ListBlock List => Blocks.OfType<ListBlock>().First();
}

/// <summary>"::: slogan": the closing slogan in display type.</summary>
public sealed record Slogan(SourceLocation Location, IReadOnlyList<Block> Blocks) : Block(Location);

/// <summary>"::: signature": who signs and when, set at the end.</summary>
public sealed record Signature(SourceLocation Location, IReadOnlyList<Block> Blocks) : Block(Location);

/// <summary>
/// A named fenced div that is not one of the styled kinds above (e.g. "poster" for posters). Unknown
/// names produce a warning; the pamphlet typesets their content as ordinary text.
/// </summary>
public sealed record Container(SourceLocation Location, string Name, IReadOnlyList<string> Classes, IReadOnlyList<Block> Blocks) : Block(Location);

/// <summary>
/// An image alone in its paragraph: <c>![caption](photo.jpg "credit")</c>. <see cref="ImagePath"/> is
/// absolute (resolved against the statement's folder). <see cref="Focus"/> is the focal point in 0..1
/// (from a <c>{focus="0.3,0.6"}</c> attribute), used when a layout crops the image.
/// </summary>
public sealed record Figure(
    SourceLocation Location,
    string ImagePath,
    IReadOnlyList<Inline> Caption,
    string? Credit,
    (double X, double Y)? Focus,
    IReadOnlyDictionary<string, string> Attributes) : Block(Location);

/// <summary>One footnote's text (<c>[^label]: text</c>), set among the endnotes under its number.</summary>
public sealed record Endnote(SourceLocation Location, int Number, IReadOnlyList<Block> Blocks);

/// <summary>
/// The statement's footnotes, set as endnotes: a heading in the statement's language, then every note
/// in the order of its first reference (notes nothing refers to last). The reader places this block
/// before the closing slogan and signature, or at the end when there is no signature.
/// </summary>
public sealed record Endnotes(SourceLocation Location, IReadOnlyList<Inline> Heading, IReadOnlyList<Endnote> Notes) : Block(Location);
