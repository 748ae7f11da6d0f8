using System.Text;

namespace Pamphlet.Fuzzing;

/// <summary>One top-level block of a generated statement: its Markdown lines and what it must print.</summary>
internal sealed record StatementPiece(
    IReadOnlyList<string> Lines,
    Placement Placement,
    IReadOnlyList<(int Line, IReadOnlyList<string> Words, string Context)> Parts,
    IReadOnlyList<(int Line, string File, string Context)> Images,
    IReadOnlySet<Construct> Constructs);

/// <summary>
/// A statement from <see cref="StatementGrammar"/>: the Markdown, the words it must print block by
/// block (with their lines), and the images it needs. Blocks can be removed one at a time to shrink a
/// failing statement to a minimal reproduction.
/// </summary>
public sealed class GeneratedStatement
{
    private readonly IReadOnlyList<string> frontMatter;
    private readonly IReadOnlyList<(int Line, IReadOnlyList<string> Words, string Context)> cover;
    private readonly IReadOnlyList<StatementPiece> pieces;

    internal GeneratedStatement(ulong seed, string language, IReadOnlyList<string> frontMatter,
        IReadOnlyList<(int Line, IReadOnlyList<string> Words, string Context)> cover, IReadOnlyList<StatementPiece> pieces, IReadOnlyList<ImageSpec> images)
    {
        Seed = seed;
        Language = language;
        this.frontMatter = frontMatter;
        this.cover = cover;
        this.pieces = pieces;
        Images = images;
        (Markdown, Expected, ExpectedImages) = Assemble();
    }

    public ulong Seed { get; }

    /// <summary>The statement's <c>lang</c> (en when the front matter gives none).</summary>
    public string Language { get; }

    public bool RightToLeft => Vocabulary.IsRightToLeft(Language);

    public string Markdown { get; }

    /// <summary>Every block's words, front matter first, in source order.</summary>
    public IReadOnlyList<ExpectedBlock> Expected { get; }

    /// <summary>Figures and inline images, each to be printed or refused with a warning at its line.</summary>
    public IReadOnlyList<ExpectedImage> ExpectedImages { get; }

    /// <summary>Image files the statement refers to (write them beside it).</summary>
    public IReadOnlyList<ImageSpec> Images { get; }

    /// <summary>The layouts its front matter names (<c>layouts:</c>); empty when it names none.</summary>
    public IReadOnlyList<string> Layouts { get; init; } = [];

    /// <summary>Top-level blocks after the front matter.</summary>
    public int BlockCount => pieces.Count;

    /// <summary>The same statement without top-level block <paramref name="index"/> (for shrinking).</summary>
    public GeneratedStatement WithoutBlock(int index) =>
        new(Seed, Language, frontMatter, cover, [.. pieces.Take(index), .. pieces.Skip(index + 1)], Images) { Layouts = Layouts };

    /// <summary>The same statement with only the <c>lang</c> line left in its front matter (for shrinking).</summary>
    public GeneratedStatement WithBareFrontMatter()
    {
        var lang = frontMatter.Where(l => l.StartsWith("lang:", StringComparison.Ordinal)).ToList();
        return new(Seed, Language, lang.Count == 0 ? [] : ["---", .. lang, "---"], [], pieces, Images);
    }

    /// <summary>Writes the statement as <paramref name="fileName"/> into <paramref name="folder"/>, with its images.</summary>
    public string WriteTo(string folder, string samplePhotoPath, string fileName = "statement.md")
    {
        Directory.CreateDirectory(folder);
        foreach (var image in Images) image.WriteTo(folder, samplePhotoPath);
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, Markdown, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private (string, IReadOnlyList<ExpectedBlock>, IReadOnlyList<ExpectedImage>) Assemble()
    {
        var text = new StringBuilder();
        var blocks = new List<ExpectedBlock>();
        var images = new List<ExpectedImage>();
        var line = 1;
        foreach (var l in frontMatter) text.Append(l).Append('\n');
        foreach (var (at, words, context) in cover)
        {
            blocks.Add(new ExpectedBlock(Placement.Cover, at, [new ExpectedPart(at, words, context)], new HashSet<Construct>()));
        }
        line += frontMatter.Count;
        foreach (var piece in pieces)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
                line++;
            }
            foreach (var l in piece.Lines) text.Append(l).Append('\n');
            var start = line;
            blocks.Add(new ExpectedBlock(piece.Placement, start,
                piece.Parts.Select(p => new ExpectedPart(start + p.Line, p.Words, p.Context)).ToList(), piece.Constructs));
            if (piece.Placement != Placement.PosterOnly) images.AddRange(piece.Images.Select(i => new ExpectedImage(start + i.Line, i.File, i.Context)));
            line += piece.Lines.Count;
        }
        return (text.ToString(), blocks, images);
    }
}
