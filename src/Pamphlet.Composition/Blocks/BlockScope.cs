using Pamphlet.Composition.Furniture;
using Pamphlet.Layouts;
using Pamphlet.Layouts.Model;

namespace Pamphlet.Composition.Blocks;

/// <summary>
/// Where a run of blocks is set: the statement's column, or the inside of a quote, list item, pull
/// quote, slogan, signature, demand box or note. Blocks nested in any container are composed by the
/// same code with the container's scope; only the scope says how they look.
/// </summary>
internal sealed record BlockScope
{
    /// <summary>
    /// Nested levels indent only this far: deeper levels are set at the indent of the last visible
    /// one. Six is where LaTeX stops nesting; deeper structure cannot be told apart by indent anyway.
    /// </summary>
    public const int VisibleIndentLevels = 6;

    /// <summary>A level indents only while the text keeps at least this share of the frame's width, so nesting never squeezes a measure to nothing.</summary>
    public const double MinimumMeasureShare = 0.5;

    /// <summary>The style paragraphs take; its side indents place the scope's text in the frame.</summary>
    public required TextStyle Text { get; init; }

    /// <summary>The structure element the scope's blocks belong to: the document root at the top level, else their container's.</summary>
    public required Pamphlet.Pages.StructureElement Parent { get; init; }

    /// <summary>
    /// Paragraphs here are their container's own text (the slogan's and the signature's, which read
    /// as one paragraph each), not paragraphs of their own inside it.
    /// </summary>
    public bool ParagraphsAreParent { get; init; }

    /// <summary>The role of the scope's text runs ("body", "quote", "demands"…).</summary>
    public required string Role { get; init; }

    /// <summary>Width of the frames the scope's blocks are set in (the column, or a panel's inside).</summary>
    public required double Width { get; init; }

    /// <summary>Containers around the scope: 0 is the statement's top level, where figures and pull quotes float.</summary>
    public int Depth { get; init; }

    /// <summary>How many of those containers indented the text (at most <see cref="VisibleIndentLevels"/>).</summary>
    public int IndentedLevels { get; init; }

    /// <summary>Display blocks (pull quote, slogan, signature, demands): quotes and lists nested in them keep their type.</summary>
    public bool KeepsType { get; init; }

    /// <summary>Inside a quote, nested blocks follow each other without vertical space, so its side rule runs unbroken.</summary>
    public bool Flush { get; init; }

    /// <summary>A paragraph that follows a paragraph takes the layout's first-line indent (in indent mode).</summary>
    public bool IndentsParagraphs { get; init; }

    /// <summary>Space before each paragraph that is not the first in its container.</summary>
    public double ParagraphSpace { get; init; }

    /// <summary>Lines of display text are balanced (about equally long).</summary>
    public bool Balance { get; init; }

    /// <summary>Inside a demand: lists are sub-points, lettered (a, b, c) or bulleted with the demands' markers.</summary>
    public bool SubPoints { get; init; }

    /// <summary>Whether text hyphenates here; null: as its style says.</summary>
    public bool? Hyphenate { get; init; }

    public bool TopLevel => Depth == 0;

    /// <summary>The width left for text between the scope's indents.</summary>
    public double Measure => Width - Text.IndentStart - Text.IndentEnd;

    /// <summary>
    /// The scope one container further in, set in <paramref name="style"/> (its own indents ignored)
    /// and indented by <paramref name="start"/> and <paramref name="end"/> from this scope's text —
    /// unless the level is past <see cref="VisibleIndentLevels"/> or would leave less than
    /// <see cref="MinimumMeasureShare"/> of the width, where it stays at this scope's indents.
    /// </summary>
    public BlockScope Nested(TextStyle style, double start, double end)
    {
        var indents = start + end > 0 && IndentedLevels < VisibleIndentLevels && Measure - start - end >= MinimumMeasureShare * Width;
        return this with
        {
            ParagraphsAreParent = false,
            Depth = Depth + 1,
            IndentedLevels = IndentedLevels + (indents ? 1 : 0),
            Text = style with
            {
                IndentStart = Text.IndentStart + (indents ? start : 0),
                IndentEnd = Text.IndentEnd + (indents ? end : 0),
            },
        };
    }

    /// <summary>A style that sets its own text (an attribution, an ornament) with its indents added to the scope's, so it lines up with the scope's text.</summary>
    public TextStyle Within(TextStyle style) => style with
    {
        IndentStart = style.IndentStart + Text.IndentStart,
        IndentEnd = style.IndentEnd + Text.IndentEnd,
    };

    /// <summary>
    /// <paramref name="inner"/>, set at this scope's measure, placed between its indents in a frame
    /// as wide as the scope (indents mirror in a right-to-left statement).
    /// </summary>
    public Pamphlet.Pages.Frame Inset(Pamphlet.Pages.Frame inner, bool rightToLeft) =>
        new(Width, inner.Height, inner.PlacedAt(rightToLeft ? Text.IndentEnd : Text.IndentStart, 0).ToList());

    /// <summary>Whether <paramref name="nested"/> (made by <see cref="Nested"/>) indented further than this scope.</summary>
    public bool IndentedIn(BlockScope nested) => nested.IndentedLevels > IndentedLevels;
}
